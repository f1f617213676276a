import { describe, expect, it } from '@jest/globals'
import { assessHygiene } from '../../src/hygiene/assess-hygiene.js'
import { at, keyRefs, sampleRefs } from './fixtures.js'

const refs = sampleRefs(
  [
    keyRefs('live', [at('src/a.ts', 3)]),
    keyRefs('unused'),
    keyRefs('old-read', [at('src/b.ts', 9), at('src/c.ts', 1)]),
    keyRefs('old-unused'),
    keyRefs('due-today', [at('src/a.ts', 4)]),
    keyRefs('removed', [at('src/d.ts', 2)])
  ],
  {
    undefinedReads: [
      { ...keyRefs('typo', [at('src/a.ts', 7)]), accessors: ['isEnabled('] },
      // From a search made without this bundle's keys: the bundle defines it.
      { ...keyRefs('live', [at('src/a.ts', 3)]), accessors: ['isEnabled('] }
    ]
  }
)

const flags = [
  { key: 'live' },
  { key: 'unused' },
  { key: 'old-read', deprecationDate: '2026-01-31' },
  { key: 'old-unused', deprecationDate: '2025-06-01' },
  { key: 'due-today', deprecationDate: '2026-03-01' },
  { key: 'not-searched' }
]

describe('assessHygiene', () => {
  const h = assessHygiene({ flags, today: '2026-03-01', refs })

  it('lists flags read nowhere, sorted (a flag the search lacks counts as unread)', () => {
    expect(h.unreferenced).toEqual(['not-searched', 'old-unused', 'unused'])
    expect(h.flagCount).toBe(6)
    expect(h.referencedCount).toBe(3)
  })

  it('lists flags past their date, most overdue first, with their places; due today is not stale', () => {
    expect(h.stale.map((s) => [s.key, s.date, s.references.total])).toEqual([
      ['old-unused', '2025-06-01', 0],
      ['old-read', '2026-01-31', 2]
    ])
    expect(h.stale[1]!.references.matches).toEqual([
      at('src/b.ts', 9),
      at('src/c.ts', 1)
    ])
  })

  it('keeps undefined reads of keys the bundle does not define, drops those it does', () => {
    expect(h.undefinedReads.map((u) => u.key)).toEqual(['typo'])
  })

  it('keeps one entry per bundle flag, in bundle order, and the scan figures', () => {
    expect(h.references.map((r) => r.key)).toEqual(flags.map((f) => f.key))
    expect(h.scan).toEqual({
      patterns: refs.patterns,
      filesScanned: 120,
      bytesScanned: 1_234_567,
      skipped: refs.skipped,
      maxFileBytes: 1024 * 1024,
      maxMatchesPerKey: 50
    })
  })

  it('calls nothing unreferenced when no file was searched', () => {
    const empty = assessHygiene({
      flags,
      today: '2026-03-01',
      refs: sampleRefs([], { filesScanned: 0 })
    })
    expect(empty.unreferenced).toEqual([])
    expect(empty.stale.map((s) => s.key)).toEqual(['old-unused', 'old-read'])
  })
})
