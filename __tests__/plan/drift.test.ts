import { describe, expect, it } from '@jest/globals'
import { mergeDrift, type DriftInput } from '../../src/plan/drift.js'
import type { OnDrift } from '../../src/settings.js'

// The three-way merge per flag (issue #13): base = the action's last deployment, live = what
// runs, new = the content. Each row is one situation of one flag.

type Doc = {
  version: string
  flags: Record<string, unknown>
  values: Record<string, unknown>
}

function doc(values: Record<string, number | undefined>): Doc {
  const d: Doc = { version: '1', flags: {}, values: {} }
  for (const [key, discount] of Object.entries(values)) {
    if (discount === undefined) continue
    d.flags[key] = {
      name: key,
      attributes: { pct: { constraints: { type: 'number' } } }
    }
    d.values[key] = { enabled: true, pct: discount }
  }
  return d
}

function input(
  base: Doc | undefined,
  live: Doc,
  next: Doc,
  onDrift: OnDrift
): DriftInput {
  return {
    base: base && { deploymentNumber: 2, version: 2, content: base },
    live: { deploymentNumber: 3, version: 3, content: live },
    content: next,
    onDrift,
    recognisedBy: 'tags',
    limitReached: false,
    environmentName: 'Production'
  }
}

describe('mergeDrift', () => {
  it('without a base checks nothing and says this deployment becomes the base', () => {
    const result = mergeDrift(
      input(undefined, doc({ a: 1 }), doc({ a: 2 }), 'fail')
    )
    expect(result.drift.flags).toEqual([])
    expect(result.drift.base).toBeUndefined()
    expect(result.guard.outcome).toBe('pass')
    expect(result.guard.message).toContain('no base to check drift against')
    expect(result.merged).toBe(false)
  })

  it('finds no drift when live is the base, whatever the new content does', () => {
    const result = mergeDrift(
      input(doc({ a: 1 }), doc({ a: 1 }), doc({ a: 9 }), 'fail')
    )
    expect(result.drift.flags).toEqual([])
    expect(result.guard).toMatchObject({ guard: 'drift', outcome: 'pass' })
  })

  it('ignores AppConfig metadata and key order when comparing', () => {
    const live = doc({ a: 1 })
    ;(live.values.a as Record<string, unknown>)._updatedAt =
      '2026-01-01T00:00:00Z'
    ;(live.flags.a as Record<string, unknown>)._createdAt =
      '2026-01-01T00:00:00Z'
    const result = mergeDrift(input(doc({ a: 1 }), live, doc({ a: 1 }), 'fail'))
    expect(result.drift.flags).toEqual([])
  })

  it.each([
    // on-drift, guard outcome, flag outcome, pct deployed
    ['fail', 'refuse', 'refused', 1],
    ['keep', 'warn', 'kept', 5],
    ['overwrite', 'warn', 'overwritten', 1]
  ] as const)(
    'new = base ≠ live (a deploy would undo), on-drift %s → %s',
    (onDrift, guard, outcome, deployed) => {
      const result = mergeDrift(
        input(
          doc({ a: 1, b: 1 }),
          doc({ a: 5, b: 1 }),
          doc({ a: 1, b: 2 }),
          onDrift
        )
      )
      expect(result.drift.flags.map((f) => [f.key, f.kind, f.outcome])).toEqual(
        [['a', 'undo', outcome]]
      )
      expect(result.guard.outcome).toBe(guard)
      const values = result.content.values as Record<string, { pct: number }>
      expect(values.a!.pct).toBe(deployed)
      // The flag the bundle changes itself is untouched by the merge.
      expect(values.b!.pct).toBe(2)
      expect(result.merged).toBe(onDrift === 'keep')
    }
  )

  it.each([
    ['fail', 'refuse', 'refused'],
    ['keep', 'refuse', 'refused'],
    ['overwrite', 'warn', 'overwritten']
  ] as const)(
    'new ≠ base ≠ live (a conflict), on-drift %s → %s',
    (onDrift, guard, outcome) => {
      const result = mergeDrift(
        input(doc({ a: 1 }), doc({ a: 5 }), doc({ a: 7 }), onDrift)
      )
      expect(result.drift.flags.map((f) => [f.kind, f.outcome])).toEqual([
        ['conflict', outcome]
      ])
      expect(result.guard.outcome).toBe(guard)
      expect(result.guard.message.includes('(a conflict): a.')).toBe(
        guard === 'refuse'
      )
      expect(
        (result.content.values as Record<string, { pct: number }>).a!.pct
      ).toBe(7)
    }
  )

  it('new = live: drift, but nothing to undo or fight over', () => {
    const result = mergeDrift(
      input(doc({ a: 1 }), doc({ a: 5 }), doc({ a: 5 }), 'fail')
    )
    expect(result.drift.flags.map((f) => [f.key, f.kind, f.outcome])).toEqual([
      ['a', 'converged', 'unchanged']
    ])
    expect(result.guard.outcome).toBe('pass')
  })

  it('a flag added out of band is drift; keep carries it into the content', () => {
    const result = mergeDrift(
      input(doc({ a: 1 }), doc({ a: 1, kill: 0 }), doc({ a: 2 }), 'keep')
    )
    expect(result.drift.flags.map((f) => [f.key, f.kind])).toEqual([
      ['kill', 'undo']
    ])
    expect(result.drift.flags[0]!.base).toBeUndefined()
    expect(Object.keys(result.content.flags as object).sort()).toEqual([
      'a',
      'kill'
    ])
    expect(
      (result.content.values as Record<string, { pct: number }>).a!.pct
    ).toBe(2)
  })

  it('a flag removed out of band is drift; keep leaves it out, fail refuses', () => {
    const base = doc({ a: 1, old: 1 })
    const live = doc({ a: 1 })
    const kept = mergeDrift(input(base, live, doc({ a: 1, old: 1 }), 'keep'))
    expect(kept.drift.flags.map((f) => [f.key, f.kind, f.live])).toEqual([
      ['old', 'undo', undefined]
    ])
    expect(Object.keys(kept.content.flags as object)).toEqual(['a'])
    expect(Object.keys(kept.content.values as object)).toEqual(['a'])
    const refused = mergeDrift(input(base, live, doc({ a: 1, old: 1 }), 'fail'))
    expect(refused.guard.outcome).toBe('refuse')
    expect(refused.guard.message).toContain(
      'would silently change it back: old.'
    )
  })

  it('keeps the base and live points for the report', () => {
    const result = mergeDrift(
      input(doc({ a: 1 }), doc({ a: 5 }), doc({ a: 1 }), 'fail')
    )
    expect(result.drift.base).toEqual({
      deploymentNumber: 2,
      version: 2,
      label: undefined,
      state: undefined
    })
    expect(result.drift.live?.deploymentNumber).toBe(3)
    expect(result.drift.onDrift).toBe('fail')
  })
})
