import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  decodeAppConfigInput,
  handleAppConfig,
  matchAppConfig,
  type AppConfigContext,
  type Reply
} from './appconfig-api.js'
import { loggable, type CallRecord } from './call-log.js'
import {
  handleCloudWatch,
  isCloudWatchOperation,
  type CloudWatchContext
} from './cloudwatch-api.js'
import {
  cloudWatchError,
  cloudWatchReply,
  recogniseCloudWatch,
  type CloudWatchProtocol
} from './cloudwatch-wire.js'
import type { BeforeCallHooks } from './before-call.js'
import type { DeploymentEngine } from './deployment-engine.js'
import type { EmulatorClock } from './emulator-clock.js'
import type { Fault, FaultInjector } from './fault-injector.js'
import type { RequestGate } from './request-gate.js'

import { signedRegion, type Quotas } from './quotas.js'
import { ServiceError } from './service-error.js'

export interface HandlerDeps {
  appconfig: AppConfigContext
  cloudwatch: CloudWatchContext
  engine: DeploymentEngine
  clock: EmulatorClock
  faults: FaultInjector
  beforeCalls: BeforeCallHooks
  /** The model check and IAM (request-gate.ts), run before every operation. */
  gate: RequestGate
  calls: CallRecord[]
  /** Pending `delay` timers, cleared by close() so none outlive the emulator. */
  timers: Set<NodeJS.Timeout>
  /** Responses a `hang` fault holds open; close() destroys them so none outlive the emulator. */
  hung: Set<ServerResponse>
  /** API rate quotas when the emulator was started with them (opt in). */
  quotas?: Quotas
}

/** Bodies beyond this are not read at all (AppConfig's largest accepted config is 4,000 KB). */
const MAX_BODY_BYTES = 32 * 1024 * 1024

/** One dispatched request: who answers it and how errors are shaped. */
interface Dispatch {
  record: CallRecord
  run: () => Reply | Promise<Reply>
  error: (e: ServiceError) => Reply
}

/**
 * The emulator's HTTP entry point: reads the body, recognises the service, protocol and operation,
 * logs the call, applies an injected fault, settles the deployment clock and answers. Any failure
 * becomes an AWS-shaped error; nothing a client sends can crash the process.
 */
export function createRequestHandler(
  deps: HandlerDeps
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    readBody(req)
      .then((body) => {
        if (body === undefined) {
          req.socket.destroy()
          return
        }
        const dispatch = dispatchRequest(deps, req, body)
        const record = dispatch.record
        deps.calls.push(record)
        res.on('close', () => {
          if (!res.writableFinished) record.clientClosed = true
        })
        // Throttling comes first, as at AWS's front door: no fault or writer runs for a refused call.
        const refusedOn = deps.quotas?.admit(
          record.service,
          record.operation,
          signedRegion(req.headers) ?? deps.appconfig.region
        )
        const quotaAt = deps.quotas?.lastAdmitAt
        if (quotaAt !== undefined) record.quotaAt = quotaAt
        if (refusedOn !== undefined) {
          record.throttledBy = refusedOn
          return sendFault(res, dispatch, 'throttle', randomUUID())
        }
        // Both are taken at arrival, so concurrent calls consume them in arrival order.
        const fault = deps.faults.take(record.operation)
        if (fault !== undefined) record.fault = fault.kind
        const before = deps.beforeCalls.take(record.operation)
        if (before === undefined)
          return applyFault(deps, fault, dispatch, req, res)
        record.before = before.label ?? 'beforeCall'
        return runBefore(deps, before.run, record).then(() =>
          applyFault(deps, fault, dispatch, req, res)
        )
      })
      .catch((error: unknown) => {
        if (!res.headersSent)
          send(res, restJsonError(internal(error)), randomUUID())
      })
  }
}

