import type { Deployment } from '@aws-sdk/client-appconfig'
import { isFiring, type Alarm } from '../alarms/alarm.js'
import { alarmArnsIn } from '../appconfig/deployment-events.js'
import { isTerminal } from '../appconfig/deployment-states.js'
import { isThrottled, isTransient } from '../aws/aws-error.js'
import type { WaitUntil } from '../settings.js'

export type WatchOutcome =
  | 'complete'
  | 'baking'
  | 'started'
  | 'rolled-back'
  | 'reverted'
  | 'timed-out'
  | 'cancelled'

/** What the watch needs, injected: the two reads, time, logging and cancellation. */
export interface WatchDeps {
  readonly getDeployment: (signal: AbortSignal) => Promise<Deployment>
  /** The monitored alarms' states; not called when the environment has no monitors. */
  readonly readAlarms: ((signal: AbortSignal) => Promise<Alarm[]>) | undefined
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
  readonly now: () => number
  readonly log: (line: string) => void
  readonly warn: (line: string) => void
  readonly signal: AbortSignal
  /** Fires at the deadline; a read it cuts short ends the watch as timed out, not failed. */
  readonly expired?: AbortSignal
  /** Uniform in [0, 1) for the poll jitter; without it the watch sleeps exactly (tests). */
  readonly random?: () => number
}

export interface WatchOptions {
  readonly deploymentNumber: number
  readonly waitUntil: WaitUntil
  /** Epoch milliseconds after which the watch gives up. */
  readonly deadline: number
  readonly pollMs: number
  /** Alarm states already known (from the plan), so only changes are logged. */
  readonly initialAlarms?: readonly Alarm[]
}

export interface WatchResult {
  readonly outcome: WatchOutcome
  readonly deployment: Deployment | undefined
  readonly alarms: readonly Alarm[]
  /** ARNs of monitored alarms seen firing, and of any alarm AppConfig named in a rollback. */
  readonly triggeredAlarms: readonly string[]
  readonly ticks: number
}

/**
 * After this many failed ticks in a row (each after the SDK's own retries), the watch fails.
 * Throttled ticks do not count: AWS said "later", not "no", and the deadline bounds the wait.
 */
export const MAX_FAILED_TICKS = 5

/**
 * Alarm states are read at most this often (real ms). CloudWatch evaluates an alarm once per
 * period, and the shortest period an alarm can have is 10 s (high-resolution metrics; standard
 * ones evaluate each minute), so reading more often sees nothing new; AppConfig acts on the alarm
 * itself. DescribeAlarms is 9 a second per account: at one read per 10 s, 90 watches fit. When
 * the deployment starts rolling back, the alarms are read at once so the log names the one that
 * fired.
 */
export const ALARM_POLL_MS = 10_000

/**
 * Each sleep is stretched or shrunk by up to this fraction at random, so that a matrix of jobs
 * started together does not poll in lock step (and spend a second's quota in one instant).
 */
export const POLL_JITTER = 0.1

/** The poll interval near an expected change and while trouble is visible (capped by pollMs). */
export const FAST_POLL_MS = 1000
/** A predicted change is polled for this long after it is due. */
const PREDICTION_MARGIN_MS = 250
/** How long after a predicted change that has not shown the watch keeps polling fast. */
const PREDICTION_GRACE_MS = 15_000
/**
 * How long the watch polls fast once trouble shows (ROLLING_BACK, a monitored alarm firing): a
 * rollback ends within it, and an alarm AppConfig does not act on (it cannot read it, say) does
 * not keep the watch at FAST_POLL_MS for the rest of the rollout.
 */
const TROUBLE_FAST_MS = 60_000

/**
 * When the deployment should next reach a state the watch waits for, on its own (epoch ms):
 * the end of the bake while BAKING; before that, StartedAt plus the strategy's duration (and bake,
 * unless waiting for BAKING): a lower bound, as VALIDATING takes a while. Undefined when unknown.
 */
