// The audit trail (posts sent after a warning) and sign-off: switches (locked when the organisation
// set them), the number of entries kept, CSV export and clear.
import { useEffect, useState } from 'preact/hooks';
import { auditTrailCsv, type AuditEntry } from '../background/audit-trail';
import type { AuditTrailSettings } from '../shared/settings';
import type { OptionsApi } from './options-api';
import { LOCKED_TEXT, type SectionProps } from './section-props';

export function AuditSection({ settings, effective, save, api }: SectionProps & { api: OptionsApi }) {
  const trail = effective.settings.auditTrail;
  const locked = new Set(effective.locks.auditTrail);
  const [entries, setEntries] = useState<AuditEntry[] | undefined>();
  const refresh = () => api.auditEntries(trail).then(setEntries, () => setEntries([]));
  useEffect(() => {
    void refresh();
  }, [trail.retentionDays, trail.maxEntries]);

  const setTrail = (change: Partial<AuditTrailSettings>) => save({ ...settings, auditTrail: { ...settings.auditTrail, ...change } });
  const lockNote = (field: keyof AuditTrailSettings) => (locked.has(field) ? <span class="locked"> ({LOCKED_TEXT})</span> : null);

  return (
    <section aria-labelledby="audit-heading" data-section="audit-trail">
      <h2 id="audit-heading">Audit trail and sign-off</h2>
      <p class="hint">
        When on, each post sent after a warning is recorded on this computer: time, site, account, the rules raised, who signed it off, and
        the text only if you choose. Kept for {trail.retentionDays} days, at most {trail.maxEntries} entries.
      </p>
      <label>
        <input type="checkbox" checked={trail.enabled} disabled={locked.has('enabled')} onChange={(e) => setTrail({ enabled: (e.currentTarget as HTMLInputElement).checked })} />
        Keep an audit trail
      </label>
      {lockNote('enabled')}
      <label>
        <input type="checkbox" checked={trail.includeText} disabled={locked.has('includeText')} onChange={(e) => setTrail({ includeText: (e.currentTarget as HTMLInputElement).checked })} />
        Include the text of each post
      </label>
      {lockNote('includeText')}
      <div class="row">
        <label>
          <input
            type="checkbox"
            checked={effective.settings.signOff.required}
            disabled={effective.locks.signOff}
            onChange={(e) => save({ ...settings, signOff: { required: (e.currentTarget as HTMLInputElement).checked } })}
          />
          Corporate posts sent with a warning need a sign-off name
        </label>
        {effective.locks.signOff && <span class="locked">({LOCKED_TEXT})</span>}
      </div>
      <p class="hint">With sign-off on, a corporate post with any warning stops at the send prompt until a name is given; the name goes into the audit trail.</p>
      <p data-part="audit-count">{entries === undefined ? '' : `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} kept.`}</p>
      <div class="row">
        <button type="button" disabled={!entries?.length} onClick={() => api.download('sense-check-audit-trail.csv', auditTrailCsv(entries ?? []), 'text/csv')}>
          Export as CSV
        </button>
        <button type="button" class="secondary" disabled={!entries?.length} onClick={() => api.clearAuditTrail().then(refresh)}>
          Clear the audit trail
        </button>
      </div>
    </section>
  );
}
