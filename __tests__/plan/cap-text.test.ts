import { describe, expect, it } from '@jest/globals'
import { capText, MAX_TEXT_LENGTH } from '../../src/plan/cap-text.js'

describe('capText', () => {
  it.each<{ name: string; text: string; max?: number; capped: string }>([
    { name: 'short text as it is', text: 'abc', capped: 'abc' },
    { name: 'empty text as it is', text: '', capped: '' },
    {
      name: 'exactly the limit as it is',
      text: 'a'.repeat(MAX_TEXT_LENGTH),
      capped: 'a'.repeat(MAX_TEXT_LENGTH)
    },
    {
      name: 'one over the limit: cut, ellipsis included in the limit',
      text: 'a'.repeat(MAX_TEXT_LENGTH + 1),
      capped: `${'a'.repeat(MAX_TEXT_LENGTH - 1)}…`
    },
    { name: 'a smaller limit', text: 'abcdef', max: 4, capped: 'abc…' },
    {
      name: 'never half a surrogate pair',
      text: 'ab😀cd',
      max: 4,
      capped: 'ab…'
    },
    {
      name: 'a whole surrogate pair before the cut is kept',
      text: 'a😀bcd',
      max: 4,
      capped: 'a😀…'
    }
  ])('$name', ({ text, max, capped }) => {
    expect(capText(text, max)).toBe(capped)
  })
})
