import { CreateHostedConfigurationVersionCommand } from '@aws-sdk/client-appconfig'
import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { InputError } from '../inputs/input-error.js'
import { findSameVersion } from './find-same-version.js'
import type { WrittenVersion } from './written-version.js'
import {
  AwsStepError,
  conflictAdvice,
  describeAwsError,
  isAwsError
} from '../aws/aws-error.js'
import { requiredField } from '../aws/required-field.js'
import type { VersionReader } from './version-reader.js'
import { toHeaderLabel, toHeaderText } from '../inputs/header-text.js'

export interface VersionRequest {
  readonly applicationId: string
  readonly profileId: string
  /** Canonical JSON of the bundle. */
  readonly content: string
  readonly label: string
  readonly description: string
  /** For messages: the profile's name. */
  readonly profileName?: string
  /**
   * A kill switch's write: the version the environment runs, which the content was made from.
   * It is nearly always the profile's newest, so the write is tried on top of it first, with
   * no listing (at 3 a.m. one call, not three); when AppConfig answers that a newer version
   * exists, the usual search for an identical version and the usual write follow.
   */
  readonly onTopOf?: number
}

/**
 * Writes the bundle as a hosted version, or reuses a version that already holds exactly this
 * content (findSameVersion: by label, by the content hash this action's labels carry, then the
 * newest few). A label is never written a second time: when it already names other content the
 * run stops and says so (AppConfig documents no uniqueness rule for labels, but a label naming
 * two contents makes `configuration-version: <label>` ambiguous). `Latest-Version-Number` makes
 * the write conditional, so a concurrent writer is never overwritten: on conflict the versions
 * are read again and the write is tried once more, then the run fails.
 */
export async function writeVersion(
  client: AppConfigClient,
  versions: VersionReader,
  request: VersionRequest
): Promise<WrittenVersion> {
  const scope = {
    applicationId: request.applicationId,
    profileId: request.profileId
  }
  // Both travel in HTTP headers, which AppConfig limits to ASCII (header-text.ts).
  const label = toHeaderLabel(request.label)
  const description = toHeaderText(request.description).slice(0, 1024)
  const respelled = {
    ...(label !== request.label && {
      label: { typed: request.label, sent: label }
    }),
    ...(description !== request.description && {
      description: { typed: request.description, sent: description }
    })
  }
  const create = async (
    latest: number | undefined
  ): Promise<WrittenVersion> => {
    const output = await client.send(
      new CreateHostedConfigurationVersionCommand({
        ApplicationId: request.applicationId,
        ConfigurationProfileId: request.profileId,
        Content: new TextEncoder().encode(request.content),
        ContentType: 'application/json',
        Description: description,
        VersionLabel: label,
        LatestVersionNumber: latest
      })
    )
    return {
      number: requiredField(
        output.VersionNumber,
        'VersionNumber',
        'appconfig:CreateHostedConfigurationVersion'
      ),
      label: output.VersionLabel ?? label,
      reused: false,
      ...(Object.keys(respelled).length > 0 && { respelled })
    }
  }
  // Tried once; a ConflictException (a newer version exists) falls through to the search.
  let onTopOf = request.onTopOf
  for (let attempt = 1; ; attempt++) {
    if (onTopOf !== undefined) {
      const latest = onTopOf
      onTopOf = undefined
      try {
        return await create(latest)
      } catch (error) {
        if (!isAwsError(error, 'ConflictException')) throw error
      }
    }
    const { latest, same, labelTakenBy } = await findSameVersion(
      client,
      versions,
      scope,
      request.content,
      label
    )
    if (same !== undefined)
      return { number: same.number, label: same.label, reused: true }
    if (labelTakenBy !== undefined)
      throw new InputError(
        'version-label',
        `The version label '${label}' already names hosted version ${labelTakenBy} of ${request.profileName ?? 'this configuration profile'}, which holds other content. A label names one content, so nothing was written or deployed. Set the input version-label to a new label, or leave it empty: the default label is made from the commit and the content.`
      )
    try {
      return await create(latest)
    } catch (error) {
      if (isAwsError(error, 'ConflictException') && attempt < 2) continue
      const described = describeAwsError(
        error,
        'Creating the hosted configuration version',
        'appconfig:CreateHostedConfigurationVersion'
      )
      if (isAwsError(error, 'ConflictException')) {
        const advice = conflictAdvice(
          'appconfig:CreateHostedConfigurationVersion'
        )
        const said = error instanceof Error ? error.message : String(error)
        throw new AwsStepError(
          `Creating the hosted configuration version failed twice with ConflictException (AppConfig said: ${said}); nothing was deployed. ${advice}`,
          described.step,
          described.errorName,
          undefined,
          false,
          error,
          undefined,
          advice
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
