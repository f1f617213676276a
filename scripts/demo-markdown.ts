import {
  displayWidth,
  padEnd,
  wrapLine,
  wrapText,
  type Style
} from './demo-style.js'

/**
 * A small Markdown → terminal renderer for the job summaries `npm run demo` prints: the subset
 * the action writes (headings, paragraphs, block quotes, lists, tables, code fences, links,
 * inline code, bold, `<br>`, `<sub>`, `<details>`, HTML comments and entities). Links become
 * their text (the console URLs point at AWS, not at the emulator).
 */

export interface RenderOptions {
  /** Terminal columns available, indentation included. */
  readonly width: number
  readonly style: Style
  /** Spaces in front of every line. */
  readonly indent?: number
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' '
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
    (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16))
      if (name.startsWith('#'))
        return String.fromCodePoint(Number(name.slice(1)))
      return ENTITIES[name.toLowerCase()] ?? whole
    }
  )
}

/** Markdown text outside code spans: links, bold, HTML, escapes. */
function renderText(text: string, style: Style): string {
  let out = text
    .replace(/<sub>([\s\S]*?)<\/sub>/gi, (_, inner: string) => style.dim(inner))
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\*\*([^*]+)\*\*/g, (_, inner: string) => style.bold(inner))
  out = decodeEntities(out)
  return out.replace(/\\([\\`*_{}[\]()#+\-.!|<>~"])/g, '$1')
}

/** One line (or table cell) of inline Markdown, rendered; `<br>` becomes a newline. */
export function renderInline(markdown: string, style: Style): string {
  // Links first, over the raw text: their label may hold code spans.
  const linked = markdown.replace(
    /\[((?:[^\]\\]|\\.)*)\]\(([^)\s]+)\)/g,
    (_, label: string) => label
  )
  let out = ''
  const pattern = /(`+)([\s\S]*?[^`])\1(?!`)/g
  let last = 0
  for (const match of linked.matchAll(pattern)) {
    out += renderText(linked.slice(last, match.index), style)
    const code = match[2]!.replace(/^ (.*) $/, '$1')
    out += style.cyan(code)
    last = match.index + match[0].length
  }
  out += renderText(linked.slice(last), style)
  return out
}

/** Splits a Markdown table row into its cells (`\|` stays inside a cell). */
export function splitRow(row: string): string[] {
  const body = row.trim().replace(/^\|/, '').replace(/\|$/, '')
  const cells: string[] = []
  let cell = ''
  let inCode = false
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\\' && body[i + 1] === '|') {
      cell += '|'
      i++
    } else if (c === '`') {
      inCode = !inCode
      cell += c
    } else if (c === '|' && !inCode) {
      cells.push(cell.trim())
      cell = ''
    } else cell += c
  }
  cells.push(cell.trim())
  return cells
}

/**
 * Column widths that fit `available` columns. Each column first gets what its longest word
 * needs (at most MAX_WORD: an ARN may break), then the rest is shared out, the columns that lack
 * least first; only when even the words do not fit do the widest columns give way.
 */
export function fitColumns(
  natural: readonly number[],
  longestWord: readonly number[],
  available: number
): number[] {
  const total = natural.reduce((a, b) => a + b, 0)
  if (total <= available) return [...natural]
  const minimum = natural.map((n, i) =>
    Math.min(n, Math.max(MIN_COLUMN, Math.min(MAX_WORD, longestWord[i]!)))
  )
  const floor = minimum.reduce((a, b) => a + b, 0)
  if (floor >= available) {
    const widths = [...minimum]
    let sum = floor
    while (sum > available) {
      const widest = Math.max(...widths)
      if (widest <= MIN_COLUMN) break
      widths[widths.indexOf(widest)]!--
      sum--
    }
    return widths
  }
  // Water-filling: columns that lack little are made whole first, the wide ones share the rest.
  const widths = [...minimum]
  let spare = available - floor
  const order = natural
    .map((n, i) => ({ i, lack: n - minimum[i]! }))
    .sort((a, b) => a.lack - b.lack)
  order.forEach(({ i, lack }, k) => {
    const give = Math.min(lack, Math.floor(spare / (order.length - k)))
    widths[i]! += give
    spare -= give
  })
  // Rounding leftovers go to the column that lacks the most.
  const last = order[order.length - 1]!
  widths[last.i]! += Math.min(spare, natural[last.i]! - widths[last.i]!)
  return widths
}

const MIN_COLUMN = 4
const MAX_WORD = 30

/**
 * Draws a table with box characters. `rows[0]` is the header. Cells may hold newlines and
 * ANSI styles; cells wider than their column are word-wrapped so the table fits `width`.
 */
