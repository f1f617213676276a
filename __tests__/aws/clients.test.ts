import {
  afterEach,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { ListApplicationsCommand } from '@aws-sdk/client-appconfig'
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  ACTION_VERSION,
  createClients,
  resolveRegion,
  USER_AGENT,
  type AwsClients
} from '../../src/aws/clients.js'
import { InputError } from '../../src/settings.js'
import {
  fleetRetryStrategy,
  THROTTLED_MAX_ATTEMPTS,
  TRANSIENT_MAX_ATTEMPTS
} from '../../src/aws/retry-strategy.js'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'

// The SDK reads credentials, endpoints, the profile and the retry variables from process.env
// itself; each test sets what it needs there and gets the original back afterwards.
const SAVED = { ...process.env }
let emulator: RunningEmulator | undefined
let home: string
const opened: AwsClients[] = []

beforeEach(() => {
  home = mkdtempSync(path.join(tmpdir(), 'clients-'))
  for (const name of Object.keys(process.env))
    if (/^(AWS_|HTTPS?_PROXY$|NO_PROXY$)/i.test(name)) delete process.env[name]
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'emulator',
    AWS_SECRET_ACCESS_KEY: 'emulator',
    AWS_EC2_METADATA_DISABLED: 'true',
    // No profile of the machine's user may leak in.
    AWS_CONFIG_FILE: path.join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials')
  })
})

afterEach(async () => {
  for (const clients of opened.splice(0)) clients.appconfig.destroy()
  await emulator?.close()
  emulator = undefined
  rmSync(home, { recursive: true, force: true })
  for (const name of Object.keys(process.env)) delete process.env[name]
  Object.assign(process.env, SAVED)
})

async function clientsFor(
  region: string | undefined,
  options: Parameters<typeof createClients>[1] = {}
): Promise<AwsClients> {
  const clients = await createClients(region, { env: process.env, ...options })
  opened.push(clients)
  return clients
}

/** The retry mode a strategy runs (standard and adaptive both say it). */
function modeOf(strategy: object): unknown {
  return (strategy as { mode?: unknown }).mode
}

async function emulatorEndpoint(): Promise<string> {
  emulator = await startEmulator({ seed: 'examples/emulator-seed.json' })
  process.env.AWS_ENDPOINT_URL = emulator.endpoint
  return emulator.endpoint
}

