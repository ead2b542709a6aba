// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { threads } from './threads';
import { loadSkeleton } from './test-skeleton';

describe('the Threads adapter on the Threads skeleton', () => {
  beforeEach(() => loadSkeleton('threads'));

  it('finds the editor in the dialog, not the feed prompt with the same label', () => {
    const composers = threads.findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]!.editor.getAttribute('contenteditable')).toBe('true');
    expect(threads.readText(composers[0]!.editor).text).toBe('Hello');
  });

  it('finds the div[role=button] "Post" (not "Add to thread")', () => {
    expect(threads.findComposers(document)[0]!.postButton()?.textContent).toBe('Post');
  });

  it('numbers the boxes of a thread', () => {
    document.querySelector('[role="dialog"]')!.insertAdjacentHTML('beforeend', '<div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div>');
    expect(threads.findComposers(document).map((composer) => composer.thread)).toEqual([{ index: 0, count: 2 }, { index: 1, count: 2 }]);
  });

  it('reads the handle from the profile link', () => {
    expect(threads.handle(document)).toBe('@jane');
  });

  it('tells reply and repost controls apart', () => {
    expect(threads.classifyClick!(document.querySelector('svg[aria-label="Reply"]')!)?.kind).toBe('reply');
    expect(threads.classifyClick!(document.querySelector('svg[aria-label="Repost"]')!)?.kind).toBe('repost-menu');
  });
});
