import { isTerminal } from './appconfig/deployment-states.js'
import { OUTPUTS, type InputName } from './contract.js'
import { plural } from './format.js'
import { toFailure } from './failure.js'
import { readGitHubContext, type GitHubContext } from './github/context.js'
import {
  runPipeline,
  type PipelineDeps,
  type PipelineReport
} from './pipeline.js'
import { toOutputs } from './report/outputs.js'
import { isSuccess, type Report } from './report/report.js'
import { escapeMarkdown } from './report/markdown.js'
import { renderSummary } from './report/render-summary.js'
import { planLogGroup } from './report/render-changes.js'
import {
  capAnnotations,
  processRunner,
  type CappedRunner,
  type Runner
} from './runner.js'
import { deploymentState, STATE } from './post.js'
import {
  describeSettings,
  InputErrors,
  parseSettings,
  type Settings
} from './settings.js'
import type { Plan } from './plan/plan.js'
import { abortableSleep } from './sleep.js'

/** Injected for tests; the action itself uses the defaults. */
export interface RunOptions {
  readonly runner?: Runner
  readonly now?: () => number
  readonly env?: NodeJS.ProcessEnv
  readonly pipeline?: typeof runPipeline
  /** Aborts when the workflow is cancelled; by default SIGINT and SIGTERM abort it. */
  readonly signal?: AbortSignal
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>
  readonly createClients?: PipelineDeps['createClients']
}

/**
 * The action: inputs → settings → pipeline → outputs, annotations and job summary (written on
 * every path) → pass or fail, decided once. The only module that talks to the runner.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  // Every annotation goes through the cap, so none GitHub would hide is emitted.
  const runner = capAnnotations(options.runner ?? processRunner)
  // First thing: a post step that finds this knows it is the post step (src/index.ts).
  runner.saveState(STATE.isPost, 'true')
  // Masked before anything can log it (a debug line, an error quoting inputs).
  const token = runner.getInput('github-token')
  if (token !== '') runner.setSecret(token)
  const now = options.now ?? Date.now
  const context = readGitHubContext(options.env ?? process.env)
  const started = now()
  // Attempts AWS throttled, counted by the clients for the summary footer.
  let throttled = 0
  const cancel =
    options.signal === undefined ? cancelOnSignals(runner) : undefined
  const env = options.env ?? process.env
  let settings: Settings | undefined
  // The deployment the post step would stop; '' when there is none (src/post.ts).
  let saved = ''
  const save = (value: string): void => {
    if (value === saved) return
    saved = value
    runner.saveState(STATE.deployment, value)
  }
  let loggedPlan: Plan | undefined
  let partial: PipelineReport = {
    result: 'failed',
    mode: undefined,
    failure: {
      kind: 'internal',
      message: 'The action ended before it started.'
    }
  }
  // pr-comment: only known once the inputs parse; plan and validate modes comment.
  let comment = false
  try {
    settings = parseSettings(
      (name: InputName) => runner.getInput(name),
      context.workspace
    )
    partial = { ...partial, mode: settings.mode }
    comment =
      settings.prComment &&
      (settings.mode === 'plan' || settings.mode === 'validate')
    for (const line of describeSettings(settings)) runner.debug(line)
    partial = await (options.pipeline ?? runPipeline)(settings, {
      today: new Date(now()).toISOString().slice(0, 10),
      env,
      context,
      now,
      sleep: options.sleep ?? abortableSleep,
      log: (line) => runner.info(line),
      warn: (line) => runner.warning(line),
      signal: options.signal ?? cancel!.signal,
      createClients: options.createClients,
      debug: runner.isDebug() ? (line) => runner.debug(line) : undefined,
      onThrottle: () => throttled++,
      // The plan and the guards' verdicts in the log as soon as they are decided, not after
      // an hour-long rollout.
      planned: (plan) => {
        logPlan(runner, plan)
        loggedPlan = plan
      },
      // Saved as soon as a deployment starts, so a kill before the end still leaves it.
      track: (rollout, target) => save(deploymentState(rollout, target, env))
    })
  } catch (error) {
    partial = {
      ...partial,
      // Invalid inputs still leave a mode in force when `mode` itself was valid.
      mode: error instanceof InputErrors ? error.mode : partial.mode,
      result: 'failed',
      failure: toFailure(error)
    }
  } finally {
    cancel?.dispose()
    const report = {
      ...partial,
      durationSeconds: (now() - started) / 1000,
      ...(throttled > 0 && { throttled })
    } as Report
    if (!leftForPostStep(report, settings)) save('')
    logDetails(runner, report, loggedPlan)
    publish(runner, report, context)
    const commented = comment
      ? await postComment(runner, report, context, token, options.env)
      : ''
    await writeSummary(runner, renderSummary(report, context) + commented)
    if (isSuccess(report)) {
      const line = resultLine(report)
      if (line !== undefined) runner.info(line)
    } else {
      runner.setFailed(
        report.failure?.message ?? `The rollout ended as ${report.result}.`
      )
    }
  }
}

/**
 * The pull-request comment (pr-comment: true), posted before the summary so the summary can
 * link it. A comment that cannot be posted is a notice or a warning, never the step's failure.
 */
