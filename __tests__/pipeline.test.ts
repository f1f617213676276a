import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  AppConfigClient,
  CreateHostedConfigurationVersionCommand,
  GetDeploymentCommand,
  GetHostedConfigurationVersionCommand,
  type GetHostedConfigurationVersionCommandOutput,
  ListApplicationsCommand,
  ListConfigurationProfilesCommand,
  ListDeploymentStrategiesCommand,
  ListDeploymentsCommand,
  type ListDeploymentsCommandOutput,
  ListEnvironmentsCommand,
  ListHostedConfigurationVersionsCommand,
  ListTagsForResourceCommand,
  StartDeploymentCommand,
  StopDeploymentCommand
} from '@aws-sdk/client-appconfig'
import {
  CloudWatchClient,
  DescribeAlarmsCommand
} from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import 'aws-sdk-client-mock-jest'
import type { AwsClients } from '../src/aws/clients.js'
import type { InputName } from '../src/contract.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runPipeline, type PipelineDeps } from '../src/pipeline.js'
import { parseSettings } from '../src/settings.js'

const appconfig = mockClient(AppConfigClient)
const cloudwatch = mockClient(CloudWatchClient)
const ALARM = 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout-5xx'

const deployedBundle = {
  version: '1',
  flags: {
    'allow-bitcoin-at-checkout': {
      name: 'Bitcoin',
      _createdAt: '2026-01-01T00:00:00Z'
    },
    'old-flag': {}
  },
  values: {
    'allow-bitcoin-at-checkout': { enabled: false },
    'old-flag': { enabled: true }
  }
}
const newBundle = {
  version: '1',
  flags: { 'allow-bitcoin-at-checkout': { name: 'Bitcoin' }, 'old-flag': {} },
  values: {
    'allow-bitcoin-at-checkout': { enabled: true },
    'old-flag': { enabled: true }
  }
}
const liveDeployments: ListDeploymentsCommandOutput = {
  $metadata: {},
  Items: [
    {
      DeploymentNumber: 3,
      State: 'ROLLED_BACK',
      ConfigurationProfileId: 'prof001',
      ConfigurationVersion: '3'
    },
    {
      DeploymentNumber: 2,
      State: 'COMPLETE',
      ConfigurationProfileId: 'prof001',
      ConfigurationVersion: '2',
      VersionLabel: 'v2'
    }
  ]
}
// The SDK types Content as its blob adapter; plain bytes are what the client would parse.
const bytes = (value: unknown) =>
  new TextEncoder().encode(
    JSON.stringify(value)
  ) as unknown as GetHostedConfigurationVersionCommandOutput['Content']

