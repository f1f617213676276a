import {
  GetDeploymentCommand,
  GetHostedConfigurationVersionCommand,
  ListDeploymentsCommand
} from '@aws-sdk/client-appconfig'
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createConnection } from 'node:net'
import { startEmulator } from '../../emulator/index.js'
import { appConfigClient, cloudWatchClient } from './emulator-clients.js'

const SEED_FILE = 'examples/emulator-seed.json'

describe('startEmulator', () => {
  it('loads the example seed file: checkout-service, Beta + monitored Production, a deployed version', async () => {
    const emulator = await startEmulator({ seed: SEED_FILE, timeScale: 0 })
    expect(emulator.seeded.applications['checkout-service']).toEqual({
      id: 'chkout1',
      environments: { Beta: 'beta001', Production: 'prod001' },
      configurationProfiles: { 'checkout-flags': 'flags01' }
    })
    const appconfig = appConfigClient(emulator.endpoint)
    const deployments = await appconfig.send(
      new ListDeploymentsCommand({
        ApplicationId: 'chkout1',
        EnvironmentId: 'prod001'
      })
    )
    expect(deployments.Items).toMatchObject([
      {
        DeploymentNumber: 1,
        State: 'COMPLETE',
        ConfigurationVersion: '1',
        VersionLabel: 'v1.0.0'
      }
    ])
    const deployment = await appconfig.send(
      new GetDeploymentCommand({
        ApplicationId: 'chkout1',
        EnvironmentId: 'prod001',
        DeploymentNumber: 1
      })
    )
    expect(deployment.CompletedAt?.getTime()).toBe(
      emulator.control.now().getTime() - 60 * 60_000
    )
    const version = await appconfig.send(
      new GetHostedConfigurationVersionCommand({
        ApplicationId: 'chkout1',
        ConfigurationProfileId: 'flags01',
        VersionNumber: 1
      })
    )
    const content = JSON.parse(new TextDecoder().decode(version.Content)) as {
      values: Record<string, Record<string, unknown>>
    }
    expect(content.values['allow-bitcoin-at-checkout']).toMatchObject({
      enabled: true,
      'default-currency': 'BTC'
    })
    const cloudwatch = cloudWatchClient(emulator.endpoint)
    const alarms = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ['checkout-5xx'] })
    )
    expect(alarms.MetricAlarms?.[0]).toMatchObject({
      StateValue: 'OK',
      MetricName: '5XXError'
    })
    appconfig.destroy()
    cloudwatch.destroy()
    await emulator.close()
  })

  it('refuses a seed with invalid feature-flag content', async () => {
    await expect(
      startEmulator({
        seed: {
          applications: [
            {
              name: 'a',
              configurationProfiles: [
                { name: 'p', versions: [{ content: { version: 1 } }] }
              ]
            }
          ]
        }
      })
    ).rejects.toThrow(/Malformed 'Content'/)
  })

  it('binds to 127.0.0.1 only and closes with keep-alive connections open', async () => {
    const emulator = await startEmulator()
    expect(emulator.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const client = appConfigClient(emulator.endpoint)
    await client
      .send(
        new ListDeploymentsCommand({ ApplicationId: 'x', EnvironmentId: 'y' })
      )
      .catch(() => undefined)
    emulator.control.injectFault({
      operation: '*',
      kind: 'delay',
      delayMs: 60_000
    })
    const pending = fetch(`${emulator.endpoint}/applications`).catch(
      (e: unknown) => e
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    await emulator.close()
    expect(await pending).toHaveProperty('message', 'fetch failed')
    await expect(
      new Promise((resolve, reject) => {
        const socket = createConnection(emulator.port, '127.0.0.1')
        socket.once('connect', () => {
          socket.destroy()
          resolve('connected')
        })
        socket.once('error', reject)
      })
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    client.destroy()
  })

  it('moves emulated time by 1/timeScale and can change speed', async () => {
    const emulator = await startEmulator({ timeScale: 0.001 })
    const t0 = emulator.control.now().getTime()
    await new Promise((resolve) => setTimeout(resolve, 20))
    // At least 20 real ms → at least 20 emulated seconds.
    expect(emulator.control.now().getTime() - t0).toBeGreaterThanOrEqual(19_000)
    emulator.control.setTimeScale(0)
    const frozen = emulator.control.now().getTime()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(emulator.control.now().getTime()).toBe(frozen)
    emulator.control.advance(1000)
    expect(emulator.control.now().getTime()).toBe(frozen + 1000)
    await emulator.close()
  })
})

describe('npm run emulator (emulator/cli.ts)', () => {
  it('prints the endpoint and the variables to export, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'emulator/cli.ts',
        '--port',
        '0',
        '--time-scale',
        '0.01',
        '--seed',
        SEED_FILE
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code))
    )
    const deadline = Date.now() + 20_000
    while (
      !output.includes('Ctrl+C') &&
      Date.now() < deadline &&
      child.exitCode === null
    )
      await new Promise((resolve) => setTimeout(resolve, 50))
    expect(output).toMatch(
      /listening on http:\/\/127\.0\.0\.1:\d+ \(time scale 0\.01: one strategy minute = 600 ms\)/
    )
    expect(output).toMatch(/export AWS_ENDPOINT_URL=http:\/\/127\.0\.0\.1:\d+/)
    expect(output).toContain('AWS_ACCESS_KEY_ID=')
    expect(output).toContain('export AWS_REGION=us-east-1')
    expect(output).toContain('application checkout-service: chkout1')
    const endpoint = /export AWS_ENDPOINT_URL=(\S+)/.exec(output)?.[1] ?? ''
    const response = await fetch(`${endpoint}/applications`)
    expect(await response.json()).toMatchObject({
      Items: [{ Id: 'chkout1', Name: 'checkout-service' }]
    })
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 30_000)
})
