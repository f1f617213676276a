import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction } from '../../__fixtures__/run-action.js'
import {
  changedContent,
  FLAG,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'

// Issue 24, rule tests: dist/index.js run as the runner runs it, with flag-tests. Validate mode
// gets no AWS endpoint and no credentials at all; the plan's behavioural diff runs against the
// emulator.

jest.setTimeout(60_000)

const BUNDLE = 'examples/rule-tests/checkout-variants.yaml'
const TESTS = 'examples/rule-tests/checkout-variants.tests.yaml'
/** Nothing to reach AWS with: a call would fail the step. */
const NO_AWS = {
  AWS_ACCESS_KEY_ID: '',
  AWS_SECRET_ACCESS_KEY: '',
  AWS_REGION: '',
  AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
  AWS_EC2_METADATA_DISABLED: 'true'
}
let workspace: string

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'e2e-rule-tests-'))
  cpSync('examples', path.join(workspace, 'examples'), { recursive: true })
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

function writeTests(name: string, lines: string[]): string {
  writeFileSync(path.join(workspace, name), `${lines.join('\n')}\n`)
  return name
}

function validate(flagTests: string, bundle = BUNDLE) {
  return runAction(
    { mode: 'validate', bundle, 'flag-tests': flagTests },
    { workspace, env: NO_AWS }
  )
}

function annotations(
  stdout: string,
  kind: 'error' | 'notice' | 'warning'
): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${kind} title=Rule`))
}

describe('dist/index.js with flag-tests in validate mode (no AWS endpoint at all)', () => {
  it('passes the worked example: every case holds, counted in flag-test-results', async () => {
    const run = await validate(TESTS)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('validated')
    expect(JSON.parse(run.outputs['flag-test-results']!)).toEqual({
      passed: 5,
      failed: 0,
      undetermined: 0
    })
    expect(run.summary).toContain('#### Rule tests')
    expect(run.summary).toContain('**5 cases**: ✅ 5 passed')
    expect(annotations(run.stdout, 'error')).toEqual([])
  })

  it('fails on a case that does not hold, annotated at its line with expected, served and the rule', async () => {
    const file = writeTests('failing.tests.yaml', [
      'cases:',
      '  - name: gold in Germany',
      '    flag: new-checkout',
      '    context: { tier: gold, country: DE }',
      '    expect: { variant: gold }',
      '  - name: gold in Spain gets gold too (wrong, ES is not in the list)',
      '    flag: new-checkout',
      '    context: { tier: gold, country: ES }',
      '    expect: { variant: gold }'
    ])
    const run = await validate(file)
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(JSON.parse(run.outputs['flag-test-results']!)).toEqual({
      passed: 1,
      failed: 1,
      undetermined: 0
    })
    const errors = annotations(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^::error title=Rule test failed%3A gold in Spain.*,file=failing.tests.yaml,line=6,col=5::/
    )
    expect(errors[0]).toContain(
      'expected variant "gold"; served variant "off" (disabled; the default variant, no rule matched)'
    )
    expect(run.summary).toContain(
      '⛔ Rule tests failed: 1 case of 2 does not hold'
    )
    expect(run.stdout).toContain(
      '::error::1 rule test of failing.tests.yaml does not hold'
    )
  })

  it('reports a case decided by a split as undetermined, neither passed nor failed', async () => {
    const file = writeTests('split.tests.yaml', [
      'cases:',
      '  - name: a silver user in the pilot',
      '    flag: new-checkout',
      '    context: { tier: silver, userId: u-7 }',
      '    expect: { variant: pilot }'
    ])
    const run = await validate(file)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs['flag-test-results']!)).toEqual({
      passed: 0,
      failed: 0,
      undetermined: 1
    })
    const notices = annotations(run.stdout, 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(
      /^::notice title=Rule test undetermined%3A a silver user in the pilot,file=split.tests.yaml,line=2,col=5::/
    )
    expect(run.summary).toContain('❔ 1 undetermined')
    expect(run.summary).toContain('AppConfig does not publish its hash')
  })

  it('refuses a test file naming an unknown flag, at its line, before judging any case', async () => {
    const file = writeTests('unknown.tests.yaml', [
      'cases:',
      '  - flag: new-checkout',
      '    expect: { enabled: false }',
      '  - flag: new-chekout',
      '    expect: { enabled: true }'
    ])
    const run = await validate(file)
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(annotations(run.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^::error title=Rule tests%3A unknown-flag,file=unknown.tests.yaml,line=4,col=11::cases\[1\]: the content has no flag 'new-chekout'$/
      )
    ])
    expect(JSON.parse(run.outputs['flag-test-results']!)).toEqual({
      passed: 0,
      failed: 0,
      undetermined: 0
    })
    expect(run.summary).toContain(
      'Rule tests: the test file `unknown.tests.yaml` has 1 problem'
    )
  })

  it('writes flag-test-results on every path: empty without flag-tests, and when the bundle stops the run first', async () => {
    const none = await runAction(
      { mode: 'validate', bundle: BUNDLE },
      { workspace, env: NO_AWS }
    )
    expect(none.code).toBe(0)
    expect(none.outputs['flag-test-results']).toBe('')
    writeFileSync(path.join(workspace, 'broken.yaml'), 'version: 1\n')
    const broken = await validate(TESTS, 'broken.yaml')
    expect(broken.code).toBe(1)
    expect(broken.outputs).toHaveProperty('flag-test-results', '')
  })
})

describe('dist/index.js with flag-tests in plan mode (the emulator)', () => {
  let e2e: E2E | undefined
  afterEach(async () => {
    await e2e?.close()
    e2e = undefined
  })

  it('shows the behavioural diff: the cases of a changed flag served differently than today', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(10))
    writeFileSync(
      path.join(e2e.workspace, 'flags.tests.yaml'),
      [
        'cases:',
        '  - name: everyone gets the discount',
        `    flag: ${FLAG}`,
        '    expect: { enabled: true }',
        ''
      ].join('\n')
    )
    const run = await e2e.run({
      mode: 'plan',
      'deployment-strategy': STRATEGIES.fast.name,
      'flag-tests': 'flags.tests.yaml'
    })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('planned')
    expect(JSON.parse(run.outputs['flag-test-results']!)).toEqual({
      passed: 1,
      failed: 0,
      undetermined: 0
    })
    const summary = run.summary.replace(/\\/g, '')
    expect(summary).toContain(
      'Served differently than today: 1 case of the changed flags'
    )
    expect(summary).toMatch(
      /"bitcoin-discount-percentage":5.*\| .*"bitcoin-discount-percentage":10/
    )
    expect(run.outputs['plan-markdown']).toContain(
      'Served differently than today'
    )
  })
})
