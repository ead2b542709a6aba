// X (x.com, twitter.com): Draft.js editors on desktop, a textarea on mobile web. Sources are
// SITES.md "X / Twitter" (S1 = insin/control-panel-for-twitter, S5 = tang-vu/social-posting-skills).
import type { Composer, SiteAdapter } from './types';
import { readContentEditable, readTextField } from './editor-text';
import { nearestMatching, normaliseLabel, postText } from './dom-lookup';

export const xSelectors = {
  /** Every compose box: main, reply, quote, modal and each box of a thread (tweetTextarea_0, _1, …);
   *  the [contenteditable] / textarea part leaves out the _label and RichTextInputContainer wrappers [S1][S5]. */
  editor: '[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"]',
  /** Draft.js blocks: one per line, text in span[data-text] leaves (SITES.md X (c)). */
  block: '[data-block="true"]',
  /** A block's text leaves: span[data-text] holds text, br[data-text] an empty line (SITES.md X (c)). */
  leaf: '[data-text="true"]',
  /** The /compose/post modal and the reply modal, mounted in #layers [S1]. */
  modal: '[role="dialog"]',
  /** Post buttons: inline on the home timeline and for inline replies; "Post"/"Post all" in modals [S1][S5]. */
  postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  /** The post being replied to, shown in the reply modal or above an inline reply on a status page [S1 isReply]. */
  tweet: 'article[data-testid="tweet"]',
  /** A post's text inside its article [S1][S5]. */
  tweetText: '[data-testid="tweetText"]',
  /** Reply control under a post [S1][S5]. */
  replyControl: '[data-testid="reply"]',
  /** Opens the Repost / Quote menu [S1][S5]. */
  repostMenuControl: '[data-testid="retweet"]',
  /** Repost as-is, in that menu (both testids have been seen) [S1][S5]. */
  repostConfirm: '[data-testid="retweetConfirm"], [data-testid="repostConfirm"]',
  /** Quote, in that menu: a link to the compose modal [S1]. */
  quoteMenuItem: 'a[role="menuitem"][href="/compose/post"]',
  /** The account switcher's avatar, whose testid ends with the handle [3p 2026-05-20]. */
  accountAvatar: '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
  /** The profile tab link, href="/<handle>" [3p]. */
  profileLink: 'a[data-testid="AppTabBar_Profile_Link"]',
} as const;

/** Button labels that mean the box replies (SITES.md X (e): button text "Reply"). */
const REPLY_BUTTON_LABELS = ['Reply', 'Reply all'];
const HANDLE_RE = /^[A-Za-z0-9_]{1,15}$/;

function threadPosition(editor: HTMLElement): number {
  const match = /^tweetTextarea_(\d+)$/.exec(editor.dataset.testid ?? '');
  return match ? Number(match[1]) : 0;
}

function findComposers(document: Document): Composer[] {
  const editors = Array.from(document.querySelectorAll<HTMLElement>(xSelectors.editor));
  return editors.map((editor) => {
    const modal = editor.closest(xSelectors.modal);
    const postButton = () => nearestMatching(editor, xSelectors.postButton);
    // The post replied to: inside the reply modal, or the status page's post above an inline reply.
    const parentTweet = modal?.querySelector(xSelectors.tweet) ?? null;
    const buttonLabel = normaliseLabel(postButton()?.textContent);
    const isReply = parentTweet !== null || REPLY_BUTTON_LABELS.includes(buttonLabel);
    const siblings = (modal ?? document).querySelectorAll(xSelectors.editor).length;
    const composer: Composer = {
      editor,
      kind: isReply ? 'reply' : 'post',
      postButton,
      shortcut: 'mod+enter',
    };
    const quoted = postText(parentTweet?.querySelector(xSelectors.tweetText));
    if (quoted) composer.quotedText = quoted;
    if (siblings > 1) composer.thread = { index: threadPosition(editor), count: siblings };
    return composer;
  });
}

export const x: SiteAdapter = {
  id: 'x',
  platform: 'x',
  matches: ({ hostname }) => hostname === 'x.com' || hostname === 'twitter.com' || hostname === 'mobile.x.com',
  findComposers,
  handle(document) {
    const avatar = document.querySelector<HTMLElement>(xSelectors.accountAvatar);
    const fromAvatar = avatar?.dataset.testid?.slice('UserAvatar-Container-'.length);
    if (fromAvatar && HANDLE_RE.test(fromAvatar)) return `@${fromAvatar}`;
    const href = document.querySelector(xSelectors.profileLink)?.getAttribute('href')?.replace(/^\//, '');
    return href && HANDLE_RE.test(href) ? `@${href}` : undefined;
  },
  readText(editor) {
    if (editor instanceof HTMLTextAreaElement) return readTextField(editor);
    return readContentEditable(editor, { block: xSelectors.block, leaf: xSelectors.leaf });
  },
  classifyClick(target) {
    const quotedText = postText(target.closest(xSelectors.tweet)?.querySelector(xSelectors.tweetText));
    const meaning = (kind: 'reply' | 'quote' | 'repost' | 'repost-menu') => (quotedText ? { kind, quotedText } : { kind });
    if (target.closest(xSelectors.replyControl)) return meaning('reply');
    if (target.closest(xSelectors.repostMenuControl)) return meaning('repost-menu');
    if (target.closest(xSelectors.repostConfirm)) return meaning('repost');
    if (target.closest(xSelectors.quoteMenuItem)) return meaning('quote');
    return undefined;
  },
};
