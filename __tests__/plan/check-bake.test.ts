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
        'The deployment strategy checkout-canary-10pc bakes 30 minutes after reaching 100 %; min-bake-minutes asks for at least 30 minutes.'
    })
  })

  it('refuses a shorter bake, naming the strategy and its bake', () => {
    expect(checkBake(strategy(5), 30)).toEqual({
      guard: 'min-bake',
      outcome: 'refuse',
      message:
        'Refusing the deployment strategy checkout-canary-10pc: it bakes 5 minutes after reaching 100 %, and min-bake-minutes requires at least 30 minutes of final bake, during which AppConfig can still roll back on an alarm. Choose a strategy with FinalBakeTimeInMinutes of 30 or more.'
    })
    expect(checkBake(strategy(0), 2.5)?.message).toMatch(
      /^Refusing the deployment strategy checkout-canary-10pc: it does not bake \(final bake time 0\), and min-bake-minutes requires at least 2\.5 minutes/
    )
  })
})
