import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  GetDeploymentCommand,
  ListApplicationsCommand,
  StartDeploymentCommand,
  StopDeploymentCommand
} from '@aws-sdk/client-appconfig'
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import {
  evaluate,
  matches,
  parsePolicy
} from '../../emulator/iam/iam-policy.js'
import { requiredPermissions } from '../../emulator/iam/required-permissions.js'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import { appConfigClient, cloudWatchClient } from './emulator-clients.js'

const ARN = 'arn:aws:appconfig:us-east-1:123456789012'
const ctx = {
  region: 'us-east-1',
  accountId: '123456789012',
  nextDeploymentNumber: () => 3
}

describe('IAM policy evaluation', () => {
  it.each([
    ['*', 'anything at all', true],
    ['appconfig:*', 'appconfig:StartDeployment', true],
    ['appconfig:start*', 'appconfig:StartDeployment', true], // actions ignore case
    ['appconfig:Get?eployment', 'appconfig:GetDeployment', true],
    ['appconfig:Get?eployment', 'appconfig:GetXXDeployment', false],
    ['cloudwatch:*', 'appconfig:GetDeployment', false]
  ])('action pattern %s against %s → %s', (pattern, value, expected) => {
    expect(matches(pattern, value, true)).toBe(expected)
  })

  it('resources are case-sensitive; `*` crosses `/` (the README’s application/ID* reaches deployments)', () => {
    expect(
      matches(
        `${ARN}:application/app1*`,
        `${ARN}:application/app1/environment/e/deployment/2`,
        false
      )
    ).toBe(true)
    expect(
      matches(`${ARN}:application/APP1`, `${ARN}:application/app1`, false)
    ).toBe(false)
  })

  it('an explicit Deny wins over any Allow; no Allow is an implicit deny', () => {
    const policies = [
      parsePolicy(
        {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'appconfig:*', Resource: '*' },
            {
              Effect: 'Deny',
              Action: 'appconfig:StartDeployment',
              Resource: `${ARN}:application/app1/environment/prod*`
            }
          ]
        },
        'p'
      )
    ]
    expect(
      evaluate(
        policies,
        'appconfig:StartDeployment',
        `${ARN}:application/app1/environment/beta1`
      ).effect
    ).toBe('allow')
    expect(
      evaluate(
        policies,
        'appconfig:StartDeployment',
        `${ARN}:application/app1/environment/prod1`
      ).effect
    ).toBe('explicit-deny')
    expect(evaluate(policies, 'cloudwatch:DescribeAlarms', '*').effect).toBe(
      'implicit-deny'
    )
  })

  it('NotAction and NotResource allow everything but what they name', () => {
    const policies = [
      parsePolicy(
        {
          Statement: [
            { Effect: 'Allow', NotAction: 'appconfig:Stop*', Resource: '*' },
            {
              Effect: 'Allow',
              Action: 'appconfig:StopDeployment',
              NotResource: `${ARN}:application/app1/environment/prod1/*`
            }
          ]
        },
        'p'
      )
    ]
    expect(evaluate(policies, 'appconfig:GetDeployment', 'x').effect).toBe(
      'allow'
    )
    expect(
      evaluate(
        policies,
        'appconfig:StopDeployment',
        `${ARN}:application/app1/environment/beta1/deployment/1`
      ).effect
    ).toBe('allow')
    expect(
      evaluate(
        policies,
        'appconfig:StopDeployment',
        `${ARN}:application/app1/environment/prod1/deployment/1`
      ).effect
    ).toBe('implicit-deny')
  })

  it.each([
    [
      {
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: '*', Condition: {} }
        ]
      },
      'does not evaluate "Condition"'
    ],
    [
      { Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }] },
      'Effect must be'
    ],
    [
      { Statement: [{ Effect: 'Allow', Resource: '*' }] },
      'exactly one of Action and NotAction'
    ],
    [{ Version: '2008-10-17', Statement: [] }, 'Version must be'],
    ['{not json', 'is not valid JSON']
  ])('refuses a policy it cannot judge (%#)', (document, message) => {
    expect(() => parsePolicy(document, 'p')).toThrow(message)
  })
})

