import { plural } from '../format.js'
import { alarmConsoleUrl } from './console-url.js'
import {
  formatDuration,
  formatMinutes,
  formatPercent,
  formatTimestamp,
  secondsBetween
} from './format-duration.js'
import { FOLD_ROWS, TEXT_MAX_CHARS } from './limits.js'
import {
  code,
  details,
  escapeMarkdown,
  link,
  table,
  truncate
} from './markdown.js'
import type {
  AlarmReport,
  RolloutReport,
  StrategyReport,
  TimelineEvent
} from './report.js'
import {
  alarmArnsIn,
  eventPercentage,
  eventsOldestFirst
} from '../appconfig/deployment-events.js'
import { alarmName } from './known-alarms.js'

/** `2025-11-20T10:00:33.000Z` → `10:00:33`. */
function timeOfDay(iso: string): string {
  return /T(\d{2}:\d{2}:\d{2})/.exec(iso)?.[1] ?? iso
}

/**
 * The deployment's event log as a table, oldest first, with the time elapsed since the
 * deployment started: started, each percentage, bake, completed or rollback and by whom.
 */
export function renderTimeline(
  rollout: RolloutReport,
  alarms: readonly AlarmReport[],
  strategy?: StrategyReport
): string {
  if (rollout.deploymentNumber === undefined) return ''
  const events = eventsOldestFirst(rollout.events)
  const origin = rollout.startedAt ?? events[0]?.at
  const facts: string[] = []
  if (origin !== undefined)
    facts.push(`started ${escapeMarkdown(formatTimestamp(origin))}`)
  if (rollout.endedAt !== undefined) {
    const took = secondsBetween(origin, rollout.endedAt)
    facts.push(
      `ended ${escapeMarkdown(formatTimestamp(rollout.endedAt))}${took === undefined ? '' : ` (${formatDuration(took)})`}`
    )
  }
  if (rollout.state !== undefined)
    facts.push(`last state seen ${code(rollout.state)}`)
  const parts = ['#### Timeline']
  if (facts.length > 0) parts.push(capitalise(facts.join(' · ')))
  if (events.length === 0) {
    parts.push('AppConfig returned no events for this deployment.')
    return parts.join('\n\n')
  }
  const known = [...alarms.map((a) => a.arn), ...rollout.triggeredAlarms]
  const rows = events.map((event) => {
    const elapsed = secondsBetween(origin, event.at)
    return [
      elapsed === undefined ? '' : `+${formatDuration(Math.max(0, elapsed))}`,
      escapeMarkdown(timeOfDay(event.at)),
      describeEvent(event, rollout, alarms, known, strategy)
    ]
  })
  const body = table(['elapsed', 'time (UTC)', 'event'], rows)
  parts.push(
    rows.length > FOLD_ROWS
      ? details(`Show ${plural(rows.length, 'event')}`, body)
      : body
  )
  return parts.join('\n\n')
}

function describeEvent(
  event: TimelineEvent,
  rollout: RolloutReport,
  alarms: readonly AlarmReport[],
  known: readonly string[],
  strategy: StrategyReport | undefined
): string {
  const said =
    event.description === undefined || event.description === ''
      ? ''
      : ` — ${escapeMarkdown(truncate(event.description, TEXT_MAX_CHARS))}`
  switch (event.type) {
    case 'DEPLOYMENT_STARTED':
      return '🚀 Deployment started'
    case 'PERCENTAGE_UPDATED': {
      const percentage = eventPercentage(event)
      return percentage === undefined
        ? `📈 Percentage updated${said}`
        : `📈 ${formatPercent(percentage)} of clients`
    }
    case 'BAKE_TIME_STARTED':
      return strategy === undefined || strategy.finalBakeMinutes === 0
        ? '⏳ Bake started'
        : `⏳ Bake started (${formatMinutes(strategy.finalBakeMinutes)})`
    case 'DEPLOYMENT_COMPLETED':
      return '✅ Deployment completed'
    case 'ROLLBACK_STARTED': {
      // AppConfig's description of an alarm rollback is the alarm's ARN again: the trigger names it.
      const named =
        event.triggeredBy === 'CLOUDWATCH_ALARM' &&
        alarmArnsIn(event.description ?? '', known).length > 0
      return `⚠️ Rollback started by ${trigger(event, rollout, alarms, known)}${named ? '' : said}`
    }
    case 'ROLLBACK_COMPLETED':
      return '↩️ Rolled back'
    case 'REVERT_COMPLETED':
      return `↩️ Reverted by ${trigger(event, rollout, alarms, known)}${said}`
    default:
      return `${code(event.type)}${said}`
  }
}

function trigger(
  event: TimelineEvent,
  rollout: RolloutReport,
  alarms: readonly AlarmReport[],
  known: readonly string[]
): string {
  switch (event.triggeredBy) {
    case 'CLOUDWATCH_ALARM': {
      const arns = alarmArnsIn(event.description ?? '', known)
      if (arns.length === 0) return 'a CloudWatch alarm'
      return `alarm ${arns.map((arn) => link(code(alarmName(arn, alarms)), alarmConsoleUrl(arn))).join(', ')}`
    }
    case 'USER':
      return rollout.stopped === true ? 'this run (StopDeployment)' : 'a user'
    case 'INTERNAL_ERROR':
      return 'an AppConfig internal error'
    case 'APPCONFIG':
      return 'AppConfig'
    case undefined:
      return 'an unknown trigger'
    default:
      return code(event.triggeredBy)
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
