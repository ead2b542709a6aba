import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/index';
import type { Checkable } from './records';
import { formatDraft, formatSummary } from './report-human';
import { colourStyle, plainStyle, wantsColour } from './style';

const item: Checkable = {
  file: 'cal.csv', line: 4, id: 'post-9',
  draft: { text: 'Line one.\nThe council is brilliant.', platform: 'x', kind: 'post' },
  profile: { account: 'corporate', role: 'local-gov-officer', restricted: false, electionPeriod: false },
};
const finding: Finding = {
  rule: 'boast', category: 'opinion-as-fact', severity: 'warning', start: 25, end: 34,
  message: 'An opinion stated as fact.', why: 'Objective.', source: 'Code of Recommended Practice, para 15',
  suggestion: 'The council has been rated good',
};
const info: Finding = { ...finding, severity: 'info', start: 0, end: 4, message: 'A note.', suggestion: undefined } as Finding;
const all = () => true;

describe('formatDraft', () => {
  it('lays out a finding: where, excerpt, message, safer wording, source', () => {
    expect(formatDraft(item, [finding], all, plainStyle)).toBe(
      [
        'cal.csv:4 (id post-9)',
        '  warning  opinion-as-fact/boast  2:16',
        '      The council is [[brilliant]].',
        '      An opinion stated as fact.',
        '      Safer: The council has been rated good',
        '      Source: Code of Recommended Practice, para 15',
        '',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a draft whose findings are all below the bar', () => {
    expect(formatDraft(item, [info], (s) => s !== 'info', plainStyle)).toBe('');
    expect(formatDraft(item, [info, finding], (s) => s !== 'info', plainStyle)).not.toContain('A note.');
  });

  it('marks the passage with colour rather than brackets in colour mode', () => {
    const out = formatDraft(item, [finding], all, colourStyle);
    expect(out).toContain('\u001b[4;33mbrilliant\u001b[0m');
    expect(out).not.toContain('[[');
  });
});

describe('formatSummary', () => {
  it('counts drafts with warnings, serious ones and clean ones', () => {
    expect(formatSummary({ checked: 3, raised: 2, serious: 1, unreadable: 0 })).toBe('3 drafts checked: 2 with warnings (1 serious), 1 clean\n');
    expect(formatSummary({ checked: 1, raised: 0, serious: 0, unreadable: 0 })).toBe('1 draft checked: 1 clean\n');
    expect(formatSummary({ checked: 0, raised: 0, serious: 0, unreadable: 2 })).toBe('0 drafts checked: 0 clean; 2 records could not be read\n');
  });
});

describe('wantsColour', () => {
  it('follows the terminal and NO_COLOR unless forced', () => {
    expect(wantsColour(undefined, true, {})).toBe(true);
    expect(wantsColour(undefined, false, {})).toBe(false);
    expect(wantsColour(undefined, true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour(undefined, true, { NO_COLOR: '' })).toBe(true); // set but empty does not count (no-color.org)
    expect(wantsColour(undefined, true, { TERM: 'dumb' })).toBe(false);
    expect(wantsColour(true, false, { NO_COLOR: '1' })).toBe(true);
    expect(wantsColour(false, true, {})).toBe(false);
  });
});
