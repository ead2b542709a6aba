// Any other site the user enables from the popup (a blog, a council CMS, a forum): textareas and
// contenteditable editors of a reasonable size, and the WordPress block editor, whose post is the
// title plus every block, in the canvas iframe. Sources: SITES.md "WordPress block editor" (S4 =
// WordPress/gutenberg packages/editor post-title, post-publish-button; core admin-bar.php).
import type { Composer, SiteAdapter } from './types';
import { blocksOf, readBlocks, readContentEditable, readTextField } from './editor-text';
import { normaliseLabel } from './dom-lookup';

export const genericSelectors = {
  /** Plain editors: textareas and the roots of contenteditable regions. */
  textarea: 'textarea:not([readonly]):not([disabled])',
  /** Roots of rich-text editors: any contenteditable that is not inside another one. */
  contentEditable: '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
  /** Gutenberg's canvas iframe (WP ≥ 6.3) [S4]. */
  wordpressCanvas: 'iframe[name="editor-canvas"]',
  /** The canvas when not iframed (older setups) [S4]. */
  wordpressInlineCanvas: '#editor .editor-styles-wrapper',
  /** Block list root inside the canvas [S4 useBlockProps]. */
  wordpressRoot: '.is-root-container',
  /** The post title and each block's rich text, in document order [S4 post-title/index.js, RichText]. */
  wordpressText: 'h1.editor-post-title__input, .editor-post-title__input, .block-editor-rich-text__editable',
  /** Publish: the confirm button in the pre-publish panel, else the direct button (panel disabled,
   *  or already published). The "Publish…" toggle only opens the panel [S4 post-publish-button-or-toggle.js]. */
  wordpressPanelPublish: '.editor-post-publish-panel .editor-post-publish-button',
  /** The direct Publish / Update button when the pre-publish panel is off [S4]. */
  wordpressDirectPublish: '.editor-post-publish-button__button:not(.editor-post-publish-panel__toggle)',
  /** The logged-in user in the admin bar; .username only when it differs from the display name [core admin-bar.php]. */
  wordpressUser: ['#wp-admin-bar-user-info .username', '#wp-admin-bar-user-info .display-name', '#wp-admin-bar-my-account .display-name'],
  /** A form's own submit control, for plain editors. */
  submit: 'button[type="submit"], input[type="submit"]',
} as const;

/** Smaller boxes are search fields and chat inputs, not drafts. */
const MIN_WIDTH = 150;
const MIN_HEIGHT = 32;

function bigEnough(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width >= MIN_WIDTH && rect.height >= MIN_HEIGHT;
}

function isEditableRoot(element: HTMLElement): boolean {
  const parent = element.parentElement?.closest('[contenteditable]');
  return !parent || parent.getAttribute('contenteditable') === 'false';
}

function wordpressCanvas(document: Document): Element | null {
  const iframe = document.querySelector<HTMLIFrameElement>(genericSelectors.wordpressCanvas);
  let canvasDocument: Document | null = null;
  try {
    canvasDocument = iframe?.contentDocument ?? null; // null (or a throw) when cross-origin
  } catch {
    canvasDocument = null;
  }
  const inIframe = canvasDocument?.querySelector(genericSelectors.wordpressRoot) ?? canvasDocument?.body ?? null;
  if (inIframe?.querySelector(genericSelectors.wordpressText)) return inIframe;
  const inline = document.querySelector(genericSelectors.wordpressInlineCanvas);
  return inline?.querySelector(genericSelectors.wordpressText) ? inline : null;
}

function wordpressComposer(document: Document, canvas: Element): Composer {
  return {
    editor: canvas as HTMLElement,
    kind: 'post',
    postButton: () =>
      document.querySelector<HTMLElement>(genericSelectors.wordpressPanelPublish) ??
      document.querySelector<HTMLElement>(genericSelectors.wordpressDirectPublish),
  };
}

/** Title and blocks: each rich-text editable is a block (a list's items are blocks of their own). */
function readWordPress(canvas: Element) {
  const blocks = Array.from(canvas.querySelectorAll(genericSelectors.wordpressText)).flatMap((editable) => {
    const inner = blocksOf(editable);
    return inner.length > 1 ? inner : [[editable as Node]];
  });
  return readBlocks(blocks);
}

function findComposers(document: Document): Composer[] {
  const canvas = wordpressCanvas(document);
  if (canvas) return [wordpressComposer(document, canvas)];
  const composers: Composer[] = [];
  const candidates = [
    ...Array.from(document.querySelectorAll<HTMLElement>(genericSelectors.textarea)),
    ...Array.from(document.querySelectorAll<HTMLElement>(genericSelectors.contentEditable)).filter(isEditableRoot),
  ];
  for (const editor of candidates) {
    if (editor.closest('sense-check-root') || editor.closest('[aria-hidden="true"]') || !bigEnough(editor)) continue;
    const form = editor.closest('form');
    composers.push({ editor, kind: 'post', postButton: () => form?.querySelector<HTMLElement>(genericSelectors.submit) ?? null });
  }
  return composers;
}

export const generic: SiteAdapter = {
  id: 'generic',
  platform: 'other',
  // Only ever runs where the user enabled the extension; the registry puts it last.
  matches: () => true,
  findComposers,
  platformFor: (editor) => (editor.querySelector(genericSelectors.wordpressText) ? 'blog' : 'other'),
  handle(document) {
    // In order of preference: the login name, then the display name.
    for (const selector of genericSelectors.wordpressUser) {
      const name = normaliseLabel(document.querySelector(selector)?.textContent);
      if (name) return name;
    }
    return undefined;
  },
  readText(editor) {
    if (editor instanceof HTMLTextAreaElement) return readTextField(editor);
    if (editor.querySelector(genericSelectors.wordpressText)) return readWordPress(editor);
    return readContentEditable(editor);
  },
  extraDocuments(document) {
    const iframe = document.querySelector<HTMLIFrameElement>(genericSelectors.wordpressCanvas);
    try {
      return iframe?.contentDocument ? [iframe.contentDocument] : [];
    } catch {
      return [];
    }
  },
};
