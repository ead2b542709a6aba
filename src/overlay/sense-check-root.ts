// The <sense-check-root> host element (DESIGN.md "Overlay host"). Defined once per window when the
// registry is reachable. In a Chrome content script `customElements` is null (the isolated world has
// no registry of its own), and an undefined element with a valid custom-element name can still host a
// shadow root, so the overlay works either way.
export const HOST_TAG = 'sense-check-root';

export function defineSenseCheckRoot(view: (Window & typeof globalThis) | null): void {
  const registry = view?.customElements;
  if (!registry || registry.get(HOST_TAG)) return;
  try {
    registry.define(HOST_TAG, class SenseCheckRoot extends view.HTMLElement {});
  } catch {
    // Another copy of the script (an extension reload) won the race: its definition is as good.
  }
}
