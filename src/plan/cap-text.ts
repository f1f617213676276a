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
