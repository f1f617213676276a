import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FakeRunner } from '../__fixtures__/fake-runner.js'
import { OUTPUTS } from '../src/contract.js'
import { run } from '../src/main.js'
import { runPipeline, type PipelineReport } from '../src/pipeline.js'

let workspace: string
const env = (): NodeJS.ProcessEnv => ({
  GITHUB_WORKSPACE: workspace,
  GITHUB_REPOSITORY: 'octo/shop',
  GITHUB_SHA: '0123456789abcdef',
  GITHUB_RUN_ID: '42',
  GITHUB_SERVER_URL: 'https://github.com'
})

const valid = JSON.stringify(
  {
    version: '1',
    flags: { 'new-checkout': {} },
    values: { 'new-checkout': { enabled: true } }
  },
  null,
  2
)
const invalid = [
  '{',
  '  "version": "1",',
  '  "flags": { "Bad.Key": {} },',
  '  "values": { "ghost": { "enabled": true } }',
  '}'
].join('\n')

/** A plan as the pipeline returns it, for main's log of it. */
const plannedReport: PipelineReport = {
  result: 'planned',
  mode: 'plan',
  target: {
    region: 'eu-west-1',
    application: { id: 'a1', name: 'checkout-service' },
    environment: { id: 'e1', name: 'Production' },
    profile: { id: 'p1', name: 'checkout-flags' },
    strategy: {
      id: 'AppConfig.Linear50PercentEvery30Seconds',
      name: 'AppConfig.Linear50PercentEvery30Seconds',
      growthType: 'LINEAR',
      growthFactor: 50,
      durationMinutes: 1,
      finalBakeMinutes: 1
    },
    monitors: []
  },
  plan: {
    deployed: { version: 3, deploymentNumber: 7 },
    changed: true,
    changes: [
      { key: 'express', kind: 'added', details: [] },
      {
        key: 'new-checkout',
        kind: 'changed',
        toggled: 'enabled',
        details: [{ what: 'enabled', before: 'false', after: 'true' }]
      }
    ],
    unchangedCount: 3,
    guards: [
      { guard: 'flag-removal', outcome: 'pass', message: 'No flag is removed.' }
    ],
    alarms: []
  }
}

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'main-'))
  writeFileSync(path.join(workspace, 'valid.json'), valid)
  writeFileSync(path.join(workspace, 'invalid.json'), invalid)
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

async function runWith(
  inputs: Record<string, string>,
  extra: Partial<Parameters<typeof run>[0]> = {}
) {
  const runner = new FakeRunner(inputs)
  let t = 1_000_000
  await run({ runner, env: env(), now: () => (t += 250), ...extra })
  return runner
}

