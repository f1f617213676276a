/**
 * Size limits the rendered markdown must respect, and the thresholds at which it folds.
 */

/** GitHub's limit for one step's job summary: 1 MiB, counted in bytes (UTF-8). */
export const SUMMARY_MAX_BYTES = 1_048_576

/** GitHub's limit for an issue or pull-request comment body, in characters. */
export const COMMENT_MAX_CHARS = 65_536

/** Tables with more rows than this are folded in `<details>`. */
export const FOLD_ROWS = 20

/** A flag value longer than this is cut in tables (the outputs keep every key). */
export const VALUE_MAX_CHARS = 100

/** Free text from AWS or the user (alarm reasons, event descriptions) is cut at this length. */
export const TEXT_MAX_CHARS = 500

/** How many validation problems the summary lists before it counts the rest. */
export const MAX_PROBLEM_ROWS = 100

/** The size of a text as GitHub counts it for the job summary. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
