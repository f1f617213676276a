import {
  CreateHostedConfigurationVersionCommand,
  paginateListHostedConfigurationVersions
} from '@aws-sdk/client-appconfig'
import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { isSameContent } from '../bundle/same-content.js'
import type { WrittenVersion } from './written-version.js'
import {
  AwsStepError,
  awsStep,
  describeAwsError,
  isAwsError
} from '../aws/aws-error.js'
import { requiredField } from '../aws/required-field.js'
import type { VersionReader } from './read-deployments.js'

export interface VersionRequest {
  readonly applicationId: string
  readonly profileId: string
  /** Canonical JSON of the bundle. */
  readonly content: string
  readonly label: string
  readonly description: string
  /**
   * The hosted version the environment runs, when the plan found its content differs from the
   * bundle. It is usually the profile's newest version, so the write tries it as
   * `Latest-Version-Number` first and lists the versions (the scarce List budget) only when
   * AppConfig answers that it is not the newest.
   */
  readonly liveVersion?: number
}

/** The newest hosted version's number (versions are not listed in a documented order). */
async function latestVersion(
  client: AppConfigClient,
  request: VersionRequest
): Promise<number | undefined> {
  return awsStep(
    'Listing hosted configuration versions',
    'appconfig:ListHostedConfigurationVersions',
    async () => {
      let latest: number | undefined
      const pages = paginateListHostedConfigurationVersions(
        { client, pageSize: 50 },
        {
          ApplicationId: request.applicationId,
          ConfigurationProfileId: request.profileId
        }
      )
      for await (const page of pages) {
        for (const item of page.Items ?? []) {
          if (
            item.VersionNumber !== undefined &&
            (latest === undefined || item.VersionNumber > latest)
          ) {
            latest = item.VersionNumber
          }
        }
      }
      return latest
    }
  )
}

/**
 * Writes the bundle as a hosted version, or reuses the latest one when it already holds exactly
 * this content (AppConfig's `_createdAt`/`_updatedAt` aside). `Latest-Version-Number` makes the
 * write conditional, so a concurrent writer is never overwritten: on conflict the versions are
 * read again and the write is tried once more, then the run fails.
 */
export async function writeVersion(
  client: AppConfigClient,
  versions: VersionReader,
  request: VersionRequest
): Promise<WrittenVersion> {
  const bundle: unknown = JSON.parse(request.content)
  // Its content is known to differ from the bundle: nothing to reuse, and no List call.
  let guess = request.liveVersion
  for (let attempt = 1; ; attempt++) {
    const latest = guess ?? (await latestVersion(client, request))
    if (latest !== undefined && guess === undefined) {
      const stored = await versions.read(latest)
      if (isSameContent(stored.content, bundle)) {
        return { number: latest, label: stored.label, reused: true }
      }
    }
    try {
      const output = await client.send(
        new CreateHostedConfigurationVersionCommand({
          ApplicationId: request.applicationId,
          ConfigurationProfileId: request.profileId,
          Content: new TextEncoder().encode(request.content),
          ContentType: 'application/json',
          Description: request.description,
          VersionLabel: request.label,
          LatestVersionNumber: latest
        })
      )
      return {
        number: requiredField(
          output.VersionNumber,
          'VersionNumber',
          'appconfig:CreateHostedConfigurationVersion'
        ),
        label: output.VersionLabel ?? request.label,
        reused: false
      }
    } catch (error) {
      if (guess !== undefined && isAwsError(error, 'ConflictException')) {
        // A newer version exists (or the label is taken): list, reuse or write as before.
        guess = undefined
        attempt--
        continue
      }
      if (isAwsError(error, 'ConflictException') && attempt < 2) continue
      const described = describeAwsError(
        error,
        'Creating the hosted configuration version',
        'appconfig:CreateHostedConfigurationVersion'
      )
      if (isAwsError(error, 'ConflictException')) {
        throw new AwsStepError(
          `Creating the hosted configuration version failed twice with ConflictException (${described.message}). Either another writer created versions of this profile at the same moment, or the version label is already taken (choose another with the input version-label). Nothing was deployed.`,
          described.step,
          described.errorName,
          undefined,
          false,
          error
        )
      }
      if (isAwsError(error, 'BadRequestException')) {
        throw new AwsStepError(
          `AppConfig refused the bundle although it passed local validation (${described.message}). Nothing was deployed. Please report this with the bundle, so the local checks can learn the rule.`,
          described.step,
          described.errorName,
          undefined,
          false,
          error
        )
      }
      throw described
    }
  }
}
