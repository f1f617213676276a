import { AdaptiveRetryStrategy, isThrottlingError } from '@smithy/core/retry'
import type {
  DeserializeMiddleware,
  RetryErrorInfo,
  RetryStrategyV2,
  StandardRetryToken
} from '@smithy/types'

/** Attempts for a call that fails with a 5xx or a dropped connection (the SDK's own budget, plus two). */
export const TRANSIENT_MAX_ATTEMPTS = 5

/**
 * Attempts for a throttled call. A 50-job matrix started together asks for about 250 List calls
 * (5 each) from a budget of 10 a second: about 25 s of queue. The SDK's throttling backoff is full
 * jitter over 1 s·2^n, capped at 20 s, so nine retries wait up to 111 s (about 55 s on average):
 * enough for the queue to drain, while a failure that is not throttling still gives up after
 * TRANSIENT_MAX_ATTEMPTS. The bench's fleet section measures it (scripts/bench-fleet.ts).
 */
export const THROTTLED_MAX_ATTEMPTS = 10

/**
 * The SDK's adaptive retry strategy (a client-side rate limiter that slows sending once AWS
 * throttles, on top of standard retries), with a larger budget for throttling than for other
 * transient errors. Used only when AWS_RETRY_MODE and AWS_MAX_ATTEMPTS are both unset.
 */
export function fleetRetryStrategy(): RetryStrategyV2 {
  const adaptive = new AdaptiveRetryStrategy(THROTTLED_MAX_ATTEMPTS)
  return {
    mode: adaptive.mode,
    acquireInitialRetryToken: (scope) =>
      adaptive.acquireInitialRetryToken(scope),
    refreshRetryTokenForRetry: async (token, errorInfo: RetryErrorInfo) => {
      const attempts = (token as StandardRetryToken).getRetryCount() + 1
      if (
        errorInfo.errorType !== 'THROTTLING' &&
        attempts >= TRANSIENT_MAX_ATTEMPTS
      )
        throw new Error('No retry token available')
      return adaptive.refreshRetryTokenForRetry(
        token as StandardRetryToken,
        errorInfo
      )
    },
    recordSuccess: (token) =>
      adaptive.recordSuccess(token as StandardRetryToken)
  } as RetryStrategyV2 & { mode: string }
}

/**
 * One debug line per throttled attempt, from inside the SDK's retries (the `deserialize` step,
 * which every attempt passes through): which call AWS throttled and which attempt it was, so a
 * slow step in a large matrix shows why.
 */
export function throttleDebugMiddleware<I extends object, O extends object>(
  debug: (line: string) => void
): DeserializeMiddleware<I, O> {
  return (next, context) => async (args) => {
    try {
      return await next(args)
    } catch (error) {
      if (isThrottlingError(error as Parameters<typeof isThrottlingError>[0])) {
        const headers = (args.request as { headers?: Record<string, string> })
          .headers
        const attempt = /attempt=(\d+)/.exec(
          headers?.['amz-sdk-request'] ?? ''
        )?.[1]
        const operation = `${String(context.clientName ?? 'aws')
          .replace(/Client$/, '')
          .toLowerCase()}:${String(context.commandName ?? 'call').replace(/Command$/, '')}`
        const status = (error as { $metadata?: { httpStatusCode?: number } })
          .$metadata?.httpStatusCode
        debug(
          `AWS ${operation}: throttled (${(error as Error).name}${status === undefined ? '' : `, HTTP ${status}`}) on attempt ${attempt ?? '?'}; the SDK waits and tries again while its retry budget lasts`
        )
      }
      throw error
    }
  }
}
