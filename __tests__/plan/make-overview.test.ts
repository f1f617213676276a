/**
 * The environments side by side: a row only for flags that differ somewhere, each cell showing
 * the state and just the parts that differ, metadata and key order never counting.
 */
import { describe, expect, it } from '@jest/globals'
import type { EnvironmentContent } from '../../src/appconfig/read-environment-content.js'
import { makeOverview } from '../../src/plan/make-overview.js'

const PROFILE = { id: 'flags01', name: 'checkout-flags' }

function env(name: string, content?: unknown, version = 1): EnvironmentContent {
  return {
    environment: { id: `${name.toLowerCase()}01`, name },
    profile: PROFILE,
    live:
      content === undefined
        ? undefined
        : {
            deploymentNumber: version,
            version,
            label: undefined,
            content,
            completedAt: undefined
          },
    newer: undefined
  }
}

function flags(values: Record<string, Record<string, unknown>>): unknown {
  return {
    version: '1',
    flags: Object.fromEntries(Object.keys(values).map((k) => [k, { name: k }])),
    values
  }
}

describe('makeOverview', () => {
  it('lists a flag that differs in each environment, counting the ones that do not', () => {
    const dev = flags({
      pay: { enabled: true, discount: 10, currency: 'BTC' },
      same: { enabled: true }
    })
    const uat = flags({
      pay: { enabled: true, discount: 7, currency: 'BTC' },
      same: { enabled: true, _updatedAt: '2026-01-01T00:00:00Z' }
    })
    const prod = flags({
      pay: { enabled: false, currency: 'BTC', discount: 5 },
      same: { enabled: true }
    })
    const next = flags({
      pay: { currency: 'BTC', enabled: true, discount: 10 },
      same: { enabled: true }
    })
    const overview = makeOverview(
      [env('Dev', dev, 3), env('UAT', uat, 2), env('Production', prod, 1)],
      next
    )
    expect(overview.unchangedCount).toBe(1)
    expect(
      overview.columns.map((c) => [c.environment.name, c.deployed?.version])
    ).toEqual([
      ['Dev', 3],
      ['UAT', 2],
      ['Production', 1]
    ])
    expect(overview.rows).toEqual([
      {
        key: 'pay',
        cells: [
          {
            present: true,
            enabled: true,
            details: [{ what: 'attribute discount', value: '10' }],
            sameAsNew: true
          },
          {
            present: true,
            enabled: true,
            details: [{ what: 'attribute discount', value: '7' }],
            sameAsNew: false
          },
          {
            present: true,
            enabled: false,
            details: [{ what: 'attribute discount', value: '5' }],
            sameAsNew: false
          },
          {
            present: true,
            enabled: true,
            details: [{ what: 'attribute discount', value: '10' }],
            sameAsNew: true
          }
        ]
      }
    ])
  })

  it('shows a flag missing from an environment, and one with nothing deployed', () => {
    const overview = makeOverview(
      [env('Dev', flags({ a: { enabled: true } })), env('UAT')],
      flags({ a: { enabled: true }, b: { enabled: false } })
    )
    expect(overview.columns[1]!.deployed).toBeUndefined()
    expect(
      overview.rows.map((r) => [r.key, r.cells.map((c) => c.present)])
    ).toEqual([
      ['a', [true, false, true]],
      ['b', [false, false, true]]
    ])
    // An environment without the flag is not "the same as new" when the new content has it.
    expect(overview.rows[1]!.cells[0]!.sameAsNew).toBe(false)
  })

  it('shows differing definitions and caps long values', () => {
    const long = 'x'.repeat(300)
    const overview = makeOverview(
      [
        env('Dev', {
          flags: { a: { name: 'Old' } },
          values: { a: { enabled: true, note: long } }
        })
      ],
      {
        flags: { a: { name: 'New' } },
        values: { a: { enabled: true, note: 'short' } }
      }
    )
    const [dev] = overview.rows[0]!.cells
    expect(dev!.details.map((d) => d.what)).toEqual([
      'attribute note',
      'definition name'
    ])
    expect(dev!.details[0]!.value?.length).toBe(80)
    expect(dev!.details[0]!.value?.endsWith('…')).toBe(true)
  })

  it('has no rows when everything matches', () => {
    const same = flags({ a: { enabled: true } })
    const overview = makeOverview([env('Dev', same), env('UAT', same)], same)
    expect(overview).toMatchObject({ rows: [], unchangedCount: 1 })
  })
})
