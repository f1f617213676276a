/**
 * npm run bench: the action measured side by side with what users do without it, on this
 * machine, in one run (docs/performance.md explains the method and the targets):
 * 1. rollback detection (ROLLED_BACK in the emulator → the step's process exits): the action at
 *    its default and at a 1 s poll interval, a Node script around the SDK's
 *    `waitUntilDeploymentComplete`, and a bash loop around `aws appconfig wait deployment-complete`;
 * 2. alarm visibility (alarm → ALARM → the action's log line naming it);
 * 3. overhead (the step's wall time minus the deployment's own duration), small and 2 MB bundle,
 *    against the CLI script;
 * 4. API calls per operation for a whole rollout, per watch tick, per hour of watching;
 * 5. start-up of `node dist/index.js` vs bare `node -e 0` (hyperfine), this machine's node and 24;
 * 6. validation throughput and peak RSS for 2 MB JSON and YAML bundles, and the time, peak RSS
 *    and annotations of `node dist/index.js` refusing hostile bundles (scripts/bench-hostile.ts);
 * 7. the size of dist/;
 * 8. alarm-driven rollback latency and API calls per tick on the e2e stage (bench-latency.ts);
 * 9. a kill switch, process start → StartDeployment, set-flags vs the old CLI + jq script
 *    (bench-kill-switch.ts);
 * 10. rule tests: 500 flags × 20 variants and 10,000 cases read and evaluated, and the rule
 *    lint of those rules (bench-rule-tests.ts).
 * 11. a fleet in one account: 50 deploys, 50 kill switches and 50 plans at once under AppConfig's
 *    and CloudWatch's API quotas, and 50 AWS CLI scripts (bench-fleet.ts; BENCH_FLEET=<n>,
 *    BENCH_FLEET_CLI=<n>).
 * Prints progress and a markdown table; writes bench-results/latest.md and latest.json.
 *
 * Environment: BENCH_DIST=<dir> measures another build of the action (e.g. a patched copy);
 * BENCH_OUT=<file.md> writes the results elsewhere (default bench-results/latest.md);
 * BENCH_ONLY=validation,startup,dist,rollout,latency,kill-switch,rule-tests,fleet runs some sections; BENCH_RUNS=<n> repeats the
 * cheap rollout measurements n times (default 3); NODE24=<path> uses that node 24 binary.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { INPUTS } from '../src/contract.js'
import { findAwsCli, POLL_SLEEP_SECONDS } from './bench-cli.js'
import { measureDist, type DistReport } from './bench-dist.js'
import {
  OVERHEAD_VALIDATION_MS,
  overheadRun,
  ROLLBACK_REAL_MS,
  bigBundle,
  rollbackRun,
  smallBundle,
  splitCalls,
  type OverheadRun,
  type Programs,
  type RollbackRun
} from './bench-rollout.js'
import {
  countOperations,
  fixedDelays,
  markdownTable,
  modelDetection,
  phaseOffsetMs,
  sdkWaiterDelays,
  seconds,
  secondsRange,
  seededRandom,
  summarize,
  times,
  type DetectionModel,
  type Summary
} from './bench-stats.js'
import {
  hasHyperfine,
  measureCliCall,
  measureStartup,
  node24,
  type HyperfineResult,
  type StartupResults
} from './bench-startup.js'
import {
  measureValidation,
  TWO_MB,
  type ValidationResult
} from './bench-validation.js'
import { makeBundle } from './bench-bundles.js'
import { latencyRows, measureLatency } from './bench-latency.js'
import { measureHostile, type HostileResult } from './bench-hostile.js'
import { killSwitchRows, measureKillSwitch } from './bench-kill-switch.js'
import { fleetMarkdown, measureFleet } from './bench-fleet.js'

type Section =
  | 'validation'
  | 'startup'
  | 'dist'
  | 'rollout'
  | 'latency'
  | 'kill-switch'
  | 'fleet'
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim())
const runs = (section: Section): boolean =>
  only === undefined || only.includes(section)
const REPEATS = Number(process.env.BENCH_RUNS ?? 3)
const DEFAULT_POLL = Number(INPUTS['poll-interval-seconds'].default)
const SDK_MIN_DELAY = 30
const SDK_MAX_DELAY = 120
/** botocore's DeploymentComplete waiter: a check every 30 s, 999 checks. */
const CLI_WAIT_DELAY = 30
/** The waiter's and the CLI's rollback lands mid-way through their first 30 s wait. */
const CONTENDER_ROLLBACK_AFTER_MS = 15_000
/** AppConfig.Canary10Percent20Minutes ("AWS Recommended"): 20 min + 10 min bake. */
const MODEL_WINDOW_MINUTES = 30

