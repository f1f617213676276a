/**
 * Keeping markdown under a size limit by degrading, the way dorny/test-reporter does: first
 * show fewer rows of the one table that can grow without bound (the flag diff), and only if
 * that is not enough, cut the text at a line and say so.
 */

/** How a size is measured: bytes for the job summary, characters for a comment. */
export type Measure = (text: string) => number

/**
 * Renders with all `total` rows if that fits, else with the most rows that fit (found by
 * bisection; `render` must grow with its argument), else cuts the zero-row rendering.
 */
export function fitRows(
  total: number,
  render: (shown: number) => string,
  limit: number,
  measure: Measure
): string {
  const full = render(total)
  if (measure(full) <= limit) return full
  let low = 0
  let high = total - 1
  const fits = (shown: number): boolean => measure(render(shown)) <= limit
  if (!fits(0)) return cutToLimit(render(0), limit, measure)
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (fits(middle)) low = middle
    else high = middle - 1
  }
  return render(low)
}

/**
 * The last resort: whole lines up to the limit, open `<details>` and code fences closed,
 * and a visible note that the rest was cut.
 */
export function cutToLimit(
  text: string,
  limit: number,
  measure: Measure
): string {
  if (measure(text) <= limit) return text
  const lines = text.split('\n')
  const keep = (kept: number): string => {
    const head = lines.slice(0, kept)
    const cut = lines.length - kept
    return [
      ...head,
      closers(head),
      '',
      `**The rest of this report (${cut} lines) was cut to stay under GitHub's size limit; the step log and the outputs have the details.**\n`
    ].join('\n')
  }
  if (measure(keep(0)) > limit) return ''
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (measure(keep(middle)) <= limit) low = middle
    else high = middle - 1
  }
  return keep(low)
}

function closers(lines: readonly string[]): string {
  let fence: string | undefined
  let open = 0
  for (const line of lines) {
    const marker = /^(`{3,})/.exec(line)?.[1]
    if (marker !== undefined) {
      if (fence === undefined) fence = marker
      else if (line.trim() === fence) fence = undefined
      continue
    }
    if (fence !== undefined) continue
    open += (line.match(/<details[\s>]/g) ?? []).length
    open -= (line.match(/<\/details>/g) ?? []).length
  }
  const parts: string[] = []
  if (fence !== undefined) parts.push(fence)
  for (let i = 0; i < open; i++) parts.push('\n</details>')
  return parts.join('\n')
}
