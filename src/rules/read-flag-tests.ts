import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isObject } from '../bundle/json-object.js'
import type { Finding, JsonPath, Position } from '../bundle/problem.js'
import { formatPath } from '../bundle/problem.js'
import { readSource, type Locator } from '../bundle/read-source.js'
import type { BundleFormat } from '../bundle/source-document.js'
import type { Expectation, FlagTestCase } from './flag-tests.js'
import { locateCases } from './locate-cases.js'
import type { ContextValue } from './rule-values.js'

/** A test file larger than this is refused unread: 10,000 cases take about 2 MB. */
export const MAX_TEST_FILE_BYTES = 16 * 1024 * 1024

/** The test file read: its well-formed cases, its problems, and where anything stands. */
export interface FlagTestFile {
  readonly format: BundleFormat
  readonly cases: readonly FlagTestCase[]
  /** Problems of the file's form (syntax, unknown keys, wrong types), not yet located. */
  readonly findings: readonly Finding[]
  readonly locator: () => Promise<Locator>
  /** Where each case starts (by its index under `cases`), placed in one parse. */
  readonly caseLocator: () => Promise<(index: number) => Position>
}

const CASE_KEYS = ['name', 'flag', 'context', 'expect']
const EXPECT_KEYS = ['enabled', 'variant', 'attributes']

/** The format a test file's extension announces; undefined when it is neither. */
export function testFileFormat(file: string): BundleFormat | undefined {
  const ext = path.extname(file).toLowerCase()
  return ext === '.json'
    ? 'json'
    : ext === '.yaml' || ext === '.yml'
      ? 'yaml'
      : undefined
}

/**
 * Reads a `flag-tests` file (docs/action-contract.md: `cases` of `name`, `flag`, `context`,
 * `expect`) with the bundle's readers, so every problem has a line. A missing or unreadable
 * file is one problem at line 1; unknown keys and wrong types are problems at their key.
 */
export async function readFlagTests(file: string): Promise<FlagTestFile> {
  const format = testFileFormat(file) ?? 'yaml'
  let text: string
  try {
    const fd = openSync(file, 'r')
    try {
      const size = fstatSync(fd).size
      if (size > MAX_TEST_FILE_BYTES)
        return refused(
          format,
          `the test file is ${size} bytes, more than ${MAX_TEST_FILE_BYTES}; split it`
        )
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(fd))
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return refused(
      format,
      code === 'ENOENT'
        ? 'the test file does not exist (the path is relative to GITHUB_WORKSPACE; is the repository checked out?)'
        : code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
          ? 'the test file is not valid UTF-8; save it as UTF-8'
          : `the test file cannot be read: ${(error as Error).message}`
    )
  }
  const source = await readSource(text, format)
  const findings: Finding[] = [...source.findings]
  const cases: FlagTestCase[] = []
  if (source.value !== undefined) readCases(source.value, findings, cases)
  else if (findings.length === 0)
    findings.push(problem('empty', [], 'the test file is empty'))
  let placed: Promise<(index: number) => Position> | undefined
  return {
    format,
    cases,
    findings,
    locator: () => source.locator(),
    caseLocator: () =>
      (placed ??= locateCases(text, format, itemCount(source.value)))
  }
}

function refused(format: BundleFormat, message: string): FlagTestFile {
  return {
    format,
    cases: [],
    findings: [{ ...problem('file', [], message), sourceOffset: 0 }],
    locator: () => Promise.resolve(() => ({ line: 1, col: 1 })),
    caseLocator: () => Promise.resolve(() => ({ line: 1, col: 1 }))
  }
}

function problem(
  rule: string,
  at: JsonPath,
  message: string,
  where: 'key' | 'value' = 'value'
): Finding {
  return { rule, severity: 'error', message, path: at, at: where }
}