function seedWorld(): void {
  appconfig.reset()
  cloudwatch.reset()
  appconfig.on(ListApplicationsCommand).resolves({
    Items: [
      { Id: 'app0001', Name: 'checkout-service' },
      { Id: 'app0002', Name: 'payments' }
    ]
  })
  appconfig.on(ListDeploymentStrategiesCommand).resolves({
    Items: [
      {
        Id: 'AppConfig.AllAtOnce',
        Name: 'AppConfig.AllAtOnce',
        GrowthType: 'LINEAR',
        GrowthFactor: 100,
        DeploymentDurationInMinutes: 0,
        FinalBakeTimeInMinutes: 10
      }
    ]
  })
  appconfig.on(ListEnvironmentsCommand).resolves({
    Items: [
      {
        Id: 'env0001',
        Name: 'Production',
        State: 'READY_FOR_DEPLOYMENT',
        Monitors: [{ AlarmArn: ALARM }]
      },
      {
        Id: 'env0002',
        Name: 'Beta',
        State: 'READY_FOR_DEPLOYMENT',
        Monitors: []
      }
    ]
  })
  appconfig.on(ListConfigurationProfilesCommand).resolves({
    Items: [
      {
        Id: 'prof001',
        Name: 'checkout-flags',
        Type: 'AWS.AppConfig.FeatureFlags',
        LocationUri: 'hosted'
      },
      {
        Id: 'prof002',
        Name: 'settings',
        Type: 'AWS.Freeform',
        LocationUri: 'hosted'
      }
    ]
  })
  appconfig.on(ListDeploymentsCommand).resolves({
    Items: [
      {
        DeploymentNumber: 3,
        State: 'ROLLED_BACK',
        ConfigurationProfileId: 'prof001',
        ConfigurationVersion: '3'
      },
      {
        DeploymentNumber: 2,
        State: 'COMPLETE',
        ConfigurationProfileId: 'prof001',
        ConfigurationVersion: '2',
        VersionLabel: 'v2'
      }
    ]
  })
  appconfig
    .on(ListHostedConfigurationVersionsCommand)
    .resolves({ Items: [{ VersionNumber: 2 }, { VersionNumber: 3 }] })
  appconfig
    .on(GetHostedConfigurationVersionCommand, { VersionNumber: 2 })
    .resolves({ Content: bytes(deployedBundle), VersionLabel: 'v2' })
  appconfig
    .on(GetHostedConfigurationVersionCommand, { VersionNumber: 3 })
    .resolves({ Content: bytes({ version: '1' }), VersionLabel: 'v3' })
  // As AppConfig does: a Latest-Version-Number that is not the newest (3) is a conflict.
  appconfig
    .on(CreateHostedConfigurationVersionCommand)
    .callsFake((input: { LatestVersionNumber?: number }) => {
      if (
        input.LatestVersionNumber !== undefined &&
        input.LatestVersionNumber !== 3
      )
        throw Object.assign(
          new Error(
            `LatestVersionNumber ${input.LatestVersionNumber} does not match the latest hosted configuration version 3`
          ),
          { name: 'ConflictException' }
        )
      return { VersionNumber: 4, VersionLabel: 'git-abc' }
    })
  appconfig
    .on(StartDeploymentCommand)
    .resolves({ DeploymentNumber: 4, State: 'VALIDATING' })
  appconfig.on(GetDeploymentCommand).resolves({
    DeploymentNumber: 4,
    State: 'COMPLETE',
    PercentageComplete: 100
  })
  appconfig
    .on(StopDeploymentCommand)
    .resolves({ DeploymentNumber: 4, State: 'ROLLED_BACK' })
  // No deployment carries the action's source tag: no drift base (issue #13).
  appconfig.on(ListTagsForResourceCommand).resolves({ Tags: {} })
  cloudwatch.on(DescribeAlarmsCommand).resolves({
    MetricAlarms: [
      {
        AlarmArn: ALARM,
        AlarmName: 'checkout-5xx',
        StateValue: 'OK',
        ActionsEnabled: true
      }
    ]
  })
}

const clients: AwsClients = {
  region: 'us-east-1',
  appconfig: new AppConfigClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' }
  }),
  cloudwatch: () =>
    new CloudWatchClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' }
    })
}

function settings(inputs: Partial<Record<InputName, string>> = {}) {
  const all: Partial<Record<InputName, string>> = {
    mode: 'deploy',
    application: 'checkout-service',
    environment: 'Production',
    'configuration-profile': 'checkout-flags',
    bundle: 'flags.json',
    'deployment-strategy': 'AppConfig.AllAtOnce',
    ...inputs
  }
  return parseSettings((name) => all[name] ?? '', workspace)
}

/** The workspace the bundle is written to: the pipeline reads it from disk, as the action does. */
const workspace = mkdtempSync(path.join(tmpdir(), 'pipeline-test-'))

