// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from './index';
import { mastodon } from './mastodon';
import { loadSkeleton } from './test-skeleton';

describe('the Mastodon adapter on the Mastodon skeleton', () => {
  beforeEach(() => loadSkeleton('mastodon'));

  it('runs on mastodon.social, and on other instances only by their page markers', () => {
    expect(adapterFor({ hostname: 'mastodon.social' }, document).id).toBe('mastodon');
    expect(adapterFor({ hostname: 'example.social' }, document).id).toBe('mastodon');
    document.body.innerHTML = '<textarea></textarea>';
    expect(adapterFor({ hostname: 'example.org' }, document).id).toBe('generic');
  });

  it('finds the compose textarea as a reply quoting the post replied to', () => {
    const [composer] = mastodon.findComposers(document);
    expect(composer!.editor.tagName).toBe('TEXTAREA');
    expect(composer!.kind).toBe('reply');
    expect(composer!.quotedText).toBe('original post');
    expect(composer!.postButton()?.textContent).toBe('Reply');
    expect(composer!.shortcut).toBe('mod+enter');
  });

  it('reads textarea.value, with the content warning first when there is one', () => {
    const [composer] = mastodon.findComposers(document);
    expect(mastodon.readText(composer!.editor).text).toBe('@bob hello');
    document.querySelector('form')!.insertAdjacentHTML('afterbegin', '<div class="spoiler-input"><input id="cw-spoiler-input" value="Politics"></div>');
    const text = mastodon.readText(composer!.editor);
    expect(text.text).toBe('Politics\n@bob hello');
    expect(text.locate(9, 13)).toMatchObject({ type: 'textarea', start: 0, end: 4 });
  });

  it('reads @acct@domain from the initial state, and nothing else', () => {
    expect(mastodon.handle(document)).toBe('@alice@example.social');
  });

  it('a quote composer without a reply indicator is a quote', () => {
    document.querySelector('.reply-indicator')!.remove();
    document.querySelector('.status__quote')!.textContent = 'quoted toot';
    const [composer] = mastodon.findComposers(document);
    expect(composer!.kind).toBe('quote');
    expect(composer!.quotedText).toBe('quoted toot');
  });

  it('knows the boost button as a repost', () => {
    const boost = document.querySelector('button[title="Boost"]')!;
    expect(mastodon.classifyClick!(boost)?.kind).toBe('repost');
    expect(mastodon.classifyClick!(document.querySelector('button[title="Reply"]')!)).toBeUndefined();
  });
});
