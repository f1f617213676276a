import {
  AppConfigClient,
  GetDeploymentCommand,
  GetEnvironmentCommand,
  StartDeploymentCommand,
  type GetDeploymentCommandOutput
} from '@aws-sdk/client-appconfig'
import {
  CloudWatchClient,
  SetAlarmStateCommand
} from '@aws-sdk/client-cloudwatch'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import {
  appConfigClient,
  cloudWatchClient,
  flagsDocument,
  MINUTE
} from './emulator-clients.js'

const VALIDATION = 5_000
const ROLLBACK = 30_000

let emulator: RunningEmulator
let appconfig: AppConfigClient
let cloudwatch: CloudWatchClient

beforeEach(async () => {
  emulator = await startEmulator({ timeScale: 0 })
  await emulator.control.seed({
    alarms: [
      { name: 'checkout-5xx' },
      { name: 'checkout-latency' },
      { name: 'muted', actionsEnabled: false },
      {
        name: 'checkout-health',
        type: 'composite',
        alarmRule: 'ALARM("checkout-latency") OR ALARM("checkout-5xx")'
      }
    ],
    deploymentStrategies: [
      {
        id: 'lin20',
        name: 'linear-20',
        durationMinutes: 10,
        bakeMinutes: 5,
        growthFactor: 20
      }
    ],
    applications: [
      {
        id: 'app0001',
        name: 'checkout-service',
        environments: [
          {
            id: 'prod001',
            name: 'Production',
            monitors: ['checkout-5xx', 'muted']
          },
          {
            id: 'prod002',
            name: 'Production-composite',
            monitors: ['checkout-health']
          }
        ],
        configurationProfiles: [
          {
            id: 'flags01',
            name: 'checkout-flags',
            versions: [{ content: flagsDocument() }]
          }
        ]
      }
    ]
  })
  appconfig = appConfigClient(emulator.endpoint)
  cloudwatch = cloudWatchClient(emulator.endpoint)
})

afterEach(async () => {
  appconfig.destroy()
  cloudwatch.destroy()
  await emulator.close()
})

async function start(environmentId = 'prod001'): Promise<void> {
  await appconfig.send(
    new StartDeploymentCommand({
      ApplicationId: 'app0001',
      EnvironmentId: environmentId,
      DeploymentStrategyId: 'lin20',
      ConfigurationProfileId: 'flags01',
      ConfigurationVersion: '1'
    })
  )
}

function get(environmentId = 'prod001'): Promise<GetDeploymentCommandOutput> {
  return appconfig.send(
    new GetDeploymentCommand({
      ApplicationId: 'app0001',
      EnvironmentId: environmentId,
      DeploymentNumber: 1
    })
  )
}

async function environmentState(
  environmentId = 'prod001'
): Promise<string | undefined> {
  return (
    await appconfig.send(
      new GetEnvironmentCommand({
        ApplicationId: 'app0001',
        EnvironmentId: environmentId
      })
    )
  ).State
}

function setAlarm(name: string, state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA') {
  return cloudwatch.send(
    new SetAlarmStateCommand({
      AlarmName: name,
      StateValue: state,
      StateReason: 'test'
    })
  )
}