const began = Date.now()
const log = (line: string): void =>
  void process.stdout.write(
    `[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(3)} s] ${line}\n`
  )

// ---------------------------------------------------------------------------------------------
// The machine

function cpuModel(): string {
  try {
    return (
      /^model name\s*:\s*(.+)$/m.exec(
        readFileSync('/proc/cpuinfo', 'utf8')
      )?.[1] ?? 'unknown'
    )
  } catch {
    return 'unknown'
  }
}

const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')

const work = mkdtempSync(path.join(tmpdir(), 'bench-'))
// A private copy of the build: other work in the tree may rebuild dist/ while this runs.
const dist = path.join(work, 'dist')
cpSync(path.resolve(process.env.BENCH_DIST ?? 'dist'), dist, {
  recursive: true
})
const n24 = node24()
const cli = findAwsCli()
const git = (args: string[]): string =>
  spawnSync('git', args, { encoding: 'utf8' }).stdout.trim()
const dirty = git(['status', '--porcelain', '--', 'src'])
  .split('\n')
  .filter(Boolean)
const machine = {
  date: new Date().toISOString(),
  cpus: availableParallelism(),
  cpu: cpuModel(),
  loadBefore: load(),
  loadAfter: '',
  node: process.version,
  node24: n24
    ? spawnSync(n24, ['--version'], { encoding: 'utf8' }).stdout.trim()
    : 'not available',
  aws: cli ? `${cli.version} (${cli.path})` : 'not installed',
  hyperfine: hasHyperfine()
    ? execFileSync('hyperfine', ['--version'], { encoding: 'utf8' }).trim()
    : 'not installed',
  dist: process.env.BENCH_DIST ?? 'dist',
  commit: `${git(['rev-parse', '--short', 'HEAD'])}${dirty.length ? ` + ${dirty.length} changed file(s) in src/` : ''}`
}
// Other work on this machine skews timings: say so (the figures are kept, not discarded).
const busy = loadavg()[0]! > availableParallelism() * 0.5
log(
  `${machine.cpus} × ${machine.cpu}; load ${machine.loadBefore}; node ${machine.node}, ${machine.node24}; ${machine.aws}; measuring ${machine.dist} (commit ${machine.commit})`
)
if (busy)
  log(
    `warning: load average ${machine.loadBefore} on ${machine.cpus} CPUs: other work is running; timings will be noisier (re-run when idle)`
  )

interface Row {
  measure: string
  action: string
  waiter: string
  cli: string
  ratio: string
  target: string
  ok?: boolean
}
const rows: Row[] = []
const details: string[] = []
const raw: Record<string, unknown> = { machine }
const row = (r: Row): void => void rows.push(r)
const ms = (n: number): string => `${n.toFixed(1)} ms`
const NA = '—'

// ---------------------------------------------------------------------------------------------
// 6. Validation throughput and memory

let validation: ValidationResult[] = []
let hostile: HostileResult[] = []
if (runs('validation')) {
  log('validation: 2 MB JSON and YAML bundles, 5 runs each in a fresh process')
  validation = [
    await measureValidation('json', { work, runs: 5 }),
    await measureValidation('yaml', { work, runs: 5 })
  ]
  raw.validation = validation
  log('validation: hostile bundles, `node dist/index.js` once each')
  hostile = measureHostile({ dist, work })
  raw.hostile = hostile
}

// ---------------------------------------------------------------------------------------------
// 5. Start-up

const startup: StartupResults[] = []
let cliCall: HyperfineResult | undefined
if (runs('startup')) {
  if (!hasHyperfine()) {
    log(
      'start-up: skipped, hyperfine is not installed (apt-get install hyperfine)'
    )
  } else {
    for (const node of [process.execPath, n24]) {
      if (node === undefined || startup.some((s) => s.node === node)) continue
      log(`start-up: hyperfine, ${node}`)
      startup.push(
        await measureStartup(node, { dist, work, runs: 10, rounds: 3 })
      )
    }
    if (cli) {
      log('start-up: one AWS CLI call')
      cliCall = await measureCliCall(cli.path, work)
    }
  }
  raw.startup = startup
  raw.cliCall = cliCall
}

// ---------------------------------------------------------------------------------------------
// 7. dist size

let distReport: DistReport | undefined
if (runs('dist')) {
  distReport = measureDist(dist)
  raw.dist = distReport
}