export function expectedChangeAt(
  deployment: Deployment,
  waitUntil: WaitUntil
): number | undefined {
  const minutes = (m: number | undefined): number => (m ?? 0) * 60_000
  const bake = minutes(deployment.FinalBakeTimeInMinutes)
  if (deployment.State === 'BAKING') {
    const bakeStarted = deployment.EventLog?.find(
      (e) => e.EventType === 'BAKE_TIME_STARTED'
    )?.OccurredAt
    return bakeStarted && bakeStarted.getTime() + bake
  }
  if (deployment.State === 'VALIDATING' || deployment.State === 'DEPLOYING') {
    const started = deployment.StartedAt?.getTime()
    if (started === undefined) return undefined
    return (
      started +
      minutes(deployment.DeploymentDurationInMinutes) +
      (waitUntil === 'baking' ? 0 : bake)
    )
  }
  return undefined
}

/**
 * The sleep before the next tick: the poll interval, shortened so a tick lands just after the
 * deployment is expected to end (and polls each FAST_POLL_MS for a while if it has not yet), and
 * FAST_POLL_MS for a while after trouble shows (`troubleSince`: ROLLING_BACK or a monitored alarm
 * firing, AppConfig is about to roll back): the end is noticed at once without polling fast the
 * rest of the time.
 */
export function nextSleepMs(
  pollMs: number,
  now: number,
  deployment: Deployment | undefined,
  troubleSince: number | undefined,
  waitUntil: WaitUntil
): number {
  const fast = Math.min(pollMs, FAST_POLL_MS)
  if (deployment === undefined) return pollMs
  if (troubleSince !== undefined && now - troubleSince < TROUBLE_FAST_MS)
    return fast
  const expected = expectedChangeAt(deployment, waitUntil)
  if (expected === undefined) return pollMs
  const due = expected + PREDICTION_MARGIN_MS - now
  if (due > 0) return Math.min(pollMs, Math.max(due, 100))
  return -due < PREDICTION_GRACE_MS ? fast : pollMs
}

/**
 * Watches a deployment until it ends or reaches what `waitUntil` asks for: one GetDeployment
 * per tick and one batched DescribeAlarms at most every ALARM_POLL_MS, one log line per change of state, percentage or alarm
 * state. Ends only on COMPLETE, ROLLED_BACK or REVERTED (VALIDATING, BAKING and ROLLING_BACK are
 * not terminal), on the deadline, or when `signal` aborts. A tick that fails transiently does
 * not end the watch; a throttled one never does while the deadline allows another try.
 */
