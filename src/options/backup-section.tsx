// Backup: export every setting as a file and import it on another browser; export and clear any
// damaged values that were set aside when they could not be read.
import { useState } from 'preact/hooks';
import { exportSettings, importSettings, type QuarantinedSettings } from '../shared/settings-storage';
import type { OptionsApi } from './options-api';
import type { SectionProps } from './section-props';

export interface BackupSectionProps extends SectionProps {
  quarantine: QuarantinedSettings[];
  api: OptionsApi;
  onChanged(): Promise<void>;
}

export function BackupSection({ settings, save, quarantine, api, onChanged }: BackupSectionProps) {
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importSettings(await file.text());
    setProblems(result.problems);
    if (!result.settings) return setStatus('Nothing was imported.');
    await save(result.settings);
    setStatus(result.problems.length ? 'Imported; the parts listed below could not be read and were left at their defaults.' : 'Imported.');
  };

  return (
    <section aria-labelledby="backup-heading" data-section="backup">
      <h2 id="backup-heading">Backup</h2>
      <div class="row">
        <button type="button" onClick={() => api.download('sense-check-settings.json', exportSettings(settings, quarantine), 'application/json')}>
          Export all settings
        </button>
        <label>
          Import settings
          <input type="file" accept="application/json,.json" onChange={importFile} />
        </label>
      </div>
      <div role="status" aria-live="polite">
        {status && <p>{status}</p>}
        {problems.length > 0 && (
          <ul class="error">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
      </div>
      {quarantine.length > 0 && (
        <>
          <h3>Damaged values set aside</h3>
          <ul>
            {quarantine.map((entry) => (
              <li key={entry.at}>
                {entry.at} (from {entry.from}): {entry.reasons.join('; ')}
              </li>
            ))}
          </ul>
          <div class="row">
            <button type="button" class="secondary" onClick={() => api.download('sense-check-damaged-settings.json', `${JSON.stringify(quarantine, null, 2)}\n`, 'application/json')}>
              Export the damaged values
            </button>
            <button type="button" class="secondary" onClick={() => api.clearQuarantine().then(onChanged)}>
              Discard them
            </button>
          </div>
        </>
      )}
    </section>
  );
}
