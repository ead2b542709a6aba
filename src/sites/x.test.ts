// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { x } from './x';
import { adapterFor } from './index';
import { loadSkeleton } from './test-skeleton';

describe('the X adapter on the X skeleton', () => {
  beforeEach(() => loadSkeleton('x'));

  it('is chosen on x.com and twitter.com only', () => {
    expect(adapterFor({ hostname: 'x.com' }, document).id).toBe('x');
    expect(adapterFor({ hostname: 'twitter.com' }, document).id).toBe('x');
    expect(x.matches({ hostname: 'example.org' }, document)).toBe(false);
  });

  it('finds the home composer (not its wrappers) with its own post button and shortcut', () => {
    const composers = x.findComposers(document);
    expect(composers).toHaveLength(1);
    const [composer] = composers;
    expect(composer!.editor.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(composer!.kind).toBe('post');
    expect(composer!.postButton()?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(composer!.shortcut).toBe('mod+enter');
  });

  it('reads Draft.js blocks joined by a newline, the empty block as an empty line, without the placeholder', () => {
    const [composer] = x.findComposers(document);
    expect(x.readText(composer!.editor).text).toBe('Hello #tag\n');
  });

  it('maps offsets back to the Draft.js leaves', () => {
    const [composer] = x.findComposers(document);
    const text = x.readText(composer!.editor);
    const located = text.locate(6, 10);
    expect(located?.type).toBe('range');
    expect(located?.type === 'range' && located.range.toString()).toBe('#tag');
  });

  it('reads the logged-in handle from the account switcher', () => {
    expect(x.handle(document)).toBe('@jdoe');
    document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')!.remove();
    expect(x.handle(document)).toBe('@jdoe'); // from the profile link
  });

  it('treats a composer in a modal holding the original post as a reply, quoting it', () => {
    const modal = document.querySelector('#layers [role="dialog"]')!;
    modal.insertAdjacentHTML(
      'afterbegin',
      `<article data-testid="tweet"><div data-testid="tweetText">Original words</div></article>
       <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"><div data-contents="true">
       <div data-block="true"><div><span><span data-text="true">Reply text</span></span></div></div></div></div>`,
    );
    const reply = x.findComposers(document).find((composer) => modal.contains(composer.editor))!;
    expect(reply.kind).toBe('reply');
    expect(reply.quotedText).toBe('Original words');
    expect(reply.postButton()?.getAttribute('data-testid')).toBe('tweetButton');
  });

  it('numbers the boxes of a thread', () => {
    const modal = document.querySelector('#layers [role="dialog"]')!;
    for (const index of [0, 1]) {
      modal.insertAdjacentHTML('beforeend', `<div data-testid="tweetTextarea_${index}" contenteditable="true"><div data-block="true"><span data-text="true">Part ${index}</span></div></div>`);
    }
    const thread = x.findComposers(document).filter((composer) => modal.contains(composer.editor));
    expect(thread.map((composer) => composer.thread)).toEqual([{ index: 0, count: 2 }, { index: 1, count: 2 }]);
  });

  it('tells reply, repost-menu, repost and quote clicks apart, with the post they belong to', () => {
    const article = document.querySelector('article[data-testid="tweet"]')!;
    expect(x.classifyClick!(article.querySelector('[data-testid="reply"]')!)).toEqual({ kind: 'reply', quotedText: 'hi' });
    expect(x.classifyClick!(article.querySelector('[data-testid="retweet"]')!)).toEqual({ kind: 'repost-menu', quotedText: 'hi' });
    expect(x.classifyClick!(document.querySelector('[data-testid="retweetConfirm"]')!)).toEqual({ kind: 'repost' });
    expect(x.classifyClick!(document.querySelector('a[role="menuitem"][href="/compose/post"]')!)).toEqual({ kind: 'quote' });
    expect(x.classifyClick!(article.querySelector('[data-testid="like"]')!)).toBeUndefined();
  });

  it('finds nothing, and does not throw, on a page without composers (a redesign)', () => {
    document.body.innerHTML = '<main><div contenteditable="true">not X markup</div></main>';
    expect(x.findComposers(document)).toEqual([]);
    expect(x.handle(document)).toBeUndefined();
  });
});
