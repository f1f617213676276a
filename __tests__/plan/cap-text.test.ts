import { describe, expect, it } from '@jest/globals'
import {
  capPair,
  capText,
  firstDifference,
  MAX_TEXT_LENGTH
} from '../../src/plan/cap-text.js'

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

describe('capPair (issue 25)', () => {
  it('keeps short pairs whole', () => {
    expect(capPair('"a"', '"b"')).toEqual({ before: '"a"', after: '"b"' })
  })

  it('cuts long pairs around their first difference, never to two equal strings', () => {
    const before = `${'a'.repeat(300)}X${'b'.repeat(300)}`
    const after = `${'a'.repeat(300)}Y${'b'.repeat(300)}`
    const pair = capPair(before, after)
    expect(pair.before).not.toBe(pair.after)
    expect(pair.offset).toBe(260)
    expect(pair.before).toBe(`${'a'.repeat(40)}X${'b'.repeat(158)}…`)
    expect(pair.before.length).toBe(MAX_TEXT_LENGTH)
  })

  it('starts at 0 when the difference fits in the first cut', () => {
    const pair = capPair(`X${'a'.repeat(300)}`, `Y${'a'.repeat(300)}`)
    expect(pair.offset).toBeUndefined()
    expect(pair.before.startsWith('X')).toBe(true)
  })

  it('finds the first difference, or the shorter length for a prefix', () => {
    expect(firstDifference('abc', 'abd')).toBe(2)
    expect(firstDifference('ab', 'abc')).toBe(2)
    expect(firstDifference('', '')).toBe(0)
  })
})
