import { CreateHostedConfigurationVersionCommand } from '@aws-sdk/client-appconfig'
import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { InputError } from '../inputs/input-error.js'
import { findSameVersion, firstHolding, pointsAt } from './find-same-version.js'
import { contentHash } from './provenance.js'
import type { WrittenVersion } from './written-version.js'
import type { SeenVersion } from './read-history.js'
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
   * The newest hosted version of the profile the run knows of (from the deployments it read).
   * With a label that names its content (below), the write is tried on top of it first, with
   * no listing: nearly always right for a kill switch or a profile per environment, and one
   * call from the scarce List* budget saved (spec §2.10). A ConflictException means a newer
   * version exists, so the usual search follows.
   */
  readonly onTopOf?: number
  /** Versions the run saw deployed here: one with this label or content hash is read first. */
  readonly seen?: readonly SeenVersion[]
  /** Versions a check found holding this content (a promotion's source): compared first. */
  readonly alike?: readonly number[]
  /** Waits between conflicted writes (tests pass a no-op); jittered 0.5-1.5 s by default. */
  readonly pause?: (attempt: number) => Promise<void>
}

/** Conditional writes tried before a conflicted write gives up (a user-chosen label only). */
export const CONFLICT_ATTEMPTS = 5

/**
 * Writes the bundle as a hosted version, or reuses a version that already holds exactly this
 * content (first among the versions the run saw deployed, then findSameVersion: by label, by
 * the content hash this action's labels carry, then the newest few).
 *
 * Which lock a write takes depends on the label. A label ending in the content's hash (every
 * label this action makes) names this content only, so a concurrent writer can never make it
 * name other content: after a search the write is unconditional, and fifty runs writing one
 * profile at once all succeed. A label a person chose must name one content (AppConfig
 * documents no uniqueness rule for labels, but `configuration-version: <label>` would be
 * ambiguous): `Latest-Version-Number` makes its write conditional on the search having seen
 * every version, and on conflict the search runs again after a jittered pause, up to
 * CONFLICT_ATTEMPTS times. When the label already names other content the run stops and says so.
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
  const contentAddressed = label.endsWith(`-${contentHash(request.content)}`)
  // A promotion's source, the versions deployed here under this label or content hash, and the
  // version the write would go on top of (a Get each, cached; no List).
  const known = await firstHolding(
    versions,
    [
      ...(request.alike ?? []),
      ...(request.seen ?? [])
        .filter(pointsAt(label, request.content))
        .map((v) => v.number),
      ...(request.onTopOf === undefined ? [] : [request.onTopOf])
    ],
    request.content
  )
  if (known !== undefined) return { ...known, reused: true }
  if (contentAddressed && request.onTopOf !== undefined) {
    try {
      return await create(request.onTopOf)
    } catch (error) {
      if (!isAwsError(error, 'ConflictException')) throw error
    }
  }
  const pause = request.pause ?? jitteredPause
  for (let attempt = 1; ; attempt++) {
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
      return await create(contentAddressed ? undefined : latest)
    } catch (error) {
      if (
        isAwsError(error, 'ConflictException') &&
        attempt < CONFLICT_ATTEMPTS
      ) {
        await pause(attempt)
        continue
      }
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
          `Creating the hosted configuration version failed ${CONFLICT_ATTEMPTS} times with ConflictException (AppConfig said: ${said}); nothing was deployed. ${advice}`,
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

/** 0.5-1.5 s: runs that conflicted together do not search and write again in lock step. */
function jitteredPause(): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(resolve, 500 + Math.random() * 1000)
  )
}
