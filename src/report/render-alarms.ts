import { plural } from '../format.js'
import { alarmConsoleUrl, parseAlarmArn } from './console-url.js'
import { formatTimestamp } from './format-duration.js'
import { TEXT_MAX_CHARS } from './limits.js'
import { code, escapeMarkdown, link, table, truncate } from './markdown.js'
import type { AlarmReport, Report } from './report.js'
import { isFiring } from '../alarms/alarm.js'
import { knownAlarms } from './known-alarms.js'

const STATE_ORDER: readonly AlarmReport['state'][] = [
  'ALARM',
  'INSUFFICIENT_DATA',
  'UNKNOWN',
  'OK'
]

const STATE_ICON: Record<AlarmReport['state'], string> = {
  ALARM: '🔴',
  INSUFFICIENT_DATA: '🟠',
  UNKNOWN: '⚪',
  OK: '🟢'
}

/**
 * The alarms the environment monitors with their last state, firing ones first, with the
 * reason CloudWatch gives; those that fired during the rollout are marked. `compact` gives
 * one line instead of a table when every alarm is OK and none fired. `quoted` is the ARN of
 * an alarm whose reason the summary already quotes above (issue 27: said once, not thrice).
 */
export function renderAlarms(
  report: Report,
  compact = false,
  quoted?: string
): string {
  const target = report.target
  if (target === undefined || target.monitors.length === 0) return ''
  const fired = new Set(report.rollout?.triggeredAlarms ?? [])
  const seen = knownAlarms(report)
  const alarms: AlarmReport[] = [...seen]
  // A monitor DescribeAlarms was never asked about (the run ended first) or an alarm that
  // fired but is gone from the last snapshot still belongs in the table.
  for (const arn of [...target.monitors, ...fired]) {
    if (!alarms.some((a) => a.arn === arn))
      alarms.push({
        arn,
        name: parseAlarmArn(arn)?.name ?? arn,
        state: 'UNKNOWN'
      })
  }
  const rank = (a: AlarmReport): number =>
    (fired.has(a.arn) ? 0 : 10) + STATE_ORDER.indexOf(a.state)
  alarms.sort((a, b) =>
    rank(a) !== rank(b)
      ? rank(a) - rank(b)
      : a.name < b.name
        ? -1
        : a.name > b.name
          ? 1
          : 0
  )
  // The one rule (src/alarms/alarm.ts): a muted alarm in ALARM is shown, not counted as firing.
  const firing = alarms.filter(isFiring).length
  if (compact && alarms.every((a) => a.state === 'OK' && !fired.has(a.arn)))
    return `**Alarms:** ${plural(alarms.length, 'alarm')} watched, all OK: ${alarms.map((a) => link(code(a.name), alarmConsoleUrl(a.arn))).join(', ')}.`
  const heading =
    firing > 0
      ? `#### Alarms: ${firing} of ${plural(alarms.length, 'alarm')} firing`
      : `#### Alarms: ${plural(alarms.length, 'alarm')} watched, none firing`
  const rows = alarms.map((alarm) => {
    const marks = [`${STATE_ICON[alarm.state]} ${code(alarm.state)}`]
    if (fired.has(alarm.arn)) marks.push('fired during the rollout')
    if (alarm.actionsEnabled === false)
      marks.push('actions disabled: AppConfig ignores it')
    const name = link(code(alarm.name), alarmConsoleUrl(alarm.arn))
    const kind = alarm.type === 'composite' ? ' (composite)' : ''
    return [
      marks.join('<br>'),
      `${name}${kind}`,
      alarm.arn === quoted
        ? '_quoted above, under **Triggered by**_'
        : reason(alarm, seen.length === 0),
      alarm.updatedAt === undefined
        ? ''
        : escapeMarkdown(formatTimestamp(alarm.updatedAt))
    ]
  })
  return [heading, table(['state', 'alarm', 'reason', 'since'], rows)].join(
    '\n\n'
  )
}

function reason(alarm: AlarmReport, neverRead: boolean): string {
  // An OK alarm's reason ("… was not greater than the threshold") is noise next to the others.
  if (alarm.state === 'OK') return ''
  if (alarm.reason !== undefined && alarm.reason !== '')
    return escapeMarkdown(truncate(alarm.reason, TEXT_MAX_CHARS))
  if (alarm.state !== 'UNKNOWN') return ''
  return neverRead
    ? 'Not read: the run ended before the alarms were described.'
    : 'DescribeAlarms did not return it: it was deleted, is in another account or region, or this role cannot read it.'
}
