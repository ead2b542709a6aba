// A record as read from a file, before its fields are checked: where it starts, its values under
// the engine's field names, and (for CSV) the column each came from, so a message can name the
// column as the user wrote it.

export interface RawRecord {
  /** The file as the user named it ("<stdin>" for -). */
  file: string;
  /** 1-based line the record starts on. */
  line: number;
  /** Values under the engine's field names: id, text, platform, kind, postedAt, quoted, thread,
   * account, role, restricted, employer, electionPeriod. Other keys are ignored. */
  fields: Record<string, unknown>;
  /** Used when the record has no id: the line number, or for a text file its name. */
  defaultId: string | number;
  /** Field name → how the input labels it (a CSV header); defaults to the field name. */
  labels?: Record<string, string>;
}
