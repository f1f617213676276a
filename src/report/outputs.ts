import type { OutputName } from '../contract.js'
import type { GitHubContext } from '../github/context.js'
import { renderPlanMarkdown } from './render-plan.js'
import type { FlagChange, Report } from './report.js'
import { environmentConsoleUrl } from './console-url.js'
import { experimentsOutput } from './render-experiments.js'
import { deploymentUrl, NO_CONTEXT } from './report-links.js'

/**
 * Every output for a report, derived from it alone; empty values are written too, so later
 * steps can rely on them. `context` gives `plan-markdown` its commit and run links.
 */
export function toOutputs(
  report: Report,
  context: GitHubContext = NO_CONTEXT
): Record<OutputName, string> {
  const { target, plan, rollout } = report
  const keys = (kind: FlagChange['kind']): string =>
    JSON.stringify(
      (plan?.changes ?? []).filter((c) => c.kind === kind).map((c) => c.key)
    )
  return {
    result: report.result,
    state: rollout?.state ?? '',
    'deployment-number': text(rollout?.deploymentNumber),
    'configuration-version': text(rollout?.version?.number),
    'version-label': rollout?.version?.label ?? '',
    'application-id': target?.application.id ?? '',
    'environment-id': target?.environment.id ?? '',
    'configuration-profile-id': target?.profile.id ?? '',
    'deployment-strategy-id': target?.strategy.id ?? '',
    changed: plan?.changed === true ? 'true' : 'false',
    'flags-added': keys('added'),
    'flags-removed': keys('removed'),
    'flags-changed': keys('changed'),
    'rollback-reason': rollbackReason(report),
    'triggered-alarms': JSON.stringify(rollout?.triggeredAlarms ?? []),
    'plan-markdown': planMarkdown(report, context),
    'duration-seconds': report.durationSeconds.toFixed(1),
    // Second-round outputs: written (empty) on every path until their stages fill them.
    'plan-id': plan?.planId ?? '',
    'deployment-url': consoleUrl(report),
    drift: JSON.stringify((plan?.drift?.flags ?? []).map((f) => f.key)),
    'stale-flags': JSON.stringify(
      report.hygiene?.stale.map((s) => s.key) ?? report.staleFlags ?? []
    ),
    'unreferenced-flags': JSON.stringify(report.hygiene?.unreferenced ?? []),
    // Third-round outputs: written on every path; their stages (rule tests, experiments) fill them.
    'flag-test-results':
      report.flagTests === undefined
        ? ''
        : JSON.stringify({
            passed: report.flagTests.passed,
            failed: report.flagTests.failed,
            undetermined: report.flagTests.undetermined
          }),
    // '' before a target (validate, bad input); else every run the plan saw, `[]` when none.
    experiments: target === undefined ? '' : experimentsOutput(plan)
  }
}

/** The plan comment; main.ts sets outputs in `finally`, so a renderer bug must not throw. */
function planMarkdown(report: Report, context: GitHubContext): string {
  try {
    return renderPlanMarkdown(report, context)
  } catch (error) {
    const said = error instanceof Error ? error.message : String(error)
    return `The plan could not be rendered (${said.replace(/[<>`|\r\n]/g, ' ')}); the job summary and the step log have the details.\n`
  }
}

/**
 * The console page of the deployment this run started, else of the environment (for a job's
 * `environment.url`); '' before the target was resolved or where there is no public console.
 */
function consoleUrl(report: Report): string {
  const target = report.target
  if (target === undefined) return ''
  return (
    deploymentUrl(report) ??
    environmentConsoleUrl(
      target.region,
      target.application.id,
      target.environment.id
    ) ??
    ''
  )
}

function text(value: number | undefined): string {
  return value === undefined ? '' : String(value)
}

/** AppConfig's reason, from the report or else from the event log, when it rolled back. */
function rollbackReason(report: Report): string {
  const rollout = report.rollout
  if (rollout === undefined) return ''
  if (rollout.rollbackReason !== undefined) return rollout.rollbackReason
  if (
    !['ROLLED_BACK', 'REVERTED', 'ROLLING_BACK'].includes(rollout.state ?? '')
  )
    return ''
  return rollout.cause?.description ?? ''
}
