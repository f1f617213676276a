/**
 * Runs a bundle's attribute `pattern` constraints in linear time (issue 25, finding 3). The
 * patterns are ECMA-262 regular expressions (JSON Schema's `pattern`), and V8's backtracking
 * engine takes exponential time on some of them: `^(a+)+$` against 30 `a`s and a `!` took 45 s
 * and held the main thread, so neither a timeout nor a cancel could run. RE2 (here `re2js`, its
 * pure-JavaScript port: no native build, no WebAssembly, ~60 KB in dist) guarantees time linear
 * in the value's length, for the patterns RE2's syntax has: everything a flag's constraint
 * usually needs (classes, anchors, groups, alternation, repetition, `\d`, `\w`, `\p{…}`).
 * Lookaround and backreferences have no linear-time algorithm, so such a pattern is reported
 * as not checked (a warning) rather than run. Differences that remain: RE2's `\s` and `\b`
 * are ASCII-only, where ECMA's also take Unicode spaces.
 */

type Engine = typeof import('re2js')

let engine: Engine | undefined

/** Loads the engine (lazily: only bundles with patterns pay for it). */
export async function loadPatternEngine(): Promise<void> {
  engine ??= await import('re2js')
}

/**
 * A pattern ready to test values (undefined: the time budget is spent, not checked), or why it
 * is not run.
 */
export type CompiledPattern =
  | { readonly test: (value: string) => boolean | undefined }
  | { readonly unsupported: string }

/**
 * Linear time still adds up: 2 MB of values takes RE2's JavaScript port about a second. So one
 * validation spends at most this long matching; the values left are reported as unchecked.
 */
export const PATTERN_BUDGET_MS = 250

const budget = { deadline: Infinity, skipped: 0 }

/** Starts a validation's matching budget (validate-bundle.ts, before its semantic checks). */
export function startPatternBudget(
  ms: number = PATTERN_BUDGET_MS,
  now: () => number = performance.now.bind(performance)
): { readonly skipped: () => number } {
  budget.deadline = now() + ms
  budget.skipped = 0
  clock = now
  return { skipped: () => budget.skipped }
}

let clock: () => number = performance.now.bind(performance)

function withinBudget(): boolean {
  if (clock() <= budget.deadline) return true
  budget.skipped++
  return false
}

const cache = new Map<string, CompiledPattern | undefined>()

/**
 * Compiles an ECMA pattern for linear-time matching; undefined when it is no regular
 * expression at all (V8 refuses it too). Needs loadPatternEngine() first.
 */
export function compilePattern(source: string): CompiledPattern | undefined {
  if (cache.has(source)) return cache.get(source)
  let compiled: CompiledPattern | undefined
  if (!isEcmaPattern(source)) compiled = undefined
  else {
    if (engine === undefined)
      throw new Error('compilePattern: loadPatternEngine() was not awaited')
    try {
      const re = engine.RE2JS.compile(toRe2Syntax(source))
      compiled = {
        test: (value) => (withinBudget() ? re.test(value) : undefined)
      }
    } catch (error) {
      compiled = {
        unsupported: /\(\?[=!<]|\\[1-9]|\\k</.test(source)
          ? 'it uses lookahead, lookbehind or a backreference'
          : `RE2 cannot read it (${error instanceof Error ? error.message : String(error)})`
      }
    }
  }
  cache.set(source, compiled)
  return compiled
}

/** V8 compiles without running: checking that a pattern is valid ECMA takes linear time. */
function isEcmaPattern(source: string): boolean {
  for (const flags of ['u', '']) {
    try {
      new RegExp(source, flags)
      return true
    } catch {
      // try the next
    }
  }
  return false
}

/** ECMA escapes RE2 spells otherwise: `\uXXXX`, `\u{X}` → `\x{X}`; `\0` → `\x00`; `\/` → `/`. */
export function toRe2Syntax(source: string): string {
  let out = ''
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!
    if (char !== '\\' || i + 1 >= source.length) {
      out += char
      continue
    }
    const next = source[i + 1]!
    const hex4 = /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2, i + 6))
    const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(i + 2))
    if (next === 'u' && braced !== null) {
      out += `\\x{${braced[1]}}`
      i += 1 + braced[0].length
    } else if (next === 'u' && hex4 !== null) {
      out += `\\x{${hex4[0]}}`
      i += 5
    } else if (next === '0' && !/[0-9]/.test(source[i + 2] ?? '')) {
      out += '\\x00'
      i += 1
    } else if (next === '/') {
      out += '/'
      i += 1
    } else {
      out += char + next
      i += 1
    }
  }
  return out
}