describe('run', () => {
  it('validates a good bundle: result validated, all outputs, a summary, no failure', async () => {
    const runner = await runWith({ mode: 'validate', bundle: 'valid.json' })
    expect(runner.failures).toEqual([])
    expect([...runner.outputs.keys()]).toEqual([...OUTPUTS])
    expect(runner.outputs.get('result')).toBe('validated')
    expect(runner.outputs.get('flags-added')).toBe('[]')
    expect(runner.outputs.get('duration-seconds')).toBe('0.5')
    expect(runner.summary).toContain('🔎 `valid.json` is valid: 1 flag')
    expect(runner.annotations).toEqual([])
  })

  it('annotates every problem at its file, line and column and fails once', async () => {
    const runner = await runWith({ mode: 'validate', bundle: 'invalid.json' })
    expect(runner.failures).toHaveLength(1)
    expect(runner.failures[0]).toContain('has 2 problems')
    expect(runner.outputs.get('result')).toBe('failed')
    expect(
      runner.annotations.map((a) => [
        a.level,
        a.properties?.title,
        a.properties?.file,
        a.properties?.startLine,
        a.properties?.startColumn
      ])
    ).toEqual([
      ['error', 'AppConfig bundle: key-format', 'invalid.json', 3, 14],
      ['error', 'AppConfig bundle: value-without-flag', 'invalid.json', 4, 15]
    ])
    // The title names the rule; the message does not say it again.
    expect(runner.annotations[0]!.message).toMatch(/^flags: flag key 'Bad.Key'/)
    expect(runner.annotations[1]!.message).not.toMatch(/^value-without-flag/)
    expect(runner.summary).toContain('⛔ Validation failed: 2 errors')
    expect(runner.summary).toContain(
      '(https://github.com/octo/shop/blob/0123456789abcdef/invalid.json#L3)'
    )
  })

  it('fails with the input named when an input is bad, still writing outputs and summary', async () => {
    const runner = await runWith({
      mode: 'validate',
      bundle: 'valid.json',
      'poll-interval-seconds': 'abc'
    })
    expect(runner.failures).toEqual([
      expect.stringContaining(
        "Input 'poll-interval-seconds' has the value 'abc'"
      )
    ])
    expect(runner.outputs.get('result')).toBe('failed')
    expect(runner.summary).toContain('⛔ Invalid input')
    expect(runner.summary).toContain('`poll-interval-seconds`')
  })

  it('reports every bad input at once, with the mode in force in the footer', async () => {
    const runner = await runWith({
      mode: 'plan',
      bundle: 'valid.json',
      'poll-interval-seconds': 'abc',
      'on-drift': 'ignore'
    })
    expect(runner.failures).toHaveLength(1)
    expect(runner.failures[0]!.split('\n')).toEqual([
      '5 inputs are invalid:',
      expect.stringContaining("Input 'application' is required"),
      expect.stringContaining("Input 'environment' is required"),
      expect.stringContaining("Input 'configuration-profile' is required"),
      expect.stringContaining("Input 'poll-interval-seconds' has the value"),
      expect.stringContaining("Input 'on-drift' has the value 'ignore'")
    ])
    expect(runner.summary).toContain(
      '`application, environment, configuration-profile, poll-interval-seconds, on-drift`'
    )
    expect(runner.summary).toContain('AppConfig Guarded Rollout · mode `plan`')
  })

  it('says no mode is in force when the mode input is bad', async () => {
    const runner = await runWith({ mode: 'apply', bundle: 'valid.json' })
    expect(runner.summary).toContain(
      'AppConfig Guarded Rollout · no mode in force (invalid inputs)'
    )
  })

  it('masks the GitHub token first and never logs it', async () => {
    const runner = await runWith({
      mode: 'validate',
      bundle: 'valid.json',
      'github-token': 'ghs_0123456789'
    })
    expect(runner.secrets).toEqual(['ghs_0123456789'])
    expect(runner.logs.join('\n')).not.toContain('ghs_0123456789')
    expect(runner.logs).toContain('debug: setting githubToken: (set, masked)')
  })

  it('writes debug lines for the resolved settings', async () => {
    const runner = await runWith({ mode: 'validate', bundle: 'valid.json' })
    expect(runner.logs).toContain('debug: setting mode: "validate"')
    expect(runner.logs).toContain(
      `debug: setting bundlePath: ${JSON.stringify(path.join(workspace, 'valid.json'))}`
    )
  })

  it('ends a successful validate with one result line', async () => {
    const runner = await runWith({ mode: 'validate', bundle: 'valid.json' })
    expect(runner.logs.at(-1)).toBe(
      'Validated bundle valid.json: 1 flag, 0 errors, 0 warnings.'
    )
  })

  it('ends a successful plan with one result line and folds the plan in a group', async () => {
    const runner = await runWith(
      { mode: 'validate', bundle: 'valid.json' },
      { pipeline: () => Promise.resolve(plannedReport) }
    )
    expect(runner.failures).toEqual([])
    const start = runner.logs.indexOf(
      'group: Plan: 2 flag changes, 3 flags unchanged'
    )
    expect(runner.logs.slice(start)).toEqual([
      'group: Plan: 2 flag changes, 3 flags unchanged',
      '+ express',
      '~ new-checkout',
      '    enabled: false → true',
      'guard flag-removal: pass: No flag is removed.',
      'endgroup',
      'Planned checkout-flags in Production: 2 flag changes (1 added, 0 removed, 1 changed), 3 flags unchanged.'
    ])
  })

  it('folds the validation problems in a log group, each with its rule', async () => {
    const runner = await runWith({ mode: 'validate', bundle: 'invalid.json' })
    const start = runner.logs.findIndex((l) => l.startsWith('group: '))
    expect(runner.logs[start]).toBe(
      'group: Validation of invalid.json: 2 errors, 0 warnings'
    )
    expect(runner.logs[start + 1]).toMatch(
      /^invalid\.json:3:14 error key-format: flags: flag key 'Bad\.Key'/
    )
    expect(runner.logs[start + 3]).toBe('endgroup')
  })

  it('never emits more annotations than GitHub shows, and says how many more there are', async () => {
    // 25 bad keys (errors) and 15 warnings from the pipeline itself: both past the cap.
    const flags = Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [`Bad.Key${i}`, {}])
    )
    writeFileSync(
      path.join(workspace, 'many.json'),
      JSON.stringify({ version: '1', flags }, null, 2)
    )
    const runner = await runWith(
      { mode: 'validate', bundle: 'many.json' },
      {
        pipeline: async (settings, deps) => {
          for (let i = 0; i < 15; i++) deps.warn(`guard warning ${i}`)
          return runPipeline(settings, deps)
        }
      }
    )
    const count = (level: string): number =>
      runner.annotations.filter((a) => a.level === level).length
    // core.setFailed writes one more error annotation: it counts against the cap.
    expect(count('error') + runner.failures.length).toBeLessThanOrEqual(10)
    expect(count('warning')).toBeLessThanOrEqual(10)
    expect(count('error')).toBe(9)
    const notices = runner.annotations.filter((a) => a.level === 'notice')
    expect(notices).toEqual([
      {
        level: 'notice',
        message: expect.stringMatching(
          /^16 more bundle problems than GitHub shows as annotations .*the job summary lists them/
        ),
        properties: undefined
      }
    ])
    // The hidden ones are still in the log.
    expect(runner.logs.filter((l) => l.startsWith('Warning: '))).toHaveLength(5)
    expect(runner.summary).toContain('25 errors')
  })

  it('fails plan and deploy without a region from the input, the variables or the profile, naming the input, before any AWS call', async () => {
    // The SDK's chain reads the profile through process.env: point it at files that do not exist.
    const saved = { ...process.env }
    for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE'])
      delete process.env[name]
    process.env.AWS_CONFIG_FILE = path.join(workspace, 'no-config')
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(
      workspace,
      'no-credentials'
    )
    try {
      for (const mode of ['plan', 'deploy']) {
        const regions: (string | undefined)[] = []
        const runner = await runWith(
          {
            mode,
            bundle: 'valid.json',
            application: 'a',
            environment: 'e',
            'configuration-profile': 'p'
          },
          {
            // The real clients: no region given, so they ask the SDK's chain, which finds none.
            createClients: async (region, options) => {
              regions.push(region)
              const { createClients } = await import('../src/aws/clients.js')
              return createClients(region, options)
            }
          }
        )
        expect(regions).toEqual([undefined])
        expect(runner.failures).toEqual([
          expect.stringContaining(
            "No AWS region: set the input 'region', or AWS_REGION"
          )
        ])
        expect(runner.outputs.get('result')).toBe('failed')
        expect(runner.summary).toContain('`region`')
      }
    } finally {
      for (const name of Object.keys(process.env)) delete process.env[name]
      Object.assign(process.env, saved)
    }
  })

  it('cancels on SIGTERM: the pipeline sees its signal abort', async () => {
    const runner = new FakeRunner({ mode: 'validate', bundle: 'valid.json' })
    let aborted: boolean | undefined
    await run({
      runner,
      env: env(),
      pipeline: async (_settings, deps) => {
        process.emit('SIGTERM', 'SIGTERM')
        aborted = deps.signal.aborted
        return Promise.resolve({
          result: 'cancelled' as const,
          mode: 'deploy' as const,
          failure: { kind: 'cancelled' as const, message: 'stopped' }
        })
      }
    })
    expect(aborted).toBe(true)
    expect(runner.logs).toContain(
      'Received SIGTERM: the workflow is being cancelled.'
    )
    expect(runner.failures).toEqual(['stopped'])
    expect(process.listenerCount('SIGTERM')).toBe(0)
  })

  it('reports a missing bundle file clearly', async () => {
    const runner = await runWith({ mode: 'validate', bundle: 'nope.yaml' })
    expect(runner.failures).toEqual([
      expect.stringContaining("nope.yaml' does not exist")
    ])
  })

  it('turns a non-Error throw into one failure with outputs and summary', async () => {
    const runner = await runWith(
      { mode: 'validate', bundle: 'valid.json' },
      {
        pipeline: () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error
          throw 'a string, not an Error'
        }
      }
    )
    expect(runner.failures).toEqual([
      'Unexpected error: a string, not an Error'
    ])
    expect(runner.outputs.get('result')).toBe('failed')
    expect(runner.summary).toContain('The action failed')
  })

  it('warns, without a second failure, when the summary cannot be written', async () => {
    const runner = new FakeRunner({ mode: 'validate', bundle: 'invalid.json' })
    runner.summaryFails = true
    await run({ runner, env: env() })
    expect(runner.failures).toHaveLength(1)
    expect(runner.annotations.at(-1)).toEqual({
      level: 'warning',
      message: 'Could not write the job summary: EACCES: permission denied',
      properties: undefined
    })
  })
})