function readCases(root: unknown, findings: Finding[], cases: FlagTestCase[]) {
  const add = (...args: Parameters<typeof problem>) =>
    findings.push(problem(...args))
  if (!isObject(root)) {
    add(
      'type',
      [],
      'a test file is an object with a list of cases: `cases: [...]`'
    )
    return
  }
  unknownKeys(root, [], ['cases', '$schema'], add)
  if (!Array.isArray(root.cases)) {
    add(
      root.cases === undefined ? 'missing' : 'type',
      root.cases === undefined ? [] : ['cases'],
      '`cases` must be a list of cases, each with flag, context and expect'
    )
    return
  }
  if (root.cases.length === 0)
    add('empty', ['cases'], '`cases` is empty: there is nothing to test')
  root.cases.forEach((item: unknown, index) => {
    const at: JsonPath = ['cases', index]
    const before = findings.length
    if (!isObject(item)) {
      add(
        'type',
        at,
        `${formatPath(at)} must be an object with flag, context and expect`
      )
      return
    }
    unknownKeys(item, at, CASE_KEYS, add)
    const name = item.name
    if (name !== undefined && typeof name !== 'string')
      add(
        'type',
        [...at, 'name'],
        `${formatPath([...at, 'name'])} must be a string`
      )
    if (typeof item.flag !== 'string' || item.flag === '')
      add(
        item.flag === undefined ? 'missing' : 'type',
        item.flag === undefined ? at : [...at, 'flag'],
        `${formatPath(at)} needs \`flag\`: the key of a flag of the content`
      )
    const context = readContext(item.context, [...at, 'context'], add)
    const expect = readExpect(item.expect, at, add)
    if (findings.length === before && typeof item.flag === 'string')
      cases.push({
        index,
        name: typeof name === 'string' ? name : undefined,
        flag: item.flag,
        context,
        expect
      })
  })
}

type Add = (...args: Parameters<typeof problem>) => void

function unknownKeys(
  object: Record<string, unknown>,
  at: JsonPath,
  allowed: readonly string[],
  add: Add
): void {
  for (const key of Object.keys(object))
    if (!allowed.includes(key))
      add(
        'unknown-key',
        [...at, key],
        `${formatPath(at)}: unknown key '${key}'; allowed here: ${allowed.filter((k) => k !== '$schema').join(', ')}`,
        'key'
      )
}

function readContext(
  value: unknown,
  at: JsonPath,
  add: Add
): Record<string, ContextValue> {
  if (value === undefined) return {}
  if (!isObject(value)) {
    add(
      'type',
      at,
      `${formatPath(at)} must be an object of context keys and values`
    )
    return {}
  }
  const context: Record<string, ContextValue> = {}
  for (const [key, v] of Object.entries(value)) {
    if (!/^[A-Za-z_][\w.-]*$/.test(key))
      add(
        'context-key',
        [...at, key],
        `${formatPath(at)}: '${key}' cannot be a context key (rules name keys as $key: a letter or _, then letters, digits, _ . -)`,
        'key'
      )
    if (
      typeof v === 'string' ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v))
    )
      context[key] = v
    else
      add(
        'type',
        [...at, key],
        `${formatPath([...at, key])} must be a string, number or boolean (what a client can send as context)`
      )
  }
  return context
}

function readExpect(value: unknown, caseAt: JsonPath, add: Add): Expectation {
  const at = [...caseAt, 'expect']
  if (!isObject(value)) {
    add(
      value === undefined ? 'missing' : 'type',
      value === undefined ? caseAt : at,
      `${formatPath(caseAt)} needs \`expect\`: an object with enabled, variant and/or attributes`
    )
    return {}
  }
  unknownKeys(value, at, EXPECT_KEYS, add)
  const expect: { -readonly [K in keyof Expectation]: Expectation[K] } = {}
  if (value.enabled !== undefined) {
    if (typeof value.enabled === 'boolean') expect.enabled = value.enabled
    else
      add(
        'type',
        [...at, 'enabled'],
        `${formatPath([...at, 'enabled'])} must be true or false`
      )
  }
  const variant = value.variant
  if (variant !== undefined) {
    const list = typeof variant === 'string' ? [variant] : variant
    if (
      Array.isArray(list) &&
      list.length > 0 &&
      list.every((v) => typeof v === 'string' && v !== '')
    )
      expect.variants = list as string[]
    else
      add(
        'type',
        [...at, 'variant'],
        `${formatPath([...at, 'variant'])} must be a variant name or a non-empty list of them`
      )
  }
  if (value.attributes !== undefined) {
    if (isObject(value.attributes)) expect.attributes = value.attributes
    else
      add(
        'type',
        [...at, 'attributes'],
        `${formatPath([...at, 'attributes'])} must be an object of attribute names and values`
      )
  }
  if (
    value.enabled === undefined &&
    variant === undefined &&
    value.attributes === undefined
  )
    add(
      'missing',
      at,
      `${formatPath(at)} is empty: expect enabled, variant and/or attributes`
    )
  return expect
}

/** How many items `cases` has, well formed or not. */
function itemCount(root: unknown): number {
  return isObject(root) && Array.isArray(root.cases) ? root.cases.length : 0
}