async function postComment(
  runner: CappedRunner,
  report: Report,
  context: GitHubContext,
  token: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  const { publishComment } = await import('./github/publish-comment.js')
  const outcome = await publishComment(report, {
    token,
    env,
    context,
    log: (line) => runner.debug(line)
  })
  switch (outcome.status) {
    case 'created':
    case 'updated':
      runner.info(
        `Plan comment ${outcome.status} on the pull request: ${outcome.url ?? ''}`
      )
      return `\n<sub>💬 The plan comment was ${outcome.status} on the pull request${outcome.url ? `: ${outcome.url}` : ''}.</sub>\n`
    case 'skipped':
    case 'forbidden':
      runner.notice(outcome.notice ?? `pr-comment: ${outcome.status}.`)
      return `\n<sub>💬 No pull-request comment: ${escapeMarkdown(outcome.notice ?? outcome.status)}</sub>\n`
    case 'failed':
      runner.warning(outcome.notice ?? 'The pull-request comment failed.')
      return `\n<sub>💬 The pull-request comment failed: ${escapeMarkdown(outcome.notice ?? 'unknown error')}</sub>\n`
  }
}

/**
 * Whether the post step should still stop the deployment once this step ends: only when this
 * step meant to stop it (on-cancel / on-timeout: stop) and the stop did not happen. Otherwise
 * the deployment ended, or was left running on purpose (wait-until started/baking, on-cancel
 * or on-timeout: leave, a failed watch whose message says it was left running).
 */
function leftForPostStep(
  report: Report,
  settings: Settings | undefined
): boolean {
  const rollout = report.rollout
  if (rollout?.deploymentNumber === undefined || rollout.stopped === true)
    return false
  if (isTerminal(rollout.state)) return false
  return (
    (report.result === 'cancelled' && settings?.onCancel === 'stop') ||
    (report.result === 'timed-out' && settings?.onTimeout === 'stop')
  )
}

/**
 * SIGINT/SIGTERM (the runner cancelling the job) abort the pipeline instead of killing the
 * process, so the deployment can be stopped and the outputs and summary still written. The
 * runner sends SIGTERM 7.5 s after SIGINT and kills 2.5 s later.
 */
