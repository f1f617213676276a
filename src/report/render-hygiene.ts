import { formatKb, formatNumber, plural } from '../format.js'
import type { GitHubContext } from '../github/context.js'
import type { Hygiene } from '../hygiene/assess-hygiene.js'
import type {
  CodeReference,
  KeyReferences
} from '../hygiene/find-code-references.js'
import { byteLength } from './limits.js'
import { fitRows, type Measure } from './fit.js'
import {
  code,
  details,
  escapeMarkdown,
  link,
  tableHead,
  tableRow,
  truncate
} from './markdown.js'

/** The parts of the context the links need: lines at the run's commit. */
export type HygieneLinks = Pick<
  GitHubContext,
  'serverUrl' | 'repository' | 'sha'
>

export interface RenderHygieneOptions {
  /** Keys this plan adds: not read yet is expected for them, not a cleanup candidate. */
  readonly added?: ReadonlySet<string>
  /** The section's size limit; default 60,000 (bytes, by `measure`). */
  readonly limit?: number
  /** Default: UTF-8 bytes, as the job summary counts. */
  readonly measure?: Measure
}

/** Rows of the stale and undefined tables, and names in the unreferenced list. */
const MAX_ROWS = 50
const MAX_NAMES = 100
/** Places shown in one cell. */
const MAX_PLACES = 5
/** Quoted code in the every-match table. */
const QUOTE_MAX_CHARS = 80

/** `https://github.com/o/r/blob/<sha>/src/a.ts#L12`, or undefined without a repository and commit. */
export function lineUrl(
  links: HygieneLinks,
  path: string,
  line: number
): string | undefined {
  if (links.repository === undefined || links.sha === undefined)
    return undefined
  const encoded = path.split('/').map(encodeURIComponent).join('/')
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encoded}#L${line}`
}

function place(links: HygieneLinks, ref: CodeReference): string {
  return link(
    escapeMarkdown(`${ref.path}:${ref.line}`),
    lineUrl(links, ref.path, ref.line)
  )
}

/** The first places of a key, linked, and how many more there are. */
function places(links: HygieneLinks, refs: KeyReferences): string {
  if (refs.total === 0) return '—'
  const shown = refs.matches.slice(0, MAX_PLACES).map((m) => place(links, m))
  const rest = refs.total - shown.length
  if (rest > 0) shown.push(`… and ${formatNumber(rest)} more`)
  return shown.join('<br>')
}

function counts(h: Hygiene): string {
  const parts = [
    `**${plural(h.flagCount, 'flag')}**`,
    `${formatNumber(h.referencedCount)} read in code`,
    `${formatNumber(h.unreferenced.length)} unreferenced`,
    `${formatNumber(h.stale.length)} stale`
  ]
  if (h.undefinedReads.length > 0)
    parts.push(
      `${plural(h.undefinedReads.length, 'undefined key')} read like flags`
    )
  return parts.join(' · ')
}

function searched(h: Hygiene): string {
  const { scan } = h
  const patterns = scan.patterns
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#'))
  const shownPatterns = patterns.slice(0, 5).map((p) => code(truncate(p, 80)))
  if (patterns.length > 5)
    shownPatterns.push(`and ${formatNumber(patterns.length - 5)} more`)
  const skipped = [
    scan.skipped.binary > 0
      ? `${formatNumber(scan.skipped.binary)} binary`
      : '',
    scan.skipped.tooLarge > 0
      ? `${formatNumber(scan.skipped.tooLarge)} over ${formatKb(scan.maxFileBytes)}`
      : '',
    scan.skipped.unreadable > 0
      ? `${formatNumber(scan.skipped.unreadable)} unreadable`
      : ''
  ].filter(Boolean)
  const line = `Searched ${plural(scan.filesScanned, 'file')} (${formatKb(scan.bytesScanned)}) matching ${shownPatterns.join(', ')}${skipped.length > 0 ? `; skipped ${skipped.join(', ')}` : ''}.`
  return scan.filesScanned === 0
    ? `${line} ⚠️ No file was searched, so no flag is called unreferenced: check the \`code-references\` patterns.`
    : line
}

function staleTable(h: Hygiene, links: HygieneLinks): string {
  if (h.stale.length === 0) return ''
  const rows = h.stale
    .slice(0, MAX_ROWS)
    .map((s) =>
      tableRow([
        code(s.key),
        escapeMarkdown(s.date),
        s.references.total === 0
          ? 'read nowhere: remove it from the bundle'
          : places(links, s.references)
      ])
    )
  return [
    '**⏰ Stale flags**: past their `_deprecation.date`; remove the code that reads them, then the flag.',
    [tableHead(['flag', 'due', 'still read at']), ...rows].join('\n'),
    more(h.stale.length, rows.length, 'stale flag')
  ]
    .filter(Boolean)
    .join('\n\n')
}

