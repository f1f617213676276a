import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  BadRequestException,
  CreateHostedConfigurationVersionCommand,
  StartDeploymentCommand
} from '@aws-sdk/client-appconfig'
import {
  changedContent,
  IDS,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import {
  fillPolicy,
  readmePolicyText
} from '../../__fixtures__/readme-policies.js'

// Requests AWS would refuse are refused by the action before anything is written, naming the
// input and the limit; and the emulator (IAM under the README policy and the model check on)
// refuses the same request if it were sent, so the action's limits are AWS's, not guesses.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

async function start(): Promise<E2E> {
  e2e = await startE2E()
  e2e.emulator.control.setIam({
    policies: [
      fillPolicy(readmePolicyText('iam-policy'), {
        region: 'us-east-1',
        application: IDS.application,
        environment: IDS.production,
        profile: IDS.profile
      })
    ]
  })
  e2e.writeBundle(changedContent())
  return e2e
}

const fiftyTags = Array.from({ length: 50 }, (_, i) => `k${i}=v`).join('\n')
const START = {
  ApplicationId: IDS.application,
  EnvironmentId: IDS.production,
  ConfigurationProfileId: IDS.profile,
  DeploymentStrategyId: STRATEGIES.fast.id,
  ConfigurationVersion: '1'
}
const version = (extra: { Description?: string; VersionLabel?: string }) =>
  new CreateHostedConfigurationVersionCommand({
    ApplicationId: IDS.application,
    ConfigurationProfileId: IDS.profile,
    Content: new TextEncoder().encode(JSON.stringify(changedContent())),
    ContentType: 'application/json',
    ...extra
  })

interface Shape {
  shape: string
  inputs: Record<string, string>
  input: string
  said: string
  sent: () => unknown
  aws: string
}

describe.each<Shape>([
  {
    shape: '50 tags (51 with the source tag)',
    inputs: { tags: fiftyTags },
    input: 'tags',
    said: 'has 50 tags; at most 49 are allowed',
    // What the action would send: the user's 50 and its own source tag.
    sent: () =>
      new StartDeploymentCommand({
        ...START,
        Tags: {
          ...Object.fromEntries(
            Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v'])
          ),
          'appconfig-guarded-rollout:source': 'bundle'
        }
      }),
    aws: "at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50"
  },
  {
    shape: 'a 1,025-character description',
    inputs: { description: 'd'.repeat(1025) },
    input: 'description',
    said: 'is 1025 characters long; AppConfig allows at most 1024',
    sent: () => version({ Description: 'd'.repeat(1025) }),
    aws: "at 'description' failed to satisfy constraint: Member must have length less than or equal to 1024"
  },
  {
    shape: 'an all-digit version label',
    inputs: { 'version-label': '2024' },
    input: 'version-label',
    said: 'at least one non-digit',
    sent: () => version({ VersionLabel: '2024' }),
    aws: "Value '2024' at 'versionLabel' failed to satisfy constraint: Member must satisfy regular expression pattern: .*[^0-9].*"
  },
  {
    shape: 'a reserved aws: tag key',
    inputs: { tags: 'aws:team=payments' },
    input: 'tags',
    said: "keys starting with 'aws:' are reserved",
    sent: () =>
      new StartDeploymentCommand({
        ...START,
        Tags: { 'aws:team': 'payments' }
      }),
    aws: 'must not start with aws:'
  }
])('$shape', ({ inputs, input, said, sent, aws }) => {
  it('the action refuses it before any AWS call, naming the input and the limit', async () => {
    const e = await start()
    const run = await e.run({
      'deployment-strategy': STRATEGIES.fast.name,
      ...inputs
    })
    expect(run.outputs.result).toBe('failed')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(new RegExp(`::error::.*'${input}'`))
    expect(run.stdout).toContain(said)
    expect(e.calls()).toEqual([])
  })

  it('the emulator refuses the same request with BadRequestException naming the member', async () => {
    const e = await start()
    const error = await e.appconfig
      .send(sent() as never)
      .catch((x: unknown) => x)
    expect(error).toBeInstanceOf(BadRequestException)
    expect((error as Error).message).toContain(aws)
    expect(e.calls().every((c) => !c.applied)).toBe(true)
  })
})

describe('a KMS identifier of no shape KMS accepts', () => {
  it('the action refuses it before any AWS call', async () => {
    const e = await start()
    const run = await e.run({
      'deployment-strategy': STRATEGIES.fast.name,
      'kms-key-identifier': 'my-key'
    })
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toContain(
      "Input 'kms-key-identifier' has the value 'my-key', which is none of the shapes AWS KMS accepts"
    )
    expect(e.calls()).toEqual([])
  })
})
