import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import type { Agent } from 'node:http'
import { InputError } from '../settings.js'
import { debugMiddleware } from './debug-middleware.js'
import { proxyFor } from './proxy-for.js'
import {
  fleetRetryStrategy,
  THROTTLED_MAX_ATTEMPTS,
  throttleDebugMiddleware,
  TRANSIENT_MAX_ATTEMPTS
} from './retry-strategy.js'

/** The AWS clients a rollout needs; CloudWatch clients per region (alarms may live elsewhere). */
export interface AwsClients {
  readonly region: string
  readonly appconfig: AppConfigClient
  cloudwatch(region: string): CloudWatchClient
}

/** package.json's version; __tests__/aws/clients.test.ts keeps the two equal. */
export const ACTION_VERSION = '0.1.0'

/** The product in every request's user agent, so CloudTrail shows which calls were ours. */
export const USER_AGENT = `appconfig-guarded-rollout/${ACTION_VERSION}`

/** Transport bounds: a stuck connection fails (and is retried) instead of hanging the step. */
export const REQUEST_TIMEOUT_MS = 30_000
export const CONNECTION_TIMEOUT_MS = 5_000

/**
 * Retry defaults, used only when AWS_RETRY_MODE / AWS_MAX_ATTEMPTS do not say otherwise: the
 * SDK's adaptive mode (it slows down once throttled, as a matrix of pipelines in one account
 * needs), 5 attempts for a 5xx or a dropped connection and 10 for throttling (retry-strategy.ts).
 */
export const DEFAULT_RETRY_MODE = 'adaptive'
export const DEFAULT_MAX_ATTEMPTS = TRANSIENT_MAX_ATTEMPTS

/**
 * The region when the input or the environment gives one: the input, else AWS_REGION, else
 * AWS_DEFAULT_REGION (the AWS CLI's variable, which the JavaScript SDK does not read itself;
 * configure-aws-credentials sets both). Undefined lets createClients ask the SDK's own chain.
 */
export function resolveRegion(
  input: string | undefined,
  env: NodeJS.ProcessEnv
): string | undefined {
  return input || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined
}

/** What createClients takes besides the region. */
export interface ClientOptions {
  /** The environment the settings were read from (proxy and retry variables); process.env by default. */
  readonly env?: NodeJS.ProcessEnv
  /** One line per AWS call (operation, target, request ID, attempts), for ACTIONS_STEP_DEBUG. */
  readonly debug?: (line: string) => void
  /** Called once per attempt AWS throttled (the summary counts them; debug or not). */
  readonly onThrottle?: () => void
  /** An endpoint to use for AppConfig (the post step passes the one the main step used). */
  readonly appconfigEndpoint?: string
  /** Transport bounds in ms; REQUEST_TIMEOUT_MS / CONNECTION_TIMEOUT_MS by default. */
  readonly timeouts?: {
    readonly requestMs?: number
    readonly connectionMs?: number
  }
}

/**
 * Creates the clients. The SDK is imported here, on demand, so validate mode never loads it.
 * Transport retries (throttling, 5xx, dropped connections) belong to the SDK: adaptive mode, 5
 * attempts and 10 when throttled, unless AWS_RETRY_MODE / AWS_MAX_ATTEMPTS say otherwise (the SDK
 * reads those itself, so with either set we only fill in what they leave out). AWS_ENDPOINT_URL(_APPCONFIG/_CLOUDWATCH)
 * are honoured by the SDK; HTTPS_PROXY / NO_PROXY by proxyFor, since the v3 SDK ignores them.
 * With no region from the input or the environment, the SDK's chain (the shared config
 * profile) decides; only if that fails too is it an input error.
 */
