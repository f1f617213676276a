import { own } from '../bundle/json-object.js'
import { isEqualJson } from '../bundle/same-content.js'
import type {
  DriftedFlag,
  DriftPoint,
  FlagSnapshot
} from '../plan/drift-report.js'
import { plural } from '../format.js'
import { VALUE_MAX_CHARS } from './limits.js'
import { code, escapeMarkdown, table, truncate } from './markdown.js'
import type { PlanReport } from './report.js'

/** Drifted flags listed in the table; the `drift` output lists every key. */
const MAX_DRIFT_ROWS = 50

const OUTCOME: Record<DriftedFlag['outcome'], string> = {
  refused: '⛔ refused',
  kept: '📌 live value kept',
  overwritten: '✏️ overwritten by the new content',
  unchanged: '✅ new content already has it'
}

const KIND: Record<DriftedFlag['kind'], string> = {
  undo: 'new = base: deploying it would change the live value back',
  conflict: 'conflict: changed on both sides',
  converged: 'new = live'
}

/**
 * Flags changed outside the action since its last deployment, each as base → live → new, and
 * what this deploy does with them under `on-drift`. Shown before the ordinary diff, since a
 * reviewer must see first what the deploy would undo. Empty when drift was not computed.
 */
export function renderDrift(plan: PlanReport | undefined): string {
  const drift = plan?.drift
  if (drift === undefined) return ''
  const heading = '#### Drift since this action last deployed'
  const how =
    drift.recognisedBy === 'description'
      ? ' (recognised by their description: no account ID for deployment tags; set `AWS_ACCOUNT_ID` for a sure answer)'
      : ''
  if (drift.base === undefined)
    return [
      heading,
      `No base: no earlier deployment of a bundle or version by this action was found${drift.limitReached ? ' among the latest completed deployments' : ''}${how}, so drift was not checked. This deployment becomes the base for the next one.`
    ].join('\n\n')
  const facts = `Base: ${point(drift.base)} · live: ${drift.live === undefined ? 'nothing' : point(drift.live)} · ${code(`on-drift: ${drift.onDrift}`)}`
  if (drift.flags.length === 0)
    return [
      heading,
      `${facts}\n\nNo drift: every flag runs as this action left it${how}.`
    ].join('\n\n')
  const rows = drift.flags.slice(0, MAX_DRIFT_ROWS).map((flag) => {
    const keys = differingKeys(flag)
    return [
      code(flag.key),
      describe(flag.base, keys),
      describe(flag.live, keys, flag.base),
      describe(flag.new, keys, flag.live),
      `${OUTCOME[flag.outcome]} (${KIND[flag.kind]})`
    ]
  })
  const rest = drift.flags.length - rows.length
  return [
    heading,
    `${facts}${how}`,
    `**${plural(drift.flags.length, 'flag')} changed outside this action:**`,
    table(['flag', 'base', 'live', 'new', 'this deploy'], rows),
    rest > 0
      ? `… and ${plural(rest, 'more flag')}; the \`drift\` output lists every key.`
      : ''
  ]
    .filter(Boolean)
    .join('\n\n')
}

function point(p: DriftPoint): string {
  const reverted = p.state === 'REVERTED' ? ', reverted since' : ''
  return `deployment #${p.deploymentNumber} (version ${p.version}${p.label ? ` ${code(p.label)}` : ''}${reverted})`
}

/** The value keys (`enabled`, attributes, `_variants`) that differ between the three sides. */
function differingKeys(flag: DriftedFlag): string[] {
  const sides = [flag.base, flag.live, flag.new].filter(
    (side): side is FlagSnapshot => side !== undefined
  )
  const [first] = sides
  if (first === undefined) return []
  const keys = [...new Set(sides.flatMap((side) => Object.keys(side.value)))]
  return keys.filter((key) =>
    sides.some(
      (side) => !isEqualJson(own(side.value, key), own(first.value, key))
    )
  )
}

/**
 * One side of a drifted flag in a few words: only the value keys that differ between the
 * sides (`on`/`off`, attribute values, the number of variants), or `absent`; when the values
 * agree, the definition (name, description, constraints) is what differs from `previous`.
 */
function describe(
  flag: FlagSnapshot | undefined,
  keys: readonly string[],
  previous?: FlagSnapshot
): string {
  if (flag === undefined) return '*absent*'
  const parts = keys.map((key) => {
    const item = own(flag.value, key)
    if (key === 'enabled') return item === true ? 'on' : 'off'
    if (item === undefined) return `${key}: not set`
    if (key === '_variants')
      return Array.isArray(item) ? plural(item.length, 'variant') : 'variants'
    return `${key}: ${truncate(JSON.stringify(item) ?? 'null', VALUE_MAX_CHARS)}`
  })
  if (parts.length === 0)
    parts.push(
      previous !== undefined &&
        !isEqualJson(previous.definition, flag.definition)
        ? 'definition differs'
        : 'same value'
    )
  return escapeMarkdown(parts.join(', '))
}
