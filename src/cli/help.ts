// --help and --version. The version is read from package.json at build time (vite inlines it).
import { version } from '../../package.json';

export const VERSION = version;

export const USAGE = `Usage: sense-check [options] FILE...

Checks social-media drafts against UK civil-service and local-government impartiality and
conduct rules, before they are scheduled. Nothing leaves your machine.

FILE is one of:
  drafts.jsonl   one JSON object a line: {"id": 1, "text": "...", "account": "corporate", ...}
  calendar.csv   a header row with a "text" or "message" column; "link", "date" and "time"
                 (or "postedAt") columns are read as Hootsuite's bulk-upload CSV writes them;
                 other columns as below
  post.txt       anything else: the whole file is one draft
  -              standard input (JSONL if every line is a JSON object, otherwise text)

Who is posting (a record's own field wins over the flag):
  --account corporate|personal     default personal
  --role civil-servant|local-gov-officer   default local-gov-officer
  --restricted, --no-restricted    a politically restricted post (default not)
  --employer NAME                  the employing organisation
  --election-period, --no-election-period   in a pre-election period (default not)

The post (again, a record's own field wins):
  --platform x|facebook|linkedin|bluesky|mastodon|threads|blog|other   default other
  --kind post|reply|quote|repost   default post
  --posted-at WHEN                 e.g. 2026-03-14T09:30 or "14/03/2026 09:30" (default now)
  --date-order dmy|mdy             how to read 03/04/2026 in calendars (default dmy, UK order)

Input and output:
  --input jsonl|csv|text           read every FILE as this kind, whatever its extension
  -f, --format human|jsonl         human (default), or one JSON line a draft:
                                   {"id": ..., "findings": [...]}, every finding included
  --min-severity info|warning|serious   print only findings at this level or above
                                   (applies to jsonl only when given)
  -q, --quiet                      print only drafts with a warning or worse (human format;
                                   the same as --min-severity warning)
  --color, --no-color              force colour on or off (default: on a terminal, unless NO_COLOR)
  -k, --keep-going                 report bad records on stderr and check the rest
  -h, --help                       this help
  -V, --version                    the version

Exit status: 0 nothing at warning or above; 1 something was raised; 2 the input could not be
read or a flag is wrong (with --keep-going: 2 when any record was bad).

Examples:
  sense-check --account corporate --employer "Harrowfield Borough Council" calendar.csv
  sense-check --format jsonl drafts.jsonl > findings.jsonl
  echo "Vote Labour on Thursday!" | sense-check --restricted -
  sense-check --quiet --date-order mdy hootsuite-export.csv
`;
