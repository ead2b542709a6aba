// Facebook (www.facebook.com): Lexical editors for posts and comments. Closed source and
// obfuscated atomic classes, so only roles, aria labels and Lexical's own markers are used.
// Sources: SITES.md "Facebook" (S5 = tang-vu/social-posting-skills, live 2026-02-27; S6 = vader-pepe/snorkel).
import type { Composer, SiteAdapter } from './types';
import { readContentEditable } from './editor-text';
import { postText } from './dom-lookup';

export const facebookSelectors = {
  /** Every Lexical editor: the "Create post" dialog and comment boxes [S5][S6]. */
  editor: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  /** The composer modal the post editor lives in [S5]. */
  dialog: '[role="dialog"]',
  /** Post button: a div[role=button], not a <button>; the label is localised (English here) [S5].
   *  Page posts may need "Next" first, which is not a send [3p]. */
  postButton: '[role="button"][aria-label="Post"]',
  /** A post in the feed, holding its comment box [3p]. */
  article: '[role="article"]',
  /** The post's message text (unverified marker; best effort for quoted text). */
  articleMessage: '[data-ad-preview="message"], [data-ad-comet-preview="message"]',
  /** "Write a comment" control: opens the comment box of that post [S5]. */
  commentControl: '[role="button"][aria-label="Write a comment"], [role="button"][aria-label="Comment"]',
} as const;

/** Comment and reply editors are labelled "Write a comment…", "Write a reply…", "Comment as …" [S5]. */
const COMMENT_LABEL_RE = /^(write a (comment|public comment|reply)|comment as|reply to|reply as)/i;

function findComposers(document: Document): Composer[] {
  return Array.from(document.querySelectorAll<HTMLElement>(facebookSelectors.editor), (editor) => {
    const isComment = COMMENT_LABEL_RE.test(editor.getAttribute('aria-label') ?? '');
    if (isComment) {
      const composer: Composer = {
        editor,
        kind: 'reply',
        // Comments have no post button: they submit on Enter [3p].
        postButton: () => null,
        shortcut: 'enter',
      };
      const article = editor.closest(facebookSelectors.article);
      const quoted = postText(article?.querySelector(facebookSelectors.articleMessage));
      if (quoted) composer.quotedText = quoted;
      return composer;
    }
    const dialog = editor.closest(facebookSelectors.dialog) ?? editor.parentElement;
    return {
      editor,
      kind: 'post',
      postButton: () => dialog?.querySelector<HTMLElement>(facebookSelectors.postButton) ?? null,
    };
  });
}

/** The c_user cookie holds the numeric id of the logged-in user [3p]; the vanity name is not reliably shown. */
function userIdFromCookie(document: Document): string | undefined {
  try {
    const match = /(?:^|;\s*)c_user=(\d{1,20})(?:;|$)/.exec(document.cookie);
    return match?.[1];
  } catch {
    return undefined; // sandboxed documents throw on cookie access
  }
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  platform: 'facebook',
  matches: ({ hostname }) => hostname === 'www.facebook.com' || hostname === 'web.facebook.com' || hostname === 'm.facebook.com',
  findComposers,
  handle: userIdFromCookie,
  readText: (editor) => readContentEditable(editor),
  classifyClick(target) {
    if (!target.closest(facebookSelectors.commentControl)) return undefined;
    const quotedText = postText(target.closest(facebookSelectors.article)?.querySelector(facebookSelectors.articleMessage));
    return quotedText ? { kind: 'reply', quotedText } : { kind: 'reply' };
  },
};
