// @vitest-environment jsdom
// The content script's behaviour on a page, with the real adapters and session logic, a fake
// overlay and a fake worker: checks as the user types, stale answers, a restarting worker, the
// send gate, composers coming and going, and the extension going away.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mastodon } from '../sites/mastodon';
import { x } from '../sites/x';
import { loadSkeleton } from '../sites/test-skeleton';
import type { SiteAdapter } from '../sites/types';
import { ContentRuntime } from './runtime';
import { fakeOverlays, fakeWorker, until, wait, type FakeOverlay } from './test-fakes';

let runtime: ContentRuntime | undefined;
let current: ReturnType<typeof fakeOverlays> | undefined;
afterEach(() => runtime?.stop());

function start(adapter: SiteAdapter, worker = fakeWorker({ target: 'Labour Party' })) {
  const overlays = fakeOverlays();
  current = overlays;
  runtime = new ContentRuntime({ window, adapter, client: worker.client, mountOverlay: overlays.mount, freshTimeoutMs: 200 });
  runtime.start();
  return { worker, overlays, runtime };
}

function textarea(): HTMLTextAreaElement {
  return document.querySelector('textarea')!;
}

/** Types into the React-controlled textarea the way the browser reports it: value, then an input event. */
function type(value: string): void {
  textarea().value = value;
  textarea().dispatchEvent(new InputEvent('input', { bubbles: true }));
}

/** Past the debounce, and until the answer for the text now in the box is shown. */
async function settle(): Promise<void> {
  await wait(60);
  await until(() => {
    const state = lastState(current?.last());
    return state === undefined || state.pending === false;
  });
}

function lastState(overlay: FakeOverlay | undefined) {
  return overlay?.states[overlay.states.length - 1];
}

/** The site's own handler on its post button: counts the posts that really went out. */
function countPosts(): string[] {
  const posted: string[] = [];
  document.querySelector('.compose-form__submit button')!.addEventListener('click', (event) => {
    event.preventDefault();
    posted.push(textarea().value);
  });
  return posted;
}

