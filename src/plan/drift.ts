import {
  isObject,
  objectAt,
  own,
  type JsonObject
} from '../bundle/json-object.js'
import { isEqualJson, stripMetadata } from '../bundle/same-content.js'
import { plural } from '../format.js'
import type { OnDrift } from '../settings.js'
import type {
  Drift,
  DriftPoint,
  DriftedFlag,
  FlagSnapshot
} from './drift-report.js'
import type { GuardResult } from './plan.js'

export type { Drift, DriftPoint, DriftedFlag, FlagSnapshot }

/** The merge's result: the drift, the content to deploy, and the verdict as a guard. */
export interface DriftResult {
  readonly drift: Drift
  /** The content to deploy: the new content, with live values carried in under on-drift: keep. */
  readonly content: Record<string, unknown>
  /** True when `content` is not the new content (on-drift: keep carried live values). */
  readonly merged: boolean
  readonly guard: GuardResult
}

/** What the merge reads: the three contents and where base and live came from. */
export interface DriftInput {
  readonly base: (DriftPoint & { readonly content: unknown }) | undefined
  readonly live: (DriftPoint & { readonly content: unknown }) | undefined
  readonly content: Record<string, unknown>
  readonly onDrift: OnDrift
  readonly recognisedBy: 'tags' | 'description'
  readonly limitReached: boolean
  readonly environmentName: string
}

/**
 * Three-way merge per flag (a flag = its `flags.<key>` definition and its `values.<key>` value,
 * AppConfig's metadata ignored). live ≠ base is drift, flags added or removed out of band
 * included. When new = base the deploy would undo it: on-drift `fail` refuses, `keep` carries the
 * live flag into the content, `overwrite` lets the new content win. When new ≠ base as well it is
 * a conflict, deployed only with `overwrite`. No base: no check.
 */
export function mergeDrift(input: DriftInput): DriftResult {
  const { onDrift, environmentName } = input
  const point = (
    p: (DriftPoint & { content: unknown }) | undefined
  ): DriftPoint | undefined =>
    p && {
      deploymentNumber: p.deploymentNumber,
      version: p.version,
      label: p.label,
      state: p.state
    }
  const common = {
    onDrift,
    base: point(input.base),
    live: point(input.live),
    recognisedBy: input.recognisedBy,
    limitReached: input.limitReached
  }
  if (input.base === undefined) {
    return {
      drift: { ...common, flags: [] },
      content: input.content,
      merged: false,
      guard: {
        guard: 'drift',
        outcome: 'pass',
        message: `No earlier deployment of a bundle or version by this action was found in ${environmentName}${input.limitReached ? ' among its latest completed deployments' : ''}, so there is no base to check drift against; this deployment becomes the base.`
      }
    }
  }
  const base = flagsOf(input.base.content)
  const live = flagsOf(input.live?.content)
  const next = flagsOf(input.content)
  const keys = [...new Set([...base.keys(), ...live.keys()])].sort()
  const flags: DriftedFlag[] = []
  for (const key of keys) {
    const b = base.get(key)
    const l = live.get(key)
    if (isSameFlag(b, l)) continue
    const n = next.get(key)
    const kind = isSameFlag(n, l)
      ? 'converged'
      : isSameFlag(n, b)
        ? 'undo'
        : 'conflict'
    flags.push({
      key,
      kind,
      outcome: outcomeOf(kind, onDrift),
      base: b,
      live: l,
      new: n
    })
  }
  const kept = flags.filter((f) => f.outcome === 'kept')
  return {
    drift: { ...common, flags },
    content: kept.length ? withLive(input.content, kept) : input.content,
    merged: kept.length > 0,
    guard: verdict(flags, onDrift, input.base.deploymentNumber, environmentName)
  }
}

function outcomeOf(
  kind: DriftedFlag['kind'],
  onDrift: OnDrift
): DriftedFlag['outcome'] {
  if (kind === 'converged') return 'unchanged'
  if (onDrift === 'overwrite') return 'overwritten'
  if (kind === 'undo' && onDrift === 'keep') return 'kept'
  return 'refused'
}

