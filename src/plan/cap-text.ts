/** The longest before/after text or alarm reason a report carries, ellipsis included. */
export const MAX_TEXT_LENGTH = 200

/** Shortens `text` to at most `max` characters, ending in `…` when it was cut. */
export function capText(text: string, max = MAX_TEXT_LENGTH): string {
  if (text.length <= max) return text
  let end = max - 1
  // Never split a surrogate pair: half an emoji is not valid text in a summary.
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/** Characters kept before the first difference when a pair of values is cut around it. */
const LEAD = 40

/** A before/after pair cut to `max` characters each, around their first difference. */
export interface CappedPair {
  readonly before: string
  readonly after: string
  /** Where the kept text starts in the whole value (0-based), when its start was cut. */
  readonly offset?: number
}

/**
 * Cuts two versions of one value so that the cut never hides their difference (issue 25): a
 * change at character 300 of two 400-character values would otherwise be cut to two equal
 * strings. Both sides start at the same place, a little before the first difference, and
 * keep at most `max` characters (an ellipsis marks a cut end).
 */
export function capPair(
  before: string,
  after: string,
  max = MAX_TEXT_LENGTH
): CappedPair {
  if (before.length <= max && after.length <= max) return { before, after }
  const first = firstDifference(before, after)
  let start = first < max - LEAD ? 0 : first - LEAD
  // Never start on the second half of a surrogate pair.
  const code = before.charCodeAt(start)
  if (start > 0 && code >= 0xdc00 && code <= 0xdfff) start -= 1
  const cut = (text: string): string => capText(text.slice(start), max)
  return start === 0
    ? { before: cut(before), after: cut(after) }
    : { before: cut(before), after: cut(after), offset: start }
}

/** The index of the first character where two texts differ (the shorter length if one is a prefix). */
export function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}
