import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetDeploymentCommand,
  ListHostedConfigurationVersionsCommand,
  ListTagsForResourceCommand
} from '@aws-sdk/client-appconfig'
import 'aws-sdk-client-mock-jest'
import type { InputName } from '../../src/contract.js'
import {
  fixedContent,
  type ContentChoice
} from '../../src/content/content-choice.js'
import { revertChoice } from '../../src/content/revert-content.js'
import { setFlagsChoice } from '../../src/content/set-flags-content.js'
import { refusalOf } from '../../src/plan/make-plan.js'
import { createPlanner } from '../../src/plan/planner.js'
import {
  appconfig,
  clients,
  flags,
  listCalls,
  recorder,
  seed,
  settingsOf,
  summary,
  targetWith,
  versionsReader
} from '../mock-world.js'

// The one planner: one ListDeployments walk per plan (the drift base found in it), the content
// chosen again from what runs at each plan, and a replan that never changes what was approved
// or asked for without saying so.

const target = targetWith()
const context = recorder().deps.context
const bundle = flags(true, true, ['c'])

function planner(
  choice: ContentChoice,
  inputs: Partial<Record<InputName, string>> = {}
) {
  return createPlanner({
    target,
    settings: settingsOf(inputs),
    choice,
    now: () => 0
  })
}

const bundleChoice = fixedContent({
  source: 'bundle',
  value: bundle,
  text: JSON.stringify(bundle)
})

const live2 = [summary(2, 'COMPLETE', 2), summary(1, 'COMPLETE', 1)]
const live3 = [summary(3, 'COMPLETE', 3), ...live2]

beforeEach(() =>
  seed({
    contents: { 1: flags(false), 2: flags(true), 3: flags(true, false) },
    lists: [live2, live3]
  })
)

