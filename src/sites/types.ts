// The interface every site adapter implements (one file per site, selectors as data). An adapter
// only reads: it finds compose boxes, reads their text, tells what kind of post they make and who
// is posting. It never runs a rule and never writes into the page.
import type { Platform, PostKind } from '../engine/types';
import type { EditorText } from './editor-text';

export interface Composer {
  /** The element the user types into: a contenteditable root or a textarea. */
  editor: HTMLElement;
  /** What the DOM says this box makes; 'post' when it shows no sign of anything else. */
  kind: PostKind;
  /** The text of the post being replied to, quoted or reposted, when the composer shows it. */
  quotedText?: string;
  /** Position among the boxes of a thread being composed. */
  thread?: { index: number; count: number };
  /** The button that sends this box, looked up when needed (sites re-render it). */
  postButton(): HTMLElement | null;
  /** The keyboard shortcut that sends: Ctrl/Cmd+Enter, or plain Enter (Facebook comments). */
  shortcut?: 'mod+enter' | 'enter';
}

/** What a click on a control in the page means for the next composer or for a repost. */
export type ClickMeaning =
  | { kind: 'reply' | 'quote'; quotedText?: string }
  /** A menu that offers repost and quote opened: remember the post it belongs to. */
  | { kind: 'repost-menu'; quotedText?: string }
  /** This click reposts as-is, without a composer. */
  | { kind: 'repost'; quotedText?: string };

export interface SiteAdapter {
  /** The file name: 'x', 'facebook', ..., 'generic'. */
  id: string;
  platform: Platform;
  /** Runs on this page? Built-in sites match by host; Mastodon also by its page markers. */
  matches(location: { hostname: string }, document: Document): boolean;
  findComposers(document: Document): Composer[];
  /** The logged-in account, e.g. '@jdoe'; undefined when the page does not show it. */
  handle(document: Document): string | undefined;
  /** The editor's text as the site will post it, with a map from offsets back to the DOM. */
  readText(editor: HTMLElement): EditorText;
  /** Reply, quote and repost controls: what a click on `target` means, if anything. */
  classifyClick?(target: Element): ClickMeaning | undefined;
  /** The platform of one editor, where it differs by editor (the generic adapter: a blog post or "other"). */
  platformFor?(editor: HTMLElement): Platform;
  /** Documents besides the page's own to watch for composers (same-origin editor iframes). */
  extraDocuments?(document: Document): Document[];
}
