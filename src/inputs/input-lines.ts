/** The non-blank lines of a multi-line input that are not `#` comments, numbered from 1. */
export function inputLines(value: string): { line: number; text: string }[] {
  return value
    .split(/\r?\n/)
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'))
}
