import { parseAlarmArn } from './console-url.js'
import type {
  AlarmReport,
  Report,
  RolloutReport,
  TimelineEvent
} from './report.js'

/** Who or what ended a deployment early, read from AppConfig's event log. */
export interface RollbackCause {
  /** `self`: this run sent StopDeployment (cancel or timeout); `user`: someone else did. */
  readonly by:
    'alarm' | 'user' | 'self' | 'internal-error' | 'appconfig' | 'unknown'
  /** The alarms named, for `by: 'alarm'` (ARNs). */
  readonly alarmArns: readonly string[]
  /** AppConfig's own words (the event description or the report's rollback reason). */
  readonly description?: string
  /** The share of clients that had the new version when the rollback began. */
  readonly percentage?: number
}

const ALARM_ARN = /arn:[\w-]+:cloudwatch:[\w-]+:\d*:alarm:[^\s,;)]+/g

/** The events oldest first (AppConfig lists them newest first). */
export function eventsOldestFirst(
  events: readonly TimelineEvent[]
): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index, at: Date.parse(event.at) }))
    .sort((a, b) =>
      Number.isNaN(a.at) || Number.isNaN(b.at) || a.at === b.at
        ? a.index - b.index
        : a.at - b.at
    )
    .map(({ event }) => event)
}

/** The percentage an event reports (`Configuration available to 50.00% of clients`). */
export function eventPercentage(event: TimelineEvent): number | undefined {
  if (event.type !== 'PERCENTAGE_UPDATED') return undefined
  const match = /(\d+(?:\.\d+)?)\s*%/.exec(event.description ?? '')
  return match === null ? undefined : Number(match[1])
}

/** The alarms the report knows of: the rollout's last snapshot, else the plan's. */
export function knownAlarms(report: Report): readonly AlarmReport[] {
  const fromRollout = report.rollout?.alarms ?? []
  return fromRollout.length > 0 ? fromRollout : (report.plan?.alarms ?? [])
}

/** The alarm ARNs a text names, preferring exact matches with the ARNs we know. */
export function alarmArnsIn(
  text: string,
  known: readonly string[]
): readonly string[] {
  const exact = [...new Set(known)].filter((arn) => text.includes(arn))
  if (exact.length > 0) return exact
  return [...new Set(text.match(ALARM_ARN) ?? [])]
}

/** The display name of an alarm: from the snapshot, else from its ARN. */
export function alarmName(arn: string, alarms: readonly AlarmReport[]): string {
  return (
    alarms.find((alarm) => alarm.arn === arn)?.name ??
    parseAlarmArn(arn)?.name ??
    arn
  )
}

/**
 * Why the rollout was rolled back or reverted: the first ROLLBACK_STARTED event (or
 * REVERT_COMPLETED) says who triggered it; the report's own fields fill the gaps.
 */
export function findRollbackCause(
  rollout: RolloutReport,
  alarms: readonly AlarmReport[]
): RollbackCause {
  const events = eventsOldestFirst(rollout.events)
  const index = events.findIndex(
    (e) => e.type === 'ROLLBACK_STARTED' || e.type === 'REVERT_COMPLETED'
  )
  const trigger = index >= 0 ? events[index] : undefined
  const before = index >= 0 ? events.slice(0, index) : events
  const percentage =
    before
      .map(eventPercentage)
      .filter((p) => p !== undefined)
      .at(-1) ?? rollout.percentage
  const description = trigger?.description ?? rollout.rollbackReason
  const known = [...alarms.map((a) => a.arn), ...rollout.triggeredAlarms]
  const named = alarmArnsIn(description ?? '', known)
  const alarmArns = named.length > 0 ? named : rollout.triggeredAlarms
  const by = ((): RollbackCause['by'] => {
    switch (trigger?.triggeredBy) {
      case 'CLOUDWATCH_ALARM':
        return 'alarm'
      case 'USER':
        return rollout.stopped === true ? 'self' : 'user'
      case 'INTERNAL_ERROR':
        return 'internal-error'
      case 'APPCONFIG':
        return 'appconfig'
    }
    if (alarmArns.length > 0) return 'alarm'
    return rollout.stopped === true ? 'self' : 'unknown'
  })()
  return {
    by,
    alarmArns: by === 'alarm' ? alarmArns : [],
    description,
    percentage
  }
}
