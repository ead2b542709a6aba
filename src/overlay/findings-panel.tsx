// The popover listing every finding (info included, after the others). Keyboard: Up/Down/Home/End
// move between rows, Tab moves through a row's buttons, Escape closes and returns focus to the badge.
import type { RefObject } from 'preact';
import type { Finding } from '../engine/index';
import { PANEL_ID } from './badge';
import { FindingRow, type FindingActions } from './finding-row';
import { panelOrder } from './finding-summary';

export interface FindingsPanelProps extends FindingActions {
  text: string;
  findings: readonly Finding[];
  profileLabel: string;
  pending: boolean;
  panelRef: RefObject<HTMLElement | null>;
  onClose(): void;
}

/**
 * A key that survives edits elsewhere in the draft (offsets shift as the user types; the rule and the
 * passage's words do not), so a focused row is not re-created under the user's focus.
 */
function rowKeys(text: string, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.rule}|${text.slice(finding.start, finding.end)}`;
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    return `${base}|${nth}`;
  });
}

const ROW_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

function moveBetweenRows(event: KeyboardEvent, panel: HTMLElement): void {
  const rows = [...panel.querySelectorAll<HTMLElement>('[data-part="finding"]')];
  if (rows.length === 0) return;
  const current = (event.target as Element | null)?.closest?.('[data-part="finding"]');
  const at = current ? rows.indexOf(current as HTMLElement) : -1;
  let next: number;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = rows.length - 1;
  else if (event.key === 'ArrowDown') next = Math.min(rows.length - 1, at + 1);
  else next = at <= 0 ? 0 : at - 1;
  event.preventDefault();
  rows[next]?.focus();
}

export function FindingsPanel(props: FindingsPanelProps) {
  const { text, findings, profileLabel, pending, panelRef, onClose } = props;
  const ordered = panelOrder(findings);
  const keys = rowKeys(text, ordered);
  return (
    <section
      id={PANEL_ID}
      ref={panelRef}
      class="panel"
      data-part="panel"
      aria-labelledby="sense-check-panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        } else if (ROW_KEYS.has(event.key) && panelRef.current) {
          moveBetweenRows(event, panelRef.current);
        }
      }}
    >
      <div class="panel-head">
        <h2 class="panel-title" id="sense-check-panel-title">
          Sense Check
        </h2>
        <button type="button" class="close" data-action="close" aria-label="Close the list" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {(profileLabel || pending) && (
        <p class="profile">
          {profileLabel}
          {pending && <span class="pending"> · checking…</span>}
        </p>
      )}
      <ul class="findings">
        {ordered.map((finding, index) => (
          <FindingRow
            key={keys[index]}
            finding={finding}
            text={text}
            index={index}
            onApply={props.onApply}
            onDismiss={props.onDismiss}
            onWrong={props.onWrong}
          />
        ))}
      </ul>
    </section>
  );
}
