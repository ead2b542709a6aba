// Every built-in rule, registered once. A rule's id is its file name (checked by rules.meta.test.ts).
import type { Rule } from '../engine/types';

export const rules: readonly Rule[] = [];