/** Runs another writer's change first; its failure is logged on the call, not thrown. */
async function runBefore(
  deps: HandlerDeps,
  run: (call: CallRecord) => void | Promise<void>,
  record: CallRecord
): Promise<void> {
  try {
    deps.engine.settle()
    await run(record)
  } catch (error) {
    record.beforeError = error instanceof Error ? error.message : String(error)
  }
}

function applyFault(
  deps: HandlerDeps,
  fault: Fault | undefined,
  dispatch: Dispatch,
  req: IncomingMessage,
  res: ServerResponse
): void {
  const requestId = randomUUID()
  const record = dispatch.record
  const answer = (): void => {
    void respond(deps, dispatch).then((reply) => {
      record.status = reply.status
      send(res, reply, requestId)
    })
  }
  const hang = (): void => {
    // Held open until the client gives up (its socket closes) or the emulator closes.
    deps.hung.add(res)
    res.once('close', () => deps.hung.delete(res))
  }
  switch (fault?.kind) {
    case undefined:
      return answer()
    case 'drop':
      // The client sees a reset connection (ECONNRESET / "socket hang up"), which the SDK retries.
      req.socket.destroy()
      return
    case 'hang':
      return hang()
    case 'delay': {
      const timer = setTimeout(() => {
        deps.timers.delete(timer)
        if (!res.destroyed) answer()
      }, fault.delayMs ?? 0)
      deps.timers.add(timer)
      return
    }
    case 'throttle':
    case 'error500':
      return sendFault(res, dispatch, fault.kind, requestId)
    case 'error500AfterApply':
    case 'dropAfterApply':
    case 'hangAfterApply': {
      // The operation runs (and its change stays); only the answer is lost. `applied` logs
      // whether the operation succeeded, `status`/`errorCode` what the client actually got.
      const kind = fault.kind
      void respond(deps, dispatch).then(() => {
        record.errorCode = undefined
        if (kind === 'error500AfterApply')
          sendFault(res, dispatch, 'error500', requestId)
        else if (kind === 'dropAfterApply') req.socket.destroy()
        else hang()
      })
      return
    }
  }
}

function sendFault(
  res: ServerResponse,
  dispatch: Dispatch,
  kind: 'throttle' | 'error500',
  requestId: string
): void {
  const reply = dispatch.error(faultError(dispatch.record.service, kind))
  dispatch.record.status = reply.status
  dispatch.record.errorCode =
    reply.headers?.['X-Amzn-ErrorType'] ??
    reply.headers?.['x-amzn-query-error']?.split(';')[0]
  send(res, reply, requestId)
}

/** Never rejects: every failure becomes the service's error reply. */
async function respond(deps: HandlerDeps, dispatch: Dispatch): Promise<Reply> {
  try {
    deps.engine.settle()
    const reply = await dispatch.run()
    dispatch.record.applied = true
    return reply
  } catch (error) {
    const serviceError = error instanceof ServiceError ? error : internal(error)
    dispatch.record.applied = false
    dispatch.record.errorCode = serviceError.code
    return dispatch.error(serviceError)
  }
}

function faultError(
  service: CallRecord['service'],
  kind: 'throttle' | 'error500'
): ServiceError {
  if (service === 'cloudwatch')
    return kind === 'throttle'
      ? new ServiceError('Throttling', 400, 'Rate exceeded')
      : new ServiceError(
          'InternalServiceFault',
          500,
          'Internal service error (injected fault)',
          {},
          'InternalServiceError'
        )
  return kind === 'throttle'
    ? new ServiceError('ThrottlingException', 429, 'Rate exceeded')
    : new ServiceError(
        'InternalServerException',
        500,
        'Internal server error (injected fault)'
      )
}

function internal(error: unknown): ServiceError {
  const message = error instanceof Error ? error.message : String(error)
  return new ServiceError(
    'InternalServerException',
    500,
    `The emulator failed: ${message}`
  )
}

