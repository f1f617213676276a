import { code } from './markdown.js'
import type { PlanReport } from './report.js'

/**
 * The plan's `plan-id`, so the approver can match the plan they read with the deploy that
 * names it in `expected-plan`. Empty when the plan has none.
 */
export function renderPlanId(plan: PlanReport | undefined): string {
  if (plan?.planId === undefined) return ''
  return `**Plan ID:** ${code(plan.planId)} (pass it to ${code('expected-plan')} to deploy exactly this)`
}
