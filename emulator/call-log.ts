import type { FaultKind } from './fault-injector.js'

/** One request the emulator received, for tests that assert what the action did (and did not) call. */
export interface CallRecord {
  service: 'appconfig' | 'cloudwatch' | 'unknown'
  /** The AWS operation name, e.g. `StartDeployment`, `DescribeAlarms`. */
  operation: string
  protocol: 'rest-json' | 'json' | 'query' | 'unknown'
  method: string
  path: string
  /** The operation's input as decoded from the wire, in AWS casing. */
  params: Record<string, unknown>
  /** Emulated time of the call. */
  at: Date
  /** Real (wall-clock) time of the call. */
  realAt: Date
  /** HTTP status the client got; undefined when the connection was dropped or left hanging. */
  status?: number
  /** The error code the client got, if any. */
  errorCode?: string
  fault?: FaultKind
  /**
   * With quotas on, the limiter's own clock when it admitted or refused this call (real ms,
   * fractional, its `realNow`): what the bench counts peaks on, so they are the limiter's.
   */
  quotaAt?: number
  /** The quota budget (`appconfig:List*`…) that refused this call, when quotas are on. */
  throttledBy?: string
  /** The label of a `beforeCall` writer that ran just before this call was served. */
  before?: string
  /** What that writer threw, if it failed (the call is served anyway). */
  beforeError?: string
  /** The operation ran and succeeded on the server, whatever the client got (see `*AfterApply` faults). */
  applied: boolean
  /** The client closed the connection before an answer was sent (e.g. it gave up on a hang). */
  clientClosed?: boolean
}

/** Bytes bodies are logged as text, capped so a 2 MB upload does not bloat the log. */
const MAX_LOGGED_CHARS = 64 * 1024

export function loggable(
  input: Record<string, unknown>
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [
      k,
      v instanceof Buffer ? v.toString('utf8').slice(0, MAX_LOGGED_CHARS) : v
    ])
  )
}
