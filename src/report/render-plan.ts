import { runUrl, type GitHubContext } from '../github/context.js'
import { fitRows } from './fit.js'
import { COMMENT_MAX_CHARS } from './limits.js'
import { code, escapeMarkdown } from './markdown.js'
import { renderAlarms } from './render-alarms.js'
import { addedKeys, renderChangeRows, renderChanges } from './render-changes.js'
import { renderDrift } from './render-drift.js'
import { renderExperiments } from './render-experiments.js'
import { renderGuards } from './render-guards.js'
import { renderHygiene } from './render-hygiene.js'
import { renderEnvironments } from './render-overview.js'
import { flagsChange } from './render-headline.js'
import { refusalSubject } from './flags-at-risk.js'
import { hasNoAlarms, renderRisks } from './render-risks.js'
import { renderServing, renderTarget } from './render-target.js'
import { renderRuleTests } from './render-rule-tests.js'
import type { Report } from './report.js'

/** The hygiene section's share of a pull-request comment; the flag diff keeps the rest. */
const HYGIENE_COMMENT_MAX_CHARS = 12_000

/**
 * A hidden marker naming the target, so the action (or a workflow) finds and updates its
 * earlier plan comment on the pull request instead of adding a new one each push. It names the
 * target as the inputs do, so a run that fails before the target resolves (an invalid bundle,
 * an AWS error) still replaces the previous push's plan; validate mode names the bundle.
 */
export function planMarker(report: Report): string {
  const requested = report.requested
  const target = report.target
  // Nothing in the marker may end the HTML comment (`-->`) or break the line.
  const safe = (part: string): string =>
    part.replace(/[^\w.:/@-]/g, '_').replace(/-{2,}/g, '-')
  const id =
    requested !== undefined && report.mode === 'validate'
      ? `validate ${safe(requested.bundle ?? 'bundle')}`
      : requested !== undefined && requested.application !== ''
        ? [requested.application, requested.environment, requested.profile]
            .map((part) => safe(part.replace(/\//g, '_')))
            .join('/')
        : target
          ? [target.application.id, target.environment.id, target.profile.id]
              .map(safe)
              .join('/')
          : 'unknown'
  return `<!-- appconfig-guarded-rollout plan ${id} -->`
}

/**
 * The plan's headline: what deploying the bundle changes, whatever the run's outcome; a
 * refusal names the guard and the flags it protects.
 */
export function renderPlanHeadline(report: Report): string {
  const plan = report.plan
  const target = report.target
  const environment = target
    ? `**${escapeMarkdown(target.environment.name)}**`
    : 'the environment'
  const profile = target ? code(target.profile.name) : 'the configuration'
  const refusing = (plan?.guards ?? []).filter((g) => g.outcome === 'refuse')
  const n = plan?.changes.length ?? 0
  const what =
    n === 0
      ? `no change, ${environment} already runs this bundle`
      : `${flagsChange(n)} in ${profile} on ${environment}`
  if (refusing.length === 0) return `🔎 Plan: ${what}`
  const by = `the ${refusing.map((g) => code(g.guard)).join(' and ')} ${refusing.length === 1 ? 'guard' : 'guards'}`
  const subject = refusing
    .map((g) => refusalSubject(report, g))
    .filter(Boolean)
    .join('; ')
  return `⛔ Plan refused by ${by}${subject === '' ? '' : `: ${subject}`} · ${what}`
}

/**
 * The plan as a pull-request comment (the `plan-markdown` output): the same target and flag
 * diff as the job summary, kept under `maxChars` (GitHub's 65,536 for a comment) by showing
 * fewer flags with a count of the rest. Empty when the run got no plan.
 */
export function renderPlanMarkdown(
  report: Report,
  context: GitHubContext,
  maxChars: number = COMMENT_MAX_CHARS
): string {
  const plan = report.plan
  if (plan === undefined) return ''
  const rows = renderChangeRows(plan)
  const environments = renderEnvironments(
    plan,
    report.target?.profile,
    maxChars / 2,
    (text) => text.length
  )
  const render = (shown: number): string =>
    `${[
      planMarker(report),
      `### ${renderPlanHeadline(report)}`,
      renderRisks(report),
      // What the environment serves before this plan ships; a deploy run's comment has moved on.
      report.rollout?.deploymentNumber === undefined
        ? renderServing({ ...report, result: 'planned', failure: undefined })
        : '',
      renderChanges(plan, rows, shown, {
        more: 'not shown, to fit a pull-request comment; the job summary and the `flags-added`, `flags-removed` and `flags-changed` outputs list more.',
        logUrl: runUrl(context)
      }),
      renderExperiments(plan),
      renderGuards(
        plan,
        (g) =>
          hasNoAlarms(report) && g.guard === 'no-alarms' && g.outcome === 'warn'
      ),
      renderDrift(plan),
      // Rule tests (issue 24), smaller than in the summary: the comment shares 65,536 characters.
      report.flagTests === undefined
        ? ''
        : renderRuleTests(report.flagTests, context, {
            maxRows: 20,
            cellChars: 200
          }),
      environments,
      renderAlarms(report, true),
      report.hygiene === undefined
        ? ''
        : renderHygiene(report.hygiene, context, {
            limit: HYGIENE_COMMENT_MAX_CHARS,
            measure: (text) => text.length,
            added: addedKeys(plan)
          }),
      renderTarget(report, context, { rollout: false, runLink: true }),
      '<sub>AppConfig Guarded Rollout plan</sub>'
    ]
      .filter(Boolean)
      .join('\n\n')}\n`
  return fitRows(rows.length, render, maxChars, (text) => text.length)
}
