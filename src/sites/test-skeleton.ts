// Test helper (imported only by *.test.ts): loads a site's skeleton HTML from
// /work/shared/sites (../shared/sites beside the repo in CI), or from the copy in
// tests/fixtures/skeletons when the shared folder is absent, into the jsdom document.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function skeletonHtml(site: string): string {
  for (const dir of [join(repoRoot, '../shared/sites'), join(repoRoot, 'tests/fixtures/skeletons')]) {
    const file = join(dir, `${site}.html`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  throw new Error(`No skeleton for ${site} in ../shared/sites or tests/fixtures/skeletons`);
}

/** Puts the skeleton into the test document's body (scripts do not run in jsdom). */
export function loadSkeleton(site: string): Document {
  document.body.innerHTML = skeletonHtml(site);
  return document;
}

/** jsdom has no layout; generic-adapter tests give elements a size. */
export function giveSize(element: Element, width: number, height: number): void {
  element.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height, toJSON: () => ({}) }) as DOMRect;
}
