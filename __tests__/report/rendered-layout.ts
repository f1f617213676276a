/**
 * What a reader sees of a summary or a comment, measured on the tokens of a GFM renderer
 * (marked): how many lines the page takes before a given text shows, and how wide each table
 * must be at least. GitHub's styles, as measured for issue 27, turned into characters:
 *
 * - A comment box in a pull request's conversation, next to the sidebar, is about 600 px of
 *   text; at GitHub's 14 px font a character of prose, or of the 85% monospace of code, is
 *   about 7.2 px, so a line holds about 80 characters (LINE_CHARS), and a table may be as
 *   wide. (The flag table the issue saw 25 px too wide needs 86 characters by this measure.)
 * - A table cell has 13 px of padding on each side and a border: about 4 characters
 *   (CELL_PAD_CHARS).
 * - A cell cannot be narrower than its longest unbreakable run: the browser breaks at spaces
 *   and after a hyphen (flag keys did break at `allow-/bitcoin-at-/checkout`), not inside a
 *   URL or JSON; an emoji is two characters wide.
 * - A folded `<details>` shows one line (its summary); a code block one line per line (it
 *   scrolls rather than wraps); a GitHub alert's `[!WARNING]` marker is its title line.
 */
import { Lexer, type Token, type Tokens } from 'marked'

export const LINE_CHARS = 80
export const CELL_PAD_CHARS = 4

/** A rendered line: its text and where it came from. */
export interface RenderedLine {
  readonly text: string
  readonly kind: string
}

/** The text a reader sees of inline markdown: link text without its URL, no markers. */
export function visibleText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<br>/g, '\n')
    .replace(/<\/?[a-z][^>]*>/g, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\\([\\`*_{}[\]()#+!|~$-])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** Display width in characters: an emoji (or other wide symbol) counts two. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    if (/\p{Mn}|\u200d|\ufe0f/u.test(char)) continue
    width += /\p{Extended_Pictographic}/u.test(char) ? 2 : 1
  }
  return width
}

function wrap(text: string, width: number, kind: string): RenderedLine[] {
  const lines: RenderedLine[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && displayWidth(`${line} ${word}`) > width) {
        lines.push({ text: line, kind })
        line = word
      } else line = line === '' ? word : `${line} ${word}`
    }
    lines.push({ text: line, kind })
  }
  return lines
}

/** The lines a GFM page shows for `markdown` at `width` characters, folded parts shut. */
export function renderedLines(
  markdown: string,
  width = LINE_CHARS
): RenderedLine[] {
  const tokens = new Lexer({ gfm: true }).lex(markdown)
  const out: RenderedLine[] = []
  let folded = 0
  const walk = (list: readonly Token[], indent: number): void => {
    for (const token of list) {
      if (token.type === 'html') {
        const raw = token.raw
        const opens = (raw.match(/<details(?![^>]*\bopen)[^>]*>/g) ?? []).length
        const closes = (raw.match(/<\/details>/g) ?? []).length
        const summary = /<summary>(.*?)<\/summary>/.exec(raw)?.[1]
        if (folded === 0 && summary !== undefined)
          out.push({ text: `▸ ${summary}`, kind: 'summary' })
        else if (folded === 0 && /<sub>/.test(raw))
          out.push(...wrap(visibleText(raw), width - indent, 'html'))
        folded += opens - closes
        continue
      }
      if (folded > 0) continue
      const w = width - indent
      switch (token.type) {
        case 'heading':
        case 'paragraph':
          out.push(
            ...wrap(
              visibleText((token as Tokens.Paragraph).text),
              w,
              token.type
            )
          )
          break
        case 'code':
          for (const line of (token as Tokens.Code).text.split('\n'))
            out.push({ text: line, kind: 'code' })
          break
        case 'table': {
          const table = token as Tokens.Table
          const columns = table.header.length
          const cellWidth = Math.max(
            8,
            Math.floor(w / columns) - CELL_PAD_CHARS
          )
          for (const row of [table.header, ...table.rows]) {
            const cells = row.map((cell) =>
              wrap(visibleText(cell.text), cellWidth, 'table')
            )
            const height = Math.max(...cells.map((c) => c.length))
            for (let i = 0; i < height; i++)
              out.push({
                text: cells.map((c) => c[i]?.text ?? '').join(' | '),
                kind: 'table'
              })
          }
          break
        }
        case 'list':
          for (const item of (token as Tokens.List).items)
            walk(item.tokens, indent + 2)
          break
        case 'blockquote':
          walk((token as Tokens.Blockquote).tokens, indent + 2)
          break
        case 'hr':
          out.push({ text: '---', kind: 'hr' })
          break
        case 'text':
          out.push(...wrap(visibleText(token.raw), w, 'text'))
          break
        default:
          break
      }
    }
  }
  walk(tokens, 0)
  return out
}

/** The 1-based rendered line where `needle` first shows, or undefined. */
export function lineOf(markdown: string, needle: string): number | undefined {
  const index = renderedLines(markdown).findIndex((l) =>
    l.text.includes(needle)
  )
  return index === -1 ? undefined : index + 1
}

/** The longest run a browser cannot break inside: between spaces, and after hyphens. */
export function longestRun(text: string): number {
  return Math.max(
    0,
    ...text
      .split(/\s+|(?<=-)/)
      .filter(Boolean)
      .map(displayWidth)
  )
}

/** Every table in the markdown (folded ones too), with the least width it can take. */
export function tableWidths(
  markdown: string
): { header: string; minWidth: number }[] {
  const found: { header: string; minWidth: number }[] = []
  const walk = (list: readonly Token[]): void => {
    for (const token of list) {
      if (token.type === 'table') {
        const table = token as Tokens.Table
        const columns = table.header.map((_, i) =>
          Math.max(
            ...[table.header, ...table.rows].map((row) =>
              longestRun(visibleText(row[i]?.text ?? ''))
            )
          )
        )
        found.push({
          header: table.header.map((c) => c.text).join(' | '),
          minWidth: columns.reduce((sum, c) => sum + c + CELL_PAD_CHARS, 0)
        })
      }
      const children = (token as { tokens?: Token[] }).tokens
      if (children !== undefined) walk(children)
      if (token.type === 'list')
        for (const item of (token as Tokens.List).items) walk(item.tokens)
    }
  }
  walk(new Lexer({ gfm: true }).lex(markdown))
  return found
}
