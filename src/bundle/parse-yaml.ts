import type {
  Document,
  Node as YamlNode,
  Pair,
  ParsedNode,
  YAMLError,
  YAMLMap
} from 'yaml'
import {
  describeInexact,
  INEXACT_NUMBER_RULE,
  isSuspectNumber
} from './check-numbers.js'
import { LineIndex } from './line-index.js'
import type { Finding, JsonPath, Position } from './problem.js'
import type { Locator } from './source-document.js'

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map(
    (t) => `tag:yaml.org,2002:${t}`
  )
)

/**
 * Parses YAML with `yaml`, which explains every problem with its position: syntax errors,
 * several documents, tags and values with no JSON meaning, non-string and duplicate keys.
 */
export function parseYaml(
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
  const second = list[1]
  if (second !== undefined) {
    addAt(
      second.range[0],
      'syntax',
      'the file holds more than one YAML document; a bundle is one document'
    )
  }

  let failed = list.length > 1
  // One syntax error cascades: after a tab in the indentation, every later line is "not at
  // the same column". Only the first is reported, and only what stands before it (duplicate
  // keys, tags...), which is independent of it; after it, the structure is a guess.
  const rootCause = doc?.errors.reduce<YAMLError | undefined>(
    (first, error) =>
      first === undefined || error.pos[0] < first.pos[0] ? error : first,
    undefined
  )
  if (rootCause !== undefined) {
    failed = true
    addAt(rootCause.pos[0], 'syntax', syntaxMessage(rootCause))
  }
  if (doc !== undefined) {
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
        } else if (
          isScalar(node) &&
          typeof node.value === 'number' &&
          isSuspectNumber(node.value)
        ) {
          const message = describeInexact(
            String(node.source ?? node.value),
            node.value
          )
          // A warning: the bundle can still be deployed, so the parse has not failed.
          if (message !== undefined)
            findings.push({
              rule: INEXACT_NUMBER_RULE,
              severity: 'warning',
              message,
              path: [],
              sourceOffset: node.range?.[0] ?? 0
            })
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

  if (rootCause !== undefined) {
    const before = findings.filter(
      (f) => f === findings[0] || (f.sourceOffset ?? 0) < rootCause.pos[0]
    )
    findings.length = 0
    for (const f of before) findings.push(f)
  }

  let value: unknown
  if (doc !== undefined && !failed) {
    try {
      value = doc.toJS({ maxAliasCount: 100 })
    } catch (error) {
      addAt(0, 'yaml', error instanceof Error ? error.message : String(error))
    }
  }

  /**
   * A map's pairs by key, built the first time the map is searched, so a hundred thousand
   * problems in one map are located in linear time. Later duplicates replace earlier ones,
   * as in the value.
   */
  const pairIndex = new WeakMap<YAMLMap, Map<unknown, Pair>>()
  const pairsOf = (map: YAMLMap): Map<unknown, Pair> => {
    let pairs = pairIndex.get(map)
    if (pairs === undefined) {
      pairs = new Map()
      for (const pair of map.items)
        if (isPair(pair) && isScalar(pair.key)) pairs.set(pair.key.value, pair)
      pairIndex.set(map, pairs)
    }
    return pairs
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
        const pair = pairsOf(node).get(segment)
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

/** The parser's message, or a plainer one for mistakes people make by hand. */
function syntaxMessage(error: YAMLError): string {
  if (error.code === 'TAB_AS_INDENT')
    return 'YAML does not allow tabs for indentation; indent with spaces'
  return firstLine(error.message)
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(
    / at line \d+, column \d+:?$/,
    ''
  )
}
