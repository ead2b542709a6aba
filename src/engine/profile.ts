import type { Profile } from './types';

/**
 * Who is posting when nothing says otherwise: a council officer's personal account, not in a
 * politically restricted post, outside an election period. The gentlest profile a public
 * servant can have, so nothing is raised that would not apply to everyone.
 */
export function defaultProfile(): Profile {
  return { account: 'personal', role: 'local-gov-officer', restricted: false, electionPeriod: false };
}
