import type { IncomingHttpHeaders } from 'node:http'
import type { Reply } from './appconfig-api.js'
import { decodeQueryParams } from './query-params.js'
import { ServiceError } from './service-error.js'
import { escapeXml, toXml } from './xml-writer.js'

export type CloudWatchProtocol = 'json' | 'query'

const TARGET_PREFIX = 'GraniteServiceVersion20100801.'
const NAMESPACE = 'com.amazonaws.cloudwatch'
const XMLNS = 'http://monitoring.amazonaws.com/doc/2010-08-01/'
const JSON_TYPE = 'application/x-amz-json-1.0'

/** A CloudWatch request recognised on the wire; `decode` may throw a 400 for a malformed body. */
export interface CloudWatchRequest {
  protocol: CloudWatchProtocol
  operation: string
  decode: () => Record<string, unknown>
}

/**
 * Recognises CloudWatch calls: AWS JSON 1.0 (`X-Amz-Target: GraniteServiceVersion20100801.Op`,
 * what the JS SDK and aws-cli 1.x send) or AWS Query (form body `Action=Op`, what aws-cli 2.9
 * sends). Everything else is not CloudWatch.
 */
export function recogniseCloudWatch(
  method: string,
  pathname: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
  query: URLSearchParams
): CloudWatchRequest | undefined {
  if (pathname !== '/') return undefined
  const target = headers['x-amz-target']
  if (
    method === 'POST' &&
    typeof target === 'string' &&
    target.startsWith(TARGET_PREFIX)
  ) {
    return {
      protocol: 'json',
      operation: target.slice(TARGET_PREFIX.length),
      decode: () => decodeJson(body)
    }
  }
  const params =
    method === 'POST' ? new URLSearchParams(body.toString('utf8')) : query
  const action = params.get('Action')
  if (action === null) return undefined
  return {
    protocol: 'query',
    operation: action,
    decode: () => decodeQueryParams(params)
  }
}

function decodeJson(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    throw new ServiceError(
      'SerializationException',
      400,
      'Could not parse the request body as JSON'
    )
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new ServiceError(
      'SerializationException',
      400,
      'The request body must be a JSON object'
    )
  return parsed as Record<string, unknown>
}

/** A successful answer in the caller's protocol. */
export function cloudWatchReply(
  protocol: CloudWatchProtocol,
  operation: string,
  output: Record<string, unknown>,
  requestId: string
): Reply {
  if (protocol === 'json')
    return {
      status: 200,
      headers: { 'Content-Type': JSON_TYPE },
      body: Buffer.from(JSON.stringify(toJsonValue(output)))
    }
  const result =
    Object.keys(output).length === 0 ? '' : toXml(`${operation}Result`, output)
  const xml = `<${operation}Response xmlns="${XMLNS}">${result}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`
  return {
    status: 200,
    headers: { 'Content-Type': 'text/xml' },
    body: Buffer.from(xml)
  }
}

/**
 * An error in the caller's protocol. JSON 1.0 carries the shape in `__type` and, because
 * CloudWatch is awsQueryCompatible, the Query code in `x-amzn-query-error` (the JS SDK copies it
 * to `error.Code`). Query wraps it in `<ErrorResponse>`.
 */
export function cloudWatchError(
  protocol: CloudWatchProtocol,
  error: ServiceError,
  requestId: string
): Reply {
  if (protocol === 'json') {
    const body = {
      __type: `${NAMESPACE}#${error.code}`,
      message: error.message,
      ...error.fields
    }
    return {
      status: error.status,
      headers: {
        'Content-Type': JSON_TYPE,
        'x-amzn-query-error': `${error.queryCode};${error.faultType}`
      },
      body: Buffer.from(JSON.stringify(body))
    }
  }
  const xml = `<ErrorResponse xmlns="${XMLNS}"><Error><Type>${error.faultType}</Type><Code>${escapeXml(error.queryCode)}</Code><Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
  return {
    status: error.status,
    headers: { 'Content-Type': 'text/xml' },
    body: Buffer.from(xml)
  }
}

/** JSON 1.0 timestamps are epoch seconds (CloudWatch's Timestamp has no timestampFormat). */
function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000
  if (Array.isArray(value)) return value.map(toJsonValue)
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        toJsonValue(v)
      ])
    )
  return value
}