// ---------------------------------------------------------------------------------------------
// 1–4. Rollouts against the emulator

const programs: Programs = {
  node: n24 ?? process.execPath,
  dist,
  aws: cli?.path
}
// 8. Latency on the e2e stage (its rows are added last, under section 7's)
const latency = runs('latency')
  ? await measureLatency(programs, log)
  : undefined
raw.latency = latency
// 9. Kill switch: set-flags vs the old CLI + jq script, to StartDeployment
const killSwitch = runs('kill-switch')
  ? await measureKillSwitch(programs, REPEATS, log)
  : undefined
raw.killSwitch = killSwitch
// 10. A fleet in one account under the API quotas (its own tables, after the others)
const fleet = runs('fleet')
  ? await measureFleet(programs, log, () => load())
  : undefined
raw.fleet = fleet
let waiterRun: RollbackRun | undefined
let cliWaitRun: RollbackRun | undefined
const actionRollbacks = new Map<number, RollbackRun[]>()
const overheads = new Map<string, OverheadRun[]>()
const bigText = runs('rollout')
  ? bigBundle(makeBundle(TWO_MB, 'json').text)
  : ''

if (runs('rollout')) {
  log(
    `rollback detection: SDK waiter and \`aws appconfig wait\` (one run each, in parallel; ROLLED_BACK ${CONTENDER_ROLLBACK_AFTER_MS / 1000} s after their first poll)`
  )
  ;[waiterRun, cliWaitRun] = await Promise.all([
    rollbackRun('waiter', programs, {
      rolledBackAfterMs: CONTENDER_ROLLBACK_AFTER_MS
    }),
    cli?.hasWait
      ? rollbackRun('wait', programs, {
          rolledBackAfterMs: CONTENDER_ROLLBACK_AFTER_MS
        })
      : Promise.resolve(undefined)
  ])
  for (const poll of [1, DEFAULT_POLL]) {
    const list: RollbackRun[] = []
    for (let k = 0; k < REPEATS; k++) {
      log(`rollback detection: action, poll ${poll} s, run ${k + 1}/${REPEATS}`)
      list.push(
        await rollbackRun('action', programs, {
          pollSeconds: poll === DEFAULT_POLL ? undefined : poll,
          rolledBackAfterMs: phaseOffsetMs(
            k,
            REPEATS,
            poll * 1000,
            ROLLBACK_REAL_MS + 200
          )
        })
      )
    }
    actionRollbacks.set(poll, list)
  }

  // Overhead: the deployment ends at evenly spread points of the contender's poll cycle.
  const minDeploymentMs = OVERHEAD_VALIDATION_MS + 300
  let cliCallMs = cliCall ? cliCall.median * 1000 : 350
  const plans: {
    key: string
    kind: 'action' | 'poll'
    poll?: number
    text: string
  }[] = [
    { key: 'action-small', kind: 'action', text: smallBundle() },
    { key: 'action-small-1s', kind: 'action', poll: 1, text: smallBundle() },
    { key: 'action-2mb', kind: 'action', text: bigText },
    ...(cli
      ? [
          { key: 'cli-small', kind: 'poll' as const, text: smallBundle() },
          { key: 'cli-2mb', kind: 'poll' as const, text: bigText }
        ]
      : [])
  ]
  for (const plan of plans) {
    const list: OverheadRun[] = []
    for (let k = 0; k < REPEATS; k++) {
      log(`overhead: ${plan.key}, run ${k + 1}/${REPEATS}`)
      const deploymentMs =
        plan.kind === 'action'
          ? phaseOffsetMs(
              k,
              REPEATS,
              (plan.poll ?? DEFAULT_POLL) * 1000,
              minDeploymentMs
            )
          : cliCallMs +
            phaseOffsetMs(
              k,
              REPEATS,
              POLL_SLEEP_SECONDS * 1000 + cliCallMs,
              minDeploymentMs
            )
      const result = await overheadRun(plan.kind, programs, {
        bundleText: plan.text,
        pollSeconds: plan.poll,
        deploymentMs
      })
      list.push(result)
      if (plan.kind === 'poll') {
        // The loop's period is the sleep plus one CLI call: learn the call's cost as we go.
        const polls = result.calls
          .filter((c) => c.operation === 'GetDeployment')
          .map((c) => c.realAt.getTime())
        if (polls.length >= 2)
          cliCallMs =
            summarize(polls.slice(1).map((t, i) => t - polls[i]!)).median -
            POLL_SLEEP_SECONDS * 1000
      }
    }
    overheads.set(plan.key, list)
  }
  raw.rollback = {
    waiter: waiterRun && stripCalls(waiterRun),
    cliWait: cliWaitRun && stripCalls(cliWaitRun),
    action: Object.fromEntries(
      [...actionRollbacks].map(([p, list]) => [p, list.map(stripCalls)])
    )
  }
  raw.overhead = Object.fromEntries(
    [...overheads].map(([key, list]) => [key, list.map(stripCalls)])
  )
}

