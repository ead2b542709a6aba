// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { bluesky } from './bluesky';
import { loadSkeleton } from './test-skeleton';

describe('the Bluesky adapter on the Bluesky skeleton', () => {
  beforeEach(() => {
    loadSkeleton('bluesky');
    localStorage.setItem('BSKY_STORAGE', JSON.stringify({ session: { currentAccount: { did: 'did:plc:x', handle: 'alice.bsky.social', accessJwt: 'SECRET' } } }));
  });

  it('finds one editor per post of the thread, as replies quoting the parent', () => {
    const composers = bluesky.findComposers(document);
    expect(composers).toHaveLength(2);
    expect(composers.map((composer) => composer.kind)).toEqual(['reply', 'reply']);
    expect(composers.map((composer) => composer.thread)).toEqual([{ index: 0, count: 2 }, { index: 1, count: 2 }]);
    expect(composers[0]!.quotedText).toBe('Bob: original');
    expect(composers[0]!.postButton()?.getAttribute('data-testid')).toBe('composerPublishBtn');
    expect(composers[0]!.shortcut).toBe('mod+enter');
  });

  it('reads paragraphs and mentions as the app posts them; the placeholder and trailing break are not text', () => {
    const [first, second] = bluesky.findComposers(document);
    expect(bluesky.readText(first!.editor).text).toBe('Hi @bob.test #tag\n');
    expect(bluesky.readText(second!.editor).text).toBe('');
  });

  it('takes only the handle from the persisted session', () => {
    expect(bluesky.handle(document)).toBe('@alice.bsky.social');
    localStorage.setItem('BSKY_STORAGE', '{broken');
    expect(bluesky.handle(document)).toBeUndefined();
  });

  it('tells reply, repost and quote controls apart', () => {
    expect(bluesky.classifyClick!(document.querySelector('[data-testid="replyBtn"]')!)?.kind).toBe('reply');
    expect(bluesky.classifyClick!(document.querySelector('[data-testid="repostBtn"]')!)?.kind).toBe('repost-menu');
    expect(bluesky.classifyClick!(document.querySelector('[data-testid="repostDropdownRepostBtn"]')!)?.kind).toBe('repost');
    expect(bluesky.classifyClick!(document.querySelector('[data-testid="repostDropdownQuoteBtn"]')!)?.kind).toBe('quote');
  });

  it('a plain post composer (no reply-to) is a post', () => {
    document.querySelector('[aria-label="Expand or collapse the full post you are replying to"]')!.remove();
    document.querySelector('[data-testid="composerPublishBtn"]')!.setAttribute('aria-label', 'Publish post');
    expect(bluesky.findComposers(document)[0]!.kind).toBe('post');
  });
});
