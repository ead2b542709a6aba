// Bluesky (bsky.app): TipTap/ProseMirror editors in a composer dialog, one editor per post of a
// thread. First-party source: SITES.md "Bluesky" (S3 = bluesky-social/social-app at the commits
// cited there; react-native-web maps testID to data-testid).
import type { Composer, SiteAdapter } from './types';
import { readContentEditable } from './editor-text';
import { nearestMatching, postText } from './dom-lookup';

export const blueskySelectors = {
  /** The composer view inside the dialog, rendered only while the composer is open [S3 Composer.tsx]. */
  composer: '[data-testid="composePostView"]',
  /** One ProseMirror editor per post of the thread being composed [S3 TextInput.web.tsx]. */
  editor: '.ProseMirror[contenteditable="true"]',
  /** Publish button: "Post", "Reply" or "Post All"; aria-label "Publish post/reply/posts/replies" [S3]. */
  postButton: '[data-testid="composerPublishBtn"]',
  /** ComposerReplyTo: shown above a reply, no testID [S3]. */
  replyTo: '[aria-label="Expand or collapse the full post you are replying to"]',
  /** A post in a feed or thread, and its text [S3]. */
  post: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  /** A post's text [S3]. */
  postText: '[data-testid="postText"]',
  /** Reply control under a post [S3 PostControls]. */
  replyControl: '[data-testid="replyBtn"]',
  /** Opens the Repost / Quote post menu [S3 RepostButton.web.tsx]. */
  repostMenuControl: '[data-testid="repostBtn"]',
  /** "Repost" in that menu: reposts as-is [S3 RepostButton.web.tsx]. */
  repostConfirm: '[data-testid="repostDropdownRepostBtn"]',
  /** "Quote post" in that menu: opens a quote composer [S3 RepostButton.web.tsx]. */
  quoteMenuItem: '[data-testid="repostDropdownQuoteBtn"]',
  /** The Profile nav link, /profile/<handle> (UNVERIFIED DOM fallback). */
  profileLink: 'a[aria-label="Profile"][href^="/profile/"]',
} as const;

function postTextNear(element: Element): string | undefined {
  const post = element.closest(blueskySelectors.post);
  if (!post) return undefined;
  return postText(post.querySelector(blueskySelectors.postText) ?? post);
}

function findComposers(document: Document): Composer[] {
  const composers: Composer[] = [];
  for (const view of Array.from(document.querySelectorAll(blueskySelectors.composer))) {
    const editors = Array.from(view.querySelectorAll<HTMLElement>(blueskySelectors.editor));
    const replyTo = view.querySelector(blueskySelectors.replyTo);
    editors.forEach((editor, index) => {
      const postButton = () => nearestMatching(editor, blueskySelectors.postButton, view);
      const label = postButton()?.getAttribute('aria-label') ?? '';
      const composer: Composer = {
        editor,
        kind: replyTo || /\brepl(y|ies)\b/i.test(label) ? 'reply' : 'post',
        postButton,
        // handleKeyDown: (metaKey || ctrlKey) && code === 'Enter' [S3]
        shortcut: 'mod+enter',
      };
      const quoted = postText(replyTo);
      if (quoted) composer.quotedText = quoted;
      if (editors.length > 1) composer.thread = { index, count: editors.length };
      composers.push(composer);
    });
  }
  return composers;
}

/**
 * The handle, from the Profile link or else from the persisted session. BSKY_STORAGE also holds
 * the session's JWTs: only `session.currentAccount.handle` is taken, nothing else is kept.
 */
function handle(document: Document): string | undefined {
  const fromLink = /^\/profile\/([^/?#]+)$/.exec(document.querySelector(blueskySelectors.profileLink)?.getAttribute('href') ?? '')?.[1];
  if (fromLink && !fromLink.startsWith('did:')) return `@${decodeURIComponent(fromLink)}`;
  try {
    const stored = document.defaultView?.localStorage.getItem('BSKY_STORAGE');
    const handleValue: unknown = stored ? JSON.parse(stored)?.session?.currentAccount?.handle : undefined;
    return typeof handleValue === 'string' && handleValue ? `@${handleValue}` : undefined;
  } catch {
    return undefined;
  }
}

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  platform: 'bluesky',
  matches: ({ hostname }) => hostname === 'bsky.app',
  findComposers,
  handle,
  readText: (editor) => readContentEditable(editor),
  classifyClick(target) {
    const quotedText = postTextNear(target);
    const meaning = (kind: 'reply' | 'quote' | 'repost' | 'repost-menu') => (quotedText ? { kind, quotedText } : { kind });
    if (target.closest(blueskySelectors.replyControl)) return meaning('reply');
    if (target.closest(blueskySelectors.repostMenuControl)) return meaning('repost-menu');
    if (target.closest(blueskySelectors.repostConfirm)) return meaning('repost');
    if (target.closest(blueskySelectors.quoteMenuItem)) return meaning('quote');
    return undefined;
  },
};
