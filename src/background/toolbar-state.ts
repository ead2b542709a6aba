// What the toolbar button says, without any page being touched: a "!" when settings were set aside
// or house rules skipped (the options page lists them in full and exports the quarantined values),
// else an "E" while an election period is in force and the stricter rules apply.
import { currentElectionPeriod, type ElectionPeriod } from '../shared/settings';

export function toolbarState(notices: readonly string[], electionPeriods: readonly ElectionPeriod[], now: Date): { text: string; title: string } {
  if (notices.length > 0) return { text: '!', title: `Sense Check: ${notices.join(' · ')}`.slice(0, 1000) };
  const election = currentElectionPeriod(electionPeriods, now);
  if (election) return { text: 'E', title: `Sense Check: ${election.name} election period in force until ${election.end}; the stricter rules apply`.slice(0, 1000) };
  return { text: '', title: 'Sense Check' };
}
