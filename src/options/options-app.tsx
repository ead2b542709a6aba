// The options page: one column of sections, each a labelled region with a heading, so a screen
// reader can jump between them; every control is a native form control with a label. Values the
// organisation set are shown, disabled, with "Set by your organisation".
import { useEffect, useMemo, useState } from 'preact/hooks';
import { effectiveSettings } from '../background/policy';
import type { Settings } from '../shared/settings';
import { AccountsSection } from './accounts-section';
import { AuditSection } from './audit-section';
import { BackupSection } from './backup-section';
import { BuiltInRulesSection } from './built-in-rules-section';
import { ElectionPeriodsSection } from './election-periods-section';
import { FeedbackSection } from './feedback-section';
import { HouseRulesSection } from './house-rules-section';
import type { OptionsApi, OptionsData } from './options-api';
import { SitesSection } from './sites-section';

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [data, setData] = useState<OptionsData | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  const load = async () => {
    try {
      setData(await api.load());
    } catch (cause) {
      setError(`Could not read the settings: ${String((cause as Error)?.message ?? cause)}`);
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const effective = useMemo(() => (data ? effectiveSettings(data.settings, data.policy) : undefined), [data]);

  if (error) return <p role="alert">{error}</p>;
  if (!data || !effective) return <p aria-busy="true">Loading…</p>;

  const save = async (next: Settings) => {
    try {
      const { synced } = await api.save(next);
      setData({ ...data, settings: next });
      setStatus(synced ? 'Saved and synced to your other browsers.' : 'Saved on this computer (too large to sync).');
    } catch (cause) {
      setStatus('');
      setError(`Could not save: ${String((cause as Error)?.message ?? cause)}`);
    }
  };
  const props = { settings: data.settings, effective, save };

  return (
    <main>
      <h1>Sense Check settings</h1>
      <p class="hint">Everything here stays in this browser (and your browser's own sync). Nothing is sent anywhere.</p>
      {effective.managed && <p class="locked">Some settings are managed by your organisation and cannot be changed here.</p>}
      {(data.notices.length > 0 || data.quarantine.length > 0 || effective.problems.length > 0) && (
        <div class="notice" role="alert" data-part="notices">
          {data.notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
          {effective.problems.map((problem) => (
            <p key={problem}>Skipped: {problem}</p>
          ))}
          {data.quarantine.length > 0 && <p>{data.quarantine.length} damaged settings value(s) are kept aside; export them under Backup below.</p>}
        </div>
      )}
      <p class="status" role="status" aria-live="polite" data-part="save-status">
        {status}
      </p>
      <AccountsSection {...props} />
      <ElectionPeriodsSection {...props} />
      <HouseRulesSection {...props} download={api.download} />
      <BuiltInRulesSection {...props} />
      <AuditSection {...props} api={api} />
      <SitesSection api={api} />
      <FeedbackSection api={api} />
      <BackupSection {...props} quarantine={data.quarantine} api={api} onChanged={load} />
    </main>
  );
}