export function renderTable(
  rows: readonly (readonly string[])[],
  options: RenderOptions
): string[] {
  const { style } = options
  const indent = ' '.repeat(options.indent ?? 0)
  const columns = Math.max(...rows.map((r) => r.length))
  const grid = rows.map((r) =>
    Array.from({ length: columns }, (_, i) => r[i] ?? '')
  )
  const natural = Array.from({ length: columns }, (_, i) =>
    Math.max(
      1,
      ...grid.flatMap((r) => r[i]!.split('\n').map((l) => displayWidth(l)))
    )
  )
  const longestWord = Array.from({ length: columns }, (_, i) =>
    Math.max(
      1,
      ...grid.flatMap((r) => r[i]!.split(/\s+/).map((w) => displayWidth(w) + 2))
    )
  )
  const frame = indent.length + 3 * columns + 1
  const widths = fitColumns(
    natural,
    longestWord,
    Math.max(columns * MIN_COLUMN, options.width - frame)
  )
  // Wrapped continuations are indented, so they stand apart from the cell's own lines (`<br>`).
  const wrapped = grid.map((r) =>
    r.map((cell, i) => wrapText(cell, widths[i]!, 2))
  )
  // Rows are told apart by their first cell; rule them off only when one leaves it empty.
  const ruled =
    wrapped.some((r) => r.some((cell) => cell.length > 1)) &&
    grid.slice(1).some((r) => r[0]!.trim() === '')
  const rule = (left: string, mid: string, right: string): string =>
    indent +
    style.dim(left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right)
  const bar = style.dim('│')
  const lines: string[] = [rule('┌', '┬', '┐')]
  wrapped.forEach((row, r) => {
    const height = Math.max(...row.map((cell) => cell.length))
    for (let l = 0; l < height; l++) {
      const cells = row.map((cell, i) => {
        const text = cell[l] ?? ''
        return padEnd(r === 0 ? style.bold(text) : text, widths[i]!)
      })
      lines.push(`${indent}${bar} ${cells.join(` ${bar} `)} ${bar}`)
    }
    if (r === 0) lines.push(rule('├', '┼', '┤'))
    else if (ruled && r < wrapped.length - 1) lines.push(rule('├', '┼', '┤'))
  })
  lines.push(rule('└', '┴', '┘'))
  return lines
}

/** Renders a job summary (GitHub-flavoured Markdown with some HTML) for a terminal. */
export function renderMarkdown(
  markdown: string,
  options: RenderOptions
): string {
  const { style } = options
  const indentWidth = options.indent ?? 0
  const indent = ' '.repeat(indentWidth)
  const width = Math.max(20, options.width - indentWidth)
  const out: string[] = []
  const blank = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('')
  }
  const text = markdown.replace(/<!--[\s\S]*?-->/g, '').replace(/\r\n/g, '\n')
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)
    if (fence !== null) {
      blank()
      for (
        i++;
        i < lines.length && !lines[i]!.trim().startsWith(fence[1]!);
        i++
      )
        // A terminal cannot scroll a block sideways: long lines (a diff's) wrap, marked ↪.
        for (const [n, part] of hardWrap(lines[i]!, width - 4).entries())
          out.push(
            `${indent}  ${style.dim('│')} ${n === 0 ? '' : style.dim('↪ ')}${part}`
          )
      blank()
      continue
    }
    if (line.trim().startsWith('|')) {
      const rows: string[][] = []
      for (; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
        if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(lines[i]!))
          continue
        rows.push(splitRow(lines[i]!).map((cell) => renderInline(cell, style)))
      }
      i--
      blank()
      out.push(...renderTable(rows, { ...options, indent: indentWidth }))
      blank()
      continue
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    if (heading !== null) {
      blank()
      const title = renderInline(heading[2]!, style)
      const styled =
        heading[1]!.length <= 3
          ? style.bold(style.underline(title))
          : style.bold(title)
      out.push(...wrapLine(styled, width).map((l) => indent + l))
      out.push('')
      continue
    }
    const summary = /<summary>([\s\S]*?)<\/summary>/i.exec(line)
    if (summary !== null) {
      blank()
      out.push(indent + style.bold(`▸ ${renderInline(summary[1]!, style)}`))
      continue
    }
    if (/^\s*<\/?details>\s*$/i.test(line)) continue
    const quote = /^\s*>\s?(.*)$/.exec(line)
    if (quote !== null) {
      const bar = style.yellow('│ ')
      // A GitHub alert's marker (`[!CAUTION]`) is its title.
      const alert = /^\[!(\w+)\]\s*$/.exec(quote[1]!)
      if (alert !== null) {
        const word = alert[1]!.toLowerCase()
        out.push(
          indent +
            bar +
            style.bold(word.charAt(0).toUpperCase() + word.slice(1))
        )
        continue
      }
      for (const l of wrapText(renderInline(quote[1]!, style), width - 2))
        out.push(indent + bar + l)
      continue
    }
    const item = /^(\s*)[-*+]\s+(.*)$/.exec(line)
    if (item !== null) {
      const depth = item[1]!.length
      const lead = `${' '.repeat(depth)}• `
      const wrappedItem = wrapText(
        renderInline(item[2]!, style),
        width - lead.length
      )
      wrappedItem.forEach((l, n) =>
        out.push(indent + (n === 0 ? lead : ' '.repeat(lead.length)) + l)
      )
      continue
    }
    if (line.trim() === '') {
      blank()
      continue
    }
    for (const l of wrapText(renderInline(line.trim(), style), width))
      out.push(indent + l)
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop()
  while (out.length > 0 && out[0] === '') out.shift()
  return out.join('\n')
}

/** Cuts a line into pieces of at most `width` characters (the first) and `width - 2` (the rest). */
function hardWrap(line: string, width: number): string[] {
  const chars = [...line]
  if (chars.length <= width) return [line]
  const parts = [chars.slice(0, width).join('')]
  for (let i = width; i < chars.length; i += width - 2)
    parts.push(chars.slice(i, i + width - 2).join(''))
  return parts
}