describe('the IAM actions and resources of each request (Service Authorization Reference)', () => {
  const ids = {
    ApplicationId: 'app1',
    EnvironmentId: 'env1',
    ConfigurationProfileId: 'prof1',
    DeploymentStrategyId: 'strat01'
  }
  it.each([
    [
      'StartDeployment with tags',
      'StartDeployment',
      { ...ids, ConfigurationVersion: '2', Tags: { a: 'b' } },
      [
        ['appconfig:StartDeployment', `${ARN}:application/app1`],
        [
          'appconfig:StartDeployment',
          `${ARN}:application/app1/environment/env1`
        ],
        [
          'appconfig:StartDeployment',
          `${ARN}:application/app1/configurationprofile/prof1`
        ],
        ['appconfig:StartDeployment', `${ARN}:deploymentstrategy/strat01`],
        [
          'appconfig:TagResource',
          `${ARN}:application/app1/environment/env1/deployment/3`
        ]
      ]
    ],
    [
      'StartDeployment without tags',
      'StartDeployment',
      { ...ids, ConfigurationVersion: '2' },
      [
        ['appconfig:StartDeployment', `${ARN}:application/app1`],
        [
          'appconfig:StartDeployment',
          `${ARN}:application/app1/environment/env1`
        ],
        [
          'appconfig:StartDeployment',
          `${ARN}:application/app1/configurationprofile/prof1`
        ],
        ['appconfig:StartDeployment', `${ARN}:deploymentstrategy/strat01`]
      ]
    ],
    [
      'StopDeployment',
      'StopDeployment',
      { ...ids, DeploymentNumber: 2 },
      [
        [
          'appconfig:StopDeployment',
          `${ARN}:application/app1/environment/env1/deployment/2`
        ]
      ]
    ],
    [
      'ListTagsForResource',
      'ListTagsForResource',
      { ResourceArn: `${ARN}:application/app1/environment/env1/deployment/2` },
      [
        [
          'appconfig:ListTagsForResource',
          `${ARN}:application/app1/environment/env1/deployment/2`
        ]
      ]
    ],
    [
      'ListApplications',
      'ListApplications',
      {},
      [['appconfig:ListApplications', '*']]
    ],
    [
      'ListDeploymentStrategies',
      'ListDeploymentStrategies',
      {},
      [['appconfig:ListDeploymentStrategies', '*']]
    ],
    [
      'ListDeployments',
      'ListDeployments',
      ids,
      [
        [
          'appconfig:ListDeployments',
          `${ARN}:application/app1/environment/env1`
        ]
      ]
    ],
    [
      'CreateHostedConfigurationVersion',
      'CreateHostedConfigurationVersion',
      ids,
      [
        [
          'appconfig:CreateHostedConfigurationVersion',
          `${ARN}:application/app1/configurationprofile/prof1`
        ]
      ]
    ],
    [
      'GetHostedConfigurationVersion',
      'GetHostedConfigurationVersion',
      { ...ids, VersionNumber: 4 },
      [
        [
          'appconfig:GetHostedConfigurationVersion',
          `${ARN}:application/app1/configurationprofile/prof1/hostedconfigurationversion/4`
        ]
      ]
    ]
  ])('%s', (_name, operation, input, expected) => {
    expect(
      requiredPermissions('appconfig', operation, input, ctx).map((p) => [
        p.action,
        p.resource
      ])
    ).toEqual(expected)
  })

  it('DescribeAlarms is authorised on "*"', () => {
    expect(
      requiredPermissions(
        'cloudwatch',
        'DescribeAlarms',
        { AlarmNames: ['a'] },
        ctx
      )
    ).toEqual([{ action: 'cloudwatch:DescribeAlarms', resource: '*' }])
  })
})

