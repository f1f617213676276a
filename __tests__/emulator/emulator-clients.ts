import { AppConfigClient } from '@aws-sdk/client-appconfig'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { AwsQueryProtocol } from '@aws-sdk/core/protocols'
import type { EmulatorSeed } from '../../emulator/index.js'

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

/**
 * One application (`app0001`) with a monitored environment (`prod001`, alarm `checkout-5xx`), an
 * unmonitored one (`beta001`), a FeatureFlags profile (`flags01`, versions 1–3 labelled v1–v3)
 * and a freeform one (`free001`, version 1), plus a 10-minute linear strategy `lin10`.
 */
export function checkoutSeed(): EmulatorSeed {
  return {
    alarms: [{ name: 'checkout-5xx' }],
    deploymentStrategies: [
      {
        id: 'lin10',
        name: 'linear-10',
        durationMinutes: 10,
        bakeMinutes: 5,
        growthFactor: 10
      }
    ],
    applications: [
      {
        id: 'app0001',
        name: 'checkout-service',
        environments: [
          { id: 'prod001', name: 'Production', monitors: ['checkout-5xx'] },
          { id: 'beta001', name: 'Beta' }
        ],
        configurationProfiles: [
          {
            id: 'flags01',
            name: 'checkout-flags',
            versions: [
              { content: flagsDocument(5), label: 'v1' },
              { content: flagsDocument(6), label: 'v2' },
              { content: flagsDocument(7), label: 'v3' }
            ]
          },
          {
            id: 'free001',
            name: 'checkout-settings',
            type: 'AWS.Freeform',
            versions: [{ content: '{"timeoutMs": 300}' }]
          }
        ]
      }
    ]
  }
}
