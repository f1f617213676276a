import { badRequest } from './service-error.js'
import {
  checkFeatureFlags,
  type FlagProblem
} from './feature-flags/check-feature-flags.js'

const METADATA_KEYS = new Set(['_createdAt', '_updatedAt'])

const PREFIX =
  "Error invoking extension AppConfig Feature Flags Helper: Malformed 'Content' provided"

/**
 * Refuses feature-flag content the way AppConfig's "Feature Flags Helper" extension does: 400
 * BadRequestException with AppConfig's observed message prefix, the problems listed, and each
 * one in `Details.InvalidConfiguration[]`. The check is the emulator's own
 * (feature-flags/check-feature-flags.ts, from the published schema and AppConfig's documented
 * rules), not the action's validator, so a bug in one shows up against the other.
 */
export function checkFeatureFlagContent(text: string): Promise<void> {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    return Promise.reject(
      badRequest(`${PREFIX}: not JSON (${(error as Error).message})`, {
        Reason: 'InvalidConfiguration'
      })
    )
  }
  const problems = checkFeatureFlags(document)
  if (problems.length === 0) return Promise.resolve()
  return Promise.reject(
    badRequest(
      `${PREFIX}: ${problems.map((p) => `${p.location}: ${p.reason}`).join('; ')}`,
      {
        Reason: 'InvalidConfiguration',
        Details: { InvalidConfiguration: problems.map(detailOf) }
      }
    )
  )
}

function detailOf(problem: FlagProblem): Record<string, string> {
  return {
    Constraint: problem.constraint,
    Location: problem.location,
    Reason: problem.reason,
    Type: 'FeatureFlags',
    Value:
      problem.value === undefined || problem.value === null
        ? ''
        : typeof problem.value === 'string'
          ? problem.value.slice(0, 256)
          : JSON.stringify(problem.value).slice(0, 256)
  }
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
