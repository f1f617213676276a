/**
 * `npm run demo`: a guarded rollout from start to finish, without an AWS account.
 *
 * Starts the AppConfig + CloudWatch emulator in-process (seeded from examples/emulator-seed.json:
 * the checkout-service application, environments Beta and Production, the latter monitored by
 * the alarm checkout-5xx), then runs the real dist/index.js four times, as the GitHub runner
 * does (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files):
 *
 *   1. mode: plan on Production, Beta and Production side by side → planned
 *   2. promote-from: Beta to Production, before Beta runs it       → failed (refused, nothing written)
 *   3. a linear rollout to Beta                                    → complete
 *   4. the same promotion, now allowed: a canary rollout to Production; the alarm fires at
 *      40 % and AppConfig rolls back                               → rolled-back (the step fails)
 *
 * It streams the action's log, prints each job summary for the terminal, saves the summaries
 * and outputs under demo-output/, and ends with a recap. Exit status 0 when the four outcomes
 * are the expected ones. No network: the emulator listens on 127.0.0.1 and the action gets only
 * the emulator's endpoint and dummy keys.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startEmulator, type RunningEmulator } from '../emulator/index.js'
import { formatLogLine } from './demo-log.js'
import { renderMarkdown, renderTable } from './demo-markdown.js'
import { createStyle, wantsColor, wrapText } from './demo-style.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DIST = path.join(ROOT, 'dist', 'index.js')
const SEED = path.join(ROOT, 'examples', 'emulator-seed.json')
const BUNDLE = path.join(ROOT, 'examples', 'demo', 'checkout-flags.json')
/** Where the bundle sits in the demo's workspace, as in the README's quick start. */
const BUNDLE_IN_WORKSPACE = 'flags/checkout.json'
/** The bundle's rule tests (flag-tests): who gets which variant of one-click-checkout. */
const TESTS = path.join(ROOT, 'examples', 'demo', 'checkout-flags.tests.yaml')
const TESTS_IN_WORKSPACE = 'flags/checkout.tests.yaml'
const ACTION = 'OWNER/appconfig-guarded-rollout@COMMIT_SHA'

/** Real seconds per emulated second: a strategy minute takes 3.6 s, the whole demo ~25 s. */
const DEFAULT_TIME_SCALE = 0.06

const USAGE = `Usage: npm run demo [-- --time-scale ${DEFAULT_TIME_SCALE}] [--out demo-output]

  --time-scale  real seconds per emulated second (default ${DEFAULT_TIME_SCALE}: a strategy minute takes ${(60 * DEFAULT_TIME_SCALE).toFixed(1)} s)
  --out         directory for the saved job summaries and outputs (default demo-output/)

Colours follow the terminal; NO_COLOR=1 turns them off.`

interface Options {
  readonly timeScale: number
  readonly outDir: string
}

interface Step {
  /** File name stem under demo-output/. */
  readonly key: string
  readonly title: string
  /** In the recap. */
  readonly short: string
  /** Log line prefix. */
  readonly tag: string
  readonly explain: string
  readonly inputs: Record<string, string>
  /** The strategy's deployment + final bake, in emulated minutes (0 for a plan). */
  readonly strategyMinutes: number
  readonly expected: { readonly result: string; readonly code: number }
  /** Runs just before the action starts; returns a line to print. */
  readonly before?: (emulator: RunningEmulator) => string
}

interface StepRun {
  readonly step: Step
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly outputs: Record<string, string>
  readonly summary: string
  readonly log: string
  readonly realMs: number
  readonly emulatedMs: number
  /** Ctrl+C arrived while it ran. */
  readonly interrupted: boolean
}

/** The inputs of a step, in the order a workflow would list them. */
function target(
  environment: string,
  more: Record<string, string>,
  mode?: string
): Record<string, string> {
  return {
    ...(mode === undefined ? {} : { mode }),
    application: 'checkout-service',
    environment,
    'configuration-profile': 'checkout-flags',
    bundle: BUNDLE_IN_WORKSPACE,
    'flag-tests': TESTS_IN_WORKSPACE,
    ...more
  }
}

