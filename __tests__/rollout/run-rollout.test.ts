import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CreateHostedConfigurationVersionCommand,
  GetDeploymentCommand,
  StartDeploymentCommand,
  StopDeploymentCommand
} from '@aws-sdk/client-appconfig'
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import 'aws-sdk-client-mock-jest'
import type { InputName } from '../../src/contract.js'
import { fixedContent } from '../../src/content/content-choice.js'
import { createPlanner } from '../../src/plan/planner.js'
import type { Rollout } from '../../src/rollout/rollout.js'
import { runRollout } from '../../src/rollout/run-rollout.js'
import {
  ALARM,
  appconfig,
  clients,
  cloudwatch,
  flags,
  recorder,
  seed,
  settingsOf,
  summary,
  targetWith,
  versionsReader
} from '../mock-world.js'

// runRollout's outcomes in-process: how each way a deployment ends becomes a result and a
// failure, and what the run sends to AppConfig on the way (the stop on a timeout or a cancel,
// never on leave). AppConfig and CloudWatch are mocked; time is injected.

const bundle = flags(false)

async function rollout(
  inputs: Partial<Record<InputName, string>> = {},
  options: {
    monitors?: string[]
    content?: unknown
    abort?: AbortController
  } = {}
) {
  const target = targetWith(options.monitors)
  const settings = settingsOf(inputs)
  const content = options.content ?? bundle
  const rec = recorder(0, options.abort?.signal)
  const versions = versionsReader()
  const planner = createPlanner({
    target,
    settings,
    choice: fixedContent({
      source: 'bundle',
      value: content,
      text: JSON.stringify(content)
    }),
    now: rec.deps.now
  })
  const planned = await planner(clients, versions)
  const recorded: Rollout[] = []
  const outcome = await runRollout({
    clients,
    target,
    versions,
    settings,
    planned,
    plan: planner,
    deps: rec.deps,
    record: (r) => recorded.push(r)
  })
  return { outcome, recorded, ...rec }
}

const deploying = { DeploymentNumber: 3, State: 'DEPLOYING' as const }

beforeEach(() => {
  seed({
    contents: { 1: flags(true), 2: flags(true) },
    lists: [[summary(2, 'COMPLETE', 2), summary(1, 'COMPLETE', 1)]]
  })
  appconfig.on(StartDeploymentCommand).resolves(deploying)
})

