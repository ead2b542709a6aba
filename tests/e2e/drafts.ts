// The drafts the browser tests type (shared brief): risky for any account, risky for a personal
// account, risky for a corporate account, and clean.
export const RISKY_ANY_ACCOUNT = 'Vote Labour on Thursday! #ToriesOut';
export const RISKY_PERSONAL = 'Views my own, but anyone voting Conservative wants their head examining. Vote Labour on Thursday!';
export const RISKY_CORPORATE = 'The strike called by the union is irresponsible and reckless.';
export const CLEAN = 'Bins will be collected as normal on Monday.';
/** Shouting: the one finding whose safer wording is replacement text (the same words in ordinary case). */
export const RISKY_SHOUTING = 'We are NOT closing the library. PLEASE STOP sharing that rumour.';
