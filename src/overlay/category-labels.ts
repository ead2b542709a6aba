// The human names of the fixed categories (shared RULES.md), as the panel and the face check show them.
// A Record over Category, so a new category cannot ship without a label.
import type { Category } from '../engine/index';

export const CATEGORY_LABELS: Record<Category, string> = {
  'party-political': 'Party political',
  'opinion-as-fact': 'Opinion stated as fact',
  'attacks-opponent': 'Attack on opponents',
  'legal-claim': 'Legal claim',
  'unsourced-claim': 'Claim without a source',
  confidential: 'Confidential information',
  'personal-data': 'Personal data',
  'employer-criticism': 'Criticism of your employer',
  tone: 'Tone',
  'personal-professional-blur': 'Personal and official mixed',
  'disclaimer-reliance': 'Relying on a disclaimer',
  endorsement: 'Endorsement',
  timing: 'Timing',
  'election-period': 'Election period',
  'thread-fragment': 'Thread fragment',
};

export function categoryLabel(category: Category): string {
  // Findings arrive over a message channel; an unknown category still gets shown, not dropped.
  return CATEGORY_LABELS[category] ?? category;
}
