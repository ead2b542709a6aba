// "Would you say this to their face?": the one prompt at send (DESIGN.md "One chance, no loops").
// A modal inside the shadow root: who the post is aimed at, the draft as they would read it, the top
// findings and the headline it could earn. Edit post is the default; Escape means edit.
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { categoryLabel } from './category-labels';
import type { FaceCheckAnswer, FaceCheckRequest } from './overlay-api';
import { SITE_NAMES } from '../shared/site-names';

export const FACE_TITLE = 'Would you say this to their face?';
const TOP_FINDINGS = 3;


export interface FaceCheckDialogProps {
  request: FaceCheckRequest;
  dialogRef: RefObject<HTMLDivElement | null>;
  editRef: RefObject<HTMLButtonElement | null>;
  onAnswer(answer: FaceCheckAnswer): void;
}

export function audienceLine(request: FaceCheckRequest): string {
  const targets = request.targets.map((target) => target.trim()).filter(Boolean);
  if (targets.length > 0) return targets.join(', ');
  return `everyone who follows ${request.handle ?? 'this account'}`;
}

/** "Posting as Corporate account @dept on X" */
function postingAs(request: FaceCheckRequest, site: string): string {
  const who = [request.accountLabel, request.handle].filter(Boolean).join(' ');
  return `Posting as ${who || 'this account'}${site ? ` on ${site}` : ''}`;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab cycle inside the dialog: focus never falls through to the page behind it. */
function trapTab(event: KeyboardEvent, dialog: HTMLElement): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const inside = active instanceof Node && dialog.contains(active);
  if (event.shiftKey && (!inside || active === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}

export function FaceCheckDialog({ request, dialogRef, editRef, onAnswer }: FaceCheckDialogProps) {
  const site = SITE_NAMES[request.site] ?? request.site;
  const top = request.findings.slice(0, TOP_FINDINGS);
  const signOffRef = useRef<HTMLInputElement>(null);
  const [signOffMissing, setSignOffMissing] = useState(false);
  // With a sign-off required (organisation policy), "Post anyway" needs the name of who approved it.
  const post = () => {
    if (!request.askSignOff) return onAnswer('post');
    const name = signOffRef.current?.value.trim() ?? '';
    if (!name) {
      setSignOffMissing(true);
      signOffRef.current?.focus();
      return;
    }
    onAnswer({ answer: 'post', signedOffBy: name.slice(0, 200) });
  };
  return (
    <div
      class="backdrop"
      data-part="face-check-backdrop"
      // A click on the backdrop must not drop focus onto the page behind: the question still stands.
      onMouseDown={(event) => event.target === event.currentTarget && event.preventDefault()}
    >
      <div
        ref={dialogRef}
        class="dialog"
        // Focusable itself, so a click on its text keeps focus (and Escape) inside the dialog.
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-labelledby="sense-check-face-title"
        aria-describedby="sense-check-face-audience"
        data-kind="face-check"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onAnswer('edit');
          } else if (event.key === 'Tab' && dialogRef.current) {
            trapTab(event, dialogRef.current);
          }
        }}
      >
        <h2 class="dialog-title" id="sense-check-face-title">
          {FACE_TITLE}
        </h2>
        <p class="audience" id="sense-check-face-audience" data-part="targets">
          <span class="lead">Aimed at: </span>
          {audienceLine(request)}
        </p>
        <p class="account">{postingAs(request, site)}</p>
        <p class="lead" id="sense-check-face-draft-label">
          As they would read it:
        </p>
        <div class="draft-scroll" role="region" aria-labelledby="sense-check-face-draft-label" tabIndex={0}>
          <blockquote class="draft" data-part="draft">
            {request.text}
          </blockquote>
        </div>
        {top.length > 0 && (
          <ul class="top-findings" data-part="top-findings" aria-label="What stands out">
            {top.map((finding, index) => (
              <li key={`${finding.rule}-${index}`} data-category={finding.category} data-severity={finding.severity}>
                <span class="category">{categoryLabel(finding.category)}: </span>
                {finding.message}
              </li>
            ))}
          </ul>
        )}
        {request.headline && (
          <figure class="newspaper">
            <figcaption class="kicker">The headline it could earn</figcaption>
            <p class="headline" data-part="headline">
              {request.headline}
            </p>
          </figure>
        )}
        {request.askSignOff && (
          <p class="sign-off" data-part="sign-off">
            <label for="sense-check-sign-off">Signed off by (your organisation asks for a name before this is posted)</label>
            <input
              id="sense-check-sign-off"
              ref={signOffRef}
              type="text"
              autocomplete="name"
              maxLength={200}
              aria-invalid={signOffMissing ? true : undefined}
              aria-describedby={signOffMissing ? 'sense-check-sign-off-missing' : undefined}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  post();
                }
              }}
            />
            {signOffMissing && (
              <span id="sense-check-sign-off-missing" role="alert">
                Enter the name of who signed this post off, or choose Edit post.
              </span>
            )}
          </p>
        )}
        <div class="dialog-actions">
          <button type="button" ref={editRef} class="primary" data-action="edit" onClick={() => onAnswer('edit')}>
            Edit post
          </button>
          <button type="button" data-action="post" onClick={post}>
            Post anyway
          </button>
        </div>
      </div>
    </div>
  );
}