describe('AccessDenied on the wire', () => {
  let emulator: RunningEmulator
  beforeAll(async () => {
    emulator = await startEmulator({
      timeScale: 0,
      seed: 'examples/emulator-seed.json',
      iam: {
        policies: [
          {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: [
                  'appconfig:List*',
                  'appconfig:Get*',
                  'appconfig:StartDeployment'
                ],
                Resource: '*'
              },
              {
                Effect: 'Deny',
                Action: 'appconfig:GetDeployment',
                Resource: `${ARN}:application/chkout1/environment/prod001/deployment/*`
              }
            ]
          }
        ]
      }
    })
  })
  afterAll(() => emulator.close())

  it('AppConfig (restJson1): 403 AccessDeniedException with IAM’s message naming action and resource', async () => {
    const client = appConfigClient(emulator.endpoint)
    await expect(
      client.send(new ListApplicationsCommand({}))
    ).resolves.toBeDefined()
    const error = await client
      .send(
        new StartDeploymentCommand({
          ApplicationId: 'chkout1',
          EnvironmentId: 'prod001',
          ConfigurationProfileId: 'flags01',
          DeploymentStrategyId: 'chk10pc',
          ConfigurationVersion: '1',
          Tags: { team: 'payments' }
        })
      )
      .catch(
        (e: unknown) => e as Error & { $metadata: { httpStatusCode: number } }
      )
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).name).toBe('AccessDeniedException')
    expect(
      (error as { $metadata: { httpStatusCode: number } }).$metadata
        .httpStatusCode
    ).toBe(403)
    expect((error as Error).message).toBe(
      `User: arn:aws:sts::123456789012:assumed-role/github-appconfig-deployer/GitHubActions is not authorized to perform: appconfig:TagResource on resource: ${ARN}:application/chkout1/environment/prod001/deployment/2 because no identity-based policy allows the appconfig:TagResource action`
    )
    await expect(
      client.send(
        new GetDeploymentCommand({
          ApplicationId: 'chkout1',
          EnvironmentId: 'prod001',
          DeploymentNumber: 1
        })
      )
    ).rejects.toThrow(
      /appconfig:GetDeployment on resource: .*deployment\/1 with an explicit deny in an identity-based policy/
    )
    await expect(
      client.send(
        new StopDeploymentCommand({
          ApplicationId: 'chkout1',
          EnvironmentId: 'prod001',
          DeploymentNumber: 1
        })
      )
    ).rejects.toThrow(
      /not authorized to perform: appconfig:StopDeployment on resource/
    )
    // Nothing was started by the refused call.
    expect(emulator.control.calls('StartDeployment')[0]!.applied).toBe(false)
  })

  it.each([
    ['JSON 1.0', false],
    ['Query', true]
  ])(
    'CloudWatch (%s): 403, code AccessDenied, no resource clause for an action that takes none',
    async (_name, query) => {
      const client = cloudWatchClient(emulator.endpoint, { query })
      const error = await client
        .send(new DescribeAlarmsCommand({}))
        .catch((e: unknown) => e as Error)
      expect(
        (error as { $metadata: { httpStatusCode: number } }).$metadata
          .httpStatusCode
      ).toBe(403)
      expect(
        (error as { Code?: string; name: string }).Code ?? (error as Error).name
      ).toBe('AccessDenied')
      expect((error as Error).message).toMatch(
        /is not authorized to perform: cloudwatch:DescribeAlarms because no identity-based policy allows the cloudwatch:DescribeAlarms action$/
      )
    }
  )

  it('the control surface turns IAM off and on', async () => {
    const client = cloudWatchClient(emulator.endpoint)
    emulator.control.setIam(undefined)
    await expect(
      client.send(new DescribeAlarmsCommand({}))
    ).resolves.toBeDefined()
    emulator.control.setIam({
      policies: [
        '{"Statement":{"Effect":"Allow","Action":"cloudwatch:Describe*","Resource":"*"}}'
      ]
    })
    await expect(
      client.send(new DescribeAlarmsCommand({}))
    ).resolves.toBeDefined()
    expect(() => emulator.control.setIam({ policies: [{}] })).toThrow(
      'has no Statement'
    )
  })
})
