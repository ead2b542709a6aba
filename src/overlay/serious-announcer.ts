// Tells screen-reader users about new serious findings without chatter on every keystroke: a polite
// live region that speaks only when the set of serious findings grows, once the user pauses typing.
// A finding is known by its rule and its words (offsets move as the user types; the words do not), so
// an edit elsewhere in the draft does not announce it again.
import type { Finding } from '../engine/index';
import { OPEN_PANEL_SHORTCUT } from './badge';

const QUIET_AFTER_MS = 7_000;

export interface SeriousAnnouncer {
  observe(text: string, findings: readonly Finding[]): void;
  stop(): void;
}

function seriousByKey(text: string, findings: readonly Finding[]): Map<string, Finding> {
  const serious = new Map<string, Finding>();
  for (const finding of findings) {
    if (finding.severity !== 'serious') continue;
    const key = `${finding.rule}|${text.slice(finding.start, finding.end).toLowerCase()}`;
    if (!serious.has(key)) serious.set(key, finding);
  }
  return serious;
}

export function announcementFor(fresh: readonly Finding[]): string {
  const [first] = fresh;
  if (!first) return '';
  const review = `Press ${OPEN_PANEL_SHORTCUT} to review.`;
  if (fresh.length === 1) return `Sense Check found a serious problem: ${first.message} ${review}`;
  return `Sense Check found ${fresh.length} serious problems. The first: ${first.message} ${review}`;
}

export function createSeriousAnnouncer(region: HTMLElement, debounceMs = 1_500): SeriousAnnouncer {
  const view = region.ownerDocument.defaultView ?? globalThis;
  let announced = new Set<string>();
  let latest: { text: string; findings: readonly Finding[] } = { text: '', findings: [] };
  let speakTimer: ReturnType<typeof setTimeout> | undefined;
  let clearTimer: ReturnType<typeof setTimeout> | undefined;

  const speak = () => {
    speakTimer = undefined;
    const current = seriousByKey(latest.text, latest.findings);
    const fresh = [...current].filter(([key]) => !announced.has(key)).map(([, finding]) => finding);
    for (const key of current.keys()) announced.add(key);
    if (fresh.length === 0) return;
    region.textContent = announcementFor(fresh);
    // Cleared later so a reader browsing the page does not meet a stale message.
    view.clearTimeout(clearTimer);
    clearTimer = view.setTimeout(() => (region.textContent = ''), QUIET_AFTER_MS);
  };

  return {
    observe(text, findings) {
      latest = { text, findings };
      // A new, empty draft starts afresh: its serious findings are news again.
      if (text.trim() === '') announced = new Set();
      if (speakTimer !== undefined) {
        // Still typing: wait for the pause.
        view.clearTimeout(speakTimer);
        speakTimer = view.setTimeout(speak, debounceMs);
        return;
      }
      const grows = [...seriousByKey(text, findings).keys()].some((key) => !announced.has(key));
      if (grows) speakTimer = view.setTimeout(speak, debounceMs);
    },
    stop() {
      view.clearTimeout(speakTimer);
      view.clearTimeout(clearTimer);
      speakTimer = undefined;
    },
  };
}
