/**
 * Section 9 of `npm run bench`: a kill switch, from process start to StartDeployment sent, and
 * the API calls used to get there, side by side:
 * - the action with `set-flags: FLAG=off` (reads what the environment runs, patches, validates,
 *   plans, writes the version, starts);
 * - today's way, the old kill-switch.yml: its AWS CLI + jq script (list the IDs by name, find
 *   the live version, download it, jq turns the flag off) and then the action with that file as
 *   `bundle`, one step after the other, as the workflow ran them.
 * Both against the emulator (frozen clock, so nothing moves while they run); the first
 * StartDeployment's arrival in the emulator's call log is the end mark. Without an AWS CLI
 * (or jq) the contender is reported as not measured.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  awsEnv,
  DEFAULT_INPUTS,
  FLAG,
  startE2E,
  STRATEGIES,
  type E2E
} from '../__fixtures__/rollout-e2e.js'
import { summarize, type Summary } from './bench-stats.js'

/** The old kill-switch.yml's script step, verbatim but for `--endpoint-url`. */
export const OLD_SCRIPT = String.raw`set -euo pipefail
ep=(--endpoint-url "$ENDPOINT")
app=$(aws appconfig list-applications "${'$'}{ep[@]}" \
  --query "Items[?Name=='$APPLICATION'].Id | [0]" --output text)
env_id=$(aws appconfig list-environments "${'$'}{ep[@]}" --application-id "$app" \
  --query "Items[?Name=='$ENVIRONMENT'].Id | [0]" --output text)
profile=$(aws appconfig list-configuration-profiles "${'$'}{ep[@]}" --application-id "$app" \
  --query "Items[?Name=='$PROFILE'].Id | [0]" --output text)
version=$(aws appconfig list-deployments "${'$'}{ep[@]}" --application-id "$app" --environment-id "$env_id" \
  --query "Items[?State=='COMPLETE' && ConfigurationName=='$PROFILE'] | [0].ConfigurationVersion" \
  --output text)
if [ "$version" = "None" ]; then
  echo "::error::Nothing of $PROFILE is deployed to $ENVIRONMENT"
  exit 1
fi
aws appconfig get-hosted-configuration-version "${'$'}{ep[@]}" --application-id "$app" \
  --configuration-profile-id "$profile" --version-number "$version" "$RUNNER_TEMP/running.json" > /dev/null
if ! jq -e --arg flag "$FLAG" '.values | has($flag)' "$RUNNER_TEMP/running.json" > /dev/null; then
  echo "::error::$ENVIRONMENT runs version $version of $PROFILE, which has no flag '$FLAG'"
  exit 1
fi
jq --arg flag "$FLAG" '.values[$flag] |= (
    if has("_variants") then ._variants |= map(.enabled = false) else .enabled = false end
  )' "$RUNNER_TEMP/running.json" > "$RUNNER_TEMP/kill-switch.json"
`

export interface KillSwitchRun {
  /** Process start → StartDeployment received by the emulator, real ms. */
  readonly toStartMs: number
  /** API calls received before and including StartDeployment. */
  readonly calls: number
}

export interface KillSwitchResult {
  readonly action: KillSwitchRun[]
  /** Undefined when the AWS CLI or jq is missing. */
  readonly cli: KillSwitchRun[] | undefined
  readonly cliNote: string
}

/** Runs a process to its end; its log is kept to explain a run that failed. */
function child(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string
): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let log = ''
    p.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
    p.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    p.on('error', reject)
    p.on('close', (code) => resolve({ code, log }))
  })
}

/** The environment a runner gives the action, with `inputs`. */
function actionEnv(
  e2e: E2E,
  dir: string,
  inputs: Record<string, string>
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: e2e.workspace,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SHA: 'abc123',
    GITHUB_RUN_ID: '7',
    GITHUB_ACTOR: 'bench',
    NODE_NO_WARNINGS: '1',
    ...awsEnv(e2e.emulator.endpoint)
  }
  writeFileSync(env.GITHUB_OUTPUT as string, '')
  const rest = Object.fromEntries(
    Object.entries(DEFAULT_INPUTS).filter(([name]) => name !== 'bundle')
  )
  for (const [name, value] of Object.entries({
    ...rest,
    'deployment-strategy': STRATEGIES.fast.name,
    'wait-until': 'started',
    ...inputs
  }))
    env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

/** When the first StartDeployment reached the emulator, and how many calls came before it. */
function startMark(e2e: E2E, spawnedAt: number, log: string): KillSwitchRun {
  const calls = e2e.calls()
  const index = calls.findIndex((c) => c.operation === 'StartDeployment')
  if (index < 0) throw new Error(`no StartDeployment was sent:\n${log}`)
  return {
    toStartMs: calls[index]!.realAt.getTime() - spawnedAt,
    calls: index + 1
  }
}

