import type { GitHubContext } from '../github/context.js'
import { COMMENT_MAX_CHARS } from './limits.js'
import { planMarker, renderPlanMarkdown } from './render-plan.js'
import { renderSummary } from './render-summary.js'
import type { Report } from './report.js'

/**
 * The pull-request comment for any report. With a plan (a refused guard included) it is the
 * plan; without one (an invalid bundle, bad input, an AWS error, validate mode) it is the
 * summary, which says what went wrong and links each bundle problem to its line, so a stale
 * happy plan never survives a failing push. Always carries the target's marker and fits in
 * `maxChars` (GitHub's 65,536 characters).
 */
export function renderComment(
  report: Report,
  context: GitHubContext,
  maxChars: number = COMMENT_MAX_CHARS
): string {
  if (report.plan !== undefined)
    return renderPlanMarkdown(report, context, maxChars)
  // Said first, so a reviewer who saw the previous push's plan here knows it no longer holds.
  const head =
    report.mode === 'validate'
      ? planMarker(report)
      : `${planMarker(report)}\n> ⚠️ **No plan for this push:** the run stopped before it could compare with what runs (below: why). An earlier plan shown here no longer applies.\n`
  // The summary is fitted in bytes, which never undercounts characters.
  return `${head}\n${renderSummary(report, context, maxChars - head.length - 1)}`
}
