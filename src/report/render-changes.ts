import { formatNumber, plural } from '../format.js'
import { FOLD_ROWS } from './limits.js'
import { codeBlock, details, link } from './markdown.js'
import { inlineCode } from './inline-code.js'
import type { FlagChange, FlagDetail, PlanReport } from './report.js'
import { windowValues } from './value-window.js'

/** At most this many value differences are drawn in one flag's diff; the rest are named. */
export const MAX_DETAILS_PER_FLAG = 10

/** At most this many names of differences left out of a flag's diff are listed. */
const MAX_NAMES = 30

/** With more changed flags than FOLD_ROWS, this many stay unfolded (the riskiest). */
const SHOWN_BEFORE_FOLD = 10

type Category = 'removed' | 'on' | 'off' | 'changed' | 'added'

/** Riskiest first: a reviewer reads removals and switches before additions. */
const ORDER: readonly Category[] = ['removed', 'on', 'off', 'changed', 'added']

const ICON: Record<Category, string> = {
  removed: '➖',
  on: '🟢',
  off: '⚫',
  changed: '✏️',
  added: '➕'
}

const COUNT_WORD: Record<Category, string> = {
  removed: 'removed',
  on: 'turned on',
  off: 'turned off',
  changed: 'changed',
  added: 'added'
}

/** The kind of change a reviewer reads first: removed, turned on/off, changed, added. */
export function categorise(change: FlagChange): Category {
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

/** Whether an added flag starts switched on (`enabled: true` in its value). */
export function isAddedOn(change: FlagChange): boolean {
  return (
    change.kind === 'added' &&
    change.details.some((d) => d.what === 'enabled' && d.after === 'true')
  )
}

/** The keys a plan adds (hygiene does not call a flag that arrives now a cleanup candidate). */
export function addedKeys(plan: PlanReport | undefined): ReadonlySet<string> {
  return new Set(
    (plan?.changes ?? []).filter((c) => c.kind === 'added').map((c) => c.key)
  )
}

/** Parts of a flag's definition (name, description, constraints), folded under its diff. */
function isDefinition(what: string): boolean {
  return (
    ['name', 'description', '_deprecation', 'definition'].includes(what) ||
    what.startsWith('definition ') ||
    (what.startsWith('attribute ') && what.endsWith(' definition'))
  )
}

/** The short verdict after a flag's key: "🟢 turned on", "➕ added, off", "➖ removed (was on)". */
function verdict(change: FlagChange): string {
  const category = categorise(change)
  const enabled = change.details.find((d) => d.what === 'enabled')
  const state = (json: string | undefined): string =>
    json === 'true' ? 'on' : json === 'false' ? 'off' : ''
  let word: string = COUNT_WORD[category]
  if (category === 'added' && state(enabled?.after) !== '')
    word = `added, ${state(enabled?.after)}`
  if (category === 'removed' && state(enabled?.before) !== '')
    word = `removed (was ${state(enabled?.before)})`
  return `${ICON[category]} **${word}**`
}

/**
 * One block per changed flag, riskiest first, rendered once so the size budget can pick how
 * many fit: the key unbroken on its own line with a short verdict, its value differences as a
 * `diff` block (long values as a window around the first difference), its definition folded.
 */
export function renderChangeRows(plan: PlanReport): string[] {
  return sortChanges(plan.changes).map(renderFlag)
}

function renderFlag(change: FlagChange): string {
  // The verdict already says what `enabled` did; a diff line for it would repeat it.
  const saysEnabled = change.toggled !== undefined || change.kind !== 'changed'
  const shown = change.details.filter(
    (d) => !(saysEnabled && d.what === 'enabled')
  )
  const values = shown.filter((d) => !isDefinition(d.what))
  const definition = shown.filter((d) => isDefinition(d.what))
  const parts = [`${inlineCode(change.key)} · ${verdict(change)}`]
  const drawn = values.slice(0, MAX_DETAILS_PER_FLAG)
  if (drawn.length > 0)
    parts.push(codeBlock(drawn.map(diffLines).join('\n'), 'diff'))
  const rest = values.slice(drawn.length)
  if (rest.length > 0) parts.push(leftOut(rest))
  if (definition.length > 0)
    parts.push(
      details(
        `Definition: ${definitionParts(definition)}`,
        codeBlock(definition.map(diffLines).join('\n'), 'diff')
      )
    )
  return parts.join('\n\n')
}

/**
 * What a folded definition holds, in our own words: GitHub renders no markdown inside
 * `<summary>`, so bundle text (attribute names) cannot be escaped there and stays out.
 */
function definitionParts(definition: readonly FlagDetail[]): string {
  const words = definition.map((d) =>
    d.what === 'name' || d.what === 'description'
      ? d.what
      : d.what === '_deprecation'
        ? 'deprecation'
        : d.what.startsWith('attribute ')
          ? 'attribute constraints'
          : 'other fields'
  )
  return [...new Set(words)].join(', ')
}

/**
 * The differences a flag's diff has no room for, each named (issue 25: "… and 3 more" could
 * hide the one that matters), with where every one is written out.
 */
function leftOut(rest: readonly FlagDetail[]): string {
  const names = rest.slice(0, MAX_NAMES).map((d) => inlineCode(d.what))
  const others = rest.length - names.length
  return `… and ${plural(rest.length, 'more difference')}, not drawn: ${names.join(', ')}${others > 0 ? ` and ${formatNumber(others)} others` : ''}.`
}

/** A difference as diff lines: `- what: before` / `+ what: after`, or a labelled window. */
function diffLines(detail: FlagDetail): string {
  const what = oneLine(detail.what)
  const window = windowValues(detail)
  const lines: string[] = []
  if (window.at !== undefined) {
    lines.push(`  ${what} (first difference at character ${window.at}):`)
    lines.push(`- ${oneLine(window.before ?? '')}`)
    lines.push(`+ ${oneLine(window.after ?? '')}`)
    return lines.join('\n')
  }
  if (window.before !== undefined)
    lines.push(`- ${what}: ${oneLine(window.before)}`)
  if (window.after !== undefined)
    lines.push(`+ ${what}: ${oneLine(window.after)}`)
  return lines.join('\n')
}

/** JSON text is one line already; a name from the bundle might not be. */
function oneLine(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ')
}

/** "3 flags change: 1 turned on, 1 changed, 1 added". */
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
  return `${plural(n, 'flag')} ${n === 1 ? 'changes' : 'change'}: ${parts.join(', ')}`
}

