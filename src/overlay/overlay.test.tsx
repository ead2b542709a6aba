// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Finding } from '../engine/index';
import { mountOverlay, type FaceCheckRequest, type OverlayActions, type OverlayHandle, type OverlayState } from './index';

const text = 'The strike called by the union is irresponsible and reckless. Vote Labour on Thursday! Bins as normal.';

function at(passage: string, fields: Partial<Finding> & Pick<Finding, 'rule' | 'category' | 'severity'>): Finding {
  const start = text.indexOf(passage);
  return {
    start,
    end: start + passage.length,
    message: `Message for ${fields.rule}.`,
    why: `Why for ${fields.rule}.`,
    source: `Source for ${fields.rule}`,
    ...fields,
  };
}

const opinion = at('irresponsible and reckless', {
  rule: 'opinion-as-fact-judgement',
  category: 'opinion-as-fact',
  severity: 'warning',
  suggestion: 'planned',
  target: 'the union',
});
const party = at('Vote Labour', { rule: 'party-slogan', category: 'party-political', severity: 'serious' });
const note = at('Bins as normal', { rule: 'unsourced-figure', category: 'unsourced-claim', severity: 'info' });

function state(findings: Finding[], overrides: Partial<OverlayState> = {}): OverlayState {
  return { text, findings, pending: false, profileLabel: 'Corporate account · civil servant', ...overrides };
}

function faceRequest(overrides: Partial<FaceCheckRequest> = {}): FaceCheckRequest {
  return {
    text,
    findings: [party, opinion],
    targets: ['@JoWaddell_Echo', 'the union'],
    headline: "Department attacks teachers' union in late-night posts",
    site: 'x',
    handle: '@dept',
    accountLabel: 'Corporate account',
    ...overrides,
  };
}

let editor: HTMLElement;
let actions: { [K in keyof OverlayActions]: Mock<OverlayActions[K]> };
let overlay: OverlayHandle;

function shadow(): ShadowRoot {
  const root = overlay.host.shadowRoot;
  if (!root) throw new Error('the shadow root should be open in test mode');
  return root;
}
const $ = <T extends Element = HTMLElement>(selector: string) => shadow().querySelector<T & HTMLElement>(selector);
const $$ = (selector: string) => [...shadow().querySelectorAll<HTMLElement>(selector)];
const focused = () => shadow().activeElement;

function press(target: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  document.body.innerHTML = '<div id="composer"><div id="editor" contenteditable="true"></div><button id="post">Post</button></div><input id="search">';
  editor = document.getElementById('editor')!;
  actions = {
    apply: vi.fn<OverlayActions['apply']>(),
    dismiss: vi.fn<OverlayActions['dismiss']>(),
    reportWrong: vi.fn<OverlayActions['reportWrong']>(),
    returnToEditor: vi.fn<OverlayActions['returnToEditor']>(),
  };
  overlay = mountOverlay({ anchor: editor, actions });
});

