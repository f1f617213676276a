import { firstDifference } from '../plan/cap-text.js'
import type { FlagDetail } from './report.js'

/** The longest value a diff line shows; a longer one is shown as a window of this size. */
export const WINDOW_CHARS = 80

/** Characters of a window shown before the first difference. */
const WINDOW_LEAD = 24

/** What a diff shows of one changed value: both sides, and where they first differ when cut. */
export interface ValueWindow {
  readonly before?: string
  readonly after?: string
  /** The first differing character in the whole value (1-based), when a side was cut. */
  readonly at?: number
}

/**
 * The two sides of a difference as a reader can compare them (issue 25): short values whole;
 * a long value as a window of `max` characters around the first difference, the same window
 * on both sides, with the difference's character offset, so a cut never shows two equal
 * strings. A one-sided value (added, removed) is cut at the end.
 */
export function windowValues(
  detail: FlagDetail,
  max: number = WINDOW_CHARS
): ValueWindow {
  const { before, after } = detail
  const offset = detail.offset ?? 0
  if (before === undefined || after === undefined)
    return {
      ...(before === undefined ? {} : { before: cutEnd(before, max) }),
      ...(after === undefined ? {} : { after: cutEnd(after, max) })
    }
  const first = firstDifference(before, after)
  if (offset === 0 && before.length <= max && after.length <= max)
    return { before, after }
  const start = first < max - WINDOW_LEAD ? 0 : first - WINDOW_LEAD
  const show = (text: string): string => {
    const lead = start > 0 || offset > 0 ? '…' : ''
    const body = text.slice(start)
    if (body.length <= max - lead.length) return `${lead}${body}`
    const kept = body.slice(0, max - lead.length - 1)
    return `${lead}${kept.endsWith('…') ? kept : `${kept}…`}`
  }
  return { before: show(before), after: show(after), at: offset + first + 1 }
}

function cutEnd(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
