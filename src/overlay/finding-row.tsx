// One finding in the panel: severity, category, the quoted passage, what is wrong, why (the principle
// and its source), the safer wording, and the three answers. Everything is rendered as text; Preact
// escapes it, so a draft holding markup is shown, never run.
import type { Finding } from '../engine/index';
import { categoryLabel } from './category-labels';
import { severityLabel } from './finding-summary';

export interface FindingActions {
  onApply(finding: Finding): void;
  onDismiss(finding: Finding): void;
  onWrong(finding: Finding): void;
}

export interface FindingRowProps extends FindingActions {
  finding: Finding;
  text: string;
  index: number;
}

const PASSAGE_MAX = 140;

/** The flagged words, whitespace collapsed; long passages keep their start and end with "…" between. */
export function quotePassage(text: string, finding: Finding): string {
  const passage = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  if (passage.length <= PASSAGE_MAX) return passage;
  return `${passage.slice(0, 95).trimEnd()} … ${passage.slice(-35).trimStart()}`;
}

export function FindingRow({ finding, text, index, onApply, onDismiss, onWrong }: FindingRowProps) {
  const id = `sense-check-finding-${index}`;
  const passage = quotePassage(text, finding);
  return (
    <li
      class="finding"
      data-part="finding"
      data-rule={finding.rule}
      data-category={finding.category}
      data-severity={finding.severity}
      tabIndex={-1}
      aria-labelledby={`${id}-severity ${id}-category ${id}-message`}
    >
      <p class="finding-head">
        <span class="chip" data-severity={finding.severity} id={`${id}-severity`}>
          {severityLabel(finding.severity)}
        </span>{' '}
        <span class="category" id={`${id}-category`}>
          {categoryLabel(finding.category)}
        </span>
      </p>
      {passage && (
        <q class="passage" data-part="passage">
          {passage}
        </q>
      )}
      <p class="message" id={`${id}-message`}>
        {finding.message}
      </p>
      <p class="why">
        <span class="lead">Why: </span>
        {finding.why}
      </p>
      <p class="source">
        <span class="lead">Source: </span>
        {finding.source}
      </p>
      {finding.advice && (
        <p class="advice" data-part="advice">
          <span class="lead">What to do: </span>
          {finding.advice}
        </p>
      )}
      {finding.suggestion && (
        <p class="suggestion" id={`${id}-suggestion`} data-part="suggestion">
          <span class="lead">Safer: </span>
          {finding.suggestion}
        </p>
      )}
      <div class="actions">
        {finding.suggestion && (
          <button type="button" class="primary" data-action="apply" aria-describedby={`${id}-suggestion`} onClick={() => onApply(finding)}>
            Apply
          </button>
        )}
        <button type="button" data-action="dismiss" aria-describedby={`${id}-message`} onClick={() => onDismiss(finding)}>
          Dismiss
        </button>
        <button type="button" data-action="wrong" aria-describedby={`${id}-message`} onClick={() => onWrong(finding)}>
          This warning is wrong
        </button>
      </div>
    </li>
  );
}
