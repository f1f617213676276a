import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { AwsStepError, awsStep } from '../aws/aws-error.js'
import { requiredField } from '../aws/required-field.js'
import type { AccountScope } from './deployment-arn.js'
import type { Target } from './target.js'
import { deploymentArn } from './deployment-arn.js'
import { isPipelineSource, sourceOf } from './deployment-source.js'
import { isInProgress } from './deployment-states.js'
import { listDeployments } from './list-deployments.js'
import { isManaged } from './managed-deployment.js'
import {
  readDeploymentDescription,
  readDeploymentTags
} from './read-deployment-tags.js'

/** Deployments looked at, newest first, before giving up on finding a drift base. */
export const MAX_BASE_CANDIDATES = 20

/** The start of the description the action writes when the `description` input is empty. */
export const DESCRIPTION_PREFIX = 'Deployed by AppConfig Guarded Rollout'

/** One deployment of an environment, as ListDeployments describes it: the one type for "what runs". */
export interface PastDeployment {
  readonly deploymentNumber: number
  readonly state: string
  readonly profileId: string | undefined
  /** Hosted version number; undefined for a version that is not a number (not hosted). */
  readonly version: number | undefined
  readonly label: string | undefined
  readonly percentage: number | undefined
  readonly completedAt: Date | undefined
  /** AppConfig's own deployment for an experiment run (DeploymentSummary.Type MANAGED). */
  readonly managed?: true
}

/** A deployment and the content of its hosted version (what runs, or a drift base). */
export interface DeployedVersion {
  readonly deploymentNumber: number
  readonly version: number
  readonly label: string | undefined
  readonly content: unknown
  readonly state?: string
}

/** An environment and one of its profiles: what ListDeployments and the tags need. */
export interface DeploymentScope {
  readonly applicationId: string
  readonly environmentId: string
  readonly profileId: string
}

/** The target's environment and profile, as ListDeployments and the tags need them. */
export function deploymentScopeOf(target: Target): DeploymentScope {
  return {
    applicationId: target.application.id,
    environmentId: target.environment.id,
    profileId: target.profile.id
  }
}

/** What one walk of an environment's deployments learned, for every reader of one plan. */
export interface DeploymentHistory {
  /** A deployment in progress in the environment (of any profile). */
  readonly active: PastDeployment | undefined
  /**
   * The environment's newest deployment number, any profile (undefined: none yet): the
   * `LatestDeploymentNumber` a start from this reading sends, so AppConfig refuses it if
   * anything was started since.
   */
  readonly latestNumber: number | undefined
  /** The newest COMPLETE deployment of the profile: what the environment runs. */
  readonly live: PastDeployment | undefined
  /** The COMPLETE deployment of the profile before it, when asked for (what a revert gives). */
  readonly previous: PastDeployment | undefined
  /** With `base`: the action's newest bundle or version deployment that reached COMPLETE. */
  readonly base: PastDeployment | undefined
  /** How the action's deployments were told apart (with `base`). */
  readonly recognisedBy: 'tags' | 'description' | undefined
  /** Completed deployments of the profile looked at for the base. */
  readonly scanned: number
  /** True when the base search stopped at MAX_BASE_CANDIDATES without finding one. */
  readonly limitReached: boolean
  /**
   * The hosted versions of the profile the walk saw deployed (any state), newest first: a write
   * looks among them for one holding its content, and writes on top of the newest.
   */
  readonly seenVersions: readonly SeenVersion[]
  /** The profile's newest deployment in any state (AppConfig's MANAGED ones aside): `live`, or one after it. */
  readonly newest: PastDeployment | undefined
  /** The newest deployment of the profile, when AppConfig made it for an experiment (MANAGED). */
  readonly experimentDeployment?: {
    readonly deploymentNumber: number
    readonly state: string
  }
}

/** A hosted version a deployment named, as ListDeployments gives it. */
export interface SeenVersion {
  readonly number: number
  readonly label: string | undefined
}

export interface HistoryOptions {
  /** The step named when the reading fails; "Reading the environment's deployments" by default. */
  readonly step?: string
  /** Read on to the completed deployment before the live one (a revert's target). */
  readonly previous?: boolean
  /**
   * Find the drift base: the newest deployment this action started from a bundle or a version
   * (tag `appconfig-guarded-rollout:source`; by the default description without an account).
   */
  readonly base?: { readonly account: AccountScope | undefined }
}

