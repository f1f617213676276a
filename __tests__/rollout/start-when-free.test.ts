import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  AppConfigClient,
  CreateHostedConfigurationVersionCommand,
  type DeploymentSummary,
  GetDeploymentCommand,
  GetHostedConfigurationVersionCommand,
  type GetHostedConfigurationVersionCommandOutput,
  ListDeploymentsCommand,
  ListHostedConfigurationVersionsCommand,
  ListTagsForResourceCommand,
  StartDeploymentCommand
} from '@aws-sdk/client-appconfig'
import { mockClient } from 'aws-sdk-client-mock'
import 'aws-sdk-client-mock-jest'
import { VersionReader } from '../../src/appconfig/version-reader.js'
import type { Target } from '../../src/appconfig/target.js'
import type { AwsClients } from '../../src/aws/clients.js'
import { fixedContent } from '../../src/content/content-choice.js'
import { createPlanner } from '../../src/plan/planner.js'
import { boundClients } from '../../src/rollout/bound-clients.js'
import type { RolloutContext } from '../../src/rollout/rollout-context.js'
import {
  rolloutSignals,
  type RolloutSignals
} from '../../src/rollout/rollout-signals.js'
import { startWhenFree } from '../../src/rollout/start-when-free.js'
import { parseSettings } from '../../src/settings.js'

// startWhenFree under the faults of issue #12, against a mocked AppConfig: a lost answer is
// recognised and never started twice; a conflict means planning again, guards and diff
// included; every start carries the lock of the plan it follows.

const appconfig = mockClient(AppConfigClient)
const raw: AwsClients = {
  region: 'us-east-1',
  appconfig: new AppConfigClient({
    region: 'us-east-1',
    // The account the drift base's deployment ARNs are built with (resolve-account.ts).
    credentials: {
      accessKeyId: 'x',
      secretAccessKey: 'x',
      accountId: '123456789012'
    }
  }),
  cloudwatch: () => {
    throw new Error('no monitors: CloudWatch is never called')
  }
}
const target: Target = {
  region: 'us-east-1',
  application: { id: 'app0001', name: 'checkout-service' },
  environment: { id: 'env0001', name: 'Production' },
  profile: { id: 'prof001', name: 'checkout-flags' },
  strategy: {
    id: 'strat01',
    name: 'canary',
    growthType: 'LINEAR',
    growthFactor: 10,
    durationMinutes: 10,
    finalBakeMinutes: 5
  },
  monitors: []
}
const DESCRIPTION = 'release 42'
const live = {
  version: '1',
  flags: { a: {} },
  values: { a: { enabled: false } }
}
const bundle = {
  version: '1',
  flags: { a: {} },
  values: { a: { enabled: true } }
}
/** What a person deployed meanwhile: a new flag our bundle does not have. */
const hotfix = {
  version: '1',
  flags: { a: {}, 'kill-switch': {} },
  values: { a: { enabled: false }, 'kill-switch': { enabled: true } }
}
const bytes = (value: unknown) =>
  new TextEncoder().encode(
    JSON.stringify(value)
  ) as unknown as GetHostedConfigurationVersionCommandOutput['Content']
const contents: Record<number, unknown> = { 1: live, 2: bundle, 3: hotfix }

function summary(
  number: number,
  state: string,
  version: number
): DeploymentSummary {
  return {
    DeploymentNumber: number,
    State: state as DeploymentSummary['State'],
    ConfigurationProfileId: 'prof001',
    ConfigurationVersion: String(version)
  }
}

/** An SDK error as the retry middleware leaves it. */
function conflict(attempts: number) {
  return Object.assign(new Error('Deployment number 2 already exists'), {
    name: 'ConflictException',
    $metadata: { httpStatusCode: 409, attempts }
  })
}

/** What GetDeployment answers for deployment 2 when our lost start made it. */
const ours = {
  DeploymentNumber: 2,
  ConfigurationProfileId: 'prof001',
  DeploymentStrategyId: 'strat01',
  ConfigurationVersion: '2',
  Description: DESCRIPTION,
  State: 'VALIDATING' as const
}

