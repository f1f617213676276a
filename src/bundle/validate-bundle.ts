import { resolveWorkspaceFile } from './read-workspace-file.js'
import {
  loadPatternEngine,
  PATTERN_BUDGET_MS,
  startPatternBudget
} from './pattern-engine.js'
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ActionError, type Failure } from '../failure.js'
import { formatKb } from '../format.js'
import { capProblems } from './cap-problems.js'
import { foldFollowOns } from './fold-follow-ons.js'
import { checkSchema, isObject } from './check-schema.js'
import { checkSemantics, type SemanticOptions } from './check-semantics.js'
import { lintRules } from '../rules/lint-rules.js'
import type { Finding, Problem } from './problem.js'
import { readSource, type BundleFormat, type Locator } from './read-source.js'

/** AppConfig's default hosted-configuration size limit: 2,048 KB (appconfig-spec.md §2.4). */
export const MAX_BUNDLE_BYTES = 2048 * 1024

/**
 * How much larger than `maxBytes` the file may be. The limit is AppConfig's, on the compact
 * JSON it receives; the file is larger by its indentation, spacing and comments: the bench's
 * 4 MB pretty-printed JSON bundle is 2.1 MB compact (1.9 times), its YAML twin 1.3 times, and
 * a commented YAML file more. Four times leaves room for all of those while keeping what is
 * read and parsed bounded: 8 MB at the default limit, which the action refuses with a peak RSS
 * under 150 MB (docs/performance.md). A file larger than that is refused before it is read.
 */
export const FILE_SIZE_FACTOR = 4

export interface BundleOptions extends Partial<SemanticOptions> {
  /**
   * AppConfig's size limit in bytes, checked on the compact JSON that would be uploaded;
   * default 2,048 KB. The file itself may be up to FILE_SIZE_FACTOR times as large.
   */
  readonly maxBytes?: number
  /**
   * Accept a top-level `"$schema"` (editor support); it is dropped from the uploaded content.
   * AppConfig itself refuses it, so the emulator passes false.
   */
  readonly allowSchemaReference?: boolean
  /**
   * The workspace the `bundle` input is relative to: a bundle named inside it must not lead
   * outside it through a symbolic link (read-workspace-file.ts). Unset: read as given.
   */
  readonly workspace?: string
}

/** A bundle read and checked: its problems, and the JSON AppConfig would receive. */
export interface ValidatedBundle {
  readonly format: BundleFormat
  /** Bytes of the file as read. */
  readonly fileBytes: number
  /**
   * Bytes of the compact JSON AppConfig would receive, the size its limit applies to;
   * undefined when the bundle could not be read as an object.
   */
  readonly uploadBytes: number | undefined
  /**
   * Problems, errors and warnings, in source order: the first MAX_PROBLEMS (cap-problems.ts),
   * then, if there are more, one `problem-limit` problem saying how many were left out.
   */
  readonly problems: readonly Problem[]
  /** All errors and warnings found, reported or not. */
  readonly errorCount: number
  readonly warningCount: number
  /** The parsed bundle without `$schema`; undefined when it could not be parsed. */
  readonly value: Record<string, unknown> | undefined
  /** Canonical JSON of `value`, what a hosted version would hold; undefined on errors. */
  readonly content: string | undefined
  readonly flagCount: number
}

/** Raised when the bundle cannot be read at all (missing file, wrong extension). */
export class BundleReadError extends ActionError {
  constructor(message: string) {
    super(message)
    this.name = 'BundleReadError'
  }

  toFailure(): Failure {
    return { kind: 'bundle', message: this.message }
  }
}

/** The format a bundle path's extension announces. */
export function formatOf(file: string): BundleFormat {
  const ext = path.extname(file).toLowerCase()
  if (ext === '.json') return 'json'
  if (ext === '.yaml' || ext === '.yml') return 'yaml'
  throw new BundleReadError(
    `The bundle '${file}' has the extension '${ext || '(none)'}'; expected .json, .yaml or .yml.`
  )
}

/**
 * Reads a bundle file and validates it. A file more than FILE_SIZE_FACTOR times AppConfig's
 * limit is refused before it is read.
 */
export async function validateBundleFile(
  file: string,
  options: BundleOptions = {}
): Promise<ValidatedBundle> {
  const format = formatOf(file)
  const maxBytes = options.maxBytes ?? MAX_BUNDLE_BYTES
  // Synchronous reads: node:fs/promises costs ~2 ms of start-up, and there is nothing to overlap.
  const open =
    options.workspace === undefined
      ? file
      : resolveWorkspaceFile(file, options.workspace, 'bundle')
  let fd: number
  try {
    fd = openSync(open, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new BundleReadError(
      code === 'ENOENT'
        ? `The bundle '${file}' does not exist. The path is relative to GITHUB_WORKSPACE; did the job check out the repository?`
        : `The bundle '${file}' cannot be read: ${(error as Error).message}`
    )
  }
  try {
    const stats = fstatSync(fd)
    const size = stats.size
    if (!stats.isFile()) {
      throw new BundleReadError(`The bundle '${file}' is not a file.`)
    }
    if (size > maxBytes * FILE_SIZE_FACTOR) {
      return failed(format, size, {
        rule: 'size-limit',
        message: `the file is ${formatKb(size)}, more than ${FILE_SIZE_FACTOR} times AppConfig's hosted configuration limit of ${formatKb(maxBytes)} (which applies to the compact JSON it receives), so it was not read`
      })
    }
    const bytes = readFileSync(fd)
    return await validateBundleBytes(bytes, format, options)
  } finally {
    closeSync(fd)
  }
}

/** Validates bundle bytes: encoding, syntax, schema, AppConfig's semantic rules, size. */
export async function validateBundleBytes(
  bytes: Uint8Array,
  format: BundleFormat,
  options: BundleOptions = {}
): Promise<ValidatedBundle> {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
      bytes
    )
  } catch {
    return failed(format, bytes.length, {
      rule: 'encoding',
      message: 'the file is not valid UTF-8; save it as UTF-8'
    })
  }
  return validateBundleText(text, format, options, bytes.length)
}

