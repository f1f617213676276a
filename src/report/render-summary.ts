import { plural } from '../format.js'
import { fileLineUrl, runUrl, type GitHubContext } from '../github.js'
import { code, escapeMarkdown, table } from './markdown.js'
import type { BundleReport, Report } from './report.js'

/** How many problems the summary lists before it counts the rest. */
export const MAX_PROBLEM_ROWS = 100

/** Renders the job summary for a report: pure, so every outcome can be snapshot-tested. */
export function renderSummary(report: Report, context: GitHubContext): string {
  const parts: string[] = [`### ${headline(report)}`]
  if (report.failure !== undefined && report.failure.kind !== 'bundle') {
    parts.push(failureSection(report))
  }
  if (report.bundle !== undefined)
    parts.push(bundleSection(report.bundle, context))
  const run = runUrl(context)
  parts.push(
    `<sub>AppConfig Guarded Rollout · mode ${code(report.mode ?? 'unknown')} · ${report.durationSeconds.toFixed(1)} s${run ? ` · [workflow run](${run})` : ''}</sub>`
  )
  return `${parts.join('\n\n')}\n`
}

function headline(report: Report): string {
  const bundle = report.bundle
  const name = bundle ? code(bundle.displayPath) : 'the bundle'
  if (report.failure?.kind === 'bundle' && bundle) {
    return `❌ Validation failed: ${plural(bundle.errorCount, 'problem')} in ${name}`
  }
  if (report.failure?.kind === 'input') return '❌ Invalid input'
  if (report.failure?.kind === 'not-available')
    return `❌ Mode ${code(report.mode ?? '')} is not available yet`
  if (report.failure !== undefined) return '❌ The action failed'
  if (report.result === 'validated' && bundle) {
    const warnings = bundle.warningCount
      ? ` with ${plural(bundle.warningCount, 'warning')}`
      : ''
    return `✅ ${name} is valid: ${plural(bundle.flagCount, 'flag')}${warnings}`
  }
  return `Result: ${code(report.result)}`
}

function failureSection(report: Report): string {
  const failure = report.failure!
  const lines = [`**What happened:** ${escapeMarkdown(failure.message)}`]
  if (failure.kind === 'input') {
    lines.push(
      `**What to do:** fix the input ${code(failure.input ?? '')} in the workflow's \`with:\` block and re-run.`
    )
  } else if (failure.kind === 'not-available') {
    lines.push(
      '**What to do:** use `mode: validate` for now; `plan` and `deploy` arrive with the guarded rollout.'
    )
  } else {
    lines.push(
      '**What to do:** re-run with step debug logging (`ACTIONS_STEP_DEBUG: true`) and report the error if it persists.'
    )
  }
  return lines.join('\n\n')
}

function bundleSection(bundle: BundleReport, context: GitHubContext): string {
  const facts = `${code(bundle.displayPath)} · ${bundle.format.toUpperCase()} · ${(bundle.fileBytes / 1024).toFixed(1)} KB · ${plural(bundle.flagCount, 'flag')}`
  if (bundle.problems.length === 0) return facts
  const rows = bundle.problems.slice(0, MAX_PROBLEM_ROWS).map((p) => {
    const where = `${bundle.displayPath}:${p.line}:${p.col}`
    const url = fileLineUrl(context, bundle.displayPath, p.line)
    return [
      p.severity === 'error' ? '❌ error' : '⚠️ warning',
      url ? `[${escapeMarkdown(where)}](${url})` : escapeMarkdown(where),
      code(p.rule),
      escapeMarkdown(p.message)
    ]
  })
  const rest = bundle.problems.length - rows.length
  const counts = [
    bundle.errorCount ? plural(bundle.errorCount, 'error') : '',
    bundle.warningCount ? plural(bundle.warningCount, 'warning') : ''
  ].filter(Boolean)
  return [
    facts,
    `**${counts.join(', ')}**`,
    table(['', 'where', 'rule', 'problem'], rows),
    rest > 0
      ? `… and ${plural(rest, 'more problem')}, listed in the step log as annotations.`
      : ''
  ]
    .filter(Boolean)
    .join('\n\n')
}
