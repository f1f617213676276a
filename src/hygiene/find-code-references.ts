import { closeSync, openSync, readSync } from 'node:fs'
import { accessorName, createKeyMatcher } from './create-key-matcher.js'
import {
  listSourceFiles,
  splitPatterns,
  type SourceFile
} from './list-source-files.js'

/** One place a key occurs: path relative to the workspace, 1-based line and column. */
export interface CodeReference {
  readonly path: string
  readonly line: number
  readonly col: number
  /** The line, trimmed and cut at {@link LINE_MAX_CHARS}, so a reader can judge the match. */
  readonly text: string
}

/** Where one key occurs: the first `matches` (capped) and the totals. */
export interface KeyReferences {
  readonly key: string
  readonly total: number
  readonly files: number
  readonly matches: readonly CodeReference[]
}

/** A key-like string the code reads the way it reads flags, which the bundle does not define. */
export interface UndefinedRead extends KeyReferences {
  /** The calls or indexes it was passed to, e.g. `isEnabled(`, `flags[`. */
  readonly accessors: readonly string[]
}

/** The result of a search: every key, in the order given, with its places. */
export interface CodeReferences {
  readonly patterns: readonly string[]
  readonly references: readonly KeyReferences[]
  readonly undefinedReads: readonly UndefinedRead[]
  readonly filesScanned: number
  readonly bytesScanned: number
  readonly skipped: {
    readonly binary: number
    readonly tooLarge: number
    readonly unreadable: number
  }
  /** The per-key cap on `matches` this search used. */
  readonly maxMatchesPerKey: number
  /** The largest file searched, in bytes; larger ones are counted in `skipped.tooLarge`. */
  readonly maxFileBytes: number
}

export interface FindCodeReferencesOptions {
  /** The workspace: patterns and reported paths are relative to it. */
  readonly root: string
  /** `code-references` lines: globs, `!` to exclude, `#` comments. */
  readonly patterns: readonly string[]
  readonly keys: readonly string[]
  readonly signal?: AbortSignal
  /** Default 1 MiB: larger files are generated or vendored more often than written. */
  readonly maxFileBytes?: number
  /** Default 50. */
  readonly maxMatchesPerKey?: number
}

/** Lines are quoted up to this length. */
export const LINE_MAX_CHARS = 200
/** Git's heuristic: a NUL in the first 8,000 bytes makes a file binary. */
const BINARY_PROBE_BYTES = 8000
/** How long the search runs before it lets the event loop turn. */
const YIELD_EVERY_MS = 20

interface Tally {
  total: number
  files: number
  lastFile: number
  matches: CodeReference[]
}

/** A call or index that known keys are passed to, e.g. `isEnabled(`. */
interface Accessor {
  readonly name: string
  readonly known: Set<number>
}

interface Literal {
  total: number
  files: number
  lastFile: number
  matches: CodeReference[]
  accessors: Set<string>
}

/**
 * Searches the workspace files matching `patterns` for whole-word occurrences of `keys`
 * (docs/code-references.md has the rule and its limits). Files are read one at a time into one
 * reused buffer and scanned in one pass, so memory does not grow with the file sizes.
 *
 * Undefined keys take a second look at few files: the first pass notes, per file, the
 * accessors that got a key-like literal that is no known key (hashes, a few bytes a file);
 * once the pass has shown which accessors read flags, only the files that passed unknown
 * literals to one of those are read again to name the literals.
 */
