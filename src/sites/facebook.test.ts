// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { facebook } from './facebook';
import { loadSkeleton } from './test-skeleton';

describe('the Facebook adapter on the Facebook skeleton', () => {
  beforeEach(() => loadSkeleton('facebook'));

  it('finds the post composer in the dialog and the comment box, never the entry prompt', () => {
    const composers = facebook.findComposers(document);
    expect(composers.map((composer) => composer.kind)).toEqual(['post', 'reply']);
    expect(composers.every((composer) => composer.editor.getAttribute('contenteditable') === 'true')).toBe(true);
  });

  it('reads the Lexical paragraphs joined by newlines', () => {
    const [post] = facebook.findComposers(document);
    expect(facebook.readText(post!.editor).text).toBe('Hello #tag\n');
  });

  it('finds the div[role=button] Post button of the dialog', () => {
    const [post] = facebook.findComposers(document);
    const button = post!.postButton();
    expect(button?.tagName).toBe('DIV');
    expect(button?.getAttribute('aria-label')).toBe('Post');
  });

  it('treats "Write a comment" boxes as replies that send on Enter', () => {
    const comment = facebook.findComposers(document)[1]!;
    expect(comment.kind).toBe('reply');
    expect(comment.shortcut).toBe('enter');
    expect(facebook.readText(comment.editor).text).toBe('');
  });

  it('reads the numeric user id from the c_user cookie only', () => {
    document.cookie = 'c_user=100012345; path=/';
    expect(facebook.handle(document)).toBe('100012345');
  });
});