afterEach(() => {
  overlay.destroy();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the host', () => {
  it('is a <sense-check-root> on document.body, outside the composer, fixed above the page', () => {
    expect(overlay.host.tagName.toLowerCase()).toBe('sense-check-root');
    expect(overlay.host.parentElement).toBe(document.body);
    expect(document.getElementById('composer')!.contains(overlay.host)).toBe(false);
    expect(overlay.host.style.position).toBe('fixed');
    expect(overlay.host.style.zIndex).toBe('2147483646');
    expect(customElements.get('sense-check-root')).toBeDefined();
  });

  it('comes back if the site removes it from the page', () => {
    overlay.host.remove();
    overlay.update(state([opinion]));
    expect(overlay.host.parentElement).toBe(document.body);
    expect($('[data-part="badge"]')?.dataset.count).toBe('1');
  });

  it('carries its own styles and loads nothing from the network', () => {
    const css = $('style')!.textContent ?? '';
    expect(css).toContain('@media (forced-colors: active)');
    expect(css).toContain('@media (prefers-reduced-motion: reduce)');
    expect(css).not.toMatch(/@import|url\(|@font-face/);
    expect($$('link')).toHaveLength(0);
  });
});

describe('the badge', () => {
  it('is not rendered when there are no findings', () => {
    overlay.update(state([]));
    expect($('[data-part="badge"]')).toBeNull();
  });

  it('counts warnings and serious findings, not info, and shows the worst severity', () => {
    overlay.update(state([opinion, party, note]));
    const badge = $('[data-part="badge"]')!;
    expect(badge.tagName).toBe('BUTTON');
    expect(badge.dataset.count).toBe('2');
    expect(badge.dataset.severity).toBe('serious');
    expect(badge.textContent).toBe('2');
    expect(badge.getAttribute('aria-label')).toBe('Sense Check: 2 issues (1 warning, 1 serious). Open the list');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('is neutral with a zero count when only info findings exist', () => {
    overlay.update(state([note]));
    const badge = $('[data-part="badge"]')!;
    expect(badge.dataset.count).toBe('0');
    expect(badge.dataset.severity).toBe('info');
    expect(badge.getAttribute('aria-label')).toBe('Sense Check: 1 note. Open the list');
  });

  it('disappears again when the findings go', () => {
    overlay.update(state([opinion]));
    expect($('[data-part="badge"]')?.dataset.severity).toBe('warning');
    overlay.update(state([]));
    expect($('[data-part="badge"]')).toBeNull();
  });

  it('marks a pending check without dropping the last good findings', () => {
    overlay.update(state([opinion], { pending: true }));
    expect($('[data-part="badge"]')?.dataset.pending).toBe('true');
    expect($('[data-part="badge"]')?.dataset.count).toBe('1');
  });
});

describe('focus is never stolen', () => {
  it('update() leaves focus where the user is typing', () => {
    editor.focus();
    expect(document.activeElement).toBe(editor);
    overlay.update(state([opinion, party, note]));
    overlay.update(state([party]));
    expect(document.activeElement).toBe(editor);
  });

  it('update() leaves focus on another element of the page, even with the panel open', () => {
    overlay.update(state([opinion, party]));
    $('[data-part="badge"]')!.click();
    const search = document.getElementById('search') as HTMLInputElement;
    search.focus();
    overlay.update(state([opinion, party, note]));
    expect(document.activeElement).toBe(search);
    expect($('[data-part="badge"]')!.hasAttribute('autofocus')).toBe(false);
  });
});

describe('the panel', () => {
  beforeEach(() => overlay.update(state([note, opinion, party])));

  it('opens from the badge and lists every finding, serious first and info last', () => {
    $('[data-part="badge"]')!.click();
    expect($('[data-part="panel"]')).not.toBeNull();
    expect($('[data-part="badge"]')!.getAttribute('aria-expanded')).toBe('true');
    const rows = $$('[data-part="finding"]');
    expect(rows.map((row) => [row.dataset.rule, row.dataset.category, row.dataset.severity])).toEqual([
      ['party-slogan', 'party-political', 'serious'],
      ['opinion-as-fact-judgement', 'opinion-as-fact', 'warning'],
      ['unsourced-figure', 'unsourced-claim', 'info'],
    ]);
    expect(focused()).toBe(rows[0]);
  });

  it('shows the passage, category, message, why, source and safer wording', () => {
    $('[data-part="badge"]')!.click();
    const row = $('[data-rule="opinion-as-fact-judgement"]')!;
    expect(row.querySelector('[data-part="passage"]')!.textContent).toBe('irresponsible and reckless');
    expect(row.textContent).toContain('Opinion stated as fact');
    expect(row.textContent).toContain('Message for opinion-as-fact-judgement.');
    expect(row.textContent).toContain('Why: Why for opinion-as-fact-judgement.');
    expect(row.textContent).toContain('Source: Source for opinion-as-fact-judgement');
    expect(row.querySelector('[data-part="suggestion"]')!.textContent).toBe('Safer: planned');
    expect(row.querySelector('[data-action="wrong"]')!.textContent).toBe('This warning is wrong');
  });

  it('offers Apply only where there is a safer wording', () => {
    $('[data-part="badge"]')!.click();
    expect($('[data-rule="opinion-as-fact-judgement"] [data-action="apply"]')).not.toBeNull();
    expect($('[data-rule="party-slogan"] [data-action="apply"]')).toBeNull();
    expect($('[data-rule="party-slogan"] [data-action="dismiss"]')).not.toBeNull();
  });

  it('Apply, Dismiss and "This warning is wrong" call the RUNTIME with that finding', () => {
    $('[data-part="badge"]')!.click();
    $('[data-rule="opinion-as-fact-judgement"] [data-action="apply"]')!.click();
    expect(actions.apply).toHaveBeenCalledExactlyOnceWith(opinion);
    $('[data-rule="party-slogan"] [data-action="dismiss"]')!.click();
    expect(actions.dismiss).toHaveBeenCalledExactlyOnceWith(party);
    $('[data-rule="unsourced-figure"] [data-action="wrong"]')!.click();
    expect(actions.reportWrong).toHaveBeenCalledExactlyOnceWith(note);
    expect(actions.returnToEditor).not.toHaveBeenCalled();
  });

  it('moves between rows with the arrow keys, Home and End', () => {
    $('[data-part="badge"]')!.click();
    const rows = $$('[data-part="finding"]');
    press(rows[0]!, 'ArrowDown');
    expect(focused()).toBe(rows[1]);
    press(rows[1]!.querySelector('[data-action="dismiss"]')!, 'ArrowDown');
    expect(focused()).toBe(rows[2]);
    press(rows[2]!, 'ArrowDown');
    expect(focused()).toBe(rows[2]);
    press(rows[2]!, 'Home');
    expect(focused()).toBe(rows[0]);
    press(rows[0]!, 'ArrowUp');
    expect(focused()).toBe(rows[0]);
    press(rows[0]!, 'End');
    expect(focused()).toBe(rows[2]);
  });

  it('Escape closes it, gives focus back to the badge, and does not reach the page', () => {
    const pageSawEscape = vi.fn();
    document.addEventListener('keydown', pageSawEscape);
    $('[data-part="badge"]')!.click();
    press(focused()!, 'Escape');
    expect($('[data-part="panel"]')).toBeNull();
    expect(focused()).toBe($('[data-part="badge"]'));
    expect(pageSawEscape).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageSawEscape);
  });

  it('Escape on the closed badge returns the user to the editor', () => {
    const badge = $('[data-part="badge"]')!;
    badge.focus();
    press(badge, 'Escape');
    expect(actions.returnToEditor).toHaveBeenCalledOnce();
  });

  it('opens from the editor with Alt+Shift+S, and only there', () => {
    const outside = press(document.getElementById('search')!, 'S', { altKey: true, shiftKey: true, code: 'KeyS' });
    expect(outside.defaultPrevented).toBe(false);
    expect($('[data-part="panel"]')).toBeNull();
    const inEditor = press(editor, 'S', { altKey: true, shiftKey: true, code: 'KeyS' });
    expect(inEditor.defaultPrevented).toBe(true);
    expect($('[data-part="panel"]')).not.toBeNull();
    expect(focused()).toBe($$('[data-part="finding"]')[0]);
  });

  it('an ordinary keystroke in the editor is left alone', () => {
    const typed = press(editor, 's', { code: 'KeyS' });
    expect(typed.defaultPrevented).toBe(false);
    expect($('[data-part="panel"]')).toBeNull();
  });

  it('after a keyboard dismiss, focus moves to the next row instead of being lost', () => {
    $('[data-part="badge"]')!.click();
    const dismiss = $('[data-rule="party-slogan"] [data-action="dismiss"]')!;
    dismiss.focus();
    actions.dismiss.mockImplementation(() => overlay.update(state([note, opinion])));
    dismiss.click();
    expect($('[data-rule="party-slogan"]')).toBeNull();
    expect(focused()).toBe($('[data-rule="opinion-as-fact-judgement"]'));
  });

  it('when the last finding is dismissed, the user goes back to the editor', () => {
    overlay.update(state([opinion]));
    $('[data-part="badge"]')!.click();
    const wrong = $('[data-action="wrong"]')!;
    wrong.focus();
    wrong.click();
    overlay.update(state([]));
    expect($('[data-part="panel"]')).toBeNull();
    expect(actions.returnToEditor).toHaveBeenCalledOnce();
  });

  it('closes when the user clicks back into the page', () => {
    $('[data-part="badge"]')!.click();
    editor.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect($('[data-part="panel"]')).toBeNull();
  });
});

describe('untrusted text is shown as text', () => {
  const payload = '<img src=x onerror=alert(1)>';

  it('in the panel', () => {
    const hostile = `Look ${payload} here`;
    const start = hostile.indexOf(payload);
    const finding: Finding = {
      rule: 'house-rule',
      category: 'tone',
      severity: 'warning',
      start,
      end: start + payload.length,
      message: payload,
      why: payload,
      source: payload,
      suggestion: payload,
      target: payload,
    };
    overlay.update({ text: hostile, findings: [finding], pending: false, profileLabel: payload });
    $('[data-part="badge"]')!.click();
    expect($$('img')).toHaveLength(0);
    expect($('[data-part="passage"]')!.textContent).toBe(payload);
    expect($('[data-part="finding"] .message')!.textContent).toBe(payload);
  });

  it('in the face check', () => {
    void overlay.faceCheck(faceRequest({ text: payload, targets: [payload], headline: payload }));
    expect($$('img')).toHaveLength(0);
    expect($('[data-part="draft"]')!.textContent).toBe(payload);
    expect($('[data-part="headline"]')!.textContent).toBe(payload);
    expect($('[data-part="targets"]')!.textContent).toBe(`Aimed at: ${payload}`);
  });
});

describe('the face check', () => {
  beforeEach(() => overlay.update(state([opinion, party])));

  function dialog(): HTMLElement {
    const found = $('[role="dialog"][data-kind="face-check"]');
    if (!found) throw new Error('no face-check dialog');
    return found;
  }

  it('asks the question, names who it is aimed at, quotes the draft, lists top findings and the headline', () => {
    void overlay.faceCheck(faceRequest({ findings: [party, opinion, note, party] }));
    const box = dialog();
    expect(box.getAttribute('aria-modal')).toBe('true');
    const title = shadow().getElementById(box.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Would you say this to their face?');
    expect($('[data-part="targets"]')!.textContent).toBe('Aimed at: @JoWaddell_Echo, the union');
    expect($('[data-part="draft"]')!.textContent).toBe(text);
    expect($$('[data-part="top-findings"] li').map((li) => li.textContent)).toEqual([
      'Party political: Message for party-slogan.',
      'Opinion stated as fact: Message for opinion-as-fact-judgement.',
      'Claim without a source: Message for unsourced-figure.',
    ]);
    expect($('[data-part="headline"]')!.textContent).toBe("Department attacks teachers' union in late-night posts");
    expect($('[data-action="edit"]')!.textContent).toBe('Edit post');
    expect($('[data-action="post"]')!.textContent).toBe('Post anyway');
  });

  it('with no targets, says it goes to everyone who follows the account', () => {
    void overlay.faceCheck(faceRequest({ targets: [] }));
    expect($('[data-part="targets"]')!.textContent).toBe('Aimed at: everyone who follows @dept');
  });

  it('focuses Edit post, and Post anyway resolves "post" and gives focus back', async () => {
    const postButton = document.getElementById('post')!;
    postButton.focus();
    const answer = overlay.faceCheck(faceRequest());
    expect(focused()).toBe($('[data-action="edit"]'));
    $('[data-action="post"]')!.click();
    await expect(answer).resolves.toBe('post');
    expect($('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(postButton);
    expect(actions.returnToEditor).not.toHaveBeenCalled();
  });

  it('Edit post resolves "edit", removes the dialog and asks the RUNTIME to return to the editor', async () => {
    const answer = overlay.faceCheck(faceRequest());
    $('[data-action="edit"]')!.click();
    await expect(answer).resolves.toBe('edit');
    expect($('[role="dialog"]')).toBeNull();
    expect(actions.returnToEditor).toHaveBeenCalledOnce();
  });

  it('Escape means edit, and the page never sees the Escape', async () => {
    const pageSawKey = vi.fn();
    document.addEventListener('keydown', pageSawKey);
    const answer = overlay.faceCheck(faceRequest());
    press(focused()!, 'Escape');
    await expect(answer).resolves.toBe('edit');
    expect(pageSawKey).not.toHaveBeenCalled();
    expect(actions.returnToEditor).toHaveBeenCalledOnce();
    document.removeEventListener('keydown', pageSawKey);
  });

  it('Escape still means edit when focus has fallen to the page body', async () => {
    const answer = overlay.faceCheck(faceRequest());
    (shadow().activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    press(document.body, 'Escape');
    await expect(answer).resolves.toBe('edit');
  });

  it('says which account it posts from, and the badge cannot open the panel underneath', () => {
    void overlay.faceCheck(faceRequest());
    expect($('.account')!.textContent).toBe('Posting as Corporate account @dept on X');
    $('[data-part="badge"]')!.click();
    expect($('[data-part="panel"]')).toBeNull();
  });

  it('traps Tab and Shift+Tab inside the dialog', () => {
    void overlay.faceCheck(faceRequest());
    const edit = $('[data-action="edit"]')!;
    const post = $('[data-action="post"]')!;
    const draft = $('.draft-scroll')!;
    post.focus();
    const forward = press(post, 'Tab');
    expect(forward.defaultPrevented).toBe(true);
    expect(focused()).toBe(draft);
    const back = press(draft, 'Tab', { shiftKey: true });
    expect(back.defaultPrevented).toBe(true);
    expect(focused()).toBe(post);
    // In the middle, Tab is left to the browser (jsdom does not move focus itself).
    edit.focus();
    expect(press(edit, 'Tab').defaultPrevented).toBe(false);
  });

  it('takes focus back if the page grabs it while the dialog is open', () => {
    void overlay.faceCheck(faceRequest());
    (document.getElementById('search') as HTMLInputElement).focus();
    expect(focused()).toBe($('[data-action="edit"]'));
  });

  it('resolves exactly once; a second request while open gets the same promise', async () => {
    const first = overlay.faceCheck(faceRequest());
    const second = overlay.faceCheck(faceRequest({ headline: 'Another headline' }));
    expect(second).toBe(first);
    expect($$('[role="dialog"]')).toHaveLength(1);
    expect($('[data-part="headline"]')!.textContent).toBe("Department attacks teachers' union in late-night posts");
    $('[data-action="post"]')!.click();
    await expect(first).resolves.toBe('post');
    const third = overlay.faceCheck(faceRequest());
    expect(third).not.toBe(first);
    $('[data-action="edit"]')!.click();
    await expect(third).resolves.toBe('edit');
  });

  it('closes the panel while it asks', () => {
    $('[data-part="badge"]')!.click();
    void overlay.faceCheck(faceRequest());
    expect($('[data-part="panel"]')).toBeNull();
  });
});

describe('screen-reader announcements', () => {
  beforeEach(() => vi.useFakeTimers());
  const announcer = () => $('[data-part="announcer"]')!;

  it('speak once when a serious finding appears, after typing pauses, not for warnings', () => {
    expect(announcer().getAttribute('aria-live')).toBe('polite');
    overlay.update(state([opinion]));
    vi.advanceTimersByTime(5_000);
    expect(announcer().textContent).toBe('');

    overlay.update(state([opinion, party]));
    vi.advanceTimersByTime(1_000);
    overlay.update(state([opinion, party], { pending: true })); // still typing
    vi.advanceTimersByTime(1_000);
    expect(announcer().textContent).toBe('');
    vi.advanceTimersByTime(600);
    expect(announcer().textContent).toBe('Sense Check found a serious problem: Message for party-slogan. Press Alt+Shift+S to review.');

    // The same serious finding on later keystrokes (its offsets moved) is not news.
    vi.advanceTimersByTime(10_000);
    expect(announcer().textContent).toBe('');
    const prefix = 'Yes. ';
    const shifted = { ...party, start: party.start + prefix.length, end: party.end + prefix.length };
    overlay.update({ ...state([shifted]), text: prefix + text });
    vi.advanceTimersByTime(5_000);
    expect(announcer().textContent).toBe('');
  });
});

describe('destroy()', () => {
  it('removes the host and every listener it added', () => {
    const added: Array<[EventTarget, string]> = [];
    const removed: Array<[EventTarget, string]> = [];
    for (const target of [document, editor, window]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        added.push([target, type]);
        add(type, listener, options);
      });
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
        removed.push([target, type]);
        remove(type, listener, options);
      });
    }
    overlay.destroy();
    overlay = mountOverlay({ anchor: editor, actions });
    overlay.update(state([opinion, party]));
    $('[data-part="badge"]')!.click();
    void overlay.faceCheck(faceRequest());
    const host = overlay.host;
    overlay.destroy();

    expect(host.isConnected).toBe(false);
    expect(document.querySelector('sense-check-root')).toBeNull();
    expect(added.length).toBeGreaterThan(0);
    for (const [target, type] of added) {
      expect(removed.filter(([t, ty]) => t === target && ty === type).length, `${type} listener`).toBeGreaterThanOrEqual(
        added.filter(([t, ty]) => t === target && ty === type).length,
      );
    }
    // The editor's shortcut no longer opens anything, and late updates are ignored.
    expect(press(editor, 'S', { altKey: true, shiftKey: true, code: 'KeyS' }).defaultPrevented).toBe(false);
    overlay.update(state([party]));
    expect(document.querySelector('sense-check-root')).toBeNull();
  });

  it('answers an open face check with "edit" so the RUNTIME is never left waiting', async () => {
    const answer = overlay.faceCheck(faceRequest());
    overlay.destroy();
    await expect(answer).resolves.toBe('edit');
    expect(actions.returnToEditor).not.toHaveBeenCalled();
  });
});