describe('automatic rollback on a monitored alarm', () => {
  it('rolls back when an alarm goes to ALARM during DEPLOYING (SetAlarmState over the wire)', async () => {
    await start()
    emulator.control.advance(VALIDATION + 4 * MINUTE)
    expect((await get()).PercentageComplete).toBe(40)
    await setAlarm('checkout-5xx', 'ALARM')
    const rolling = await get()
    expect(rolling.State).toBe('ROLLING_BACK')
    expect(rolling.EventLog?.[0]).toMatchObject({
      EventType: 'ROLLBACK_STARTED',
      TriggeredBy: 'CLOUDWATCH_ALARM'
    })
    expect(rolling.EventLog?.[0]!.Description).toContain(
      emulator.control.alarmArn('checkout-5xx')
    )
    expect(await environmentState()).toBe('ROLLING_BACK')
    emulator.control.advance(ROLLBACK)
    const done = await get()
    expect(done.State).toBe('ROLLED_BACK')
    expect(done.EventLog?.[0]).toMatchObject({
      EventType: 'ROLLBACK_COMPLETED'
    })
    expect(await environmentState()).toBe('ROLLED_BACK')
  })

  it('rolls back on INSUFFICIENT_DATA during BAKING', async () => {
    await start()
    emulator.control.advance(VALIDATION + 12 * MINUTE)
    expect((await get()).State).toBe('BAKING')
    emulator.control.setAlarmState('checkout-5xx', 'INSUFFICIENT_DATA')
    expect((await get()).State).toBe('ROLLING_BACK')
  })

  it('ignores an alarm whose actions are disabled, and alarms after COMPLETE', async () => {
    await start()
    emulator.control.advance(VALIDATION + MINUTE)
    await setAlarm('muted', 'ALARM')
    emulator.control.advance(15 * MINUTE)
    expect((await get()).State).toBe('COMPLETE')
    await setAlarm('checkout-5xx', 'ALARM')
    expect((await get()).State).toBe('COMPLETE')
    expect(await environmentState()).toBe('READY_FOR_DEPLOYMENT')
  })

  it('rolls back as soon as DEPLOYING starts when a monitor is already firing', async () => {
    emulator.control.setAlarmState('checkout-5xx', 'ALARM')
    await start()
    expect((await get()).State).toBe('VALIDATING')
    emulator.control.advance(VALIDATION)
    expect(await get()).toMatchObject({
      State: 'ROLLING_BACK',
      PercentageComplete: 0
    })
  })

  it('follows a composite alarm whose rule turns true', async () => {
    await start('prod002')
    emulator.control.advance(VALIDATION + 2 * MINUTE)
    await setAlarm('checkout-latency', 'ALARM')
    expect(emulator.control.alarmState('checkout-health')).toBe('ALARM')
    const d = await get('prod002')
    expect(d.State).toBe('ROLLING_BACK')
    expect(d.EventLog?.[0]!.Description).toContain(
      emulator.control.alarmArn('checkout-health')
    )
  })
})

describe('scheduled alarm changes', () => {
  it('fires when a deployment reaches a percentage, at that step', async () => {
    emulator.control.scheduleAlarmChange({
      alarmName: 'checkout-5xx',
      state: 'ALARM',
      when: { percentage: 60, environmentId: 'prod001' }
    })
    await start()
    emulator.control.advance(VALIDATION + 30 * MINUTE)
    const d = await get()
    expect(d.State).toBe('ROLLED_BACK')
    expect(d.PercentageComplete).toBe(60)
    const rollback = d.EventLog?.find((e) => e.EventType === 'ROLLBACK_STARTED')
    const step60 = d.EventLog?.find(
      (e) => e.Description === 'Configuration available to 60.00% of clients'
    )
    expect(rollback?.OccurredAt).toEqual(step60?.OccurredAt)
  })

  it('fires at an emulated time', async () => {
    await start()
    emulator.control.scheduleAlarmChange({
      alarmName: 'checkout-5xx',
      state: 'ALARM',
      when: { afterMs: VALIDATION + 7 * MINUTE }
    })
    emulator.control.advance(VALIDATION + 6 * MINUTE)
    expect((await get()).State).toBe('DEPLOYING')
    emulator.control.advance(MINUTE)
    expect(await get()).toMatchObject({
      State: 'ROLLING_BACK',
      PercentageComplete: 60
    })
  })

  it('does not fire for deployments in other environments', async () => {
    emulator.control.scheduleAlarmChange({
      alarmName: 'checkout-5xx',
      state: 'ALARM',
      when: { percentage: 20, environmentId: 'elsewhere' }
    })
    await start()
    emulator.control.advance(VALIDATION + 20 * MINUTE)
    expect((await get()).State).toBe('COMPLETE')
    expect(emulator.control.alarmState('checkout-5xx')).toBe('OK')
  })
})
