import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse, parseDocument } from 'yaml'
import { INPUTS, type InputDefinition } from '../../src/contract.js'

/**
 * The example workflows in examples/workflows/ are what users copy: each must be a valid
 * workflow that uses only this action's real inputs and outputs, with the safety the README
 * recommends (OIDC credentials, environments and concurrency for deployments).
 *
 * GitHub's own workflow schema is checked by workflow-schema.test.ts (@actions/workflow-parser);
 * this file checks what the schema cannot: this action's inputs, outputs and safety habits.
 */

const DIR = 'examples/workflows'
/**
 * How the examples refer to this action: a commit to pin, since no release is tagged yet (issue
 * 26: `@v1` did not exist); `./` is the action checked out in its own repository.
 */
const ACTION_REF = /^(?:OWNER\/appconfig-guarded-rollout@COMMIT_SHA|\.\/?)$/

/** Duration + final bake of the predefined strategies, in minutes (appconfig-spec.md §2.8). */
const STRATEGY_MINUTES: Record<string, number> = {
  'AppConfig.AllAtOnce': 0 + 10,
  'AppConfig.Linear50PercentEvery30Seconds': 1 + 1,
  'AppConfig.Canary10Percent20Minutes': 20 + 10,
  'AppConfig.Linear20PercentEvery6Minutes': 30 + 30
}
/** configure-aws-credentials' session with OIDC when role-duration-seconds is not set. */
const DEFAULT_SESSION_SECONDS = 3600

/**
 * Jobs whose rollout can outlast the credentials' session: the action's own timeout (strategy +
 * bake + 5 minutes, unless wait-until returns sooner) against role-duration-seconds. Returns
 * the problems, each naming the job.
 */
function sessionProblems(jobs: [string, Job][]): string[] {
  const problems: string[] = []
  for (const [id, job] of jobs) {
    const steps = actionSteps(job).filter(
      (s) => modeOf(s) === 'deploy' && s.with?.['wait-until'] === undefined
    )
    const minutes = Math.max(
      0,
      ...steps.map(
        (s) => STRATEGY_MINUTES[String(s.with?.['deployment-strategy'])] ?? 0
      )
    )
    if (steps.length === 0) continue
    const needed = (minutes + 5) * 60
    const credentials = (job.steps ?? []).find((s) =>
      s.uses?.startsWith('aws-actions/configure-aws-credentials@')
    )
    const session = Number(
      credentials?.with?.['role-duration-seconds'] ?? DEFAULT_SESSION_SECONDS
    )
    if (session < needed)
      problems.push(
        `${id}: the rollout may take ${needed} s, the session lasts ${session} s`
      )
    const timeout = Number(job['timeout-minutes'] ?? 360) * 60
    if (session > DEFAULT_SESSION_SECONDS && session < timeout)
      problems.push(
        `${id}: role-duration-seconds ${session} is shorter than the job's timeout (${timeout} s)`
      )
  }
  return problems
}
const PREDEFINED_STRATEGIES = [
  'AppConfig.AllAtOnce',
  'AppConfig.Linear50PercentEvery30Seconds',
  'AppConfig.Canary10Percent20Minutes',
  'AppConfig.Linear20PercentEvery6Minutes'
]

type Json = Record<string, unknown>
interface Step extends Json {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  if?: string
}
interface Job extends Json {
  'runs-on'?: unknown
  needs?: string | string[]
  environment?: string | { name: string; url?: string }
  concurrency?: string | { group: string; 'cancel-in-progress'?: unknown }
  permissions?: Record<string, string> | string
  outputs?: Record<string, string>
  strategy?: { matrix?: Record<string, unknown> }
  steps?: Step[]
}
interface Workflow extends Json {
  name?: string
  on?: Record<string, unknown> | string | string[]
  permissions?: Record<string, string> | string
  jobs?: Record<string, Job>
}

