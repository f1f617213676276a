/**
 * The matching rule for code references (docs/code-references.md): a flag key is found where it
 * stands as a whole word, a maximal run of word characters (ASCII letters, digits, `_`, `-`,
 * `$`, and any non-ASCII letter, digit or mark). So `'new-checkout'`, `"new-checkout"`,
 * `flags.new_checkout` and `new-checkout:` match `new-checkout`, while `new-checkout-v2`,
 * `old_new_checkout` and `NEW_CHECKOUT` do not. `-` is a word character because keys use it:
 * `git grep -w` would find `new-checkout` inside `new-checkout-v2`; this rule does not.
 *
 * The scan works on the file's bytes, one pass, no regular expression: tokens are hashed as
 * they are read and looked up in a small open hash table, so 500 keys cost no more than one.
 */

/** 1: an ASCII word byte; 2: a byte of a multi-byte UTF-8 sequence (decided on the slow path). */
const WORD = new Uint8Array(256)
for (let c = 0; c < 256; c++) {
  const ascii =
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === 0x2d ||
    c === 0x24
  WORD[c] = ascii ? 1 : c >= 0x80 ? 2 : 0
}

/** Bytes of an identifier (an accessor's name): no `-`. */
const IDENT = new Uint8Array(256)
for (let c = 0; c < 256; c++) IDENT[c] = WORD[c] === 1 && c !== 0x2d ? 1 : 0

const QUOTE_SINGLE = 0x27
const QUOTE_DOUBLE = 0x22
const BACKTICK = 0x60
const PAREN = 0x28
const BRACKET = 0x5b

/** Non-word characters in decoded text, for tokens with non-ASCII characters. */
const NON_WORD = /[^\p{L}\p{N}\p{M}_$-]+/u

/** What a scan reports, as byte offsets into the scanned buffer. */
export interface ScanVisitor {
  /**
   * A known key (index into `keys`) at bytes [start, end). `accessor` is not 0 when the key
   * is a whole string literal passed first to a call or an index (`isEnabled(`, `flags[`):
   * a hash of that accessor, whose name {@link accessorName} gives.
   */
  key(index: number, start: number, end: number, accessor: number): void
  /**
   * A string literal at [start, end) that looks like a flag key (AppConfig's grammar) but is
   * none of `keys`, passed first to the accessor hashed `accessor`. Optional: scans are
   * faster without it.
   */
  literal?(accessor: number, start: number, end: number): void
}

/** Finds flag keys in buffers by the whole-word rule. */
export interface KeyMatcher {
  readonly keys: readonly string[]
  scan(bytes: Uint8Array, length: number, visitor: ScanVisitor): void
}

function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + bytes[i]!) | 0
  return h
}

/** A matcher for `keys` (deduplicated by the caller; empty keys are ignored). */
export function createKeyMatcher(keys: readonly string[]): KeyMatcher {
  const encoded = keys.map((k) => Buffer.from(k, 'utf8'))
  const byText = new Map<string, number>()
  keys.forEach((k, i) => {
    if (k !== '' && !byText.has(k)) byText.set(k, i)
  })
  let size = 16
  while (size < keys.length * 2) size <<= 1
  const mask = size - 1
  const heads = new Int32Array(size).fill(-1)
  const next = new Int32Array(keys.length).fill(-1)
  const hashes = new Int32Array(keys.length)
  const FIRST = new Uint8Array(256)
  const LAST = new Uint8Array(256)
  let minLength = Number.MAX_SAFE_INTEGER
  let maxLength = 0
  for (const i of byText.values()) {
    // `i` indexes `keys` and the key is not empty, so these reads are in range.
    const bytes = encoded[i]!
    const hash = hashBytes(bytes, 0, bytes.length)
    hashes[i] = hash
    const slot = hash & mask
    next[i] = heads[slot]!
    heads[slot] = i
    FIRST[bytes[0]!] = 1
    LAST[bytes[bytes.length - 1]!] = 1
    minLength = Math.min(minLength, bytes.length)
    maxLength = Math.max(maxLength, bytes.length)
  }
  const wantsLiterals = (visitor: ScanVisitor): boolean =>
    visitor.literal !== undefined

  function lookup(
    bytes: Uint8Array,
    start: number,
    end: number,
    hash: number
  ): number {
    // The chains hold indexes into `keys` and end with -1, so every read is in range.
    for (let k = heads[hash & mask]!; k !== -1; k = next[k]!) {
      if (hashes[k] !== hash) continue
      const key = encoded[k]!
      if (key.length !== end - start) continue
      let same = true
      for (let j = 0; j < key.length; j++)
        if (key[j] !== bytes[start + j]) {
          same = false
          break
        }
      if (same) return k
    }
    return -1
  }

  function scan(bytes: Uint8Array, length: number, visitor: ScanVisitor): void {
    const literals = wantsLiterals(visitor)
    let i = 0
    while (i < length) {
      // `i < length <= bytes.length`, and WORD has an entry for every byte.
      let c = bytes[i]!
      if (WORD[c] === 0) {
        i++
        continue
      }
      const start = i
      let seen = 0
      do {
        seen |= c
        i++
      } while (i < length && WORD[(c = bytes[i]!)] !== 0)
      if ((seen & 0x80) !== 0) {
        scanWide(bytes, start, i, visitor)
        continue
      }
      const end = i
      const width = end - start
      // Cheap filters first: most tokens are no key by length, first or last byte.
      const candidate =
        width >= minLength &&
        width <= maxLength &&
        FIRST[bytes[start]!] === 1 &&
        LAST[bytes[end - 1]!] === 1
      if (!candidate && !(literals && width <= 64)) continue
      const known = candidate
        ? lookup(bytes, start, end, hashBytes(bytes, start, end))
        : -1
      const quoted =
        start > 0 &&
        end < length &&
        bytes[end] === bytes[start - 1] &&
        (c === QUOTE_SINGLE || c === QUOTE_DOUBLE || c === BACKTICK)
      if (known === -1 && !quoted) continue
      const accessor = quoted ? accessorHash(bytes, start - 1) : 0
      if (known !== -1) visitor.key(known, start, end, accessor)
      else if (accessor !== 0 && isKeyLike(bytes, start, end))
        visitor.literal!(accessor, start, end)
    }
  }

  /** A token with non-ASCII bytes: decode it and split it at non-word characters (rare). */
  function scanWide(
    bytes: Uint8Array,
    start: number,
    end: number,
    visitor: ScanVisitor
  ): void {
    const text = Buffer.from(
      bytes.buffer,
      bytes.byteOffset + start,
      end - start
    ).toString('utf8')
    let offset = 0
    for (const part of text.split(new RegExp(NON_WORD.source, 'gu'))) {
      const at = text.indexOf(part, offset)
      offset = at + part.length
      const index = part === '' ? undefined : byText.get(part)
      if (index === undefined) continue
      const from = start + Buffer.byteLength(text.slice(0, at))
      visitor.key(index, from, from + Buffer.byteLength(part), 0)
    }
  }

  return { keys, scan }
}