function stripCalls<T extends { calls: unknown[] }>(
  run: T
): Omit<T, 'calls'> & { operations: string } {
  const { calls, ...rest } = run
  return {
    ...rest,
    operations: (calls as { operation: string }[])
      .map((c) => c.operation)
      .join(',')
  }
}

machine.loadAfter = load()

// ---------------------------------------------------------------------------------------------
// The table

const sec = (msValue: number): number => msValue / 1000
const detectionOf = (r: RollbackRun): number => sec(r.exitedAt - r.rolledBackAt)
/** What a contender does after the poll that saw the terminal state (exit, extra CLI call). */
const exitCostOf = (r: RollbackRun): number =>
  r.seenAt === undefined ? 0 : sec(r.exitedAt - r.seenAt)
const model = (
  delays: (random: () => number) => Iterable<number>,
  exitSeconds: number
): DetectionModel =>
  modelDetection({
    delays,
    windowSeconds: MODEL_WINDOW_MINUTES * 60,
    exitSeconds
  })

if (runs('rollout')) {
  const actionDefault = actionRollbacks.get(DEFAULT_POLL) ?? []
  const action1 = actionRollbacks.get(1) ?? []
  const det = (list: RollbackRun[]): Summary => summarize(list.map(detectionOf))
  const dDefault = det(actionDefault)
  const d1 = det(action1)
  const waiterDet = waiterRun ? detectionOf(waiterRun) : undefined
  const cliDet = cliWaitRun ? detectionOf(cliWaitRun) : undefined
  const tickOf = (list: RollbackRun[]): number =>
    summarize(
      list.flatMap((r) => r.polls.slice(1).map((t, i) => sec(t - r.polls[i]!)))
    ).median
  const actionExit = summarize(actionDefault.map(exitCostOf)).median
  const models = {
    action: model(() => fixedDelays(tickOf(actionDefault)), actionExit),
    'action (poll 1 s)': model(
      () => fixedDelays(tickOf(action1)),
      summarize(action1.map(exitCostOf)).median
    ),
    waiter: model(
      (random) => sdkWaiterDelays(SDK_MIN_DELAY, SDK_MAX_DELAY, random),
      waiterRun ? exitCostOf(waiterRun) : 0
    ),
    // botocore sleeps 30 s after each check: the first gap is the check period.
    cli: model(
      () =>
        fixedDelays(
          cliWaitRun && cliWaitRun.polls.length >= 2
            ? sec(cliWaitRun.polls[1]! - cliWaitRun.polls[0]!)
            : CLI_WAIT_DELAY
        ),
      cliWaitRun ? exitCostOf(cliWaitRun) : 0
    )
  }
  raw.models = models
  const measuredRatio =
    waiterDet !== undefined ? waiterDet / dDefault.median : Number.NaN
  row({
    measure: `1. Rollback → step exit, measured (action at its default poll ${DEFAULT_POLL} s; waiter and CLI at theirs, ROLLED_BACK mid-way through their first 30 s wait)`,
    action: secondsRange(dDefault),
    waiter: waiterDet !== undefined ? seconds(waiterDet) : NA,
    cli: cliDet !== undefined ? seconds(cliDet) : NA,
    ratio: `waiter/action ${times(measuredRatio)}${cliDet !== undefined ? `, CLI/action ${times(cliDet / dDefault.median)}` : ''}`,
    target: `≤ poll + 1 s = ${DEFAULT_POLL + 1} s (max)`,
    ok: dDefault.max <= DEFAULT_POLL + 1
  })
  row({
    measure: `1. Rollback → step exit, expected over a ${MODEL_WINDOW_MINUTES}-min rollout (computed: poll schedules + measured exit costs; mean)`,
    action: `${seconds(models.action.mean)} (p90 ${seconds(models.action.p90)})`,
    waiter: `${seconds(models.waiter.mean)} (p90 ${seconds(models.waiter.p90)})`,
    cli: `${seconds(models.cli.mean)} (p90 ${seconds(models.cli.p90)})`,
    ratio: `waiter/action ${times(models.waiter.mean / models.action.mean)}, CLI/action ${times(models.cli.mean / models.action.mean)}`,
    target: '≥ 10× faster than the waiter at defaults',
    ok: models.waiter.mean / models.action.mean >= 10
  })
  row({
    measure: '1. Rollback → step exit, measured, action at poll 1 s',
    action: secondsRange(d1),
    waiter: NA,
    cli: NA,
    ratio: `waiter/action ${times((waiterDet ?? Number.NaN) / d1.median)}; expected ${times(models.waiter.mean / models['action (poll 1 s)'].mean)}`,
    target: '≤ poll + 1 s = 2 s (max)',
    ok: d1.max <= 2
  })
  for (const [poll, list] of [
    [DEFAULT_POLL, actionDefault],
    [1, action1]
  ] as const) {
    const vis = list
      .filter((r) => r.alarmLineAt !== undefined)
      .map((r) => sec(r.alarmLineAt! - r.alarmAt))
    const v = vis.length ? summarize(vis) : undefined
    row({
      measure: `2. Alarm → ALARM until the action's log line names it (poll ${poll} s)`,
      action: v ? secondsRange(v) : 'no line',
      waiter: 'never (does not read alarms)',
      cli: 'never',
      ratio: NA,
      target: `≤ one poll interval (${poll} s)`,
      ok: v !== undefined && v.n === list.length && v.max <= poll
    })
  }

  const overheadOf = (r: OverheadRun): number =>
    sec(r.exitedAt - r.spawnedAt - r.deploymentMs)
  const ov = (key: string): Summary | undefined => {
    const list = overheads.get(key)
    return list?.length ? summarize(list.map(overheadOf)) : undefined
  }
  const small = ov('action-small')
  const small1 = ov('action-small-1s')
  const big = ov('action-2mb')
  const cliSmall = ov('cli-small')
  const cliBig = ov('cli-2mb')
  row({
    measure: `3. Overhead (wall − deployment), small bundle, names, action at its default poll ${DEFAULT_POLL} s; CLI: get-deployment + sleep ${POLL_SLEEP_SECONDS}`,
    action: small ? secondsRange(small) : NA,
    waiter: NA,
    cli: cliSmall ? secondsRange(cliSmall) : NA,
    ratio:
      small && cliSmall
        ? `CLI/action ${times(cliSmall.median / small.median)}`
        : NA,
    target: '≤ 1.5 s (median)',
    ok: small !== undefined && small.median <= 1.5
  })
  row({
    measure: '3. Overhead, small bundle, action at poll 1 s',
    action: small1 ? secondsRange(small1) : NA,
    waiter: NA,
    cli: cliSmall ? secondsRange(cliSmall) : NA,
    ratio:
      small1 && cliSmall
        ? `CLI/action ${times(cliSmall.median / small1.median)}`
        : NA,
    target: '≤ 1.5 s (median)',
    ok: small1 !== undefined && small1.median <= 1.5
  })
  row({
    measure: `3. Overhead, 2 MB bundle (${(Buffer.byteLength(bigText) / 1024).toFixed(0)} KB), action at its default poll`,
    action: big ? secondsRange(big) : NA,
    waiter: NA,
    cli: cliBig ? secondsRange(cliBig) : NA,
    ratio:
      big && cliBig ? `CLI/action ${times(cliBig.median / big.median)}` : NA,
    target: NA
  })
  const preStart = (key: string): Summary | undefined => {
    const list = overheads.get(key)
    return list?.length
      ? summarize(list.map((r) => sec(r.startCallAt - r.spawnedAt)))
      : undefined
  }
  const pre = preStart('action-small')
  const preBig = preStart('action-2mb')
  const preCli = preStart('cli-small')
  const preCliBig = preStart('cli-2mb')
  row({
    measure: '3a. of which: process start → StartDeployment (small / 2 MB)',
    action: `${pre ? seconds(pre.median) : NA} / ${preBig ? seconds(preBig.median) : NA}`,
    waiter: NA,
    cli: `${preCli ? seconds(preCli.median) : NA} / ${preCliBig ? seconds(preCliBig.median) : NA}`,
    ratio:
      pre && preCli ? `CLI/action ${times(preCli.median / pre.median)}` : NA,
    target: NA
  })
  const post = (key: string): Summary | undefined => {
    const list = overheads.get(key)
    return list?.length
      ? summarize(list.map((r) => sec(r.exitedAt - r.completedAt)))
      : undefined
  }
  const postSmall = post('action-small')
  const postCli = post('cli-small')
  row({
    measure: '3b. of which: COMPLETE → step exit (small)',
    action: postSmall ? secondsRange(postSmall) : NA,
    waiter: NA,
    cli: postCli ? secondsRange(postCli) : NA,
    ratio: NA,
    target: NA
  })

  // 4. API calls
  const actionRun = overheads.get('action-small')?.[0]
  const cliRun = overheads.get('cli-small')?.[0]
  const contenders: [string, { operation: string }[] | undefined][] = [
    ['action (small bundle, complete, poll 10 s)', actionRun?.calls],
    ['SDK waiter (rolled back)', waiterRun?.calls],
    ['CLI wait loop (rolled back)', cliWaitRun?.calls],
    ['CLI sleep loop (small bundle, complete)', cliRun?.calls]
  ]
  const setupCount = (calls: { operation: string }[] | undefined): string =>
    calls ? String(splitCalls(calls).setup.length) : NA
  row({
    measure:
      '4. API calls before the watch (names resolved; the action also reads what is deployed and the alarms, and reuses identical versions)',
    action: setupCount(actionRun?.calls),
    waiter: setupCount(waiterRun?.calls),
    cli: setupCount(cliWaitRun?.calls),
    ratio: NA,
    target: 'counted'
  })
  details.push(
    '### API calls per operation, one whole rollout each',
    '',
    markdownTable(
      ['contender', 'setup (through StartDeployment)', 'watch'],
      contenders
        .filter(([, calls]) => calls !== undefined)
        .map(([name, calls]) => {
          const { setup, watch } = splitCalls(calls!)
          return [
            name,
            `${setup.length}: ${countOperations(setup.map((c) => c.operation))}`,
            `${watch.length}: ${countOperations(watch.map((c) => c.operation))}`
          ]
        })
    ),
    ''
  )
  const perTick = (calls: { operation: string }[] | undefined): number => {
    if (!calls) return Number.NaN
    const { watch } = splitCalls(calls)
    const ticks = watch.filter((c) => c.operation === 'GetDeployment').length
    return watch.length / ticks
  }
  const actionPerTick = Math.max(
    ...[...overheads.values()]
      .flat()
      .filter((r) => r.contender === 'action')
      .map((r) => perTick(r.calls)),
    ...[...actionRollbacks.values()].flat().map((r) => perTick(r.calls))
  )
  row({
    measure: '4. API calls per watch tick (max over all action runs)',
    action: actionPerTick.toFixed(2),
    waiter: perTick(waiterRun?.calls).toFixed(2),
    cli: perTick(cliWaitRun?.calls).toFixed(2),
    ratio: NA,
    target: '≤ 2',
    ok: actionPerTick <= 2
  })
  const waiterPollsPerHour = ((): number => {
    let t = 0
    let n = 1
    const random = seededRandom(1)
    for (const d of sdkWaiterDelays(SDK_MIN_DELAY, SDK_MAX_DELAY, random)) {
      t += d
      if (t > 3600) break
      n++
    }
    return n
  })()
  const actionPerHour = (actionPerTick * 3600) / DEFAULT_POLL
  row({
    measure: '4. API calls per hour of watching, at defaults',
    action: `${actionPerHour.toFixed(0)} (GetDeployment + DescribeAlarms every ${DEFAULT_POLL} s)`,
    waiter: `${waiterPollsPerHour} GetDeployment`,
    cli: `wait: ${Math.floor(3600 / CLI_WAIT_DELAY) + 1}; sleep ${POLL_SLEEP_SECONDS} loop: ≈ ${(3600 / (POLL_SLEEP_SECONDS + 0.35)).toFixed(0)}`,
    ratio: `action/waiter ${times(actionPerHour / waiterPollsPerHour)}`,
    target: 'gentle: ≤ 0.2 TPS per API',
    ok: actionPerTick / 2 / DEFAULT_POLL <= 0.2
  })
}

