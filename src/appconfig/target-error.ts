import type { InputName } from '../contract.js'

/**
 * A target input names a resource that does not exist, is ambiguous or is the wrong kind.
 * Kept apart from resolve-target.ts so main.ts can recognise it without loading the AWS SDK.
 */
export class TargetError extends Error {
  constructor(
    message: string,
    readonly input: InputName
  ) {
    super(message)
    this.name = 'TargetError'
  }
}
