// The popup's one screen: the site and account on the active tab, the profile in use with its
// quick switch (account type, role, restriction), the findings on the tab, and "Enable on this
// site" where the extension does not run yet. Plain form controls with labels, so it works from
// the keyboard and with a screen reader. The profile shown is the one the worker checks with: the
// organisation's policy merged over the user's settings; an account the organisation set is shown
// locked, as on the options page.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { effectiveSettings } from '../background/policy';
import type { StatusReply } from '../shared/protocol';
import { accountKey, profileFor, profileLabel, withAccount, type AccountSettings, type Settings } from '../shared/settings';
import { SITE_NAMES as KNOWN_SITE_NAMES } from '../shared/site-names';
import type { ActiveTab, PopupApi } from './popup-api';

// The generic adapter runs on whatever site the user enabled.
const SITE_NAMES: Readonly<Record<string, string>> = { ...KNOWN_SITE_NAMES, generic: 'this site' };

interface Loaded {
  tab: ActiveTab | undefined;
  status: StatusReply | undefined;
  settings: Settings;
  /** What storage.managed holds (the organisation's policy). */
  policy: unknown;
  /** https origin of the tab, when the user could enable the extension there. */
  origin: string | undefined;
  originEnabled: boolean;
}

function httpsOrigin(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

function countsText(status: StatusReply): string {
  const { warning, serious } = status.counts;
  if (status.composers === 0) return 'No compose box open on this tab.';
  if (warning + serious === 0) return 'Nothing to flag in the open compose box.';
  const parts = [];
  if (serious) parts.push(`${serious} serious`);
  if (warning) parts.push(`${warning} ${warning === 1 ? 'warning' : 'warnings'}`);
  return `${parts.join(', ')} in the open compose box.`;
}

export function PopupApp({ api }: { api: PopupApi }) {
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [error, setError] = useState<string | undefined>();

  const load = async () => {
    try {
      const tab = await api.activeTab();
      const status = tab ? await api.tabStatus(tab.id) : undefined;
      const [settings, policy] = await Promise.all([api.loadSettings(), api.loadPolicy()]);
      const origin = httpsOrigin(tab?.url);
      const originEnabled = origin ? await api.hasOrigin(origin) : false;
      setLoaded({ tab, status, settings, policy, origin, originEnabled });
    } catch (cause) {
      setError(`Could not read this tab: ${String((cause as Error)?.message ?? cause)}`);
    }
  };

  useEffect(() => {
    void load();
  }, []);
  // Compiles the organisation's house rules too, so only when the settings or policy change.
  const effective = useMemo(() => (loaded ? effectiveSettings(loaded.settings, loaded.policy) : undefined), [loaded?.settings, loaded?.policy]);

  if (error) return <p role="alert">{error}</p>;
  if (!loaded || !effective) return <p aria-busy="true">Loading…</p>;

  const { status, settings } = loaded;
  const site = status?.site;
  const handle = status?.handle;
  const { profile, saved } = profileFor(effective.settings, site ?? 'generic', handle);
  // What a change here would write: this handle's own profile, or the defaults when none is detected.
  // The user may still give a handle of their own a profile when only the organisation's defaults are
  // set (as on the options page), so only the handle's own lock, or the defaults' without a handle, applies.
  const locked = handle ? effective.locks.accounts.includes(accountKey(site ?? 'generic', handle)) : effective.locks.defaults;
  const current: AccountSettings = { account: profile.account, role: profile.role, restricted: profile.restricted, ...(profile.employer ? { employer: profile.employer } : {}) };

  const save = async (change: Partial<AccountSettings>) => {
    const next = { ...current, ...change };
    const updated = site && handle ? withAccount(settings, site, handle, next) : { ...settings, defaults: next };
    try {
      await api.saveSettings(updated);
      setLoaded({ ...loaded, settings: updated });
    } catch (cause) {
      setError(`Could not save the profile: ${String((cause as Error)?.message ?? cause)}`);
    }
  };

  const enable = async () => {
    if (!loaded.origin || !loaded.tab) return;
    try {
      const granted = await api.enableOrigin(loaded.origin, loaded.tab.id);
      if (granted) await load();
    } catch (cause) {
      setError(`Could not enable Sense Check here: ${String((cause as Error)?.message ?? cause)}`);
    }
  };

  const disable = async () => {
    if (!loaded.origin) return;
    await api.disableOrigin(loaded.origin);
    await load();
  };

  const whose = handle ? `Profile for ${handle}` : 'Default profile (no account detected)';

  return (
    <main>
      <h1>Sense Check</h1>
      <section aria-labelledby="tab-heading">
        <h2 id="tab-heading">This tab</h2>
        {status ? (
          <>
            <p data-part="site">
              Checking posts on {SITE_NAMES[site ?? 'generic'] ?? site}
              {handle ? (
                <>
                  {' '}as <strong data-part="handle">{handle}</strong>
                </>
              ) : null}
              .
            </p>
            <p data-part="counts">{countsText(status)}</p>
          </>
        ) : (
          <p data-part="site">Sense Check is not running on this page.</p>
        )}
        {loaded.origin && !status && !loaded.originEnabled ? (
          <button type="button" data-action="enable-site" onClick={enable}>
            Enable on this site
          </button>
        ) : null}
        {loaded.origin && loaded.originEnabled && site === 'generic' ? (
          <button type="button" data-action="disable-site" onClick={disable}>
            Stop checking this site
          </button>
        ) : null}
      </section>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{whose}</h2>
        <p data-part="profile-label">
          {profileLabel(profile)}
          {handle && !saved ? ' (default)' : ''}
        </p>
        {locked && (
          <p class="locked" data-part="profile-locked">
            Set by your organisation
          </p>
        )}
        <fieldset>
          <legend>Account</legend>
          <label>
            <input type="radio" name="account" value="personal" checked={current.account === 'personal'} disabled={locked} onChange={() => save({ account: 'personal' })} />
            Personal
          </label>
          <label>
            <input type="radio" name="account" value="corporate" checked={current.account === 'corporate'} disabled={locked} onChange={() => save({ account: 'corporate' })} />
            Corporate (official)
          </label>
        </fieldset>
        <label class="row">
          Role
          <select value={current.role} disabled={locked} onChange={(event) => save({ role: (event.currentTarget as HTMLSelectElement).value as AccountSettings['role'] })}>
            <option value="local-gov-officer">Council officer</option>
            <option value="civil-servant">Civil servant</option>
          </select>
        </label>
        <label class="row">
          <input type="checkbox" checked={current.restricted} disabled={locked} onChange={(event) => save({ restricted: (event.currentTarget as HTMLInputElement).checked })} />
          Politically restricted post
        </label>
      </section>
      <p class="small">Everything is checked on this computer. Nothing you type leaves the browser.</p>
    </main>
  );
}
