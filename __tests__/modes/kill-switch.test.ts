import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CreateHostedConfigurationVersionCommand,
  GetDeploymentCommand,
  StartDeploymentCommand,
  StopDeploymentCommand
} from '@aws-sdk/client-appconfig'
import 'aws-sdk-client-mock-jest'
import type { InputName } from '../../src/contract.js'
import { runSetFlags } from '../../src/modes/kill-switch.js'
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

// The kill switch (runSetFlags) in-process: every path from "nothing runs" to a complete
// deployment, through the firing-alarm paths (AppConfig's revert gives the content, or a
// refusal with what to do). AppConfig is mocked; time is injected.

const HOUR = 3_600_000
const NOW = 100 * HOUR

async function killSwitch(
  inputs: Partial<Record<InputName, string>> = {},
  monitors: readonly string[] = []
) {
  const settings = settingsOf({ 'set-flags': 'a=off', ...inputs })
  const rec = recorder(NOW)
  const recorded: Rollout[] = []
  const learned = {}
  const outcome = await runSetFlags({
    clients,
    target: targetWith(monitors),
    versions: versionsReader(),
    settings,
    setFlags: settings.setFlags ?? [],
    deps: rec.deps,
    record: (r) => recorded.push(r),
    learned
  })
  return { outcome, recorded, learned, ...rec }
}

const started = () =>
  appconfig.commandCalls(StartDeploymentCommand).map((c) => c.args[0].input)

/** Production runs version 2 (a on) since deployment 2, one hour ago; version 1 had a off. */
function twoDeployments(alarm: 'OK' | 'ALARM' = 'OK', completedHoursAgo = 1) {
  seed({
    contents: { 1: flags(false), 2: flags(true) },
    lists: [
      [
        summary(2, 'COMPLETE', 2, {
          CompletedAt: new Date(NOW - completedHoursAgo * HOUR)
        }),
        summary(1, 'COMPLETE', 1, { CompletedAt: new Date(NOW - 50 * HOUR) })
      ]
    ],
    alarm
  })
}

beforeEach(() => twoDeployments())

