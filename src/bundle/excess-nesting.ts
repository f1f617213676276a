import type { BundleFormat } from './source-document.js'

/**
 * How deep a bundle may nest objects and arrays (the root object is level 1). AppConfig's
 * format needs 8 at most (values → flag → _variants → variant → attributeValues → an array
 * attribute; flags → flag → attributes → attribute → constraints → elements → enum), so 64
 * leaves eight times that for hand-written oddities and is still far below the depth where
 * the parsers' recursion overflows (a few thousand levels) or their error recovery turns
 * quadratic: a megabyte of `[` used to take 12 s and 1.8 GB to refuse.
 */
export const MAX_NESTING_DEPTH = 64

/**
 * Where the text first nests deeper than `limit`, as a character offset, or undefined when it
 * does not. One pass over the text, no allocation per character, and it stops at the first
 * level too many: the parsers never see such a text, so they never build what would be refused.
 *
 * The scan reads structure the way the parsers do (strings, comments and YAML block scalars
 * hold no structure) but errs on the side of counting: in YAML a line's first node counts as a
 * block level even when it is a flow collection or a scalar (so `{"a": 1}` written as YAML
 * counts 2, and `- - x` counts 3), and a plain scalar continued on a line that starts with `- `
 * adds a level for that line. That is at most one level per line, which 64 absorbs; it never
 * misses a level a parser would build.
 */
export function excessNesting(
  text: string,
  format: BundleFormat,
  limit: number = MAX_NESTING_DEPTH
): number | undefined {
  return format === 'json'
    ? excessJsonNesting(text, limit)
    : excessYamlNesting(text, limit)
}

const LF = 0x0a
const CR = 0x0d
const TAB = 0x09
const SPACE = 0x20
const QUOTE = 0x22
const APOSTROPHE = 0x27
const HASH = 0x23
const AMPERSAND = 0x26
const BANG = 0x21
const COMMA = 0x2c
const DASH = 0x2d
const DOT = 0x2e
const SLASH = 0x2f
const STAR = 0x2a
const COLON = 0x3a
const QUESTION = 0x3f
const BACKSLASH = 0x5c
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const PIPE = 0x7c
const GREATER = 0x3e

function excessJsonNesting(text: string, limit: number): number | undefined {
  const n = text.length
  let depth = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      // jsonc-parser ends an unterminated string at the line's end; so does the scan, so one
      // stray quote does not hide the rest of the file.
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i)
        if (s === QUOTE || s === LF) break
        if (s === BACKSLASH) i++
      }
    } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const end = text.indexOf('\n', i)
      i = end < 0 ? n : end
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2)
      i = end < 0 ? n : end + 1
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > limit) return i
    } else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && depth > 0) {
      // Never below 0: a run of closers must not pay for a run of openers after it.
      depth--
    }
  }
  return undefined
}

const isBlank = (c: number): boolean =>
  c === SPACE || c === TAB || c === CR || c === LF || Number.isNaN(c)

/**
 * YAML nests two ways, and the scan counts both: block collections by indentation (a stack of
 * the columns of open blocks, plus one level for each `- `, `? ` or `: ` that opens a node on
 * the same line, as in `- - - x`), and flow collections by brackets (`[` and `{` at the start
 * of a node, anywhere inside a flow collection).
 */
function excessYamlNesting(text: string, limit: number): number | undefined {
  const n = text.length
  const indents: number[] = []
  let flow = 0
  /** While >= 0, lines indented deeper than this column are a block scalar's content. */
  let blockScalarParent = -1
  let i = 0
  while (i < n) {
    // A line starts at i.
    let p = i
    while (text.charCodeAt(p) === SPACE) p++
    const indent = p - i
    const first = text.charCodeAt(p)
    const empty = p >= n || first === LF || first === CR
    if (blockScalarParent >= 0) {
      if (empty || indent > blockScalarParent) {
        i = lineEnd(text, p) + 1
        continue
      }
      blockScalarParent = -1
    }
    if (empty || first === HASH) {
      i = lineEnd(text, p) + 1
      continue
    }
    let nodeStart = true
    if (flow === 0) {
      if (indent === 0 && isDocumentMarker(text, p)) {
        indents.length = 0
        p += 3
      } else {
        while ((indents.at(-1) ?? -1) > indent) indents.pop()
        if ((indents.at(-1) ?? -1) < indent) {
          indents.push(indent)
          if (indents.length > limit) return p
        }
        // `- `, `? ` and `: ` at the start of a line open a node on the same line.
        for (;;) {
          const c = text.charCodeAt(p)
          if (c !== DASH && c !== QUESTION && c !== COLON) break
          if (!isBlank(text.charCodeAt(p + 1))) break
          p++
          while (text.charCodeAt(p) === SPACE) p++
          const next = text.charCodeAt(p)
          if (p >= n || next === LF || next === CR || next === HASH) break
          indents.push(p - i)
          if (indents.length > limit) return p
        }
      }
    }
    // The rest of the line: flow collections, quoted scalars, comments, block scalar headers.
    let afterSpace = true
    while (p < n) {
      const c = text.charCodeAt(p)
      if (c === LF) break
      if (c === SPACE || c === TAB || c === CR) {
        afterSpace = true
        p++
        continue
      }
      if (c === HASH && afterSpace) {
        p = lineEnd(text, p)
        break
      }
      afterSpace = false
      if (nodeStart && (c === QUOTE || c === APOSTROPHE)) {
        p = quotedEnd(text, p) + 1 // may run over several lines
        nodeStart = false
        continue
      }
      if (nodeStart && (c === AMPERSAND || c === BANG)) {
        // an anchor or a tag: the node itself follows
        while (p < n && !isBlank(text.charCodeAt(p))) p++
        continue
      }
      if (c === OPEN_BRACKET || c === OPEN_BRACE) {
        if (flow > 0 || nodeStart) {
          flow++
          if (indents.length + flow > limit) return p
          nodeStart = true
        } else nodeStart = false
      } else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && flow > 0) {
        flow--
        nodeStart = false
      } else if (c === COMMA && flow > 0) {
        nodeStart = true
      } else if (c === COLON && (flow > 0 || isBlank(text.charCodeAt(p + 1)))) {
        nodeStart = true
      } else if (nodeStart && flow === 0 && (c === PIPE || c === GREATER)) {
        blockScalarParent = indent
        p = lineEnd(text, p)
        break
      } else {
        nodeStart = false
      }
      p++
    }
    i = p + 1
  }
  return undefined
}

/** The offset of the line feed ending the line that holds `p` (or the text's length). */
function lineEnd(text: string, p: number): number {
  const end = text.indexOf('\n', p)
  return end < 0 ? text.length : end
}

/** `---` or `...` followed by a blank: a document starts or ends. */
function isDocumentMarker(text: string, p: number): boolean {
  const c = text.charCodeAt(p)
  return (
    (c === DASH || c === DOT) &&
    text.charCodeAt(p + 1) === c &&
    text.charCodeAt(p + 2) === c &&
    isBlank(text.charCodeAt(p + 3))
  )
}

/** The offset of the quote closing the scalar quoted at `p` (or the text's end). */
function quotedEnd(text: string, p: number): number {
  const quote = text.charCodeAt(p)
  const n = text.length
  for (let i = p + 1; i < n; i++) {
    const c = text.charCodeAt(i)
    if (quote === QUOTE && c === BACKSLASH) i++
    else if (c === quote) {
      // '' is an escaped ' inside a single-quoted scalar
      if (quote === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE) i++
      else return i
    }
  }
  return n
}
