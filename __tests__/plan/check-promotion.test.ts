/**
 * promote-from: each reason to refuse with the words a person reads, the soak counted from the
 * source's completion against an injected `now`, and plan mode only warning.
 */
import { describe, expect, it } from '@jest/globals'
import type { EnvironmentContent } from '../../src/appconfig/read-environment-content.js'
import { checkPromotion } from '../../src/plan/check-promotion.js'

const PROFILE = { id: 'flags01', name: 'checkout-flags' }
const NOW = Date.parse('2026-06-01T12:00:00Z')

function bundle(
  discount: number,
  extra: Record<string, unknown> = {}
): unknown {
  return {
    version: '1',
    flags: { pay: { name: 'Pay' }, ...extra },
    values: { pay: { enabled: true, discount } }
  }
}

/** What AppConfig stores: the same content with its metadata added. */
function stored(content: unknown): unknown {
  const copy = structuredClone(content) as {
    flags: Record<string, Record<string, unknown>>
  }
  for (const flag of Object.values(copy.flags))
    flag._createdAt = '2026-05-01T00:00:00Z'
  return copy
}

function source(
  live?: { content: unknown; completedMinutesAgo?: number },
  newer?: EnvironmentContent['newer']
): EnvironmentContent {
  return {
    environment: { id: 'uat0001', name: 'UAT' },
    profile: PROFILE,
    live:
      live === undefined
        ? undefined
        : {
            deploymentNumber: 4,
            version: 7,
            label: 'v7',
            content: live.content,
            completedAt:
              live.completedMinutesAgo === undefined
                ? undefined
                : new Date(
                    NOW - live.completedMinutesAgo * 60_000
                  ).toISOString()
          },
    newer
  }
}

const deploy = { mode: 'deploy' as const, soakMinutes: 0 }

describe('checkPromotion', () => {
  it('passes when the source runs exactly this content (metadata aside)', () => {
    const { guard, promotion } = checkPromotion(
      source({ content: stored(bundle(10)), completedMinutesAgo: 5 }),
      bundle(10),
      deploy,
      NOW,
      PROFILE.id
    )
    expect(guard).toEqual({
      guard: 'promotion',
      outcome: 'pass',
      message: 'UAT runs exactly this content (version 7, deployment 4).'
    })
    expect(promotion.sameContent).toBe(true)
    expect(promotion.changes).toEqual([])
    expect(promotion.soakedMinutes).toBeCloseTo(5)
  })

  it('refuses different content and names the flags that differ', () => {
    const { guard, promotion } = checkPromotion(
      source({ content: bundle(5) }),
      bundle(10, { fresh: { name: 'Fresh' } }),
      deploy,
      NOW,
      PROFILE.id
    )
    expect(guard.outcome).toBe('refuse')
    expect(guard.message).toBe(
      'Refusing to promote from UAT: UAT runs version 7 (deployment 4), which is not this content: 2 flags differ: fresh (only in the content), pay (attribute discount: 5 → 10). Deploy this content to UAT first.'
    )
    expect(promotion.changes.map((c) => [c.key, c.kind])).toEqual([
      ['fresh', 'added'],
      ['pay', 'changed']
    ])
  })

  it('refuses when the source never completed a deployment of the profile', () => {
    const { guard, promotion } = checkPromotion(
      source(),
      bundle(10),
      deploy,
      NOW,
      PROFILE.id
    )
    expect(guard.message).toBe(
      'Refusing to promote from UAT: UAT has no completed deployment of this profile, so this content has never run there. Deploy it to UAT first.'
    )
    expect(promotion.source.deployed).toBeUndefined()
  })

  it.each([
    ['ROLLED_BACK', 'was rolled back'],
    ['REVERTED', 'was reverted'],
    ['BAKING', 'is still in progress (BAKING); wait for it to complete']
  ])(
    'refuses when the deployment of this content in the source is %s',
    (state, words) => {
      const { guard, promotion } = checkPromotion(
        source(
          { content: bundle(5) },
          {
            deploymentNumber: 5,
            state,
            version: 8,
            content: stored(bundle(10))
          }
        ),
        bundle(10),
        deploy,
        NOW,
        PROFILE.id
      )
      expect(guard.outcome).toBe('refuse')
      expect(guard.message).toBe(
        `Refusing to promote from UAT: its deployment 5 of this content ${words}. UAT runs version 7 (deployment 4). 1 flag differs: pay (attribute discount: 5 → 10).`
      )
      expect(promotion.newer).toEqual({
        deploymentNumber: 5,
        state,
        version: 8,
        sameContent: true
      })
    }
  )

  it('counts the soak from completion: refuses with the time left, passes once it is over', () => {
    const check = (ago: number) =>
      checkPromotion(
        source({ content: bundle(10), completedMinutesAgo: ago }),
        bundle(10),
        { mode: 'deploy', soakMinutes: 60 },
        NOW,
        PROFILE.id
      ).guard
    expect(check(45)).toEqual({
      guard: 'promotion',
      outcome: 'refuse',
      message:
        'Refusing to promote from UAT: UAT runs version 7 (deployment 4), completed 45 minutes ago; soak-minutes requires 60 minutes, so 15 minutes are left to soak. Re-run after that.'
    })
    expect(check(150).message).toBe(
      'UAT runs exactly this content (version 7, deployment 4), completed 2 h 30 min ago (soak-minutes 60).'
    )
    expect(check(60).outcome).toBe('pass')
  })

  it('does not count a completion in the future (clock skew) as soaked', () => {
    const { guard, promotion } = checkPromotion(
      source({ content: bundle(10), completedMinutesAgo: -3 }),
      bundle(10),
      { mode: 'deploy', soakMinutes: 1 },
      NOW,
      PROFILE.id
    )
    expect(promotion.soakedMinutes).toBe(0)
    expect(guard.outcome).toBe('refuse')
  })

  it('refuses a soak it cannot measure', () => {
    const { guard } = checkPromotion(
      source({ content: bundle(10) }),
      bundle(10),
      { mode: 'deploy', soakMinutes: 10 },
      NOW,
      PROFILE.id
    )
    expect(guard.message).toContain('AppConfig did not say when')
  })

  it('only warns in plan mode, saying what a deploy would do', () => {
    const { guard } = checkPromotion(
      source(),
      bundle(10),
      { mode: 'plan', soakMinutes: 0 },
      NOW,
      PROFILE.id
    )
    expect(guard.outcome).toBe('warn')
    expect(guard.message).toMatch(
      /^A deploy now would refuse to promote from UAT: UAT has no completed/
    )
  })

  it('names the profile when each environment has its own', () => {
    const other = { ...source(), profile: { id: 'uatflg1', name: 'uat-flags' } }
    const { guard } = checkPromotion(other, bundle(1), deploy, NOW, PROFILE.id)
    expect(guard.message).toMatch(/^Refusing to promote from UAT\/uat-flags: /)
  })

  it('lists ten flags and counts the rest', () => {
    const many = Object.fromEntries(
      Array.from({ length: 13 }, (_, i) => [
        `f${String(i).padStart(2, '0')}`,
        {}
      ])
    )
    const { guard } = checkPromotion(
      source({ content: bundle(10) }),
      bundle(10, many),
      deploy,
      NOW,
      PROFILE.id
    )
    expect(guard.message).toContain(
      '13 flags differ: f00 (only in the content)'
    )
    expect(guard.message).toContain('f09 (only in the content) and 3 more.')
    expect(guard.message).not.toContain('f10')
  })
})
