// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatusReply } from '../shared/protocol';
import { defaultSettings, profileFor, type Settings } from '../shared/settings';
import type { PopupApi } from './popup-api';
import { PopupApp } from './popup-app';


function fakeApi(status: StatusReply | undefined, url = 'https://x.com/home', granted = false, policy: Record<string, unknown> = {}, initial: Settings = defaultSettings()) {
  let settings: Settings = initial;
  const saved: Settings[] = [];
  const enabled: string[] = [];
  const api: PopupApi = {
    activeTab: async () => ({ id: 7, url }),
    tabStatus: async () => status,
    loadSettings: async () => settings,
    loadPolicy: async () => policy,
    saveSettings: async (next) => {
      settings = next;
      saved.push(next);
    },
    hasOrigin: async () => granted,
    enableOrigin: async (origin) => {
      enabled.push(origin);
      return true;
    },
    disableOrigin: async () => true,
  };
  return { api, saved, enabled, settings: () => settings };
}

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

async function show(api: PopupApi) {
  await act(async () => {
    render(<PopupApp api={api} />, container);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const xStatus: StatusReply = { type: 'status', site: 'x', handle: '@jdoe', composers: 1, counts: { info: 0, warning: 1, serious: 1 } };

describe('the popup', () => {
  it('shows the site, the handle, the findings and the profile in use', async () => {
    await show(fakeApi(xStatus).api);
    expect(container.querySelector('[data-part="site"]')!.textContent).toBe('Checking posts on X as @jdoe.');
    expect(container.querySelector('[data-part="counts"]')!.textContent).toBe('1 serious, 1 warning in the open compose box.');
    expect(container.querySelector('[data-part="profile-label"]')!.textContent).toBe('Personal account · council officer (default)');
    expect(container.querySelector('h2#profile-heading')!.textContent).toBe('Profile for @jdoe');
  });

  it('switches this handle to a corporate civil-servant account, restricted, in storage', async () => {
    const fake = fakeApi(xStatus);
    await show(fake.api);
    const corporate = container.querySelector<HTMLInputElement>('input[value="corporate"]')!;
    await act(async () => {
      corporate.click();
    });
    const role = container.querySelector('select')!;
    await act(async () => {
      role.value = 'civil-servant';
      role.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const restricted = container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await act(async () => {
      restricted.click();
    });
    const { profile, saved } = profileFor(fake.settings(), 'x', '@jdoe');
    expect(saved).toBe(true);
    expect(profile).toMatchObject({ account: 'corporate', role: 'civil-servant', restricted: true });
    expect(fake.settings().defaults.account).toBe('personal'); // other accounts keep the default
    expect(container.querySelector('[data-part="profile-label"]')!.textContent).toBe('Corporate account · civil servant · politically restricted');
  });

  it('offers "Enable on this site" where the extension does not run, and asks for that origin', async () => {
    const fake = fakeApi(undefined, 'https://social.example/home');
    await show(fake.api);
    expect(container.querySelector('[data-part="site"]')!.textContent).toBe('Sense Check is not running on this page.');
    const enable = container.querySelector<HTMLButtonElement>('[data-action="enable-site"]')!;
    await act(async () => {
      enable.click();
    });
    expect(fake.enabled).toEqual(['https://social.example']);
  });

  it('does not offer it on pages that are not https', async () => {
    await show(fakeApi(undefined, 'chrome://extensions/').api);
    expect(container.querySelector('[data-action="enable-site"]')).toBeNull();
  });

  it("shows the organisation's profile for a handle it set, locked, over the user's own", async () => {
    // The user had saved @harrowfieldbc as personal; the organisation says corporate.
    const user: Settings = { ...defaultSettings(), accounts: { 'x:@harrowfieldbc': { account: 'personal', role: 'local-gov-officer', restricted: false } } };
    const policy = { accounts: { 'x:@HarrowfieldBC': { account: 'corporate', role: 'civil-servant', restricted: true } } };
    const fake = fakeApi({ ...xStatus, handle: '@harrowfieldbc' }, undefined, false, policy, user);
    await show(fake.api);
    expect(container.querySelector('[data-part="profile-label"]')!.textContent).toBe('Corporate account · civil servant · politically restricted');
    expect(container.querySelector('[data-part="profile-locked"]')!.textContent).toBe('Set by your organisation');
    expect(container.querySelector<HTMLInputElement>('input[value="corporate"]')!.checked).toBe(true);
    const controls = [...container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.every((control) => control.disabled)).toBe(true);
    // A click on a disabled control changes nothing.
    await act(async () => {
      container.querySelector<HTMLInputElement>('input[value="personal"]')!.click();
    });
    expect(fake.saved).toEqual([]);
  });

  it("shows the organisation's defaults for a handle it did not set, which the user may still change", async () => {
    const policy = { defaults: { account: 'corporate', role: 'local-gov-officer', restricted: false } };
    const fake = fakeApi(xStatus, undefined, false, policy);
    await show(fake.api);
    expect(container.querySelector('[data-part="profile-label"]')!.textContent).toBe('Corporate account · council officer (default)');
    expect(container.querySelector('[data-part="profile-locked"]')).toBeNull();
    await act(async () => {
      container.querySelector<HTMLInputElement>('input[value="personal"]')!.click();
    });
    expect(profileFor(fake.settings(), 'x', '@jdoe').profile.account).toBe('personal');
  });

  it('locks the default profile when no account is detected and the organisation set the defaults', async () => {
    const policy = { defaults: { account: 'corporate', role: 'local-gov-officer', restricted: false } };
    await show(fakeApi({ ...xStatus, handle: undefined }, undefined, false, policy).api);
    expect(container.querySelector('[data-part="profile-label"]')!.textContent).toBe('Corporate account · council officer');
    expect(container.querySelector('[data-part="profile-locked"]')).not.toBeNull();
    expect(container.querySelector<HTMLSelectElement>('select')!.disabled).toBe(true);
  });

  it('labels every control', async () => {
    await show(fakeApi(xStatus).api);
    for (const control of container.querySelectorAll('input, select')) {
      expect(control.closest('label')?.textContent?.trim()).toBeTruthy();
    }
  });
});
