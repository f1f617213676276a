import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { isSameContent } from '../bundle/same-content.js'
import { listHostedVersions } from './list-hosted-versions.js'
import { contentHash } from './provenance.js'
import type { VersionReader } from './version-reader.js'

/** How many of the newest versions are read when no label points at the content. */
export const RECENT_VERSIONS_READ = 3

/** What the hosted versions of a profile hold for one bundle and label. */
export interface SameVersionSearch {
  /** The newest version's number (the write's `LatestVersionNumber`); undefined when none. */
  readonly latest: number | undefined
  /** A version holding exactly this content, to deploy instead of writing a copy. */
  readonly same:
    { readonly number: number; readonly label: string | undefined } | undefined
  /** The version that already carries the label, with other content (when `same` is undefined). */
  readonly labelTakenBy: number | undefined
}

/**
 * Looks for a hosted version that already holds `content` (AppConfig's `_createdAt`/`_updatedAt`
 * aside), reading as few versions as it can: first the one carrying `label`, then those whose
 * label ends in the content's hash (every label this action makes does, so the same bundle
 * deployed from another commit or by a kill switch is found), then the newest few. One listing,
 * and each version read at most once per run (VersionReader caches).
 */
export async function findSameVersion(
  client: AppConfigClient,
  versions: VersionReader,
  scope: { applicationId: string; profileId: string },
  content: string,
  label: string
): Promise<SameVersionSearch> {
  const listed = await listHostedVersions(client, scope)
  const newestFirst = [...listed].sort((a, b) => b.number - a.number)
  const latest = newestFirst[0]?.number
  const labelled = newestFirst.filter((v) => v.label === label)
  const hashed = newestFirst.filter(pointsAt(label, content))
  const same = await firstHolding(
    versions,
    [...labelled, ...hashed, ...newestFirst.slice(0, RECENT_VERSIONS_READ)].map(
      (v) => v.number
    ),
    content
  )
  if (same !== undefined) return { latest, same, labelTakenBy: undefined }
  return { latest, same: undefined, labelTakenBy: labelled[0]?.number }
}

/**
 * Whether a version's label points at `content`: it is `label`, or it ends in the content's
 * hash, as every label this action makes does (the same bundle from another commit, a kill
 * switch's version of it).
 */
export function pointsAt(
  label: string,
  content: string
): (version: { readonly label?: string | undefined }) => boolean {
  const suffix = `-${contentHash(content)}`
  return (version) =>
    version.label === label || version.label?.endsWith(suffix) === true
}

/**
 * The first of `numbers`, in order, whose version holds exactly `content` (AppConfig's
 * `_createdAt`/`_updatedAt` aside); each read once (the VersionReader caches across calls).
 */
export async function firstHolding(
  versions: VersionReader,
  numbers: readonly number[],
  content: string
): Promise<{ number: number; label: string | undefined } | undefined> {
  const bundle: unknown = JSON.parse(content)
  for (const number of new Set(numbers)) {
    const stored = await versions.read(number)
    if (isSameContent(stored.content, bundle))
      return { number, label: stored.label }
  }
  return undefined
}
