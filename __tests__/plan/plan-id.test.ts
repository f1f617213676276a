import { describe, expect, it } from '@jest/globals'
import {
  canonicalJson,
  contentHash,
  formatPlanId,
  parsePlanId,
  targetHash
} from '../../src/plan/plan-id.js'

const FACTS = {
  content: '0123456789ab',
  target: 'cafe0042',
  deployedDeployment: 14,
  deployedVersion: 9,
  latestVersion: 11
}

describe('plan-id', () => {
  it('formats and parses back the same facts', () => {
    const id = formatPlanId(FACTS)
    expect(id).toBe('v1.0123456789ab.cafe0042.14.9.11')
    expect(parsePlanId(id)).toEqual(FACTS)
    expect(parsePlanId(` ${id}\n`)).toEqual(FACTS)
  })

  it.each([
    '',
    'approved',
    'v2.0123456789ab.cafe0042.14.9.11',
    'v1.0123456789AB.cafe0042.14.9.11',
    'v1.0123456789ab.cafe0042.14.9',
    'v1.0123456789ab.cafe0042.-1.9.11'
  ])('rejects %p', (text) => {
    expect(parsePlanId(text)).toBeUndefined()
  })

  it('hashes content regardless of key order and AppConfig metadata, not of values', async () => {
    const a = {
      version: '1',
      flags: { x: { name: 'X' } },
      values: { x: { enabled: true } }
    }
    const b = {
      values: { x: { enabled: true, _updatedAt: '2026-01-01' } },
      flags: { x: { _createdAt: '2026-01-01', name: 'X' } },
      version: '1'
    }
    const c = { ...a, values: { x: { enabled: false } } }
    expect(await contentHash(a)).toMatch(/^[0-9a-f]{12}$/)
    expect(await contentHash(b)).toBe(await contentHash(a))
    expect(await contentHash(c)).not.toBe(await contentHash(a))
  })

  it('tells targets apart', async () => {
    const one = await targetHash({
      applicationId: 'a',
      environmentId: 'e1',
      profileId: 'p'
    })
    const two = await targetHash({
      applicationId: 'a',
      environmentId: 'e2',
      profileId: 'p'
    })
    expect(one).toMatch(/^[0-9a-f]{8}$/)
    expect(one).not.toBe(two)
  })

  it('writes canonical JSON with sorted keys and arrays in order', () => {
    expect(canonicalJson({ b: [2, 1], a: { d: null, c: 'x' } })).toBe(
      '{"a":{"c":"x","d":null},"b":[2,1]}'
    )
  })
})
