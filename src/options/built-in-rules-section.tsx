// Built-in rules: each can be switched off or given another level, except where the organisation
// locked it on or set a minimum level (those controls are disabled, with the reason).
import { rules as builtInRules } from '../rules/index';
import { SEVERITIES, type RuleOverride, type Severity } from '../engine/types';
import { LOCKED_TEXT, type SectionProps } from './section-props';

const RANK: Record<Severity, number> = { info: 0, warning: 1, serious: 2 };

export function BuiltInRulesSection({ settings, effective, save }: SectionProps) {
  const setOverride = (id: string, change: RuleOverride) => {
    const next: RuleOverride = { ...settings.ruleOverrides[id], ...change };
    if (next.enabled === true) delete next.enabled;
    if (next.severity === undefined) delete next.severity;
    const ruleOverrides = { ...settings.ruleOverrides };
    if (Object.keys(next).length === 0) delete ruleOverrides[id];
    else ruleOverrides[id] = next;
    return save({ ...settings, ruleOverrides });
  };

  return (
    <section aria-labelledby="rules-heading" data-section="built-in-rules">
      <h2 id="rules-heading">Built-in rules</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">What it looks for</th>
            <th scope="col">On</th>
            <th scope="col">Level</th>
          </tr>
        </thead>
        <tbody>
          {builtInRules.map((rule) => {
            const lock = effective.locks.rules[rule.id];
            const override = effective.settings.ruleOverrides[rule.id] ?? {};
            return (
              <tr key={rule.id} data-rule={rule.id}>
                <th scope="row">{rule.id}</th>
                <td>
                  {rule.description}
                  {lock && (
                    <span class="locked">
                      {' '}({LOCKED_TEXT}
                      {lock.locked ? ': always on' : ''}
                      {lock.minimum ? `${lock.locked ? ',' : ':'} at least ${lock.minimum}` : ''})
                    </span>
                  )}
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${rule.id} on`}
                    checked={override.enabled !== false}
                    disabled={lock?.locked === true}
                    onChange={(e) => setOverride(rule.id, { enabled: (e.currentTarget as HTMLInputElement).checked })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${rule.id} level`}
                    value={override.severity ?? ''}
                    onChange={(e) => {
                      const level = (e.currentTarget as HTMLSelectElement).value;
                      void setOverride(rule.id, { severity: level ? (level as Severity) : undefined });
                    }}
                  >
                    <option value="">as the rule decides</option>
                    {SEVERITIES.map((severity) => (
                      <option key={severity} value={severity} disabled={lock?.minimum !== undefined && RANK[severity] < RANK[lock.minimum]}>
                        {severity}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
