import { appendFileSync, closeSync, openSync, readSync } from 'node:fs'
import { EOL } from 'node:os'

/**
 * The GitHub Actions runner protocol, the subset this action uses: inputs from `INPUT_*`,
 * outputs and the job summary through the `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files,
 * annotations and log lines as `::command::` lines on stdout, and the exit code.
 *
 * Why not @actions/core: version 3 loads @actions/http-client and undici at import time (for
 * OIDC tokens this action never asks for), which alone costs about 30 ms of start-up on
 * Node 24, more than bare Node itself; validate mode must start in under twice bare Node.
 * The formats below are byte-for-byte those of @actions/core 3.0.1, which
 * __tests__/runner.test.ts checks by running both side by side.
 */
export interface AnnotationProperties {
  readonly title?: string
  readonly file?: string
  readonly startLine?: number
  readonly startColumn?: number
}

/** What main.ts needs from the runner; tests pass a fake. */
export interface Runner {
  getInput(name: string): string
  setOutput(name: string, value: string): void
  info(message: string): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  appendSummary(markdown: string): void
  setFailed(message: string): void
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** A `::command key=value,...::message` line, as @actions/core's Command.toString. */
export function formatCommand(
  command: string,
  properties: Readonly<Record<string, string | number | undefined>>,
  message: string
): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${command}${pairs.length ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`
}

function annotation(
  properties: AnnotationProperties = {}
): Record<string, string | number | undefined> {
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    col: properties.startColumn
  }
}

function appendToFile(variable: string, text: string): void {
  const file = process.env[variable]
  if (!file)
    throw new Error(
      `Unable to find environment variable for file command ${variable}`
    )
  appendFileSync(file, text, { encoding: 'utf8' })
}

/**
 * A random UUID (v4), as @actions/core's delimiters use. node:crypto costs ~4 ms of start-up on
 * Node 24 (it loads streams and the cipher bindings), a fifth of bare Node's start; the same
 * kernel randomness is one read of /dev/urandom away. Elsewhere (Windows) node:crypto it is.
 */
function randomUuid(): string {
  let bytes: Buffer | undefined
  try {
    const fd = openSync('/dev/urandom', 'r')
    try {
      bytes = Buffer.alloc(16)
      if (readSync(fd, bytes, 0, 16, null) !== 16) bytes = undefined
    } finally {
      closeSync(fd)
    }
  } catch {
    bytes = undefined
  }
  if (bytes === undefined)
    return process.getBuiltinModule('node:crypto').randomUUID()
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The runner of the current process. */
export const processRunner: Runner = {
  getInput: (name) =>
    (
      process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
    ).trim(),
  setOutput(name, value) {
    if (!process.env.GITHUB_OUTPUT) {
      process.stdout.write(EOL)
      process.stdout.write(
        `${formatCommand('set-output', { name }, value)}${EOL}`
      )
      return
    }
    const delimiter = `ghadelimiter_${randomUuid()}`
    if (name.includes(delimiter) || value.includes(delimiter)) {
      throw new Error(
        'Unexpected input: an output contains the heredoc delimiter'
      )
    }
    appendToFile(
      'GITHUB_OUTPUT',
      `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
    )
  },
  info: (message) => void process.stdout.write(`${message}${EOL}`),
  warning: (message, properties) =>
    void process.stdout.write(
      `${formatCommand('warning', annotation(properties), message)}${EOL}`
    ),
  error: (message, properties) =>
    void process.stdout.write(
      `${formatCommand('error', annotation(properties), message)}${EOL}`
    ),
  appendSummary: (markdown) => appendToFile('GITHUB_STEP_SUMMARY', markdown),
  setFailed(message) {
    process.exitCode = 1
    this.error(message)
  }
}