describe('createClients: AWS conventions', () => {
  it('names this version of the action in the user agent', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
    }
    expect(ACTION_VERSION).toBe(pkg.version)
    expect(USER_AGENT).toBe(`appconfig-guarded-rollout/${pkg.version}`)
    const clients = await clientsFor('us-east-1')
    expect(clients.appconfig.config.customUserAgent).toEqual([[USER_AGENT]])
  })

  it('uses adaptive retries, 10 attempts when throttled, unless AWS_RETRY_MODE / AWS_MAX_ATTEMPTS say otherwise', async () => {
    const defaults = await clientsFor('us-east-1')
    expect(await defaults.appconfig.config.maxAttempts()).toBe(
      THROTTLED_MAX_ATTEMPTS
    )
    expect(modeOf(await defaults.appconfig.config.retryStrategy())).toBe(
      'adaptive'
    )

    process.env.AWS_MAX_ATTEMPTS = '2'
    const attemptsOnly = await clientsFor('us-east-1')
    expect(await attemptsOnly.appconfig.config.maxAttempts()).toBe(2)
    expect(modeOf(await attemptsOnly.appconfig.config.retryStrategy())).toBe(
      'adaptive'
    )

    process.env.AWS_RETRY_MODE = 'standard'
    const overridden = await clientsFor('us-east-1')
    expect(await overridden.appconfig.config.maxAttempts()).toBe(2)
    expect(modeOf(await overridden.appconfig.config.retryStrategy())).toBe(
      'standard'
    )
    const cloudwatch = overridden.cloudwatch('eu-west-1')
    expect(await cloudwatch.config.maxAttempts()).toBe(2)
    expect(await cloudwatch.config.region()).toBe('eu-west-1')
  })

  it('takes the region from the shared config profile when neither the input nor the variables give one', async () => {
    expect(resolveRegion(undefined, {})).toBeUndefined()
    expect(resolveRegion(undefined, { AWS_DEFAULT_REGION: 'eu-west-3' })).toBe(
      'eu-west-3'
    )
    expect(resolveRegion('ap-south-1', { AWS_REGION: 'eu-west-3' })).toBe(
      'ap-south-1'
    )
    writeFileSync(
      path.join(home, 'config'),
      '[default]\nregion = eu-north-1\n\n[profile deploy]\nregion = ca-central-1\n'
    )
    expect((await clientsFor(undefined)).region).toBe('eu-north-1')
    process.env.AWS_PROFILE = 'deploy'
    expect((await clientsFor(undefined)).region).toBe('ca-central-1')
  })

  it('is an input error for region only when the SDK finds no region either', async () => {
    const error = await createClients(undefined, { env: process.env }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('region')
    expect((error as Error).message).toMatch(
      /No AWS region: set the input 'region', or AWS_REGION .* shared config profile/
    )
  })

  it('writes one debug line per AWS call: operation, target, outcome, request ID, attempts', async () => {
    await emulatorEndpoint()
    const lines: string[] = []
    const clients = await clientsFor('us-east-1', {
      debug: (line) => lines.push(line)
    })
    // One throttle: the SDK retries it, and the line counts both attempts.
    emulator!.control.injectFault({
      operation: 'ListApplications',
      kind: 'throttle'
    })
    await clients.appconfig.send(new ListApplicationsCommand({}))
    await clients
      .cloudwatch('us-east-1')
      .send(new DescribeAlarmsCommand({ AlarmNames: ['a', 'b'] }))
    const { GetDeploymentCommand } = await import('@aws-sdk/client-appconfig')
    await clients.appconfig
      .send(
        new GetDeploymentCommand({
          ApplicationId: 'chkout1',
          EnvironmentId: 'prod001',
          DeploymentNumber: 99
        })
      )
      .catch(() => undefined)
    expect(lines).toHaveLength(4)
    // The throttled attempt has its own line, from inside the retries.
    expect(lines[0]).toBe(
      'AWS appconfig:ListApplications: throttled (ThrottlingException, HTTP 429) on attempt 1; the SDK waits and tries again while its retry budget lasts'
    )
    expect(lines[1]).toMatch(
      /^AWS appconfig:ListApplications: ok \(HTTP 200\), request \S+, 2 attempts$/
    )
    expect(lines[2]).toMatch(
      /^AWS cloudwatch:DescribeAlarms alarms=2: ok \(HTTP 200\), request \S+, 1 attempt$/
    )
    expect(lines[3]).toMatch(
      /^AWS appconfig:GetDeployment application=chkout1 environment=prod001 deployment=99: ResourceNotFoundException \(HTTP 404\), request \S+, 1 attempt$/
    )
  })

  it('retries a throttled call up to 10 attempts, and a 5xx only up to 5', async () => {
    await emulatorEndpoint()
    const clients = await clientsFor('us-east-1')
    emulator!.control.injectFault({
      operation: 'GetApplication',
      kind: 'error500',
      count: 9
    })
    const { GetApplicationCommand } = await import('@aws-sdk/client-appconfig')
    const error = await clients.appconfig
      .send(new GetApplicationCommand({ ApplicationId: 'chkout1' }))
      .catch((e: unknown) => e as { $metadata: { attempts: number } })
    expect(error).toMatchObject({
      $metadata: { attempts: TRANSIENT_MAX_ATTEMPTS }
    })
    // A throttle is retried past that: the strategy hands out a token for the 7th attempt.
    jest.useFakeTimers()
    try {
      const strategy = fleetRetryStrategy()
      const token = (retries: number) =>
        ({
          getRetryCount: () => retries,
          getRetryCost: () => undefined,
          isLongPoll: () => false,
          $retryLog: {}
        }) as unknown as Parameters<
          typeof strategy.refreshRetryTokenForRetry
        >[0]
      const throttled = strategy.refreshRetryTokenForRetry(token(6), {
        errorType: 'THROTTLING'
      })
      await jest.advanceTimersByTimeAsync(30_000)
      await expect(throttled).resolves.toMatchObject({})
      await expect(
        strategy.refreshRetryTokenForRetry(token(6), { errorType: 'TRANSIENT' })
      ).rejects.toThrow('No retry token available')
      const last = strategy.refreshRetryTokenForRetry(
        token(THROTTLED_MAX_ATTEMPTS - 1),
        { errorType: 'THROTTLING' }
      )
      const settled = last.catch((e: unknown) => e)
      await jest.advanceTimersByTimeAsync(30_000)
      expect(await settled).toBeInstanceOf(Error)
    } finally {
      jest.useRealTimers()
    }
  }, 30_000)

  it('fails a call that hangs past the request timeout instead of waiting for ever', async () => {
    await emulatorEndpoint()
    process.env.AWS_MAX_ATTEMPTS = '1'
    emulator!.control.injectFault({
      operation: 'ListApplications',
      kind: 'hang'
    })
    const clients = await clientsFor('us-east-1', {
      timeouts: { requestMs: 300 }
    })
    const started = Date.now()
    const error = await clients.appconfig
      .send(new ListApplicationsCommand({}))
      .catch((e: unknown) => e)
    expect((error as Error).name).toBe('TimeoutError')
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  describe('behind a proxy', () => {
    let proxy: Server
    let tunnels: string[]
    const sockets = new Set<{ destroy(): void }>()

    /** A CONNECT proxy like a corporate one: it records each tunnel it opens. */
    beforeEach(async () => {
      tunnels = []
      proxy = createServer((_req, res) => res.writeHead(405).end())
      proxy.on('connect', (req, socket) => {
        tunnels.push(req.url ?? '')
        const [host, port] = (req.url ?? '').split(':')
        const upstream = connect(Number(port), host, () => {
          socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
          upstream.pipe(socket)
          socket.pipe(upstream)
        })
        sockets.add(upstream).add(socket)
        upstream.on('error', () => socket.destroy())
        socket.on('error', () => upstream.destroy())
      })
      await new Promise<void>((resolve) =>
        proxy.listen(0, '127.0.0.1', resolve)
      )
    })

    afterEach(async () => {
      for (const socket of sockets) socket.destroy()
      proxy.closeAllConnections()
      await new Promise((resolve) => proxy.close(resolve))
    })

    it('tunnels through HTTP(S)_PROXY, and not for a host NO_PROXY lists', async () => {
      const endpoint = await emulatorEndpoint()
      const { port } = proxy.address() as AddressInfo
      process.env.HTTP_PROXY = `http://127.0.0.1:${port}`
      const proxied = await clientsFor('us-east-1')
      const listed = await proxied.appconfig.send(
        new ListApplicationsCommand({})
      )
      expect(listed.Items?.map((a) => a.Name)).toContain('checkout-service')
      expect(tunnels).toEqual([new URL(endpoint).host])

      process.env.NO_PROXY = 'localhost,127.0.0.1'
      const direct = await clientsFor('us-east-1')
      await direct.appconfig.send(new ListApplicationsCommand({}))
      expect(tunnels).toHaveLength(1)
    })
  })
})
