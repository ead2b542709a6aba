// @vitest-environment jsdom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../background/audit-trail';
import { defaultSettings, type Settings } from '../shared/settings';
import type { QuarantinedSettings } from '../shared/settings-storage';
import type { OptionsApi } from './options-api';
import { OptionsApp } from './options-app';

function fakeApi(options: { settings?: Settings; policy?: Record<string, unknown>; quarantine?: QuarantinedSettings[]; notices?: string[]; audit?: AuditEntry[] } = {}) {
  let settings = options.settings ?? defaultSettings();
  const saved: Settings[] = [];
  const downloads: { filename: string; text: string }[] = [];
  let audit = options.audit ?? [];
  const api: OptionsApi = {
    load: async () => ({ settings, notices: options.notices ?? [], quarantine: options.quarantine ?? [], policy: options.policy ?? {} }),
    save: async (next) => {
      settings = next;
      saved.push(next);
      return { synced: true };
    },
    clearQuarantine: async () => undefined,
    auditEntries: async () => audit,
    clearAuditTrail: async () => {
      audit = [];
    },
    wrongReports: async () => ({ shouting: 3 }),
    enabledOrigins: async () => ['https://social.example'],
    removeOrigin: async () => true,
    download: (filename, text) => downloads.push({ filename, text }),
  };
  return { api, saved, downloads, settings: () => settings };
}

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function show(api: OptionsApi) {
  await act(async () => {
    render(<OptionsApp api={api} />, container);
  });
  await settle();
  await settle();
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const labelled = <T extends Element = HTMLInputElement>(label: string) => container.querySelector<T>(`[aria-label="${label}"]`)!;

async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function choose(element: HTMLSelectElement, value: string) {
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
async function click(element: HTMLElement) {
  await act(async () => {
    element.click();
  });
  await settle();
}

describe('the options page', () => {
  it('shows managed values as locked and disabled, and the user cannot switch off a locked rule', async () => {
    const user = { ...defaultSettings(), accounts: { 'x:@me': { account: 'personal' as const, role: 'civil-servant' as const, restricted: false } } };
    await show(
      fakeApi({
        settings: user,
        policy: {
          accounts: { 'x:@harrowfieldbc': { account: 'corporate', role: 'local-gov-officer', restricted: false } },
          lockedRules: ['partisan-content'],
          electionPeriods: [{ name: 'Local elections', start: '2026-03-23', end: '2026-05-07' }],
          signOffRequired: true,
        },
      }).api,
    );
    expect(container.textContent).toContain('Some settings are managed by your organisation');
    expect(labelled<HTMLSelectElement>('x:@harrowfieldbc: account').disabled).toBe(true);
    expect(labelled<HTMLSelectElement>('x:@harrowfieldbc: account').value).toBe('corporate');
    expect(labelled<HTMLSelectElement>('x:@me: account').disabled).toBe(false);
    expect(container.querySelector('[aria-label="Remove x:@harrowfieldbc"]')).toBeNull();
    expect(labelled('partisan-content on').disabled).toBe(true);
    expect(labelled('partisan-content on').checked).toBe(true);
    expect(labelled('shouting on').disabled).toBe(false);
    expect($('[data-section="election-periods"]').textContent).toContain('Local elections: 2026-03-23 to 2026-05-07 (Set by your organisation)');
  });

  it('switches a built-in rule off and sets a level, saving only the override', async () => {
    const fake = fakeApi();
    await show(fake.api);
    await click(labelled('shouting on'));
    expect(fake.settings().ruleOverrides).toEqual({ shouting: { enabled: false } });
    await choose(labelled<HTMLSelectElement>('opponent-attack level'), 'serious');
    await settle();
    expect(fake.settings().ruleOverrides).toEqual({ shouting: { enabled: false }, 'opponent-attack': { severity: 'serious' } });
    expect($('[data-part="save-status"]').textContent).toBe('Saved and synced to your other browsers.');
  });

  it('shows each invalid field with its reason and never saves an invalid house rule', async () => {
    const fake = fakeApi();
    await show(fake.api);
    await choose($<HTMLSelectElement>('[data-field="kind"]'), 'pattern');
    await type($<HTMLInputElement>('input[data-field="id"]'), 'Bad Id');
    await type($<HTMLInputElement>('input[data-field="pattern"]'), '(?<=council )tax');
    // The pattern's problem shows as it is typed; the rest once Save is pressed.
    expect($('[data-error-for="pattern"]').textContent).toMatch(/^pattern: RE2 cannot parse it: .*look-around/);
    await click($('[data-action="save-rule"]'));
    expect($('[data-error-for="id"]').textContent).toMatch(/kebab-case/);
    expect($('[data-error-for="message"]').textContent).toBe('message: is required: one plain sentence telling the user what is wrong');
    expect($<HTMLInputElement>('input[data-field="id"]').getAttribute('aria-invalid')).toBe('true');
    expect($<HTMLInputElement>('input[data-field="id"]').getAttribute('aria-describedby')).toBe('rule-id-error');
    expect(fake.saved).toEqual([]);
  });

  it('tries a house rule live in the test box, then saves it', async () => {
    const fake = fakeApi();
    await show(fake.api);
    await choose($<HTMLSelectElement>('[data-field="kind"]'), 'substitution');
    await type($<HTMLInputElement>('input[data-field="id"]'), 'plain-english');
    await type($<HTMLInputElement>('input[data-field="message"]'), "Use '%s' instead of '%s'.");
    await type($<HTMLTextAreaElement>('textarea[data-field="swap"]'), 'utilise => use\ngoing forward => from now on');
    await type($<HTMLTextAreaElement>('[data-part="rule-test-input"]'), 'We will Utilise the depot going forward.');
    const result = $('[data-part="rule-test-result"]');
    expect(result.textContent).toContain('2 passages flagged');
    expect([...result.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      "Utilise — Use 'use' instead of 'Utilise'. Suggestion: “Use”.",
      "going forward — Use 'from now on' instead of 'going forward'. Suggestion: “from now on”.",
    ]);
    await click($('[data-action="save-rule"]'));
    expect(fake.settings().houseRules).toEqual([
      { id: 'plain-english', kind: 'substitution', message: "Use '%s' instead of '%s'.", category: 'tone', severity: 'warning', swap: { utilise: 'use', 'going forward': 'from now on' } },
    ]);
    expect($('[data-house-rule="plain-english"]').textContent).toContain('swaps “utilise” → “use”');
  });

  it('refuses the id of a built-in rule', async () => {
    const fake = fakeApi();
    await show(fake.api);
    await type($<HTMLInputElement>('input[data-field="id"]'), 'shouting');
    await type($<HTMLInputElement>('input[data-field="message"]'), 'No.');
    await type($<HTMLTextAreaElement>('textarea[data-field="phrases"]'), 'leaked');
    await click($('[data-action="save-rule"]'));
    expect($('[data-error-for="id"]').textContent).toBe('id: is already the id of another rule; choose another');
    expect(fake.saved).toEqual([]);
  });

  it('shows damaged settings that were set aside, and exports them with the settings', async () => {
    const quarantine = [{ at: '2026-03-02T10:00:00.000Z', from: 'local', reasons: ['electionPeriods: not a list'], raw: { version: 2, electionPeriods: 'soon' } }];
    const fake = fakeApi({ quarantine, notices: ['Some settings could not be read and were set aside (export them from the options page): electionPeriods: not a list'] });
    await show(fake.api);
    expect($('[data-part="notices"]').getAttribute('role')).toBe('alert');
    expect($('[data-part="notices"]').textContent).toContain('electionPeriods: not a list');
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Export all settings')!);
    expect(JSON.parse(fake.downloads[0]!.text)).toMatchObject({ format: 'sense-check-settings', quarantine });
  });

  it('exports the audit trail as CSV and clears it', async () => {
    const fake = fakeApi({ audit: [{ time: '2026-03-02T10:00:00.000Z', site: 'x', handle: '@dept', account: 'corporate', kind: 'post', rules: ['opponent-attack'] }] });
    await show(fake.api);
    expect($('[data-part="audit-count"]').textContent).toBe('1 entry kept.');
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Export as CSV')!);
    expect(fake.downloads[0]).toEqual({ filename: 'sense-check-audit-trail.csv', text: "time,site,handle,account,kind,rules,signedOffBy,text\r\n2026-03-02T10:00:00.000Z,x,'@dept,corporate,post,opponent-attack,,\r\n" });
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Clear the audit trail')!);
    expect($('[data-part="audit-count"]').textContent).toBe('0 entries kept.');
  });
});

describe('the options page for keyboard and screen-reader users', () => {
  it('has no structural accessibility violations (axe-core), with locks, notices, rules and form errors showing', async () => {
    // jsdom has no canvas or layout: colour contrast is left to the browser (see overlay.a11y.test.tsx).
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    document.documentElement.lang = 'en';
    document.title = 'Sense Check settings';
    const settings: Settings = {
      ...defaultSettings(),
      accounts: { 'x:@me': { account: 'personal', role: 'civil-servant', restricted: false } },
      houseRules: [{ id: 'no-leaks', kind: 'existence', message: 'No leaks.', category: 'confidential', severity: 'warning', phrases: ['leaked'] }],
      electionPeriods: [{ name: 'By-election', start: '2026-09-01', end: '2026-10-01' }],
    };
    const quarantine = [{ at: '2026-03-02T10:00:00.000Z', from: 'local', reasons: ['electionPeriods: not a list'], raw: 5 }];
    await show(fakeApi({ settings, quarantine, policy: { lockedRules: ['partisan-content'], accounts: { 'x:@dept': { account: 'corporate', role: 'civil-servant', restricted: false } } } }).api);
    await click($('[data-action="save-rule"]'));
    await type($<HTMLTextAreaElement>('[data-part="rule-test-input"]'), 'leaked');
    const results = await axe.run(container, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    vi.restoreAllMocks();
  });
});
