import { describe, expect, it } from 'vitest';
import rule from './disclaimer-no-shield';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('disclaimer-no-shield', () => {
  it('is info alone and a warning next to something risky', () => {
    expect(shown('disclaimer-no-shield', 'Views my own: lovely weather today.')).toEqual(['info "Views my own"']);
    expect(shown('disclaimer-no-shield', 'Views my own: the union leaders are a bunch of dinosaurs.')).toEqual(['warning "Views my own"']);
  });
});
