import { canonicalJson } from '../bundle/canonical-json.js'
import { stripMetadata } from '../bundle/same-content.js'

/**
 * The `plan-id`: what a plan saw, in a form a later deploy can compare and explain.
 * `v1.<content>.<target>.<deployment>.<version>.<latest>`:
 * - content: 12 hex of the SHA-256 of the content to deploy as sorted-key JSON, AppConfig's
 *   `_createdAt`/`_updatedAt` and a `$schema` left out (so key order and metadata never matter);
 * - target: 8 hex of the SHA-256 of the application, environment and profile IDs;
 * - deployment, version: the deployment the environment runs for the profile and its hosted
 *   version (0 when none);
 * - latest: the newest hosted version of the profile (0 when none).
 * Opaque to users (they only pass it on), but parseable, so a refusal can say what moved.
 */
export interface PlanFacts {
  readonly content: string
  readonly target: string
  readonly deployedDeployment: number
  readonly deployedVersion: number
  readonly latestVersion: number
}

const PREFIX = 'v1'

/** The plan-id text of these facts. */
export function formatPlanId(facts: PlanFacts): string {
  return [
    PREFIX,
    facts.content,
    facts.target,
    facts.deployedDeployment,
    facts.deployedVersion,
    facts.latestVersion
  ].join('.')
}

/** The facts in a plan-id; undefined when the text is not one this action wrote. */
export function parsePlanId(text: string): PlanFacts | undefined {
  const match =
    /^v1\.([0-9a-f]{12})\.([0-9a-f]{8})\.(\d{1,15})\.(\d{1,15})\.(\d{1,15})$/.exec(
      text.trim()
    )
  if (match === null) return undefined
  // Every group is required by the pattern, so a match has them all.
  return {
    content: match[1]!,
    target: match[2]!,
    deployedDeployment: Number(match[3]),
    deployedVersion: Number(match[4]),
    latestVersion: Number(match[5])
  }
}

/** 12 hex of the content's SHA-256, metadata and key order aside. */
export async function contentHash(content: unknown): Promise<string> {
  return (await sha256(canonicalJson(stripMetadata(content)))).slice(0, 12)
}

/** 8 hex of the target's SHA-256: a plan for another environment or profile never matches. */
export async function targetHash(ids: {
  readonly applicationId: string
  readonly environmentId: string
  readonly profileId: string
}): Promise<string> {
  return (
    await sha256(`${ids.applicationId}/${ids.environmentId}/${ids.profileId}`)
  ).slice(0, 8)
}

export { canonicalJson }

async function sha256(text: string): Promise<string> {
  // Loaded on demand: only plan and deploy hash, and validate starts without it.
  const { createHash } = await import('node:crypto')
  return createHash('sha256').update(text).digest('hex')
}
