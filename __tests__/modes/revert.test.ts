import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CreateHostedConfigurationVersionCommand,
  type DeploymentSummary,
  GetDeploymentCommand,
  StartDeploymentCommand,
  StopDeploymentCommand
} from '@aws-sdk/client-appconfig'
import 'aws-sdk-client-mock-jest'
import type { InputName } from '../../src/contract.js'
import { runRevert } from '../../src/modes/revert.js'
import type { Rollout } from '../../src/rollout/rollout.js'
import {
  ALARM,
  appconfig,
  clients,
  flags,
  recorder,
  seed,
  settingsOf,
  summary,
  targetWith,
  versionsReader
} from '../mock-world.js'

// mode: revert in-process: each path it chooses (stop a deployment in progress, AppConfig's
// revert inside the window, a new deployment of the earlier version through the one start
// path outside it or when AppConfig refuses) and each refusal. AppConfig is mocked; time is
// injected.

const HOUR = 3_600_000
const NOW = 200 * HOUR

async function revert(
  inputs: Partial<Record<InputName, string>> = {},
  monitors: readonly string[] = []
) {
  const rec = recorder(NOW)
  const recorded: Rollout[] = []
  const outcome = await runRevert({
    clients,
    target: targetWith(monitors),
    versions: versionsReader(),
    settings: settingsOf({ mode: 'revert', ...inputs }),
    deps: rec.deps,
    record: (r) => recorded.push(r)
  })
  return { outcome, recorded, ...rec }
}

const started = () =>
  appconfig.commandCalls(StartDeploymentCommand).map((c) => c.args[0].input)

/** Deployment 2 (version 2, a on) completed `hoursAgo`; deployment 1 (version 1, a off) before it. */
function history(
  hoursAgo: number,
  more: { alarm?: 'OK' | 'ALARM'; before?: DeploymentSummary[] } = {}
) {
  const items = [
    ...(more.before ?? []),
    summary(2, 'COMPLETE', 2, { CompletedAt: new Date(NOW - hoursAgo * HOUR) }),
    summary(1, 'COMPLETE', 1, { CompletedAt: new Date(NOW - 300 * HOUR) })
  ]
  seed({
    contents: { 1: flags(false), 2: flags(true), 3: flags(true, false) },
    lists: [items],
    alarm: more.alarm
  })
}

const badRequest = () =>
  Object.assign(
    new Error('Deployment 2 cannot be reverted: more than 72 hours'),
    { name: 'BadRequestException', $metadata: { httpStatusCode: 400 } }
  )

beforeEach(() => history(1))