export async function watchDeployment(
  deps: WatchDeps,
  options: WatchOptions
): Promise<WatchResult> {
  const started = deps.now()
  const elapsed = (): string => `${((deps.now() - started) / 1000).toFixed(1)}s`
  let deployment: Deployment | undefined
  let alarms: readonly Alarm[] = options.initialAlarms ?? []
  const triggered = new Set<string>()
  let lastLine = ''
  let failedTicks = 0
  let ticks = 0
  let troubleSince: number | undefined
  let alarmsReadAt: number | undefined
  let rollbackSeen = false
  const result = (outcome: WatchOutcome): WatchResult => ({
    outcome,
    deployment,
    alarms,
    triggeredAlarms: [...triggered],
    ticks
  })

  for (;;) {
    if (deps.signal.aborted) return result('cancelled')
    if (deps.expired?.aborted) return result('timed-out')
    ticks++
    let throttled = false
    try {
      const tickAt = deps.now()
      const alarmsDue =
        alarmsReadAt === undefined || tickAt - alarmsReadAt >= ALARM_POLL_MS
      const [current, alarmsRead] = await Promise.all([
        deps.getDeployment(deps.signal),
        alarmsDue ? deps.readAlarms?.(deps.signal) : undefined
      ])
      let latestAlarms = alarmsRead
      if (alarmsDue) alarmsReadAt = tickAt
      const rollingBack =
        current.State === 'ROLLING_BACK' || current.State === 'ROLLED_BACK'
      if (rollingBack && !rollbackSeen && !alarmsDue) {
        latestAlarms = await deps.readAlarms?.(deps.signal)
        alarmsReadAt = tickAt
      }
      rollbackSeen ||= rollingBack
      failedTicks = 0
      deployment = current
      if (latestAlarms !== undefined) {
        logAlarmChanges(alarms, latestAlarms, deps.log, elapsed)
        alarms = latestAlarms
      }
      const line = describe(options.deploymentNumber, current)
      if (line !== lastLine) {
        deps.log(`[${elapsed()}] ${line}`)
        lastLine = line
      }
    } catch (error) {
      if (deps.signal.aborted) return result('cancelled')
      if (deps.expired?.aborted) return result('timed-out')
      throttled = isThrottled(error)
      if (!throttled) failedTicks++
      if (!isTransient(error) || failedTicks >= MAX_FAILED_TICKS) throw error
      const message = error instanceof Error ? error.message : String(error)
      deps.warn(
        throttled
          ? `[${elapsed()}] Reading deployment ${options.deploymentNumber} was throttled by AWS (${message}); trying again at the next poll until the deadline.`
          : `[${elapsed()}] Reading deployment ${options.deploymentNumber} failed (${message}); trying again at the next poll (${failedTicks}/${MAX_FAILED_TICKS}).`
      )
    }

    for (const alarm of alarms) if (isFiring(alarm)) triggered.add(alarm.arn)
    for (const event of deployment?.EventLog ?? []) {
      if (
        event.EventType === 'ROLLBACK_STARTED' &&
        event.TriggeredBy === 'CLOUDWATCH_ALARM'
      ) {
        for (const arn of alarmArnsIn(event.Description ?? ''))
          triggered.add(arn)
      }
    }

    const state = deployment?.State
    if (state === 'COMPLETE') return result('complete')
    if (state === 'ROLLED_BACK') return result('rolled-back')
    if (state === 'REVERTED') return result('reverted')
    if (deployment !== undefined && !isTerminal(state)) {
      if (options.waitUntil === 'started') return result('started')
      if (options.waitUntil === 'baking' && state === 'BAKING')
        return result('baking')
    }
    const remaining = options.deadline - deps.now()
    if (remaining <= 0) return result('timed-out')
    const trouble =
      deployment?.State === 'ROLLING_BACK' || alarms.some(isFiring)
    troubleSince = trouble ? (troubleSince ?? deps.now()) : undefined
    const planned = nextSleepMs(
      options.pollMs,
      deps.now(),
      deployment,
      troubleSince,
      options.waitUntil
    )
    // After a throttle, no fast polling: the account's budget is what ran out.
    const sleepMs = jitter(
      throttled ? Math.max(planned, options.pollMs) : planned,
      deps.random
    )
    try {
      await deps.sleep(Math.min(sleepMs, remaining), deps.signal)
    } catch {
      // the sleep only rejects when cancelled
    }
  }
}

/** `ms` stretched or shrunk by up to POLL_JITTER at random; exact without a random source. */
export function jitter(ms: number, random: (() => number) | undefined): number {
  if (random === undefined) return ms
  return Math.max(0, Math.round(ms * (1 + POLL_JITTER * (2 * random() - 1))))
}

function describe(number: number, deployment: Deployment): string {
  const percentage = deployment.PercentageComplete
  const shown =
    percentage === undefined ? '' : ` ${Number(percentage.toFixed(2))}%`
  return `Deployment ${number}: ${deployment.State ?? 'unknown state'}${shown}`
}

function logAlarmChanges(
  before: readonly Alarm[],
  after: readonly Alarm[],
  log: (line: string) => void,
  elapsed: () => string
): void {
  const previous = new Map(before.map((a) => [a.arn, a.state]))
  for (const alarm of after) {
    const was = previous.get(alarm.arn)
    if (was === alarm.state) continue
    const reason = alarm.reason ? ` (${alarm.reason})` : ''
    log(
      `[${elapsed()}] Alarm ${alarm.name}: ${was ?? 'watching'} → ${alarm.state}${reason}`
    )
  }
}
