// @vitest-environment jsdom
// axe-core over the rendered overlay. jsdom has no layout, so axe cannot judge colour contrast or
// target size here, nor (having no canvas) whether a label matches its visible text; those come back
// "incomplete" and are checked in Chromium. The structural rules (names, roles, ARIA references,
// list structure, modal labelling) do run.
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../engine/index';
import { mountOverlay, type OverlayHandle } from './index';

const text = 'The strike called by the union is irresponsible and reckless. Vote Labour on Thursday!';
function at(passage: string, fields: Pick<Finding, 'rule' | 'category' | 'severity'> & Partial<Finding>): Finding {
  const start = text.indexOf(passage);
  return { start, end: start + passage.length, message: 'A message.', why: 'A principle.', source: 'A source', ...fields };
}
const findings = [
  at('irresponsible and reckless', { rule: 'judgement', category: 'opinion-as-fact', severity: 'warning', suggestion: 'planned' }),
  at('Vote Labour', { rule: 'slogan', category: 'party-political', severity: 'serious' }),
  at('The strike', { rule: 'figure', category: 'unsourced-claim', severity: 'info' }),
];

let overlay: OverlayHandle;

beforeEach(() => {
  // jsdom has no canvas; answering null (as a browser without one would) keeps its "not implemented"
  // error out of the log. axe then marks the canvas-based checks incomplete, exactly as before.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  document.documentElement.lang = 'en';
  document.title = 'Compose';
  document.body.innerHTML = '<main><div id="editor" contenteditable="true" role="textbox" aria-label="Post text"></div></main>';
  overlay = mountOverlay({
    anchor: document.getElementById('editor')!,
    actions: { apply: vi.fn(), dismiss: vi.fn(), reportWrong: vi.fn(), returnToEditor: vi.fn() },
  });
  overlay.update({ text, findings, pending: false, profileLabel: 'Corporate account · civil servant' });
});

afterEach(() => {
  overlay.destroy();
  vi.restoreAllMocks();
});

async function violationsIn(): Promise<string[]> {
  // Colour contrast needs layout and canvas, which jsdom lacks; it is checked in Chromium instead.
  const results = await axe.run(overlay.host, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('axe-core in jsdom', () => {
  it('finds no violations in the badge and the open panel', async () => {
    overlay.host.shadowRoot!.querySelector<HTMLElement>('[data-part="badge"]')!.click();
    expect(overlay.host.shadowRoot!.querySelector('[data-part="panel"]')).not.toBeNull();
    expect(await violationsIn()).toEqual([]);
  });

  it('finds no violations in the face-check dialog', async () => {
    void overlay.faceCheck({
      text,
      findings,
      targets: ['the union'],
      headline: 'Department brands union ‘irresponsible and reckless’ on X',
      site: 'x',
      accountLabel: 'Corporate account',
    });
    expect(overlay.host.shadowRoot!.querySelector('[role="dialog"]')).not.toBeNull();
    expect(await violationsIn()).toEqual([]);
  });

  it('does look inside the shadow root (a broken label is caught)', async () => {
    const badge = overlay.host.shadowRoot!.querySelector<HTMLElement>('[data-part="badge"]')!;
    badge.removeAttribute('aria-label');
    badge.textContent = '';
    expect((await violationsIn()).some((line) => line.startsWith('button-name'))).toBe(true);
  });
});
