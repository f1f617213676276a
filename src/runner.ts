import * as core from '@actions/core'
import { stripControls } from './strip-controls.js'

/** Where an annotation points; the subset of @actions/core's properties the action uses. */
export interface AnnotationProperties {
  readonly title?: string
  readonly file?: string
  readonly startLine?: number
  readonly startColumn?: number
}

/**
 * What main.ts needs from the runner: a seam so tests pass a fake (__fixtures__/fake-runner.ts)
 * while the action itself goes through @actions/core, which owns the runner protocol.
 */
export interface Runner {
  /** A trimmed input value; '' when unset. */
  getInput(name: string): string
  setOutput(name: string, value: string): void
  /** Masks the value in every later log line (tokens). */
  setSecret(value: string): void
  /** True when the run has `ACTIONS_STEP_DEBUG` (debug lines are shown). */
  isDebug(): boolean
  debug(message: string): void
  info(message: string): void
  notice(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  /** A foldable section of the log, until endGroup. */
  startGroup(name: string): void
  endGroup(): void
  /** State handed from the main step to the `post:` step. */
  saveState(name: string, value: string): void
  getState(name: string): string
  appendSummary(markdown: string): Promise<void>
  setFailed(message: string): void
}

/**
 * Text from AWS or the bundle (an alarm's StateReason, an error message, a flag name) made
 * harmless in a plain log line. The runner reads stdout line by line (\n, \r or \r\n) and
 * runs a line as a workflow command when, after its leading whitespace, it starts with `::`
 * (`::add-mask::`, `::stop-commands::`, `::error::`), or when it holds the legacy `##[` form
 * anywhere (actions/runner ActionCommand.TryParseV2 / TryParse). A zero-width space (not
 * whitespace to .NET's TrimStart, which also trims U+0085) before such a line's `::`, and inside every `##[`, keeps
 * the text as it reads while no line can be a command.
 */
export function neutraliseCommands(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part) => part.replace(/^([\s\u0085]*)::/, '$1\u200b::'))
    .join('')
    .replaceAll('##[', '##\u200b[')
}

/**
 * The runner of the current process, over @actions/core. `info` writes its text raw, so it is
 * neutralised; debug, warning, error and notice go through @actions/core's command escaping
 * (newlines become %0A), which already keeps their text inside one command.
 */
export const processRunner: Runner = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (value) => core.setSecret(value),
  isDebug: () => core.isDebug(),
  debug: (message) => core.debug(stripControls(message)),
  info: (message) => core.info(neutraliseCommands(stripControls(message))),
  notice: (message, properties) =>
    core.notice(stripControls(message), properties),
  warning: (message, properties) =>
    core.warning(stripControls(message), properties),
  error: (message, properties) =>
    core.error(stripControls(message), properties),
  startGroup: (name) => core.startGroup(name),
  endGroup: () => core.endGroup(),
  saveState: (name, value) => core.saveState(name, value),
  getState: (name) => core.getState(name),
  async appendSummary(markdown) {
    await core.summary.addRaw(stripControls(markdown)).write()
  },
  setFailed: (message) => core.setFailed(stripControls(message))
}

/** GitHub shows at most this many error, and this many warning, annotations per step. */
export const ANNOTATION_LIMIT = 10

/** A runner whose error and warning annotations stop at GitHub's cap. */
export interface CappedRunner extends Runner {
  /** How many errors and warnings went to the log as plain lines, past the cap. */
  hidden(): number
}

/**
 * Wraps a runner so that no annotation GitHub would drop is emitted: past `limit` errors (one
 * kept for setFailed, whose message is the step's verdict) or `limit` warnings, they become
 * plain log lines and are counted, so the caller can say how many the summary lists instead.
 */
export function capAnnotations(
  runner: Runner,
  limit: number = ANNOTATION_LIMIT
): CappedRunner {
  const left = { error: limit - 1, warning: limit }
  let hidden = 0
  const annotate =
    (level: 'error' | 'warning') =>
    (message: string, properties?: AnnotationProperties): void => {
      if (left[level] > 0) {
        left[level]--
        runner[level](message, properties)
        return
      }
      hidden++
      const where =
        properties?.file === undefined
          ? ''
          : `${properties.file}:${properties.startLine ?? 1}:${properties.startColumn ?? 1}: `
      runner.info(
        `${level === 'error' ? 'Error' : 'Warning'}: ${where}${message}`
      )
    }
  return {
    getInput: (name) => runner.getInput(name),
    setOutput: (name, value) => runner.setOutput(name, value),
    setSecret: (value) => runner.setSecret(value),
    isDebug: () => runner.isDebug(),
    debug: (message) => runner.debug(message),
    info: (message) => runner.info(message),
    notice: (message, properties) => runner.notice(message, properties),
    warning: annotate('warning'),
    error: annotate('error'),
    startGroup: (name) => runner.startGroup(name),
    endGroup: () => runner.endGroup(),
    saveState: (name, value) => runner.saveState(name, value),
    getState: (name) => runner.getState(name),
    appendSummary: (markdown) => runner.appendSummary(markdown),
    setFailed: (message) => runner.setFailed(message),
    hidden: () => hidden
  }
}