/** Validates bundle text. The emulator uses this with AppConfig's own rules only. */
export async function validateBundleText(
  text: string,
  format: BundleFormat,
  options: BundleOptions = {},
  fileBytes: number = Buffer.byteLength(text)
): Promise<ValidatedBundle> {
  // A YAML file of comments only is as empty as a blank one.
  if (
    (format === 'yaml' ? text.replace(/^\s*#.*$/gm, '') : text).trim() === ''
  ) {
    return failed(format, fileBytes, {
      rule: 'empty',
      message: 'the bundle is empty'
    })
  }
  const source = await readSource(text, format)
  const findings: Finding[] = source.findings.slice()
  // push() one at a time: spreading a hundred thousand findings as arguments overflows the stack.
  const add = (more: readonly Finding[]): void => {
    for (const finding of more) findings.push(finding)
  }
  let value: Record<string, unknown> | undefined
  let content: string | undefined
  let uploadBytes: number | undefined
  if (source.value !== undefined) {
    if (!isObject(source.value)) {
      findings.push({
        rule: 'root-type',
        severity: 'error',
        message: `the bundle must be an object with "version": "1", "flags" and "values"; this one is ${source.value === null ? 'null' : Array.isArray(source.value) ? 'an array' : `a ${typeof source.value}`}`,
        path: []
      })
    } else {
      value = source.value
      add(checkSchema(value))
      // Patterns run on RE2's linear-time engine, loaded only for bundles that have one.
      if (text.includes('pattern')) await loadPatternEngine()
      const patterns = startPatternBudget()
      add(checkSemantics(value, semanticOptions(options)))
      // Rule lint (issue 24): warnings about valid rules that are probably wrong.
      add(lintRules(value))

      if (patterns.skipped() > 0)
        findings.push({
          rule: 'pattern-budget',
          severity: 'warning',
          message: `${patterns.skipped()} attribute value${patterns.skipped() === 1 ? ' was' : 's were'} not checked against ${patterns.skipped() === 1 ? 'its' : 'their'} pattern: matching stopped after ${PATTERN_BUDGET_MS} ms, so a bundle's patterns cannot hold up the job (AppConfig checks them when the version is written)`,
          path: [],
          sourceOffset: 0
        })
      if (Object.hasOwn(value, '$schema')) {
        if (options.allowSchemaReference === false) {
          findings.push({
            rule: 'unknown-property',
            severity: 'error',
            message:
              "(root): unknown property '$schema'; allowed here: version, flags, values",
            path: ['$schema'],
            at: 'key'
          })
        }
        value = Object.fromEntries(
          Object.entries(value).filter(([k]) => k !== '$schema')
        )
      }
      content = JSON.stringify(value)
      const maxBytes = options.maxBytes ?? MAX_BUNDLE_BYTES
      uploadBytes = Buffer.byteLength(content)
      if (uploadBytes > maxBytes) {
        findings.push({
          rule: 'size-limit',
          severity: 'error',
          message: `as JSON the bundle is ${formatKb(uploadBytes)}; AppConfig's hosted configuration limit is ${formatKb(maxBytes)}`,
          path: [],
          sourceOffset: 0 // the whole file: line 1, and no positional parse to say so
        })
      }
    }
  }
  const problems = findings.length
    ? locateAll(foldFollowOns(findings), await source.locator())
    : []
  let errorCount = 0
  for (const problem of problems) if (problem.severity === 'error') errorCount++
  return {
    format,
    fileBytes,
    uploadBytes,
    problems: capProblems(problems),
    errorCount,
    warningCount: problems.length - errorCount,
    value,
    content: errorCount === 0 ? content : undefined,
    flagCount:
      value !== undefined && isObject(value.flags)
        ? Object.keys(value.flags).length
        : 0
  }
}

function semanticOptions(options: BundleOptions): SemanticOptions {
  return {
    flagNamePattern: options.flagNamePattern,
    deprecatedFlags: options.deprecatedFlags ?? 'warn',
    today: options.today ?? new Date().toISOString().slice(0, 10)
  }
}

function locateAll(findings: Finding[], locate: Locator): Problem[] {
  return findings
    .map((f) => {
      const { line, col } = locate(f)
      return {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        path: f.path,
        line,
        col
      }
    })
    .sort((a, b) => a.line - b.line || a.col - b.col)
}

function failed(
  format: BundleFormat,
  fileBytes: number,
  problem: { rule: string; message: string }
): ValidatedBundle {
  return {
    format,
    fileBytes,
    uploadBytes: undefined,
    problems: [{ ...problem, severity: 'error', path: [], line: 1, col: 1 }],
    errorCount: 1,
    warningCount: 0,
    value: undefined,
    content: undefined,
    flagCount: 0
  }
}
