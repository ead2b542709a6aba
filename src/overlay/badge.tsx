// The badge beside the compose box: the count of findings at warning or above, coloured by the worst
// severity. It is a plain button that never focuses itself: the caret stays in the editor while the
// user types, and the badge is reached with Tab or the Alt+Shift+S shortcut from the editor.
import type { RefObject } from 'preact';
import { badgeLabel, type BadgeSummary } from './finding-summary';

export const PANEL_ID = 'sense-check-panel';
export const OPEN_PANEL_SHORTCUT = 'Alt+Shift+S';

export interface BadgeProps {
  summary: BadgeSummary;
  expanded: boolean;
  pending: boolean;
  /** Shown before the learned patterns have answered (see OverlayState.partial). */
  partial?: boolean;
  buttonRef: RefObject<HTMLButtonElement | null>;
  onToggle(): void;
  onEscape(): void;
}

export function Badge({ summary, expanded, pending, partial, buttonRef, onToggle, onEscape }: BadgeProps) {
  return (
    <button
      type="button"
      ref={buttonRef}
      class="badge"
      data-part="badge"
      data-count={String(summary.count)}
      data-severity={summary.worst}
      data-pending={pending ? 'true' : undefined}
      data-partial={partial ? 'true' : undefined}
      aria-label={badgeLabel(summary, expanded)}
      aria-expanded={expanded ? 'true' : 'false'}
      aria-controls={expanded ? PANEL_ID : undefined}
      aria-keyshortcuts={OPEN_PANEL_SHORTCUT}
      onClick={onToggle}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !expanded) {
          event.preventDefault();
          onEscape();
        }
      }}
    >
      {/* Only notes: no count to show, so an "i" says "there is something to read". */}
      <span aria-hidden="true">{summary.count > 0 ? summary.count : 'i'}</span>
    </button>
  );
}