const ALARM = 'checkout-5xx'
const ALARM_AT_PERCENT = 40

const STEPS: readonly Step[] = [
  {
    key: '1-plan-production',
    title: 'Plan the change for Production',
    short: 'plan Production',
    tag: 'plan',
    explain:
      'mode: plan validates the bundle, resolves the target and diffs it against what Production runs now. It writes nothing: on a pull request, its plan-markdown output becomes a comment.',
    inputs: target(
      'Production',
      {
        'deployment-strategy': 'checkout-canary-10pc',
        'promote-from': 'Beta',
        environments: 'Beta\nProduction'
      },
      'plan'
    ),
    strategyMinutes: 0,
    expected: { result: 'planned', code: 0 }
  },
  {
    key: '2-promote-too-early',
    title: 'Promote to Production before Beta runs it (refused)',
    short: 'promote too early',
    tag: 'gate',
    explain:
      'promote-from: Beta lets into Production only what Beta already runs, from a deployment that completed and was not rolled back. Beta still runs version 1, so the action refuses before writing anything and shows how Beta differs from the bundle.',
    inputs: target('Production', {
      'deployment-strategy': 'checkout-canary-10pc',
      'promote-from': 'Beta'
    }),
    strategyMinutes: 0,
    expected: { result: 'failed', code: 1 }
  },
  {
    key: '3-deploy-beta',
    title: 'Roll out to Beta',
    short: 'deploy Beta',
    tag: 'beta',
    explain:
      'A linear rollout: 50 % of clients, then 100 % after 30 s, then a 1-minute bake. Beta has no alarm monitors, so the action warns that AppConfig could not roll back by itself.',
    inputs: target('Beta', {
      'deployment-strategy': 'AppConfig.Linear50PercentEvery30Seconds'
    }),
    strategyMinutes: 2,
    expected: { result: 'complete', code: 0 }
  },
  {
    key: '4-deploy-production',
    title: 'Promote to Production (allowed; then the alarm fires)',
    short: 'deploy Production',
    tag: 'prod',
    explain: `Beta now runs exactly this bundle, so the promotion is allowed. The canary strategy checkout-canary-10pc adds 10 % of clients a minute, then bakes 5 minutes. Production is monitored by the CloudWatch alarm ${ALARM}; the action watches it too.`,
    inputs: target('Production', {
      'deployment-strategy': 'checkout-canary-10pc',
      'promote-from': 'Beta',
      'require-alarms': 'true'
    }),
    strategyMinutes: 15,
    expected: { result: 'rolled-back', code: 1 },
    before(emulator) {
      const app = emulator.seeded.applications['checkout-service']!
      emulator.control.scheduleAlarmChange({
        alarmName: ALARM,
        state: 'ALARM',
        reason:
          'Threshold Crossed: 3 out of the last 3 datapoints were greater than the threshold (0.01): checkout 5xx spike',
        when: {
          percentage: ALARM_AT_PERCENT,
          applicationId: app.id,
          environmentId: app.environments.Production
        }
      })
      return `The emulator will set the alarm ${ALARM} to ALARM when the deployment reaches ${ALARM_AT_PERCENT} % (a 5xx spike at checkout).`
    }
  },
  {
    key: '5-kill-switch',
    title: 'Kill switch: Bitcoin off in Production, now, without a commit',
    short: 'kill switch',
    tag: 'kill',
    explain:
      'The payment provider is still failing, so the on-call turns allow-bitcoin-at-checkout off in what Production runs now (version 1), not in the repository: set-flags, AppConfig.AllAtOnce, and the step returns once the change is out and baking (wait-until: baking). The job summary is the incident record, with the set-flags line that undoes it.',
    inputs: {
      application: 'checkout-service',
      environment: 'Production',
      'configuration-profile': 'checkout-flags',
      'set-flags': 'allow-bitcoin-at-checkout=off',
      description: 'Bitcoin payments failing at the provider',
      'deployment-strategy': 'AppConfig.AllAtOnce',
      'wait-until': 'baking'
    },
    strategyMinutes: 10,
    expected: { result: 'baking', code: 0 },
    before(emulator) {
      emulator.control.setAlarmState(
        ALARM,
        'OK',
        'Threshold Crossed: no datapoints above the threshold since the rollback'
      )
      return `After the rollback the 5xx rate fell: the emulator sets ${ALARM} back to OK.`
    }
  }
]