function unreferencedList(
  h: Hygiene,
  added: ReadonlySet<string> = new Set()
): string {
  // A flag this plan adds is not read yet because its code is still to come: not a cleanup
  // candidate (issue 27).
  const list = (keys: readonly string[]): string => {
    const names = keys.slice(0, MAX_NAMES).map(code)
    const rest = keys.length - names.length
    if (rest > 0) names.push(`… and ${formatNumber(rest)} more`)
    return names.join(', ')
  }
  const old = h.unreferenced.filter((k) => !added.has(k))
  const fresh = h.unreferenced.filter((k) => added.has(k))
  return [
    old.length === 0
      ? ''
      : `**🧹 Unreferenced flags**: in the bundle, read in no searched file (cleanup candidates): ${list(old)}`,
    fresh.length === 0
      ? ''
      : `**🆕 Not read yet**: added by this plan and read in no searched file (expected until the code that reads ${fresh.length === 1 ? 'it' : 'them'} ships): ${list(fresh)}`
  ]
    .filter(Boolean)
    .join('\n\n')
}

function undefinedTable(h: Hygiene, links: HygieneLinks): string {
  if (h.undefinedReads.length === 0) return ''
  const rows = h.undefinedReads
    .slice(0, MAX_ROWS)
    .map((u) =>
      tableRow([
        code(u.key),
        u.accessors.map((a) => code(a)).join(', '),
        places(links, u)
      ])
    )
  return [
    '**❓ Read but not defined**: the code passes these to the calls it reads flags with, but the bundle has no such flag (a typo, or a flag removed too early).',
    [tableHead(['key', 'read with', 'at']), ...rows].join('\n'),
    more(h.undefinedReads.length, rows.length, 'key')
  ]
    .filter(Boolean)
    .join('\n\n')
}

function more(total: number, shown: number, word: string): string {
  const rest = total - shown
  return rest > 0 ? `… and ${plural(rest, word)} more, in the outputs.` : ''
}

/** One row per referenced flag, for the every-match table. */
function matchRows(h: Hygiene, links: HygieneLinks): string[] {
  return h.references
    .filter((r) => r.total > 0)
    .map((r) => {
      const lines = r.matches
        .slice(0, MAX_PLACES)
        .map(
          (m) => `${place(links, m)} ${code(truncate(m.text, QUOTE_MAX_CHARS))}`
        )
      const rest = r.total - lines.length
      if (rest > 0) lines.push(`… and ${formatNumber(rest)} more`)
      return tableRow([
        code(r.key),
        `${formatNumber(r.total)} in ${plural(r.files, 'file')}`,
        lines.join('<br>')
      ])
    })
}

/**
 * The "Flag hygiene" section: counts, stale flags with the lines that still read them,
 * unreferenced flags, keys read but not defined, then every match folded, so a team can see
 * false positives. Lists are capped; the match table keeps as many rows as fit in `limit`.
 */
export function renderHygiene(
  h: Hygiene,
  links: HygieneLinks,
  options: RenderHygieneOptions = {}
): string {
  const limit = options.limit ?? 60_000
  const measure = options.measure ?? byteLength
  const head = [
    '#### Flag hygiene',
    `${counts(h)}. ${searched(h)}`,
    staleTable(h, links),
    unreferencedList(h, options.added),
    undefinedTable(h, links)
  ].filter(Boolean)
  const rows = matchRows(h, links)
  const render = (shown: number): string => {
    if (rows.length === 0) return head.join('\n\n')
    const total = h.references.reduce((n, r) => n + r.total, 0)
    const body = [
      tableHead(['flag', 'matches', 'where (first places)']),
      ...rows.slice(0, shown)
    ].join('\n')
    const rest = rows.length - shown
    const note =
      rest > 0
        ? `\n\n… and ${plural(rest, 'more flag')} with matches, left out to keep this summary small.`
        : ''
    const summary = `Every match: ${plural(total, 'place')} for ${plural(rows.length, 'flag')}`
    return [
      ...head,
      details(summary, shown > 0 ? `${body}${note}` : note.trim())
    ]
      .filter(Boolean)
      .join('\n\n')
  }
  return fitRows(rows.length, render, limit, measure)
}
