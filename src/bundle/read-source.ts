import type * as JsoncModule from 'jsonc-parser'
import type { Node as JsonNode, ParseError } from 'jsonc-parser'
import type { Document, Node as YamlNode, ParsedNode } from 'yaml'
import { LineIndex } from './line-index.js'
import type { Finding, JsonPath, Position } from './problem.js'

// jsonc-parser is loaded on first use (JSON bundles only): its UMD start-up costs ~1 ms that a
// YAML bundle does not need. It ships UMD: Node's ESM loader sees only a default export, the
// bundler the names.
let jsonc: typeof JsoncModule
async function loadJsonc(): Promise<void> {
  if (jsonc !== undefined) return
  const module = await import('jsonc-parser')
  jsonc =
    (module as unknown as { default?: typeof JsoncModule }).default ?? module
}

export type BundleFormat = 'json' | 'yaml'

/** Where a finding stands in the source. */
export type Locator = (
  finding: Pick<Finding, 'path' | 'at' | 'offset' | 'sourceOffset'>
) => Position

/** A parsed bundle that can say where any of its keys or values stands in the source. */
export interface SourceDocument {
  readonly format: BundleFormat
  /** The parsed value; undefined when the text could not be parsed. */
  readonly value: unknown
  /** Syntax problems and features with no JSON meaning (duplicate keys, custom tags...). */
  readonly findings: readonly Finding[]
  /**
   * The position index: a finding's source offset, or its path's key or value (the nearest
   * existing ancestor when the path is absent). Built on demand, so a valid bundle never pays
   * for a positional parse.
   */
  locator(): Promise<Locator>
}

/** Parses bundle text as JSON or YAML, keeping source positions. */
export async function readSource(
  text: string,
  format: BundleFormat
): Promise<SourceDocument> {
  if (format === 'yaml') return readYaml(text)
  await loadJsonc()
  return readJson(text)
}

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: "':' was expected",
  CommaExpected: "',' was expected",
  CloseBraceExpected: "'}' was expected",
  CloseBracketExpected: "']' was expected",
  EndOfFileExpected: 'unexpected content after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter:
    'invalid character in string (control characters must be escaped)'
}

/**
 * JSON: the native JSON.parse for the value (about 20 times faster than a positional parse),
 * one jsonc-parser scan for what JSON.parse hides (duplicate keys, numbers out of range), and
 * jsonc-parser's syntax tree for positions, only when something must be located.
 */
function readJson(text: string): SourceDocument {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return readBrokenJson(text)
  }
  const findings: Finding[] = []
  const keys: Set<string>[] = []
  try {
    scanJson(text, findings, keys)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return tooDeep('json')
  }
  return {
    format: 'json',
    value,
    findings,
    locator: () => Promise.resolve(jsonLocator(text))
  }
}

/**
 * A bundle nested deeper than the parsers' recursion allows. AppConfig's format is only a few
 * levels deep, so such a file cannot be a bundle; it must not crash the action either.
 */
function tooDeep(format: BundleFormat): SourceDocument {
  return {
    format,
    value: undefined,
    findings: [
      {
        rule: 'syntax',
        severity: 'error',
        message:
          'the bundle is nested too deeply to read (a feature-flag bundle is only a few levels deep)',
        path: [],
        sourceOffset: 0
      }
    ],
    locator: () => Promise.resolve(() => ({ line: 1, col: 1 }))
  }
}

/** What JSON.parse hides: duplicate keys (it keeps the last) and numbers out of range. */
function scanJson(
  text: string,
  findings: Finding[],
  keys: Set<string>[]
): void {
  jsonc.visit(
    text,
    {
      onObjectBegin: () => void keys.push(new Set()),
      onObjectEnd: () => void keys.pop(),
      onObjectProperty: (name, offset) => {
        const seen = keys[keys.length - 1]
        if (seen.has(name)) {
          findings.push({
            rule: 'duplicate-key',
            severity: 'error',
            message: `duplicate key '${name}' (JSON.parse and AppConfig would silently keep only the last one)`,
            path: [],
            sourceOffset: offset
          })
        }
        seen.add(name)
      },
      onLiteralValue: (literal: unknown, offset, length) => {
        if (typeof literal === 'number' && !Number.isFinite(literal)) {
          findings.push({
            rule: 'number-range',
            severity: 'error',
            message: `the number ${text.slice(offset, offset + Math.min(length, 40))} is too large to be represented`,
            path: [],
            sourceOffset: offset
          })
        }
      }
    },
    { disallowComments: true }
  )
}

