import { code, escapeMessage, truncate } from './markdown.js'
import type { GuardResult, PlanReport } from './report.js'
import { TEXT_MAX_CHARS } from './limits.js'

const ICON: Record<GuardResult['outcome'], string> = {
  refuse: '⛔',
  warn: '⚠️',
  pass: '✅'
}

/** The checks made before writing anything: refusals and warnings with their message. */
export function renderGuards(plan: PlanReport): string {
  if (plan.guards.length === 0) return ''
  const notable = [
    ...plan.guards.filter((g) => g.outcome === 'refuse'),
    ...plan.guards.filter((g) => g.outcome === 'warn')
  ].map(
    (g) =>
      `- ${ICON[g.outcome]} ${code(g.guard)}: ${escapeMessage(truncate(g.message, TEXT_MAX_CHARS))}`
  )
  const passed = plan.guards.filter((g) => g.outcome === 'pass')
  if (passed.length > 0)
    notable.push(`- ✅ passed: ${passed.map((g) => code(g.guard)).join(', ')}`)
  return ['#### Checks before deploying', notable.join('\n')].join('\n\n')
}