let signals: RolloutSignals | undefined
afterEach(() => signals?.dispose())

beforeEach(() => {
  appconfig.reset()
  appconfig
    .on(GetHostedConfigurationVersionCommand)
    .callsFake((input: { VersionNumber?: number }) => ({
      Content: bytes(contents[input.VersionNumber ?? 0]),
      VersionLabel: `v${input.VersionNumber}`
    }))
  appconfig
    .on(ListHostedConfigurationVersionsCommand)
    .resolves({ Items: [{ VersionNumber: 1 }] })
  appconfig
    .on(CreateHostedConfigurationVersionCommand)
    .resolves({ VersionNumber: 2, VersionLabel: 'v2' })
  // Deployment 1 was made by hand (no source tag): not this action's, so no drift base.
  appconfig.on(ListTagsForResourceCommand).resolves({ Tags: {} })
  appconfig.on(GetDeploymentCommand).resolves({ Description: 'by hand' })
  // The plan sees deployment 1 live; later reads are set per test.
  appconfig
    .on(ListDeploymentsCommand)
    .resolvesOnce({ Items: [summary(1, 'COMPLETE', 1)] })
})

async function start(inputs: Record<string, string> = {}) {
  const all: Record<string, string> = {
    mode: 'deploy',
    application: 'checkout-service',
    environment: 'Production',
    'configuration-profile': 'checkout-flags',
    bundle: 'flags.json',
    'deployment-strategy': 'canary',
    description: DESCRIPTION,
    'poll-interval-seconds': '1',
    ...inputs
  }
  const settings = parseSettings((name) => all[name] ?? '', '/ws')
  const log: string[] = []
  const warnings: string[] = []
  let t = 0
  const versions = new VersionReader(raw.appconfig, 'app0001', 'prof001')
  const planner = createPlanner({
    target,
    settings,
    choice: fixedContent({
      source: 'bundle',
      value: bundle,
      text: JSON.stringify(bundle)
    }),
    now: () => t
  })
  const planned = await planner(raw, versions)
  const ctx: RolloutContext = {
    clients: raw,
    target,
    versions,
    settings,
    planned,
    plan: planner,
    deps: {
      context: {
        serverUrl: 'https://github.com',
        repository: undefined,
        sha: undefined,
        ref: undefined,
        runId: undefined,
        runAttempt: undefined,
        actor: undefined,
        workflow: undefined,
        workspace: '/ws'
      },
      now: () => t,
      sleep: (ms) => {
        t += ms
        return Promise.resolve()
      },
      log: (line) => log.push(line),
      warn: (line) => warnings.push(line),
      signal: new AbortController().signal
    },
    record: () => undefined
  }
  signals = rolloutSignals(ctx.deps.signal, 60 * 60_000, ctx.deps.now)
  const result = await startWhenFree(
    ctx,
    boundClients(raw, signals.calls),
    signals,
    { deadline: 60 * 60_000, pollMs: 1000, timeoutMinutes: 60 }
  )
  return { result, log, warnings }
}

const startInputs = () =>
  appconfig.commandCalls(StartDeploymentCommand).map((c) => c.args[0].input)

