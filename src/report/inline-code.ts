import { code } from './markdown.js'

/**
 * Inline code for a paragraph or a heading, not a table cell: `code` escapes `|` so a cell
 * cannot end early, but outside a table GitHub shows that backslash literally (`a \| b`).
 * `code` puts exactly one backslash before every pipe, so removing one gives the text back.
 */
export function inlineCode(text: string): string {
  return code(text).replace(/\\\|/g, '|')
}