describe('runSetFlags', () => {
  it('fails on the input when the environment runs no version of the profile', async () => {
    seed({ contents: { 1: flags(true) }, lists: [[]] })

    const { outcome, learned } = await killSwitch()

    expect(outcome.result).toBe('failed')
    expect(outcome.failure).toMatchObject({ kind: 'input', input: 'set-flags' })
    expect(outcome.failure?.message).toMatch(
      /runs no version of checkout-flags .*deploy a bundle first/
    )
    expect(outcome.incident?.from).toBeUndefined()
    expect(learned).toHaveProperty('incident')
    expect(appconfig).not.toHaveReceivedCommand(StartDeploymentCommand)
  })

  it('plans in plan mode: the change, from what runs, and how to undo it; nothing written', async () => {
    const { outcome } = await killSwitch({ mode: 'plan' })

    expect(outcome.result).toBe('planned')
    expect(outcome.plan?.changes.map((c) => c.key)).toEqual(['a'])
    expect(outcome.incident).toMatchObject({
      kind: 'set-flags',
      actor: 'oncall-ana',
      lines: ['a=off'],
      from: { version: 2, deploymentNumber: 2 },
      undo: 'Run this again with set-flags:\na=on'
    })
    expect(appconfig).not.toHaveReceivedCommand(
      CreateHostedConfigurationVersionCommand
    )
    expect(appconfig).not.toHaveReceivedCommand(StartDeploymentCommand)
  })

  it('deploys the lines on what runs, tagged set-flags, and completes', async () => {
    appconfig
      .on(StartDeploymentCommand)
      .resolves({ DeploymentNumber: 3, State: 'DEPLOYING' })
    appconfig.on(GetDeploymentCommand).resolves({
      DeploymentNumber: 3,
      State: 'COMPLETE',
      PercentageComplete: 100
    })

    const { outcome, recorded } = await killSwitch({
      description: 'bitcoin failing'
    })

    expect(outcome.result).toBe('complete')
    const written = appconfig.commandCalls(
      CreateHostedConfigurationVersionCommand
    )
    expect(written).toHaveLength(1)
    const content = JSON.parse(
      new TextDecoder().decode(written[0]!.args[0].input.Content as Uint8Array)
    ) as { values: Record<string, { enabled: boolean }> }
    expect(content.values).toEqual({
      a: { enabled: false },
      b: { enabled: true }
    })
    expect(started()).toEqual([
      expect.objectContaining({
        ConfigurationVersion: '3',
        LatestDeploymentNumber: 2,
        Tags: expect.objectContaining({
          'appconfig-guarded-rollout:source': 'set-flags'
        }) as unknown
      })
    ])
    expect(started()[0]?.Description).toMatch(
      /bitcoin failing .*a=off on version 2/
    )
    expect(outcome.incident).toMatchObject({
      from: { version: 2, deploymentNumber: 2 },
      to: { version: 3, deploymentNumber: 3 },
      path: 'deployment',
      alarmNote: expect.stringMatching(/no alarm monitors/) as unknown
    })
    expect(recorded.at(-1)).toMatchObject({ deploymentNumber: 3 })
  })

  it('refuses what the plan refuses (another deployment in progress, on-in-progress: fail)', async () => {
    seed({
      contents: { 1: flags(false), 2: flags(true) },
      lists: [[summary(3, 'DEPLOYING', 1), summary(2, 'COMPLETE', 2)]]
    })

    const { outcome } = await killSwitch({ 'on-in-progress': 'fail' })

    expect(outcome.result).toBe('failed')
    expect(outcome.failure?.message).toMatch(
      /Deployment 3 .*in progress .*on-in-progress is fail/
    )
    expect(appconfig).not.toHaveReceivedCommand(StartDeploymentCommand)
  })

  describe('while a monitored alarm fires', () => {
    it("reverts when the version before the latest deployment is exactly what the lines ask (AppConfig's revert ignores alarms)", async () => {
      twoDeployments('ALARM')
      appconfig
        .on(StopDeploymentCommand)
        .resolves({ DeploymentNumber: 2, State: 'REVERTED' })

      const { outcome, warnings } = await killSwitch({}, [ALARM])

      expect(outcome.result).toBe('complete')
      expect(appconfig).toHaveReceivedCommandWith(StopDeploymentCommand, {
        DeploymentNumber: 2,
        AllowRevert: true
      })
      expect(appconfig).not.toHaveReceivedCommand(StartDeploymentCommand)
      expect(appconfig).not.toHaveReceivedCommand(
        CreateHostedConfigurationVersionCommand
      )
      expect(outcome.incident).toMatchObject({
        kind: 'set-flags',
        lines: ['a=off'],
        path: 'revert',
        to: { version: 1 }
      })
      expect(outcome.incident?.alarmNote).toMatch(
        /checkout-5xx is firing.*Version 1.*exactly the content asked for/
      )
      // The plan shows the path taken: the firing alarm warns, it does not refuse.
      const alarmGuard = outcome.plan?.guards.find(
        (g) => g.guard === 'alarm-firing'
      )
      expect(alarmGuard?.outcome).toBe('warn')
      expect(warnings.join('\n')).toMatch(/Reverting\.$/m)
    })

    it('says in plan mode that a deploy would revert', async () => {
      twoDeployments('ALARM')

      const { outcome, warnings } = await killSwitch({ mode: 'plan' }, [ALARM])

      expect(outcome.result).toBe('planned')
      expect(warnings.join('\n')).toMatch(/A deploy would revert\./)
      expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
    })

    it("fails with the revert's failure when AppConfig refuses the revert and the alarm still fires", async () => {
      twoDeployments('ALARM')
      appconfig.on(StopDeploymentCommand).rejects(
        Object.assign(new Error('outside the revert window'), {
          name: 'BadRequestException',
          $metadata: { httpStatusCode: 400 }
        })
      )

      const { outcome } = await killSwitch({}, [ALARM])

      expect(outcome.result).toBe('failed')
      expect(outcome.failure?.message).toMatch(
        /Cannot revert Production to version 1 now: AppConfig refused to revert deployment 2/
      )
      expect(appconfig).not.toHaveReceivedCommand(StartDeploymentCommand)
    })

    it('refuses with what to do when no revert gives the content', async () => {
      // Version 1 had b off too: reverting would not give "a off, b on".
      seed({
        contents: { 1: flags(false, false), 2: flags(true) },
        lists: [
          [
            summary(2, 'COMPLETE', 2, { CompletedAt: new Date(NOW - HOUR) }),
            summary(1, 'COMPLETE', 1)
          ]
        ],
        alarm: 'ALARM'
      })

      const { outcome } = await killSwitch({}, [ALARM])

      expect(outcome.result).toBe('failed')
      expect(outcome.failure?.kind).toBe('guard')
      expect(outcome.failure?.message).toMatch(
        /No revert gives exactly this content, so nothing was deployed.*disable-alarm-actions --alarm-names checkout-5xx/
      )
      expect(outcome.incident?.alarmNote).toBe(outcome.failure?.message)
      expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
      expect(appconfig).not.toHaveReceivedCommand(StartDeploymentCommand)
    })

    it('refuses past the revert window too, and in plan mode only warns', async () => {
      twoDeployments('ALARM', 80)

      const deploy = await killSwitch({}, [ALARM])
      expect(deploy.outcome.failure?.message).toMatch(
        /No revert gives exactly this content/
      )

      const plan = await killSwitch({ mode: 'plan' }, [ALARM])
      expect(plan.outcome.result).toBe('planned')
      expect(plan.warnings.join('\n')).toMatch(/No revert gives exactly/)
      expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
    })
  })
})
