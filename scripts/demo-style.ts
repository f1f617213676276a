/**
 * Terminal styling for `npm run demo`, without a dependency: ANSI colours that switch off for
 * NO_COLOR and for output that is not a terminal, display widths that count emoji as two
 * columns, and word wrapping that keeps styles across line breaks.
 */

export interface Style {
  readonly color: boolean
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly italic: (text: string) => string
  readonly underline: (text: string) => string
  readonly red: (text: string) => string
  readonly green: (text: string) => string
  readonly yellow: (text: string) => string
  readonly blue: (text: string) => string
  readonly magenta: (text: string) => string
  readonly cyan: (text: string) => string
}

/**
 * Colour when the stream is a terminal and NO_COLOR is unset or empty (https://no-color.org);
 * FORCE_COLOR (non-empty, not `0`) turns it on for a pipe, as most CLI tools do.
 */
export function wantsColor(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
    return env.FORCE_COLOR !== '0'
  if (env.TERM === 'dumb') return false
  return stream.isTTY === true
}

export function createStyle(color: boolean): Style {
  const sgr = (open: number, close: number) => {
    const opening = `\x1b[${open}m`
    const closing = `\x1b[${close}m`
    // A nested style that closes the same attribute re-opens this one (bold inside a heading).
    return (text: string): string =>
      color && text !== ''
        ? opening + text.replaceAll(closing, closing + opening) + closing
        : text
  }
  return {
    color,
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    italic: sgr(3, 23),
    underline: sgr(4, 24),
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    magenta: sgr(35, 39),
    cyan: sgr(36, 39)
  }
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g
// eslint-disable-next-line no-control-regex
const ANSI_SPLIT = /(\x1b\[[0-9;]*m)/

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '')
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u
const ZERO_WIDTH = /^(?:\p{Mn}|\p{Me}|\p{Cf}|[\u200b-\u200f])+$/u

/** Columns one grapheme takes in a terminal: emoji and East Asian wide characters take two. */
function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0
  if (/\p{Emoji_Presentation}|\ufe0f/u.test(grapheme)) return 2
  if (WIDE.test(grapheme)) return 2
  return 1
}

/** How many terminal columns a string takes (ANSI codes take none). */
export function displayWidth(text: string): number {
  let width = 0
  for (const { segment } of segmenter.segment(stripAnsi(text)))
    width += graphemeWidth(segment)
  return width
}

/** Pads with spaces to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

/** The SGR codes still in force at the end of `text`, as one sequence to re-open them. */
function openStyles(text: string): string {
  const open = new Map<string, string>()
  for (const match of text.matchAll(ANSI)) {
    for (const code of match[0].slice(2, -1).split(';')) {
      const n = Number(code || '0')
      if (n === 0) open.clear()
      else if (n === 1 || n === 2) open.set(`intensity${n}`, String(n))
      else if (n === 22) {
        open.delete('intensity1')
        open.delete('intensity2')
      } else if (n === 3) open.set('italic', '3')
      else if (n === 23) open.delete('italic')
      else if (n === 4) open.set('underline', '4')
      else if (n === 24) open.delete('underline')
      else if ((n >= 30 && n <= 37) || (n >= 90 && n <= 97))
        open.set('fg', String(n))
      else if (n === 39) open.delete('fg')
    }
  }
  return open.size === 0 ? '' : `\x1b[${[...open.values()].join(';')}m`
}

/** Splits a (possibly styled) word into pieces of at most `width` columns. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = []
  let piece = ''
  let used = 0
  for (const part of word.split(ANSI_SPLIT)) {
    if (part.startsWith('\x1b[')) {
      piece += part
      continue
    }
    for (const { segment } of segmenter.segment(part)) {
      const w = graphemeWidth(segment)
      if (used + w > width && used > 0) {
        pieces.push(piece)
        piece = ''
        used = 0
      }
      piece += segment
      used += w
    }
  }
  pieces.push(piece)
  return pieces
}

/**
 * Word-wraps one line (no newlines) to `width` columns. The line keeps its own leading spaces
 * (after any opening style codes), and lines after the first are indented by those plus `hang`
 * spaces, so a nested list item wraps under itself (issue 26: wrapped lines lost their indent).
 * Styles that span a break are closed at the end of the line and re-opened on the next, so
 * borders drawn around the text stay plain.
 */
export function wrapLine(line: string, width: number, hang = 0): string[] {
  if (width < 1 || displayWidth(line) <= width) return [line]
  const [, codes = '', lead = '', rest = ''] =
    // eslint-disable-next-line no-control-regex
    /^((?:\x1b\[[0-9;]*m)*)( *)([\s\S]*)$/.exec(line) ?? []
  const indent = ' '.repeat(
    Math.min(lead.length + hang, Math.max(0, width - 4))
  )
  const lines: string[] = []
  let current = ''
  let used = 0
  let limit = width - lead.length
  const flush = (): void => {
    lines.push(current)
    current = ''
    used = 0
    limit = width - indent.length
  }
  for (const word of rest.split(/ +/)) {
    const w = displayWidth(word)
    if (used > 0 && used + 1 + w <= limit) {
      current += ` ${word}`
      used += 1 + w
      continue
    }
    if (used > 0) flush()
    if (w <= limit) {
      current = word
      used = w
      continue
    }
    let pieces = breakWord(word, limit)
    while (pieces.length > 1) {
      current = pieces[0]!
      flush()
      pieces = breakWord(pieces.slice(1).join(''), limit)
    }
    current = pieces[0]!
    used = displayWidth(current)
  }
  if (current !== '' || lines.length === 0) lines.push(current)
  lines[0] = `${codes}${lead}${lines[0]}`
  // Carry styles across the breaks.
  let carried = ''
  return lines.map((text, i) => {
    const withOpen = carried + text
    carried = openStyles(withOpen)
    const closed = carried === '' ? withOpen : `${withOpen}\x1b[0m`
    return i === 0 ? closed : indent + closed
  })
}

/** Wraps text that may hold newlines; each line is wrapped on its own (see wrapLine). */
export function wrapText(text: string, width: number, hang = 0): string[] {
  return text.split('\n').flatMap((line) => wrapLine(line, width, hang))
}
