import { stripControls } from '../strip-controls.js'

/**
 * Escapes user-supplied text (flag names, values, messages) for a markdown table cell or
 * paragraph: HTML is neutralised, markdown syntax (GitHub's `$` math included) is shown
 * literally, and line breaks cannot end a table row.
 */
export function escapeMarkdown(text: string): string {
  return neutraliseReferences(
    stripControls(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_{}[\]()#+!|~$])/g, '\\$1')
      .replace(/\r?\n|\r/g, ' ')
  )
}

/**
 * GitHub turns `@name` into a mention (a notification), `#123` into a link to that issue and
 * bare `https://…` or `www.…` into links, in comments and summaries alike; text from a bundle
 * must do none of that. A zero-width space (as an entity, so it survives editors) breaks each
 * pattern while the text reads the same. Runs on escaped text: `&` is already `&amp;`.
 */
export function neutraliseReferences(escaped: string): string {
  return (
    escaped
      // `#` first: the entities inserted next hold a `#` and digits themselves.
      .replace(/#(?=\d)/g, '#&#8203;')
      .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
      .replace(/\b(https?)(?=:\/\/)/gi, '$1&#8203;')
      .replace(/\b(www)(?=\.)/gi, '$1&#8203;')
  )
}

/**
 * Escapes a message of our own that marks names with backticks (`allow-flag-removal`,
 * `_deprecation`) and may quote user text: each backticked part becomes inline code, the
 * rest is escaped. Safe for any input, since every character ends up in one or the other.
 */
export function escapeMessage(text: string): string {
  let out = ''
  let last = 0
  // The group is not optional, so every match has it.
  for (const match of text.matchAll(/`([^`\r\n]+)`/g)) {
    out += escapeMarkdown(text.slice(last, match.index)) + code(match[1]!)
    last = match.index + match[0].length
  }
  return out + escapeMarkdown(text.slice(last))
}

/** Inline code that survives backticks and pipes in its content. */
export function code(text: string): string {
  const clean = stripControls(text).replace(/\r?\n|\r/g, ' ')
  if (clean.trim() === '') return clean === '' ? '` `' : `\`${clean}\``
  const longest = Math.max(
    0,
    ...(clean.match(/`+/g) ?? []).map((run) => run.length)
  )
  const fence = '`'.repeat(longest + 1)
  // CommonMark strips one space from each end when both are there: pad to keep them.
  const pad =
    clean.startsWith('`') ||
    clean.endsWith('`') ||
    (clean.startsWith(' ') && clean.endsWith(' '))
      ? ' '
      : ''
  return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function codeBlock(raw: string, language = ''): string {
  const text = stripControls(raw)
  const longest = Math.max(
    2,
    ...(text.match(/`+/g) ?? []).map((run) => run.length)
  )
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${text}\n${fence}`
}

/**
 * A link whose destination cannot end early or run script: only http(s) URLs are linked, and
 * the characters that close a markdown link destination are percent-encoded.
 */
export function link(text: string, url: string | undefined): string {
  if (url === undefined || !/^https?:\/\//.test(url)) return text
  const safe = url.replace(
    /[()<>\s"'`\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
  return `[${text}](${safe})`
}

/** A markdown table from a header row and body rows (cells already escaped). */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[]
): string {
  return [tableHead(header), ...rows.map(tableRow)].join('\n')
}

/** The header and delimiter lines of a table, for callers that add rows themselves. */
export function tableHead(header: readonly string[]): string {
  return `${tableRow(header)}\n${tableRow(header.map(() => '---'))}`
}

/** One table row (cells already escaped). */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

/**
 * A folded block. The summary line is ours, never user text: GitHub does not render markdown
 * inside `<summary>`, so it could not be escaped the usual way.
 */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** Shortens text to `max` characters, marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  return `${text.slice(0, Math.max(0, max - 1))}…`
}
