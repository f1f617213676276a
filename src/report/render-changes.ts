import { formatNumber, plural } from '../format.js'
import { FOLD_ROWS, VALUE_MAX_CHARS } from './limits.js'
import {
  code,
  details,
  escapeMarkdown,
  tableHead,
  tableRow,
  truncate
} from './markdown.js'
import type { FlagChange, FlagDetail, PlanReport } from './report.js'

/** At most this many differences are listed inside one flag's row. */
const MAX_DETAILS_PER_FLAG = 10

type Category = 'removed' | 'on' | 'off' | 'changed' | 'added'

/** Riskiest first: a reviewer reads removals and switches before additions. */
const ORDER: readonly Category[] = ['removed', 'on', 'off', 'changed', 'added']

const LABEL: Record<Category, string> = {
  removed: '➖ removed',
  on: '🟢 turned on',
  off: '⚫ turned off',
  changed: '✏️ changed',
  added: '➕ added'
}

const COUNT_WORD: Record<Category, string> = {
  removed: 'removed',
  on: 'turned on',
  off: 'turned off',
  changed: 'changed',
  added: 'added'
}

function categorise(change: FlagChange): Category {
  if (change.kind !== 'changed') return change.kind
  if (change.toggled === 'enabled') return 'on'
  if (change.toggled === 'disabled') return 'off'
  return 'changed'
}

/** The plan's changes, riskiest first, by key within each kind. */
export function sortChanges(changes: readonly FlagChange[]): FlagChange[] {
  const rank = (c: FlagChange): number => ORDER.indexOf(categorise(c))
  return [...changes].sort((a, b) =>
    rank(a) !== rank(b)
      ? rank(a) - rank(b)
      : a.key < b.key
        ? -1
        : a.key > b.key
          ? 1
          : 0
  )
}

/** One table row per changed flag, rendered once so the size budget can pick how many fit. */
export function renderChangeRows(plan: PlanReport): string[] {
  return sortChanges(plan.changes).map((change) =>
    tableRow([
      LABEL[categorise(change)],
      code(change.key),
      renderDetails(change)
    ])
  )
}

function renderDetails(change: FlagChange): string {
  // The toggle already says what `enabled` did; listing it again is noise.
  const shown = change.details.filter(
    (d) => !(change.toggled !== undefined && d.what === 'enabled')
  )
  const lines = shown
    .slice(0, MAX_DETAILS_PER_FLAG)
    .map((d) => renderDetail(change.kind, d))
  const rest = shown.length - lines.length
  if (rest > 0) lines.push(`… and ${plural(rest, 'more difference')}`)
  if (lines.length > 0) return lines.join('<br>')
  if (change.kind === 'changed' && change.toggled !== undefined)
    return change.toggled === 'enabled' ? 'was off' : 'was on'
  return '—'
}

function renderDetail(kind: FlagChange['kind'], detail: FlagDetail): string {
  const what = escapeMarkdown(detail.what)
  if (kind === 'added') return `${what}: ${value(detail.after)}`
  if (kind === 'removed') return `${what} was ${value(detail.before)}`
  return `${what}: ${value(detail.before)} → ${value(detail.after)}`
}

function value(json: string | undefined): string {
  return json === undefined
    ? '_not set_'
    : code(truncate(json, VALUE_MAX_CHARS))
}

/** "3 flags change: 1 turned on, 1 changed, 1 added · 11 unchanged, not listed". */
export function summariseChanges(plan: PlanReport): string {
  const counts = new Map<Category, number>()
  for (const change of plan.changes) {
    const category = categorise(change)
    counts.set(category, (counts.get(category) ?? 0) + 1)
  }
  const parts = ORDER.filter((c) => counts.has(c)).map(
    (c) => `${formatNumber(counts.get(c)!)} ${COUNT_WORD[c]}`
  )
  const n = plan.changes.length
  const head = `**${plural(n, 'flag')} ${n === 1 ? 'changes' : 'change'}**: ${parts.join(', ')}`
  return plan.unchangedCount > 0
    ? `${head} · ${formatNumber(plan.unchangedCount)} unchanged, not listed`
    : head
}

/** What the table says when nothing changes or nothing was deployed before. */
function context(plan: PlanReport): string {
  if (plan.changes.length === 0) {
    const version =
      plan.deployed === undefined ? '' : ` (version ${plan.deployed.version})`
    return `No flag changes: the bundle matches the deployed configuration${version}, ${plural(plan.unchangedCount, 'flag')}.`
  }
  return plan.deployed === undefined
    ? 'Nothing is deployed for this profile yet, so every flag is new.'
    : ''
}

/**
 * The flag diff: a count line, then one row per changed flag (the first `shown` of `rows`),
 * folded when long; `more` explains where the flags left out can be found.
 */
export function renderChanges(
  plan: PlanReport,
  rows: readonly string[],
  shown: number,
  more: string
): string {
  const parts = ['#### Flag changes']
  const note = context(plan)
  if (plan.changes.length === 0) return [...parts, note].join('\n\n')
  parts.push(
    note === '' ? summariseChanges(plan) : `${summariseChanges(plan)}. ${note}`
  )
  if (shown > 0) {
    const body = [
      tableHead(['change', 'flag', 'old → new']),
      ...rows.slice(0, shown)
    ].join('\n')
    parts.push(
      shown > FOLD_ROWS
        ? details(`Show ${plural(shown, 'changed flag')}`, body)
        : body
    )
  }
  const rest = rows.length - Math.max(0, shown)
  if (rest > 0)
    parts.push(
      `… and ${formatNumber(rest)} more ${rest === 1 ? 'flag' : 'flags'} ${more}`
    )
  return parts.join('\n\n')
}