async function rollout(
  inputs: Partial<Record<InputName, string>> = {},
  bundle: unknown = newBundle,
  extra: Partial<PipelineDeps> = {}
) {
  writeFileSync(path.join(workspace, 'flags.json'), JSON.stringify(bundle))
  const log: string[] = []
  const warnings: string[] = []
  let t = 0
  const deps: PipelineDeps = {
    today: '2026-11-29',
    env: { AWS_REGION: 'us-east-1' },
    context: {
      serverUrl: 'https://github.com',
      repository: 'octo/shop',
      sha: 'abcdef1234567890',
      ref: undefined,
      runId: '9',
      runAttempt: '1',
      actor: 'alice',
      workflow: undefined,
      workspace: '/ws'
    },
    now: () => t,
    sleep: (ms) => {
      t += ms
      return Promise.resolve()
    },
    log: (l) => log.push(l),
    warn: (l) => warnings.push(l),
    signal: new AbortController().signal,
    createClients: () => Promise.resolve(clients),
    ...extra
  }
  const report = await runPipeline(settings(inputs), deps)
  return { report, log, warnings }
}

/** No version written, no deployment started or stopped. */
function expectNoWrites(): void {
  expect(appconfig).not.toHaveReceivedCommand(
    CreateHostedConfigurationVersionCommand
  )
  expect(appconfig).not.toHaveReceivedCommand(StartDeploymentCommand)
  expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
}

beforeEach(seedWorld)

describe('resolving the target', () => {
  it('resolves names to IDs and reads the live version, skipping rolled-back deployments', async () => {
    const { report } = await rollout({ mode: 'plan' })
    expect(report.target).toMatchObject({
      application: { id: 'app0001', name: 'checkout-service' },
      environment: { id: 'env0001', name: 'Production' },
      profile: { id: 'prof001', name: 'checkout-flags' },
      strategy: {
        id: 'AppConfig.AllAtOnce',
        growthFactor: 100,
        finalBakeMinutes: 10
      },
      monitors: [ALARM]
    })
    expect(report.plan?.deployed).toEqual({
      version: 2,
      label: 'v2',
      deploymentNumber: 2
    })
  })

  it('accepts IDs as well', async () => {
    const { report } = await rollout({
      mode: 'plan',
      application: 'app0001',
      environment: 'env0002',
      'configuration-profile': 'prof001'
    })
    expect(report.target?.environment).toEqual({ id: 'env0002', name: 'Beta' })
  })

  it('lists what exists when nothing matches, with a case hint', async () => {
    const { report } = await rollout({ environment: 'production' })
    expect(report.result).toBe('failed')
    expect(report.failure).toEqual({
      kind: 'input',
      input: 'environment',
      message:
        "No environment 'production' in application checkout-service (app0001): no ID or name matches exactly (existing: Production (env0001), Beta (env0002)). Did you mean 'Production'? Names are case-sensitive."
    })
  })

  it('refuses an ambiguous name', async () => {
    appconfig.on(ListApplicationsCommand).resolves({
      Items: [
        { Id: 'a1', Name: 'dup' },
        { Id: 'a2', Name: 'dup' }
      ]
    })
    const { report } = await rollout({ application: 'dup' })
    expect(report.failure?.kind).toBe('input')
    expect(report.failure?.input).toBe('application')
    expect(report.failure?.message).toContain(
      'is ambiguous: 2 have this name (IDs a1, a2)'
    )
    expect(report.target).toBeUndefined()
  })

  it('refuses a profile that is not a feature-flag profile', async () => {
    const { report } = await rollout({ 'configuration-profile': 'settings' })
    expect(report.failure?.input).toBe('configuration-profile')
    expect(report.failure?.message).toContain('has type AWS.Freeform')
  })

  it('names the IAM action when access is denied', async () => {
    appconfig.on(ListApplicationsCommand).rejects(
      Object.assign(new Error('User is not authorized'), {
        name: 'AccessDeniedException'
      })
    )
    const { report } = await rollout()
    expect(report.failure?.kind).toBe('aws')
    expect(report.failure?.iamAction).toBe('appconfig:ListApplications')
    expect(report.failure?.message).toContain(
      'Grant the role the IAM action appconfig:ListApplications'
    )
  })
})

