/**
 * How the action marks the deployments it starts, so a later run can tell them from a person's
 * change in the console: the deployment tag `appconfig-guarded-rollout:source` (a decision
 * shared with the drift and incident features).
 */

/** The tag key on every deployment the action starts. */
export const SOURCE_TAG = 'appconfig-guarded-rollout:source'

/**
 * What a deployment deployed: a bundle file, an existing hosted version, a `set-flags` patch of
 * what ran, or a revert to an earlier version.
 */
export type DeploymentSource = 'bundle' | 'version' | 'set-flags' | 'revert'

const SOURCES: ReadonlySet<string> = new Set([
  'bundle',
  'version',
  'set-flags',
  'revert'
])

/** The source a tag map names, if it carries a known one. */
export function sourceOf(
  tags: Readonly<Record<string, string>>
): DeploymentSource | undefined {
  const value = Object.hasOwn(tags, SOURCE_TAG) ? tags[SOURCE_TAG] : undefined
  return value !== undefined && SOURCES.has(value)
    ? (value as DeploymentSource)
    : undefined
}

/**
 * Whether a deployment of this source can be a drift base: only what the pipeline deployed
 * from the repository (a bundle, or a version promoted as is). A `set-flags` kill switch or a
 * revert is itself a live change the next bundle must not silently undo.
 */
export function isPipelineSource(
  source: DeploymentSource | undefined
): boolean {
  return source === 'bundle' || source === 'version'
}
