import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { AwsStepError, awsStep } from '../aws/aws-error.js'
import { requiredField } from '../aws/required-field.js'
import { deploymentArn, type AccountScope } from './deployment-arn.js'
import {
  isPipelineSource,
  sourceOf,
  type DeploymentSource
} from './deployment-source.js'
import type { DeploymentScope, VersionReader } from './read-deployments.js'
import {
  readDeploymentDescription,
  readDeploymentTags
} from './read-deployment-tags.js'
import { listDeployments } from './list-deployments.js'
import { isManaged } from './managed-deployment.js'

/** Deployments looked at, newest first, before giving up on finding a base. */
export const MAX_BASE_CANDIDATES = 20

/** The start of the description the action writes when the `description` input is empty. */
export const DESCRIPTION_PREFIX = 'Deployed by AppConfig Guarded Rollout'

/** A deployment of the profile and the content of its version. */
export interface DeployedContent {
  readonly deploymentNumber: number
  readonly version: number
  readonly label: string | undefined
  readonly content: unknown
}

/** The three-way merge's inputs from AWS: what runs now, and what this action last deployed. */
export interface PipelineHistory {
  /** What the environment runs now: the newest COMPLETE deployment of the profile. */
  readonly live: DeployedContent | undefined
  /** The newest deployment of a bundle or version by this action that reached COMPLETE. */
  readonly base: (DeployedContent & { readonly state: string }) | undefined
  /** How the action's deployments were told apart. */
  readonly recognisedBy: 'tags' | 'description'
  /** Completed deployments of the profile looked at (each one tag or description read). */
  readonly scanned: number
  /** True when the search stopped at MAX_BASE_CANDIDATES without finding a base. */
  readonly limitReached: boolean
}

/**
 * Finds the drift base: the newest deployment of this profile that this action started from a
 * bundle or a version (tag `appconfig-guarded-rollout:source`) and that reached COMPLETE, even
 * if it was reverted since (REVERTED). `set-flags` and `revert` deployments are never the base.
 *
 * Recognition needs the deployment's ARN, so the account: given `account`, tags decide. Without
 * it (no AWS_ACCOUNT_ID, no account-bearing credentials, no alarm monitor), the fallback is the
 * description the action writes by default (`Deployed by AppConfig Guarded Rollout …`): weaker,
 * since a custom `description` hides a deployment and the source (bundle or set-flags) is not
 * known, so every such deployment counts as a pipeline one.
 */
export async function findPipelineBase(
  client: AppConfigClient,
  scope: DeploymentScope,
  versions: VersionReader,
  account: AccountScope | undefined
): Promise<PipelineHistory> {
  let live: { deploymentNumber: number; version: string } | undefined
  let base:
    { deploymentNumber: number; version: string; state: string } | undefined
  let scanned = 0
  const isOurs = async (deploymentNumber: number): Promise<boolean> => {
    if (account !== undefined) {
      const tags = await readDeploymentTags(
        client,
        deploymentArn(
          account,
          scope.applicationId,
          scope.environmentId,
          deploymentNumber
        ),
        deploymentNumber
      )
      const source: DeploymentSource | undefined = sourceOf(tags)
      return isPipelineSource(source)
    }
    const description = await readDeploymentDescription(
      client,
      scope,
      deploymentNumber
    )
    return description?.startsWith(DESCRIPTION_PREFIX) === true
  }
  await awsStep(
    "Reading the environment's deployments",
    'appconfig:ListDeployments',
    async () => {
      for await (const item of listDeployments(client, scope)) {
        // An experiment's MANAGED deployment is neither what runs nor ever the base.
        if (
          item.ConfigurationProfileId !== scope.profileId ||
          isManaged(item) ||
          (item.State !== 'COMPLETE' && item.State !== 'REVERTED') ||
          !item.ConfigurationVersion
        )
          continue
        const deploymentNumber = requiredField(
          item.DeploymentNumber,
          'DeploymentNumber',
          'appconfig:ListDeployments'
        )
        if (live === undefined && item.State === 'COMPLETE')
          live = { deploymentNumber, version: item.ConfigurationVersion }
        if (base === undefined && scanned < MAX_BASE_CANDIDATES) {
          scanned++
          if (await isOurs(deploymentNumber))
            base = {
              deploymentNumber,
              version: item.ConfigurationVersion,
              state: item.State
            }
        }
        // The live deployment is the base or newer than it: both known, stop reading.
        if (
          live !== undefined &&
          (base !== undefined || scanned >= MAX_BASE_CANDIDATES)
        )
          return
      }
    }
  )
  const read = async (
    found: { deploymentNumber: number; version: string } | undefined
  ): Promise<DeployedContent | undefined> => {
    if (found === undefined) return undefined
    const number = Number(found.version)
    if (!Number.isInteger(number))
      throw new AwsStepError(
        `Deployment ${found.deploymentNumber} names configuration version '${found.version}', which is not a hosted version number.`,
        "Reading the environment's deployments",
        'UnexpectedAnswer'
      )
    const stored = await versions.read(number)
    return {
      deploymentNumber: found.deploymentNumber,
      version: number,
      label: stored.label,
      content: stored.content
    }
  }
  const [liveContent, baseContent] = await Promise.all([read(live), read(base)])
  return {
    live: liveContent,
    base:
      baseContent === undefined || base === undefined
        ? undefined
        : { ...baseContent, state: base.state },
    recognisedBy: account === undefined ? 'description' : 'tags',
    scanned,
    limitReached: base === undefined && scanned >= MAX_BASE_CANDIDATES
  }
}