for (const s of startup) {
  const { bare } = s.results
  const mean = (r: HyperfineResult): string =>
    `${ms(r.mean * 1000)} ± ${(r.stddev * 1000).toFixed(1)}`
  row({
    measure: `5. Start-up, ${s.version}: bare \`node -e 0\``,
    action: mean(bare),
    waiter: NA,
    cli: NA,
    ratio: NA,
    target: NA
  })
  // Figures, not gates: the start-up target was retired when the runner moved to
  // @actions/core (issue #11), a few ms not being worth owning the runner protocol.
  for (const [key, label] of [
    ['json', 'validate mode, small JSON'],
    ['yaml', 'validate mode, small YAML'],
    ['deploySdk', 'deploy mode, up to the first AWS call (SDK loaded)'],
    [
      'deployUnchanged',
      'deploy mode, whole run of an already-deployed bundle (resolve, plan: 8 calls)'
    ]
  ] as const) {
    const r = s.results[key]
    const ratio = summarize(s.ratios[key])
    row({
      measure: `5. Start-up, ${s.version}: \`node dist/index.js\` ${label}`,
      action: mean(r),
      waiter: NA,
      cli:
        key === 'deployUnchanged' && cliCall
          ? `one \`aws appconfig\` call: ${ms(cliCall.mean * 1000)}`
          : NA,
      ratio: `${ratio.median.toFixed(2)}× bare (rounds ${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`,
      target: NA
    })
  }
}

