// Every site adapter, and the choice of one for a page: the six built-in sites by host name, then
// Mastodon by its page markers (instances the user enabled), then the generic adapter, which only
// ever runs on sites the user enabled (the manifest injects the content script on the six only).
import type { Platform } from '../engine/types';
import type { SiteAdapter } from './types';
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { generic } from './generic';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { threads } from './threads';
import { x } from './x';

export const siteAdapters: readonly SiteAdapter[] = [x, facebook, linkedin, bluesky, mastodon, threads, generic];

export function adapterFor(location: { hostname: string }, document: Document): SiteAdapter {
  return siteAdapters.find((adapter) => adapter.matches(location, document)) ?? generic;
}

export function platformOf(adapter: SiteAdapter, editor: HTMLElement): Platform {
  return adapter.platformFor?.(editor) ?? adapter.platform;
}

export type { Composer, SiteAdapter, ClickMeaning } from './types';
export type { EditorText, Located } from './editor-text';
