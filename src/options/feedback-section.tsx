// How often each rule was reported as wrong ("This warning is wrong"): the user's own record, to
// decide which rules to switch off or lower.
import { useEffect, useState } from 'preact/hooks';
import type { OptionsApi } from './options-api';

export function FeedbackSection({ api }: { api: OptionsApi }) {
  const [counts, setCounts] = useState<Record<string, number> | undefined>();
  useEffect(() => {
    api.wrongReports().then(setCounts, () => setCounts({}));
  }, []);
  const rows = Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1]);
  return (
    <section aria-labelledby="feedback-heading" data-section="feedback">
      <h2 id="feedback-heading">Warnings you reported as wrong</h2>
      {counts === undefined ? null : rows.length === 0 ? (
        <p>None reported.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Times</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([rule, count]) => (
              <tr key={rule}>
                <th scope="row">{rule}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
