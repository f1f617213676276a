import {
  AppConfigClient,
  CreateHostedConfigurationVersionCommand,
  GetDeploymentCommand,
  type DeploymentSummary,
  GetHostedConfigurationVersionCommand,
  type GetHostedConfigurationVersionCommandOutput,
  ListDeploymentsCommand,
  ListHostedConfigurationVersionsCommand,
  ListTagsForResourceCommand
} from '@aws-sdk/client-appconfig'
import {
  CloudWatchClient,
  DescribeAlarmsCommand
} from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import { VersionReader } from '../src/appconfig/version-reader.js'
import type { Target } from '../src/appconfig/target.js'
import type { AwsClients } from '../src/aws/clients.js'
import type { InputName } from '../src/contract.js'
import type { StageDeps } from '../src/rollout/rollout-context.js'
import { parseSettings } from '../src/settings.js'

// One mocked AppConfig (and CloudWatch) for the in-process tests of the planner, the rollout
// and the incident modes: versions by number, ListDeployments answers in sequence, time
// injected (sleep moves the clock, nothing waits).

export const appconfig = mockClient(AppConfigClient)
export const cloudwatch = mockClient(CloudWatchClient)

export const ALARM =
  'arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout-5xx'

export const clients: AwsClients = {
  region: 'us-east-1',
  appconfig: new AppConfigClient({
    region: 'us-east-1',
    credentials: {
      accessKeyId: 'x',
      secretAccessKey: 'x',
      accountId: '123456789012'
    }
  }),
  cloudwatch: () =>
    new CloudWatchClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' }
    })
}

export function targetWith(monitors: readonly string[] = []): Target {
  return {
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
    monitors
  }
}

/** A feature-flag document with flags a and b and their enabled states. */
export function flags(a: boolean, b = true, extra: string[] = []): unknown {
  const keys = ['a', 'b', ...extra]
  return {
    version: '1',
    flags: Object.fromEntries(keys.map((k) => [k, { name: k }])),
    values: Object.fromEntries(
      keys.map((k) => [k, { enabled: k === 'a' ? a : k === 'b' ? b : true }])
    )
  }
}

export const bytes = (value: unknown) =>
  new TextEncoder().encode(
    JSON.stringify(value)
  ) as unknown as GetHostedConfigurationVersionCommandOutput['Content']

export function summary(
  number: number,
  state: string,
  version: number | string,
  more: Partial<DeploymentSummary> = {}
): DeploymentSummary {
  return {
    DeploymentNumber: number,
    State: state as DeploymentSummary['State'],
    ConfigurationProfileId: 'prof001',
    ConfigurationVersion: String(version),
    ...more
  }
}

/**
 * Seeds the world: hosted versions (`contents`, by number), ListDeployments answering each
 * list in turn (the last one repeats), no tags, the newest hosted version, writes answering the
 * next number, and the alarm's state.
 */
export function seed(world: {
  contents: Record<number, unknown>
  lists: DeploymentSummary[][]
  alarm?: 'OK' | 'ALARM'
  created?: number
}): void {
  appconfig.reset()
  cloudwatch.reset()
  appconfig
    .on(GetHostedConfigurationVersionCommand)
    .callsFake((input: { VersionNumber?: number }) => {
      const content = world.contents[input.VersionNumber ?? 0]
      if (content === undefined)
        throw Object.assign(new Error('no such version'), {
          name: 'ResourceNotFoundException'
        })
      return {
        Content: bytes(content),
        VersionLabel: `v${input.VersionNumber}`
      }
    })
  const newest = Math.max(...Object.keys(world.contents).map(Number))
  appconfig
    .on(ListHostedConfigurationVersionsCommand)
    .resolves({ Items: [{ VersionNumber: newest }] })
  appconfig.on(CreateHostedConfigurationVersionCommand).callsFake(() => ({
    VersionNumber: world.created ?? newest + 1,
    VersionLabel: `v${world.created ?? newest + 1}`
  }))
  appconfig.on(ListTagsForResourceCommand).resolves({ Tags: {} })
  // Deployments made by hand: a description the action never writes, so their tags are read.
  appconfig.on(GetDeploymentCommand).resolves({ Description: 'by hand' })
  let call = 0
  appconfig.on(ListDeploymentsCommand).callsFake(() => ({
    Items: world.lists[Math.min(call++, world.lists.length - 1)]
  }))
  cloudwatch.on(DescribeAlarmsCommand).resolves({
    MetricAlarms: [
      {
        AlarmArn: ALARM,
        AlarmName: 'checkout-5xx',
        StateValue: world.alarm ?? 'OK',
        ActionsEnabled: true
      }
    ]
  })
}

export function settingsOf(inputs: Partial<Record<InputName, string>> = {}) {
  const all: Partial<Record<InputName, string>> = {
    mode: 'deploy',
    application: 'checkout-service',
    environment: 'Production',
    'configuration-profile': 'checkout-flags',
    'deployment-strategy': 'canary',
    'poll-interval-seconds': '1',
    ...inputs
  }
  if (
    all.bundle === undefined &&
    all['set-flags'] === undefined &&
    all['configuration-version'] === undefined &&
    all.mode !== 'revert'
  )
    all.bundle = 'flags.json'
  return parseSettings((name) => all[name] ?? '', '/ws')
}

export interface Recorder {
  readonly deps: StageDeps
  readonly log: string[]
  readonly warnings: string[]
  /** The injected clock, in ms. */
  readonly clock: { t: number }
}

export function recorder(start = 0, signal?: AbortSignal): Recorder {
  const log: string[] = []
  const warnings: string[] = []
  const clock = { t: start }
  return {
    log,
    warnings,
    clock,
    deps: {
      context: {
        serverUrl: 'https://github.com',
        repository: 'octo/shop',
        sha: 'abcdef1234567890',
        ref: undefined,
        runId: '7',
        runAttempt: '1',
        actor: 'oncall-ana',
        workflow: undefined,
        workspace: '/ws'
      },
      now: () => clock.t,
      sleep: (ms) => {
        clock.t += ms
        return Promise.resolve()
      },
      log: (line) => log.push(line),
      warn: (line) => warnings.push(line),
      signal: signal ?? new AbortController().signal
    }
  }
}

export function versionsReader(): VersionReader {
  return new VersionReader(clients.appconfig, 'app0001', 'prof001')
}

export const listCalls = () =>
  appconfig.commandCalls(ListDeploymentsCommand).length
