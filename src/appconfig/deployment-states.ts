/** AppConfig deployment states (appconfig-spec.md §2.6) and what they mean for a watcher. */

/** A deployment in these states occupies the environment: another one cannot start. */
export const IN_PROGRESS_STATES: ReadonlySet<string> = new Set([
  'VALIDATING',
  'DEPLOYING',
  'BAKING',
  'ROLLING_BACK'
])

/** The end states. BAKING, VALIDATING and ROLLING_BACK are not (koh-sh/apcdeploy#100). */
export const TERMINAL_STATES: ReadonlySet<string> = new Set([
  'COMPLETE',
  'ROLLED_BACK',
  'REVERTED'
])

export function isTerminal(state: string | undefined): boolean {
  return state !== undefined && TERMINAL_STATES.has(state)
}

export function isInProgress(state: string | undefined): boolean {
  return state !== undefined && IN_PROGRESS_STATES.has(state)
}
