// Reads an editor's text the way the site will post it, and keeps a map from text offsets back to
// the DOM so findings can become Ranges (highlights, Apply). Shared "Cross-site rules" (SITES.md):
// never use innerText (it doubles the breaks around every <p>); walk the blocks and join them with
// "\n"; an empty block is an empty line; read the editable itself, never its wrapper, so
// placeholders (CSS ::before, Draft.js' sibling placeholder root) never enter the text.
// Offsets are UTF-16 code units, as in the DOM and in the engine, so emoji map one to one.

export type Located =
  | { type: 'range'; range: Range }
  | { type: 'textarea'; textarea: HTMLTextAreaElement | HTMLInputElement; start: number; end: number };

export interface EditorText {
  text: string;
  /** Where [start, end) of `text` lives now, or null when that part is not in the editor (or the DOM moved on). */
  locate(start: number, end: number): Located | null;
}

/** A text node's stretch of the text. */
interface Segment {
  node: Text;
  start: number;
}

/** Empty lines have no text node; they locate to their block element. */
interface EmptyBlock {
  element: Node;
  start: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);

/** Rendered placeholders that hold text but are not part of the draft. */
const PLACEHOLDER_SELECTOR = '[data-rich-text-placeholder], .public-DraftEditorPlaceholder-root';

function isBlockElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);
}

/**
 * The editor's blocks, in order: each is a list of sibling nodes making one line group. Block
 * children become blocks (lists and wrappers holding blocks are flattened); runs of inline nodes
 * between them (a plain contenteditable's first line) form a block of their own.
 */
export function blocksOf(root: Node): Node[][] {
  const blocks: Node[][] = [];
  let inline: Node[] = [];
  const flushInline = () => {
    // Indentation between block elements in the markup is not typed text (typing never puts a raw
    // newline into a contenteditable's text node: Enter makes a new block).
    const markupOnly = inline.every((node) => node.nodeType === Node.TEXT_NODE && /^\s*\n\s*$/.test(node.textContent ?? ''));
    if (inline.length > 0 && !markupOnly) blocks.push(inline);
    inline = [];
  };
  for (const child of Array.from(root.childNodes)) {
    if (isBlockElement(child)) {
      flushInline();
      if (Array.from(child.childNodes).some(isBlockElement)) blocks.push(...blocksOf(child));
      else blocks.push([child]);
    } else if (child.nodeType === Node.ELEMENT_NODE || child.nodeType === Node.TEXT_NODE) {
      inline.push(child);
    }
  }
  flushInline();
  return blocks;
}

type Token = { type: 'text'; node: Text } | { type: 'break'; node: Element };

function tokensOf(block: Node[], leafSelector?: string): Token[] {
  const tokens: Token[] = [];
  if (leafSelector) {
    // Draft.js: the text is exactly the span[data-text] leaves; br[data-text] marks an empty line.
    for (const node of block) {
      const leaves = node.nodeType === Node.ELEMENT_NODE ? (node as Element).querySelectorAll(leafSelector) : [];
      for (const leaf of Array.from(leaves)) {
        for (const child of Array.from(leaf.childNodes)) if (child.nodeType === Node.TEXT_NODE) tokens.push({ type: 'text', node: child as Text });
      }
    }
    return tokens;
  }
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      tokens.push({ type: 'text', node: node as Text });
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.matches(PLACEHOLDER_SELECTOR)) return;
    if (element.tagName === 'BR') {
      tokens.push({ type: 'break', node: element });
      return;
    }
    for (const child of Array.from(element.childNodes)) visit(child);
  };
  for (const node of block) visit(node);
  // A <br> that ends its block is the editor's way of giving an empty or hard-broken line height
  // (Lexical and Quill: <p><br></p>; ProseMirror: br.ProseMirror-trailingBreak; Draft.js:
  // br[data-text]; Chrome's plain contenteditable: <div><br></div>); it is not a line break.
  const last = tokens[tokens.length - 1];
  if (last?.type === 'break') tokens.pop();
  return tokens;
}

