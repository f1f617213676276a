import { formatNumber, plural } from '../format.js'
import { isFiring, type Alarm } from '../alarms/alarm.js'
import type { FlagChange, GuardResult } from './plan.js'
import { capText } from './cap-text.js'
import { isObject, objectAt, own } from '../bundle/json-object.js'

/** Names listed in one message; a bundle that drops 3,000 flags should not print 3,000 names. */
const MAX_LISTED = 10

/** Flags the bundle removes: refused unless announced with `_deprecation` in the deployed version or allowed. */
export function checkFlagRemoval(
  deployed: unknown,
  changes: readonly FlagChange[],
  allowFlagRemoval: boolean
): GuardResult {
  const removed = changes.filter((c) => c.kind === 'removed').map((c) => c.key)
  if (removed.length === 0) {
    return removal('pass', 'The bundle removes no flags.')
  }
  // The deployed version, not the bundle: the announcement must have shipped before the removal.
  const definitions = objectAt(deployed, 'flags')
  const unannounced = removed.filter(
    (key) => !isObject(own(objectAt(definitions, key), '_deprecation'))
  )
  if (unannounced.length === 0) {
    return removal(
      'pass',
      `Removes ${plural(removed.length, 'flag')} announced with \`_deprecation\` in the deployed version: ${listOf(removed)}.`
    )
  }
  if (allowFlagRemoval) {
    return removal(
      'warn',
      `Removes ${plural(removed.length, 'flag')} (allowed by allow-flag-removal: true): ${listOf(removed)}.`
    )
  }
  return {
    ...removal(
      'refuse',
      `Refusing to remove ${plural(unannounced.length, 'flag')} not marked \`_deprecation\` in the deployed version: ${listOf(unannounced)}. Mark them \`_deprecation\` in a release first, or set allow-flag-removal: true.`
    ),
    detail: { flags: unannounced }
  }
}

/** Whether AppConfig can roll back on its own: the environment needs CloudWatch alarm monitors. */
export function checkMonitors(
  monitorArns: readonly string[],
  requireAlarms: boolean
): GuardResult {
  if (monitorArns.length > 0) {
    return {
      guard: 'no-alarms',
      outcome: 'pass',
      message: `The environment has ${plural(monitorArns.length, 'CloudWatch alarm monitor')}; AppConfig rolls back if one fires.`
    }
  }
  const problem =
    'AppConfig cannot roll back automatically: the environment has no CloudWatch alarm monitors.'
  return requireAlarms
    ? {
        guard: 'no-alarms',
        outcome: 'refuse',
        message: `${problem} Add an alarm monitor to the environment, or set require-alarms: false.`
      }
    : {
        guard: 'no-alarms',
        outcome: 'warn',
        message: `${problem} Add an alarm monitor to the environment; require-alarms: true refuses such rollouts.`
      }
}

/** The monitored alarms before a rollout: one already firing would make AppConfig roll back at once. */
export function checkAlarms(alarms: readonly Alarm[]): GuardResult {
  const blocking = alarms.filter(isFiring)
  // Alarms with actions disabled protect nothing, firing or not: say so.
  const muted = alarms.filter(
    (a) => a.actionsEnabled === false && a.state !== 'UNKNOWN'
  )
  const unknown = alarms.filter((a) => a.state === 'UNKNOWN')

  const notes: string[] = []
  if (unknown.length > 0) {
    notes.push(
      `${plural(unknown.length, 'monitored alarm')} could not be read (deleted, in another account or region, or no cloudwatch:DescribeAlarms permission), so ${unknown.length === 1 ? 'its' : 'their'} state is unknown: ${listOf(unknown.map(alarmName))}.`
    )
  }
  if (muted.length > 0) {
    const one = muted.length === 1
    notes.push(
      `${listOf(muted.map(describeAlarm), '; ')} ${one ? 'has' : 'have'} actions disabled, so AppConfig ignores ${one ? 'it' : 'them'}: ${one ? 'it' : 'they'} cannot roll this deployment back.`
    )
  }

  if (blocking.length > 0) {
    const one = blocking.length === 1
    const message = `${plural(blocking.length, 'monitored alarm')} ${one ? 'is' : 'are'} in ALARM or INSUFFICIENT_DATA, so AppConfig would roll back at once: ${listOf(blocking.map(describeAlarm), '; ')}. Wait until ${one ? 'it is' : 'they are'} OK, then run again.`
    return firingGuard('refuse', [message, ...notes].join(' '))
  }
  if (notes.length > 0) return firingGuard('warn', notes.join(' '))
  const [first] = alarms
  if (first === undefined) {
    return firingGuard('pass', 'No monitored alarms to check.')
  }
  return firingGuard(
    'pass',
    alarms.length === 1
      ? `The monitored alarm ${alarmName(first)} is OK.`
      : `All ${formatNumber(alarms.length)} monitored alarms are OK.`
  )
}

function removal(
  outcome: GuardResult['outcome'],
  message: string
): GuardResult {
  return { guard: 'flag-removal', outcome, message }
}

function firingGuard(
  outcome: GuardResult['outcome'],
  message: string
): GuardResult {
  return { guard: 'alarm-firing', outcome, message }
}

/** `high-5xx (ALARM: Threshold Crossed: …)`: the name with the state and CloudWatch's reason. */
function describeAlarm(alarm: Alarm): string {
  const reason = alarm.reason?.trim()
  const why = reason ? `${alarm.state}: ${capText(reason)}` : alarm.state
  return `${alarmName(alarm)} (${why})`
}

function alarmName(alarm: Alarm): string {
  return alarm.name === '' ? alarm.arn : alarm.name
}

/** `a, b, c`, or the first ten and `and 2,990 more`; alarms take `; ` since reasons hold commas. */
function listOf(names: readonly string[], separator = ', '): string {
  if (names.length <= MAX_LISTED) return names.join(separator)
  const rest = formatNumber(names.length - MAX_LISTED)
  return `${names.slice(0, MAX_LISTED).join(separator)} and ${rest} more`
}
