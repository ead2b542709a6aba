// The Profile check() runs under: who is posting (per site:handle, organisation accounts first),
// whether today falls in an election period, the rule overrides the policy allows, and the
// compiled house rules (organisation's and user's) as extra rules.
import type { Profile } from '../engine/types';
import { profileFor } from '../shared/settings';
import type { EffectiveSettings } from './policy';

export function profileForCheck(effective: EffectiveSettings, site: string, handle: string | undefined, now: Date): Profile {
  const { profile } = profileFor(effective.settings, site, handle, now);
  if (effective.extraRules.length > 0) profile.extraRules = effective.extraRules;
  return profile;
}
