import { describe, expect, it } from 'vitest';
import type { Manifest, Scripting } from 'webextension-polyfill';
import { USER_SITES_SCRIPT_ID, syncUserSiteScripts, userEnabledOrigins, type UserSitesApi } from './user-sites';

const manifest = {
  manifest_version: 3,
  name: 'Sense Check',
  version: '0.1.0',
  content_scripts: [{ matches: ['https://x.com/*', 'https://mastodon.social/*'], js: ['src/content/index.js'] }],
} as Manifest.WebExtensionManifest;

function fakeApi(origins: string[], registered: Scripting.RegisteredContentScript[] = []) {
  const state = { registered: [...registered] };
  const api: UserSitesApi = {
    getManifest: () => manifest,
    getAllPermissions: async () => ({ origins, permissions: [] }),
    getRegistered: async () => state.registered,
    register: async (scripts) => {
      state.registered.push(...scripts);
    },
    unregister: async (ids) => {
      state.registered = state.registered.filter((script) => !ids.includes(script.id));
    },
  };
  return { api, state };
}

describe('content scripts on sites the user enabled', () => {
  it('keeps only granted https origins the manifest does not already cover', () => {
    expect(userEnabledOrigins(['https://x.com/*', 'https://social.example/*', 'http://insecure.example/*', 'https://*/*'], ['https://x.com/*'])).toEqual([
      'https://social.example/*',
    ]);
  });

  it('registers the built content script for the granted origins', async () => {
    const { api, state } = fakeApi(['https://social.example/*', 'https://blog.example.org/*', 'https://x.com/*']);
    await syncUserSiteScripts(api);
    expect(state.registered).toEqual([
      {
        id: USER_SITES_SCRIPT_ID,
        matches: ['https://blog.example.org/*', 'https://social.example/*'],
        js: ['src/content/index.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('replaces the registration when permissions change, and removes it when none are left', async () => {
    const { api, state } = fakeApi([], [{ id: USER_SITES_SCRIPT_ID, matches: ['https://old.example/*'], js: ['a.js'] }]);
    await syncUserSiteScripts(api);
    expect(state.registered).toEqual([]);
  });
});