function verdict(
  flags: readonly DriftedFlag[],
  onDrift: OnDrift,
  baseNumber: number,
  environmentName: string
): GuardResult {
  const since = `since this action last deployed to ${environmentName} (deployment ${baseNumber})`
  if (flags.length === 0)
    return {
      guard: 'drift',
      outcome: 'pass',
      message: `No flag changed outside this action ${since}.`
    }
  const keysOf = (kind: DriftedFlag['outcome']): string[] =>
    flags.filter((f) => f.outcome === kind).map((f) => f.key)
  const refused = flags.filter((f) => f.outcome === 'refused')
  if (refused.length > 0) {
    const undo = refused.filter((f) => f.kind === 'undo').map((f) => f.key)
    const conflict = refused
      .filter((f) => f.kind === 'conflict')
      .map((f) => f.key)
    const parts: string[] = []
    if (undo.length)
      parts.push(
        `${plural(undo.length, 'flag')} changed outside this action ${since}, and this deploy would silently change ${undo.length === 1 ? 'it' : 'them'} back: ${listOf(undo)}.`
      )
    if (conflict.length)
      parts.push(
        `${plural(conflict.length, 'flag')} changed outside this action ${since}, and the new content changes ${conflict.length === 1 ? 'it' : 'them'} differently (a conflict): ${listOf(conflict)}.`
      )
    const fix =
      conflict.length > 0
        ? 'Put the live values into the bundle, or set on-drift: overwrite to deploy the new content over them.'
        : 'Put the live values into the bundle, set on-drift: keep to carry them into this deployment, or on-drift: overwrite to change them back.'
    return {
      guard: 'drift',
      outcome: 'refuse',
      message: `Refusing (on-drift: ${onDrift}): ${parts.join(' ')} ${fix}`,
      detail: {
        flags: refused.map((f) => f.key),
        conflict: conflict.length > 0
      }
    }
  }
  const kept = keysOf('kept')
  const overwritten = keysOf('overwritten')
  const converged = keysOf('unchanged')
  const notes: string[] = []
  if (kept.length)
    notes.push(
      `Keeping the live ${kept.length === 1 ? 'value' : 'values'} of ${listOf(kept)} (on-drift: keep).`
    )
  if (overwritten.length)
    notes.push(
      `Overwriting the live ${overwritten.length === 1 ? 'value' : 'values'} of ${listOf(overwritten)} with the new content (on-drift: overwrite).`
    )
  if (converged.length)
    notes.push(
      `The new content already has the live ${converged.length === 1 ? 'value' : 'values'} of ${listOf(converged)}.`
    )
  return {
    guard: 'drift',
    outcome: kept.length || overwritten.length ? 'warn' : 'pass',
    message: `${plural(flags.length, 'flag')} changed outside this action ${since}. ${notes.join(' ')}`
  }
}

/** The new content with the live definition and value of each kept flag (or without it). */
function withLive(
  content: Record<string, unknown>,
  kept: readonly DriftedFlag[]
): Record<string, unknown> {
  const definitions: JsonObject = { ...objectAt(content, 'flags') }
  const values: JsonObject = { ...objectAt(content, 'values') }
  for (const flag of kept) {
    if (flag.live === undefined) {
      delete definitions[flag.key]
      delete values[flag.key]
    } else {
      definitions[flag.key] = flag.live.definition
      // A flag without a value entry is off; keep it so rather than invent `enabled: false`.
      if (Object.keys(flag.live.value).length > 0)
        values[flag.key] = flag.live.value
      else delete values[flag.key]
    }
  }
  return { ...content, flags: definitions, values }
}

/** The flags of a bundle by key, metadata stripped. */
function flagsOf(content: unknown): Map<string, FlagSnapshot> {
  const stripped = stripMetadata(content)
  const definitions = objectAt(stripped, 'flags')
  const values = objectAt(stripped, 'values')
  const flags = new Map<string, FlagSnapshot>()
  for (const key of Object.keys(definitions)) {
    const definition = own(definitions, key)
    const value = own(values, key)
    flags.set(key, {
      definition: isObject(definition) ? definition : {},
      value: isObject(value) ? value : {}
    })
  }
  return flags
}

function isSameFlag(
  a: FlagSnapshot | undefined,
  b: FlagSnapshot | undefined
): boolean {
  if (a === undefined || b === undefined) return a === b
  return (
    isEqualJson(a.definition, b.definition) && isEqualJson(a.value, b.value)
  )
}

/** `a, b, c`, or the first ten and a count. */
function listOf(keys: readonly string[]): string {
  return keys.length <= 10
    ? keys.join(', ')
    : `${keys.slice(0, 10).join(', ')} and ${keys.length - 10} more`
}