/** AppConfig's key grammar on bytes: `[a-z][a-zA-Z0-9_-]{0,63}`. */
function isKeyLike(bytes: Uint8Array, start: number, end: number): boolean {
  // Called with a non-empty token inside `bytes`, so every read is in range.
  const first = bytes[start]!
  if (end - start > 64 || first < 0x61 || first > 0x7a) return false
  for (let i = start + 1; i < end; i++)
    if (bytes[i] === 0x24 || WORD[bytes[i]!] !== 1) return false
  return true
}

/** Where the accessor's name is before a string literal's opening quote, if it has one. */
function accessorSpan(
  bytes: Uint8Array,
  quote: number
): { start: number; end: number; open: number } | undefined {
  let p = quote - 1
  while (p >= 0 && (bytes[p] === 0x20 || bytes[p] === 0x09)) p--
  if (p < 0 || (bytes[p] !== PAREN && bytes[p] !== BRACKET)) return undefined
  const open = bytes[p]!
  p--
  while (p >= 0 && (bytes[p] === 0x20 || bytes[p] === 0x09)) p--
  // Optional chaining: `flags?.['x']`, `get?.('x')`.
  if (p >= 1 && bytes[p] === 0x2e && bytes[p - 1] === 0x3f) p -= 2
  const end = p + 1
  while (p >= 0 && IDENT[bytes[p]!] === 1) p--
  const start = p + 1
  // `start < end <= quote`, so the first byte of the name is in range.
  if (start === end || (bytes[start]! >= 0x30 && bytes[start]! <= 0x39))
    return undefined
  return { start, end, open }
}

/**
 * A non-zero hash of the call or index a string literal is the first argument of (see
 * {@link accessorName}), or 0. Hashing, not naming, keeps the scan free of allocations.
 */
function accessorHash(bytes: Uint8Array, quote: number): number {
  const span = accessorSpan(bytes, quote)
  if (span === undefined) return 0
  const h =
    (Math.imul(hashBytes(bytes, span.start, span.end), 31) + span.open) | 0
  return h === 0 ? 1 : h
}

/**
 * The call or index a string literal is the first argument of: `isEnabled(` for
 * `isEnabled('x')`, `flags[` for `flags["x"]`, `getFlag(` for `client?.getFlag('x')`. The
 * name is the last identifier only, so `a.isEnabled(` and `b.isEnabled(` are one accessor.
 */
export function accessorName(
  bytes: Uint8Array,
  quote: number
): string | undefined {
  const span = accessorSpan(bytes, quote)
  if (span === undefined) return undefined
  return (
    Buffer.from(
      bytes.buffer,
      bytes.byteOffset + span.start,
      span.end - span.start
    ).toString('latin1') + String.fromCharCode(span.open)
  )
}
