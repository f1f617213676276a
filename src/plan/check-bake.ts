import { formatNumber } from '../format.js'
import type { Strategy } from '../appconfig/target.js'
import type { GuardResult } from './plan.js'

/**
 * `min-bake-minutes`: the strategy's final bake is the time AppConfig keeps watching the alarms
 * at 100 % and can still roll back on its own; a policy may require a minimum (AWS Config's
 * managed rule appconfig-deployment-strategy-minimum-final-bake-time defaults to 30 minutes).
 * Undefined when no minimum is set. A strategy does not change between plan and deploy, so the
 * plan refuses too.
 */
export function checkBake(
  strategy: Strategy,
  minBakeMinutes: number | undefined
): GuardResult | undefined {
  if (minBakeMinutes === undefined) return undefined
  const bake = strategy.finalBakeMinutes
  const has = bake === 0 ? 'no final bake' : `a final bake of ${minutes(bake)}`
  if (bake >= minBakeMinutes) {
    return {
      guard: 'min-bake',
      outcome: 'pass',
      message: `The deployment strategy ${strategy.name} has ${has}; min-bake-minutes asks for at least ${minutes(minBakeMinutes)}.`
    }
  }
  return {
    guard: 'min-bake',
    outcome: 'refuse',
    message: `Refusing the deployment strategy ${strategy.name}: it has ${has}, and min-bake-minutes requires at least ${minutes(minBakeMinutes)} (the time AppConfig keeps watching the alarms once every client has the content, and can still roll back). Choose a strategy with FinalBakeTimeInMinutes of ${formatNumber(minBakeMinutes, 2)} or more.`
  }
}

/** `1 minute`, `2.5 minutes`. */
function minutes(n: number): string {
  return `${formatNumber(n, 2)} minute${n === 1 ? '' : 's'}`
}
