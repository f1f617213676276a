import type { InputName } from '../contract.js'
import { ActionError, type Failure } from '../failure.js'

/**
 * A target input names a resource that does not exist, is ambiguous or is the wrong kind.
 * Kept apart from resolve-target.ts so main.ts can recognise it without loading the AWS SDK.
 */
export class TargetError extends ActionError {
  constructor(
    message: string,
    readonly input: InputName,
    /** The region searched, when the resource was not found there (a wrong region looks so). */
    readonly region?: string
  ) {
    super(message)
    this.name = 'TargetError'
  }

  toFailure(): Failure {
    return {
      kind: 'input',
      message: this.message,
      input: this.input,
      ...(this.region === undefined ? {} : { region: this.region })
    }
  }
}
