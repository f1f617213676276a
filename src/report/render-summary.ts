import { formatKb, plural } from '../format.js'
import { fileLineUrl, type GitHubContext } from '../github/context.js'
import { fitRows } from './fit.js'
import {
  byteLength,
  MAX_PROBLEM_ROWS,
  SUMMARY_MAX_BYTES,
  TEXT_MAX_CHARS
} from './limits.js'
import {
  code,
  codeBlock,
  details,
  escapeMarkdown,
  link,
  table,
  truncate
} from './markdown.js'
import { renderAlarms } from './render-alarms.js'
import { addedKeys, renderChangeRows, renderChanges } from './render-changes.js'
import { renderDrift } from './render-drift.js'
import { quotedAlarm, renderFailure, stopCommand } from './render-failure.js'
import { renderExperiments } from './render-experiments.js'
import { renderHygiene } from './render-hygiene.js'
import { renderGuards } from './render-guards.js'
import { renderHeadline } from './render-headline.js'
import { renderIncident } from './render-incident.js'
import { renderEnvironments } from './render-overview.js'
import { renderServing, renderTarget } from './render-target.js'
import { hasNoAlarms, renderRisks } from './render-risks.js'
import { renderRuleTests } from './render-rule-tests.js'
import { renderTimeline } from './render-timeline.js'
import { isSuccess, type BundleReport, type Report } from './report.js'
import { knownAlarms } from './known-alarms.js'

export { MAX_PROBLEM_ROWS } from './limits.js'

/**
 * Renders the job summary for a report: pure, so every outcome can be snapshot-tested.
 * Degrades to stay under `maxBytes` (GitHub's 1 MiB): the flag table is folded when long,
 * then shortened with a count of what was left out, then, as a last resort, cut.
 */
export function renderSummary(
  report: Report,
  context: GitHubContext,
  maxBytes: number = SUMMARY_MAX_BYTES
): string {
  try {
    const rows = report.plan === undefined ? [] : renderChangeRows(report.plan)
    // The environments get half the budget at most, sized once; the flag table fits the rest.
    const environments =
      report.plan === undefined
        ? ''
        : renderEnvironments(
            report.plan,
            report.target?.profile,
            maxBytes / 2,
            byteLength
          )
    const sections = (shown: number): string =>
      `${compose(report, context, rows, shown, environments).filter(Boolean).join('\n\n')}\n`
    return fitRows(rows.length, sections, maxBytes, byteLength)
  } catch (error) {
    // main.ts renders in `finally`: a renderer bug must not cost the summary or the failure.
    return renderFallback(report, error)
  }
}

/** A summary that cannot fail, for a report the renderer choked on. */
export function renderFallback(report: Report, error: unknown): string {
  const said = error instanceof Error ? error.message : String(error)
  const failure =
    typeof report.failure?.message === 'string'
      ? `\n\n**What happened:** ${escapeMarkdown(truncate(report.failure.message, TEXT_MAX_CHARS))}`
      : ''
  return `### ${isSuccess(report) ? '✅' : '❌'} Result: ${code(String(report.result))}${failure}\n\nThe full summary could not be rendered (${escapeMarkdown(truncate(said, TEXT_MAX_CHARS))}); the outputs and the step log have the details.\n`
}

function compose(
  report: Report,
  context: GitHubContext,
  rows: readonly string[],
  shown: number,
  environments: string
): string[] {
  const plan = report.plan
  const rollout = report.rollout
  // In validate mode the bundle is the whole story; with a target it is one section of many.
  const bundleHeading =
    report.mode !== 'validate' && report.target !== undefined
  // The no-alarms warning once: as the risk callout when something is deployed, and not at
  // all when nothing was to be deployed.
  const hideNoAlarms = hasNoAlarms(report) || report.result === 'unchanged'
  // What a reviewer needs first (issue 27): the state, the risks, what production serves,
  // the changes, then the checks and the record, the target and provenance last.
  return [
    `### ${renderHeadline(report)}`,
    renderRisks(report),
    renderFailure(report),
    renderServing(report),
    renderIncident(report),
    renderExperiments(plan),
    plan === undefined
      ? ''
      : renderChanges(plan, rows, shown, {
          more: "not shown, to keep this summary under GitHub's 1 MiB limit; the `flags-added`, `flags-removed` and `flags-changed` outputs list every key."
        }),
    plan === undefined
      ? ''
      : renderGuards(
          plan,
          (g) => hideNoAlarms && g.guard === 'no-alarms' && g.outcome === 'warn'
        ),
    report.flagTests === undefined
      ? ''
      : renderRuleTests(report.flagTests, context),
    renderDrift(plan),
    report.hygiene === undefined
      ? ''
      : renderHygiene(report.hygiene, context, {
          added: addedKeys(report.plan)
        }),
    environments,
    nextSteps(report),
    rollout === undefined
      ? ''
      : renderTimeline(rollout, knownAlarms(report), report.target?.strategy),
    renderAlarms(report, true, quotedAlarm(report)),
    report.bundle === undefined
      ? ''
      : bundleSection(report.bundle, context, bundleHeading),
    renderTarget(report, context),
    footer(report)
  ]
}

