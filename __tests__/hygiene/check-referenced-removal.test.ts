import { describe, expect, it } from '@jest/globals'
import { checkReferencedRemoval } from '../../src/hygiene/check-referenced-removal.js'
import { at, keyRefs, sampleRefs } from './fixtures.js'

const refs = sampleRefs([
  keyRefs('gone', []),
  keyRefs('used', [
    at('src/a.ts', 3),
    at('src/b.ts', 10),
    at('src/c.ts', 2),
    at('src/d.ts', 5)
  ]),
  keyRefs('once', [at('lib/x.ts', 1)]),
  keyRefs('kept', [at('src/a.ts', 4)])
])

describe('checkReferencedRemoval', () => {
  it('passes when nothing is removed', () => {
    expect(checkReferencedRemoval([], refs)).toEqual({
      guard: 'flag-in-use',
      outcome: 'pass',
      message: 'The bundle removes no flags.',
      inUse: []
    })
  })

  it('passes when no searched file reads the removed flags', () => {
    const result = checkReferencedRemoval(['gone'], refs)
    expect(result.outcome).toBe('pass')
    expect(result.message).toBe(
      'No searched file reads the removed flag (120 files searched).'
    )
  })

  it('refuses, naming each flag in use with files and lines', () => {
    const result = checkReferencedRemoval(['gone', 'used', 'once'], refs)
    expect(result.outcome).toBe('refuse')
    expect(result.message).toBe(
      'Refusing to remove 2 flags the code still reads: `used` at src/a.ts:3, src/b.ts:10, src/c.ts:2 and 1 more place; `once` at lib/x.ts:1. Remove the reads first and deploy the removal after that code ships (a deprecated flag is no exception).'
    )
    expect(result.inUse.map((r) => r.key)).toEqual(['used', 'once'])
  })

  it('caps the flags named in the message', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      keyRefs(`f${i}`, [at('a.ts', i + 1)])
    )
    const result = checkReferencedRemoval(
      many.map((r) => r.key),
      sampleRefs(many)
    )
    expect(result.message).toContain('`f9` at a.ts:10; and 2 more.')
    expect(result.message).not.toContain('`f10`')
    expect(result.inUse).toHaveLength(12)
  })

  it('throws when the search did not include a removed key', () => {
    expect(() => checkReferencedRemoval(['elsewhere'], refs)).toThrow(
      /did not include the removed flags elsewhere/
    )
  })
})
