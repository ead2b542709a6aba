// Accounts and roles: the default profile and one per site:handle. Accounts the organisation set
// are listed, disabled, and cannot be removed.
import { useState } from 'preact/hooks';
import { accountKey, ACCOUNT_KEY_PATTERN, type AccountSettings } from '../shared/settings';
import { AccountFields } from './account-fields';
import { LOCKED_TEXT, type SectionProps } from './section-props';

const SITES = ['x', 'facebook', 'linkedin', 'bluesky', 'mastodon', 'threads', 'generic'];

export function AccountsSection({ settings, effective, save }: SectionProps) {
  const [site, setSite] = useState('x');
  const [handle, setHandle] = useState('');
  const [problem, setProblem] = useState('');
  const locked = new Set(effective.locks.accounts);
  const keys = Object.keys(effective.settings.accounts).sort();

  const setAccount = (key: string, value: AccountSettings) => save({ ...settings, accounts: { ...settings.accounts, [key]: value } });
  const remove = (key: string) => {
    const accounts = { ...settings.accounts };
    delete accounts[key];
    return save({ ...settings, accounts });
  };
  const add = (event: Event) => {
    event.preventDefault();
    const key = accountKey(site, handle);
    if (!handle.trim() || !ACCOUNT_KEY_PATTERN.test(key)) return setProblem('Enter the handle as the site shows it, e.g. @harrowfieldbc.');
    if (effective.settings.accounts[key]) return setProblem(`${key} is already listed.`);
    setProblem('');
    setHandle('');
    void setAccount(key, { ...effective.settings.defaults });
  };

  return (
    <section aria-labelledby="accounts-heading" data-section="accounts">
      <h2 id="accounts-heading">Accounts and roles</h2>
      <fieldset>
        <legend>Accounts not listed below</legend>
        {effective.locks.defaults && <p class="locked">{LOCKED_TEXT}</p>}
        <AccountFields value={effective.settings.defaults} name="Default" disabled={effective.locks.defaults} onChange={(defaults) => save({ ...settings, defaults })} />
      </fieldset>
      {keys.length === 0 ? (
        <p class="hint">No accounts yet. The popup adds the account you post from, or add one here.</p>
      ) : (
        <ul aria-label="Accounts">
          {keys.map((key) => (
            <li key={key} data-account={key}>
              <strong>{key}</strong> {locked.has(key) && <span class="locked">({LOCKED_TEXT})</span>}
              <AccountFields value={effective.settings.accounts[key]!} name={key} disabled={locked.has(key)} onChange={(value) => setAccount(key, value)} />
              {!locked.has(key) && (
                <button type="button" class="secondary" aria-label={`Remove ${key}`} onClick={() => remove(key)}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add} aria-label="Add an account">
        <label>
          Site
          <select value={site} onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value)}>
            {SITES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Handle
          <input type="text" value={handle} placeholder="@harrowfieldbc" onInput={(e) => setHandle((e.currentTarget as HTMLInputElement).value)} aria-describedby="add-account-problem" />
        </label>
        <button type="submit">Add account</button>
        <span id="add-account-problem" class="error" role="alert">
          {problem}
        </span>
      </form>
    </section>
  );
}
