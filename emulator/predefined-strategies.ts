import type { GrowthType } from './deployment-plan.js'

/** A deployment strategy as the emulator stores it. */
export interface Strategy {
  id: string
  name: string
  description?: string
  durationMinutes: number
  bakeMinutes: number
  growthFactor: number
  growthType: GrowthType
  replicateTo: 'NONE' | 'SSM_DOCUMENT'
  tags: Record<string, string>
  predefined: boolean
}

/** AppConfig's predefined strategies (spec §2.9): ID equals name, listed after custom ones. */
export const PREDEFINED_STRATEGIES: readonly Strategy[] = [
  predefined('AppConfig.AllAtOnce', 'Quick', 0, 10, 100, 'LINEAR'),
  predefined(
    'AppConfig.Linear50PercentEvery30Seconds',
    'Test/Demo',
    1,
    1,
    50,
    'LINEAR'
  ),
  predefined(
    'AppConfig.Canary10Percent20Minutes',
    'AWS Recommended',
    20,
    10,
    10,
    'EXPONENTIAL'
  ),
  predefined(
    'AppConfig.Linear20PercentEvery6Minutes',
    'AWS Recommended',
    30,
    30,
    20,
    'LINEAR'
  )
]

function predefined(
  id: string,
  description: string,
  durationMinutes: number,
  bakeMinutes: number,
  growthFactor: number,
  growthType: GrowthType
): Strategy {
  return {
    id,
    name: id,
    description,
    durationMinutes,
    bakeMinutes,
    growthFactor,
    growthType,
    replicateTo: 'NONE',
    tags: {},
    predefined: true
  }
}
