/**
 * Escapes user-supplied text (flag names, values, messages) for a markdown table cell or
 * paragraph: HTML is neutralised, markdown syntax is shown literally, and line breaks cannot
 * end a table row.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/\r?\n|\r/g, ' ')
}

/** Inline code that survives backticks in its content. */
export function code(text: string): string {
  const clean = text.replace(/\r?\n|\r/g, ' ')
  const longest = Math.max(
    0,
    ...(clean.match(/`+/g) ?? []).map((run) => run.length)
  )
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`
}

/** A markdown table from a header row and body rows (cells already escaped). */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[]
): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join(
    '\n'
  )
}