/** The title of the step log's group that lists every difference (main.ts writes it). */
export function planLogGroup(plan: PlanReport): string {
  return `Plan: ${plural(plan.changes.length, 'flag change')}, ${plural(plan.unchangedCount, 'flag')} unchanged`
}

/** Options for the flag changes section. */
export interface ChangesOptions {
  /** Where the flags left out (for size) can be found. */
  readonly more: string
  /** Where the step log is, linked from the pointer to its plan group (not from the run's own summary). */
  readonly logUrl?: string
}

/**
 * The flag changes: the counts, then one block per changed flag (the first `shown` of
 * `rows`), the riskiest unfolded and the rest folded when there are many, and where the step
 * log lists every difference.
 */
export function renderChanges(
  plan: PlanReport,
  rows: readonly string[],
  shown: number,
  options: ChangesOptions
): string {
  const n = plan.changes.length
  if (n === 0) {
    const version =
      plan.deployed === undefined ? '' : ` (version ${plan.deployed.version})`
    return `#### No flag changes\n\nThe content matches the deployed configuration${version}: ${plural(plan.unchangedCount, 'flag')}.`
  }
  const facts: string[] = []
  if (plan.unchangedCount > 0)
    facts.push(`${formatNumber(plan.unchangedCount)} unchanged, not listed`)
  if (plan.deployed === undefined)
    facts.push('nothing is deployed for this profile yet, so every flag is new')
  facts.push(
    `every difference is in ${link('the step log', options.logUrl)}, group ${inlineCode(planLogGroup(plan))}`
  )
  const parts = [
    `#### ${summariseChanges(plan)}`,
    `${capitalise(facts.join(' · '))}.`
  ]
  const blocks = rows.slice(0, Math.max(0, shown))
  if (blocks.length > FOLD_ROWS) {
    parts.push(...blocks.slice(0, SHOWN_BEFORE_FOLD))
    parts.push(
      details(
        `${plural(blocks.length - SHOWN_BEFORE_FOLD, 'more changed flag')}`,
        blocks.slice(SHOWN_BEFORE_FOLD).join('\n\n')
      )
    )
  } else parts.push(...blocks)
  const rest = rows.length - blocks.length
  if (rest > 0)
    parts.push(
      `… and ${formatNumber(rest)} more ${rest === 1 ? 'flag' : 'flags'} ${options.more}`
    )
  return parts.join('\n\n')
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
