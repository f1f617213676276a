/**
 * An error the emulator answers with, in AWS terms. The HTTP layer turns it into the wire
 * shape of the service that was called (REST-JSON for AppConfig, JSON 1.0 or Query for
 * CloudWatch), so domain code only says *what* went wrong.
 */
export class ServiceError extends Error {
  /** The error shape name (REST-JSON `X-Amzn-ErrorType`, JSON 1.0 `__type`). */
  readonly code: string
  readonly status: number
  /** CloudWatch's awsQueryError code when it differs from the shape name. */
  readonly queryCode: string
  /** Extra members of the error shape (`ResourceName`, `Details`, `Size`…). */
  readonly fields: Record<string, unknown>

  constructor(
    code: string,
    status: number,
    message: string,
    fields: Record<string, unknown> = {},
    queryCode?: string
  ) {
    super(message)
    this.name = code
    this.code = code
    this.status = status
    this.fields = fields
    this.queryCode = queryCode ?? code
  }

  /** Client-side fault (4xx) or server-side (5xx), as Query's `<Type>` says it. */
  get faultType(): 'Sender' | 'Receiver' {
    return this.status < 500 ? 'Sender' : 'Receiver'
  }
}

export function badRequest(
  message: string,
  fields: Record<string, unknown> = {}
): ServiceError {
  return new ServiceError('BadRequestException', 400, message, fields)
}

/** AppConfig's 404; the message names the kind of resource and the ID, as AWS does. */
export function notFound(resource: string, id: string): ServiceError {
  return new ServiceError(
    'ResourceNotFoundException',
    404,
    `${resource} with Id ${id} could not be found.`,
    {
      ResourceName: id
    }
  )
}

export function conflict(message: string): ServiceError {
  return new ServiceError('ConflictException', 409, message)
}
