import { describe, expect, it } from 'vitest';
import { toolbarState } from './toolbar-state';

describe('the toolbar button', () => {
  const periods = [{ name: 'County council', start: '2026-03-30', end: '2026-05-07' }];
  it('shows "E" with the period in its title while an election period is in force, both end days included', () => {
    expect(toolbarState([], periods, new Date(2026, 2, 30, 0, 5))).toEqual({
      text: 'E',
      title: 'Sense Check: County council election period in force until 2026-05-07; the stricter rules apply',
    });
    expect(toolbarState([], periods, new Date(2026, 4, 7, 23, 55)).text).toBe('E');
  });
  it('is blank outside the period', () => {
    expect(toolbarState([], periods, new Date(2026, 4, 8, 0, 5))).toEqual({ text: '', title: 'Sense Check' });
  });
  it('puts a settings problem first', () => {
    expect(toolbarState(['rule 2 "x", field "pattern": RE2 cannot parse it'], periods, new Date(2026, 3, 1))).toEqual({
      text: '!',
      title: 'Sense Check: rule 2 "x", field "pattern": RE2 cannot parse it',
    });
  });
});
