import type { InputName } from '../contract.js'
import { ActionError, type Failure } from '../failure.js'

/** A bad input value; the message names the input and the value. */
export class InputError extends ActionError {
  constructor(
    readonly input: InputName,
    message: string
  ) {
    super(message)
    this.name = 'InputError'
  }

  toFailure(): Failure {
    return { kind: 'input', message: this.message, input: this.input }
  }
}
