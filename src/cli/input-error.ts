// The two kinds of trouble a user can cause, each printed as one line that names what is wrong and
// where: a bad record or unreadable file (InputError: "FILE:LINE: field "x": ...") and a bad
// command line (UsageError). Anything else reaching main() is our bug.

/** Where a problem sits: the file as the user named it and, when known, the line it starts on. */
export interface Place {
  file: string;
  line?: number;
}

export class InputError extends Error {
  readonly place: Place;
  readonly field: string | undefined;
  readonly detail: string;

  /** `placeInMessage` is false when the detail names the file itself ("cannot read ..."). */
  constructor(place: Place, detail: string, field?: string, placeInMessage = true) {
    const where = place.line === undefined ? place.file : `${place.file}:${place.line}`;
    const what = field === undefined ? detail : `field "${field}": ${detail}`;
    super(placeInMessage ? `${where}: ${what}` : what);
    this.name = 'InputError';
    this.place = place;
    this.field = field;
    this.detail = detail;
  }
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * A value that does not fit a field, before we know where it came from: the caller turns it into
 * an InputError (a record's field) or a UsageError (a flag).
 */
export class FieldProblem extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'FieldProblem';
  }
}
