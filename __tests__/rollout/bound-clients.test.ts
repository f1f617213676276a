import { describe, expect, it } from '@jest/globals'
import {
  AppConfigClient,
  GetDeploymentCommand,
  paginateListDeployments
} from '@aws-sdk/client-appconfig'
import type { HttpHandlerOptions } from '@smithy/types'
import type { AwsClients } from '../../src/aws/clients.js'
import { boundClients } from '../../src/rollout/bound-clients.js'

// The clients of a rollout carry its signal into every send: a call that never answers ends
// when the signal fires, whoever made it (a paginator included). The transport below never
// answers, like the emulator's `hang` fault, and records the signal it was handed.

function hangingClient(seen: (AbortSignal | undefined)[]): AppConfigClient {
  return new AppConfigClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    maxAttempts: 1,
    requestHandler: {
      handle: (_request: unknown, options?: HttpHandlerOptions) =>
        new Promise((_resolve, reject) => {
          const signal = options?.abortSignal as AbortSignal | undefined
          seen.push(signal)
          signal?.addEventListener('abort', () =>
            reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))
          )
        })
    }
  })
}

function clientsOf(appconfig: AppConfigClient): AwsClients {
  return {
    region: 'us-east-1',
    appconfig,
    cloudwatch: () => {
      throw new Error('unused')
    }
  }
}

/** Until the transport holds the request (the SDK's middleware runs first, asynchronously). */
async function inFlight(seen: readonly unknown[]): Promise<void> {
  while (seen.length === 0)
    await new Promise((resolve) => setTimeout(resolve, 1))
}

const get = new GetDeploymentCommand({
  ApplicationId: 'app0001',
  EnvironmentId: 'env0001',
  DeploymentNumber: 1
})

describe('boundClients', () => {
  it('aborts a send in flight when the bound signal fires', async () => {
    const seen: (AbortSignal | undefined)[] = []
    const controller = new AbortController()
    const clients = boundClients(
      clientsOf(hangingClient(seen)),
      controller.signal
    )

    const call = clients.appconfig.send(get)
    await inFlight(seen)
    controller.abort()

    await expect(call).rejects.toMatchObject({ name: 'AbortError' })
  })

  it("keeps the caller's own signal: the call ends at the first of the two", async () => {
    const seen: (AbortSignal | undefined)[] = []
    const bound = new AbortController()
    const own = new AbortController()
    const clients = boundClients(clientsOf(hangingClient(seen)), bound.signal)

    const call = clients.appconfig.send(get, { abortSignal: own.signal })
    await inFlight(seen)
    own.abort()

    await expect(call).rejects.toMatchObject({ name: 'AbortError' })
    expect(bound.signal.aborted).toBe(false)
  })

  it('binds the calls a paginator makes (the client stays an AppConfigClient)', async () => {
    const seen: (AbortSignal | undefined)[] = []
    const controller = new AbortController()
    const clients = boundClients(
      clientsOf(hangingClient(seen)),
      controller.signal
    )
    expect(clients.appconfig).toBeInstanceOf(AppConfigClient)

    const pages = paginateListDeployments(
      { client: clients.appconfig },
      { ApplicationId: 'app0001', EnvironmentId: 'env0001' }
    )
    const first = pages.next()
    await inFlight(seen)
    controller.abort()

    await expect(first).rejects.toMatchObject({ name: 'AbortError' })
  })
})
