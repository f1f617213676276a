import { canonicalJson } from '../bundle/canonical-json.js'
import { flagsOf as flagEntries } from '../bundle/flags-of.js'
import type { EnvironmentContent } from '../appconfig/read-environment-content.js'
import { stripMetadata } from '../bundle/same-content.js'
import { capText } from './cap-text.js'
import type { EnvironmentColumn, Overview, OverviewCell } from './plan.js'

/** At most this many differing parts are listed in one cell; the rest are counted. */
const MAX_PARTS = 5

/** A value in a cell is cut at this length (the table is for a glance, not for review). */
const VALUE_CHARS = 80

/** One flag flattened: `enabled`, `attribute x`, `variants`, `definition y` → JSON text. */
type FlagParts = ReadonlyMap<string, string>

/**
 * The environments side by side: a column per environment (what it runs) and the new content,
 * a row per flag that is not the same in all of them; flags that are get counted. Each cell
 * shows whether the flag is on, and only the parts of it that differ between the columns.
 */
export function makeOverview(
  environments: readonly EnvironmentContent[],
  content: unknown
): Overview {
  const sides = [
    ...environments.map((e) => flagsOf(e.live?.content)),
    flagsOf(content)
  ]
  const keys = [...new Set(sides.flatMap((side) => [...side.keys()]))].sort()
  const rows: Overview['rows'][number][] = []
  let unchangedCount = 0
  for (const key of keys) {
    const parts = sides.map((side) => side.get(key))
    const texts = parts.map((p) => (p === undefined ? undefined : serialise(p)))
    if (texts.every((t) => t === texts[0])) {
      unchangedCount += 1
      continue
    }
    const differing = [
      ...new Set(parts.flatMap((p) => (p === undefined ? [] : [...p.keys()])))
    ]
      .filter((what) => what !== 'enabled')
      .filter((what) => new Set(parts.map((p) => p?.get(what))).size > 1)
    const latest = texts[texts.length - 1]
    rows.push({
      key,
      cells: parts.map((p, i): OverviewCell =>
        p === undefined
          ? { present: false, details: [], sameAsNew: latest === undefined }
          : {
              present: true,
              ...(p.has('enabled')
                ? { enabled: p.get('enabled') === 'true' }
                : {}),
              details: differing.slice(0, MAX_PARTS).map((what) => {
                const value = p.get(what)
                return value === undefined
                  ? { what }
                  : { what, value: capText(value, VALUE_CHARS) }
              }),
              sameAsNew: texts[i] === latest
            }
      )
    })
  }
  return {
    columns: environments.map(toColumn),
    rows,
    unchangedCount
  }
}

function toColumn(e: EnvironmentContent): EnvironmentColumn {
  return {
    environment: e.environment,
    profile: e.profile,
    ...(e.live === undefined
      ? {}
      : {
          deployed: {
            version: e.live.version,
            label: e.live.label,
            deploymentNumber: e.live.deploymentNumber
          }
        })
  }
}

/** The flags of one side (metadata stripped), each flattened into its parts. */
function flagsOf(bundle: unknown): Map<string, FlagParts> {
  if (bundle === undefined) return new Map()
  const flags = new Map<string, FlagParts>()
  for (const [key, { definition, value }] of flagEntries(
    stripMetadata(bundle)
  )) {
    const parts = new Map<string, string>()
    for (const [name, item] of Object.entries(value)) {
      const what =
        name === 'enabled'
          ? 'enabled'
          : name === '_variants'
            ? 'variants'
            : `attribute ${name}`
      parts.set(what, canonical(item))
    }
    for (const [name, item] of Object.entries(definition))
      parts.set(`definition ${name}`, canonical(item))
    flags.set(key, parts)
  }
  return flags
}

/** JSON with object keys sorted, so key order never makes two values differ. */
const canonical = canonicalJson

function serialise(parts: FlagParts): string {
  return JSON.stringify(
    [...parts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  )
}