/** Text JSON.parse refused: every syntax error, with its position. */
function readBrokenJson(text: string): SourceDocument {
  const lines = new LineIndex(text)
  const findings: Finding[] = []
  const addSyntax = (sourceOffset: number, message: string): void => {
    findings.push({
      rule: 'syntax',
      severity: 'error',
      message,
      path: [],
      sourceOffset
    })
  }
  const errors: ParseError[] = []
  try {
    jsonc.parseTree(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: true
    })
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    addSyntax(0, 'the JSON is nested too deeply to read')
  }
  const reportedAt = new Set<number>()
  for (const error of errors) {
    // jsonc-parser reports some mistakes twice at one offset (e.g. a trailing comma)
    if (reportedAt.has(error.offset)) continue
    reportedAt.add(error.offset)
    const name = jsonc.printParseErrorCode(error.error)
    let message = JSON_ERRORS[name] ?? name
    const next = text[error.offset]
    if (next === "'") message += " (JSON strings use double quotes, not ')"
    else if (
      (next === '}' || next === ']') &&
      /,\s*$/.test(text.slice(Math.max(0, error.offset - 200), error.offset))
    ) {
      message += ' (trailing commas are not allowed in JSON)'
    }
    addSyntax(error.offset, message)
  }
  if (findings.length === 0) addSyntax(0, 'the file is not valid JSON')
  return {
    format: 'json',
    value: undefined,
    findings,
    locator: () => Promise.resolve((f) => lines.at(f.sourceOffset ?? 0))
  }
}

function jsonLocator(text: string): Locator {
  const lines = new LineIndex(text)
  let root: JsonNode | undefined
  try {
    root = jsonc.parseTree(text, [], { disallowComments: true })
  } catch (error) {
    if (!(error instanceof RangeError)) throw error // too deep to locate: line 1 it is
  }
  const locate = (
    path: JsonPath,
    at: 'key' | 'value' = 'value',
    offset = 0
  ): Position => {
    if (root === undefined) return lines.at(0)
    let node: JsonNode = root
    let keyNode: JsonNode | undefined
    for (const segment of path) {
      const child = jsonChild(node, segment)
      if (child === undefined) {
        keyNode = undefined
        break
      }
      node = child.value
      keyNode = child.key
    }
    if (at === 'key' && keyNode !== undefined) return lines.at(keyNode.offset)
    return lines.at(
      node.offset +
        (node.type === 'string' ? jsonStringOffset(text, node, offset) : 0)
    )
  }
  return (f) =>
    f.sourceOffset !== undefined
      ? lines.at(f.sourceOffset)
      : locate(f.path, f.at, f.offset)
}

function jsonChild(
  node: JsonNode,
  segment: string | number
): { key?: JsonNode; value: JsonNode } | undefined {
  if (node.type === 'object' && typeof segment === 'string') {
    // The last of duplicate keys, as JSON.parse (and AppConfig) would read it.
    for (let i = (node.children ?? []).length - 1; i >= 0; i--) {
      const property = node.children![i]
      const [key, value] = property.children ?? []
      if (key?.value === segment) return { key, value: value ?? key }
    }
  }
  if (node.type === 'array' && typeof segment === 'number') {
    const value = node.children?.[segment]
    return value === undefined ? undefined : { value }
  }
  return undefined
}

/** Offset in the source of the n-th character of a JSON string's decoded value. */
function jsonStringOffset(text: string, node: JsonNode, index: number): number {
  if (index <= 0) return 0
  let raw = node.offset + 1
  const end = node.offset + node.length - 1
  for (let decoded = 0; decoded < index && raw < end; decoded++) {
    if (text[raw] === '\\') raw += text[raw + 1] === 'u' ? 6 : 2
    else raw += 1
  }
  return raw - node.offset
}

/** A YAML scalar that the core schema would not read as a string (true, 12, null, .inf...). */
const NON_STRING_SCALAR =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/

/**
 * YAML: js-yaml reads the value, about ten times faster than the positional `yaml` parser and
 * a third of its start-up cost. Anything js-yaml refuses, or might have read differently from
 * what the JSON means (keys that look like numbers or booleans, infinities, alias expansions
 * larger than the text), goes through `yaml`, which explains every problem with its position.
 * `yaml` is also what locates problems, loaded only when there are some.
 */