for (const v of validation) {
  const target = v.format === 'json' ? 200 : 800
  const label = `${(v.bytes / 1024).toFixed(0)} KB ${v.format.toUpperCase()} (${v.flags} flags)`
  row({
    measure: `6. Validate ${label}, first run / median of 5`,
    action: `${ms(v.firstMs)} / ${ms(v.medianMs)}`,
    waiter: NA,
    cli: NA,
    ratio: NA,
    target: `≤ ${target} ms`,
    ok: v.firstMs <= target && v.medianMs <= target
  })
  row({
    measure: `6. Peak RSS, validating ${label}`,
    action: `${v.maxRssMb.toFixed(0)} MB`,
    waiter: NA,
    cli: NA,
    ratio: NA,
    target: '≤ 200 MB',
    ok: v.maxRssMb <= 200
  })
}

for (const h of hostile) {
  row({
    measure: `6. Refuse ${h.name}, ${(h.bytes / 1024).toFixed(0)} KB: \`node dist/index.js\` time / peak RSS / annotations`,
    action: `${ms(h.ms)} / ${h.maxRssMb.toFixed(0)} MB / ${h.annotations}`,
    waiter: NA,
    cli: NA,
    ratio: NA,
    target: '≤ 1 s, ≤ 256 MB, exit 1',
    ok: h.ms <= 1000 && h.maxRssMb <= 256 && h.exitCode === 1
  })
}

