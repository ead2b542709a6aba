// Underlines of flagged passages in contenteditable editors, with the CSS Custom Highlight API: the
// browser paints the ranges, the editor's DOM is never touched (SITES.md "Never write into the
// editors' DOM"). One registry per document: every compose box's ranges go into the same two named
// highlights, and one <style> in the document's <head> styles them.

export type HighlightLevel = 'warning' | 'serious';

export const HIGHLIGHT_NAMES: Record<HighlightLevel, string> = {
  warning: 'sense-check-warning',
  serious: 'sense-check-serious',
};
export const HIGHLIGHT_STYLE_ID = 'sense-check-highlight-style';

const HIGHLIGHT_CSS = `
::highlight(sense-check-warning) { background-color: rgba(245, 158, 11, 0.22); text-decoration: underline wavy #b45309; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(sense-check-serious) { background-color: rgba(220, 38, 38, 0.18); text-decoration: underline wavy #b91c1c; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;

interface HighlightApi {
  registry: { set(name: string, value: unknown): unknown; delete(name: string): unknown };
  create(ranges: Range[]): unknown;
}

function highlightApi(document: Document): HighlightApi | undefined {
  try {
    const view = document.defaultView as (Window & { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: new (...ranges: Range[]) => unknown }) | null;
    const registry = view?.CSS?.highlights;
    const HighlightClass = view?.Highlight;
    if (!registry || !HighlightClass) return undefined;
    return { registry, create: (ranges) => new HighlightClass(...ranges) };
  } catch {
    return undefined; // a frame we may not script
  }
}

class DocumentHighlights {
  readonly #document: Document;
  readonly #owners = new Map<object, Record<HighlightLevel, Range[]>>();

  constructor(document: Document) {
    this.#document = document;
  }

  get empty(): boolean {
    return this.#owners.size === 0;
  }

  set(owner: object, ranges: Record<HighlightLevel, Range[]>): void {
    if (ranges.warning.length === 0 && ranges.serious.length === 0) this.#owners.delete(owner);
    else this.#owners.set(owner, ranges);
    this.#paint();
  }

  #paint(): void {
    const api = highlightApi(this.#document);
    if (!api) return;
    for (const level of ['warning', 'serious'] as const) {
      const ranges = [...this.#owners.values()].flatMap((entry) => entry[level]);
      if (ranges.length === 0) api.registry.delete(HIGHLIGHT_NAMES[level]);
      else api.registry.set(HIGHLIGHT_NAMES[level], api.create(ranges));
    }
    this.#syncStyle();
  }

  #syncStyle(): void {
    const existing = this.#document.getElementById(HIGHLIGHT_STYLE_ID);
    if (this.#owners.size === 0) {
      existing?.remove();
      return;
    }
    if (existing) return;
    const style = this.#document.createElement('style');
    style.id = HIGHLIGHT_STYLE_ID;
    style.textContent = HIGHLIGHT_CSS;
    (this.#document.head ?? this.#document.documentElement).append(style);
  }
}

const byDocument = new WeakMap<Document, DocumentHighlights>();

/** Replaces `owner`'s highlighted ranges in that document; empty lists remove them. */
export function setHighlights(document: Document, owner: object, ranges: Record<HighlightLevel, Range[]>): void {
  let highlights = byDocument.get(document);
  if (!highlights) {
    highlights = new DocumentHighlights(document);
    byDocument.set(document, highlights);
  }
  highlights.set(owner, ranges);
}

export function clearHighlights(document: Document, owner: object): void {
  byDocument.get(document)?.set(owner, { warning: [], serious: [] });
}