describe('createPlanner', () => {
  it('walks ListDeployments once per plan and finds the drift base in the same walk', async () => {
    // Deployment 1 was this action's (source tag); deployment 2 was made by hand.
    appconfig
      .on(ListTagsForResourceCommand)
      .callsFake((input: { ResourceArn?: string }) => ({
        Tags: input.ResourceArn?.endsWith('/deployment/1')
          ? { 'appconfig-guarded-rollout:source': 'bundle' }
          : {}
      }))
    const plan = planner(bundleChoice)

    const planned = await plan(clients, versionsReader())

    expect(listCalls()).toBe(1)
    expect(appconfig).toHaveReceivedCommandTimes(ListTagsForResourceCommand, 2)
    expect(planned.plan.drift).toMatchObject({
      base: { deploymentNumber: 1, version: 1 },
      live: { deploymentNumber: 2, version: 2 },
      recognisedBy: 'tags',
      limitReached: false
    })
    // Deployment 2 turned a on outside the action; the bundle has it on too: converged.
    expect(planned.plan.drift?.flags.map((f) => [f.key, f.kind])).toEqual([
      ['a', 'converged']
    ])
    expect(planned.latestDeploymentNumber).toBe(2)
    expect(planned.plan.changes.map((c) => c.key)).toEqual(['c'])

    await plan(clients, versionsReader())
    expect(listCalls()).toBe(2)
  })

  it('applies the set-flags lines again to what runs after a replan, with its warning', async () => {
    const choice = setFlagsChoice(
      target,
      settingsOf({ 'set-flags': 'a=off' }).setFlags ?? [],
      {
        context,
        reason: undefined,
        versionLabel: undefined
      }
    )
    const plan = planner(choice, { 'set-flags': 'a=off' })

    const first = await plan(clients, versionsReader())
    expect(first.content.value).toEqual(flags(false, true))
    expect(first.plan.guards.map((g) => g.guard)).not.toContain('set-flags')
    // A set-flags patch starts from what runs: no drift base is looked for.
    expect(first.plan.drift).toBeUndefined()
    expect(appconfig).not.toHaveReceivedCommand(ListTagsForResourceCommand)

    // Deployment 3 (b off) completed meanwhile.
    const again = await plan(clients, versionsReader())

    expect(listCalls()).toBe(2)
    expect(again.content.value).toEqual(flags(false, false))
    expect(again.deployed?.deploymentNumber).toBe(3)
    expect(again.plan.guards).toContainEqual({
      guard: 'set-flags',
      outcome: 'warn',
      message: expect.stringMatching(
        /set-flags applied to deployment 3 \(version 3\), which completed while this run waited, not to deployment 2/
      ) as unknown
    })
    expect(refusalOf(again.plan)).toBeUndefined()
  })

  it("carries a choice's failure as planned.failure, with a plan of what runs", async () => {
    const choice = revertChoice(
      target,
      {
        reverted: {
          deploymentNumber: 2,
          state: 'COMPLETE',
          profileId: 'prof001',
          version: 2,
          label: undefined,
          percentage: undefined,
          completedAt: undefined
        },
        earlier: {
          deploymentNumber: 1,
          state: 'COMPLETE',
          profileId: 'prof001',
          version: 1,
          label: undefined,
          percentage: undefined,
          completedAt: undefined
        }
      },
      { context, reason: undefined }
    )
    const plan = planner(choice, { mode: 'revert' })

    const first = await plan(clients, versionsReader())
    expect(first.failure).toBeUndefined()
    expect(first.content).toMatchObject({
      source: 'revert',
      version: { number: 1 }
    })
    // A revert removes what the reverted deployment added: not a removal to refuse.
    expect(first.plan.guards.map((g) => g.guard)).not.toContain('flag-removal')

    // Deployment 3 completed since: the revert refuses rather than undo it.
    const again = await plan(clients, versionsReader())
    expect(listCalls()).toBe(2)
    expect(again.failure).toMatchObject({ kind: 'guard' })
    expect(again.failure?.message).toMatch(
      /What to revert has changed: deployment 3 \(version 3\) completed in Production since the revert was planned/
    )
    expect(again.plan.deployed).toEqual({
      version: 3,
      label: 'v3',
      deploymentNumber: 3
    })
  })

  describe('expected-plan', () => {
    async function approvedId(): Promise<string> {
      const planned = await planner(bundleChoice, { mode: 'plan' })(
        clients,
        versionsReader()
      )
      expect(planned.plan.planId).toBeDefined()
      return planned.plan.planId!
    }

    it('passes on the approved plan and refuses a replan after another deployment completed, naming it', async () => {
      seed({
        contents: { 1: flags(false), 2: flags(true), 3: flags(true, false) },
        lists: [live2, live2, live3]
      })
      appconfig
        .on(GetDeploymentCommand)
        .resolves({ DeploymentNumber: 3, Description: 'console hotfix' })
      const id = await approvedId()
      const plan = planner(bundleChoice, { 'expected-plan': id })

      const first = await plan(clients, versionsReader())
      expect(first.plan.planId).toBe(id)
      expect(first.plan.guards[0]).toMatchObject({
        guard: 'expected-plan',
        outcome: 'pass'
      })

      const again = await plan(clients, versionsReader())
      expect(again.plan.guards[0]).toMatchObject({
        guard: 'expected-plan',
        outcome: 'refuse'
      })
      expect(refusalOf(again.plan)?.message).toMatch(
        /deployment 3 \(version 3, v3, "console hotfix"\) completed in Production since the plan, which saw deployment 2 \(version 2\)/
      )
    })

    it("does not count the run's own written version as a change, but counts anyone else's", async () => {
      seed({
        contents: { 1: flags(false), 2: flags(true) },
        lists: [live2]
      })
      const id = await approvedId()
      const plan = planner(bundleChoice, { 'expected-plan': id })
      await plan(clients, versionsReader())
      // The run wrote version 3, then planned again (after a 409, say).
      appconfig
        .on(ListHostedConfigurationVersionsCommand)
        .resolves({ Items: [{ VersionNumber: 3 }] })

      const own = await plan(clients, versionsReader(), {
        number: 3,
        label: 'v3',
        reused: false
      })
      expect(own.plan.guards[0]).toMatchObject({
        guard: 'expected-plan',
        outcome: 'pass'
      })
      expect(own.plan.planId).toBe(id)

      const someoneElse = await plan(clients, versionsReader())
      expect(someoneElse.plan.guards[0]?.outcome).toBe('refuse')
      expect(someoneElse.plan.guards[0]?.message).toMatch(
        /hosted version 3 was created since the plan, which saw version 2 as the newest/
      )
    })
  })
})
