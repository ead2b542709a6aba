// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedin } from './linkedin';
import { loadSkeleton } from './test-skeleton';

describe('the LinkedIn adapter on the LinkedIn skeleton', () => {
  beforeEach(() => loadSkeleton('linkedin'));

  it('finds the share box (post) and the comment box (reply)', () => {
    const composers = linkedin.findComposers(document);
    expect(composers.map((composer) => composer.kind)).toEqual(['post', 'reply']);
  });

  it('reads Quill paragraphs, the empty one as an empty line, without the data-placeholder', () => {
    const [post, comment] = linkedin.findComposers(document);
    expect(linkedin.readText(post!.editor).text).toBe('Hello\n\nWorld');
    expect(linkedin.readText(comment!.editor).text).toBe('');
  });

  it('gives each box its own button', () => {
    const [post, comment] = linkedin.findComposers(document);
    expect(post!.postButton()?.classList.contains('share-actions__primary-action')).toBe(true);
    expect(comment!.postButton()?.className).toContain('comments-comment-box__submit-button');
  });

  it('reads the member slug', () => {
    expect(linkedin.handle(document)).toBe('jane-doe');
    document.querySelector('a.profile-card-profile-link')!.remove();
    expect(linkedin.handle(document)).toBe('Jane Doe');
  });

  it('knows the repost menu button', () => {
    expect(linkedin.classifyClick!(document.querySelector('button.social-reshare-button')!)?.kind).toBe('repost-menu');
  });
});
