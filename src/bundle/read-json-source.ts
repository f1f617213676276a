import type { ParseError } from 'jsonc-parser'
import {
  describeInexact,
  INEXACT_NUMBER_RULE,
  isSuspectNumber
} from './check-numbers.js'
import { jsonLocator } from './json-locator.js'
import { LineIndex } from './line-index.js'
import { loadJsonc, type Jsonc } from './load-jsonc.js'
import type { Finding } from './problem.js'
import { refusedSource } from './refused-source.js'
import type { SourceDocument } from './source-document.js'

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
export async function readJsonSource(text: string): Promise<SourceDocument> {
  const jsonc = await loadJsonc()
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return readBrokenJson(text, jsonc)
  }
  const findings: Finding[] = []
  try {
    scanJson(text, findings, jsonc)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    // AppConfig's format is only a few levels deep, so such a file cannot be a bundle; it
    // must not crash the action either.
    return refusedSource(
      'json',
      'the bundle is nested too deeply to read (a feature-flag bundle is only a few levels deep)',
      0,
      () => ({ line: 1, col: 1 })
    )
  }
  return {
    format: 'json',
    value,
    findings,
    locator: () => Promise.resolve(jsonLocator(text, jsonc))
  }
}

/**
 * What JSON.parse hides: duplicate keys (it keeps the last), numbers out of range and integers
 * it rounds (check-numbers.ts).
 */
function scanJson(text: string, findings: Finding[], jsonc: Jsonc): void {
  const keys: Set<string>[] = []
  jsonc.visit(
    text,
    {
      onObjectBegin: () => void keys.push(new Set()),
      onObjectEnd: () => void keys.pop(),
      onObjectProperty: (name, offset) => {
        const seen = keys.at(-1)
        if (seen === undefined) return // a property outside an object: a syntax error
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
        } else if (typeof literal === 'number' && isSuspectNumber(literal)) {
          const message = describeInexact(
            text.slice(offset, offset + Math.min(length, 80)),
            literal
          )
          if (message !== undefined)
            findings.push({
              rule: INEXACT_NUMBER_RULE,
              severity: 'warning',
              message,
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
function readBrokenJson(text: string, jsonc: Jsonc): SourceDocument {
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
