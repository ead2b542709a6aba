// Highlights for textareas (Mastodon, mobile X, user-enabled sites): a textarea cannot hold
// ranges, so a mirror with the same box, font and scroll position lies over it, transparent except
// for the marks, and lets every pointer event through. The textarea itself is never changed.
import type { HighlightLevel } from './highlights';

export interface MirrorSpan {
  start: number;
  end: number;
  level: HighlightLevel;
}

export const MIRROR_TAG = 'sense-check-mirror';

/** The properties that decide where each character of a textarea is drawn. */
const COPIED_PROPERTIES = [
  'box-sizing', 'width', 'height', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-style',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant', 'font-feature-settings',
  'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'text-align', 'direction',
  'tab-size', 'white-space', 'word-break', 'overflow-wrap',
] as const;

const MARK_COLOURS: Record<HighlightLevel, string> = {
  warning: 'background: rgba(245, 158, 11, 0.28); border-bottom: 2px solid #b45309;',
  serious: 'background: rgba(220, 38, 38, 0.22); border-bottom: 2px solid #b91c1c;',
};

export class TextareaMirror {
  readonly host: HTMLElement;
  readonly #textarea: HTMLTextAreaElement | HTMLInputElement;
  readonly #box: HTMLDivElement;
  readonly #resizeObserver: ResizeObserver | undefined;
  #spans: MirrorSpan[] = [];
  #frame = 0;

  constructor(textarea: HTMLTextAreaElement | HTMLInputElement) {
    this.#textarea = textarea;
    const document = textarea.ownerDocument;
    this.host = document.createElement(MIRROR_TAG);
    this.host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; pointer-events: none; z-index: 2147483000; display: none;');
    this.host.setAttribute('aria-hidden', 'true');
    const shadow = this.host.attachShadow({ mode: import.meta.env.MODE === 'test' ? 'open' : 'closed' });
    this.#box = document.createElement('div');
    this.#box.dataset.part = 'mirror';
    shadow.append(this.#box);
    document.body.append(this.host);
    this.#textarea.addEventListener('scroll', this.#schedule);
    document.defaultView?.addEventListener('scroll', this.#schedule, true);
    document.defaultView?.addEventListener('resize', this.#schedule);
    const ResizeObserverClass = document.defaultView?.ResizeObserver;
    this.#resizeObserver = ResizeObserverClass ? new ResizeObserverClass(this.#schedule) : undefined;
    this.#resizeObserver?.observe(textarea);
  }

  /** Marks `spans` of the textarea's current value. */
  update(spans: MirrorSpan[]): void {
    this.#spans = spans;
    this.#render();
  }

  destroy(): void {
    this.#textarea.ownerDocument.defaultView?.cancelAnimationFrame?.(this.#frame);
    this.#textarea.removeEventListener('scroll', this.#schedule);
    const view = this.#textarea.ownerDocument.defaultView;
    view?.removeEventListener('scroll', this.#schedule, true);
    view?.removeEventListener('resize', this.#schedule);
    this.#resizeObserver?.disconnect();
    this.host.remove();
  }

  readonly #schedule = () => {
    const view = this.#textarea.ownerDocument.defaultView;
    if (!view?.requestAnimationFrame) return;
    view.cancelAnimationFrame(this.#frame);
    this.#frame = view.requestAnimationFrame(() => this.#position());
  };

  #render(): void {
    const document = this.#textarea.ownerDocument;
    const value = this.#textarea.value;
    const nodes: Node[] = [];
    let cursor = 0;
    for (const span of [...this.#spans].sort((a, b) => a.start - b.start)) {
      const start = Math.max(span.start, cursor);
      const end = Math.min(span.end, value.length);
      if (end <= start) continue;
      nodes.push(document.createTextNode(value.slice(cursor, start)));
      const mark = document.createElement('mark');
      mark.dataset.level = span.level;
      mark.setAttribute('style', `color: transparent; border-radius: 2px; ${MARK_COLOURS[span.level]}`);
      mark.textContent = value.slice(start, end);
      nodes.push(mark);
      cursor = end;
    }
    // A trailing newline needs a character after it to take up its line, as in the textarea.
    nodes.push(document.createTextNode(value.slice(cursor) + '\u200b'));
    this.#box.replaceChildren(...nodes);
    this.host.style.display = nodes.length > 1 ? 'block' : 'none';
    this.#position();
  }

  #position(): void {
    if (!this.#textarea.isConnected) return;
    const view = this.#textarea.ownerDocument.defaultView;
    const computed = view?.getComputedStyle(this.#textarea);
    const rect = this.#textarea.getBoundingClientRect();
    const copied = COPIED_PROPERTIES.map((property) => `${property}: ${computed?.getPropertyValue(property) ?? ''};`).join(' ');
    this.#box.setAttribute(
      'style',
      `${copied} position: absolute; margin: 0; overflow: hidden; color: transparent; border-color: transparent; background: transparent;` +
        ` white-space: pre-wrap; overflow-wrap: break-word; top: ${rect.top}px; left: ${rect.left}px; width: ${rect.width}px; height: ${rect.height}px; box-sizing: border-box;`,
    );
    this.#box.scrollTop = this.#textarea.scrollTop;
    this.#box.scrollLeft = this.#textarea.scrollLeft;
  }
}
