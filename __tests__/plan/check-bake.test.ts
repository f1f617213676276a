import { describe, expect, it } from '@jest/globals'
import type { Strategy } from '../../src/appconfig/target.js'
import { checkBake } from '../../src/plan/check-bake.js'

const strategy = (finalBakeMinutes: number): Strategy => ({
  id: 'chk10pc',
  name: 'checkout-canary-10pc',
  growthType: 'LINEAR',
  growthFactor: 10,
  durationMinutes: 10,
  finalBakeMinutes
})

describe('checkBake (min-bake-minutes)', () => {
  it('adds no guard when no minimum is set', () => {
    expect(checkBake(strategy(0), undefined)).toBeUndefined()
  })

  it('passes a bake at or above the minimum', () => {
    expect(checkBake(strategy(30), 30)).toEqual({
      guard: 'min-bake',
      outcome: 'pass',
      message:
        'The deployment strategy checkout-canary-10pc has a final bake of 30 minutes; min-bake-minutes asks for at least 30 minutes.'
    })
  })

  it('refuses a shorter bake, naming the strategy and its bake', () => {
    expect(checkBake(strategy(5), 30)).toEqual({
      guard: 'min-bake',
      outcome: 'refuse',
      message:
        'Refusing the deployment strategy checkout-canary-10pc: it has a final bake of 5 minutes, and min-bake-minutes requires at least 30 minutes (the time AppConfig keeps watching the alarms once every client has the content, and can still roll back). Choose a strategy with FinalBakeTimeInMinutes of 30 or more.'
    })
    expect(checkBake(strategy(0), 2.5)?.message).toMatch(
      /^Refusing the deployment strategy checkout-canary-10pc: it has no final bake, and min-bake-minutes requires at least 2\.5 minutes/
    )
  })
})
