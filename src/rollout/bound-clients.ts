import type { AwsClients } from '../aws/clients.js'

/** What `send` takes after the command: the SDK's HttpHandlerOptions, of which we set one. */
interface SendOptions {
  abortSignal?: AbortSignal
  [option: string]: unknown
}

type Sender = {
  send(command: unknown, options?: SendOptions): Promise<unknown>
}

/**
 * The clients with every `send` bound to `signal`: a call in flight is aborted when it fires
 * (a cancel, the deadline), whoever made the call: a paginator, a reader built elsewhere, a
 * call that forgot its own signal. A signal the caller passes still counts; the call ends at
 * the first of the two. The client stays an instance of its class (paginators check that).
 */
export function boundClients(
  clients: AwsClients,
  signal: AbortSignal
): AwsClients {
  const cloudwatch = new Map<string, ReturnType<AwsClients['cloudwatch']>>()
  return {
    region: clients.region,
    appconfig: bound(clients.appconfig, signal),
    cloudwatch(region) {
      let client = cloudwatch.get(region)
      if (client === undefined) {
        client = bound(clients.cloudwatch(region), signal)
        cloudwatch.set(region, client)
      }
      return client
    }
  }
}

function bound<T extends object>(client: T, signal: AbortSignal): T {
  const send = (client as unknown as Sender).send.bind(client)
  const boundSend = (command: unknown, options?: SendOptions) =>
    send(command, {
      ...options,
      abortSignal:
        options?.abortSignal === undefined
          ? signal
          : AbortSignal.any([options.abortSignal, signal])
    })
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'send') return boundSend
      return Reflect.get(target, property, receiver) as unknown
    }
  })
}
