import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { InputError } from '../settings.js'

/** The AWS clients a rollout needs; CloudWatch clients per region (alarms may live elsewhere). */
export interface AwsClients {
  readonly region: string
  readonly appconfig: AppConfigClient
  cloudwatch(region: string): CloudWatchClient
}

const USER_AGENT = 'appconfig-guarded-rollout'

/** The region: the input, else AWS_REGION / AWS_DEFAULT_REGION (configure-aws-credentials sets both). */
export function resolveRegion(
  input: string | undefined,
  env: NodeJS.ProcessEnv
): string {
  const region = input ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION)
  if (!region) {
    throw new InputError(
      'region',
      "No AWS region: set the input 'region', or AWS_REGION (aws-actions/configure-aws-credentials sets it from its aws-region input)."
    )
  }
  return region
}

/**
 * Creates the clients. The SDK is imported here, on demand, so validate mode never loads it.
 * Transport retries (throttling, 5xx, dropped connections) belong to the SDK: standard mode,
 * bounded attempts, jittered backoff. AWS_ENDPOINT_URL(_APPCONFIG/_CLOUDWATCH) are honoured.
 */
export async function createClients(region: string): Promise<AwsClients> {
  const [{ AppConfigClient }, { CloudWatchClient }] = await Promise.all([
    import('@aws-sdk/client-appconfig'),
    import('@aws-sdk/client-cloudwatch')
  ])
  const common = {
    retryMode: 'standard',
    maxAttempts: 5,
    customUserAgent: USER_AGENT
  }
  const cloudwatch = new Map<string, CloudWatchClient>()
  return {
    region,
    appconfig: new AppConfigClient({ region, ...common }),
    cloudwatch(alarmRegion) {
      let client = cloudwatch.get(alarmRegion)
      if (client === undefined) {
        client = new CloudWatchClient({ region: alarmRegion, ...common })
        cloudwatch.set(alarmRegion, client)
      }
      return client
    }
  }
}
