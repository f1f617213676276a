import type { Deployment } from '@aws-sdk/client-appconfig'
import { parseAlarmArn } from '../alarms/parse-alarm-arn.js'

/**
 * AppConfig's deployment event log, read in one place: the timeline, the percentages it
 * reports, the alarms it names and why a deployment was rolled back or reverted.
 */

/** One entry of AppConfig's deployment event log. */
export interface TimelineEvent {
  readonly at: string
  readonly type: string
  readonly triggeredBy?: string
  readonly description?: string
}

/** Who or what ended a deployment early, read from AppConfig's event log. */
export interface RollbackCause {
  /** `self`: this run sent StopDeployment (cancel or timeout); `user`: someone else did. */
  readonly by:
    'alarm' | 'user' | 'self' | 'internal-error' | 'appconfig' | 'unknown'
  /** The alarms named, for `by: 'alarm'` (ARNs). */
  readonly alarmArns: readonly string[]
  /** AppConfig's own words (the event description). */
  readonly description?: string
  /** The share of clients that had the new version when the rollback began. */
  readonly percentage?: number
}

/** The one pattern for an alarm ARN inside AppConfig's free text. */
const ALARM_ARN = /arn:[\w-]+:cloudwatch:[\w-]+:\d*:alarm:[^\s,;"')]+/g

/** A deployment's event log, oldest first (AppConfig lists it newest first). */
export function eventsOf(deployment: Deployment): TimelineEvent[] {
  return eventsOldestFirst(
    [...(deployment.EventLog ?? [])].reverse().map((e) => ({
      at: e.OccurredAt?.toISOString() ?? '',
      type: e.EventType ?? '',
      triggeredBy: e.TriggeredBy,
      description: e.Description
    }))
  )
}

/** The events oldest first, by time, keeping the given order among equal or unknown times. */
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

/** The alarm ARNs a text names, preferring exact matches with the ARNs we know. */
export function alarmArnsIn(
  text: string,
  known: readonly string[] = []
): readonly string[] {
  const exact = [...new Set(known)].filter((arn) => text.includes(arn))
  if (exact.length > 0) return exact
  return [
    ...new Set(
      (text.match(ALARM_ARN) ?? [])
        .map((arn) => arn.replace(/\.$/, ''))
        .filter((arn) => parseAlarmArn(arn) !== undefined)
    )
  ]
}

/** The event that ended the deployment early: the first rollback start or revert. */
export function rollbackEvent(
  events: readonly TimelineEvent[]
): TimelineEvent | undefined {
  return events.find(
    (e) => e.type === 'ROLLBACK_STARTED' || e.type === 'REVERT_COMPLETED'
  )
}

/** What the rollout knew besides the event log, to fill the gaps AppConfig leaves. */
export interface CauseHints {
  /** ARNs of the monitored alarms seen firing during the rollout. */
  readonly triggeredAlarms: readonly string[]
  /** The monitored alarms' ARNs. */
  readonly knownAlarms: readonly string[]
  /** True when this run sent StopDeployment. */
  readonly stopped: boolean
  /** The last percentage seen. */
  readonly percentage: number | undefined
}

/**
 * Why a deployment was rolled back or reverted: the first ROLLBACK_STARTED (or
 * REVERT_COMPLETED) event says who triggered it; the rollout's own observations fill the gaps.
 */
export function findRollbackCause(
  events: readonly TimelineEvent[],
  hints: CauseHints
): RollbackCause {
  const oldestFirst = eventsOldestFirst(events)
  const trigger = rollbackEvent(oldestFirst)
  const index = trigger === undefined ? -1 : oldestFirst.indexOf(trigger)
  const before = index >= 0 ? oldestFirst.slice(0, index) : oldestFirst
  const percentage =
    before
      .map(eventPercentage)
      .filter((p) => p !== undefined)
      .at(-1) ?? hints.percentage
  const description = trigger?.description
  const named = alarmArnsIn(description ?? '', [
    ...hints.knownAlarms,
    ...hints.triggeredAlarms
  ])
  const alarmArns = named.length > 0 ? named : hints.triggeredAlarms
  const by = ((): RollbackCause['by'] => {
    switch (trigger?.triggeredBy) {
      case 'CLOUDWATCH_ALARM':
        return 'alarm'
      case 'USER':
        return hints.stopped ? 'self' : 'user'
      case 'INTERNAL_ERROR':
        return 'internal-error'
      case 'APPCONFIG':
        return 'appconfig'
    }
    if (alarmArns.length > 0) return 'alarm'
    return hints.stopped ? 'self' : 'unknown'
  })()
  return {
    by,
    alarmArns: by === 'alarm' ? alarmArns : [],
    description,
    percentage
  }
}

/**
 * The one-line reason for the `rollback-reason` output and the failure message: AppConfig's
 * words from the latest rollback or revert event, who triggered it, and the alarms firing.
 */
export function rollbackReason(
  events: readonly TimelineEvent[],
  firingAlarmNames: readonly string[]
): string | undefined {
  const event = [...eventsOldestFirst(events)]
    .reverse()
    .find((e) => e.type === 'ROLLBACK_STARTED' || e.type === 'REVERT_COMPLETED')
  if (event === undefined) return undefined
  const alarms =
    event.triggeredBy === 'CLOUDWATCH_ALARM' && firingAlarmNames.length
      ? `: ${firingAlarmNames.join(', ')}`
      : ''
  const by = event.triggeredBy
    ? ` (triggered by ${event.triggeredBy}${alarms})`
    : ''
  return `${event.description ?? event.type}${by}`
}