function parseOptions(argv: string[]): Options | undefined {
  let values: { 'time-scale'?: string; out?: string; help?: boolean }
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        'time-scale': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    }))
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (values.help === true) {
    console.log(USAGE)
    return undefined
  }
  const timeScale = Number(values['time-scale'] ?? DEFAULT_TIME_SCALE)
  if (!Number.isFinite(timeScale) || timeScale <= 0)
    throw new UsageError(
      `--time-scale must be a number above 0, got ${values['time-scale']}`
    )
  return {
    timeScale,
    outDir:
      values.out === undefined
        ? path.join(ROOT, 'demo-output')
        : path.resolve(values.out)
  }
}

class UsageError extends Error {}

const color = wantsColor(process.stdout)
const style = createStyle(color)
const width = Math.max(
  60,
  Math.min(
    120,
    process.stdout.isTTY
      ? process.stdout.columns
      : Number(process.env.COLUMNS) || 100
  )
)

function print(line = ''): void {
  process.stdout.write(`${line}\n`)
}

function printWrapped(text: string, indent = 2): void {
  for (const line of wrapText(text, width - indent))
    print(' '.repeat(indent) + line)
}

function rule(title: string): string {
  const head = `━━ ${title} `
  return style.bold(head + '━'.repeat(Math.max(3, width - head.length)))
}

/** `6.4 s` */
function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** `4m 35s` */
function minutes(ms: number): string {
  const total = Math.round(ms / 1000)
  const m = Math.floor(total / 60)
  const s = total % 60
  return m === 0 ? `${s}s` : s === 0 ? `${m}m` : `${m}m ${s}s`
}

function relative(file: string): string {
  const rel = path.relative(process.cwd(), file)
  return rel.startsWith('..') ? file : rel
}

/** Parses a GITHUB_OUTPUT file (`name<<DELIMITER` heredocs, or `name=value`). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!)
    if (heredoc !== null) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++)
        value.push(lines[i]!)
      outputs[heredoc[1]!] = value.join('\n')
      continue
    }
    const eq = lines[i]!.indexOf('=')
    if (eq > 0) outputs[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1)
  }
  return outputs
}

/**
 * Whether src/ has uncommitted changes made after dist/ was built: then the demo runs older
 * code than the tree holds. (Modification times alone would not do: a fresh clone writes src/
 * after dist/.) Without git, nothing is said.
 */
function sourceChangedSinceBuild(): boolean {
  try {
    const built = statSync(DIST).mtimeMs
    const status = execFileSync(
      'git',
      ['status', '--porcelain', '--untracked-files=all', '--', 'src'],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
    )
    return status
      .split('\n')
      .map((line) => line.slice(3).trim())
      .filter((file) => file !== '' && existsSync(path.join(ROOT, file)))
      .some((file) => statSync(path.join(ROOT, file)).mtimeMs > built)
  } catch {
    return false
  }
}

