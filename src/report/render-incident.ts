import { formatTimestamp } from './format-duration.js'
import { TEXT_MAX_CHARS } from './limits.js'
import {
  code,
  codeBlock,
  escapeMarkdown,
  escapeMessage,
  link,
  table,
  truncate
} from './markdown.js'
import type { Incident, Report } from './report.js'

type RunningVersion = NonNullable<Incident['from']>

const PATHS: Record<NonNullable<Incident['path']>, string> = {
  revert: "AppConfig's revert (StopDeployment with AllowRevert)",
  stop: 'stopped the deployment in progress (AppConfig rolls it back)',
  deployment: 'a new deployment with the deployment strategy'
}

/**
 * The incident record of a set-flags or revert run, as one table a responder can paste into a
 * post-mortem: who, when, why, what changed from what to what, the path taken and why, what
 * AppConfig does about the alarms, and how to undo it. Empty for any other run.
 */
export function renderIncident(report: Report): string {
  const incident = report.incident
  if (incident === undefined) return ''
  // The record quotes AppConfig's documentation: longer than a table cell usually gets.
  const text = (value: string): string =>
    escapeMessage(truncate(value, 4 * TEXT_MAX_CHARS))
  const rows: string[][] = [
    ['Who', incident.actor === undefined ? 'unknown' : code(incident.actor)],
    ['When', escapeMarkdown(formatTimestamp(incident.at))],
    [
      'Why',
      incident.reason === undefined
        ? '_no reason given (the `description` input)_'
        : text(incident.reason)
    ]
  ]
  if (incident.lines !== undefined)
    rows.push(['Asked', incident.lines.map(code).join('<br>')])
  if (incident.from !== undefined || incident.to !== undefined)
    rows.push([
      'Configuration',
      `${version(incident.from)} → ${version(incident.to)}`
    ])
  if (incident.path !== undefined)
    rows.push([
      'Path',
      `${PATHS[incident.path]}${incident.pathReason ? `: ${text(incident.pathReason)}` : ''}`
    ])
  if (incident.alarmNote !== undefined)
    rows.push(['Alarms', text(incident.alarmNote)])
  if (incident.experimentNote !== undefined)
    rows.push(['Experiments', text(incident.experimentNote)])
  if (incident.runUrl !== undefined)
    rows.push(['Run', link('workflow run', incident.runUrl)])
  const parts = [
    `#### ${incident.kind === 'revert' ? 'Revert' : 'Kill switch'} record`,
    table(['', ''], rows)
  ]
  if (incident.undo !== undefined) {
    const [first = '', ...rest] = incident.undo.split('\n')
    parts.push(
      `**How to undo it:** ${text(first)}`,
      rest.length ? codeBlock(rest.join('\n'), 'yaml') : ''
    )
  }
  return parts.filter(Boolean).join('\n\n')
}

/** The headline of a revert or kill-switch run, when it needs its own words (without the state icon). */
export function incidentHeadline(report: Report): string | undefined {
  const incident = report.incident
  if (incident === undefined) return undefined
  const environment = report.target
    ? `**${escapeMarkdown(report.target.environment.name)}**`
    : 'the environment'
  const profile = report.target ? code(report.target.profile.name) : 'it'
  const to = incident.to?.version
  if (report.mode === 'revert') {
    if (report.failure === undefined && report.result === 'reverted')
      return `Reverted: ${environment} is back on ${profile} v${to ?? '?'}${incident.path === undefined ? '' : ` (${incident.path === 'revert' ? "AppConfig's revert" : incident.path === 'stop' ? 'deployment in progress stopped' : 'new deployment'})`}`
    if (report.failure?.kind === 'guard')
      return `Nothing reverted in ${environment}`
    return undefined
  }
  if (report.failure?.kind === 'rolled-back' && report.result === 'failed')
    return `The change will not hold: AppConfig is rolling back deployment #${report.rollout?.deploymentNumber ?? '?'} in ${environment}`
  if (report.failure === undefined && incident.path === 'revert')
    return `${environment} runs the change asked for, by AppConfig's revert to ${profile} v${to ?? '?'}`
  return undefined
}

function version(running: RunningVersion | undefined): string {
  if (running === undefined) return '?'
  const label =
    running.label === undefined ? '' : ` (${escapeMarkdown(running.label)})`
  const deployment =
    running.deploymentNumber === undefined
      ? ''
      : `, deployment #${running.deploymentNumber}`
  return `v${running.version}${label}${deployment}`
}
