// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readContentEditable, readTextField } from './editor-text';

function editorOf(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="editor">${html}</div>`;
  return document.getElementById('editor')!;
}

function rangeText(html: string, start: number, end: number): string | undefined {
  const text = readContentEditable(editorOf(html));
  const located = text.locate(start, end);
  return located?.type === 'range' ? located.range.toString() : undefined;
}

describe('reading editor text', () => {
  it('joins one <p> per line with a single newline (Lexical, Quill, ProseMirror), not innerText\'s double', () => {
    expect(readContentEditable(editorOf('<p>a</p><p>b</p>')).text).toBe('a\nb');
  });

  it('reads an empty <p><br></p> as an empty line', () => {
    expect(readContentEditable(editorOf('<p>Hello</p><p><br></p><p>World</p>')).text).toBe('Hello\n\nWorld');
  });

  it('keeps a Lexical/Quill soft <br> inside a paragraph as a line break, but not the trailing one', () => {
    expect(readContentEditable(editorOf('<p><span>a</span><br><span>b</span></p>')).text).toBe('a\nb');
    // Lexical renders a paragraph ending in a line break with an extra <br>.
    expect(readContentEditable(editorOf('<p><span>a</span><br><br></p>')).text).toBe('a\n');
  });

  it('ignores ProseMirror\'s trailing break and keeps a hard break', () => {
    expect(readContentEditable(editorOf('<p>a<br><br class="ProseMirror-trailingBreak"></p><p>b</p>')).text).toBe('a\n\nb');
    expect(readContentEditable(editorOf('<p><br class="ProseMirror-trailingBreak"></p>')).text).toBe('');
  });

  it('reads mentions and links as their text', () => {
    expect(readContentEditable(editorOf('<p>Hi <span class="mention" data-id="bob.test">@bob.test</span> #tag</p>')).text).toBe('Hi @bob.test #tag');
  });

  it('leaves out rendered placeholders', () => {
    expect(readContentEditable(editorOf('<p><span data-rich-text-placeholder="Type / to choose a block" contenteditable="false">Type /</span></p>')).text).toBe('');
  });

  it('reads a plain contenteditable: a bare first line, then <div> lines (Chrome\'s own markup)', () => {
    expect(readContentEditable(editorOf('first<div>second</div><div><br></div><div>fourth</div>')).text).toBe('first\nsecond\n\nfourth');
  });

  it('flattens lists into one line per item', () => {
    expect(readContentEditable(editorOf('<p>Intro</p><ul><li>one</li><li>two</li></ul>')).text).toBe('Intro\none\ntwo');
  });
});

describe('mapping offsets back to the DOM', () => {
  it('gives the exact passage inside one text node and across spans', () => {
    expect(rangeText('<p><span>Hello </span><span>world</span></p>', 3, 8)).toBe('lo wo');
    expect(rangeText('<p>Hello world</p>', 6, 11)).toBe('world');
  });

  it('spans paragraphs', () => {
    expect(rangeText('<p>one two</p><p>three</p>', 4, 13)).toBe('twothree'); // Range.toString has no newline for block boundaries
  });

  it('keeps emoji (surrogate pairs) and the text after them aligned', () => {
    const html = '<p>Great 👍🏽 day, vote 🗳️ Labour</p>';
    const text = readContentEditable(editorOf(html)).text;
    const start = text.indexOf('Labour');
    expect(rangeText(html, start, start + 'Labour'.length)).toBe('Labour');
    const thumb = text.indexOf('👍🏽');
    expect(rangeText(html, thumb, thumb + '👍🏽'.length)).toBe('👍🏽');
  });

  it('maps a passage on the second line after an empty line', () => {
    const html = '<p>a</p><p><br></p><p>bad words</p>';
    const text = readContentEditable(editorOf(html)).text;
    expect(text).toBe('a\n\nbad words');
    expect(rangeText(html, 3, 6)).toBe('bad');
  });

  it('refuses offsets outside the text, and ranges over nodes the editor has since replaced', () => {
    const editor = editorOf('<p>abc</p>');
    const text = readContentEditable(editor);
    expect(text.locate(2, 9)).toBeNull();
    editor.innerHTML = '<p>abc</p>';
    expect(text.locate(0, 2)).toBeNull();
  });

  it('maps a textarea with a prefix (Mastodon\'s content warning) to the textarea\'s own offsets', () => {
    document.body.innerHTML = '<textarea>hello world</textarea>';
    const field = document.querySelector('textarea')!;
    const text = readTextField(field, 'CW\n');
    expect(text.text).toBe('CW\nhello world');
    expect(text.locate(9, 14)).toEqual({ type: 'textarea', textarea: field, start: 6, end: 11 });
    expect(text.locate(0, 2)).toBeNull(); // the warning itself is not in the textarea
  });
});
