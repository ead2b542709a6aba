// Mastodon (mastodon.social and any instance the user enables): one compose form with a
// React-controlled <textarea>. First-party source: SITES.md "Mastodon" (S2 = glitch-soc/mastodon
// @839591f2, vanilla flavour; the redesign composer in mastodon/mastodon@095cbac1).
import type { Composer, SiteAdapter } from './types';
import { readTextField } from './editor-text';
import { postText } from './dom-lookup';

export const mastodonSelectors = {
  /** The compose textarea (react-textarea-autosize); the app's own `n` hotkey focuses exactly this [S2 features/ui/index.jsx].
   *  Keyed on the textarea, not the form, because the redesign composer uses hashed classes. */
  editor: 'textarea.autosuggest-textarea__textarea',
  /** The compose form: classic `form.compose-form`, or the redesign's `form[role=dialog]` [S2]. */
  form: 'form.compose-form, form',
  /** Content warning field: checked along with the text [S2]. */
  contentWarning: 'input#cw-spoiler-input, .spoiler-input input',
  /** Submit: a real <button>, "Post", "Reply" or "Update" [S2 compose_form.jsx]. */
  postButton: '.compose-form__submit button[type="submit"], button[type="submit"]',
  /** Present inside the form when replying; the post replied to is in __content [S2]. */
  replyIndicator: '.reply-indicator',
  /** The text of the post replied to, inside the reply indicator [S2]. */
  replyContent: '.reply-indicator__content',
  /** Editing an existing post [S2]. */
  editIndicator: '.edit-indicator',
  /** Quoting (4.5+): ComposeQuotedStatus inside the form [S2]. */
  quote: '.status__quote',
  /** A post in a timeline and its text [S2]. */
  status: '.status, article',
  /** A post's text [S2]. */
  statusContent: '.status__content',
  /** The boost button: titled "Boost" (boosts at once) or "Boost or quote" (opens a menu) [S2]. */
  boostButton: 'button.status__action-bar__button',
  /** The boost button's icon, which tells it from the other action-bar buttons [S2]. */
  boostIcon: 'svg.icon-retweet',
  /** Page markers of a Mastodon instance, for hosts the user enables: the initial state script [S2 initial_state_serializer.rb]. */
  initialState: 'script#initial-state',
  /** The app's mount point (`div#mastodon.app-holder`) or, before it mounts, the compose textarea [S2]. */
  appRoot: '#mastodon, .app-holder, textarea.autosuggest-textarea__textarea',
} as const;

function findComposers(document: Document): Composer[] {
  return Array.from(document.querySelectorAll<HTMLTextAreaElement>(mastodonSelectors.editor), (editor) => {
    const form = editor.closest(mastodonSelectors.form);
    const replyIndicator = form?.querySelector(mastodonSelectors.replyIndicator);
    const quote = form?.querySelector(mastodonSelectors.quote);
    const composer: Composer = {
      editor,
      kind: replyIndicator ? 'reply' : quote ? 'quote' : 'post',
      postButton: () => form?.querySelector<HTMLElement>(mastodonSelectors.postButton) ?? null,
      // handleKeyDownPost: e.key === 'enter' && (ctrlKey || metaKey) [S2 compose_form.jsx]
      shortcut: 'mod+enter',
    };
    const quoted = postText(replyIndicator?.querySelector(mastodonSelectors.replyContent) ?? quote);
    if (quoted) composer.quotedText = quoted;
    return composer;
  });
}

/**
 * '@acct@domain' from the initial state: accounts[meta.me].acct and meta.domain. The same JSON
 * holds meta.access_token: only `me`, `domain` and that account's `acct` are read; nothing is kept.
 */
function handle(document: Document): string | undefined {
  try {
    const state = JSON.parse(document.querySelector(mastodonSelectors.initialState)?.textContent ?? 'null') as {
      meta?: { me?: unknown; domain?: unknown };
      accounts?: Record<string, { acct?: unknown }>;
    } | null;
    const me = state?.meta?.me;
    const acct = typeof me === 'string' ? state?.accounts?.[me]?.acct : undefined;
    if (typeof acct !== 'string' || !acct) return undefined;
    const domain = state?.meta?.domain;
    return acct.includes('@') || typeof domain !== 'string' ? `@${acct}` : `@${acct}@${domain}`;
  } catch {
    return undefined;
  }
}

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  platform: 'mastodon',
  // mastodon.social by default; any other instance only once the user enables it, recognised by its markers.
  matches: ({ hostname }, document) =>
    hostname === 'mastodon.social' ||
    (document.querySelector(mastodonSelectors.initialState) !== null && document.querySelector(mastodonSelectors.appRoot) !== null),
  findComposers,
  handle,
  readText(editor) {
    const field = editor as HTMLTextAreaElement;
    const form = field.closest(mastodonSelectors.form);
    const warning = form?.querySelector<HTMLInputElement>(mastodonSelectors.contentWarning)?.value.trim();
    // The content warning is posted with the text, so it is checked too (first, on its own line).
    return readTextField(field, warning ? `${warning}\n` : '');
  },
  classifyClick(target) {
    const button = target.closest(mastodonSelectors.boostButton);
    if (!button?.querySelector(mastodonSelectors.boostIcon)) return undefined;
    const quotedText = postText(button.closest(mastodonSelectors.status)?.querySelector(mastodonSelectors.statusContent));
    // "Boost or quote" opens a menu (4.5+); plain "Boost" boosts straight away.
    const kind = /quote/i.test(button.getAttribute('title') ?? '') ? 'repost-menu' : 'repost';
    return quotedText ? { kind, quotedText } : { kind };
  },
};
