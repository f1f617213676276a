import { OUTPUTS, type InputName } from './contract.js'
import { toFailure } from './failure.js'
import { readGitHubContext, type GitHubContext } from './github/context.js'
import {
  runPipeline,
  type PipelineDeps,
  type PipelineReport
} from './pipeline.js'
import { toOutputs } from './report/outputs.js'
import { isSuccess, type Report } from './report/report.js'
import { renderSummary } from './report/render-summary.js'
import { processRunner, type Runner } from './runner.js'
import { parseSettings } from './settings.js'
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
  const runner = options.runner ?? processRunner
  const now = options.now ?? Date.now
  const context = readGitHubContext(options.env ?? process.env)
  const started = now()
  const cancel =
    options.signal === undefined ? cancelOnSignals(runner) : undefined
  let partial: PipelineReport = {
    result: 'failed',
    mode: undefined,
    failure: {
      kind: 'internal',
      message: 'The action ended before it started.'
    }
  }
  try {
    const settings = parseSettings(
      (name: InputName) => runner.getInput(name),
      context.workspace
    )
    partial = { ...partial, mode: settings.mode }
    partial = await (options.pipeline ?? runPipeline)(settings, {
      today: new Date(now()).toISOString().slice(0, 10),
      env: options.env ?? process.env,
      context,
      now,
      sleep: options.sleep ?? abortableSleep,
      log: (line) => runner.info(line),
      warn: (line) => runner.warning(line),
      signal: options.signal ?? cancel!.signal,
      createClients: options.createClients
    })
  } catch (error) {
    partial = { ...partial, result: 'failed', failure: toFailure(error) }
  } finally {
    cancel?.dispose()
    const report = {
      ...partial,
      durationSeconds: (now() - started) / 1000
    } as Report
    publish(runner, report, context)
    writeSummary(runner, renderSummary(report, context))
    if (!isSuccess(report)) {
      runner.setFailed(
        report.failure?.message ?? `The rollout ended as ${report.result}.`
      )
    }
  }
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

/** Outputs (all of them, on every path) and one annotation per bundle problem. */
function publish(runner: Runner, report: Report, context: GitHubContext): void {
  try {
    const outputs = toOutputs(report, context)
    for (const name of OUTPUTS) runner.setOutput(name, outputs[name])
  } catch (error) {
    runner.warning(`Could not write the step outputs: ${errorText(error)}`)
  }
  const bundle = report.bundle
  if (bundle === undefined) return
  for (const problem of bundle.problems) {
    const properties = {
      title: `AppConfig bundle: ${problem.rule}`,
      file: bundle.displayPath,
      startLine: problem.line,
      startColumn: problem.col
    }
    const text = `${problem.rule}: ${problem.message}`
    if (problem.severity === 'error') runner.error(text, properties)
    else runner.warning(text, properties)
  }
}

function writeSummary(runner: Runner, markdown: string): void {
  try {
    runner.appendSummary(markdown)
  } catch (error) {
    // A summary that cannot be written must not hide the real outcome.
    runner.warning(`Could not write the job summary: ${errorText(error)}`)
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
