// @vitest-environment jsdom
// Every adapter: named after its file, listed in the registry, selectors kept as data with a
// comment on each (which composer it matches, on what source), and soft failure: on a page it
// does not recognise (a redesign), it finds nothing and throws nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteAdapters } from './index';

const FILES = ['x', 'facebook', 'linkedin', 'bluesky', 'mastodon', 'threads', 'generic'];

describe('the site adapters', () => {
  it('are one file each, registered once, with the file name as id', () => {
    expect(siteAdapters.map((adapter) => adapter.id)).toEqual(FILES);
  });

  it.each(FILES)('%s keeps its selectors as data, each with a comment', (file) => {
    const source = readFileSync(join(import.meta.dirname, `${file}.ts`), 'utf8');
    const block = new RegExp(`export const ${file}Selectors = \\{([\\s\\S]*?)\\n\\} as const;`).exec(source)?.[1];
    expect(block, `${file}.ts exports ${file}Selectors`).toBeDefined();
    const lines = block!.split('\n');
    const keys = lines.map((line, index) => ({ line, index })).filter(({ line }) => /^ {2}[a-zA-Z]+: /.test(line));
    expect(keys.length).toBeGreaterThan(2);
    for (const { line, index } of keys) {
      const before = lines.slice(0, index).reverse().find((previous) => previous.trim() !== '') ?? '';
      expect(/\*\/\s*$|^\s*\/\//.test(before), `${file}.ts: comment before "${line.trim()}"`).toBe(true);
    }
  });

  it.each(FILES)('%s finds nothing and does not throw on an unrelated page', (file) => {
    const adapter = siteAdapters.find((each) => each.id === file)!;
    document.body.innerHTML = '<header><nav><a href="/">Home</a></nav></header><main><article><p>News</p><button>Share</button></article></main>';
    if (file !== 'generic') expect(adapter.findComposers(document)).toEqual([]);
    expect(() => adapter.handle(document)).not.toThrow();
    expect(adapter.classifyClick?.(document.querySelector('button')!)).toBeUndefined();
  });
});
