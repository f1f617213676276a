import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readmePolicyText } from '../../__fixtures__/readme-policies.js'
import {
  lintTemplate,
  loadSpec,
  parseTemplate
} from '../../scripts/lint-cfn.js'

// examples/aws-sandbox/sandbox.yaml, the stack of the README's "Try it on a real AWS account":
// it lints clean against the CloudFormation resource specification (cfn-lint is on PyPI, which
// these machines cannot reach; scripts/lint-cfn.ts does its part with @aws-cdk/aws-service-spec),
// and its deploy roles carry exactly the README's per-environment policy.

jest.setTimeout(60_000)

type Json = Record<string, unknown>
const TEMPLATE = 'examples/aws-sandbox/sandbox.yaml'
const template = parseTemplate(readFileSync(TEMPLATE, 'utf8')) as {
  Resources: Record<string, { Type: string; Properties: Json }>
}

let spec: Awaited<ReturnType<typeof loadSpec>>
beforeAll(async () => {
  spec = await loadSpec()
})

describe('the sandbox template', () => {
  it('lints clean against the CloudFormation resource specification', () => {
    expect(lintTemplate(template, spec)).toEqual([])
  })

  it.each([
    [
      'an unknown property',
      (t: typeof template) => {
        t.Resources.Strategy!.Properties.GrowthRate = 50
      },
      'Resources.Strategy.Properties: unknown property GrowthRate'
    ],
    [
      'a missing required property',
      (t: typeof template) => {
        delete t.Resources.Profile!.Properties.LocationUri
      },
      'missing required property LocationUri'
    ],
    [
      'an attribute the resource does not have',
      (t: typeof template) => {
        t.Resources.Beta!.Properties.ApplicationId = {
          'Fn::GetAtt': ['Application', 'Id']
        }
      },
      'Application has no attribute Id'
    ],
    [
      'a value of the wrong type',
      (t: typeof template) => {
        t.Resources.BetaAlarm!.Properties.Period = 'a minute'
      },
      'Resources.BetaAlarm.Properties.Period: must be a number'
    ],
    [
      'an unknown resource type',
      (t: typeof template) => {
        t.Resources.Beta!.Type = 'AWS::AppConfig::Environmnet'
      },
      'unknown resource type AWS::AppConfig::Environmnet'
    ]
  ])('the linter would catch %s', (_what, spoil, problem) => {
    const spoilt = structuredClone(template)
    spoil(spoilt)
    expect(lintTemplate(spoilt, spec).join('\n')).toContain(problem)
  })

  it('creates what the README says: an application, two monitored environments, feature flags, a short strategy', () => {
    const types = Object.values(template.Resources).map((r) => r.Type)
    expect(
      types.filter((t) => t === 'AWS::AppConfig::Environment')
    ).toHaveLength(2)
    expect(types).toContain('AWS::AppConfig::Application')
    expect(types.filter((t) => t === 'AWS::CloudWatch::Alarm')).toHaveLength(2)
    for (const name of ['Beta', 'Production'])
      expect(template.Resources[name]!.Properties.Monitors).toHaveLength(1)
    expect(template.Resources.Profile!.Properties.Type).toBe(
      'AWS.AppConfig.FeatureFlags'
    )
    const strategy = template.Resources.Strategy!.Properties
    expect(
      Number(strategy.DeploymentDurationInMinutes) +
        Number(strategy.FinalBakeTimeInMinutes)
    ).toBeLessThanOrEqual(5)
  })
})

/** The template's policy with its Fn::Sub ARNs written as the README writes them. */
function asReadme(document: unknown, environment: string): unknown {
  const text = JSON.stringify(document, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && 'Fn::Sub' in value)
      return (value as { 'Fn::Sub': string })['Fn::Sub']
        .replaceAll('${AWS::Partition}', 'aws')
        .replaceAll('${AWS::Region}', 'eu-west-1')
        .replaceAll('${AWS::AccountId}', '123456789012')
        .replaceAll('${Application.ApplicationId}', 'APPLICATION_ID')
        .replaceAll(`\${${environment}.EnvironmentId}`, 'ENVIRONMENT_ID')
        .replaceAll('${Profile.ConfigurationProfileId}', 'PROFILE_ID')
    return value
  })
  return normalise(JSON.parse(text))
}

/** Action and Resource as lists: IAM reads a string and a one-item list alike. */
function normalise(document: unknown): unknown {
  const d = document as { Statement: Json[] }
  return {
    ...d,
    Statement: d.Statement.map((s) => ({
      ...s,
      Action: [s.Action].flat(),
      Resource: [s.Resource].flat()
    }))
  }
}

describe('the sandbox deploy roles', () => {
  it.each([
    ['BetaDeployRole', 'Beta', 'sandbox-beta'],
    ['ProductionDeployRole', 'Production', 'sandbox-production']
  ])(
    '%s carries exactly the README’s per-environment policy, for its environment, trusted from its GitHub environment',
    (role, environment, githubEnvironment) => {
      const properties = template.Resources[role]!.Properties as {
        Policies: { PolicyName: string; PolicyDocument: unknown }[]
        AssumeRolePolicyDocument: { Statement: Json[] }
      }
      expect(properties.Policies).toHaveLength(1)
      expect(
        asReadme(properties.Policies[0]!.PolicyDocument, environment)
      ).toEqual(
        normalise(JSON.parse(readmePolicyText('iam-policy-environment')))
      )
      const trust = JSON.stringify(properties.AssumeRolePolicyDocument)
      expect(trust).toContain(
        'oidc-provider/token.actions.githubusercontent.com'
      )
      expect(trust).toContain(
        `repo:\${GitHubRepository}:environment:${githubEnvironment}`
      )
      expect(trust).toContain(
        '"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"'
      )
    }
  )

  it('adds only the drill: SetAlarmState on the Production alarm, nothing else', () => {
    const extra = Object.values(template.Resources).filter(
      (r) => r.Type === 'AWS::IAM::RolePolicy' || r.Type === 'AWS::IAM::Policy'
    )
    expect(extra).toHaveLength(1)
    expect(extra[0]!.Properties.PolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ForceTheSandboxAlarm',
          Effect: 'Allow',
          Action: 'cloudwatch:SetAlarmState',
          Resource: { 'Fn::GetAtt': ['ProductionAlarm', 'Arn'] }
        }
      ]
    })
  })
})