describe('the state the post step reads', () => {
  const target = plannedReport.target!
  const running = {
    deploymentNumber: 8,
    state: 'DEPLOYING',
    percentage: 20,
    events: [],
    alarms: [],
    triggeredAlarms: []
  }

  /** Runs main with a pipeline that tracks `tracked` in turn, then returns `report`. */
  async function stateAfter(
    inputs: Record<string, string>,
    tracked: PipelineReport['rollout'][],
    report: PipelineReport
  ) {
    const saves: string[] = []
    const runner = new FakeRunner({
      mode: 'deploy',
      bundle: 'valid.json',
      application: 'a',
      environment: 'e',
      'configuration-profile': 'p',
      ...inputs
    })
    const save = runner.saveState.bind(runner)
    runner.saveState = (name, value) => {
      if (name === 'deployment') saves.push(value)
      save(name, value)
    }
    await run({
      runner,
      env: { ...env(), AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' },
      pipeline: (_settings, deps) => {
        for (const rollout of tracked) deps.track?.(rollout!, target)
        return Promise.resolve(report)
      }
    })
    return { saves, runner }
  }

  it('marks the run as the main step first, for the shared entry', async () => {
    const runner = await runWith({ mode: 'validate', bundle: 'valid.json' })
    expect(runner.state.get('isPost')).toBe('true')
    // Nothing was deployed: nothing saved for the post step at all.
    expect(runner.state.has('deployment')).toBe(false)
  })

  it('saves the deployment once it starts and keeps it when the run is killed before its stop', async () => {
    // A cancel whose stop failed (the StopDeployment hung or errored): left for the post step.
    const { saves } = await stateAfter(
      {},
      [{ ...running, deploymentNumber: undefined, state: undefined }, running],
      {
        ...plannedReport,
        result: 'cancelled',
        rollout: running,
        failure: { kind: 'cancelled', message: 'Stopping it failed.' }
      }
    )
    expect(saves).toHaveLength(1)
    expect(JSON.parse(saves[0]!)).toEqual({
      applicationId: 'a1',
      environmentId: 'e1',
      deploymentNumber: 8,
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:4566',
      run: '42//'
    })
  })

  it.each([
    [
      'the deployment completed',
      {},
      'complete',
      { ...running, state: 'COMPLETE', percentage: 100 }
    ],
    ['wait-until: started left it running on purpose', {}, 'started', running],
    [
      'on-cancel: leave left it running on purpose',
      { 'on-cancel': 'leave' },
      'cancelled',
      running
    ],
    [
      'on-timeout: leave left it running on purpose',
      { 'on-timeout': 'leave' },
      'timed-out',
      running
    ],
    [
      'this run stopped it (AppConfig is rolling it back)',
      {},
      'cancelled',
      { ...running, state: 'ROLLING_BACK', stopped: true }
    ]
  ] as const)(
    'clears the deployment when %s',
    async (_why, inputs, result, last) => {
      const failure =
        result === 'cancelled' || result === 'timed-out'
          ? { failure: { kind: result, message: 'x' } }
          : {}
      const { saves } = await stateAfter(inputs, [running, last], {
        ...plannedReport,
        result,
        rollout: last,
        ...failure
      } as PipelineReport)
      expect(saves[0]).toContain('"deploymentNumber":8')
      expect(saves.at(-1)).toBe('')
    }
  )
})
