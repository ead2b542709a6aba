// Threads (www.threads.com, www.threads.net): Lexical editors in a composer dialog, one per post
// of a thread. Closed source; low confidence in nesting. Sources: SITES.md "Threads" (3p live
// notes verified 2026-05-11 / 2026-02-27).
import type { Composer, SiteAdapter } from './types';
import { readContentEditable } from './editor-text';
import { findByText, normaliseLabel, postText } from './dom-lookup';

export const threadsSelectors = {
  /** Composer editors; the feed's prompt row has the same aria-label but is a div[role=button],
   *  so contenteditable is required [3p 2026-05-11]. */
  editor: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  /** The composer modal [3p]. */
  dialog: '[role="dialog"]',
  /** Buttons are div[role=button] found by their (localised) text, e.g. "Post" [3p]. */
  button: '[role="button"]',
  /** A post in the feed: a pressable container holding the action row [3p]. */
  post: '[data-pressable-container="true"]',
  /** Action icons, labelled by their svg [3p]. */
  replyIcon: 'svg[aria-label="Reply"]',
  /** The Repost action's icon: opens the Repost / Quote menu [3p]. */
  repostIcon: 'svg[aria-label="Repost"]',
  /** Menu entries after Repost: "Repost" and "Quote" [3p]. */
  menuEntry: '[role="menuitem"], [role="button"], [role="menu"] *',
  /** The profile nav link, href="/@handle" (UNVERIFIED). */
  profileLink: 'a[href^="/@"]',
  /** The icon that marks the profile nav link among other /@ links (UNVERIFIED). */
  profileIcon: 'svg[aria-label="Profile"]',
} as const;

const POST_LABELS = ['Post', 'Post all'];
const REPOST_LABELS = ['Repost'];
const QUOTE_LABELS = ['Quote'];

function postTextNear(element: Element): string | undefined {
  return postText(element.closest(threadsSelectors.post));
}

function findComposers(document: Document): Composer[] {
  const composers: Composer[] = [];
  const editors = Array.from(document.querySelectorAll<HTMLElement>(threadsSelectors.editor));
  for (const editor of editors) {
    const dialog = editor.closest(threadsSelectors.dialog);
    const siblings = editors.filter((other) => other.closest(threadsSelectors.dialog) === dialog);
    const composer: Composer = {
      editor,
      kind: 'post',
      postButton: () => findByText(dialog ?? editor.parentElement ?? document, threadsSelectors.button, POST_LABELS),
    };
    if (siblings.length > 1) composer.thread = { index: siblings.indexOf(editor), count: siblings.length };
    composers.push(composer);
  }
  return composers;
}

export const threads: SiteAdapter = {
  id: 'threads',
  platform: 'threads',
  matches: ({ hostname }) => hostname === 'www.threads.com' || hostname === 'www.threads.net' || hostname === 'threads.com' || hostname === 'threads.net',
  findComposers,
  handle(document) {
    for (const link of Array.from(document.querySelectorAll(threadsSelectors.profileLink))) {
      if (!link.querySelector(threadsSelectors.profileIcon)) continue;
      const name = /^\/@([A-Za-z0-9._]{1,30})\/?$/.exec(link.getAttribute('href') ?? '')?.[1];
      if (name) return `@${name}`;
    }
    return undefined;
  },
  readText: (editor) => readContentEditable(editor),
  classifyClick(target) {
    const quotedText = postTextNear(target);
    const meaning = (kind: 'reply' | 'quote' | 'repost' | 'repost-menu') => (quotedText ? { kind, quotedText } : { kind });
    const button = target.closest(threadsSelectors.button);
    if (button?.querySelector(threadsSelectors.replyIcon)) return meaning('reply');
    if (button?.querySelector(threadsSelectors.repostIcon)) return meaning('repost-menu');
    const entry = target.closest(threadsSelectors.menuEntry);
    const label = normaliseLabel(entry?.textContent);
    if (entry && REPOST_LABELS.includes(label)) return meaning('repost');
    if (entry && QUOTE_LABELS.includes(label)) return meaning('quote');
    return undefined;
  },
};
