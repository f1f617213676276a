import { AwsStepError } from './aws-error.js'

/**
 * A field AWS's answer must carry. The SDK types every field as optional; a missing one is
 * reported, never replaced by a guess (a deployment number of 0 would point the watch, the
 * outputs and a stop command at the wrong deployment).
 */
export function requiredField<T>(
  value: T | undefined | null,
  field: string,
  api: string
): T {
  if (value === undefined || value === null) {
    throw new AwsStepError(
      `${api} answered without ${field}; the action cannot go on without it. Nothing after this call was done. Re-run; if it persists, report it with the AWS request ID.`,
      `Reading the answer of ${api}`,
      'MissingField'
    )
  }
  return value
}
