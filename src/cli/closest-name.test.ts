import { expect, it } from 'vitest';
import { closestName } from './closest-name';

it('suggests only near misses', () => {
  const known = ['account', 'postedAt', 'electionPeriod', 'role', 'kind'];
  expect(closestName('acount', known)).toBe('account');
  expect(closestName('posted_at', known)).toBe('postedAt');
  expect(closestName('Election_Period', known)).toBe('electionPeriod');
  expect(closestName('note', known)).toBeUndefined();
  expect(closestName('expect', known)).toBeUndefined();
  expect(closestName('account', known)).toBeUndefined(); // already right
});