/** A step as the workflow would write it. */
function printWorkflowStep(
  step: Step,
  demoInputs: Record<string, string>
): void {
  print(style.dim(`  - uses: ${ACTION}`))
  print(style.dim(`    with:`))
  for (const [name, value] of Object.entries(step.inputs)) {
    if (!value.includes('\n')) {
      print(`      ${style.dim(`${name}:`)} ${value}`)
      continue
    }
    // A multi-line input, as YAML writes it: a block scalar.
    print(`      ${style.dim(`${name}:`)} |`)
    for (const line of value.split('\n')) print(`        ${line}`)
  }
  const scaled = Object.entries(demoInputs)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ')
  print(style.dim(`    # demo clock: ${scaled} (the defaults, scaled)`))
}

class Demo {
  private emulator: RunningEmulator | undefined
  private tempRoot: string | undefined
  private child: ChildProcess | undefined
  private interrupted = false
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly startedAt = Date.now()

  constructor(private readonly options: Options) {}

  /** Ctrl+C: stop the running step as the runner cancels a job, then clean up. */
  onSignal(signal: NodeJS.Signals): void {
    const child = this.child
    if (this.interrupted) {
      // A second Ctrl+C: no more waiting.
      if (child !== undefined && child.exitCode === null) child.kill('SIGKILL')
      return
    }
    this.interrupted = true
    print()
    print(
      style.yellow(
        `${signal}: stopping${child !== undefined ? ' the running step (the action stops its deployment, as when a workflow is cancelled)' : ''}…`
      )
    )
    if (child === undefined || child.exitCode !== null) return
    child.kill('SIGINT')
    // The runner's escalation: SIGTERM 7.5 s after SIGINT, SIGKILL 2.5 s later.
    this.later(7_500, () => child.kill('SIGTERM'))
    this.later(10_000, () => child.kill('SIGKILL'))
  }