describe('checking as the user types (Mastodon skeleton)', () => {
  beforeEach(() => loadSkeleton('mastodon'));

  it('mounts an overlay per compose box and shows the findings for the text typed', async () => {
    const { overlays, worker } = start(mastodon);
    expect(overlays.mounted).toHaveLength(1);
    expect(overlays.mounted[0]!.options.anchor).toBe(textarea());
    type('Vote Labour on Thursday');
    await settle();
    const state = lastState(overlays.last());
    expect(state?.text).toBe('Vote Labour on Thursday');
    expect(state?.findings.map((f) => f.rule)).toEqual(['partisan-content']);
    expect(state?.pending).toBe(false);
    const check = worker.checks().at(-1)!;
    expect(check.draft).toMatchObject({ text: 'Vote Labour on Thursday', platform: 'mastodon', kind: 'reply', quoted: 'original post' });
    expect(check.handle).toBe('@alice@example.social');
    expect(check.draft.postedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('never lets an older answer replace a newer one', async () => {
    const { overlays, worker } = start(mastodon);
    worker.pause();
    type('Vote Labour');
    await wait(60);
    type('Bins will be collected on Monday');
    await wait(60);
    worker.resume();
    await settle();
    const state = lastState(overlays.last());
    expect(state?.text).toBe('Bins will be collected on Monday');
    expect(state?.findings).toEqual([]);
  });

  it('keeps showing the last good findings, marked pending, while the worker restarts; then updates', async () => {
    const { overlays, worker } = start(mastodon);
    type('Vote Labour');
    await settle();
    worker.failNext(2);
    worker.pause();
    type('Vote Labour now');
    await until(() => lastState(overlays.last())?.pending === true);
    const during = lastState(overlays.last());
    expect(during?.findings.map((f) => f.rule)).toEqual(['partisan-content']);
    worker.resume();
    await settle();
    expect(lastState(overlays.last())).toMatchObject({ text: 'Vote Labour now', pending: false });
  });

  it('notices a text change made without an input event (the site clearing the box after a post)', async () => {
    loadSkeleton('x');
    const { overlays } = start(x);
    const leaf = document.querySelector('[data-testid="tweetTextarea_0"] [data-text="true"]')!;
    leaf.textContent = 'Vote Labour on Thursday';
    leaf.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await settle();
    expect(lastState(overlays.last())?.findings).toHaveLength(1);
    // Draft.js re-renders the emptied editor; no input event.
    for (const each of document.querySelectorAll('[data-testid="tweetTextarea_0"] [data-text="true"]')) each.textContent = '';
    await until(() => lastState(overlays.last())?.text === '\n');
    expect(lastState(overlays.last())).toMatchObject({ text: '\n', findings: [] });
  });

  it('shows a restarted worker\'s partial answer at once, then asks again for the full one unprompted', async () => {
    const { overlays, worker } = start(mastodon, fakeWorker({ target: 'Labour Party', partialFirst: true }));
    type('Vote Labour on Thursday');
    await until(() => (lastState(overlays.last())?.findings.length ?? 0) === 1);
    const states = overlays.last()!.states;
    expect(states.some((state) => state.partial === true && state.pending === false)).toBe(true);
    expect(lastState(overlays.last())?.partial).toBeUndefined();
    await wait(80);
    expect(worker.checks()).toHaveLength(2);
    expect(worker.checks()[1]!.draft.text).toBe('Vote Labour on Thursday');
  });

  it('does not wake the worker for an empty draft', async () => {
    const { worker } = start(mastodon);
    const before = worker.checks().length;
    type('   ');
    await settle();
    expect(worker.checks()).toHaveLength(before);
  });

  it('removes the overlay when the composer leaves the DOM, and attaches again when it comes back', async () => {
    const { overlays } = start(mastodon);
    const form = document.querySelector('form')!;
    form.remove();
    await until(() => overlays.mounted[0]!.destroyed);
    document.querySelector('.ui')!.append(form);
    await until(() => overlays.mounted.length === 2);
    expect(overlays.mounted[1]!.destroyed).toBe(false);
  });

  it('removes everything and stops gating when the extension goes away, leaving the draft alone', async () => {
    const { overlays, worker } = start(mastodon);
    const posted = countPosts();
    worker.goAway();
    type('Vote Labour');
    await until(() => runtime!.stopped);
    expect(overlays.mounted.every((overlay) => overlay.destroyed)).toBe(true);
    expect(textarea().value).toBe('Vote Labour');
    document.querySelector<HTMLButtonElement>('.compose-form__submit button')!.click();
    expect(posted).toEqual(['Vote Labour']);
  });
});

describe('the send gate (Mastodon skeleton)', () => {
  beforeEach(() => loadSkeleton('mastodon'));

  it('lets a clean post straight through', async () => {
    start(mastodon);
    const posted = countPosts();
    type('Bins will be collected as normal on Monday.');
    await settle();
    const button = document.querySelector<HTMLButtonElement>('.compose-form__submit button')!;
    button.click();
    expect(posted).toEqual(['Bins will be collected as normal on Monday.']);
  });

  it('stops the first send of a risky draft and asks; "Post anyway" posts once and records an override', async () => {
    const { overlays, worker } = start(mastodon);
    const posted = countPosts();
    type('Vote Labour on Thursday');
    await settle();
    const button = document.querySelector<HTMLButtonElement>('.compose-form__submit button')!;
    button.click();
    expect(posted).toEqual([]);
    const overlay = overlays.last()!;
    expect(overlay.requests).toHaveLength(1);
    expect(overlay.requests[0]).toMatchObject({
      text: 'Vote Labour on Thursday',
      targets: ['Labour Party'],
      site: 'mastodon',
      handle: '@alice@example.social',
      accountLabel: 'Corporate account',
    });
    expect(overlay.requests[0]!.headline.length).toBeGreaterThan(0);
    overlay.answer('post');
    await settle();
    expect(posted).toEqual(['Vote Labour on Thursday']);
    expect(overlay.requests).toHaveLength(1);
    const override = worker.sent.find((message) => message.type === 'record-override');
    expect(override).toEqual({ type: 'record-override', site: 'mastodon', kind: 'reply', rules: ['partisan-content'], handle: '@alice@example.social' });
    expect(JSON.stringify(override)).not.toContain('Vote');
  });

  it('"Edit post" keeps the draft and puts the caret back; the same draft then goes without a second question', async () => {
    const { overlays } = start(mastodon);
    const posted = countPosts();
    type('Vote Labour on Thursday');
    textarea().focus();
    textarea().setSelectionRange(5, 5);
    await settle();
    const button = document.querySelector<HTMLButtonElement>('.compose-form__submit button')!;
    button.focus();
    button.click();
    overlays.last()!.answer('edit');
    await settle();
    expect(posted).toEqual([]);
    expect(textarea().value).toBe('Vote Labour on Thursday');
    expect(document.activeElement).toBe(textarea());
    expect(textarea().selectionStart).toBe(5);
    button.click();
    expect(posted).toEqual(['Vote Labour on Thursday']);
    expect(overlays.last()!.requests).toHaveLength(1);
  });

  it('asks again once the draft changed into another risky one', async () => {
    const { overlays } = start(mastodon);
    countPosts();
    type('Vote Labour on Thursday');
    await settle();
    const button = document.querySelector<HTMLButtonElement>('.compose-form__submit button')!;
    button.click();
    overlays.last()!.answer('edit');
    type('Vote Labour on Friday');
    await settle();
    button.click();
    expect(overlays.last()!.requests).toHaveLength(2);
  });

  it('waits for a check still due at send, then asks', async () => {
    const { overlays, worker } = start(mastodon);
    const posted = countPosts();
    worker.pause();
    type('Vote Labour now');
    document.querySelector<HTMLButtonElement>('.compose-form__submit button')!.click();
    expect(posted).toEqual([]);
    worker.resume();
    await settle();
    expect(overlays.last()!.requests).toHaveLength(1);
    expect(posted).toEqual([]);
  });

  it('never lets a post through on a partial answer: it waits for the full one, then asks', async () => {
    const { overlays, worker } = start(mastodon, fakeWorker({ target: 'Labour Party', partialFirst: true, holdAfterPartial: true }));
    const posted = countPosts();
    type('Vote Labour now');
    await until(() => lastState(overlays.last())?.partial === true);
    document.querySelector<HTMLButtonElement>('.compose-form__submit button')!.click();
    await wait(20);
    expect(posted).toEqual([]);
    worker.resume();
    await until(() => overlays.last()!.requests.length === 1);
    expect(posted).toEqual([]);
  });

  it('lets the post go if the worker cannot answer at all', async () => {
    const { worker } = start(mastodon);
    const posted = countPosts();
    worker.failNext(Number.POSITIVE_INFINITY);
    type('Vote Labour now');
    document.querySelector<HTMLButtonElement>('.compose-form__submit button')!.click();
    await until(() => posted.length > 0);
    expect(posted).toEqual(['Vote Labour now']);
  });

  it('gates Ctrl+Enter in the editor the same way', async () => {
    const { overlays } = start(mastodon);
    const posted = countPosts();
    const keys: string[] = [];
    textarea().addEventListener('keydown', (event) => keys.push(event.key));
    type('Vote Labour on Thursday');
    await settle();
    const event = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    textarea().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(keys).toEqual([]);
    overlays.last()!.answer('post');
    await settle();
    expect(posted).toEqual(['Vote Labour on Thursday']); // sent through the post button
    // A plain Enter is just a new line.
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    textarea().dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
  });

  it('a serious finding stops the send even when it names no target', async () => {
    const { overlays } = start(mastodon, fakeWorker());
    const posted = countPosts();
    type('Labour');
    await settle();
    document.querySelector<HTMLButtonElement>('.compose-form__submit button')!.click();
    expect(posted).toEqual([]);
    expect(overlays.last()!.requests[0]!.targets).toEqual([]);
  });
});

describe('reposts', () => {
  beforeEach(() => {
    loadSkeleton('mastodon');
    document.querySelector('article .status')!.insertAdjacentHTML('afterbegin', '<div class="status__content">Vote Labour, everyone</div>');
  });

  function boostButton() {
    return document.querySelector<HTMLButtonElement>('button[title="Boost"]')!;
  }

  it('asks a corporate account before boosting partisan content, and boosts on "Post anyway"', async () => {
    const { overlays, worker } = start(mastodon);
    const boosts: number[] = [];
    boostButton().addEventListener('click', () => boosts.push(1));
    boostButton().dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    await until(() => worker.checks().some((request) => request.draft.kind === 'repost'));
    await wait(20);
    boostButton().click();
    await until(() => overlays.mounted.length > 1);
    expect(boosts).toEqual([]);
    const prompt = overlays.last()!;
    expect(prompt.requests[0]).toMatchObject({ text: 'Vote Labour, everyone', site: 'mastodon' });
    prompt.answer('post');
    await until(() => boosts.length > 0);
    expect(boosts).toEqual([1]);
    expect(prompt.destroyed).toBe(true);
    expect(worker.sent.find((message) => message.type === 'record-override')).toMatchObject({ kind: 'repost' });
  });

  it('lets a personal account boost without asking', async () => {
    start(mastodon, fakeWorker({ profile: { account: 'personal', role: 'local-gov-officer', restricted: false, electionPeriod: false } }));
    const boosts: number[] = [];
    boostButton().addEventListener('click', () => boosts.push(1));
    boostButton().click();
    await until(() => boosts.length > 0);
    await wait(50);
    expect(boosts).toEqual([1]);
  });
});

describe('X: what opened the composer', () => {
  beforeEach(() => loadSkeleton('x'));

  it('a composer that appears after a Reply click is checked as a reply to that post', async () => {
    const { worker } = start(x);
    document.querySelector<HTMLButtonElement>('article [data-testid="reply"]')!.click();
    document.querySelector('#layers [role="dialog"]')!.insertAdjacentHTML(
      'afterbegin',
      '<div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" id="modal-editor"><div data-block="true"><span data-text="true">Agreed, vote Labour</span></div></div>',
    );
    await until(() => worker.checks().some((request) => request.draft.text === 'Agreed, vote Labour'));
    const check = worker.checks().find((request) => request.draft.text === 'Agreed, vote Labour');
    expect(check?.draft).toMatchObject({ kind: 'reply', quoted: 'hi', platform: 'x' });
    expect(check?.handle).toBe('@jdoe');
  });
});
