// What opened the next compose box. The DOM often does not say whether a composer replies or
// quotes (X's quote card, Bluesky's embed, Threads), so the click that opened it is the most
// reliable sign (SITES.md X (e), Bluesky (e), Threads (e)). A repost menu remembers which post it
// belongs to, so that its "Quote" and "Repost" entries (rendered elsewhere, e.g. X's #layers) can
// name the quoted text.
import type { ClickMeaning } from '../sites/types';

/** A composer that appears this long after the click is still the one the click opened. */
export const OPENER_MEMORY_MS = 15_000;
const MENU_MEMORY_MS = 60_000;

export class OpenerTracker {
  #opener: { meaning: ClickMeaning; at: number } | undefined;
  #menu: { quotedText: string; at: number } | undefined;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Records a classified click; returns the meaning with the quoted text filled in from the menu it came from. */
  record(meaning: ClickMeaning): ClickMeaning {
    const at = this.#now();
    if (meaning.kind === 'repost-menu') {
      if (meaning.quotedText) this.#menu = { quotedText: meaning.quotedText, at };
      return meaning;
    }
    const quotedText = this.quotedTextFor(meaning);
    const resolved: ClickMeaning = quotedText ? { kind: meaning.kind, quotedText } : { kind: meaning.kind };
    if (resolved.kind === 'reply' || resolved.kind === 'quote') this.#opener = { meaning: resolved, at };
    return resolved;
  }

  /** The text a reply, quote or repost control refers to: its own post, or the post whose menu it sits in. */
  quotedTextFor(meaning: ClickMeaning): string | undefined {
    if (meaning.quotedText) return meaning.quotedText;
    const menu = this.#menu;
    return menu && this.#now() - menu.at <= MENU_MEMORY_MS ? menu.quotedText : undefined;
  }

  /** The recent reply or quote click that opened the composers appearing now (every box of a thread it opened). */
  takeOpener(): ClickMeaning | undefined {
    const opener = this.#opener;
    if (!opener || this.#now() - opener.at > OPENER_MEMORY_MS) return undefined;
    return opener.meaning;
  }
}
