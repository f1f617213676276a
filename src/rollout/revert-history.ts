import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { isInProgress } from '../appconfig/deployment-states.js'
import { awsStep } from '../aws/aws-error.js'
import { requiredField } from '../aws/required-field.js'
import { listDeployments } from '../appconfig/list-deployments.js'
import { isManaged } from '../appconfig/managed-deployment.js'

/** One deployment of the history, as ListDeployments describes it. */
export interface PastDeployment {
  readonly deploymentNumber: number
  readonly state: string
  readonly profileId: string | undefined
  /** Hosted version number; undefined for a version that is not a number (not hosted). */
  readonly version: number | undefined
  readonly label: string | undefined
  readonly completedAt: Date | undefined
}

/** What a revert needs to know of an environment's deployments of one profile. */
export interface RevertHistory {
  /** A deployment in progress in the environment (of any profile). */
  readonly active: PastDeployment | undefined
  /** The newest COMPLETE deployment of the profile: what the environment runs. */
  readonly latest: PastDeployment | undefined
  /** The COMPLETE deployment of the profile before it: what a revert goes back to. */
  readonly previous: PastDeployment | undefined
}

/**
 * Reads the environment's deployments, newest first, until it has the latest and the previous
 * completed deployment of the profile. Rolled-back and reverted deployments are not COMPLETE,
 * so they are skipped, as AppConfig skips them when it picks what to serve.
 */
export async function readRevertHistory(
  client: AppConfigClient,
  scope: {
    readonly applicationId: string
    readonly environmentId: string
    readonly profileId: string
  }
): Promise<RevertHistory> {
  let active: PastDeployment | undefined
  const complete: PastDeployment[] = []
  await awsStep(
    "Reading the environment's deployments",
    'appconfig:ListDeployments',
    async () => {
      for await (const item of listDeployments(client, scope)) {
        const deployment: PastDeployment = {
          deploymentNumber: requiredField(
            item.DeploymentNumber,
            'DeploymentNumber',
            'appconfig:ListDeployments'
          ),
          state: item.State ?? '',
          profileId: item.ConfigurationProfileId,
          version: versionNumber(item.ConfigurationVersion),
          label: item.VersionLabel,
          completedAt: item.CompletedAt
        }
        if (active === undefined && isInProgress(item.State))
          active = deployment
        // An experiment's MANAGED deployment is never what a revert goes back to or undoes.
        if (
          item.ConfigurationProfileId === scope.profileId &&
          item.State === 'COMPLETE' &&
          !isManaged(item)
        )
          complete.push(deployment)
        if (complete.length === 2) return
      }
    }
  )
  return { active, latest: complete[0], previous: complete[1] }
}

function versionNumber(text: string | undefined): number | undefined {
  const n = Number(text)
  return text !== undefined && text !== '' && Number.isInteger(n)
    ? n
    : undefined
}
