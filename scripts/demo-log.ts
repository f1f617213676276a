import type { Style } from './demo-style.js'

/**
 * Turns the action's log lines into what a person reads in a terminal: workflow commands
 * (`::error file=…::message`, `::group::`, `::debug::`…, the way the runner receives them) become
 * labelled lines, and deployment progress lines get a progress bar.
 */

/** A parsed `::command key=value,…::message` line. */
export interface WorkflowCommand {
  readonly command: string
  readonly properties: Record<string, string>
  readonly message: string
}

/** Undoes @actions/core's escaping of command data and property values. */
function unescapeData(text: string): string {
  return text
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%')
}

/** Parses a workflow command line; undefined when the line is plain log text. */
export function parseCommand(line: string): WorkflowCommand | undefined {
  const match = /^::([a-zA-Z][\w-]*)(?: ([^:]*?))?::(.*)$/.exec(line)
  if (match === null) return undefined
  const properties: Record<string, string> = {}
  for (const pair of (match[2] ?? '').split(',')) {
    const eq = pair.indexOf('=')
    if (eq > 0)
      properties[pair.slice(0, eq).trim()] = unescapeData(pair.slice(eq + 1))
  }
  return { command: match[1]!, properties, message: unescapeData(match[3]!) }
}

/** `flags/checkout.json:4:5`, from an annotation's properties. */
function location(properties: Record<string, string>): string {
  const { file, line, col } = properties
  if (file === undefined) return ''
  return [file, line, line !== undefined ? col : undefined]
    .filter((p) => p !== undefined)
    .join(':')
}

const BAR_WIDTH = 20

/** `████████░░░░░░░░░░░░`, for a deployment percentage. */
export function progressBar(
  percent: number,
  style: Style,
  failed: boolean
): string {
  const filled = Math.round(
    (Math.max(0, Math.min(100, percent)) / 100) * BAR_WIDTH
  )
  const paint = failed ? style.red : style.green
  return paint('█'.repeat(filled)) + style.dim('░'.repeat(BAR_WIDTH - filled))
}

/**
 * One line of the action's stdout as lines to print (without the step prefix); an empty array
 * for lines the runner would hide (`::debug::` without step debugging, `::add-mask::`…).
 */
export function formatLogLine(line: string, style: Style): string[] {
  const command = parseCommand(line)
  if (command === undefined) return [decorateProgress(line, style)]
  const { message, properties } = command
  const where = location(properties)
  const title = properties.title
  const annotation = (
    label: string,
    paint: (t: string) => string
  ): string[] => {
    const head = [
      paint(style.bold(label)),
      where && style.dim(where),
      title && style.bold(title)
    ]
      .filter((p) => p)
      .join(' ')
    const [first, ...rest] = message.split(/\r?\n/)
    return [`${head}: ${first}`, ...rest.map((l) => `  ${l}`)]
  }
  switch (command.command) {
    case 'error':
      return annotation('✖ error', style.red)
    case 'warning':
      return annotation('⚠ warning', style.yellow)
    case 'notice':
      return annotation('ℹ notice', style.blue)
    case 'group':
      return [style.bold(`▸ ${message}`)]
    case 'endgroup':
    case 'debug':
    case 'add-mask':
    case 'save-state':
    case 'set-output':
    case 'echo':
      return []
    default:
      return [style.dim(`${command.command}: ${message}`)]
  }
}

const PROGRESS = /^(\[[^\]]+\])( Deployment \d+: )([A-Z_]+) ([\d.]+)%$/
const ALARM = /^(\[[^\]]+\])( Alarm .*→ )(ALARM|INSUFFICIENT_DATA|OK)\b(.*)$/
/** `[0.6s]` and `[11.5s]` take the same width, so the states line up. */
const TIME_WIDTH = 7

/**
 * Adds a progress bar to `[3.5s] Deployment 2: DEPLOYING 10%`, coloured by state, and colours
 * `[12.6s] Alarm checkout-5xx: OK → ALARM (…)` by the new state.
 */
function decorateProgress(line: string, style: Style): string {
  const alarm = ALARM.exec(line)
  if (alarm !== null) {
    const [, time, head, state, rest] = alarm
    const paint = state === 'OK' ? style.green : style.red
    return `${style.dim(time!.padEnd(TIME_WIDTH))}${head}${paint(style.bold(state!))}${rest}`
  }
  const match = PROGRESS.exec(line)
  if (match === null) return line
  const [, time, head, state, percent] = match
  const failed = /ROLL|REVERT|STOP/.test(state!)
  const paint = failed
    ? style.red
    : state === 'COMPLETE'
      ? style.green
      : (t: string) => t
  return `${style.dim(time!.padEnd(TIME_WIDTH) + head)}${paint(state!.padEnd(12))} ${progressBar(Number(percent), style, failed)} ${percent!.padStart(3)}%`
}