export async function findCodeReferences(
  options: FindCodeReferencesOptions
): Promise<CodeReferences> {
  const maxFileBytes = options.maxFileBytes ?? 1024 * 1024
  const maxMatches = options.maxMatchesPerKey ?? 50
  const keys = [...new Set(options.keys)]
  const matcher = createKeyMatcher(keys)
  const tallies: Tally[] = keys.map(() => ({
    total: 0,
    files: 0,
    lastFile: -1,
    matches: []
  }))
  const accessors = new Map<number, Accessor>()
  /** Per file with unknown key-like literals: the accessors they went to. */
  const pending: { file: SourceFile; accessors: Int32Array }[] = []
  const skipped = { binary: 0, tooLarge: 0, unreadable: 0 }
  let filesScanned = 0
  let bytesScanned = 0

  const scanFile = (file: SourceFile, bytes: Buffer, length: number): void => {
    const id = filesScanned
    const lines = lineCounter(bytes)
    const unknown = new Set<number>()
    matcher.scan(bytes, length, {
      key(index, start, _end, accessor) {
        // The matcher reports indexes into `keys`, and there is one tally per key.
        const tally = tallies[index]!
        tally.total++
        if (tally.lastFile !== id) {
          tally.lastFile = id
          tally.files++
        }
        if (accessor !== 0) {
          let entry = accessors.get(accessor)
          if (entry === undefined) {
            entry = { name: accessorName(bytes, start - 1)!, known: new Set() }
            accessors.set(accessor, entry)
          }
          entry.known.add(index)
        }
        if (tally.matches.length < maxMatches)
          tally.matches.push(reference(file.path, bytes, length, start, lines))
      },
      literal(accessor) {
        unknown.add(accessor)
      }
    })
    if (unknown.size > 0)
      pending.push({ file, accessors: Int32Array.from(unknown) })
  }

  const buffer = Buffer.allocUnsafe(maxFileBytes)
  const read = (file: SourceFile): number | undefined => {
    const result = readInto(file.absolute, buffer)
    if (result === 'unreadable') skipped.unreadable++
    else if (result === 'too-large') skipped.tooLarge++
    else if (isBinary(buffer, result)) skipped.binary++
    else return result
    return undefined
  }
  let sliceStarted = performance.now()
  const pause = async (): Promise<void> => {
    // Synchronous reads are several times faster here (list-source-files.ts says why); yield
    // to the event loop every few milliseconds so timers and a cancel still get through.
    if (performance.now() - sliceStarted > YIELD_EVERY_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve))
      sliceStarted = performance.now()
    }
    options.signal?.throwIfAborted()
  }

  for (const file of listSourceFiles(
    options.root,
    splitPatterns(options.patterns)
  )) {
    await pause()
    const length = read(file)
    if (length === undefined) continue
    scanFile(file, buffer, length)
    filesScanned++
    bytesScanned += length
  }

  // A flag accessor: at least two known keys go through it (the rest is decided below).
  const flagAccessors = new Map(
    [...accessors].filter(([, a]) => a.known.size >= 2)
  )
  const literals = new Map<string, Literal>()
  const perAccessor = new Map<number, Set<string>>()
  let again = 0
  for (const { file, accessors: used } of pending) {
    if (!used.some((h) => flagAccessors.has(h))) continue
    await pause()
    const length = read(file)
    if (length === undefined) continue
    const id = again++
    const lines = lineCounter(buffer)
    matcher.scan(buffer, length, {
      key() {},
      literal(accessor, start, end) {
        const entry = flagAccessors.get(accessor)
        if (entry === undefined) return
        const text = buffer.toString('latin1', start, end)
        const texts = perAccessor.get(accessor) ?? new Set()
        perAccessor.set(accessor, texts.add(text))
        let literal = literals.get(text)
        if (literal === undefined) {
          literal = {
            total: 0,
            files: 0,
            lastFile: -1,
            matches: [],
            accessors: new Set()
          }
          literals.set(text, literal)
        }
        literal.total++
        literal.accessors.add(entry.name)
        if (literal.lastFile !== id) {
          literal.lastFile = id
          literal.files++
        }
        if (literal.matches.length < maxMatches)
          literal.matches.push(
            reference(file.path, buffer, length, start, lines)
          )
      }
    })
  }
  // Reported through accessors where known keys outnumber other key-like strings, so `t(`
  // (translations) is not a flag accessor because one translation key equals a flag key.
  const reported = new Set<string>()
  for (const [hash, accessor] of flagAccessors) {
    const texts = perAccessor.get(hash)
    if (texts !== undefined && texts.size < accessor.known.size)
      for (const text of texts) reported.add(text)
  }
  const undefinedReads = [...reported].sort(compare).map((key) => {
    const literal = literals.get(key)!
    const names = [...literal.accessors].filter((name) =>
      [...flagAccessors].some(
        ([hash, a]) => a.name === name && perAccessor.get(hash)?.has(key)
      )
    )
    return {
      key,
      accessors: names.sort(compare),
      total: literal.total,
      files: literal.files,
      matches: sortReferences(literal.matches)
    }
  })

  return {
    patterns: [...options.patterns],
    references: keys.map((key, i) => {
      const tally = tallies[i]! // one tally per key
      return {
        key,
        total: tally.total,
        files: tally.files,
        matches: sortReferences(tally.matches)
      }
    }),
    undefinedReads,
    filesScanned,
    bytesScanned,
    skipped,
    maxMatchesPerKey: maxMatches,
    maxFileBytes
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Line numbers for offsets asked in increasing order: each byte is counted once per file
 * however many matches it has.
 */
function lineCounter(bytes: Buffer): (offset: number) => {
  line: number
  lineStart: number
} {
  let line = 1
  let lineStart = 0
  let counted = 0
  return (offset) => {
    // indexOf is memchr: several times faster than a byte loop over a whole file.
    if (offset > counted)
      for (
        let i = bytes.indexOf(0x0a, counted);
        i !== -1 && i < offset;
        i = bytes.indexOf(0x0a, i + 1)
      ) {
        line++
        lineStart = i + 1
      }
    counted = Math.max(counted, offset)
    return { line, lineStart }
  }
}

/**
 * Reads a whole file into `buffer`: its length, or why it was not read. Only files no larger
 * than the buffer are read, so the one buffer is all the memory a file takes.
 */
function readInto(
  file: string,
  buffer: Buffer
): number | 'too-large' | 'unreadable' {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    return 'unreadable'
  }
  try {
    // No fstat: a read that fills the buffer is followed by a one-byte probe instead.
    let length = 0
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, length)
      if (read === 0) return length
      length += read
      if (length === buffer.length)
        return readSync(fd, Buffer.alloc(1), 0, 1, length) > 0
          ? 'too-large'
          : length
    }
  } catch {
    return 'unreadable'
  } finally {
    closeSync(fd)
  }
}

