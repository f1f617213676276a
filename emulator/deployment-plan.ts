export type GrowthType = 'LINEAR' | 'EXPONENTIAL'

/** The parts of a deployment strategy that shape a rollout. */
export interface StrategyShape {
  durationMinutes: number
  bakeMinutes: number
  growthFactor: number
  growthType: GrowthType
}

/** One `PERCENTAGE_UPDATED` step: `atMs` emulated ms after DEPLOYING began. */
export interface PlanStep {
  atMs: number
  percentage: number
}

const MINUTE = 60_000

/**
 * The percentage steps AppConfig takes for a strategy (spec §2.9). LINEAR adds GrowthFactor
 * per step; EXPONENTIAL doubles from GrowthFactor (G, 2G, 4G…). Steps are spread evenly over
 * the duration and the first lands one interval in (10 h at 20 % → 20 % at 2 h … 100 % at 10 h).
 * A zero duration goes straight to 100 %.
 */
export function planDeployment(strategy: StrategyShape): PlanStep[] {
  const { growthFactor, growthType } = strategy
  const durationMs = strategy.durationMinutes * MINUTE
  if (durationMs === 0 || growthFactor >= 100)
    return [{ atMs: durationMs, percentage: 100 }]
  const percentages: number[] = []
  if (growthType === 'LINEAR') {
    const count = Math.ceil(100 / growthFactor - 1e-9)
    for (let k = 1; k <= count; k++)
      percentages.push(k === count ? 100 : round2(k * growthFactor))
  } else {
    for (let p = growthFactor; ; p *= 2) {
      if (p >= 100) {
        percentages.push(100)
        break
      }
      percentages.push(round2(p))
    }
  }
  const interval = durationMs / percentages.length
  return percentages.map((percentage, i) => ({
    atMs: Math.round(interval * (i + 1)),
    percentage
  }))
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}