describe('runRollout', () => {
  it('completes: writes the version, starts it with the lock, watches it to COMPLETE', async () => {
    appconfig.on(GetDeploymentCommand).resolves({
      DeploymentNumber: 3,
      State: 'COMPLETE',
      PercentageComplete: 100,
      StartedAt: new Date(0),
      CompletedAt: new Date(60_000)
    })

    const { outcome, recorded, log } = await rollout()

    expect(outcome.result).toBe('complete')
    expect(outcome.failure).toBeUndefined()
    expect(appconfig).toHaveReceivedCommandTimes(
      CreateHostedConfigurationVersionCommand,
      1
    )
    expect(appconfig).toHaveReceivedCommandWith(StartDeploymentCommand, {
      ConfigurationVersion: '3',
      LatestDeploymentNumber: 2
    })
    expect(outcome.rollout).toMatchObject({
      deploymentNumber: 3,
      state: 'COMPLETE',
      percentage: 100,
      endedAt: '1970-01-01T00:01:00.000Z',
      stopped: false
    })
    expect(recorded.map((r) => r.deploymentNumber)).toEqual([undefined, 3, 3])
    expect(log).toContain(
      'Started deployment 3 of version 3 to Production with canary.'
    )
  })

  it('ends unchanged when the bundle is what runs', async () => {
    const { outcome } = await rollout({}, { content: flags(true) })
    expect(outcome.result).toBe('unchanged')
    expect(appconfig).not.toHaveReceivedCommand(StartDeploymentCommand)
  })

  it('fails as rolled back when an alarm fires while the deployment bakes (wait-until: baking)', async () => {
    // OK when planned; firing once the deployment bakes.
    cloudwatch
      .on(DescribeAlarmsCommand)
      .resolvesOnce({
        MetricAlarms: [
          { AlarmArn: ALARM, AlarmName: 'checkout-5xx', StateValue: 'OK' }
        ]
      })
      .resolves({
        MetricAlarms: [
          { AlarmArn: ALARM, AlarmName: 'checkout-5xx', StateValue: 'ALARM' }
        ]
      })
    appconfig
      .on(GetDeploymentCommand)
      .resolves({ DeploymentNumber: 3, State: 'BAKING' })

    const { outcome } = await rollout(
      { 'wait-until': 'baking' },
      { monitors: [ALARM] }
    )

    expect(outcome.result).toBe('failed')
    expect(outcome.failure).toEqual({
      kind: 'rolled-back',
      message: expect.stringMatching(
        /^checkout-5xx fires while deployment 3 is BAKING: AppConfig rolls it back/
      ) as unknown
    })
    expect(outcome.rollout?.triggeredAlarms).toEqual([ALARM])
    expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
  })

  it('returns baking when no alarm fires', async () => {
    appconfig
      .on(GetDeploymentCommand)
      .resolves({ DeploymentNumber: 3, State: 'BAKING' })
    const { outcome } = await rollout({ 'wait-until': 'baking' })
    expect(outcome.result).toBe('baking')
  })

  it('reports a rollback with its reason and cause', async () => {
    appconfig.on(GetDeploymentCommand).resolves({
      DeploymentNumber: 3,
      State: 'ROLLED_BACK',
      EventLog: [
        {
          EventType: 'ROLLBACK_COMPLETED',
          TriggeredBy: 'USER',
          Description: 'Rolled back by a user',
          OccurredAt: new Date(1000)
        }
      ]
    })

    const { outcome } = await rollout()

    expect(outcome.result).toBe('rolled-back')
    expect(outcome.failure?.kind).toBe('rolled-back')
    expect(outcome.failure?.message).toMatch(
      /^AppConfig rolled back deployment 3: /
    )
    expect(outcome.rollout?.cause).toBeDefined()
  })

  describe('timeout-minutes runs out', () => {
    beforeEach(() => {
      appconfig.on(GetDeploymentCommand).resolves(deploying)
    })

    it('stops the deployment (on-timeout: stop)', async () => {
      appconfig
        .on(StopDeploymentCommand)
        .resolves({ DeploymentNumber: 3, State: 'ROLLING_BACK' })

      const { outcome, clock } = await rollout({ 'timeout-minutes': '1' })

      expect(outcome.result).toBe('timed-out')
      expect(clock.t).toBe(60_000)
      expect(appconfig).toHaveReceivedCommandWith(StopDeploymentCommand, {
        DeploymentNumber: 3
      })
      expect(outcome.rollout).toMatchObject({
        stopped: true,
        state: 'ROLLING_BACK'
      })
      expect(outcome.failure?.message).toMatch(
        /^Deployment 3 did not finish within 1 minute \(last state ROLLING_BACK\)\. It was stopped and AppConfig rolls it back\.$/
      )
    })

    it('leaves it running (on-timeout: leave)', async () => {
      const { outcome } = await rollout({
        'timeout-minutes': '1',
        'on-timeout': 'leave'
      })
      expect(outcome.result).toBe('timed-out')
      expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
      expect(outcome.failure?.message).toMatch(
        /It was left running \(on-timeout: leave\)\.$/
      )
    })

    it('counts a stop whose answer was lost as a stop', async () => {
      let stopSent = false
      appconfig.on(StopDeploymentCommand).callsFake(() => {
        stopSent = true
        throw Object.assign(new Error('already stopped'), {
          name: 'BadRequestException'
        })
      })
      appconfig
        .on(GetDeploymentCommand)
        .callsFake(() =>
          stopSent ? { DeploymentNumber: 3, State: 'ROLLING_BACK' } : deploying
        )

      const { outcome, log } = await rollout({ 'timeout-minutes': '1' })

      expect(outcome.rollout?.stopped).toBe(true)
      expect(log.join('\n')).toMatch(/StopDeployment's answer was lost/)
    })

    it('says so when the stop fails', async () => {
      appconfig
        .on(StopDeploymentCommand)
        .rejects(
          Object.assign(new Error('denied'), { name: 'AccessDeniedException' })
        )

      const { outcome, warnings } = await rollout({ 'timeout-minutes': '1' })

      expect(outcome.rollout?.stopped).toBe(false)
      expect(warnings.join('\n')).toMatch(/Could not stop deployment 3: /)
      expect(outcome.failure?.message).toMatch(
        /Stopping it failed; it is still running\.$/
      )
    })
  })

  it('stops the deployment when the workflow is cancelled during the watch', async () => {
    const abort = new AbortController()
    appconfig
      .on(GetDeploymentCommand, { DeploymentNumber: 3 })
      .callsFake(() => {
        abort.abort()
        return deploying
      })
    appconfig
      .on(StopDeploymentCommand)
      .resolves({ DeploymentNumber: 3, State: 'ROLLING_BACK' })

    const { outcome } = await rollout({}, { abort })

    expect(outcome.result).toBe('cancelled')
    expect(appconfig).toHaveReceivedCommandTimes(StopDeploymentCommand, 1)
    expect(outcome.failure?.message).toMatch(
      /cancelled during deployment 3\. The deployment was stopped and AppConfig rolls it back\./
    )
  })

  it('leaves it running on a cancel with on-cancel: leave', async () => {
    const abort = new AbortController()
    appconfig
      .on(GetDeploymentCommand, { DeploymentNumber: 3 })
      .callsFake(() => {
        abort.abort()
        return deploying
      })

    const { outcome } = await rollout({ 'on-cancel': 'leave' }, { abort })

    expect(outcome.result).toBe('cancelled')
    expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
    expect(outcome.failure?.message).toMatch(/on-cancel: leave/)
  })

  it('fails, leaving the deployment running, when the watch itself fails', async () => {
    appconfig.on(GetDeploymentCommand, { DeploymentNumber: 3 }).rejects(
      Object.assign(new Error('not allowed'), {
        name: 'AccessDeniedException'
      })
    )

    const { outcome } = await rollout()

    expect(outcome.result).toBe('failed')
    expect(outcome.rollout?.deploymentNumber).toBe(3)
    expect(outcome.failure?.message).toMatch(
      /Deployment 3 was left running; check it in the AppConfig console\.$/
    )
    expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
  })
})