function isBinary(buffer: Buffer, length: number): boolean {
  return (
    buffer.subarray(0, Math.min(length, BINARY_PROBE_BYTES)).indexOf(0) !== -1
  )
}

function reference(
  path: string,
  bytes: Buffer,
  length: number,
  start: number,
  lines: ReturnType<typeof lineCounter>
): CodeReference {
  const { line, lineStart } = lines(start)
  let lineEnd = bytes.indexOf(0x0a, start)
  if (lineEnd === -1 || lineEnd > length) lineEnd = length
  // Long minified lines: quote the part around the match, not the start of the line.
  const from = Math.max(lineStart, start - LINE_MAX_CHARS)
  const to = Math.min(lineEnd, start + LINE_MAX_CHARS * 2)
  const text = bytes.toString('utf8', from, to).trim()
  return {
    path,
    line,
    col: characters(bytes, lineStart, start) + 1,
    text: cut(text, from > lineStart)
  }
}

/** Characters (code points) in UTF-8 bytes: every byte but continuation bytes starts one. */
function characters(bytes: Buffer, start: number, end: number): number {
  let n = 0
  for (let i = start; i < end; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++
  return n
}

function cut(text: string, clipped: boolean): string {
  const head = clipped ? `…${text}` : text
  return head.length <= LINE_MAX_CHARS
    ? head
    : `${head.slice(0, LINE_MAX_CHARS - 1)}…`
}

function sortReferences(list: CodeReference[]): CodeReference[] {
  return list.sort((a, b) =>
    a.path < b.path
      ? -1
      : a.path > b.path
        ? 1
        : a.line - b.line || a.col - b.col
  )
}