const actionYml = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { required?: boolean }>
  outputs: Record<string, unknown>
}
const DECLARED_INPUTS = Object.keys(actionYml.inputs)
const REQUIRED_INPUTS = DECLARED_INPUTS.filter(
  (name) => actionYml.inputs[name]!.required === true
)
const DECLARED_OUTPUTS = Object.keys(actionYml.outputs)

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
  .sort()

function load(file: string): { text: string; workflow: Workflow } {
  const text = readFileSync(path.join(DIR, file), 'utf8')
  return { text, workflow: parse(text) as Workflow }
}

function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${{')
}

function actionSteps(job: Job): Step[] {
  return (job.steps ?? []).filter(
    (s) => typeof s.uses === 'string' && ACTION_REF.test(s.uses)
  )
}

function modeOf(step: Step): string {
  const mode = step.with?.mode
  return typeof mode === 'string' ? mode : INPUTS.mode.default
}

function environmentName(job: Job): string | undefined {
  const env = job.environment
  return typeof env === 'string' ? env : env?.name
}

function concurrencyGroup(job: Job): string | undefined {
  const c = job.concurrency
  return typeof c === 'string' ? c : c?.group
}

/** The permissions a job runs with: its own block replaces the workflow's. */
function permissions(workflow: Workflow, job: Job): Record<string, string> {
  const p = job.permissions ?? workflow.permissions
  if (p === 'write-all')
    return { 'id-token': 'write', 'pull-requests': 'write', contents: 'write' }
  return typeof p === 'object' ? p : {}
}

function indexOfUses(job: Job, prefix: string): number {
  return (job.steps ?? []).findIndex(
    (s) => typeof s.uses === 'string' && s.uses.startsWith(prefix)
  )
}

/** Every `${{ … }}` expression in a job (steps, outputs, environment URL, …). */
function expressions(value: unknown): string[] {
  const text = JSON.stringify(value)
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!)
}

/** References like steps.<id>.outputs.<name> (also `outputs['name']`), in any string of the job. */
function references(
  value: unknown,
  kind: 'steps' | 'needs'
): { id: string; output: string }[] {
  const text = JSON.stringify(value)
  const pattern = new RegExp(
    `\\b${kind}\\.([\\w-]+)\\.outputs(?:\\.([\\w-]+)|\\[\\\\?['"]([\\w-]+)\\\\?['"]\\])`,
    'g'
  )
  return [...text.matchAll(pattern)].map((m) => ({
    id: m[1]!,
    output: m[2] ?? m[3]!
  }))
}

/** What is wrong with the inputs an action step passes (empty when nothing). */
function inputProblems(step: Step): string[] {
  const problems: string[] = []
  const inputs = step.with ?? {}
  const where = `step ${step.id ?? '(no id)'}`
  for (const name of Object.keys(inputs))
    if (!DECLARED_INPUTS.includes(name))
      problems.push(`${where}: input ${name} is not in action.yml`)
  const required = modeOf(step) === 'validate' ? ['bundle'] : REQUIRED_INPUTS
  for (const name of required)
    if (!(name in inputs))
      problems.push(`${where}: required input ${name} missing`)
  for (const [name, value] of Object.entries(inputs)) {
    const definition = INPUTS[name as keyof typeof INPUTS] as
      InputDefinition | undefined
    if (definition === undefined || isExpression(value)) continue
    const literal = String(value)
    const bad = (why: string): number =>
      problems.push(`${where}: ${name}: ${JSON.stringify(literal)} ${why}`)
    if (
      definition.allowed !== undefined &&
      !definition.allowed.includes(literal)
    )
      bad(`is not one of ${definition.allowed.join(', ')}`)
    if (
      name === 'deployment-strategy' &&
      literal.startsWith('AppConfig.') &&
      !PREDEFINED_STRATEGIES.includes(literal)
    )
      bad('is not a predefined strategy')
    if (name === 'timeout-minutes' && !(Number(literal) > 0))
      bad('is not a positive number')
    if (name === 'poll-interval-seconds' && !(Number(literal) >= 0.1))
      bad('is not a number of at least 0.1')
    if (name === 'flag-name-pattern') {
      try {
        new RegExp(literal)
      } catch {
        bad('is not a regular expression')
      }
    }
    if (name === 'tags') {
      for (const line of literal.split('\n'))
        if (line.trim() !== '' && !/^[^=\s][^=]*=/.test(line))
          bad(`has a line that is not key=value: ${line}`)
    }
  }
  return problems
}