function cancelOnSignals(runner: Runner): {
  signal: AbortSignal
  dispose(): void
} {
  const controller = new AbortController()
  const onSignal = (name: NodeJS.Signals): void => {
    if (!controller.signal.aborted)
      runner.info(`Received ${name}: the workflow is being cancelled.`)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}

/**
 * Outputs (all of them, on every path) and one annotation per bundle problem, as many as
 * GitHub shows: past the cap, one notice says how many more the summary lists.
 */
function publish(
  runner: CappedRunner,
  report: Report,
  context: GitHubContext
): void {
  try {
    const outputs = toOutputs(report, context)
    for (const name of OUTPUTS) runner.setOutput(name, outputs[name])
  } catch (error) {
    runner.warning(`Could not write the step outputs: ${errorText(error)}`)
  }
  // Rule tests (issue 24): the file's problems and failing cases as errors, undetermined as notices.
  publishFlagTests(runner, report)
  const bundle = report.bundle
  if (bundle === undefined) return
  const hiddenBefore = runner.hidden()
  for (const problem of bundle.problems) {
    // The title carries the rule id, so the message does not repeat it.
    const properties = {
      title: `AppConfig bundle: ${problem.rule}`,
      file: bundle.displayPath,
      startLine: problem.line,
      startColumn: problem.col
    }
    if (problem.severity === 'error') runner.error(problem.message, properties)
    else runner.warning(problem.message, properties)
  }
  const hidden = runner.hidden() - hiddenBefore
  if (hidden > 0) {
    runner.notice(
      `${plural(hidden, 'more bundle problem')} than GitHub shows as annotations (at most 10 errors and 10 warnings per step): the job summary lists them with links to their lines, and the step log's validation group lists them all.`
    )
  }
}

/** Annotations of the rule tests, each at its line of the test file (issue 24). */
function publishFlagTests(runner: CappedRunner, report: Report): void {
  const tests = report.flagTests
  if (tests === undefined) return
  const file = tests.displayPath
  for (const p of tests.problems)
    runner.error(p.message, {
      title: `Rule tests: ${p.rule}`,
      file,
      startLine: p.line,
      startColumn: p.col
    })
  for (const r of tests.results) {
    const properties = {
      title: `Rule test ${r.verdict}${r.case.name === undefined ? '' : `: ${r.case.name}`}`,
      file,
      startLine: r.line,
      startColumn: r.col
    }
    if (r.verdict === 'failed') runner.error(r.message, properties)
    else runner.notice(r.message, properties)
  }
  runner.info(
    `Rule tests ${file}: ${tests.passed} passed, ${tests.failed} failed, ${tests.undetermined} undetermined.`
  )
}

/** Log groups for the long parts (the bundle's problems, the plan), folded in the log. */
function logDetails(
  runner: Runner,
  report: Report,
  logged: Plan | undefined
): void {
  const bundle = report.bundle
  if (bundle !== undefined && bundle.problems.length > 0) {
    runner.startGroup(
      `Validation of ${bundle.displayPath}: ${plural(bundle.errorCount, 'error')}, ${plural(bundle.warningCount, 'warning')}`
    )
    for (const p of bundle.problems) {
      runner.info(
        `${bundle.displayPath}:${p.line}:${p.col} ${p.severity} ${p.rule}: ${p.message}`
      )
    }
    runner.endGroup()
  }
  // The plan as it ended: logged here unless it was logged when decided and stayed the same.
  if (report.plan !== undefined && report.plan !== logged)
    logPlan(runner, report.plan)
}

/** The plan group: each change, the drift, each guard's verdict (logged when it is decided). */
function logPlan(runner: Runner, plan: Plan): void {
  {
    // The summary and the comment point at this group by its title (issue 25).
    runner.startGroup(planLogGroup(plan))
    for (const change of plan.changes) {
      const mark = { added: '+', removed: '-', changed: '~' }[change.kind]
      runner.info(`${mark} ${change.key}`)
      for (const d of change.details) {
        const from =
          d.offset === undefined ? '' : ` (from character ${d.offset + 1})`
        runner.info(
          `    ${d.what}${from}: ${d.before ?? '(not set)'} → ${d.after ?? '(not set)'}`
        )
      }
    }
    for (const flag of plan.drift?.flags ?? [])
      runner.info(`drift ${flag.key}: ${flag.kind}, ${flag.outcome}`)
    for (const guard of plan.guards) {
      runner.info(`guard ${guard.guard}: ${guard.outcome}: ${guard.message}`)
    }
    runner.endGroup()
  }
}

/** The one line a successful `validate` or `plan` ends its log with. */
function resultLine(report: Report): string | undefined {
  const bundle = report.bundle
  if (report.result === 'validated' && bundle !== undefined) {
    return `Validated bundle ${bundle.displayPath}: ${plural(bundle.flagCount, 'flag')}, ${plural(bundle.errorCount, 'error')}, ${plural(bundle.warningCount, 'warning')}.`
  }
  const plan = report.plan
  if (report.result === 'planned' && plan !== undefined) {
    const count = (kind: string): number =>
      plan.changes.filter((c) => c.kind === kind).length
    const where =
      report.target === undefined
        ? ''
        : ` ${report.target.profile.name} in ${report.target.environment.name}`
    const changes = plan.changed
      ? `${plural(plan.changes.length, 'flag change')} (${count('added')} added, ${count('removed')} removed, ${count('changed')} changed)`
      : 'no change'
    return `Planned${where}: ${changes}, ${plural(plan.unchangedCount, 'flag')} unchanged.`
  }
  return undefined
}

async function writeSummary(runner: Runner, markdown: string): Promise<void> {
  try {
    await runner.appendSummary(markdown)
  } catch (error) {
    // A summary that cannot be written must not hide the real outcome.
    runner.warning(`Could not write the job summary: ${errorText(error)}`)
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