if (distReport) {
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`
  const stale = distReport.chunks.filter((c) => !c.reachable)
  row({
    measure: '7. dist/*.js (loaded by validate JSON / validate YAML / deploy)',
    action: `${kb(distReport.totalBytes)} (${kb(distReport.loads.validateJson)} / ${kb(distReport.loads.validateYaml)} / ${kb(distReport.loads.deploy)})`,
    waiter: NA,
    cli: NA,
    ratio: NA,
    target: 'no unreachable chunk',
    ok: stale.length === 0
  })
  details.push(
    '### dist/',
    '',
    markdownTable(
      ['file', 'KB', 'map KB', 'reachable', 'content'],
      distReport.chunks.map((c) => [
        c.file,
        (c.bytes / 1024).toFixed(0),
        (c.mapBytes / 1024).toFixed(0),
        c.reachable ? 'yes' : 'NO (stale)',
        c.label
      ])
    ),
    ''
  )
}

// ---------------------------------------------------------------------------------------------
// Raw numbers

if (runs('rollout')) {
  const rel = (t: number | undefined, from: number): string =>
    t === undefined ? NA : sec(t - from).toFixed(3)
  const rollbackRows = [
    ...(waiterRun ? [waiterRun] : []),
    ...(cliWaitRun ? [cliWaitRun] : []),
    ...[...actionRollbacks.values()].flat()
  ].map((r) => [
    r.contender === 'wait' ? 'CLI wait' : r.contender,
    r.pollSeconds === undefined
      ? r.contender === 'action'
        ? `${DEFAULT_POLL} (default)`
        : 'default'
      : String(r.pollSeconds),
    rel(r.rolledBackAt, r.polls[0]!),
    rel(r.alarmLineAt, r.alarmAt),
    rel(r.seenAt, r.rolledBackAt),
    rel(r.exitedAt, r.rolledBackAt),
    r.polls.map((t) => sec(t - r.polls[0]!).toFixed(2)).join(' ')
  ])
  details.push(
    '### Rollback runs (seconds)',
    '',
    markdownTable(
      [
        'contender',
        'poll',
        'ROLLED_BACK after 1st poll',
        'alarm → log line',
        'ROLLED_BACK → seen',
        'ROLLED_BACK → exit',
        'polls (s after the first)'
      ],
      rollbackRows
    ),
    ''
  )
  const overheadRows = [...overheads].flatMap(([key, list]) =>
    list.map((r) => [
      key,
      (r.bundleBytes / 1024).toFixed(0),
      sec(r.exitedAt - r.spawnedAt).toFixed(3),
      sec(r.deploymentMs).toFixed(3),
      sec(r.exitedAt - r.spawnedAt - r.deploymentMs).toFixed(3),
      sec(r.startCallAt - r.spawnedAt).toFixed(3),
      rel(r.seenAt, r.completedAt),
      sec(r.exitedAt - r.completedAt).toFixed(3),
      String(r.calls.length)
    ])
  )
  details.push(
    '### Overhead runs (seconds)',
    '',
    markdownTable(
      [
        'run',
        'bundle KB',
        'wall',
        'deployment',
        'overhead',
        'start → StartDeployment',
        'COMPLETE → seen',
        'COMPLETE → exit',
        'API calls'
      ],
      overheadRows
    ),
    ''
  )
  const m = raw.models as Record<string, DetectionModel>
  details.push(
    `### Expected detection over a ${MODEL_WINDOW_MINUTES}-minute rollout (computed)`,
    '',
    markdownTable(
      ['contender', 'mean', 'p50', 'p90', 'max'],
      Object.entries(m).map(([k, v]) => [
        k,
        seconds(v.mean),
        seconds(v.p50),
        seconds(v.p90),
        seconds(v.max)
      ])
    ),
    ''
  )
}
const STARTUP_COMMANDS: Record<string, string> = {
  bare: '`node -e 0`',
  json: '`node dist/index.js`, validate, 8 KB JSON',
  yaml: '`node dist/index.js`, validate, 8 KB YAML',
  deploySdk:
    '`node dist/index.js`, deploy, no region: stops after loading the SDK',
  deployUnchanged:
    '`node dist/index.js`, deploy of the deployed bundle: resolve + plan, 8 calls, "unchanged"'
}
for (const s of startup) {
  details.push(
    `### hyperfine, ${s.version}`,
    '',
    markdownTable(
      ['command', 'mean ms', 'σ', 'median', 'min', 'max', 'runs'],
      Object.values(s.results).map((r) => [
        STARTUP_COMMANDS[r.name] ?? r.name,
        (r.mean * 1000).toFixed(1),
        (r.stddev * 1000).toFixed(1),
        (r.median * 1000).toFixed(1),
        (r.min * 1000).toFixed(1),
        (r.max * 1000).toFixed(1),
        String(r.runs)
      ])
    ),
    ''
  )
}