export async function createClients(
  region: string | undefined,
  options: ClientOptions = {}
): Promise<AwsClients> {
  const env = options.env ?? process.env
  const [{ AppConfigClient }, { CloudWatchClient }, { NodeHttpHandler }] =
    await Promise.all([
      import('@aws-sdk/client-appconfig'),
      import('@aws-sdk/client-cloudwatch'),
      import('@smithy/node-http-handler')
    ])
  const userRetry = Boolean(env.AWS_RETRY_MODE || env.AWS_MAX_ATTEMPTS)
  // A strategy per client: the adaptive rate limiter learns each service's throttling apart.
  const retry = (): object =>
    userRetry
      ? {
          ...(env.AWS_RETRY_MODE ? {} : { retryMode: DEFAULT_RETRY_MODE }),
          ...(env.AWS_MAX_ATTEMPTS ? {} : { maxAttempts: DEFAULT_MAX_ATTEMPTS })
        }
      : {
          retryMode: DEFAULT_RETRY_MODE,
          maxAttempts: THROTTLED_MAX_ATTEMPTS,
          retryStrategy: fleetRetryStrategy()
        }
  const handlerFor = async (endpoint: string) => {
    const agent = await proxyAgent(endpoint, env)
    return new NodeHttpHandler({
      requestTimeout: options.timeouts?.requestMs ?? REQUEST_TIMEOUT_MS,
      connectionTimeout:
        options.timeouts?.connectionMs ?? CONNECTION_TIMEOUT_MS,
      // Without it a request past requestTimeout only logs a warning and keeps waiting.
      throwOnRequestTimeout: true,
      ...(agent === undefined ? {} : { httpAgent: agent, httpsAgent: agent })
    })
  }
  const common = (): object => ({ ...retry(), customUserAgent: USER_AGENT })
  const appconfigEndpoint =
    options.appconfigEndpoint ??
    env.AWS_ENDPOINT_URL_APPCONFIG ??
    env.AWS_ENDPOINT_URL
  const appconfig = new AppConfigClient({
    ...(region === undefined ? {} : { region }),
    ...(options.appconfigEndpoint === undefined
      ? {}
      : { endpoint: options.appconfigEndpoint }),
    ...common(),
    requestHandler: await handlerFor(
      appconfigEndpoint ?? awsEndpoint('appconfig', region)
    )
  })
  addDebug(appconfig, options)
  const resolved = region ?? (await regionFromChain(appconfig))
  const cloudwatchEndpoint =
    env.AWS_ENDPOINT_URL_CLOUDWATCH ?? env.AWS_ENDPOINT_URL
  const cloudwatch = new Map<string, CloudWatchClient>()
  // One handler per alarm region, made before first use so cloudwatch() stays synchronous.
  const cloudwatchHandler = await handlerFor(
    cloudwatchEndpoint ?? awsEndpoint('monitoring', resolved)
  )
  return {
    region: resolved,
    appconfig,
    cloudwatch(alarmRegion) {
      let client = cloudwatch.get(alarmRegion)
      if (client === undefined) {
        client = new CloudWatchClient({
          region: alarmRegion,
          ...common(),
          requestHandler: cloudwatchHandler
        })
        addDebug(client, options)
        cloudwatch.set(alarmRegion, client)
      }
      return client
    }
  }
}

/**
 * A debug line per call (outside the retries), and per throttled attempt (inside them) a debug
 * line and a count for the summary.
 */
function addDebug(
  client: AppConfigClient | CloudWatchClient,
  options: Pick<ClientOptions, 'debug' | 'onThrottle'>
): void {
  const { debug, onThrottle } = options
  const stack = client.middlewareStack as AppConfigClient['middlewareStack']
  if (debug !== undefined)
    stack.add(debugMiddleware(debug), {
      step: 'initialize',
      name: 'appconfigGuardedRolloutDebug'
    })
  if (debug !== undefined || onThrottle !== undefined)
    stack.add(
      throttleDebugMiddleware((line) => {
        onThrottle?.()
        debug?.(line)
      }),
      {
        step: 'deserialize',
        priority: 'high',
        name: 'appconfigGuardedRolloutThrottleDebug'
      }
    )
}

/** The SDK's own answer (AWS_REGION, then the shared config profile), or an input error. */
async function regionFromChain(client: AppConfigClient): Promise<string> {
  try {
    const region = await client.config.region()
    if (region) return region
  } catch {
    // "Region is missing": the SDK found none; the message below says where to set one.
  }
  throw new InputError(
    'region',
    "No AWS region: set the input 'region', or AWS_REGION (aws-actions/configure-aws-credentials sets it from its aws-region input), or a region in the shared config profile (AWS_PROFILE, ~/.aws/config)."
  )
}

/**
 * The public endpoint of a service in a region, only to decide whether NO_PROXY exempts it
 * (the SDK computes the real one). China regions are under amazonaws.com.cn.
 */
export function awsEndpoint(
  service: string,
  region: string | undefined
): string {
  const suffix = region?.startsWith('cn-')
    ? 'amazonaws.com.cn'
    : 'amazonaws.com'
  return `https://${service}.${region ?? 'us-east-1'}.${suffix}`
}

/**
 * An agent through the proxy the environment names for this endpoint, or undefined for a
 * direct connection. https-proxy-agent is loaded only when a proxy applies (self-hosted
 * runners behind one); it tunnels with CONNECT, so it serves http and https endpoints alike.
 */
async function proxyAgent(
  endpoint: string,
  env: NodeJS.ProcessEnv
): Promise<Agent | undefined> {
  const proxy = proxyFor(endpoint, env)
  if (proxy === undefined) return undefined
  const { HttpsProxyAgent } = await import('https-proxy-agent')
  return new HttpsProxyAgent(proxy, { keepAlive: true })
}
