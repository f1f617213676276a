import { describe, expect, it } from '@jest/globals'
import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { updateReadme } from '../scripts/readme-tables.js'

describe('README.md', () => {
  const readme = readFileSync('README.md', 'utf8')

  it('has the input and output tables of action.yml (npm run readme)', async () => {
    expect(readme).toBe(
      await updateReadme(readme, readFileSync('action.yml', 'utf8'))
    )
  })

  it('says on its first screen how to try it, how to test it and what runner it needs', () => {
    // A first screen: what a browser shows before scrolling, about 40 lines.
    const first = readme.split('\n').slice(0, 40).join('\n')
    expect(first).toContain('`npm ci && npm run demo`')
    expect(first).toContain('`npm ci && npm test`')
    expect(first).toMatch(/runner \*\*v2\.327\.1 or later\*\*/)
    expect(first).toContain('GitHub Enterprise Server')
  })

  it('gives the test command that .ci/run runs', () => {
    expect(readme).toContain('npm ci && npm test')
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m)
  })
})

describe('the README IAM policy', () => {
  /** Every AWS API the source calls, as IAM actions: commands sent and paginators used. */
  function actionsCalled(): string[] {
    const files = execSync('git ls-files src', { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((f) => f.endsWith('.ts'))
    const actions = new Set<string>()
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const [, name] of text.matchAll(/new ([A-Z]\w+)Command\(/g)) {
        actions.add(
          `${name === 'DescribeAlarms' ? 'cloudwatch' : 'appconfig'}:${name}`
        )
        // Every StartDeployment carries the source tag: the Service Authorization Reference's
        // operations table lists appconfig:TagResource beside appconfig:StartDeployment.
        if (name === 'StartDeployment') actions.add('appconfig:TagResource')
      }
      for (const [, name] of text.matchAll(/paginate([A-Z]\w+)\(/g))
        actions.add(`appconfig:${name}`)
    }
    return [...actions].sort()
  }

  interface Statement {
    Action: string | string[]
    Resource: string | string[]
  }

  /** The policy between `<!-- name:start -->` and its end marker. */
  function policyIn(name: string): { Statement: Statement[] } {
    const readme = readFileSync('README.md', 'utf8')
    const json =
      new RegExp(
        `<!-- ${name}:start -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\``
      ).exec(readme)?.[1] ?? '{"Statement":[]}'
    return JSON.parse(json) as { Statement: Statement[] }
  }

  const list = (value: string | string[]): string[] =>
    Array.isArray(value) ? value : [value]

  it('grants exactly the actions the code calls', () => {
    const granted = policyIn('iam-policy')
      .Statement.flatMap((s) => list(s.Action))
      .sort()
    expect(granted).toEqual(actionsCalled())
    expect(granted.length).toBeGreaterThan(10)
  })

  it('has a policy per environment: the same actions, deploying and stopping in one environment only', () => {
    const statements = policyIn('iam-policy-environment').Statement
    const granted = statements.flatMap((s) => list(s.Action)).sort()
    expect(granted).toEqual(actionsCalled())
    const resourcesOf = (action: string): string[] =>
      statements
        .filter((s) => list(s.Action).includes(action))
        .flatMap((s) => list(s.Resource))
    // Every resource that lets a deployment start or stop names the one environment; the
    // application, profile and strategy ARNs StartDeployment also needs carry no wildcard
    // that would reach another environment.
    for (const action of [
      'appconfig:StartDeployment',
      'appconfig:StopDeployment',
      'appconfig:TagResource'
    ]) {
      const resources = resourcesOf(action)
      expect(resources.length).toBeGreaterThan(0)
      expect(resources).not.toContain('*')
      expect(
        resources.filter((arn) => /application\/APPLICATION_ID\*/.test(arn))
      ).toEqual([])
      expect(
        resources.filter(
          (arn) =>
            arn.includes('/environment/') &&
            !/\/environment\/ENVIRONMENT_ID(\/deployment\/\*)?$/.test(arn)
        )
      ).toEqual([])
    }
    expect(resourcesOf('appconfig:StartDeployment')).toContain(
      'arn:aws:appconfig:eu-west-1:123456789012:application/APPLICATION_ID/environment/ENVIRONMENT_ID'
    )
    expect(resourcesOf('appconfig:StopDeployment')).toEqual([
      'arn:aws:appconfig:eu-west-1:123456789012:application/APPLICATION_ID/environment/ENVIRONMENT_ID/deployment/*'
    ])
    expect(resourcesOf('appconfig:TagResource')).toEqual([
      'arn:aws:appconfig:eu-west-1:123456789012:application/APPLICATION_ID/environment/ENVIRONMENT_ID/deployment/*'
    ])
    // Reads reach every environment of the application: promote-from reads the source.
    expect(resourcesOf('appconfig:ListDeployments')).toEqual([
      'arn:aws:appconfig:eu-west-1:123456789012:application/APPLICATION_ID*'
    ])
  })
})