if (latency) for (const r of latencyRows(latency)) row(r)
if (killSwitch) for (const r of killSwitchRows(killSwitch)) row(r)

if (only === undefined || only.includes('hygiene')) rows.push(...(await import('./bench-hygiene.js')).benchHygiene(work, log)) // prettier-ignore
if (only === undefined || only.includes('rule-tests')) rows.push(...(await (await import('./bench-rule-tests.js')).benchRuleTests(work, log))) // prettier-ignore
const table = markdownTable(
  ['measure', 'action', 'waiter (SDK)', 'CLI', 'ratio', 'target', '✅/❌'],
  rows.map((r) => [
    r.measure,
    r.action,
    r.waiter,
    r.cli,
    r.ratio,
    r.target,
    r.ok === undefined ? '' : r.ok ? '✅' : '❌'
  ])
)
const header = [
  `Measured ${machine.date} in ${((Date.now() - began) / 1000).toFixed(0)} s: ${machine.cpus} × ${machine.cpu}; load average ${machine.loadBefore} before, ${machine.loadAfter} after; node ${machine.node} (bench, start-up) and ${machine.node24} (the action's runs); ${machine.aws}; ${machine.hyperfine}; build measured: ${machine.dist} (tree at ${machine.commit}).${busy ? ' The machine was busy at the start: timings are noisier than usual.' : ''}`,
  ''
].join('\n')
const markdown = `${header}\n${table}\n\n${details.join('\n')}${fleet ? `\n\n${fleetMarkdown(fleet)}` : ''}`
console.log(`\n${markdown}`)
const out = process.env.BENCH_OUT ?? 'bench-results/latest.md'
const outJson = out.replace(/\.md$/, '') + '.json'
mkdirSync(path.dirname(out), { recursive: true })
writeFileSync(out, `${markdown}\n`)
writeFileSync(outJson, `${JSON.stringify(raw, null, 2)}\n`)
rmSync(work, { recursive: true, force: true })
log(`written ${out} and ${outJson}`)
