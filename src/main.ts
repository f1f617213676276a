import { OUTPUTS, type InputName } from './contract.js'
import { BundleReadError } from './bundle/validate-bundle.js'
import { readGitHubContext } from './github.js'
import { runPipeline, type PipelineReport } from './pipeline.js'
import { toOutputs } from './report/outputs.js'
import { isSuccess, type Failure, type Report } from './report/report.js'
import { renderSummary } from './report/render-summary.js'
import { processRunner, type Runner } from './runner.js'
import { InputError, parseSettings } from './settings.js'

/** Injected for tests; the action itself uses the defaults. */
export interface RunOptions {
  readonly runner?: Runner
  readonly now?: () => number
  readonly env?: NodeJS.ProcessEnv
  readonly pipeline?: typeof runPipeline
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
  let partial: PipelineReport = { result: 'failed', mode: undefined }
  try {
    const settings = parseSettings(
      (name: InputName) => runner.getInput(name),
      context.workspace
    )
    partial = { result: 'failed', mode: settings.mode }
    partial = await (options.pipeline ?? runPipeline)(settings, {
      today: new Date(now()).toISOString().slice(0, 10)
    })
  } catch (error) {
    partial = { ...partial, result: 'failed', failure: describeError(error) }
  } finally {
    const report: Report = {
      ...partial,
      durationSeconds: (now() - started) / 1000
    }
    publish(runner, report)
    writeSummary(runner, renderSummary(report, context))
    if (!isSuccess(report)) {
      runner.setFailed(
        report.failure?.message ?? `The rollout ended as ${report.result}.`
      )
    }
  }
}

function describeError(error: unknown): Failure {
  if (error instanceof InputError) {
    return { kind: 'input', message: error.message, input: error.input }
  }
  if (error instanceof BundleReadError)
    return { kind: 'bundle', message: error.message }
  const message = error instanceof Error ? error.message : String(error)
  return { kind: 'internal', message: `Unexpected error: ${message}` }
}

/** Outputs (all of them, on every path) and one annotation per bundle problem. */
function publish(runner: Runner, report: Report): void {
  const outputs = toOutputs(report)
  try {
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
