/** Where the content goes: the resolve-target stage's result. */

/** A resolved AppConfig resource: its ID and name. */
export interface Named {
  readonly id: string
  readonly name: string
}

/** The deployment strategy, with what the summary shows of it. */
export interface Strategy extends Named {
  readonly growthType: 'LINEAR' | 'EXPONENTIAL'
  readonly growthFactor: number
  readonly durationMinutes: number
  readonly finalBakeMinutes: number
}

/** Names resolved to IDs, and the environment's alarm monitors. */
export interface Target {
  readonly region: string
  readonly application: Named
  readonly environment: Named
  readonly profile: Named
  readonly strategy: Strategy
  /** The environment's CloudWatch alarm monitors (ARNs), 0 to 5. */
  readonly monitors: readonly string[]
}
