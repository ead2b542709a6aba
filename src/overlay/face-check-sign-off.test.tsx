// @vitest-environment jsdom
// Sign-off (organisation policy signOffRequired): the face check asks who signed the post off, and
// "Post anyway" needs a name; without the request flag the dialog is unchanged.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../engine/index';
import { mountOverlay, type FaceCheckRequest, type OverlayHandle } from './index';

const text = 'The strike called by the union is irresponsible and reckless.';
const opinion: Finding = { rule: 'contestable-judgement', category: 'opinion-as-fact', severity: 'warning', start: 34, end: 60, message: 'A judgement stated as fact.', why: 'Why.', source: 'Source' };

function request(overrides: Partial<FaceCheckRequest> = {}): FaceCheckRequest {
  return { text, findings: [opinion], targets: [], headline: '', site: 'x', handle: '@dept', accountLabel: 'Corporate account', ...overrides };
}

let overlay: OverlayHandle;
beforeEach(() => {
  document.body.innerHTML = '<div id="editor" contenteditable="true"></div>';
  overlay = mountOverlay({
    anchor: document.getElementById('editor')!,
    actions: { apply: vi.fn(), dismiss: vi.fn(), reportWrong: vi.fn(), returnToEditor: vi.fn() },
  });
  overlay.update({ text, findings: [opinion], pending: false, profileLabel: 'Corporate account · civil servant' });
});
afterEach(() => overlay.destroy());

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => overlay.host.shadowRoot!.querySelector<T>(selector);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the face check with sign-off required', () => {
  it('has no name field unless asked', () => {
    void overlay.faceCheck(request());
    expect($('[data-part="sign-off"]')).toBeNull();
  });

  it('will not post without a name: it says why and puts focus in the field', async () => {
    const answer = vi.fn();
    void overlay.faceCheck(request({ askSignOff: true })).then(answer);
    const field = $<HTMLInputElement>('#sense-check-sign-off')!;
    expect(overlay.host.shadowRoot!.querySelector('label[for="sense-check-sign-off"]')!.textContent).toMatch(/^Signed off by/);
    $('[data-action="post"]')!.click();
    await tick();
    expect(answer).not.toHaveBeenCalled();
    expect($('[role="dialog"]')).not.toBeNull();
    expect(overlay.host.shadowRoot!.activeElement).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect($('#sense-check-sign-off-missing')!.textContent).toBe('Enter the name of who signed this post off, or choose Edit post.');
  });

  it('posts with the name given, trimmed', async () => {
    const answer = overlay.faceCheck(request({ askSignOff: true }));
    $<HTMLInputElement>('#sense-check-sign-off')!.value = '  Priya Shah, Head of Comms ';
    $('[data-action="post"]')!.click();
    await expect(answer).resolves.toEqual({ answer: 'post', signedOffBy: 'Priya Shah, Head of Comms' });
  });

  it('Enter in the name field posts; Edit post still needs no name', async () => {
    const first = overlay.faceCheck(request({ askSignOff: true }));
    const field = $<HTMLInputElement>('#sense-check-sign-off')!;
    field.value = 'J. Bloggs';
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await expect(first).resolves.toEqual({ answer: 'post', signedOffBy: 'J. Bloggs' });
    const second = overlay.faceCheck(request({ askSignOff: true }));
    $('[data-action="edit"]')!.click();
    await expect(second).resolves.toBe('edit');
  });
});
