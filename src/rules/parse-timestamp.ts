/**
 * A timestamp in the forms of the W3C note on date and time formats that AWS names for rule
 * operands (`2024-01`, `2012-03-04T05:06:07-08:00`), as milliseconds since the epoch; undefined
 * when the text is not one. A shorter form stands for its first instant (`2024-01` is
 * 2024-01-01T00:00:00Z), and a form without a time zone is UTC: the note requires a zone
 * whenever a time is given, and a date alone has none (docs/rule-semantics.md).
 */
const FORM =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/

export function parseTimestamp(text: string): number | undefined {
  const m = FORM.exec(text)
  if (m === null) return undefined
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac, zone] =
    m
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || Number(h) > 23) return undefined
  if (Number(mi) > 59 || Number(s) > 59) return undefined
  const ms = frac === undefined ? 0 : Number(`0.${frac}`) * 1000
  const utc = Date.UTC(
    Number(y),
    month - 1,
    day,
    Number(h),
    Number(mi),
    Number(s),
    Math.floor(ms)
  )
  // Date.UTC rolls 2024-02-30 over into March: such a date does not exist.
  if (new Date(utc).getUTCDate() !== day) return undefined
  if (zone === undefined || zone === 'Z') return utc
  const sign = zone.startsWith('-') ? -1 : 1
  const offset = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))
  return utc - sign * offset * 60_000
}