/**
 * The mode in force (none when the inputs could not say), the duration, and how often AWS
 * throttled the run (why a step in a large matrix was slow); no link to the page it is on.
 */
function footer(report: Report): string {
  const mode =
    report.mode === undefined
      ? 'no mode in force (invalid inputs)'
      : `mode ${code(report.mode)}`
  const n = report.throttled ?? 0
  const throttled =
    n > 0
      ? ` · AWS throttled ${n} call${n === 1 ? '' : 's'}, retried (many pipelines share the account's API quotas)`
      : ''
  return `<sub>AppConfig Guarded Rollout · ${mode} · ${report.durationSeconds.toFixed(1)} s${throttled}</sub>`
}

/** After a success, how to undo it: revert a completed deployment, stop a running one. */
function nextSteps(report: Report): string {
  // An incident record says how to undo it itself.
  if (report.failure !== undefined || report.incident !== undefined) return ''
  const previous =
    report.plan?.deployed === undefined
      ? 'the previous configuration'
      : `version ${report.plan.deployed.version}`
  if (report.result === 'complete') {
    const command = stopCommand(report, true)
    if (command === undefined) return ''
    return details(
      'How to revert',
      `Within 72 hours of completion AppConfig can revert this deployment, so that clients get ${previous} back (a revert does not wait for the alarms):\n\n${codeBlock(command, 'sh')}`
    )
  }
  if (report.result === 'baking' || report.result === 'started') {
    const command = stopCommand(report)
    if (command === undefined) return ''
    return details(
      'How to stop it',
      `The deployment is still running; AppConfig rolls it back if an alarm fires. To stop it yourself (AppConfig then rolls it back to ${previous}):\n\n${codeBlock(command, 'sh')}`
    )
  }
  return ''
}

function bundleSection(
  bundle: BundleReport,
  context: GitHubContext,
  heading: boolean
): string {
  const facts = `${code(bundle.displayPath)} · ${bundle.format.toUpperCase()} · ${formatKb(bundle.fileBytes)} · ${plural(bundle.flagCount, 'flag')}`
  const parts = heading ? ['#### Bundle', facts] : [facts]
  if (bundle.problems.length === 0) return parts.join('\n\n')
  const rows = bundle.problems.slice(0, MAX_PROBLEM_ROWS).map((p) => {
    const where = `${bundle.displayPath}:${p.line}:${p.col}`
    const url = fileLineUrl(context, bundle.displayPath, p.line)
    return [
      p.severity === 'error' ? '❌ error' : '⚠️ warning',
      link(escapeMarkdown(where), url),
      code(p.rule),
      escapeMarkdown(truncate(p.message, TEXT_MAX_CHARS))
    ]
  })
  const rest = bundle.problems.length - rows.length
  const counts = [
    bundle.errorCount ? plural(bundle.errorCount, 'error') : '',
    bundle.warningCount ? plural(bundle.warningCount, 'warning') : ''
  ].filter(Boolean)
  parts.push(
    `**${counts.join(', ')}**`,
    table(['', 'where', 'rule', 'problem'], rows)
  )
  if (rest > 0)
    parts.push(
      `… and ${plural(rest, 'more problem')}, listed in the step log as annotations.`
    )
  return parts.join('\n\n')
}