describe('runRevert', () => {
  it("reverts inside the window with AppConfig's own revert (StopDeployment AllowRevert)", async () => {
    appconfig
      .on(StopDeploymentCommand)
      .resolves({ DeploymentNumber: 2, State: 'REVERTED' })

    const { outcome, recorded, log } = await revert({}, [ALARM])

    expect(outcome.result).toBe('reverted')
    expect(appconfig).toHaveReceivedCommandWith(StopDeploymentCommand, {
      ApplicationId: 'app0001',
      EnvironmentId: 'env0001',
      DeploymentNumber: 2,
      AllowRevert: true
    })
    expect(appconfig).not.toHaveReceivedCommand(StartDeploymentCommand)
    expect(outcome.incident).toMatchObject({
      kind: 'revert',
      path: 'revert',
      from: { version: 2, deploymentNumber: 2 },
      to: { version: 1, deploymentNumber: 1 },
      undo: expect.stringMatching(/configuration-version: 2/) as unknown
    })
    expect(outcome.incident.pathReason).toMatch(/completed 1 hours ago/)
    expect(outcome.plan?.changes.map((c) => c.key)).toEqual(['a'])
    expect(recorded[0]).toMatchObject({
      deploymentNumber: 2,
      state: 'REVERTED',
      stopped: true,
      version: { number: 1, reused: true }
    })
    expect(log).toContain(
      'Reverted deployment 2: Production serves checkout-flags version 1 again.'
    )
  })

  it('answers AppConfig refusing the revert with a new deployment of the earlier version, locked, through the one start path', async () => {
    appconfig.on(StopDeploymentCommand).rejects(badRequest())
    appconfig
      .on(StartDeploymentCommand)
      .resolves({ DeploymentNumber: 3, State: 'DEPLOYING' })
    appconfig.on(GetDeploymentCommand).resolves({
      DeploymentNumber: 3,
      State: 'COMPLETE',
      PercentageComplete: 100
    })

    const { outcome } = await revert({ description: 'undo bad release' })

    expect(outcome.result).toBe('reverted')
    expect(started()).toEqual([
      expect.objectContaining({
        ConfigurationVersion: '1',
        LatestDeploymentNumber: 2,
        DeploymentStrategyId: 'strat01',
        Tags: expect.objectContaining({
          'appconfig-guarded-rollout:source': 'revert'
        }) as unknown
      })
    ])
    // The earlier version is deployed as it is: nothing written.
    expect(appconfig).not.toHaveReceivedCommand(
      CreateHostedConfigurationVersionCommand
    )
    expect(outcome.incident).toMatchObject({
      path: 'deployment',
      to: { version: 1, deploymentNumber: 3 }
    })
    expect(outcome.incident.pathReason).toMatch(
      /AppConfig refused to revert deployment 2 .*new deployment of version 1 with canary/
    )
    expect(outcome.incident.undo).toMatch(/or revert deployment 3 within 72/)
  })

  it('deploys the earlier version anew outside the window', async () => {
    history(80)
    appconfig
      .on(StartDeploymentCommand)
      .resolves({ DeploymentNumber: 3, State: 'DEPLOYING' })
    appconfig.on(GetDeploymentCommand).resolves({
      DeploymentNumber: 3,
      State: 'COMPLETE'
    })

    const { outcome } = await revert()

    expect(outcome.result).toBe('reverted')
    expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
    expect(started()[0]).toMatchObject({
      ConfigurationVersion: '1',
      LatestDeploymentNumber: 2
    })
    expect(outcome.incident.pathReason).toMatch(
      /completed 80 hours ago, outside AppConfig's 72-hour revert window/
    )
  })

  it('says so when the new deployment is rolled back', async () => {
    history(80)
    appconfig
      .on(StartDeploymentCommand)
      .resolves({ DeploymentNumber: 3, State: 'DEPLOYING' })
    appconfig.on(GetDeploymentCommand).resolves({
      DeploymentNumber: 3,
      State: 'ROLLED_BACK',
      EventLog: [
        {
          EventType: 'ROLLBACK_STARTED',
          TriggeredBy: 'USER',
          Description: 'Rollback initiated by user',
          OccurredAt: new Date(NOW)
        }
      ]
    })

    const { outcome } = await revert()

    expect(outcome.result).toBe('rolled-back')
    expect(outcome.failure).toMatchObject({ kind: 'rolled-back' })
    expect(outcome.failure?.message).toMatch(
      /Deployment 3 of version 1 was rolled back .*Production still runs version 2/
    )
    expect(outcome.rollout?.deploymentNumber).toBe(3)
  })

  it('refuses outside the window while an alarm fires: the new deployment would be rolled back', async () => {
    history(80, { alarm: 'ALARM' })

    const { outcome } = await revert({}, [ALARM])

    expect(outcome.result).toBe('failed')
    expect(outcome.failure?.message).toMatch(
      /Cannot revert Production to version 1 now: .*checkout-5xx is firing.*disable-alarm-actions --alarm-names checkout-5xx/
    )
    expect(outcome.incident.path).toBe('deployment')
    expect(appconfig).not.toHaveReceivedCommand(StartDeploymentCommand)
    expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
  })

  it('stops a deployment of the profile in progress and watches the rollback', async () => {
    history(1, { before: [summary(3, 'DEPLOYING', 3)] })
    appconfig
      .on(StopDeploymentCommand)
      .resolves({ DeploymentNumber: 3, State: 'ROLLING_BACK' })
    appconfig
      .on(GetDeploymentCommand)
      .resolvesOnce({ DeploymentNumber: 3, State: 'ROLLING_BACK' })
      .resolves({ DeploymentNumber: 3, State: 'ROLLED_BACK' })

    const { outcome, recorded, clock } = await revert()

    expect(outcome.result).toBe('reverted')
    expect(appconfig).toHaveReceivedCommandTimes(StopDeploymentCommand, 1)
    const stop = appconfig.commandCalls(StopDeploymentCommand)[0]!.args[0].input
    expect(stop.DeploymentNumber).toBe(3)
    expect(stop.AllowRevert).toBeUndefined()
    expect(appconfig).toHaveReceivedCommandTimes(GetDeploymentCommand, 2)
    expect(clock.t).toBeGreaterThan(NOW)
    expect(outcome.incident).toMatchObject({
      path: 'stop',
      from: { version: 3, deploymentNumber: 3 },
      to: { version: 2, deploymentNumber: 2 }
    })
    expect(outcome.plan?.changes.map((c) => c.key)).toEqual(['b'])
    expect(recorded[0]).toMatchObject({
      deploymentNumber: 3,
      state: 'ROLLED_BACK',
      stopped: true
    })
  })

  it('fails as timed out when the stopped deployment has not rolled back by the deadline', async () => {
    history(1, { before: [summary(3, 'DEPLOYING', 3)] })
    appconfig
      .on(StopDeploymentCommand)
      .resolves({ DeploymentNumber: 3, State: 'ROLLING_BACK' })
    appconfig
      .on(GetDeploymentCommand)
      .resolves({ DeploymentNumber: 3, State: 'ROLLING_BACK' })

    const { outcome } = await revert({ 'timeout-minutes': '1' })

    expect(outcome.result).toBe('timed-out')
    expect(outcome.failure?.message).toMatch(
      /Deployment 3 was stopped, but it had not finished rolling back \(last state ROLLING_BACK\)/
    )
  })

  it('refuses when the profile has no completed deployment', async () => {
    seed({
      contents: { 1: flags(true) },
      lists: [[summary(1, 'ROLLED_BACK', 1)]]
    })

    const { outcome } = await revert()

    expect(outcome.result).toBe('failed')
    expect(outcome.failure?.message).toBe(
      'Nothing to revert: checkout-flags has no completed deployment in Production.'
    )
  })

  it('refuses when the latest deployment is the first one', async () => {
    seed({
      contents: { 1: flags(true) },
      lists: [[summary(1, 'COMPLETE', 1)]]
    })

    const { outcome } = await revert()

    expect(outcome.failure?.message).toMatch(
      /Nothing to revert to: deployment 1 \(version 1\) is the first completed deployment/
    )
    expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
  })

  describe('another profile busy in the environment', () => {
    const other = summary(5, 'DEPLOYING', 9, {
      ConfigurationProfileId: 'prof999'
    })

    it('refuses with on-in-progress: fail', async () => {
      history(1, { before: [other] })

      const { outcome } = await revert({ 'on-in-progress': 'fail' })

      expect(outcome.failure?.message).toMatch(
        /Deployment 5 of another profile is DEPLOYING in Production.*on-in-progress is fail/
      )
      expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
      expect(appconfig).not.toHaveReceivedCommand(GetDeploymentCommand)
    })

    it('waits for it, reads the history again, then reverts', async () => {
      const rest = [
        summary(2, 'COMPLETE', 2, { CompletedAt: new Date(NOW - HOUR) }),
        summary(1, 'COMPLETE', 1)
      ]
      seed({
        contents: { 1: flags(false), 2: flags(true) },
        lists: [
          [other, ...rest],
          [{ ...other, State: 'COMPLETE' }, ...rest]
        ]
      })
      appconfig
        .on(GetDeploymentCommand, { DeploymentNumber: 5 })
        .resolvesOnce({ DeploymentNumber: 5, State: 'DEPLOYING' })
        .resolves({ DeploymentNumber: 5, State: 'COMPLETE' })
      appconfig
        .on(StopDeploymentCommand)
        .resolves({ DeploymentNumber: 2, State: 'REVERTED' })

      const { outcome, warnings, log } = await revert()

      expect(outcome.result).toBe('reverted')
      expect(warnings.join('\n')).toMatch(
        /Waiting for it to end \(on-in-progress: wait\)/
      )
      expect(log).toContain('Deployment 5 ended: COMPLETE.')
      expect(appconfig).toHaveReceivedCommandWith(StopDeploymentCommand, {
        DeploymentNumber: 2,
        AllowRevert: true
      })
    })

    it('gives up as timed out when it does not end in time', async () => {
      history(1, { before: [other] })
      appconfig
        .on(GetDeploymentCommand)
        .resolves({ DeploymentNumber: 5, State: 'DEPLOYING' })

      const { outcome } = await revert({ 'timeout-minutes': '2' })

      expect(outcome.result).toBe('timed-out')
      expect(outcome.failure?.message).toMatch(
        /had not ended within 2 minutes; nothing was reverted/
      )
      expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
    })
  })
})
