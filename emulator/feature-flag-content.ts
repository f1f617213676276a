import {
  formatPath,
  type JsonPath,
  type Problem
} from '../src/bundle/problem.js'
import { validateBundleText } from '../src/bundle/validate-bundle.js'
import { badRequest } from './service-error.js'

const METADATA_KEYS = new Set(['_createdAt', '_updatedAt'])

/**
 * Refuses feature-flag content the way AppConfig's "Feature Flags Helper" extension does: 400
 * BadRequestException with AppConfig's observed message prefix, the problems listed, and each
 * one in `Details.InvalidConfiguration[]`. It uses the project's own validator with AppConfig's
 * rules only (no naming convention, no deprecation policy), so emulator and action agree.
 */
export async function checkFeatureFlagContent(
  text: string,
  today: string
): Promise<void> {
  const result = await validateBundleText(text, 'json', {
    allowSchemaReference: false,
    deprecatedFlags: 'ignore',
    today,
    // The emulator answers size separately with 413 PayloadTooLargeException.
    maxBytes: Number.MAX_SAFE_INTEGER
  })
  const errors = result.problems.filter((p) => p.severity === 'error')
  if (errors.length === 0) return
  throw badRequest(
    `Error invoking extension AppConfig Feature Flags Helper: Malformed 'Content' provided: ${errors
      .map((p) => `${formatPath(p.path)}: ${p.message}`)
      .join('; ')}`,
    {
      Reason: 'InvalidConfiguration',
      Details: {
        InvalidConfiguration: errors.map((p) => detailOf(p, result.value))
      }
    }
  )
}

function detailOf(problem: Problem, root: unknown): Record<string, string> {
  const value = valueAt(root, problem.path)
  return {
    Constraint: problem.rule,
    Location: `${formatPath(problem.path)} (line ${problem.line}, column ${problem.col})`,
    Reason: problem.message,
    Type: 'FeatureFlags',
    Value: value === undefined ? '' : JSON.stringify(value).slice(0, 256)
  }
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[key]
  }
  return node
}

/**
 * Adds `_createdAt` / `_updatedAt` to each flag and flag value, as AppConfig stores them (spec
 * §1.1): a flag unchanged since the previous version keeps its timestamps, a changed one gets a
 * new `_updatedAt`, a new one gets both. The action must ignore these when it diffs.
 */
export function stampFlagMetadata(
  text: string,
  previousText: string | undefined,
  at: number
): string {
  const bundle = JSON.parse(text) as Record<string, unknown>
  const previous = parsePrevious(previousText)
  const stamp = new Date(at).toISOString()
  for (const section of ['flags', 'values'] as const) {
    const entries = asRecord(bundle[section])
    if (entries === undefined) continue
    const before = asRecord(previous?.[section]) ?? {}
    for (const [key, entry] of Object.entries(entries)) {
      const current = asRecord(entry)
      if (current === undefined) continue
      const old = asRecord(before[key])
      const createdAt =
        typeof old?._createdAt === 'string' ? old._createdAt : stamp
      const unchanged =
        old !== undefined && canonical(old) === canonical(current)
      const updatedAt =
        unchanged && typeof old._updatedAt === 'string' ? old._updatedAt : stamp
      entries[key] = {
        ...withoutMetadata(current),
        _createdAt: createdAt,
        _updatedAt: updatedAt
      }
    }
  }
  return JSON.stringify(bundle)
}

function parsePrevious(
  text: string | undefined
): Record<string, unknown> | undefined {
  if (text === undefined) return undefined
  try {
    return asRecord(JSON.parse(text))
  } catch {
    return undefined
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function withoutMetadata(
  entry: Record<string, unknown>
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entry).filter(([k]) => !METADATA_KEYS.has(k))
  )
}

/** Key-order-independent JSON of an entry without its metadata, for "did it change". */
function canonical(entry: Record<string, unknown>): string {
  const sort = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sort)
    const record = asRecord(value)
    if (record === undefined) return value
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((k) => [k, sort(record[k])])
    )
  }
  return JSON.stringify(sort(withoutMetadata(entry)))
}
