// The six fixture sites: where each is served (the real site's address, so the content script's
// match patterns apply), where its fixture page lives in dist-fixtures/, and how to reach its
// editor and post button. Selectors follow shared/sites/<site>.html.
import type { FixtureSite } from '../fixtures/fixture-api';
import { FIXTURE_PAGES } from '../fixtures/fixture-routes.mjs';

export interface SiteFixture {
  site: FixtureSite;
  /** The real address the fixture is served at. */
  url: string;
  /** The editor the user types into. */
  editor: string;
  /** The site's post button. */
  postButton: string;
  /** The site posts on Ctrl/Cmd+Enter too. */
  postShortcut: boolean;
  /** The editor is a <textarea> (highlights are a mirror, not CSS highlights). */
  textarea: boolean;
}

export const SITE_FIXTURES: Record<FixtureSite, SiteFixture> = {
  x: {
    site: 'x',
    url: FIXTURE_PAGES.x,
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
    postButton: '[data-testid="tweetButtonInline"]',
    postShortcut: true,
    textarea: false,
  },
  facebook: {
    site: 'facebook',
    url: FIXTURE_PAGES.facebook,
    editor: '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]',
    postButton: '[role="dialog"] [role="button"][aria-label="Post"]',
    postShortcut: false,
    textarea: false,
  },
  linkedin: {
    site: 'linkedin',
    url: FIXTURE_PAGES.linkedin,
    editor: '.share-creation-state__text-editor .ql-editor',
    postButton: 'button.share-actions__primary-action',
    postShortcut: false,
    textarea: false,
  },
  bluesky: {
    site: 'bluesky',
    url: FIXTURE_PAGES.bluesky,
    editor: '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]',
    postButton: '[data-testid="composerPublishBtn"]',
    postShortcut: true,
    textarea: false,
  },
  mastodon: {
    site: 'mastodon',
    url: FIXTURE_PAGES.mastodon,
    editor: 'textarea.autosuggest-textarea__textarea',
    postButton: '.compose-form__submit button[type="submit"]',
    postShortcut: true,
    textarea: true,
  },
  threads: {
    site: 'threads',
    url: FIXTURE_PAGES.threads,
    editor: '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]',
    postButton: '[role="dialog"] [role="button"]:text-is("Post")',
    postShortcut: false,
    textarea: false,
  },
};

export const ALL_SITES = Object.values(SITE_FIXTURES);
