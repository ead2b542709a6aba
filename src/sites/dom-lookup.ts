// DOM look-ups several adapters share: the control nearest an editor, visible text of a post.

/**
 * The first element matching `selector` in the closest ancestor of `from` that has one: the
 * composer's own button (X's toolBar is a sibling subtree of the editor, not an ancestor).
 * Stops at `boundary` (inclusive) when given.
 */
export function nearestMatching(from: Element, selector: string, boundary?: Element | null): HTMLElement | null {
  for (let ancestor = from.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const found = ancestor.querySelector<HTMLElement>(selector);
    if (found) return found;
    if (ancestor === boundary) break;
  }
  return null;
}

/** The first element under `root` matching `selector` whose own text (trimmed) is one of `labels`. */
export function findByText(root: ParentNode, selector: string, labels: readonly string[]): HTMLElement | null {
  for (const element of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
    if (labels.includes(normaliseLabel(element.textContent))) return element;
  }
  return null;
}

export function normaliseLabel(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Visible text of a post element for quoting, or undefined when empty. Limited to a sane length. */
export function postText(element: Element | null | undefined): string | undefined {
  const text = normaliseLabel(element?.textContent);
  return text ? text.slice(0, 5000) : undefined;
}