/**
 * Walks the environment's deployments once, newest first, and stops as soon as it knows what
 * was asked: whether one is in progress, the newest number, what runs, and (on request) the
 * deployment before it and the drift base. Rolled-back and reverted deployments never run, as
 * AppConfig skips them when it picks what to serve; a REVERTED deployment of the action is
 * still the drift base (what it deployed was undone out of band). Errors are never swallowed:
 * a missed page would make an old version look current (koh-sh/apcdeploy#103).
 */
export async function readHistory(
  client: AppConfigClient,
  scope: DeploymentScope,
  options: HistoryOptions = {}
): Promise<DeploymentHistory> {
  let active: PastDeployment | undefined
  let latestNumber: number | undefined
  let live: PastDeployment | undefined
  let previous: PastDeployment | undefined
  let base: PastDeployment | undefined
  let scanned = 0
  let liveText = ''
  let seenOfProfile = false
  let experimentDeployment: DeploymentHistory['experimentDeployment']
  const seenVersions: SeenVersion[] = []
  let newest: PastDeployment | undefined
  const step = options.step ?? "Reading the environment's deployments"
  const account = options.base?.account
  // The default description names the action (only bundle and version deploys get it: a kill
  // switch's starts "set-flags by", a revert's names the revert), so a Get (100 a second) settles
  // most candidates; the tag (ListTagsForResource, from the scarce List* budget of 10 a second,
  // spec §2.10) is read only for a description a person wrote.
  const isOurs = async (deploymentNumber: number): Promise<boolean> => {
    const description = await readDeploymentDescription(
      client,
      scope,
      deploymentNumber
    )
    if (description?.startsWith(DESCRIPTION_PREFIX) === true) return true
    if (account === undefined) return false
    return isPipelineSource(
      sourceOf(
        await readDeploymentTags(
          client,
          deploymentArn(
            account,
            scope.applicationId,
            scope.environmentId,
            deploymentNumber
          ),
          deploymentNumber
        )
      )
    )
  }
  const done = (): boolean =>
    live !== undefined &&
    (!options.previous || previous !== undefined) &&
    (options.base === undefined ||
      base !== undefined ||
      scanned >= MAX_BASE_CANDIDATES)

  await awsStep(step, 'appconfig:ListDeployments', async () => {
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
        percentage: item.PercentageComplete,
        completedAt: item.CompletedAt,
        ...(isManaged(item) ? { managed: true as const } : {})
      }
      // Listed newest first; the maximum does not rely on it.
      if (
        latestNumber === undefined ||
        deployment.deploymentNumber > latestNumber
      )
        latestNumber = deployment.deploymentNumber
      if (active === undefined && isInProgress(item.State)) active = deployment
      if (item.ConfigurationProfileId !== scope.profileId) continue
      const first = !seenOfProfile
      seenOfProfile = true
      // An experiment's MANAGED deployment re-serves what was deployed with its treatments on
      // top: never what runs, a revert's target or the drift base (managed-deployment.ts).
      if (deployment.managed === true) {
        if (first)
          experimentDeployment = {
            deploymentNumber: deployment.deploymentNumber,
            state: deployment.state
          }
        continue
      }
      newest ??= deployment
      if (
        deployment.version !== undefined &&
        !seenVersions.some((v) => v.number === deployment.version)
      )
        seenVersions.push({
          number: deployment.version,
          label: deployment.label
        })
      if (item.State === 'COMPLETE' && item.ConfigurationVersion) {
        if (live === undefined) {
          live = deployment
          liveText = item.ConfigurationVersion
        } else if (previous === undefined) previous = deployment
      }
      if (
        options.base !== undefined &&
        base === undefined &&
        scanned < MAX_BASE_CANDIDATES &&
        (item.State === 'COMPLETE' || item.State === 'REVERTED') &&
        deployment.version !== undefined
      ) {
        scanned++
        if (await isOurs(deployment.deploymentNumber)) base = deployment
      }
      if (done()) return
    }
  })
  if (live !== undefined && live.version === undefined)
    throw new AwsStepError(
      `Deployment ${live.deploymentNumber} names configuration version '${liveText}', which is not a hosted version number.`,
      step,
      'UnexpectedAnswer'
    )
  return {
    active,
    latestNumber,
    live,
    previous,
    base,
    recognisedBy:
      options.base === undefined
        ? undefined
        : account === undefined
          ? 'description'
          : 'tags',
    scanned,
    limitReached:
      options.base !== undefined &&
      base === undefined &&
      scanned >= MAX_BASE_CANDIDATES,
    seenVersions,
    newest,
    experimentDeployment
  }
}

function versionNumber(text: string | undefined): number | undefined {
  const n = Number(text)
  return text !== undefined && text !== '' && Number.isInteger(n)
    ? n
    : undefined
}
