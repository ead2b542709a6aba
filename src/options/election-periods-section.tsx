// Election periods: while today falls in one, the election-period rules apply to every account.
// The organisation's periods are listed, locked; the user may add more (a by-election).
import { useState } from 'preact/hooks';
import { currentElectionPeriod, parseElectionPeriods } from '../shared/settings';
import { LOCKED_TEXT, type SectionProps } from './section-props';

export function ElectionPeriodsSection({ settings, effective, save }: SectionProps) {
  const [name, setName] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [problem, setProblem] = useState('');
  const now = currentElectionPeriod(effective.settings.electionPeriods, new Date());
  const organisation = effective.locks.electionPeriods;

  const add = (event: Event) => {
    event.preventDefault();
    const problems: string[] = [];
    const [period] = parseElectionPeriods([{ name, start, end }], problems, 'period');
    if (!period) return setProblem(problems.map((p) => p.replace(/^period\.0\./, '')).join('; ') || 'Enter a start and an end date.');
    setProblem('');
    setName('');
    setStart('');
    setEnd('');
    void save({ ...settings, electionPeriods: [...settings.electionPeriods, period] });
  };

  return (
    <section aria-labelledby="elections-heading" data-section="election-periods">
      <h2 id="elections-heading">Election periods</h2>
      <p data-part="election-now">{now ? `Now in an election period: ${now.name} (until ${now.end}).` : 'Not in an election period today.'}</p>
      <ul aria-label="Election periods">
        {organisation.map((period) => (
          <li key={`org-${period.start}`}>
            {period.name}: {period.start} to {period.end} <span class="locked">({LOCKED_TEXT})</span>
          </li>
        ))}
        {settings.electionPeriods.map((period, index) => (
          <li key={`own-${index}`}>
            {period.name}: {period.start} to {period.end}{' '}
            <button type="button" class="secondary" aria-label={`Remove ${period.name}`} onClick={() => save({ ...settings, electionPeriods: settings.electionPeriods.filter((_, i) => i !== index) })}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="row" onSubmit={add} aria-label="Add an election period">
        <label>
          Name
          <input type="text" value={name} placeholder="Local elections" onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          Starts
          <input type="date" value={start} onInput={(e) => setStart((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          Ends
          <input type="date" value={end} onInput={(e) => setEnd((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit">Add period</button>
        <span class="error" role="alert">
          {problem}
        </span>
      </form>
    </section>
  );
}