  private later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      action()
    }, ms)
    this.timers.add(timer)
  }

  async run(): Promise<number> {
    const { timeScale, outDir } = this.options
    if (!existsSync(DIST)) {
      print(
        style.red(
          `${relative(DIST)} is missing. Build the action first: npm run package`
        )
      )
      return 1
    }
    print(rule('AppConfig Guarded Rollout · demo (no AWS account needed)'))
    print()
    if (sourceChangedSinceBuild())
      printWrapped(
        style.yellow(
          `Note: src/ has changed since dist/ was built; the demo runs dist/index.js, as the runner would. Run npm run package to include your changes.`
        )
      )

    this.tempRoot = mkdtempSync(path.join(tmpdir(), 'appconfig-demo-'))
    const workspace = path.join(this.tempRoot, 'workspace')
    mkdirSync(path.join(workspace, path.dirname(BUNDLE_IN_WORKSPACE)), {
      recursive: true
    })
    copyFileSync(BUNDLE, path.join(workspace, BUNDLE_IN_WORKSPACE))
    copyFileSync(TESTS, path.join(workspace, TESTS_IN_WORKSPACE))

    const emulator = await startEmulator({ port: 0, timeScale, seed: SEED })
    this.emulator = emulator
    const speed = 1 / timeScale
    printWrapped(
      `The emulator plays AWS AppConfig and CloudWatch on ${emulator.endpoint}, seeded from ${relative(SEED)}: the e-commerce application ${style.bold('checkout-service')} with environments ${style.bold('Beta')} (no alarms) and ${style.bold('Production')} (monitored by the CloudWatch alarm ${style.bold(ALARM)}), and the feature-flag profile ${style.bold('checkout-flags')}, whose version 1 (flag allow-bitcoin-at-checkout on, 5 % Bitcoin discount) runs in both.`
    )
    printWrapped(
      `Its clock runs ${speed >= 10 ? Math.round(speed) : speed.toFixed(1)}× faster than real time: a strategy minute takes ${seconds(60_000 * timeScale)}. Times in the summaries are AppConfig's (emulated) times.`
    )
    print()
    printWrapped(
      `The bundle to roll out is ${relative(BUNDLE)} (copied to ${BUNDLE_IN_WORKSPACE} in a temporary workspace). As shipped, the Bitcoin discount goes from 5 % to 10 % until 2027/03/31 and a new multi-variant flag, one-click-checkout, serves returning customers with a saved card and a 10 % pilot. Every step also runs the rule tests ${relative(TESTS)} (flag-tests): who must get which variant; the plan lists the cases served differently than today. Edit either file to try a change of your own.`
    )
    printWrapped(
      `dist/index.js then runs four times, exactly as the GitHub runner starts it: a fresh node process, the inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and AWS_ENDPOINT_URL pointing at the emulator.`
    )

    mkdirSync(outDir, { recursive: true })
    const runs: StepRun[] = []
    for (const [index, step] of STEPS.entries()) {
      if (this.interrupted) break
      print()
      print(rule(`${index + 1}/${STEPS.length} ${step.title}`))
      print()
      printWrapped(step.explain)
      print()
      const run = await this.runStep(step, workspace, emulator)
      runs.push(run)
      this.report(run, outDir)
    }
    return this.recap(runs, outDir)
  }

  private async runStep(
    step: Step,
    workspace: string,
    emulator: RunningEmulator
  ): Promise<StepRun> {
    const { timeScale } = this.options
    const stepDir = mkdtempSync(path.join(this.tempRoot ?? tmpdir(), 'step-'))
    const outputFile = path.join(stepDir, 'output')
    const summaryFile = path.join(stepDir, 'summary')
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')

    // The defaults, scaled to the emulator's clock: poll every 10 emulated seconds, give up
    // after the strategy's duration + bake + 5 emulated minutes.
    const demoInputs: Record<string, string> = {
      'poll-interval-seconds': String(
        Number(Math.max(0.1, 10 * timeScale).toFixed(2))
      )
    }
    if (step.strategyMinutes > 0)
      demoInputs['timeout-minutes'] = String(
        Number(((step.strategyMinutes + 5) * timeScale).toFixed(2))
      )
    printWorkflowStep(step, demoInputs)
    print()
    const note = step.before?.(emulator)
    if (note !== undefined) {
      printWrapped(style.magenta(note))
      print()
    }

    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      // What the runner provides…
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'acme/checkout-service',
      GITHUB_SHA: '4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '1001',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'newcomer',
      GITHUB_WORKFLOW: 'Release flags',
      RUNNER_TEMP: stepDir,
      // …and what configure-aws-credentials would, pointed at the emulator. Nothing from the
      // caller's AWS configuration reaches the action.
      AWS_ENDPOINT_URL: emulator.endpoint,
      AWS_ENDPOINT_URL_APPCONFIG: emulator.endpoint,
      AWS_ENDPOINT_URL_CLOUDWATCH: emulator.endpoint,
      AWS_ACCESS_KEY_ID: 'emulator',
      AWS_SECRET_ACCESS_KEY: 'emulator',
      AWS_REGION: emulator.region,
      AWS_DEFAULT_REGION: emulator.region,
      AWS_CONFIG_FILE: path.join(stepDir, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(stepDir, 'no-aws-credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      NODE_NO_WARNINGS: '1'
    }
    for (const [name, value] of Object.entries({
      ...step.inputs,
      ...demoInputs
    }))
      env[`INPUT_${name.toUpperCase()}`] = value

    const emulatedStart = emulator.control.now().getTime()
    const startedAt = Date.now()
    const child = spawn(process.execPath, [DIST], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    this.child = child
    const prefix = `  ${style.dim(`${step.tag.padEnd(4)} │`)} `
    let log = ''
    const show = (line: string, stream: 'stdout' | 'stderr'): void => {
      log += `${line}\n`
      const shown =
        stream === 'stderr' ? [style.red(line)] : formatLogLine(line, style)
      for (const l of shown)
        for (const part of wrapText(l, width - 9, 4)) print(prefix + part)
    }
    const streams = [
      createInterface({ input: child.stdout }),
      createInterface({ input: child.stderr })
    ]
    streams[0]!.on('line', (line) => show(line, 'stdout'))
    streams[1]!.on('line', (line) => show(line, 'stderr'))
    // A last resort if the action never ends: its own timeout (scaled above) comes first.
    const watchdogMs = (step.strategyMinutes + 5) * 60_000 * timeScale + 30_000
    const watchdog = setTimeout(() => {
      print(
        style.red(
          `  The step did not end within ${seconds(watchdogMs)}; stopping it.`
        )
      )
      child.kill('SIGKILL')
    }, watchdogMs)
    const [code, signal] = await new Promise<
      [number | null, NodeJS.Signals | null]
    >((resolve, reject) => {
      child.once('error', reject)
      child.once('close', (c: number | null, s: NodeJS.Signals | null) =>
        resolve([c, s])
      )
    })
    clearTimeout(watchdog)
    if (log === '')
      print(
        `${prefix}${style.dim('(the action logged nothing: its summary and outputs follow)')}`
      )
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    this.child = undefined
    const run: StepRun = {
      step,
      code,
      signal,
      outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      log,
      realMs: Date.now() - startedAt,
      emulatedMs: emulator.control.now().getTime() - emulatedStart,
      interrupted: this.interrupted
    }
    rmSync(stepDir, { recursive: true, force: true })
    return run
  }

  private report(run: StepRun, outDir: string): void {
    const { step, outputs } = run
    const result = outputs.result ?? '(none)'
    const ok = matches(run)
    print()
    // A step meant to fail (a refused gate, a rollback) is a cross, marked as expected.
    const failing = step.expected.code !== 0
    const mark = ok
      ? failing
        ? style.yellow('✖')
        : style.green('✔')
      : run.interrupted
        ? style.yellow('■')
        : style.red('✖')
    const verdict = ok
      ? failing
        ? style.yellow(' · failed as expected')
        : ''
      : run.interrupted
        ? style.yellow(' · interrupted')
        : style.red(
            ` · expected ${step.expected.result}, exit ${step.expected.code}`
          )
    const exit =
      run.code === null
        ? `killed by ${run.signal ?? 'a signal'}`
        : `exit ${run.code}`
    print(
      `  ${mark} ${style.bold(`result: ${result}`)} · ${exit} · ${seconds(run.realMs)} (${minutes(run.emulatedMs)} of AppConfig time)${verdict}`
    )
    const shown = [
      'state',
      'deployment-number',
      'configuration-version',
      'version-label',
      'changed',
      'flags-added',
      'flags-changed',
      'flags-removed',
      'triggered-alarms',
      'rollback-reason'
    ].filter(
      (name) =>
        outputs[name] !== undefined &&
        outputs[name] !== '' &&
        outputs[name] !== '[]'
    )
    if (shown.length > 0) {
      print(
        `  ${style.dim('outputs, for later steps (steps.<id>.outputs.<name>):')}`
      )
      const nameWidth = Math.max(...shown.map((name) => name.length))
      for (const name of shown) {
        const [first, ...rest] = wrapText(outputs[name]!, width - nameWidth - 6)
        print(`    ${style.dim(name.padEnd(nameWidth))}  ${first}`)
        for (const line of rest) print(`    ${' '.repeat(nameWidth)}  ${line}`)
      }
    }

    // A kill switch's record ends with the line that undoes it: show it where the eye is.
    const undo =
      /^\*\*How to undo it:\*\*[^\n]*\n+```[^\n]*\n([\s\S]*?)\n```/m.exec(
        run.summary
      )?.[1]
    if (step.inputs['set-flags'] !== undefined && undo !== undefined) {
      print()
      print(
        `  ${style.bold('To undo it')}, run the same step with ${style.bold(`set-flags: ${undo.trim().split('\n').join(', ')}`)}`
      )
    }

    const summaryPath = path.join(outDir, `${step.key}.md`)
    writeFileSync(summaryPath, run.summary)
    writeFileSync(
      path.join(outDir, `${step.key}.outputs.json`),
      `${JSON.stringify(outputs, null, 2)}\n`
    )
    writeFileSync(path.join(outDir, `${step.key}.log`), run.log)
    print()
    print(
      `  ${style.bold('Job summary')} ${style.dim(`(saved as ${relative(summaryPath)})`)}`
    )
    print()
    if (run.summary.trim() === '') print(style.red('    (empty)'))
    else print(renderMarkdown(run.summary, { width, style, indent: 4 }))
  }

  private recap(runs: readonly StepRun[], outDir: string): number {
    print()
    print(rule('Recap'))
    print()
    const rows = [
      ['step', 'result', 'exit code', 'duration', 'AppConfig time', 'expected'],
      ...STEPS.map((step) => {
        const run = runs.find((r) => r.step === step)
        if (run === undefined)
          return [step.short, '(not run)', '', '', '', step.expected.result]
        const ok = matches(run)
        return [
          step.short,
          ok
            ? style.green(run.outputs.result!)
            : style.red(run.outputs.result ?? '(none)'),
          run.code === null ? `(${run.signal ?? 'killed'})` : String(run.code),
          seconds(run.realMs),
          minutes(run.emulatedMs),
          ok
            ? step.expected.code !== 0
              ? style.yellow('✖ as expected')
              : style.green('✔')
            : run.interrupted
              ? style.yellow('■ interrupted')
              : style.red(`✖ ${step.expected.result}, ${step.expected.code}`)
        ]
      })
    ]
    for (const line of renderTable(rows, { width, style, indent: 2 }))
      print(line)
    print(
      style.dim(
        `  The whole demo took ${seconds(Date.now() - this.startedAt)}.`
      )
    )
    print()
    const allAsExpected =
      !this.interrupted && runs.length === STEPS.length && runs.every(matches)
    if (allAsExpected) {
      printWrapped(
        style.green(
          `All ${STEPS.length} outcomes as expected: the plan showed the change, Production refused a promotion Beta did not run yet (an expected failure), Beta completed, the promotion was then allowed, and when ${ALARM} fired at ${ALARM_AT_PERCENT} % AppConfig rolled Production back to version 1 — that step failed, as it would fail your workflow, and was meant to. Then the kill switch turned Bitcoin off in Production without a commit.`
        )
      )
    } else if (this.interrupted) {
      printWrapped(style.yellow('Interrupted: the demo stopped early.'))
    } else {
      printWrapped(
        style.red(
          'Some outcomes differ from what the demo expects (see the recap above and the logs saved next to the summaries).'
        )
      )
    }
    print()
    printWrapped(
      `Job summaries, outputs and logs: ${relative(outDir)}${path.sep} (open the .md files in a Markdown viewer to see them as GitHub shows them).`
    )
    printWrapped(
      `Next: the README's "Example workflows" (examples/workflows/), and "Try it without AWS" to run the emulator yourself.`
    )
    if (this.interrupted) return 130
    return allAsExpected ? 0 : 1
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    const child = this.child
    if (
      child !== undefined &&
      child.exitCode === null &&
      child.signalCode === null
    ) {
      child.kill('SIGKILL')
      await new Promise((resolve) => child.once('close', resolve))
    }
    await this.emulator?.close()
    if (this.tempRoot !== undefined)
      rmSync(this.tempRoot, { recursive: true, force: true })
  }
}

function matches(run: StepRun): boolean {
  return (
    run.outputs.result === run.step.expected.result &&
    run.code === run.step.expected.code
  )
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2))
  if (options === undefined) return 0
  const demo = new Demo(options)
  const onSignal = (signal: NodeJS.Signals): void => demo.onSignal(signal)
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    return await demo.run()
  } finally {
    await demo.close()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`)
      process.exitCode = 2
      return
    }
    console.error(
      style.red(
        `demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
      )
    )
    process.exitCode = 1
  }
)
