import { GetHostedConfigurationVersionCommand } from '@aws-sdk/client-appconfig'
import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { AwsStepError, awsStep } from '../aws/aws-error.js'

/** A hosted version's parsed content and label. */
export interface StoredVersion {
  readonly number: number
  readonly label: string | undefined
  readonly content: unknown
}

/** Reads hosted versions of one profile, each at most once per run. */
export class VersionReader {
  constructor(
    private readonly client: AppConfigClient,
    private readonly applicationId: string,
    private readonly profileId: string,
    private readonly cache = new Map<number, Promise<StoredVersion>>()
  ) {}

  /** The same reader, sharing what it read, sending through another client (a bounded one). */
  through(client: AppConfigClient): VersionReader {
    return new VersionReader(
      client,
      this.applicationId,
      this.profileId,
      this.cache
    )
  }

  read(number: number): Promise<StoredVersion> {
    let version = this.cache.get(number)
    if (version === undefined) {
      version = this.fetch(number)
      this.cache.set(number, version)
    }
    return version
  }

  private async fetch(number: number): Promise<StoredVersion> {
    const output = await awsStep(
      `Reading hosted configuration version ${number}`,
      'appconfig:GetHostedConfigurationVersion',
      () =>
        this.client.send(
          new GetHostedConfigurationVersionCommand({
            ApplicationId: this.applicationId,
            ConfigurationProfileId: this.profileId,
            VersionNumber: number
          })
        )
    )
    const text = new TextDecoder().decode(output.Content ?? new Uint8Array())
    let content: unknown
    try {
      content = JSON.parse(text)
    } catch {
      throw new AwsStepError(
        `Hosted configuration version ${number} is not JSON, so it cannot be compared with the bundle; is this really a feature-flag profile?`,
        `Reading hosted configuration version ${number}`,
        'UnexpectedAnswer'
      )
    }
    return { number, label: output.VersionLabel, content }
  }
}
