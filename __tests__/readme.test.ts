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
      }
      for (const [, name] of text.matchAll(/paginate([A-Z]\w+)\(/g))
        actions.add(`appconfig:${name}`)
    }
    return [...actions].sort()
  }

  it('grants exactly the actions the code calls', () => {
    const readme = readFileSync('README.md', 'utf8')
    const json =
      /<!-- iam-policy:start -->\s*```json\n([\s\S]*?)```/.exec(readme)?.[1] ??
      '{}'
    const policy = JSON.parse(json) as {
      Statement: { Action: string | string[] }[]
    }
    const granted = policy.Statement.flatMap((s) =>
      Array.isArray(s.Action) ? s.Action : [s.Action]
    ).sort()
    expect(granted).toEqual(actionsCalled())
    expect(granted.length).toBeGreaterThan(10)
  })
})
