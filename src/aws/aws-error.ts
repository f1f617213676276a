import { ActionError, type Failure } from '../failure.js'

/**
 * AWS errors turned into messages a person can act on: the step that failed, what AWS said,
 * and what to do (the IAM action to grant, the resource that was not found...).
 */

/** An AWS call that failed, with the step and the fix; `cause` is the SDK's own error. */
export class AwsStepError extends ActionError {
  /** AWS's request ID for the failed call (from the SDK error's `$metadata`), if any. */
  readonly requestId: string | undefined

  constructor(
    message: string,
    readonly step: string,
    readonly errorName: string,
    readonly iamAction?: string,
    /** Throttling, 5xx or network: worth trying again later (the watch's next poll). */
    readonly transient = false,
    cause?: unknown
  ) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'AwsStepError'
    this.requestId = requestIdOf(cause)
  }

  toFailure(): Failure {
    return {
      kind: 'aws',
      message: this.message,
      step: this.step,
      errorName: this.errorName,
      iamAction: this.iamAction,
      requestId: this.requestId
    }
  }
}

/** The request ID an SDK error carries, looking through AwsStepError causes. */
export function requestIdOf(error: unknown): string | undefined {
  if (error instanceof AwsStepError) return error.requestId
  const id = (error as { $metadata?: { requestId?: unknown } } | undefined)
    ?.$metadata?.requestId
  return typeof id === 'string' && id !== '' ? id : undefined
}

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException'
])

/** The name an SDK error carries (`ConflictException`, `AccessDeniedException`...). */
export function errorName(error: unknown): string {
  if (error instanceof AwsStepError) return error.errorName
  if (typeof error === 'object' && error !== null) {
    const named = error as { name?: unknown; Code?: unknown }
    if (typeof named.name === 'string' && named.name !== 'Error')
      return named.name
    if (typeof named.Code === 'string') return named.Code
  }
  return 'Error'
}

/** True for SDK errors of this name. */
export function isAwsError(error: unknown, ...names: string[]): boolean {
  return names.includes(errorName(error))
}

/** Errors worth another try on the next poll: throttling, 5xx, network. */
export function isTransient(error: unknown): boolean {
  if (error instanceof AwsStepError) return error.transient
  const name = errorName(error)
  if (
    /Throttl|TooManyRequests|RequestLimitExceeded|InternalServer|ServiceUnavailable|TimeoutError|RequestTimeout/.test(
      name
    )
  )
    return true
  const status = (error as { $metadata?: { httpStatusCode?: number } })
    .$metadata?.httpStatusCode
  if (status !== undefined && (status >= 500 || status === 429)) return true
  const code = (error as { code?: unknown }).code
  return (
    typeof code === 'string' &&
    /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN)$/.test(code)
  )
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Runs one AWS call; a failure becomes an AwsStepError naming the step, the API and the fix.
 * `api` is the IAM action's name (`appconfig:ListApplications`).
 */
export async function awsStep<T>(
  step: string,
  api: string,
  call: () => Promise<T>
): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw describeAwsError(error, step, api)
  }
}

/**
 * Errors that mean no service answered at all: nothing listens at the endpoint, or its name
 * does not resolve. Retrying does not help and AWS is not throttling; the endpoint is wrong.
 */
const NOTHING_ANSWERED = new Set(['ECONNREFUSED', 'ENOTFOUND'])

/** The endpoint override that applies to `api` (`appconfig:…`, `cloudwatch:…`), if one is set. */
function endpointOverride(
  api: string,
  env: NodeJS.ProcessEnv
): { name: string; url: string } | undefined {
  const service = api.split(':')[0].toUpperCase()
  for (const name of [`AWS_ENDPOINT_URL_${service}`, 'AWS_ENDPOINT_URL']) {
    const url = env[name]
    if (url) return { name, url }
  }
  return undefined
}

/** The address a socket error names (`127.0.0.1:4566`, a host name), if it names one. */
function addressOf(error: unknown): string | undefined {
  const { address, port, hostname } = error as {
    address?: unknown
    port?: unknown
    hostname?: unknown
  }
  if (typeof address === 'string')
    return typeof port === 'number' ? `${address}:${port}` : address
  return typeof hostname === 'string' ? hostname : undefined
}

/** An AWS error as an AwsStepError (unchanged when it already is one). */
export function describeAwsError(
  error: unknown,
  step: string,
  api: string,
  env: NodeJS.ProcessEnv = process.env
): AwsStepError {
  if (error instanceof AwsStepError) return error
  const name = errorName(error)
  const said = messageOf(error)
  const code = (error as { code?: unknown } | undefined)?.code
  if (typeof code === 'string' && NOTHING_ANSWERED.has(code)) {
    const override = endpointOverride(api, env)
    const address = addressOf(error)
    const where =
      override === undefined
        ? `the AWS endpoint${address === undefined ? '' : ` (${address})`}`
        : `${override.url} (set by ${override.name}${address === undefined ? '' : `, ${address}`})`
    const fix =
      override === undefined
        ? ' Check the region and the network (a proxy, a firewall, a VPC endpoint).'
        : ` Check ${override.name}: is the endpoint running and the URL right? Unset it to reach AWS itself.`
    return new AwsStepError(
      `${step} failed: nothing answered at ${where} (${code}: ${said}); ${api} never reached a service.${fix}`,
      step,
      code,
      undefined,
      // Still worth the watch's next poll: an endpoint can come back (a restarting proxy).
      isTransient(error),
      error
    )
  }
  if (ACCESS_DENIED.has(name)) {
    const credentials = /token|client/i.test(name)
      ? ' The credentials are missing, invalid or expired: check the aws-actions/configure-aws-credentials step (role-to-assume, id-token: write permission).'
      : ''
    return new AwsStepError(
      `${step} failed: access denied to ${api} (${said}).${credentials} Grant the role the IAM action ${api}; the README lists the whole policy.`,
      step,
      name,
      api,
      false,
      error
    )
  }
  if (
    name === 'CredentialsProviderError' ||
    /Could not load credentials/i.test(said)
  ) {
    return new AwsStepError(
      `${step} failed: no AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (with permissions id-token: write for OIDC).`,
      step,
      name,
      undefined,
      false,
      error
    )
  }
  if (isTransient(error)) {
    return new AwsStepError(
      `${step} failed: ${api} kept failing after the SDK's retries (${name}: ${said}). AWS may be throttling this account or having trouble; re-run the job.`,
      step,
      name,
      undefined,
      true,
      error
    )
  }
  return new AwsStepError(
    `${step} failed: ${api} answered ${name}: ${said}`,
    step,
    name,
    undefined,
    false,
    error
  )
}
