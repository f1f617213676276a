import type { Finding, JsonPath } from './problem.js'

/**
 * Problems that only exist because of a misspelt key, folded into the problem of that key, so
 * a typo reads as one error with its fix rather than one error and its echoes (issue 26:
 * `attrbutes` gave one real error and four "the flag defines no attribute" ones).
 *
 * A finding may say which key it most likely meant (`meant`, from didYouMean); for the keys
 * whose absence causes other problems, those are removed and counted in the typo's message.
 */
export function foldFollowOns(findings: readonly Finding[]): Finding[] {
  const folds = findings.flatMap((finding) => {
    const caused = causedBy(finding)
    return caused === undefined ? [] : [{ finding, caused }]
  })
  if (folds.length === 0) return findings.slice()
  const folded = new Map<Finding, Finding[]>()
  const dropped = new Set<Finding>()
  for (const { finding, caused } of folds) {
    const echoes = findings.filter(
      (other) => other !== finding && !dropped.has(other) && caused(other)
    )
    for (const echo of echoes) dropped.add(echo)
    folded.set(finding, echoes)
  }
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const echoes = folded.get(finding)
      if (echoes === undefined || echoes.length === 0) return finding
      const where = [...new Set(echoes.map((e) => pathText(e.path)))]
      const shown = where.slice(0, 3).join(', ')
      const more = where.length > 3 ? ` and ${where.length - 3} more` : ''
      return {
        ...finding,
        message: `${finding.message} (it also explains ${echoes.length} follow-on ${echoes.length === 1 ? 'problem' : 'problems'}, at ${shown}${more}, not reported separately)`
      }
    })
}

/** Which other findings a misspelt key causes, if it is one whose absence has echoes. */
function causedBy(finding: Finding): ((other: Finding) => boolean) | undefined {
  if (finding.rule !== 'unknown-property' || finding.meant === undefined)
    return undefined
  const path = finding.path
  // flags.<flag>.attrbutes: every value of an attribute of that flag is "not defined".
  if (
    finding.meant === 'attributes' &&
    path.length === 3 &&
    path[0] === 'flags'
  ) {
    const flag = path[1]
    return (other) =>
      ['undefined-attribute', 'max-attributes'].includes(other.rule) &&
      other.path[0] === 'values' &&
      other.path[1] === flag
  }
  // The root's flags or values misspelt: it is "missing", and every flag or value is orphaned.
  if (path.length === 1 && finding.meant === 'flags')
    return (other) =>
      (other.rule === 'required' &&
        other.path.length === 0 &&
        /'flags'/.test(other.message)) ||
      other.rule === 'value-without-flag'
  if (path.length === 1 && finding.meant === 'values')
    return (other) =>
      (other.rule === 'required' &&
        other.path.length === 0 &&
        /'values'/.test(other.message)) ||
      other.rule === 'flag-without-value'
  return undefined
}

function pathText(path: JsonPath): string {
  return path.map(String).join('.')
}
