import { code, escapeMessage, truncate } from './markdown.js'
import type { GuardResult, PlanReport } from './report.js'
import { TEXT_MAX_CHARS } from './limits.js'

const ICON: Record<GuardResult['outcome'], string> = {
  refuse: '⛔',
  warn: '⚠️',
  pass: '✅'
}

/**
 * Why a passing check did not actually look, from the plan's own facts (not its wording):
 * drift without a base to compare with, alarm states with no alarms to read. Undefined when
 * the check ran.
 */
export function notRunReason(
  plan: PlanReport,
  guard: GuardResult
): string | undefined {
  if (guard.outcome !== 'pass') return undefined
  if (guard.guard === 'drift' && plan.drift !== undefined)
    return plan.drift.base === undefined
      ? 'no earlier deployment by this action to compare with'
      : undefined
  if (guard.guard === 'alarm-firing' && plan.alarms.length === 0)
    return 'no alarms to read'
  return undefined
}

/**
 * The checks made before writing anything: refusals and warnings with their message, then
 * those that passed, then those that did not run (issue 27: a skipped check is never listed
 * as passed). `hide` leaves out guards the summary says elsewhere (the no-alarms callout).
 */
export function renderGuards(
  plan: PlanReport,
  hide: (guard: GuardResult) => boolean = () => false
): string {
  const guards = plan.guards.filter((g) => !hide(g))
  if (guards.length === 0) return ''
  const lines = [
    ...guards.filter((g) => g.outcome === 'refuse'),
    ...guards.filter((g) => g.outcome === 'warn')
  ].map(
    (g) =>
      `- ${ICON[g.outcome]} ${code(g.guard)}: ${escapeMessage(truncate(g.message, TEXT_MAX_CHARS))}`
  )
  const passed = guards.filter(
    (g) => g.outcome === 'pass' && notRunReason(plan, g) === undefined
  )
  if (passed.length > 0)
    lines.push(`- ✅ passed: ${passed.map((g) => code(g.guard)).join(', ')}`)
  const skipped = guards.flatMap((g) => {
    const why = notRunReason(plan, g)
    return why === undefined ? [] : [`${code(g.guard)} (${why})`]
  })
  if (skipped.length > 0) lines.push(`- ⚪ not run: ${skipped.join(', ')}`)
  return ['#### Checks before deploying', lines.join('\n')].join('\n\n')
}