describe('plan', () => {
  it('diffs against the live version, ignoring AppConfig metadata, and writes nothing', async () => {
    const { report } = await rollout({ mode: 'plan' })
    expect(report.result).toBe('planned')
    expect(report.plan?.changed).toBe(true)
    expect(report.plan?.changes.map((c) => [c.key, c.kind, c.toggled])).toEqual(
      [['allow-bitcoin-at-checkout', 'changed', 'enabled']]
    )
    expectNoWrites()
  })

  it('warns about a firing alarm instead of refusing (it may clear before the deploy)', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        {
          AlarmArn: ALARM,
          AlarmName: 'checkout-5xx',
          StateValue: 'ALARM',
          ActionsEnabled: true
        }
      ]
    })
    const { report, warnings } = await rollout({ mode: 'plan' })
    expect(report.result).toBe('planned')
    expect(warnings.join('\n')).toContain('checkout-5xx')
  })
})

describe('deploy', () => {
  it('creates a labelled version conditionally, deploys it and completes', async () => {
    const { report } = await rollout()
    const [create] = appconfig.commandCalls(
      CreateHostedConfigurationVersionCommand
    )
    expect(create!.args[0].input.VersionLabel).toMatch(
      /^git-abcdef123456-[0-9a-f]{8}$/
    )
    expect(report.result).toBe('complete')
    expect(appconfig).toHaveReceivedCommandWith(
      CreateHostedConfigurationVersionCommand,
      {
        ApplicationId: 'app0001',
        ConfigurationProfileId: 'prof001',
        LatestVersionNumber: 3,
        ContentType: 'application/json',
        Description:
          'Deployed by AppConfig Guarded Rollout from octo/shop@abcdef123456 by alice (https://github.com/octo/shop/actions/runs/9)'
      }
    )
    expect(appconfig).toHaveReceivedCommandWith(StartDeploymentCommand, {
      ConfigurationVersion: '4',
      DeploymentStrategyId: 'AppConfig.AllAtOnce',
      EnvironmentId: 'env0001'
    })
    expect(report.rollout).toMatchObject({
      version: { number: 4, reused: false },
      deploymentNumber: 4,
      state: 'COMPLETE'
    })
    expect(appconfig).not.toHaveReceivedCommand(StopDeploymentCommand)
  })

  it('does nothing when the bundle is what runs now', async () => {
    const { report } = await rollout({}, deployedBundle)
    expect(report.result).toBe('unchanged')
    expectNoWrites()
  })

  it('reuses the latest version when it already holds the bundle', async () => {
    appconfig
      .on(GetHostedConfigurationVersionCommand, { VersionNumber: 3 })
      .resolves({
        Content: bytes({ ...newBundle, flags: { ...newBundle.flags } }),
        VersionLabel: 'v3'
      })
    const { report } = await rollout()
    // Version 3 is the newest the history names, read before writing on top of it: it holds
    // the bundle, so nothing is written and nothing listed.
    expect(appconfig).not.toHaveReceivedCommand(
      CreateHostedConfigurationVersionCommand
    )
    expect(appconfig).not.toHaveReceivedCommand(
      ListHostedConfigurationVersionsCommand
    )
    expect(appconfig).toHaveReceivedCommandWith(StartDeploymentCommand, {
      ConfigurationVersion: '3'
    })
    expect(report.rollout?.version).toEqual({
      number: 3,
      label: 'v3',
      reused: true
    })
  })

  it('after a conflicting write, searches and writes without the lock (the label names this content)', async () => {
    const conflict = Object.assign(new Error('Latest version is 5'), {
      name: 'ConflictException'
    })
    appconfig
      .on(CreateHostedConfigurationVersionCommand)
      .rejectsOnce(conflict)
      .resolves({ VersionNumber: 6 })
    expect((await rollout()).report.result).toBe('complete')
    const locks = appconfig
      .commandCalls(CreateHostedConfigurationVersionCommand)
      .map((c) => c.args[0].input.LatestVersionNumber)
    expect(locks).toHaveLength(2)
    expect(locks[0]).toBeDefined()
    expect(locks[1]).toBeUndefined()
    expect(appconfig).toHaveReceivedCommandWith(StartDeploymentCommand, {
      ConfigurationVersion: '6'
    })
  })

  it('refuses to start when an alarm is already firing', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({
      CompositeAlarms: [
        {
          AlarmArn: ALARM,
          AlarmName: 'checkout-5xx',
          StateValue: 'INSUFFICIENT_DATA',
          ActionsEnabled: true
        }
      ]
    })
    const { report } = await rollout()
    expect(report.result).toBe('failed')
    expect(report.failure?.kind).toBe('guard')
    expectNoWrites()
  })

  it('refuses to remove a flag that was not announced, unless allowed', async () => {
    const withoutOld = {
      version: '1',
      flags: { 'allow-bitcoin-at-checkout': {} },
      values: { 'allow-bitcoin-at-checkout': { enabled: true } }
    }
    const refused = await rollout({}, withoutOld)
    expect(refused.report.failure?.kind).toBe('guard')
    expect(refused.report.failure?.message).toContain('old-flag')
    seedWorld()
    expect(
      (await rollout({ 'allow-flag-removal': 'true' }, withoutOld)).report
        .result
    ).toBe('complete')
  })

  // Issue 11: an unchanged run warned about missing alarms in the log, though nothing deploys.
  it('does not warn about missing alarms when nothing would be deployed', async () => {
    const unchanged = await rollout({ environment: 'Beta' }, deployedBundle)
    expect(unchanged.report.result).toBe('unchanged')
    expect(unchanged.warnings.join('\n')).not.toContain(
      'no CloudWatch alarm monitors'
    )
  })

  it('refuses an environment without alarms only when require-alarms is true', async () => {
    const warned = await rollout({ environment: 'Beta' })
    expect(warned.report.result).toBe('complete')
    expect(warned.warnings.join('\n')).toContain('no CloudWatch alarm monitors')
    seedWorld()
    const refused = await rollout({
      environment: 'Beta',
      'require-alarms': 'true'
    })
    expect(refused.report.failure?.kind).toBe('guard')
  })

  it('fails at once when another deployment runs and on-in-progress is fail', async () => {
    appconfig.on(ListDeploymentsCommand).resolves({
      Items: [
        {
          DeploymentNumber: 3,
          State: 'BAKING',
          ConfigurationProfileId: 'prof001'
        },
        {
          DeploymentNumber: 2,
          State: 'COMPLETE',
          ConfigurationProfileId: 'prof001',
          ConfigurationVersion: '2'
        }
      ]
    })
    const { report } = await rollout({ 'on-in-progress': 'fail' })
    expect(report.failure?.message).toContain(
      'Deployment 3 (BAKING) is in progress in Production'
    )
    expectNoWrites()
  })

  it('waits for another deployment, plans again, then deploys', async () => {
    appconfig
      .on(ListDeploymentsCommand)
      // Read twice before the rollout: for the drift base (issue #13), then for the plan.
      .resolvesOnce({
        Items: [
          {
            DeploymentNumber: 3,
            State: 'DEPLOYING',
            ConfigurationProfileId: 'prof001'
          },
          {
            DeploymentNumber: 2,
            State: 'COMPLETE',
            ConfigurationProfileId: 'prof001',
            ConfigurationVersion: '2'
          }
        ]
      })
      .resolvesOnce({
        Items: [
          {
            DeploymentNumber: 3,
            State: 'DEPLOYING',
            ConfigurationProfileId: 'prof001'
          },
          {
            DeploymentNumber: 2,
            State: 'COMPLETE',
            ConfigurationProfileId: 'prof001',
            ConfigurationVersion: '2'
          }
        ]
      })
      .resolves(liveDeployments)
    appconfig
      .on(GetDeploymentCommand, { DeploymentNumber: 3 })
      .resolvesOnce({ State: 'DEPLOYING' })
      .resolves({ State: 'COMPLETE' })
    appconfig
      .on(GetDeploymentCommand, { DeploymentNumber: 4 })
      .resolves({ State: 'COMPLETE' })
    const { report, log } = await rollout()
    expect(report.failure).toBeUndefined()
    expect(report.result).toBe('complete')
    expect(log).toContain('Deployment 3 ended: COMPLETE.')
    expect(appconfig).toHaveReceivedCommandTimes(ListDeploymentsCommand, 3)
  })

  it('follows on-in-progress when StartDeployment answers ConflictException, planning again', async () => {
    // A refusal answered to the first attempt: nothing of ours started (recognize-start.ts).
    const conflict = () =>
      Object.assign(new Error('Deployment number 3 already exists'), {
        name: 'ConflictException',
        $metadata: { httpStatusCode: 409, attempts: 1 }
      })
    appconfig
      .on(StartDeploymentCommand)
      .rejectsOnce(conflict())
      .resolves({ DeploymentNumber: 4 })
    appconfig
      .on(ListDeploymentsCommand)
      // The plan (one walk, the drift base included), then the re-read after the conflict.
      .resolvesOnce({ Items: [] })
      .resolvesOnce({
        Items: [
          {
            DeploymentNumber: 3,
            State: 'DEPLOYING',
            ConfigurationProfileId: 'prof001'
          }
        ]
      })
      .resolves({ Items: [{ DeploymentNumber: 3, State: 'COMPLETE' }] })
    appconfig
      .on(GetDeploymentCommand, { DeploymentNumber: 3 })
      .resolves({ State: 'COMPLETE' })
    appconfig
      .on(GetDeploymentCommand, { DeploymentNumber: 4 })
      .resolves({ State: 'COMPLETE' })
    expect((await rollout()).report.result).toBe('complete')
    expect(appconfig).toHaveReceivedCommandTimes(StartDeploymentCommand, 2)
    // The plan, the plan after the conflict, the plan after the wait: one walk each.
    expect(appconfig).toHaveReceivedCommandTimes(ListDeploymentsCommand, 3)
    // The second start carries the lock of the plan made after the wait.
    expect(
      appconfig.commandCalls(StartDeploymentCommand)[1]!.args[0].input
        .LatestDeploymentNumber
    ).toBe(3)

    seedWorld()
    appconfig.on(StartDeploymentCommand).rejects(conflict())
    appconfig
      .on(ListDeploymentsCommand)
      .resolvesOnce({ Items: [] })
      .resolves({ Items: [{ DeploymentNumber: 3, State: 'DEPLOYING' }] })
    const failed = await rollout({ 'on-in-progress': 'fail' })
    expect(failed.report.result).toBe('failed')
    expect(failed.report.failure?.message).toContain(
      'Deployment 3 (DEPLOYING) is in progress'
    )
    expect(failed.report.failure?.message).toContain(
      'Refusing because on-in-progress is fail'
    )
    expect(appconfig).toHaveReceivedCommandTimes(StartDeploymentCommand, 1)
  })

  // Regression (issue 10): when the re-read after a ConflictException failed, the report
  // dropped the hosted version already written, so the outputs and the summary hid it.
  it('keeps the written version when the re-read after a ConflictException fails', async () => {
    appconfig.on(StartDeploymentCommand).rejects(
      Object.assign(new Error('Deployment number 3 already exists'), {
        name: 'ConflictException'
      })
    )
    appconfig
      .on(ListDeploymentsCommand)
      .resolvesOnce(liveDeployments) // the plan, the drift base included (one walk)
      .rejects(
        Object.assign(new Error('Rate exceeded'), {
          name: 'AccessDeniedException',
          $metadata: { requestId: 'req-123' }
        })
      )
    const { report } = await rollout()
    expect(report.result).toBe('failed')
    expect(appconfig).toHaveReceivedCommand(
      CreateHostedConfigurationVersionCommand
    )
    expect(report.rollout?.version).toEqual({
      number: 4,
      label: expect.any(String),
      reused: false
    })
    expect(report.rollout?.deploymentNumber).toBeUndefined()
    expect(report.failure?.kind).toBe('aws')
    expect(report.failure?.requestId).toBe('req-123')
    expect(report.plan?.changed).toBe(true)
  })

  it('reports a rollback with its reason and the alarm', async () => {
    appconfig.on(GetDeploymentCommand).resolves({
      State: 'ROLLED_BACK',
      PercentageComplete: 50,
      EventLog: [
        {
          EventType: 'ROLLBACK_COMPLETED',
          TriggeredBy: 'APPCONFIG',
          OccurredAt: new Date('2026-11-21T10:01:00Z')
        },
        {
          EventType: 'ROLLBACK_STARTED',
          TriggeredBy: 'CLOUDWATCH_ALARM',
          Description: `Rollback initiated by CloudWatch alarm ${ALARM}`,
          OccurredAt: new Date('2026-11-21T10:00:30Z')
        },
        {
          EventType: 'DEPLOYMENT_STARTED',
          TriggeredBy: 'USER',
          OccurredAt: new Date('2026-11-21T10:00:00Z')
        }
      ]
    })
    const { report } = await rollout()
    expect(report.result).toBe('rolled-back')
    expect(report.failure?.kind).toBe('rolled-back')
    expect(report.rollout?.triggeredAlarms).toEqual([ALARM])
    expect(report.rollout?.rollbackReason).toContain(ALARM)
    expect(report.rollout?.events.map((e) => e.type)).toEqual([
      'DEPLOYMENT_STARTED',
      'ROLLBACK_STARTED',
      'ROLLBACK_COMPLETED'
    ])
  })

  it.each([
    ['stop', 1, 'It was stopped'],
    ['leave', 0, 'left running']
  ] as const)(
    'on timeout with on-timeout %s sends StopDeployment %i times',
    async (onTimeout, stops, text) => {
      appconfig
        .on(GetDeploymentCommand)
        .resolves({ State: 'DEPLOYING', PercentageComplete: 20 })
      const { report } = await rollout({
        'timeout-minutes': '1',
        'on-timeout': onTimeout
      })
      expect(report.result).toBe('timed-out')
      expect(report.failure?.message).toContain(text)
      expect(appconfig).toHaveReceivedCommandTimes(StopDeploymentCommand, stops)
    }
  )

  it('stops the deployment when cancelled (unless on-cancel is leave)', async () => {
    for (const [onCancel, stops] of [
      ['stop', 1],
      ['leave', 0]
    ] as const) {
      seedWorld()
      appconfig.on(GetDeploymentCommand).resolves({ State: 'DEPLOYING' })
      const controller = new AbortController()
      const { report } = await rollout({ 'on-cancel': onCancel }, newBundle, {
        signal: controller.signal,
        sleep: () => {
          controller.abort()
          return Promise.reject(new Error('aborted'))
        }
      })
      expect({
        onCancel,
        result: report.result,
        stops: appconfig.commandCalls(StopDeploymentCommand).length
      }).toEqual({ onCancel, result: 'cancelled', stops })
    }
  })

  it('succeeds with wait-until baking once the deployment bakes', async () => {
    appconfig
      .on(GetDeploymentCommand)
      .resolves({ State: 'BAKING', PercentageComplete: 100 })
    expect((await rollout({ 'wait-until': 'baking' })).report.result).toBe(
      'baking'
    )
  })
})
