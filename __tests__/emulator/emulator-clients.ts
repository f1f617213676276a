import { AppConfigClient } from '@aws-sdk/client-appconfig'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { AwsQueryProtocol } from '@aws-sdk/core/protocols'

const credentials = { accessKeyId: 'emulator', secretAccessKey: 'emulator' }

/** A real AppConfig client pointed at the emulator. */
export function appConfigClient(
  endpoint: string,
  maxAttempts = 1
): AppConfigClient {
  return new AppConfigClient({
    endpoint,
    region: 'us-east-1',
    credentials,
    maxAttempts
  })
}

/** A real CloudWatch client; `query` forces the AWS Query protocol that aws-cli 2.9 speaks. */
export function cloudWatchClient(
  endpoint: string,
  options: { query?: boolean; maxAttempts?: number } = {}
): CloudWatchClient {
  return new CloudWatchClient({
    endpoint,
    region: 'us-east-1',
    credentials,
    maxAttempts: options.maxAttempts ?? 1,
    ...(options.query === true ? { protocol: AwsQueryProtocol } : {})
  })
}

export const MINUTE = 60_000

/** A small valid FeatureFlags document. */
export function flagsDocument(discount = 5): string {
  return JSON.stringify({
    version: '1',
    flags: {
      'allow-bitcoin-at-checkout': {
        name: 'Allow Bitcoin at checkout',
        attributes: {
          'bitcoin-discount-percentage': {
            constraints: { type: 'number', minimum: 0, maximum: 100 }
          }
        }
      }
    },
    values: {
      'allow-bitcoin-at-checkout': {
        enabled: true,
        'bitcoin-discount-percentage': discount
      }
    }
  })
}