function dispatchRequest(
  deps: HandlerDeps,
  req: IncomingMessage,
  body: Buffer
): Dispatch {
  const method = req.method ?? 'GET'
  const url = new URL(req.url ?? '/', 'http://emulator.local')
  const record: CallRecord = {
    service: 'unknown',
    operation: 'Unknown',
    protocol: 'unknown',
    method,
    path: url.pathname,
    params: {},
    at: new Date(deps.clock.now()),
    realAt: new Date(),
    applied: false
  }
  const requestId = randomUUID()
  const cloudwatch = recogniseCloudWatch(
    method,
    url.pathname,
    req.headers,
    body,
    url.searchParams
  )
  if (cloudwatch !== undefined) {
    Object.assign(record, {
      service: 'cloudwatch',
      operation: cloudwatch.operation,
      protocol: cloudwatch.protocol
    })
    const protocol: CloudWatchProtocol = cloudwatch.protocol
    let input: Record<string, unknown> | ServiceError
    try {
      input = cloudwatch.decode()
      record.params = input
    } catch (error) {
      input = error instanceof ServiceError ? error : internal(error)
    }
    return {
      record,
      run: () => {
        if (input instanceof ServiceError) throw input
        // An operation the emulator does not serve answers InvalidAction, as before.
        if (isCloudWatchOperation(cloudwatch.operation))
          deps.gate.check('cloudwatch', cloudwatch.operation, input)
        return cloudWatchReply(
          protocol,
          cloudwatch.operation,
          handleCloudWatch(cloudwatch.operation, input, deps.cloudwatch),
          requestId
        )
      },
      error: (e) => cloudWatchError(protocol, e, requestId)
    }
  }
  const matched = matchAppConfig(method, url.pathname)
  if (matched === undefined) {
    return {
      record,
      run: () => {
        throw new ServiceError(
          'UnknownOperationException',
          404,
          `The emulator does not serve ${method} ${url.pathname}`
        )
      },
      error: restJsonError
    }
  }
  Object.assign(record, {
    service: 'appconfig',
    operation: matched.route.operation,
    protocol: 'rest-json'
  })
  let input: Record<string, unknown> | ServiceError
  try {
    input = decodeAppConfigInput(
      matched.route,
      matched.labels,
      url.searchParams,
      req.headers,
      body
    )
    record.params = loggable(input)
  } catch (error) {
    input = error instanceof ServiceError ? error : internal(error)
  }
  return {
    record,
    run: () => {
      if (input instanceof ServiceError) throw input
      deps.gate.check('appconfig', matched.route.operation, input)
      return handleAppConfig(matched.route, input, deps.appconfig)
    },
    error: restJsonError
  }
}

/** restJson1 errors: the code in `X-Amzn-ErrorType`, the members (`Message`, …) in the body. */
function restJsonError(error: ServiceError): Reply {
  return {
    status: error.status,
    headers: { 'X-Amzn-ErrorType': error.code },
    body: { Message: error.message, ...error.fields }
  }
}

function send(res: ServerResponse, reply: Reply, requestId: string): void {
  if (res.destroyed) return
  // 204 (TagResource, UntagResource) carries no body at all.
  const body =
    reply.status === 204
      ? Buffer.alloc(0)
      : reply.body instanceof Buffer
        ? reply.body
        : Buffer.from(JSON.stringify(reply.body ?? {}))
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    ...reply.headers,
    'x-amzn-RequestId': requestId,
    'Content-Length': String(body.length)
  }
  try {
    res.writeHead(reply.status, headers)
  } catch {
    // A header value HTTP cannot carry (e.g. non-ASCII text); answer without the extras.
    res.writeHead(reply.status, {
      'Content-Type': headers['Content-Type'],
      'x-amzn-RequestId': requestId,
      'Content-Length': String(body.length)
    })
  }
  res.end(body)
}

/** Reads the whole body; undefined when it is absurdly large (the connection is then dropped). */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