/** Output references that point at no step, no job output, or no declared output. */
function outputProblems(workflow: Workflow, id: string, job: Job): string[] {
  const problems: string[] = []
  const steps = new Map((job.steps ?? []).map((s) => [s.id, s]))
  for (const ref of references(job, 'steps')) {
    const step = steps.get(ref.id)
    if (step === undefined)
      problems.push(`job ${id}: steps.${ref.id} is not a step of the job`)
    else if (
      ACTION_REF.test(step.uses ?? '') &&
      !DECLARED_OUTPUTS.includes(ref.output)
    )
      problems.push(`job ${id}: the action has no output ${ref.output}`)
  }
  const needs = job.needs === undefined ? [] : [job.needs].flat()
  for (const ref of references(job, 'needs')) {
    if (!needs.includes(ref.id))
      problems.push(`job ${id}: needs.${ref.id} is not in its needs`)
    else if (!(ref.output in (workflow.jobs?.[ref.id]?.outputs ?? {})))
      problems.push(`job ${id}: job ${ref.id} has no output ${ref.output}`)
  }
  return problems
}

it('has the six example workflows', () => {
  expect(files).toEqual([
    'aws-sandbox.yml',
    'kill-switch.yml',
    'matrix-regions.yml',
    'plan-on-pull-request.yml',
    'release-pipeline.yml',
    'revert.yml'
  ])
})

