// What every settings section receives: the user's own settings (what is saved), the effective
// settings (with the organisation's policy merged, for display and locks), and save().
import type { EffectiveSettings } from '../background/policy';
import type { Settings } from '../shared/settings';

export interface SectionProps {
  settings: Settings;
  effective: EffectiveSettings;
  save(next: Settings): Promise<void>;
}

export const LOCKED_TEXT = 'Set by your organisation';