async function readYaml(text: string): Promise<SourceDocument> {
  // Directives (%YAML, %TAG) and tags (`!Ref`, `!!binary`) are rare, change how the rest
  // reads, and js-yaml lets some through: leave them to `yaml`, which reports them.
  if (!/^%/m.test(text) && !/(?:^|[\s[{,])!/m.test(text)) {
    const jsYaml = (await import('js-yaml')).default
    let value: unknown
    try {
      value = jsYaml.load(text, { schema: yamlCoreSchema(jsYaml) })
    } catch {
      value = undefined
    }
    if (value !== undefined && isPlainJson(value, text.length)) {
      return {
        format: 'yaml',
        value,
        findings: [],
        locator: async () => parseYaml(text, await import('yaml')).locator
      }
    }
  }
  const parsed = parseYaml(text, await import('yaml'))
  return {
    format: 'yaml',
    value: parsed.value,
    findings: parsed.findings,
    locator: () => Promise.resolve(parsed.locator)
  }
}

type JsYaml = (typeof import('js-yaml'))['default']
let coreSchema: import('js-yaml').Schema | undefined

/**
 * The YAML 1.2 core schema, as `yaml` reads it, for js-yaml: js-yaml's own CORE_SCHEMA also
 * reads `0b11` and `1_000` as numbers, which YAML 1.2 (and `yaml`) read as strings.
 */
function yamlCoreSchema(jsYaml: JsYaml): import('js-yaml').Schema {
  const scalar = (
    tag: string,
    resolve: (data: string) => boolean,
    construct: (data: string) => unknown
  ) =>
    new jsYaml.Type(`tag:yaml.org,2002:${tag}`, {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && resolve(data),
      construct: (data: string) => construct(data)
    })
  coreSchema ??= jsYaml.FAILSAFE_SCHEMA.extend({
    implicit: [
      scalar(
        'null',
        (d) => /^(?:~|null|Null|NULL)?$/.test(d),
        () => null
      ),
      scalar(
        'bool',
        (d) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(d),
        (d) => /^t/i.test(d)
      ),
      scalar(
        'int',
        (d) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(d),
        (d) =>
          d.startsWith('0o')
            ? parseInt(d.slice(2), 8)
            : d.startsWith('0x')
              ? parseInt(d.slice(2), 16)
              : parseInt(d, 10)
      ),
      scalar(
        'float',
        (d) =>
          /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(
            d
          ),
        (d) =>
          /inf$/i.test(d)
            ? d.startsWith('-')
              ? -Infinity
              : Infinity
            : /nan$/i.test(d)
              ? NaN
              : Number(d)
      )
    ]
  })
  return coreSchema
}

/**
 * True when a js-yaml result means exactly what its JSON would: no doubtful keys or numbers,
 * and no more nodes than the text has characters (aliases can multiply a small text into an
 * exponential tree; `yaml` then reports the alias limit).
 */
function isPlainJson(value: unknown, budget: number): boolean {
  const stack: unknown[] = [value]
  let nodes = 0
  while (stack.length > 0) {
    if (++nodes > budget) return false
    const node = stack.pop()
    if (typeof node === 'number' && !Number.isFinite(node)) return false
    if (Array.isArray(node)) stack.push(...(node as unknown[]))
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (NON_STRING_SCALAR.test(key)) return false
        stack.push(child)
      }
    }
  }
  return true
}

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map(
    (t) => `tag:yaml.org,2002:${t}`
  )
)

