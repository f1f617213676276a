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
  undo: 'would be changed back',
  conflict: 'conflict: changed on both sides',
  converged: 'same change on both sides'
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
  const rows = drift.flags
    .slice(0, MAX_DRIFT_ROWS)
    .map((flag) => [
      code(flag.key),
      describe(flag.base),
      describe(flag.live, flag.base),
      describe(flag.new, flag.live),
      `${OUTCOME[flag.outcome]} (${KIND[flag.kind]})`
    ])
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

/**
 * A flag's value in a few words: `on`/`off` and its attribute values, or `absent`; marked
 * when only the definition (name, description, constraints) differs from `previous`.
 */
function describe(
  flag: FlagSnapshot | undefined,
  previous?: FlagSnapshot
): string {
  if (flag === undefined) return '*absent*'
  const value = flag.value
  const parts: string[] = [value.enabled === true ? 'on' : 'off']
  for (const [key, item] of Object.entries(value)) {
    if (key === 'enabled') continue
    if (key === '_variants') {
      parts.push(
        Array.isArray(item) ? plural(item.length, 'variant') : 'variants'
      )
      continue
    }
    parts.push(
      `${key}: ${truncate(JSON.stringify(item) ?? 'null', VALUE_MAX_CHARS)}`
    )
  }
  let text = escapeMarkdown(parts.join(', '))
  if (
    previous !== undefined &&
    isEqualJson(previous.value, value) &&
    !isEqualJson(previous.definition, flag.definition)
  )
    text += ' (definition differs)'
  return text
}
