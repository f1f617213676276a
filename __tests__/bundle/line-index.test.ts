import { describe, expect, it } from '@jest/globals'
import { LineIndex } from '../../src/bundle/line-index.js'

const at = (text: string, offset: number): string => {
  const { line, col } = new LineIndex(text).at(offset)
  return `${line}:${col}`
}

describe('LineIndex', () => {
  it.each([
    ['an empty text', '', 0, '1:1'],
    ['the first character', 'ab\ncd', 0, '1:1'],
    ['the middle of the first line', 'ab\ncd', 1, '1:2'],
    ["a line's newline", 'ab\ncd', 2, '1:3'],
    ['the start of the second line', 'ab\ncd', 3, '2:1'],
    ['the last character, no final newline', 'ab\ncd', 4, '2:2'],
    ['the end of a text without a final newline', 'ab\ncd', 5, '2:3'],
    ['an empty line', 'a\n\nb\n', 2, '2:1'],
    ['the line after an empty one', 'a\n\nb\n', 3, '3:1'],
    ['the end of a text with a final newline', 'a\n\nb\n', 5, '4:1'],
    ['CRLF: the carriage return', 'ab\r\ncd\r\n', 2, '1:3'],
    ['CRLF: the line feed', 'ab\r\ncd\r\n', 3, '1:4'],
    ['CRLF: the start of the second line', 'ab\r\ncd\r\n', 4, '2:1'],
    ['CRLF: the second line', 'ab\r\ncd\r\n', 5, '2:2'],
    ['CRLF: after the final line end', 'ab\r\ncd\r\n', 8, '3:1'],
    ['CRLF, last line without line end', 'ab\r\ncd', 6, '2:3'],
    ['a negative offset (clamped to the start)', 'ab\ncd', -3, '1:1']
  ])('%s', (_name, text, offset, expected) => {
    expect(at(text, offset)).toBe(expected)
  })

  it('agrees with counting line feeds, over many lines of varying length', () => {
    // LF and CRLF line ends, empty lines, and a last line without a line end
    const text =
      Array.from(
        { length: 500 },
        (_, i) => 'x'.repeat((i * 7) % 23) + (i % 3 === 0 ? '\r\n' : '\n')
      ).join('') + 'tail'
    const index = new LineIndex(text)
    const mismatches: string[] = []
    for (let offset = 0; offset <= text.length; offset += 3) {
      const before = text.slice(0, offset)
      const line = before.split('\n').length
      const col = offset - (before.lastIndexOf('\n') + 1) + 1
      const found = index.at(offset)
      if (found.line !== line || found.col !== col)
        mismatches.push(
          `${offset}: ${found.line}:${found.col} != ${line}:${col}`
        )
    }
    expect(mismatches).toEqual([])
  })
})
