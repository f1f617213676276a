import { formatNumber, plural } from '../format.js'
import type {
  EnvironmentColumn,
  OverviewCell,
  Promotion
} from '../plan/plan.js'
import { fitRows, type Measure } from './fit.js'
import { formatDuration, formatTimestamp } from './format-duration.js'
import { FOLD_ROWS, VALUE_MAX_CHARS } from './limits.js'
import {
  code,
  details,
  escapeMarkdown,
  tableHead,
  tableRow,
  truncate
} from './markdown.js'
import { renderChangeRows } from './render-changes.js'
import type { Named, PlanReport } from './report.js'

/**
 * The release pipeline around this deployment: the promotion check (what the `promote-from`
 * environment runs, and how it differs) and the environments side by side. Each part keeps
 * under its share of `limit` (measured by `measure`) by listing fewer flags and counting the
 * rest, so it never crowds out the rest of the report. Empty when neither input was given.
 */
export function renderEnvironments(
  plan: PlanReport,
  targetProfile: Named | undefined,
  limit: number,
  measure: Measure
): string {
  const parts: string[] = []
  if (plan.promotion !== undefined)
    parts.push(
      renderPromotion(plan, plan.promotion, targetProfile, limit / 2, measure)
    )
  if (plan.overview !== undefined) {
    const { columns, rows, unchangedCount } = plan.overview
    const rendered = rows.map((row) =>
      tableRow([code(row.key), ...row.cells.map(renderCell)])
    )
    const head = tableHead([
      'flag',
      ...columns.map((c) => columnLabel(c, targetProfile)),
      '**new content**'
    ])
    const render = (shown: number): string =>
      overviewSection(columns.length, head, rendered, shown, unchangedCount)
    parts.push(fitRows(rendered.length, render, limit / 2, measure))
  }
  return parts.join('\n\n')
}

function overviewSection(
  environments: number,
  head: string,
  rows: readonly string[],
  shown: number,
  unchangedCount: number
): string {
  const parts = ['#### Environments']
  const same =
    unchangedCount > 0
      ? ` · ${formatNumber(unchangedCount)} the same everywhere, not listed`
      : ''
  if (rows.length === 0) {
    parts.push(
      `${plural(environments, 'environment')} and the new content: every flag is the same everywhere (${plural(unchangedCount, 'flag')}).`
    )
    return parts.join('\n\n')
  }
  parts.push(
    `${plural(environments, 'environment')} and the new content: **${plural(rows.length, 'flag')} ${rows.length === 1 ? 'differs' : 'differ'}** somewhere${same}. ✓ marks a flag that already matches the new content.`
  )
  if (shown > 0) {
    const body = [head, ...rows.slice(0, shown)].join('\n')
    parts.push(
      shown > FOLD_ROWS
        ? details(`Show ${plural(shown, 'flag')} across the environments`, body)
        : body
    )
  }
  const rest = rows.length - Math.max(0, shown)
  if (rest > 0)
    parts.push(
      `… and ${formatNumber(rest)} more ${rest === 1 ? 'flag differs' : 'flags differ'}, not shown to stay under GitHub's size limit.`
    )
  return parts.join('\n\n')
}

/** `Dev`, with the profile when it is not the target's, and the version it runs. */
function columnLabel(column: EnvironmentColumn, target?: Named): string {
  const name =
    target === undefined || column.profile.id === target.id
      ? escapeMarkdown(column.environment.name)
      : `${escapeMarkdown(column.environment.name)} / ${escapeMarkdown(column.profile.name)}`
  const runs =
    column.deployed === undefined
      ? '_nothing deployed_'
      : `v${column.deployed.version}`
  return `**${name}**<br>${runs}`
}

function renderCell(cell: OverviewCell): string {
  const mark = cell.sameAsNew ? ' ✓' : ''
  if (!cell.present) return `_absent_${mark}`
  const state =
    cell.enabled === undefined ? 'no value' : cell.enabled ? '🟢 on' : '⚫ off'
  const lines = cell.details.map(
    (d) =>
      `${escapeMarkdown(d.what)}: ${d.value === undefined ? '_not set_' : code(truncate(d.value, VALUE_MAX_CHARS))}`
  )
  return [`${state}${mark}`, ...lines].join('<br>')
}

function renderPromotion(
  plan: PlanReport,
  promotion: Promotion,
  targetProfile: Named | undefined,
  limit: number,
  measure: Measure
): string {
  const { source, newer } = promotion
  const where =
    targetProfile === undefined || source.profile.id === targetProfile.id
      ? escapeMarkdown(source.environment.name)
      : `${escapeMarkdown(source.environment.name)} / ${escapeMarkdown(source.profile.name)}`
  const title = `#### Promotion from ${where}`
  const facts: string[] = []
  const deployed = source.deployed
  if (deployed === undefined) {
    facts.push(
      `**${where}** has no completed deployment of ${code(source.profile.name)}: this content has never run there.`
    )
  } else {
    const when =
      source.completedAt === undefined
        ? ''
        : `, completed ${formatTimestamp(source.completedAt)}${promotion.soakedMinutes === undefined ? '' : ` (${formatDuration(promotion.soakedMinutes * 60)} ago)`}`
    facts.push(
      `**${where}** runs version ${deployed.version}${deployed.label === undefined ? '' : ` (${code(deployed.label)})`}, deployment ${deployed.deploymentNumber}${when}.`
    )
  }
  if (newer !== undefined && newer.sameContent)
    facts.push(
      `Its deployment ${newer.deploymentNumber} of this content is ${code(newer.state)}.`
    )
  if (promotion.sameContent) {
    facts.push(
      promotion.soakMinutes > 0
        ? `It runs exactly this content; \`soak-minutes\` asks for ${formatDuration(promotion.soakMinutes * 60)} since completion.`
        : 'It runs exactly this content.'
    )
    return [title, facts.join(' ')].join('\n\n')
  }
  if (deployed === undefined) return [title, facts.join(' ')].join('\n\n')
  const rows = renderChangeRows({ ...plan, changes: promotion.changes })
  const n = promotion.changes.length
  const unchanged =
    promotion.unchangedCount > 0
      ? ` · ${formatNumber(promotion.unchangedCount)} the same, not listed`
      : ''
  const render = (shown: number): string => {
    const parts = [
      title,
      facts.join(' '),
      n === 0
        ? 'The flags are the same; the content differs outside them (its top-level keys).'
        : `**${plural(n, 'flag')} ${n === 1 ? 'differs' : 'differ'}** from the content to deploy${unchanged} (\`-\` ${escapeMarkdown(source.environment.name)}, \`+\` new):`
    ]
    // Each flag as in the changes section: its key, a verdict, its differences as a diff.
    if (shown > 0) parts.push(...rows.slice(0, shown))
    const rest = rows.length - Math.max(0, shown)
    if (rest > 0)
      parts.push(
        `… and ${formatNumber(rest)} more, not shown to stay under GitHub's size limit.`
      )
    return parts.join('\n\n')
  }
  return fitRows(rows.length, render, limit, measure)
}