/** Reads blocks (see blocksOf) into text with an offset map. */
export function readBlocks(blocks: Node[][], leafSelector?: string): EditorText {
  let text = '';
  const segments: Segment[] = [];
  const empties: EmptyBlock[] = [];
  blocks.forEach((block, index) => {
    if (index > 0) text += '\n';
    const blockStart = text.length;
    for (const token of tokensOf(block, leafSelector)) {
      if (token.type === 'break') {
        text += '\n';
      } else if (token.node.data.length > 0) {
        segments.push({ node: token.node, start: text.length });
        text += token.node.data;
      }
    }
    if (text.length === blockStart && block[0]) empties.push({ element: block[0], start: blockStart });
  });
  return { text, locate: (start, end) => locateInSegments(segments, empties, text, start, end) };
}

function boundary(segments: Segment[], empties: EmptyBlock[], offset: number, side: 'start' | 'end'): { node: Node; offset: number } | null {
  // The segment holding the character after a start, or before an end; a start that falls on a
  // line break moves to the next segment, an end on a line break to the previous one.
  let best: { node: Node; offset: number } | null = null;
  for (const segment of segments) {
    const length = segment.node.data.length;
    const segmentEnd = segment.start + length;
    if (side === 'start' && offset >= segment.start && offset < segmentEnd) return { node: segment.node, offset: offset - segment.start };
    if (side === 'end' && offset > segment.start && offset <= segmentEnd) return { node: segment.node, offset: offset - segment.start };
    if (side === 'start' && segment.start >= offset) return { node: segment.node, offset: 0 };
    if (side === 'end' && segmentEnd <= offset) best = { node: segment.node, offset: length };
  }
  if (best) return best;
  const empty = empties.find((block) => block.start === offset);
  if (empty) return { node: empty.element, offset: 0 };
  // Only an end at or before the first text can get here; or a start past the last text.
  const edge = side === 'start' ? segments[segments.length - 1] : segments[0];
  if (!edge) return null;
  return side === 'start' ? { node: edge.node, offset: edge.node.data.length } : { node: edge.node, offset: 0 };
}

function locateInSegments(segments: Segment[], empties: EmptyBlock[], text: string, start: number, end: number): Located | null {
  if (!(start >= 0 && end >= start && end <= text.length)) return null;
  for (const segment of segments) {
    if (!segment.node.isConnected) return null; // the editor re-rendered since it was read
  }
  const from = boundary(segments, empties, start, 'start');
  const to = start === end ? from : boundary(segments, empties, end, 'end');
  if (!from || !to) return null;
  const document = from.node.ownerDocument;
  if (!document) return null;
  const range = document.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  if (range.collapsed && start !== end) return null;
  return { type: 'range', range };
}

/**
 * A contenteditable editor: its blocks; or, for Draft.js, the given block elements ([data-block])
 * read through their text leaves (span[data-text]).
 */
export function readContentEditable(editor: Element, structure?: { block: string; leaf: string }): EditorText {
  if (!structure) return readBlocks(blocksOf(editor));
  return readBlocks(Array.from(editor.querySelectorAll(structure.block), (block) => [block as Node]), structure.leaf);
}

/**
 * A textarea (or input): its value, optionally after a prefix that is checked but lives elsewhere
 * (Mastodon's content warning), which cannot be located.
 */
export function readTextField(field: HTMLTextAreaElement | HTMLInputElement, prefix = ''): EditorText {
  const value = field.value;
  const text = prefix + value;
  return {
    text,
    locate(start, end) {
      if (!(start >= prefix.length && end >= start && end <= text.length)) return null;
      if (field.value !== value) return null;
      return { type: 'textarea', textarea: field, start: start - prefix.length, end: end - prefix.length };
    },
  };
}
