// @vitest-environment jsdom
// jsdom has no CSS Custom Highlight API: a stand-in registry records what would be painted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, HIGHLIGHT_STYLE_ID, clearHighlights, setHighlights } from './highlights';
import { TextareaMirror } from './textarea-mirror';

class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

const registry = new Map<string, FakeHighlight>();
const scope = window as unknown as { CSS?: unknown; Highlight?: unknown };

beforeEach(() => {
  registry.clear();
  scope.CSS = { highlights: registry };
  scope.Highlight = FakeHighlight;
  document.head.innerHTML = '';
  document.body.innerHTML = '<div contenteditable="true" id="editor"><p>Vote Labour now, says the union</p></div>';
});
afterEach(() => {
  delete scope.CSS;
  delete scope.Highlight;
});

function rangeOf(start: number, end: number): Range {
  const range = document.createRange();
  const text = document.querySelector('p')!.firstChild!;
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

describe('highlights on contenteditable editors', () => {
  it('paints each compose box\'s ranges into the two named highlights, with one style element', () => {
    const first = {};
    const second = {};
    setHighlights(document, first, { warning: [rangeOf(0, 4)], serious: [rangeOf(5, 11)] });
    setHighlights(document, second, { warning: [rangeOf(26, 31)], serious: [] });
    expect(registry.get(HIGHLIGHT_NAMES.serious)!.ranges.map(String)).toEqual(['Labour']);
    expect(registry.get(HIGHLIGHT_NAMES.warning)!.ranges.map(String)).toEqual(['Vote', 'union']);
    expect(document.querySelectorAll(`#${HIGHLIGHT_STYLE_ID}`)).toHaveLength(1);
    expect(document.getElementById(HIGHLIGHT_STYLE_ID)!.textContent).toContain('::highlight(sense-check-serious)');
    clearHighlights(document, first);
    expect(registry.has(HIGHLIGHT_NAMES.serious)).toBe(false);
    expect(registry.get(HIGHLIGHT_NAMES.warning)!.ranges.map(String)).toEqual(['union']);
    clearHighlights(document, second);
  });

  it('clears a box\'s ranges, and the style once nothing is left; the editor is untouched throughout', () => {
    const editorHtml = document.getElementById('editor')!.outerHTML;
    const owner = {};
    setHighlights(document, owner, { warning: [rangeOf(0, 4)], serious: [] });
    clearHighlights(document, owner);
    expect(registry.size).toBe(0);
    expect(document.getElementById(HIGHLIGHT_STYLE_ID)).toBeNull();
    expect(document.getElementById('editor')!.outerHTML).toBe(editorHtml);
  });
});

describe('the textarea mirror', () => {
  it('marks the passages over the textarea, outside it, and leaves the textarea alone', () => {
    document.body.innerHTML = '<textarea>Vote Labour now</textarea>';
    const textarea = document.querySelector('textarea')!;
    const mirror = new TextareaMirror(textarea);
    mirror.update([{ start: 5, end: 11, level: 'serious' }]);
    const marks = [...mirror.host.shadowRoot!.querySelectorAll('mark')];
    expect(marks.map((mark) => [mark.textContent, mark.dataset.level])).toEqual([['Labour', 'serious']]);
    expect(mirror.host.parentElement).toBe(document.body);
    expect(mirror.host.style.pointerEvents).toBe('none');
    expect(textarea.value).toBe('Vote Labour now');
    mirror.destroy();
    expect(mirror.host.isConnected).toBe(false);
  });
});
