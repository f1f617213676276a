/**
 * The Content stage: what a run deploys, whatever said it. A bundle file, an existing hosted
 * version (`configuration-version`), and later a `set-flags` patch of what runs, all become one
 * validated `Content`; the stages after it (Plan, Rollout) do not care which.
 *
 * Entry points, one file each:
 * - `readBundleContent(settings, today)` (read-bundle-content.ts): the `bundle` file; no AWS.
 * - `readVersionContent(client, target, versions, settings, today)` (read-version-content.ts):
 *   an existing hosted version, by number or label; needs the target, so it runs after it.
 * Each returns a `ContentResult`: the content, or a failure (with the bundle report when the
 * content was read but is invalid, so every problem is still annotated).
 *
 * Adding a source: give `ContentSource` a value (it becomes the deployment's
 * `appconfig-guarded-rollout:source` tag), add a `read…Content` file returning `ContentResult`.
 */
import type { DeploymentSource } from '../appconfig/deployment-source.js'
import type { BundleReport } from '../bundle/bundle-report.js'
import type { Failure } from '../failure.js'

/** Where the content came from; also the source tag of the deployment that ships it. */
export type ContentSource = DeploymentSource

/** What to deploy, validated. */
export interface Content {
  readonly source: ContentSource
  /** The parsed content (a feature-flag document), to diff, merge and hash. */
  readonly value: unknown
  /** Its JSON text: what a new hosted version would hold. */
  readonly text: string
  /** What was validated and how it fared, for the summary and the annotations. */
  readonly bundle?: BundleReport
  /**
   * The existing hosted version this content is, when it is deployed as is (source `version`):
   * the rollout then starts a deployment of it instead of writing a new version.
   */
  readonly version?: {
    readonly number: number
    readonly label: string | undefined
  }
  /** The deployment's description and the new version's label this content asks for. */
  readonly description?: string
  readonly label?: string
}

/** The Content stage's answer: the content, or why there is none. */
export type ContentResult =
  | {
      readonly content: Content
      readonly failure?: undefined
      readonly bundle?: undefined
    }
  | {
      readonly content?: undefined
      readonly failure: Failure
      readonly bundle?: BundleReport
    }
