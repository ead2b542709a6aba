// Sites the user enables from the popup (Mastodon instances other than mastodon.social, blogs,
// a council's CMS): the popup asks for the optional host permission; here the worker keeps one
// dynamically registered content script in step with the granted origins. Registrations persist
// across browser restarts, but are rebuilt on install/start-up and whenever permissions change,
// because Chrome drops them when the extension updates.
import type { Manifest, Permissions, Scripting } from 'webextension-polyfill';

export const USER_SITES_SCRIPT_ID = 'sense-check-user-sites';

export interface UserSitesApi {
  getManifest(): Manifest.WebExtensionManifest;
  getAllPermissions(): Promise<Permissions.AnyPermissions>;
  getRegistered(): Promise<Scripting.RegisteredContentScript[]>;
  register(scripts: Scripting.RegisteredContentScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

/** The built content script's files and the match patterns the manifest already covers. */
export function staticContentScript(manifest: Manifest.WebExtensionManifest): { js: string[]; matches: string[] } {
  const first = manifest.content_scripts?.[0];
  return { js: first?.js ?? [], matches: first?.matches ?? [] };
}

/** Granted https origins that the manifest's content script does not already cover. */
export function userEnabledOrigins(granted: string[], staticMatches: string[]): string[] {
  const covered = new Set(staticMatches);
  return granted.filter((origin) => /^https:\/\/[^/*]+\/\*$/.test(origin) && !covered.has(origin)).sort();
}

export async function syncUserSiteScripts(api: UserSitesApi): Promise<string[]> {
  const { js, matches } = staticContentScript(api.getManifest());
  const origins = userEnabledOrigins((await api.getAllPermissions()).origins ?? [], matches);
  const registered = await api.getRegistered();
  if (registered.some((script) => script.id === USER_SITES_SCRIPT_ID)) await api.unregister([USER_SITES_SCRIPT_ID]);
  if (origins.length > 0 && js.length > 0) {
    await api.register([{ id: USER_SITES_SCRIPT_ID, matches: origins, js, runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  return origins;
}
