// Keeps the overlay where it belongs as the page scrolls and resizes: the host at the editor's
// bottom-right corner, the panel beside the badge. Plain bounding-rect geometry, updated at most
// once a frame on scroll (any scrolling ancestor: capture phase), resize and the anchor's own size
// changes. @floating-ui/dom did this before, at ~6 kB gzipped of a content script whose budget is
// 30 kB; the overlay needs only two fixed placements, so it is not worth its weight here.

const EDGE_GAP = 6;
const VIEWPORT_PADDING = 8;

type Stop = () => void;

/** Calls `place` now and once a frame whenever the page scrolls or resizes or `watched` changes size. */
function trackLayout(watched: Element, place: () => void): Stop {
  const view = watched.ownerDocument.defaultView;
  let frame = 0;
  const schedule = () => {
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  place();
  view?.addEventListener('resize', schedule);
  view?.addEventListener('scroll', schedule, true);
  const Observer = view && 'ResizeObserver' in view ? (view as unknown as { ResizeObserver: typeof ResizeObserver }).ResizeObserver : undefined;
  const observer = Observer ? new Observer(schedule) : undefined;
  observer?.observe(watched);
  return () => {
    if (frame) view?.cancelAnimationFrame(frame);
    view?.removeEventListener('resize', schedule);
    view?.removeEventListener('scroll', schedule, true);
    observer?.disconnect();
  };
}

/**
 * Pins the host inside the anchor's bottom-right corner (where a compose box has padding and no text
 * buttons), and reports when the anchor scrolls out of view so the badge can hide with it.
 */
export function followAnchor(anchor: HTMLElement, host: HTMLElement, onAnchorHidden: (hidden: boolean) => void): Stop {
  const place = () => {
    const view = anchor.ownerDocument.defaultView;
    const box = anchor.getBoundingClientRect();
    const own = host.getBoundingClientRect();
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    const hidden = !anchor.isConnected || (box.width === 0 && box.height === 0) || box.bottom < 0 || box.top > height || box.right < 0 || box.left > width;
    const left = Math.max(2, Math.min(box.right - own.width - EDGE_GAP, width - own.width - 2));
    host.style.left = `${Math.round(left)}px`;
    host.style.top = `${Math.round(box.bottom - own.height - EDGE_GAP)}px`;
    onAnchorHidden(hidden);
  };
  return trackLayout(anchor, place);
}

/** Places the panel above the badge (below when there is no room), kept inside the viewport. */
export function followBadge(badge: HTMLElement, panel: HTMLElement): Stop {
  const place = () => {
    const view = panel.ownerDocument.defaultView;
    const viewportWidth = view?.innerWidth ?? 0;
    const viewportHeight = view?.innerHeight ?? 0;
    const from = badge.getBoundingClientRect();
    const roomAbove = from.top - 2 * VIEWPORT_PADDING;
    const roomBelow = viewportHeight - from.bottom - 2 * VIEWPORT_PADDING;
    const above = roomAbove >= roomBelow;
    panel.style.maxHeight = `${Math.max(160, Math.min(520, Math.floor(above ? roomAbove : roomBelow)))}px`;
    const own = panel.getBoundingClientRect();
    const left = Math.max(VIEWPORT_PADDING, Math.min(from.right - own.width, viewportWidth - own.width - VIEWPORT_PADDING));
    const top = above ? Math.max(VIEWPORT_PADDING, from.top - own.height - VIEWPORT_PADDING) : from.bottom + VIEWPORT_PADDING;
    panel.style.left = `${Math.round(left)}px`;
    panel.style.top = `${Math.round(top)}px`;
  };
  return trackLayout(badge, place);
}
