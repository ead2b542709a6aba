import { describe, expect, it } from 'vitest';
import rule from './employer-criticism';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('employer-criticism', () => {
  it('raises the sentence and names what is criticised', () => {
    expect(shown('employer-criticism', 'Our chief exec cut our mileage allowance again.')).toEqual([
      'warning "Our chief exec cut our mileage allowance again." → Our chief exec',
    ]);
  });
  it('reads distrust spoken for a workplace', () => {
    expect(shown('employer-criticism', 'Nobody on the second floor trusts the new director.')).toHaveLength(1);
  });
});