describe('startWhenFree', () => {
  it('sends the plan newest deployment number as LatestDeploymentNumber', async () => {
    appconfig.on(StartDeploymentCommand).resolves(ours)

    const { result } = await start()

    expect(result.kind).toBe('started')
    expect(startInputs()).toEqual([
      expect.objectContaining({
        LatestDeploymentNumber: 1,
        ConfigurationVersion: '2',
        Description: DESCRIPTION
      })
    ])
  })

  // Issue #12, item 1: the first attempt started deployment 2 and its answer was lost; the
  // SDK's retry met deployment 2 and got a 409.
  it('recognises its own deployment after a lost answer and never starts again', async () => {
    appconfig.on(StartDeploymentCommand).rejects(conflict(2))
    appconfig.on(GetDeploymentCommand, { DeploymentNumber: 2 }).resolves(ours)

    const { result, warnings } = await start()

    expect(result.kind === 'started' && result.adopted).toBe(true)
    expect(result.kind === 'started' && result.deployment).toEqual(ours)
    expect(startInputs()).toHaveLength(1)
    expect(warnings.join('\n')).toMatch(
      /answer was lost .*deployment 2 is this run's .*watching it, not starting another/
    )
  })

  it('does not take another writer deployment for its own: plans again, and finds nothing to do', async () => {
    appconfig.on(StartDeploymentCommand).rejects(conflict(2))
    // A person deployed the same version from the console, with their own description.
    appconfig
      .on(GetDeploymentCommand, { DeploymentNumber: 2 })
      .resolvesOnce({ ...ours, Description: 'by hand' })
      .resolves({ ...ours, State: 'COMPLETE' })
    appconfig
      .on(ListDeploymentsCommand)
      .resolvesOnce({ Items: [summary(1, 'COMPLETE', 1)] })
      .resolvesOnce({
        Items: [summary(2, 'DEPLOYING', 2), summary(1, 'COMPLETE', 1)]
      })
      .resolves({
        Items: [summary(2, 'COMPLETE', 2), summary(1, 'COMPLETE', 1)]
      })

    const { result, log } = await start()

    expect(result).toMatchObject({ kind: 'ended', result: 'unchanged' })
    expect(startInputs()).toHaveLength(1)
    expect(log).toContain('Deployment 2 ended: COMPLETE.')
  })

  it('trusts a conflict answered to the first attempt: no lookup, a new plan', async () => {
    appconfig
      .on(StartDeploymentCommand)
      .rejectsOnce(conflict(1))
      .resolves({ ...ours, DeploymentNumber: 3 })
    // Someone's deployment 2 ended between the plan and the start (the lock refused ours).
    appconfig
      .on(ListDeploymentsCommand)
      .resolvesOnce({ Items: [summary(1, 'COMPLETE', 1)] })
      .resolves({
        Items: [summary(2, 'ROLLED_BACK', 2), summary(1, 'COMPLETE', 1)]
      })

    const { result, warnings } = await start()

    expect(result.kind === 'started' && result.adopted).toBe(false)
    // Only the drift base's description read (deployment 1): no lookup of the refused start.
    expect(appconfig).not.toHaveReceivedCommandWith(GetDeploymentCommand, {
      DeploymentNumber: 2
    })
    expect(startInputs().map((i) => i.LatestDeploymentNumber)).toEqual([1, 2])
    expect(warnings.join('\n')).toMatch(/planning again/)
  })

  // Issue #12, item 2: the guards of the new plan hold; the old code started again blind.
  it('refuses when the new plan removes a flag someone deployed meanwhile', async () => {
    appconfig.on(StartDeploymentCommand).rejects(conflict(1))
    appconfig
      .on(ListDeploymentsCommand)
      .resolvesOnce({ Items: [summary(1, 'COMPLETE', 1)] })
      .resolves({
        Items: [summary(2, 'COMPLETE', 3), summary(1, 'COMPLETE', 1)]
      })

    const { result } = await start()

    expect(result).toMatchObject({ kind: 'ended', result: 'failed' })
    expect(result.kind === 'ended' && result.failure?.message).toMatch(
      /Refusing to remove 1 flag .*kill-switch/
    )
    expect(result.plan.changes.map((c) => c.key)).toContain('kill-switch')
    expect(startInputs()).toHaveLength(1)
  })

  it('throws, saying the deployment may be running, when the lookup after a lost answer fails', async () => {
    appconfig.on(StartDeploymentCommand).rejects(conflict(2))
    appconfig
      .on(GetDeploymentCommand, { DeploymentNumber: 2 })
      .rejects(
        Object.assign(new Error('denied'), { name: 'AccessDeniedException' })
      )

    await expect(start()).rejects.toThrow(
      /StartDeployment did not answer .* deployment 2 could not be read .*it may have started/
    )
    expect(startInputs()).toHaveLength(1)
  })
})