function parseYaml(
  text: string,
  yaml: typeof import('yaml')
): { value: unknown; findings: Finding[]; locator: Locator } {
  const {
    isAlias,
    isCollection,
    isMap,
    isPair,
    isScalar,
    isSeq,
    parseAllDocuments,
    visit
  } = yaml
  const lines = new LineIndex(text)
  const findings: Finding[] = []
  const addAt = (sourceOffset: number, rule: string, message: string): void => {
    findings.push({ rule, severity: 'error', message, path: [], sourceOffset })
  }

  const documents = parseAllDocuments(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: false, // duplicates are found below, so validation can go on past them
    prettyErrors: false,
    strict: true
  })
  const list = Array.isArray(documents) ? documents : []
  const doc: Document.Parsed | undefined = list[0]
  if (list.length > 1) {
    addAt(
      list[1].range[0],
      'syntax',
      'the file holds more than one YAML document; a bundle is one document'
    )
  }

  let failed = list.length > 1
  if (doc !== undefined) {
    for (const error of doc.errors) {
      failed = true
      addAt(error.pos[0], 'syntax', firstLine(error.message))
    }
    for (const warning of doc.warnings) {
      if (warning.code === 'TAG_RESOLVE_FAILED') continue // reported below, with the tag's name
      addAt(warning.pos[0], 'yaml', firstLine(warning.message))
    }
    if (doc.contents !== null) {
      const checkNode = (node: YamlNode): void => {
        const tag = node.tag
        if (tag !== undefined && !CORE_TAGS.has(tag)) {
          failed = true
          addAt(
            tagOffset(text, node.range?.[0] ?? 0),
            'yaml-tag',
            `the YAML tag '${tag.replace('tag:yaml.org,2002:', '!!')}' has no JSON meaning; AppConfig stores JSON, so write a plain string, number, boolean, list or map`
          )
        }
        if (
          isScalar(node) &&
          typeof node.value === 'number' &&
          !Number.isFinite(node.value)
        ) {
          failed = true
          addAt(
            node.range?.[0] ?? 0,
            'yaml-value',
            `'${String(node.source)}' (${String(node.value)}) has no JSON meaning`
          )
        }
      }
      // `yaml` calls the most specific visitor only (Map, Seq or Scalar), so each checks tags.
      visit(doc, {
        Scalar: (_key, node) => checkNode(node),
        Seq: (_key, node) => checkNode(node),
        Map: (_key, map) => {
          checkNode(map)
          const seen = new Set<unknown>()
          for (const pair of map.items) {
            const key = isScalar(pair.key)
              ? (pair.key.value as string | number | boolean | null)
              : undefined
            if (key === undefined) continue
            if (seen.has(key)) {
              findings.push({
                rule: 'duplicate-key',
                severity: 'error',
                message: `duplicate key '${String(key)}' (only the last one would be kept)`,
                path: [],
                sourceOffset: (pair.key as ParsedNode).range[0]
              })
            }
            seen.add(key)
          }
        },
        Pair: (_key, pair) => {
          const key = pair.key as YamlNode | null
          if (!isScalar(key) || typeof key.value !== 'string') {
            failed = true
            const shown = isScalar(key)
              ? String(key.source ?? key.value)
              : isCollection(key)
                ? 'a collection'
                : 'an empty key'
            addAt(
              (key as ParsedNode | null)?.range?.[0] ?? 0,
              'yaml-key',
              `the key ${shown} is not a string; JSON keys are strings (quote it, e.g. "${isScalar(key) ? String(key.source ?? key.value) : 'key'}")`
            )
          }
        }
      })
    }
  }

  let value: unknown
  if (doc !== undefined && !failed) {
    try {
      value = doc.toJS({ maxAliasCount: 100 })
    } catch (error) {
      addAt(0, 'yaml', error instanceof Error ? error.message : String(error))
    }
  }

  const locate = (
    path: JsonPath,
    at: 'key' | 'value' = 'value',
    offset = 0
  ): Position => {
    let node: unknown = doc?.contents
    let keyNode: unknown
    for (const segment of path) {
      if (isAlias(node) && doc !== undefined) node = node.resolve(doc)
      let next: { key?: unknown; value: unknown } | undefined
      if (isMap(node) && typeof segment === 'string') {
        const pair = [...node.items]
          .reverse()
          .find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment)
        if (pair !== undefined)
          next = { key: pair.key, value: pair.value ?? pair.key }
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment]
        if (item !== undefined) next = { value: item }
      }
      if (next === undefined) {
        keyNode = undefined
        break
      }
      node = next.value
      keyNode = next.key
    }
    const start = (n: unknown): number | undefined =>
      (n as ParsedNode | undefined)?.range?.[0]
    if (at === 'key' && start(keyNode) !== undefined)
      return lines.at(start(keyNode)!)
    const base = start(node) ?? 0
    if (
      offset > 0 &&
      isScalar(node) &&
      (node.type === 'PLAIN' ||
        node.type === 'QUOTE_SINGLE' ||
        node.type === 'QUOTE_DOUBLE')
    ) {
      const quote = node.type === 'PLAIN' ? 0 : 1
      const source = text.slice(base + quote, base + quote + offset + 1)
      // Only when no escape or line fold sits before the offset, so the mapping is exact.
      if (!/[\\\n']/.test(source)) return lines.at(base + quote + offset)
    }
    return lines.at(base)
  }

  return {
    value,
    findings,
    locator: (f) =>
      f.sourceOffset !== undefined
        ? lines.at(f.sourceOffset)
        : locate(f.path, f.at, f.offset)
  }
}

/** Where the tag written before a node starts (`yaml` ranges start at the node's content). */
function tagOffset(text: string, nodeStart: number): number {
  let at = text.lastIndexOf('!', nodeStart)
  if (
    at < 0 ||
    /[^\S]|[^!<>\w:.%/#-]/.test(text.slice(at, nodeStart).trimEnd())
  )
    return nodeStart
  while (at > 0 && text[at - 1] === '!') at--
  return at
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
}