describe.each(files)('%s', (file) => {
  const { text, workflow } = load(file)
  const jobs = Object.entries(workflow.jobs ?? {})

  it('is valid YAML without duplicate keys, and says what it is for', () => {
    const document = parseDocument(text, { uniqueKeys: true })
    expect(document.errors.map((e) => e.message)).toEqual([])
    expect(document.warnings.map((e) => e.message)).toEqual([])
    expect(text.startsWith('# ')).toBe(true)
  })

  it('has the shape of a workflow: name, triggers, jobs with runs-on and steps', () => {
    expect(typeof workflow.name).toBe('string')
    expect(workflow.on).toBeDefined()
    expect(jobs.length).toBeGreaterThan(0)
    for (const [id, job] of jobs) {
      expect({ id, runsOn: job['runs-on'] !== undefined }).toEqual({
        id,
        runsOn: true
      })
      expect(Array.isArray(job.steps) && job.steps.length > 0).toBe(true)
      const ids = (job.steps ?? [])
        .map((s) => s.id)
        .filter((s) => s !== undefined)
      expect(new Set(ids).size).toBe(ids.length)
      for (const step of job.steps ?? []) {
        // exactly one of uses/run
        expect({
          id,
          step: step.id,
          ok: (step.uses === undefined) !== (step.run === undefined)
        }).toEqual({ id, step: step.id, ok: true })
      }
      const needs = job.needs === undefined ? [] : [job.needs].flat()
      for (const need of needs)
        expect(Object.keys(workflow.jobs ?? {})).toContain(need)
    }
  })

  it('writes well-formed expressions', () => {
    const opened = text.split('${{').length
    const closed = text.split('}}').length
    expect(opened).toBe(closed)
    for (const expression of expressions(workflow)) {
      expect(expression.trim()).not.toBe('')
      // quotes balanced inside each expression
      expect((expression.match(/'/g) ?? []).length % 2).toBe(0)
    }
  })

  it('uses this action as OWNER/appconfig-guarded-rollout@COMMIT_SHA, with real inputs and valid values', () => {
    // Any other reference to the action (a branch, another major) would be a copy-paste trap.
    for (const match of text.matchAll(
      /uses:\s*(\S*appconfig-guarded-rollout\S*)/g
    ))
      expect(match[1]).toMatch(ACTION_REF)
    const steps = jobs.flatMap(([, job]) => actionSteps(job))
    expect(steps.length).toBeGreaterThan(0)
    expect(steps.flatMap(inputProblems)).toEqual([])
  })

  it('reads only outputs the action declares, from steps and jobs that exist', () => {
    expect(
      jobs.flatMap(([id, job]) => outputProblems(workflow, id, job))
    ).toEqual([])
  })

  it('gets AWS credentials through OIDC, before the action runs', () => {
    expect(text).not.toMatch(
      /aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY/
    )
    for (const [id, job] of jobs) {
      const steps = actionSteps(job)
      if (steps.length === 0 || steps.every((s) => modeOf(s) === 'validate'))
        continue
      expect({
        job: id,
        idToken: permissions(workflow, job)['id-token']
      }).toEqual({
        job: id,
        idToken: 'write'
      })
      const credentials = indexOfUses(
        job,
        'aws-actions/configure-aws-credentials@'
      )
      expect({ job: id, credentials: credentials >= 0 }).toEqual({
        job: id,
        credentials: true
      })
      const first = (job.steps ?? []).indexOf(steps[0]!)
      expect(credentials).toBeLessThan(first)
      // Only a step that reads a bundle needs the repository; set-flags and revert do not.
      if (!steps.some((s) => s.with?.bundle !== undefined)) continue
      const checkout = indexOfUses(job, 'actions/checkout@')
      expect({ job: id, checkout: checkout >= 0 && checkout < first }).toEqual({
        job: id,
        checkout: true
      })
    }
  })

  // Issue 26: the production rollout (30 min + 30 min bake) outlasted the default 1-hour session.
  it('asks configure-aws-credentials for a session that outlasts the rollout, and says why', () => {
    expect(sessionProblems(jobs)).toEqual([])
    for (const match of text.matchAll(/role-duration-seconds: (\d+)/g)) {
      const before = text.slice(0, match.index).split('\n').slice(-5).join('\n')
      expect(before).toMatch(/timeout-minutes/)
      expect(before).toMatch(/maximum session duration/)
    }
  })

  it('deploys only from jobs with an environment and a concurrency group for it', () => {
    for (const [id, job] of jobs) {
      const deploys = actionSteps(job).some(
        (s) => modeOf(s) === 'deploy' || isExpression(s.with?.mode)
      )
      const environment = environmentName(job)
      const group = concurrencyGroup(job)
      // a plan-only job needs neither; a job in a production environment needs both
      const production = /prod/i.test(environment ?? '')
      if (!deploys && !production) continue
      expect({ job: id, environment, group: group !== undefined }).toEqual({
        job: id,
        environment: expect.any(String),
        group: true
      })
      // one group per environment: the group names it
      expect(group).toContain(environment)
    }
  })
})

describe('plan-on-pull-request.yml', () => {
  const { workflow } = load('plan-on-pull-request.yml')
  const jobs = workflow.jobs ?? {}

  it('plans on pull requests and lets the action post the comment (no script step)', () => {
    expect(Object.keys(workflow.on as Json)).toEqual(['pull_request'])
    const [plan] = actionSteps(jobs.plan!)
    expect(plan!.with).toMatchObject({ mode: 'plan', 'pr-comment': true })
    expect(
      (jobs.plan!.steps ?? []).some((s) =>
        String(s.uses).includes('github-script')
      )
    ).toBe(false)
    expect(permissions(workflow, jobs.plan!)['pull-requests']).toBe('write')
    expect(permissions(workflow, jobs.plan!)['id-token']).toBe('write')
  })

  it('gives forks a validate job with a comment and no AWS credentials', () => {
    const fork = jobs['validate-fork']!
    expect(fork.if).toContain('!=')
    const [validate] = actionSteps(fork)
    expect(validate!.with).toMatchObject({
      mode: 'validate',
      'pr-comment': true
    })
    expect(
      (fork.steps ?? []).some((s) =>
        String(s.uses).includes('configure-aws-credentials')
      )
    ).toBe(false)
    expect(permissions(workflow, fork)['id-token']).toBeUndefined()
  })
})

describe('release-pipeline.yml', () => {
  const { workflow } = load('release-pipeline.yml')
  const jobs = workflow.jobs ?? {}

  it('promotes dev → uat → production, each job gated by its environment', () => {
    expect(environmentName(jobs.dev!)).toBe('dev')
    expect(environmentName(jobs.uat!)).toBe('uat')
    expect(environmentName(jobs.production!)).toBe('production')
    expect(jobs.uat!.needs).toBe('dev')
    expect(jobs.dev!.needs).toBeUndefined()
    const groups = [jobs.dev, jobs.uat, jobs.production].map((job) =>
      concurrencyGroup(job!)
    )
    expect(new Set(groups).size).toBe(3)
  })

  it('shows the Production plan before the production job asks for approval', () => {
    const planJob = Object.entries(jobs).find(([, job]) =>
      actionSteps(job).some(
        (s) => s.with?.mode === 'plan' && s.with?.environment === 'Production'
      )
    )
    expect(planJob).toBeDefined()
    const [planId, plan] = planJob as [string, Job]
    expect(jobs.production!.needs).toBe(planId)
    expect(plan.needs).toBe('uat')
    // the plan job itself waits for no reviewer
    expect(plan.environment).toBeUndefined()
    expect(jobs.production!.if).toContain(`needs.${planId}.outputs.changed`)
    const [deploy] = actionSteps(jobs.production!)
    expect(deploy!.with).toMatchObject({
      environment: 'Production',
      'require-alarms': true
    })
    // Issue #13: the approved deploy ships exactly the plan the reviewer read.
    const planStep = actionSteps(plan).find((s) => s.with?.mode === 'plan')
    expect(plan.outputs?.['plan-id']).toBe(
      `\${{ steps.${planStep?.id}.outputs.plan-id }}`
    )
    expect(deploy!.with?.['expected-plan']).toBe(
      `\${{ needs.${planId}.outputs.plan-id }}`
    )
  })

  it('promotes only what the environment before runs, and shows the pipeline side by side', () => {
    const withOf = (job: Job): Record<string, unknown> =>
      actionSteps(job)[0]?.with ?? {}
    expect(withOf(jobs.dev!)['promote-from']).toBeUndefined()
    expect(withOf(jobs.uat!)['promote-from']).toBe('Dev')
    expect(withOf(jobs.production!)).toMatchObject({
      'promote-from': 'UAT',
      'min-bake-minutes': 30
    })
    const plan = Object.values(jobs).find((job) => withOf(job).mode === 'plan')!
    expect(String(withOf(plan).environments).trim().split('\n')).toEqual([
      'Dev',
      'UAT',
      'Production'
    ])
    // A role per environment: no two deploying jobs share one.
    const roles = [jobs.dev, jobs.uat, jobs.production].map(
      (job) =>
        (job!.steps ?? []).find((s) =>
          String(s.uses).startsWith('aws-actions/configure-aws-credentials')
        )?.with?.['role-to-assume']
    )
    expect(new Set(roles).size).toBe(3)
  })
})

describe('kill-switch.yml', () => {
  const { workflow } = load('kill-switch.yml')
  const job = Object.values(workflow.jobs ?? {})[0]!

  it('is dispatched by hand; its only AWS step is the action, with set-flags, all at once', () => {
    const on = workflow.on as {
      workflow_dispatch?: { inputs?: Record<string, Json> }
    }
    expect(Object.keys(on)).toEqual(['workflow_dispatch'])
    expect(on.workflow_dispatch?.inputs?.flag?.required).toBe(true)
    // No script reads or patches the configuration: the action does it from what runs.
    expect((job.steps ?? []).filter((s) => s.run !== undefined)).toEqual([])
    const [deploy] = actionSteps(job)
    expect(deploy!.with?.['set-flags']).toBe(
      '${{ inputs.flag }}=${{ inputs.state }}'
    )
    expect(deploy!.with?.bundle).toBeUndefined()
    expect(deploy!.with?.['deployment-strategy']).toBe('AppConfig.AllAtOnce')
    expect(deploy!.with?.description).toBe('${{ inputs.reason }}')
  })
})

describe('revert.yml', () => {
  const { workflow } = load('revert.yml')
  const job = Object.values(workflow.jobs ?? {})[0]!

  it('is dispatched by hand and runs the action in mode revert, nothing else on AWS', () => {
    expect(Object.keys(workflow.on as Json)).toEqual(['workflow_dispatch'])
    expect((job.steps ?? []).filter((s) => s.run !== undefined)).toEqual([])
    const [revert] = actionSteps(job)
    expect(revert!.with?.mode).toBe('revert')
    expect(revert!.with?.bundle).toBeUndefined()
    expect(concurrencyGroup(job)).toContain('${{ inputs.environment }}')
  })
})

describe('matrix-regions.yml', () => {
  const { workflow } = load('matrix-regions.yml')
  const job = Object.values(workflow.jobs ?? {})[0]!

  it('rolls out region by region, stopping at the first failure', () => {
    const regions = job.strategy?.matrix?.region as string[]
    expect(regions.length).toBeGreaterThanOrEqual(2)
    for (const region of regions)
      expect(region).toMatch(/^[a-z]{2}(-[a-z]+)+-\d$/)
    expect(job.strategy).toMatchObject({ 'max-parallel': 1, 'fail-fast': true })
    const [deploy] = actionSteps(job)
    expect(deploy!.with?.region).toBe('${{ matrix.region }}')
    const credentials = (job.steps ?? []).find((s) =>
      s.uses?.startsWith('aws-actions/configure-aws-credentials@')
    )
    expect(credentials?.with?.['aws-region']).toBe('${{ matrix.region }}')
    expect(concurrencyGroup(job)).toContain('${{ matrix.region }}')
  })
})

describe("the README's quick start", () => {
  const readme = readFileSync('README.md', 'utf8')
  const block =
    /## Quick start\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  const workflow = parse(block) as { jobs?: Record<string, Job> }

  it('is a workflow', () => {
    expect(Object.keys(workflow.jobs ?? {}).length).toBeGreaterThan(0)
  })

  it('asks for a session that outlasts its rollout, and the README says why', () => {
    expect(sessionProblems(Object.entries(workflow.jobs ?? {}))).toEqual([])
    expect(readme).toMatch(/\*\*Why `role-duration-seconds`:\*\*/)
  })

  it('pins a commit, not a release that does not exist yet', () => {
    const released = /^## \[\d+\.\d+\.\d+\]/m.test(
      readFileSync('CHANGELOG.md', 'utf8')
    )
    const refs = [
      ...block.matchAll(/uses:\s*(\S*appconfig-guarded-rollout\S*)/g)
    ].map((m) => m[1])
    expect(refs).toEqual(['OWNER/appconfig-guarded-rollout@COMMIT_SHA'])
    // No `@v1` anywhere a user copies from while nothing is released.
    expect(
      released ? [] : (readme.match(/appconfig-guarded-rollout@v\d/g) ?? [])
    ).toEqual([])
  })
})
