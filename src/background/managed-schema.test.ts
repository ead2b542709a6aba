// The organisation-policy schema (public/managed-schema.json) and the examples IT copies from
// docs/deploying.md: every example must pass the schema as Chrome applies it, and the extension's
// own policy reader, with no value skipped. The schema's lists must match the engine's.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, CATEGORIES, ROLES, SEVERITIES } from '../engine/types';
import { defaultSettings } from '../shared/settings';
import { effectiveSettings, parseManagedPolicy } from './policy';

const root = resolve(import.meta.dirname, '../..');
type Schema = Record<string, unknown> & { type?: string; properties?: Record<string, Schema>; items?: Schema };
const schema = JSON.parse(readFileSync(resolve(root, 'public/managed-schema.json'), 'utf8')) as Schema;
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as { key: string; storage: { managed_schema: string } };
const guide = readFileSync(resolve(root, 'docs/deploying.md'), 'utf8');

/** Chrome's id for a public key: the first 32 hex digits of its SHA-256, written with a–p. */
function extensionIdOf(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
const EXTENSION_ID = extensionIdOf(manifest.key);
const FIREFOX_ID = 'sense-check@sense-check';

/**
 * The subset of JSON Schema Chrome's managed storage accepts (type, properties, patternProperties,
 * additionalProperties, items, enum, pattern, required, minimum, maximum), applied the way Chrome
 * applies it. Returns "path: reason" for each problem.
 */
function validate(value: unknown, node: Schema, path = '$'): string[] {
  const errors: string[] = [];
  const type = node.type;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const typeOk =
    (type === 'object' && isObject) ||
    (type === 'array' && Array.isArray(value)) ||
    (type === 'string' && typeof value === 'string') ||
    (type === 'boolean' && typeof value === 'boolean') ||
    (type === 'integer' && Number.isInteger(value)) ||
    (type === 'number' && typeof value === 'number');
  if (!typeOk) return [`${path}: expected ${type}`];
  if (Array.isArray(node.enum) && !node.enum.includes(value)) errors.push(`${path}: not one of ${node.enum.join(', ')}`);
  if (typeof node.pattern === 'string' && !new RegExp(node.pattern).test(value as string)) errors.push(`${path}: does not match ${node.pattern}`);
  if (typeof node.minimum === 'number' && (value as number) < node.minimum) errors.push(`${path}: below ${node.minimum}`);
  if (typeof node.maximum === 'number' && (value as number) > node.maximum) errors.push(`${path}: above ${node.maximum}`);
  if (type === 'array') (value as unknown[]).forEach((item, i) => node.items && errors.push(...validate(item, node.items, `${path}[${i}]`)));
  if (type === 'object') {
    const record = value as Record<string, unknown>;
    for (const field of (node.required as string[] | undefined) ?? []) if (!(field in record)) errors.push(`${path}.${field}: required`);
    const patterns = Object.entries((node.patternProperties as Record<string, Schema> | undefined) ?? {});
    for (const [key, item] of Object.entries(record)) {
      const declared = node.properties?.[key];
      const matching = patterns.filter(([pattern]) => new RegExp(pattern).test(key)).map(([, sub]) => sub);
      if (declared) errors.push(...validate(item, declared, `${path}.${key}`));
      for (const sub of matching) errors.push(...validate(item, sub, `${path}.${key}`));
      if (!declared && matching.length === 0) {
        if (node.additionalProperties) errors.push(...validate(item, node.additionalProperties as Schema, `${path}.${key}`));
        else if (patterns.length > 0 || node.properties) errors.push(`${path}.${key}: not in the schema`);
      }
    }
  }
  return errors;
}

/** The fenced block after `<!-- example: name -->`. */
function example(name: string): string {
  const match = new RegExp(`<!-- example: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(guide);
  if (!match) throw new Error(`docs/deploying.md has no example "${name}"`);
  return match[1]!;
}

/** A .reg file's values under the policy key, typed as Chrome reads them: DWORD → number, JSON strings for lists and tables. */
function registryPolicy(reg: string): { key: string; policy: Record<string, unknown> } {
  const key = /^\[(HKEY_LOCAL_MACHINE\\[^\]]+\\policy)\]$/m.exec(reg)?.[1] ?? '';
  const policy: Record<string, unknown> = {};
  for (const line of reg.split('\n')) {
    const dword = /^"([^"]+)"=dword:([0-9a-f]{8})$/.exec(line);
    if (dword) {
      const property = schema.properties?.[dword[1]!];
      const number = parseInt(dword[2]!, 16);
      policy[dword[1]!] = property?.type === 'boolean' ? number !== 0 : number;
      continue;
    }
    const text = /^"([^"]+)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (!text) continue;
    const unescaped = text[2]!.replace(/\\(.)/g, '$1');
    const property = schema.properties?.[text[1]!];
    policy[text[1]!] = property?.type === 'object' || property?.type === 'array' ? JSON.parse(unescaped) : unescaped;
  }
  return { key, policy };
}

/** A property list's top-level dict as plain values. */
function plistPolicy(xml: string): Record<string, unknown> {
  const document = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  const read = (element: Element): unknown => {
    switch (element.tagName) {
      case 'dict': {
        const out: Record<string, unknown> = {};
        const children = [...element.children];
        for (let i = 0; i < children.length; i += 2) out[children[i]!.textContent ?? ''] = read(children[i + 1]!);
        return out;
      }
      case 'array':
        return [...element.children].map(read);
      case 'string':
        return element.textContent ?? '';
      case 'integer':
        return Number(element.textContent);
      case 'true':
        return true;
      case 'false':
        return false;
      default:
        throw new Error(`plist element <${element.tagName}> is not handled`);
    }
  };
  return read(document.querySelector('plist > dict')!) as Record<string, unknown>;
}

function expectUsablePolicy(policy: unknown): void {
  expect(validate(policy, schema)).toEqual([]);
  expect(parseManagedPolicy(policy).problems).toEqual([]);
  const effective = effectiveSettings(defaultSettings(), policy);
  expect(effective.problems).toEqual([]);
  expect(effective.managed).toBe(true);
}

describe('the organisation policy schema', () => {
  it('is the file the manifest names, served from the build root', () => {
    expect(manifest.storage.managed_schema).toBe('managed-schema.json');
    expect(schema.type).toBe('object');
  });

  it("lists the engine's own categories, severities, accounts and roles", () => {
    const rule = schema.properties!.houseRules!.items!.properties as Record<string, Schema>;
    expect(rule.category!.enum).toEqual([...CATEGORIES]);
    expect(rule.severity!.enum).toEqual([...SEVERITIES]);
    expect(schema.properties!.defaults!.properties!.account!.enum).toEqual([...ACCOUNTS]);
    expect(schema.properties!.defaults!.properties!.role!.enum).toEqual([...ROLES]);
  });

  it('rejects what Chrome would reject (the check is not vacuous)', () => {
    expect(validate({ signOffRequired: 'yes' }, schema)).toEqual(['$.signOffRequired: expected boolean']);
    expect(validate({ minimumSeverity: { shouting: 'loud' } }, schema)).toEqual(['$.minimumSeverity.shouting: not one of info, warning, serious']);
    expect(validate({ accounts: { 'no-colon': {} } }, schema)).toEqual(['$.accounts.no-colon: not in the schema']);
    expect(validate({ houseRules: [{ id: 'x', kind: 'pattern' }] }, schema)).toEqual([
      '$.houseRules[0].message: required',
      '$.houseRules[0].category: required',
      '$.houseRules[0].severity: required',
    ]);
    expect(validate({ auditTrail: { retentionDays: 0 } }, schema)).toEqual(['$.auditTrail.retentionDays: below 1']);
  });
});

describe('the examples in docs/deploying.md', () => {
  it('documents the id the manifest key gives', () => {
    expect(guide).toContain(`| \`${EXTENSION_ID}\` |`);
    const settings = JSON.parse(example('chrome-extension-settings')) as { ExtensionSettings: Record<string, { installation_mode: string }> };
    expect(Object.keys(settings.ExtensionSettings)).toEqual([EXTENSION_ID]);
    expect(settings.ExtensionSettings[EXTENSION_ID]!.installation_mode).toBe('force_installed');
  });

  it('Chrome and Edge 3rdparty JSON validates and applies in full', () => {
    const policy = (JSON.parse(example('chrome-3rdparty')) as { '3rdparty': { extensions: Record<string, unknown> } })['3rdparty'].extensions[EXTENSION_ID];
    expectUsablePolicy(policy);
    const effective = effectiveSettings(defaultSettings(), policy);
    expect(effective.extraRules.map((rule) => rule.id)).toEqual(['no-case-references', 'plain-english', 'no-leaks']);
    expect(effective.settings.accounts['x:@harrowfieldbc']?.account).toBe('corporate');
  });

  it('the Windows registry values validate once read as Chrome reads them', () => {
    const { key, policy } = registryPolicy(example('windows-registry'));
    expect(key).toBe(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`);
    expect(Object.keys(policy).sort()).toEqual(['accounts', 'auditTrail', 'electionPeriods', 'houseRules', 'lockedRules', 'minimumSeverity', 'signOffRequired']);
    expectUsablePolicy(policy);
    // The doubled escaping of .reg and JSON still yields the RE2 pattern of the JSON example.
    expect((policy.houseRules as { pattern: string }[])[0]!.pattern).toBe('\\b(?:HB|CT|ASC)-\\d{6}\\b');
  });

  it('the macOS plist validates', () => {
    const policy = plistPolicy(example('macos-plist'));
    expect(policy.signOffRequired).toBe(true);
    expectUsablePolicy(policy);
  });

  it('the Firefox policies.json validates', () => {
    const policies = (JSON.parse(example('firefox-policies')) as { policies: { ExtensionSettings: Record<string, unknown>; '3rdparty': { Extensions: Record<string, unknown> } } }).policies;
    expect(Object.keys(policies.ExtensionSettings)).toEqual([FIREFOX_ID]);
    expectUsablePolicy(policies['3rdparty'].Extensions[FIREFOX_ID]);
  });
});
