// Sites the user enabled beyond the built-in ones (from the popup's "Enable on this site"); removing
// one takes back the permission, and the worker then stops the content script there.
import { useEffect, useState } from 'preact/hooks';
import type { OptionsApi } from './options-api';

export function SitesSection({ api }: { api: OptionsApi }) {
  const [origins, setOrigins] = useState<string[] | undefined>();
  const refresh = () => api.enabledOrigins().then(setOrigins, () => setOrigins([]));
  useEffect(() => {
    void refresh();
  }, []);
  return (
    <section aria-labelledby="sites-heading" data-section="sites">
      <h2 id="sites-heading">Sites</h2>
      <p class="hint">Always checked: X, Facebook, LinkedIn, Bluesky, Threads and mastodon.social. Enable other sites from the toolbar button while on them.</p>
      {origins === undefined ? null : origins.length === 0 ? (
        <p>No other sites enabled.</p>
      ) : (
        <ul aria-label="Other sites">
          {origins.map((origin) => (
            <li key={origin}>
              {origin}{' '}
              <button type="button" class="secondary" aria-label={`Stop checking ${origin}`} onClick={() => api.removeOrigin(origin).then(refresh)}>
                Stop checking
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