async function actionRun(program: {
  node: string
  dist: string
}): Promise<KillSwitchRun> {
  const e2e = await startE2E({ timeScale: 0 })
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-kill-'))
  try {
    const env = actionEnv(e2e, dir, { 'set-flags': `${FLAG}=off` })
    const spawnedAt = Date.now()
    const run = await child(
      program.node,
      [path.join(program.dist, 'index.js')],
      env,
      e2e.workspace
    )
    return startMark(e2e, spawnedAt, run.log)
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await e2e.close()
  }
}

async function cliRun(program: {
  node: string
  dist: string
  aws: string
}): Promise<KillSwitchRun> {
  const e2e = await startE2E({ timeScale: 0 })
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-kill-'))
  try {
    const script = path.join(dir, 'kill-switch.sh')
    writeFileSync(script, OLD_SCRIPT)
    const spawnedAt = Date.now()
    const scriptRun = await child(
      'bash',
      [script],
      {
        ...awsEnv(e2e.emulator.endpoint),
        PATH: `${path.dirname(program.aws)}:${process.env.PATH ?? ''}`,
        ENDPOINT: e2e.emulator.endpoint,
        AWS_DEFAULT_REGION: 'us-east-1',
        APPLICATION: 'checkout-service',
        PROFILE: 'checkout-flags',
        ENVIRONMENT: 'Production',
        FLAG,
        RUNNER_TEMP: dir
      },
      dir
    )
    if (scriptRun.code !== 0)
      throw new Error(
        `the old kill-switch script exited ${scriptRun.code}:\n${scriptRun.log}`
      )
    const env = actionEnv(e2e, dir, {
      bundle: path.join(dir, 'kill-switch.json')
    })
    const run = await child(
      program.node,
      [path.join(program.dist, 'index.js')],
      env,
      e2e.workspace
    )
    return startMark(e2e, spawnedAt, `${scriptRun.log}${run.log}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await e2e.close()
  }
}

/** Every run of the section, one after the other (they time real processes). */
export async function measureKillSwitch(
  program: { node: string; dist: string; aws?: string },
  repeats: number,
  log: (line: string) => void = () => undefined
): Promise<KillSwitchResult> {
  const action: KillSwitchRun[] = []
  for (let i = 0; i < repeats; i++) {
    log(`kill switch: the action with set-flags, run ${i + 1}/${repeats}`)
    action.push(await actionRun(program))
  }
  const aws = program.aws
  const jq = spawnSync('jq', ['--version']).status === 0
  if (aws === undefined || !jq)
    return {
      action,
      cli: undefined,
      cliNote: `not measured: ${aws === undefined ? 'no AWS CLI' : ''}${aws === undefined && !jq ? ' and ' : ''}${jq ? '' : 'no jq'} on this machine`
    }
  const cli: KillSwitchRun[] = []
  for (let i = 0; i < repeats; i++) {
    log(
      `kill switch: the old CLI + jq script, then the action, run ${i + 1}/${repeats}`
    )
    cli.push(await cliRun({ ...program, aws }))
  }
  return { action, cli, cliNote: `AWS CLI at ${aws}` }
}

/** A row of bench.ts's table (same columns). */
export interface KillSwitchRow {
  measure: string
  action: string
  waiter: string
  cli: string
  ratio: string
  target: string
  ok?: boolean
}

/** The section's rows for bench.ts's table. */
export function killSwitchRows(result: KillSwitchResult): KillSwitchRow[] {
  const NA = '—'
  const a = summarize(result.action.map((r) => r.toStartMs))
  const c =
    result.cli === undefined
      ? undefined
      : summarize(result.cli.map((r) => r.toStartMs))
  const ms = (s: Summary): string =>
    `median ${s.median} ms (${s.min}–${s.max}, n=${s.n})`
  const ratio = c === undefined ? undefined : c.median / a.median
  return [
    {
      measure:
        '9. Kill switch: process start → StartDeployment sent (emulator, frozen clock)',
      action: ms(a),
      waiter: NA,
      cli: c === undefined ? result.cliNote : `${ms(c)}; ${result.cliNote}`,
      ratio: ratio === undefined ? NA : `${ratio.toFixed(1)}×`,
      target: '≤ 1 s and ≥ 3× faster',
      ok: a.max <= 1000 && (ratio === undefined || ratio >= 3)
    },
    {
      measure: '9. Kill switch: API calls up to StartDeployment',
      action: result.action.map((r) => r.calls).join(', '),
      waiter: NA,
      cli:
        result.cli === undefined
          ? NA
          : result.cli.map((r) => r.calls).join(', '),
      ratio: NA,
      target: NA
    }
  ]
}
