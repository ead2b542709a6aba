// LinkedIn (www.linkedin.com): Quill editors for posts and comments. Closed source; the share box
// migrated from ProseMirror to Quill in 2026 (opencues PR #83). Sources: SITES.md "LinkedIn"
// (S7 = opencues/opencues@84d7cc83, verified July 2026; 3p = automation scripts).
import type { Composer, SiteAdapter } from './types';
import { readContentEditable } from './editor-text';
import { normaliseLabel, postText } from './dom-lookup';

export const linkedinSelectors = {
  /** Quill editors: the share box (post, and quote = "Repost with your thoughts") and comment boxes [S7]. */
  editor: '.ql-editor[contenteditable="true"]',
  /** The share composer in its modal [S7]. */
  shareBox: '.share-creation-state, .share-box, [role="dialog"]',
  /** The share composer's Post button [3p]. */
  sharePostButton: 'button.share-actions__primary-action',
  /** A comment box and its submit button (class suffix "--cr" seen 2026-06-05) [3p]. */
  commentForm: 'form.comments-comment-box__form, .comments-comment-box',
  /** The comment box's submit button [3p]. */
  commentSubmit: 'button[class*="comments-comment-box__submit-button"]',
  /** A feed update, holding the repost button and the comment box [3p]. */
  update: '[data-urn], .feed-shared-update-v2',
  /** The text of a feed update, for the quoted text of a reply or repost [3p]. */
  updateText: '.update-components-text, .feed-shared-update-v2__description, .feed-shared-text',
  /** Opens the repost menu [3p]. */
  repostMenuControl: 'button.social-reshare-button',
  /** "Repost" as-is, in that menu [3p]. */
  repostConfirm: '.social-reshare-button__sharing-as-is-dropdown-item',
  /** Menu entries, for the "Repost with your thoughts" item (matched by its text) [3p]. */
  menuItem: '[role="menuitem"], [role="button"], button, li, div',
  /** The comment button under an update [3p]. */
  commentControl: 'button[aria-label^="Comment"], button.comment-button',
  /** The logged-in member: profile card slug [UNVERIFIED], else the nav photo's alt (display name). */
  profileLink: 'a.profile-card-profile-link[href*="/in/"]',
  /** The nav bar photo; its alt is the member's display name [3p]. */
  mePhoto: 'img.global-nav__me-photo[alt]',
} as const;

const QUOTE_MENU_LABELS = ['Repost with your thoughts'];

function updateTextNear(element: Element): string | undefined {
  const update = element.closest(linkedinSelectors.update);
  return postText(update?.querySelector(linkedinSelectors.updateText));
}

function findComposers(document: Document): Composer[] {
  return Array.from(document.querySelectorAll<HTMLElement>(linkedinSelectors.editor), (editor) => {
    const commentForm = editor.closest(linkedinSelectors.commentForm);
    if (commentForm) {
      const composer: Composer = {
        editor,
        kind: 'reply',
        postButton: () => commentForm.querySelector<HTMLElement>(linkedinSelectors.commentSubmit) ?? commentForm.closest('form')?.querySelector<HTMLElement>('button[type="submit"]') ?? null,
      };
      const quoted = updateTextNear(commentForm);
      if (quoted) composer.quotedText = quoted;
      return composer;
    }
    const shareBox = editor.closest(linkedinSelectors.shareBox);
    return {
      editor,
      kind: 'post',
      postButton: () => shareBox?.querySelector<HTMLElement>(linkedinSelectors.sharePostButton) ?? null,
    };
  });
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  platform: 'linkedin',
  matches: ({ hostname }) => hostname === 'www.linkedin.com',
  findComposers,
  handle(document) {
    const slug = /\/in\/([^/?#]+)/.exec(document.querySelector(linkedinSelectors.profileLink)?.getAttribute('href') ?? '')?.[1];
    if (slug) return decodeURIComponent(slug);
    const name = normaliseLabel(document.querySelector(linkedinSelectors.mePhoto)?.getAttribute('alt'));
    return name || undefined;
  },
  readText: (editor) => readContentEditable(editor),
  classifyClick(target) {
    const quotedText = updateTextNear(target);
    const meaning = (kind: 'reply' | 'quote' | 'repost' | 'repost-menu') => (quotedText ? { kind, quotedText } : { kind });
    if (target.closest(linkedinSelectors.repostConfirm)) return meaning('repost');
    if (target.closest(linkedinSelectors.repostMenuControl)) return meaning('repost-menu');
    if (target.closest(linkedinSelectors.commentControl)) return meaning('reply');
    const item = target.closest(linkedinSelectors.menuItem);
    if (item && QUOTE_MENU_LABELS.includes(normaliseLabel(item.textContent))) return meaning('quote');
    return undefined;
  },
};
