/**
 * Numbers JSON cannot carry exactly (issue 25, finding 8). A bundle is parsed into JavaScript
 * numbers (IEEE doubles) and uploaded as `JSON.stringify` of them, so an integer past 2^53
 * comes out rounded (`9007199254740993` is uploaded as `9007199254740992`) and a number past
 * the largest double (`1e309`) comes out as `null`. The parsers already refuse an overflow
 * (`number-range`, `yaml-value`); rule `inexact-number` warns of an integer past 2^53, rounded
 * or not (clients reading JSON numbers as doubles cannot tell it from its neighbours).
 * Messages quote the number as written, never its parsed value.
 */

export const INEXACT_NUMBER_RULE = 'inexact-number'

/** Whether a parsed number may differ from its text: an integer past 2^53 (or infinite). */
export function isSuspectNumber(value: number): boolean {
  return (
    !Number.isFinite(value) ||
    (Number.isInteger(value) && !Number.isSafeInteger(value))
  )
}

/**
 * What an integer past 2^53 becomes in the uploaded JSON, in a sentence quoting `text` (the
 * number as written); undefined for a number JSON carries exactly. Infinite numbers are the
 * parsers' own errors (`number-range`, `yaml-value`).
 */
export function describeInexact(
  text: string,
  value: number
): string | undefined {
  if (!Number.isFinite(value) || !isSuspectNumber(value)) return undefined
  const uploaded = JSON.stringify(value)
  if (!sameNumber(text, uploaded))
    return `the number ${text} is past 2^53 (9007199254740992), where JSON numbers lose digits: it would be uploaded as ${uploaded}; write it as a string if it is an ID`
  // Exact, and written in exponent form: plainly a float, not an ID that lost its digits.
  if (!/^[+-]?\d+$/.test(text.trim())) return undefined
  return `the number ${text} is past 2^53 (9007199254740992): it is uploaded as written, but clients that read JSON numbers as doubles cannot tell it from its neighbours; write it as a string if it is an ID`
}

/** Whether two decimal literals denote the same number (digits and exponent compared). */
export function sameNumber(a: string, b: string): boolean {
  const x = decimal(a)
  const y = decimal(b)
  return (
    x !== undefined &&
    y !== undefined &&
    x.sign === y.sign &&
    x.digits === y.digits &&
    x.exponent === y.exponent
  )
}

function decimal(
  text: string
): { sign: string; digits: string; exponent: number } | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(
    text.replace(/_/g, '')
  )
  if (m === null || (m[2] === '' && (m[3] ?? '') === '')) return undefined
  const fraction = m[3] ?? ''
  let digits = `${m[2]}${fraction}`.replace(/^0+/, '')
  let exponent = Number(m[4] ?? 0) - fraction.length
  if (digits === '') return { sign: '', digits: '0', exponent: 0 }
  const trailing = /0+$/.exec(digits)?.[0].length ?? 0
  digits = digits.slice(0, digits.length - trailing)
  exponent += trailing
  return { sign: m[1] === '-' ? '-' : '', digits, exponent }
}
