/**
 * Why a run failed, and the one function that turns any thrown error into that. Errors of our
 * own stages extend ActionError and say which kind of failure they are; anything else is an
 * internal error. The original error stays as `cause`, so nothing it carried (an AWS request
 * ID, a stack) is lost.
 */

/**
 * A problem of the setup rather than of the step that met it (the first AWS call meets it):
 * no credentials, expired or rejected ones, a region that does not exist, an endpoint that
 * cannot be reached.
 */
export type AwsProblem =
  | 'no-credentials'
  | 'expired-credentials'
  | 'invalid-credentials'
  | 'region'
  | 'endpoint'

/** Why a run failed; `kind` decides the advice the summary gives. */
export interface Failure {
  readonly kind:
    | 'input'
    | 'bundle'
    | 'flag-tests'
    | 'guard'
    | 'aws'
    | 'rolled-back'
    | 'reverted'
    | 'timed-out'
    | 'cancelled'
    | 'internal'
  readonly message: string
  /** The input at fault, for `kind: 'input'`. */
  readonly input?: string
  /** The AWS step and API error, for `kind: 'aws'`. */
  readonly step?: string
  readonly errorName?: string
  /** The IAM action to grant, for access-denied errors. */
  readonly iamAction?: string
  /** AWS's request ID for the failed call, for a support case or CloudTrail. */
  readonly requestId?: string
  /** For `kind: 'aws'`: a setup problem, which the headline names instead of the step. */
  readonly problem?: AwsProblem
  /** What to do, when the stage that failed knows better than the summary's generic advice. */
  readonly advice?: string
  /** The AWS region the run looked in, when a resource was not found there. */
  readonly region?: string
}

/** An error a stage of the pipeline throws on purpose; it knows which failure it is. */
export abstract class ActionError extends Error {
  /** The failure this error stands for. */
  abstract toFailure(): Failure
}

/** Any thrown value as a failure; `suffix` adds what the caller knows (a deployment left running). */
export function toFailure(error: unknown, suffix = ''): Failure {
  const failure: Failure =
    error instanceof ActionError
      ? error.toFailure()
      : {
          kind: 'internal',
          message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`
        }
  return suffix === ''
    ? failure
    : { ...failure, message: `${failure.message}${suffix}` }
}
