import { GetDeploymentCommand } from '@aws-sdk/client-appconfig'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import { appConfigClient, flagsDocument } from './emulator-clients.js'

const run = promisify(execFile)

/** Which AWS CLIs are installed: the one on PATH, and Debian's v2.9 at /usr/bin/aws (Query to CloudWatch). */
function cliVersion(command: string): string | undefined {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' })
  return result.status === 0
    ? `${result.stdout}${result.stderr}`.trim()
    : undefined
}
const PATH_AWS = cliVersion('aws')
const DEBIAN_AWS = cliVersion('/usr/bin/aws')
const HAS_CLI = PATH_AWS !== undefined || DEBIAN_AWS !== undefined
const MAIN_CLI = PATH_AWS !== undefined ? 'aws' : '/usr/bin/aws'
/** aws-cli 1.x has `wait deployment-complete` and `--version-label`; Debian's 2.9 lacks both. */
const IS_V1 = (PATH_AWS ?? DEBIAN_AWS ?? '').startsWith('aws-cli/1.')

if (!HAS_CLI)
  console.warn(
    'aws-cli.test.ts: skipped — no `aws` on PATH and no /usr/bin/aws; install awscli to run it'
  )

let emulator: RunningEmulator
let dir: string

beforeAll(async () => {
  // A strategy minute is 6 ms: AllAtOnce (10-minute bake) completes in ~60 ms of real time.
  emulator = await startEmulator({ timeScale: 0.0001 })
  await emulator.control.seed({
    alarms: [
      { name: 'checkout-5xx' },
      {
        name: 'checkout-health',
        type: 'composite',
        alarmRule: 'ALARM("checkout-5xx")'
      }
    ],
    applications: [
      {
        id: 'chkout1',
        name: 'checkout-service',
        environments: [
          { id: 'prod001', name: 'Production', monitors: ['checkout-5xx'] }
        ],
        configurationProfiles: [{ id: 'flags01', name: 'checkout-flags' }]
      }
    ]
  })
  dir = mkdtempSync(path.join(tmpdir(), 'emulator-cli-'))
})

afterAll(async () => {
  await emulator.close()
  rmSync(dir, { recursive: true, force: true })
})

async function aws(cli: string, args: string[]): Promise<string> {
  const { stdout } = await run(
    cli,
    [...args, '--endpoint-url', emulator.endpoint, '--output', 'json'],
    {
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        AWS_ACCESS_KEY_ID: 'emulator',
        AWS_SECRET_ACCESS_KEY: 'emulator',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_CONFIG_FILE: path.join(dir, 'none'),
        AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'none'),
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_PAGER: ''
      },
      timeout: 30_000
    }
  )
  return stdout
}

const describeIfCli = HAS_CLI ? describe : describe.skip
const describeIfWaiter = IS_V1 ? describe : describe.skip

describeIfCli(
  `the AWS CLI against the emulator (${PATH_AWS ?? DEBIAN_AWS ?? 'absent'})`,
  () => {
    it('creates a hosted version and deploys it to COMPLETE', async () => {
      const file = path.join(dir, 'flags.json')
      writeFileSync(file, flagsDocument(5))
      const out = path.join(dir, 'out.json')
      const created = JSON.parse(
        await aws(MAIN_CLI, [
          'appconfig',
          'create-hosted-configuration-version',
          '--application-id',
          'chkout1',
          '--configuration-profile-id',
          'flags01',
          '--content',
          `fileb://${file}`,
          '--content-type',
          'application/json',
          ...(IS_V1 ? ['--version-label', 'v1.0.0'] : []),
          out
        ])
      ) as { VersionNumber: number }
      expect(created.VersionNumber).toBe(1)
      expect(readFileSync(out, 'utf8')).toContain('"_createdAt"')

      const started = JSON.parse(
        await aws(MAIN_CLI, [
          'appconfig',
          'start-deployment',
          '--application-id',
          'chkout1',
          '--environment-id',
          'prod001',
          '--deployment-strategy-id',
          'AppConfig.AllAtOnce',
          '--configuration-profile-id',
          'flags01',
          '--configuration-version',
          '1'
        ])
      ) as { DeploymentNumber: number; State: string }
      expect(started).toMatchObject({ DeploymentNumber: 1 })

      // The CLI waiter polls every 30 s after its first check: make sure that first check sees COMPLETE.
      const client = appConfigClient(emulator.endpoint)
      const deadline = Date.now() + 10_000
      let state: string | undefined
      while (state !== 'COMPLETE' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20))
        state = (
          await client.send(
            new GetDeploymentCommand({
              ApplicationId: 'chkout1',
              EnvironmentId: 'prod001',
              DeploymentNumber: 1
            })
          )
        ).State
      }
      client.destroy()
      expect(state).toBe('COMPLETE')
      const operations = emulator.control.calls().map((c) => c.operation)
      expect(operations).toEqual(
        expect.arrayContaining([
          'CreateHostedConfigurationVersion',
          'StartDeployment'
        ])
      )
    }, 60_000)

    // aws-cli 1.x only: Debian's 2.9 has no `aws appconfig wait`.
    describeIfWaiter('aws appconfig wait', () => {
      it('waits with `aws appconfig wait deployment-complete` (first poll sees COMPLETE)', async () => {
        const before = Date.now()
        await aws(MAIN_CLI, [
          'appconfig',
          'wait',
          'deployment-complete',
          '--application-id',
          'chkout1',
          '--environment-id',
          'prod001',
          '--deployment-number',
          '1'
        ])
        // The waiter sleeps 30 s between polls; finishing sooner proves the first poll succeeded.
        expect(Date.now() - before).toBeLessThan(20_000)
      }, 60_000)
    })

    it('describes alarms (Query with /usr/bin/aws when present, else JSON 1.0)', async () => {
      const cli = DEBIAN_AWS !== undefined ? '/usr/bin/aws' : MAIN_CLI
      emulator.control.clearCalls()
      const out = JSON.parse(
        await aws(cli, [
          'cloudwatch',
          'describe-alarms',
          '--alarm-types',
          'MetricAlarm',
          'CompositeAlarm'
        ])
      ) as {
        MetricAlarms: { AlarmName: string; StateValue: string }[]
        CompositeAlarms: { AlarmName: string; AlarmRule: string }[]
      }
      expect(out.MetricAlarms.map((a) => [a.AlarmName, a.StateValue])).toEqual([
        ['checkout-5xx', 'OK']
      ])
      expect(out.CompositeAlarms.map((a) => a.AlarmName)).toEqual([
        'checkout-health'
      ])
      const call = emulator.control.calls('DescribeAlarms')[0]!
      expect(call.protocol).toBe(DEBIAN_AWS !== undefined ? 'query' : 'json')
      expect(call.params).toMatchObject({
        AlarmTypes: ['MetricAlarm', 'CompositeAlarm']
      })
    }, 60_000)

    it('gets the errors AWS would send', async () => {
      await expect(
        aws(MAIN_CLI, [
          'appconfig',
          'get-environment',
          '--application-id',
          'chkout1',
          '--environment-id',
          'nope'
        ])
      ).rejects.toMatchObject({
        stderr: expect.stringContaining('ResourceNotFoundException') as unknown
      })
    }, 60_000)
  }
)
