// Everything the overlay looks like, inside its shadow root: nothing loads from the network (system
// fonts only) and the page's CSS cannot reach in. Colours meet WCAG 2.2 AA (text ≥ 4.5:1; the badge
// keeps a white-and-dark ring so it stands out ≥ 3:1 on light and dark sites); forced colours and
// reduced motion are honoured.

/** On the host element itself: page styles cannot leak in through inheritance, and it floats above the site. */
export const HOST_STYLE = 'all: initial; position: fixed; z-index: 2147483646; top: 0; left: 0;';

export const OVERLAY_CSS = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
.sense-check {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1b1b1b;
  text-align: start;
}
.sense-check[data-anchor-hidden] .badge { visibility: hidden; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
p, h2, ul, figure, blockquote { margin: 0; padding: 0; }
button {
  font: inherit; color: #1b1b1b; background: #fff; border: 1px solid #767676; border-radius: 6px;
  padding: 5px 12px; min-height: 32px; cursor: pointer;
}
button:hover { background: #f1f3f4; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
button.primary:hover { background: #0a4ab3; }
button:focus-visible, [tabindex]:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }

.badge {
  display: grid; place-items: center; width: 28px; height: 28px; min-height: 0; padding: 0;
  border-radius: 50%; border: 2px solid #fff; box-shadow: 0 0 0 1px #1b1b1b, 0 1px 4px rgba(0,0,0,.35);
  font-weight: 700; font-size: 13px; line-height: 1;
  background: #4d5358; color: #fff;
}
.badge[data-severity="warning"] { background: #ffb81c; color: #1b1b1b; }
.badge[data-severity="serious"] { background: #b3261e; color: #fff; }
.badge:hover { background: #3d4246; }
.badge[data-severity="warning"]:hover { background: #ffc545; }
.badge[data-severity="serious"]:hover { background: #c62f26; }
.badge[data-pending] { opacity: .8; }

.panel {
  position: fixed; left: 8px; top: 8px; width: min(420px, calc(100vw - 16px)); max-height: min(70vh, 520px);
  overflow: auto; overscroll-behavior: contain;
  background: #fff; border: 1px solid #767676; border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.28); padding: 10px 12px 12px;
}
.panel-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.panel-title { font-size: 15px; font-weight: 700; }
.close { min-height: 28px; width: 32px; padding: 0; font-size: 18px; line-height: 1; }
.profile { color: #454a50; font-size: 12.5px; margin-top: 2px; }
.findings { list-style: none; margin-top: 8px; }
.finding { border-top: 1px solid #d0d4d8; padding: 10px 4px; border-radius: 4px; }
.finding:first-child { border-top: 0; }
.finding > * + * { margin-top: 4px; }
.finding-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.chip {
  display: inline-block; border-radius: 999px; padding: 1px 8px; font-size: 12px; font-weight: 700;
  border: 1px solid currentColor; background: #eef0f2; color: #33373b;
}
.chip[data-severity="warning"] { background: #fff0c2; color: #5c3d00; }
.chip[data-severity="serious"] { background: #fde7e6; color: #8c1d18; }
.category { font-weight: 700; }
.passage {
  display: block; border-left: 3px solid #767676; padding-left: 8px; font-style: italic;
  overflow-wrap: anywhere;
}
.message { font-weight: 600; }
.why, .source { color: #454a50; font-size: 13px; }
.lead { font-weight: 700; }
.suggestion { background: #eef5ee; border-radius: 6px; padding: 4px 8px; overflow-wrap: anywhere; }
.actions, .dialog-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }

.backdrop {
  position: fixed; inset: 0; display: grid; place-items: center; padding: 16px;
  background: rgba(0,0,0,.55);
  animation: sense-check-fade .12s ease-out;
}
.dialog {
  width: min(560px, 100%); max-height: calc(100vh - 32px); overflow: auto;
  background: #fff; color: #1b1b1b; border-radius: 12px; padding: 20px 22px;
  box-shadow: 0 12px 40px rgba(0,0,0,.4);
}
.dialog > * + * { margin-top: 10px; }
.dialog-title { font-size: 20px; font-weight: 800; line-height: 1.25; }
.account { color: #454a50; font-size: 13px; }
.draft-scroll { max-height: 30vh; overflow: auto; border-radius: 6px; }
.draft {
  white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f1ea; border-left: 4px solid #767676;
  padding: 8px 12px;
}
.top-findings { padding-left: 20px; }
.top-findings li + li { margin-top: 4px; }
.newspaper { border-top: 3px double #1b1b1b; border-bottom: 1px solid #1b1b1b; padding: 8px 2px; }
.kicker { font-size: 11px; letter-spacing: .08em; text-transform: uppercase; color: #454a50; }
.headline {
  font-family: Georgia, "Times New Roman", Times, serif; font-size: 24px; font-weight: 700; line-height: 1.15;
  margin-top: 4px;
}
.dialog-actions { justify-content: flex-end; margin-top: 16px; }

@keyframes sense-check-fade { from { opacity: 0; } to { opacity: 1; } }
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
@media (forced-colors: active) {
  .badge, .chip, button, .panel, .dialog, .passage, .draft, .suggestion { border: 2px solid CanvasText; }
  .badge { box-shadow: none; forced-color-adjust: none; background: ButtonFace; color: ButtonText; border-color: ButtonText; }
  .badge[data-severity="serious"] { border-style: double; border-width: 4px; }
  button:focus-visible, [tabindex]:focus-visible { outline: 3px solid Highlight; }
  .dialog { border-width: 3px; }
}
`;
