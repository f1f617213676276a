import { revertDescription } from '../appconfig/provenance.js'
import type { PastDeployment } from '../appconfig/read-history.js'
import type { Target } from '../appconfig/target.js'
import type { GitHubContext } from '../github/context.js'
import type { ContentChoice } from './content-choice.js'

/** What a revert puts back: the configuration the environment ran before `reverted`. */
export interface RevertPoint {
  /** The latest completed deployment of the profile, the one being undone. */
  readonly reverted: PastDeployment
  /** The completed deployment before it, whose version is deployed again. */
  readonly earlier: PastDeployment & { readonly version: number }
}

/**
 * Content for a revert outside AppConfig's window: the earlier hosted version, deployed as it
 * is (no new version). Chosen again each time the planner plans; when a newer deployment of
 * the profile has completed since the revert was decided (after a wait or a 409), what to
 * revert has changed, so the choice refuses rather than undo a deployment nobody looked at.
 */
export function revertChoice(
  target: Target,
  point: RevertPoint,
  provenance: {
    readonly context: GitHubContext
    readonly reason: string | undefined
  }
): ContentChoice {
  const { reverted, earlier } = point
  return {
    source: 'revert',
    needsPrevious: true,
    async choose({ history }, versions) {
      const live = history.live
      if (live?.deploymentNumber !== reverted.deploymentNumber) {
        const now =
          live === undefined
            ? 'no completed deployment'
            : `deployment ${live.deploymentNumber} (version ${live.version ?? '?'})`
        const moved =
          live !== undefined &&
          live.deploymentNumber > reverted.deploymentNumber
            ? `deployment ${live.deploymentNumber} (version ${live.version ?? '?'}) completed in ${target.environment.name} since the revert was planned`
            : `${target.environment.name} now runs ${now}, not deployment ${reverted.deploymentNumber} as when the revert was planned`
        return {
          failure: {
            kind: 'guard',
            message: `What to revert has changed: ${moved}. Nothing was deployed; look at what runs now, then run the revert again if it is still wanted.`
          }
        }
      }
      const stored = await versions.read(earlier.version)
      return {
        content: {
          source: 'revert',
          value: stored.content,
          text: JSON.stringify(stored.content),
          version: { number: earlier.version, label: earlier.label },
          description: revertDescription(
            provenance.context,
            provenance.reason,
            reverted.deploymentNumber
          )
        }
      }
    }
  }
}
