/**
 * npm run bench, section "hygiene" (BENCH_ONLY=hygiene; or `tsx scripts/bench-hygiene.ts`
 * alone): the code-references search on a generated monorepo of 20,000 files / 200 MB for
 * 500 flag keys, side by side with `git grep -F -w` for the same keys (and GNU `grep -rFw`,
 * which combines the keys into one automaton where git grep tries them one by one).
 * Ours runs in a fresh process each time, so its peak RSS is its own; it is reported
 * with the RSS the process had before the search (Node plus tsx) for comparison.
 *
 * The tree: TypeScript-like lines built from a small vocabulary (so keys share words and
 * prefixes with ordinary identifiers, as in real code), flag reads of 80 % of the keys,
 * reads of a few undefined keys through the same accessor, and an ignored node_modules/.
 * Seeded: every run writes the same tree.
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findCodeReferences } from '../src/hygiene/find-code-references.js'
import { seededRandom, summarize } from './bench-stats.js'

const WORDS = [
  'new',
  'checkout',
  'cart',
  'search',
  'pricing',
  'page',
  'user',
  'account',
  'order',
  'item',
  'render',
  'load',
  'fetch',
  'save',
  'button',
  'panel',
  'list',
  'view',
  'model',
  'state',
  'config',
  'flag',
  'value',
  'total',
  'price',
  'tax',
  'ship',
  'address',
  'email',
  'login',
  'session',
  'token',
  'cache',
  'store',
  'query',
  'filter',
  'sort',
  'page',
  'size',
  'limit',
  'banner',
  'promo',
  'discount',
  'coupon',
  'payment',
  'card',
  'wallet',
  'refund',
  'invoice',
  'report'
]

/** Keys the code reads like flags that the bundle does not define. */
export const UNDEFINED = ['checkout-typo', 'legacy_search', 'promoBanner2']

export interface Tree {
  readonly root: string
  readonly keys: string[]
  readonly files: number
  readonly bytes: number
}

function keyOf(i: number, random: () => number): string {
  const pick = (): string => WORDS[Math.floor(random() * WORDS.length)]!
  const parts = [pick(), pick(), String(i)]
  switch (i % 3) {
    case 0:
      return parts.join('-')
    case 1:
      return parts.join('_')
    default:
      return (
        parts[0] + parts[1]![0]!.toUpperCase() + parts[1]!.slice(1) + parts[2]
      )
  }
}

/** Writes the tree under `root` and returns its keys (the first 80 % are read somewhere). */
export function writeTree(
  root: string,
  options: { files: number; bytes: number; keys: number }
): Tree {
  const random = seededRandom(17)
  const keys = Array.from({ length: options.keys }, (_, i) => keyOf(i, random))
  // A key that is a prefix of another, the case whole-word matching exists for.
  keys[1] = `${keys[0]}-v2`
  const used = keys.slice(0, Math.floor(keys.length * 0.8))
  const word = (): string => WORDS[Math.floor(random() * WORDS.length)]!
  const ident = (): string =>
    word() + word()[0]!.toUpperCase() + word().slice(1)
  const line = (): string => {
    const r = random()
    if (r < 0.004)
      return `  if (flags.isEnabled('${used[Math.floor(random() * used.length)]}')) ${ident()}()`
    if (r < 0.0042)
      return `  if (flags.isEnabled('${UNDEFINED[Math.floor(random() * UNDEFINED.length)]}')) ${ident()}()`
    if (r < 0.2)
      return `  const ${ident()} = await ${ident()}('${word()}-${word()}', ${ident()})`
    if (r < 0.35)
      return `  // ${word()} ${word()} ${word()} the ${word()} ${word()} for the ${word()}`
    if (r < 0.5)
      return `  return ${ident()}.${ident()}(${ident()}, "${word()} ${word()}")`
    if (r < 0.65)
      return `  ${ident()}.${word()} = ${ident()}[${Math.floor(random() * 100)}] + ${ident()}`
    return `  ${ident()}(${ident()}, ${ident()}.${word()}_${word()}, ${Math.floor(random() * 1000)})`
  }
  const perFile = options.bytes / options.files
  let bytes = 0
  for (let f = 0; f < options.files; f++) {
    const dir = path.join(
      root,
      'packages',
      `pkg-${f % 50}`,
      'src',
      `mod-${f % 20}`
    )
    mkdirSync(dir, { recursive: true })
    const lines = [
      `import { flags } from '@acme/flags'`,
      '',
      `export async function ${ident()}() {`
    ]
    let size = 0
    while (size < perFile) {
      const l = line()
      lines.push(l)
      size += l.length + 1
    }
    lines.push('}', '')
    const text = lines.join('\n')
    bytes += Buffer.byteLength(text)
    writeFileSync(path.join(dir, `file-${f}.ts`), text)
  }
  // Dependencies a real repository ignores: the search must prune them, not read them.
  const ignored = path.join(root, 'node_modules', 'dep', 'lib')
  mkdirSync(ignored, { recursive: true })
  writeFileSync(path.join(root, '.gitignore'), 'node_modules/\n*.log\n')
  for (let f = 0; f < 100; f++)
    writeFileSync(
      path.join(ignored, `index-${f}.ts`),
      `flags.isEnabled('${keys[0]}')\n`
    )
  return { root, keys, files: options.files, bytes }
}

/** The bench's table row, as scripts/bench.ts prints it. */
export interface HygieneRow {
  measure: string
  action: string
  waiter: string
  cli: string
  ratio: string
  target: string
  ok?: boolean
}

interface Timed {
  readonly ms: number
  /** User + system CPU time: less skewed than wall time when other work shares the CPUs. */
  readonly cpuMs?: number
  readonly rssMb?: number
  readonly lines?: number
}

const FILES = Number(process.env.BENCH_HYGIENE_FILES ?? 20_000)
const BYTES = Number(process.env.BENCH_HYGIENE_MB ?? 200) * 1024 * 1024
const KEYS = 500
const RUNS = 3
/** git grep tries 500 -w patterns one after another: bound the wait. */
const CONTENDER_TIMEOUT_MS = 600_000
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** Runs `command` (under /usr/bin/time when there is one, for its peak RSS). */
function timed(command: string, args: string[], cwd: string): Timed {
  const timeFile = path.join(cwd, '..', 'time.txt')
  const argv = TIME
    ? [TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]]
    : [command, args]
  const started = performance.now()
  const result = spawnSync(argv[0] as string, argv[1] as string[], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    timeout: CONTENDER_TIMEOUT_MS
  })
  const ms = performance.now() - started
  if (result.error) throw result.error
  const [user, system, rssKb] = TIME
    ? spawnSync('tail', ['-n1', timeFile], { encoding: 'utf8' })
        .stdout.trim()
        .split(' ')
        .map(Number)
    : []
  return {
    ms,
    cpuMs: TIME ? (user! + system!) * 1000 : undefined,
    rssMb: TIME ? rssKb! / 1024 : undefined,
    lines: result.stdout.split('\n').filter(Boolean).length
  }
}

interface ChildResult {
  ms: number
  cpuMs: number
  rssBeforeMb: number
  rssMb: number
  files: number
  bytes: number
  matches: number
  unreferenced: number
  undefinedKeys: string[]
}

/** One search in a fresh process (this file with `child`), so RSS and JIT start cold. */
function ours(root: string, keysFile: string): ChildResult {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      'child',
      root,
      keysFile
    ],
    { encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } }
  )
  if (result.status !== 0)
    throw new Error(`bench-hygiene child failed: ${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as ChildResult
}

async function child(root: string, keysFile: string): Promise<void> {
  const { readFileSync } = await import('node:fs')
  const keys = readFileSync(keysFile, 'utf8').trim().split('\n')
  const rssBeforeMb = process.resourceUsage().maxRSS / 1024
  const started = performance.now()
  const cpu = process.cpuUsage()
  const refs = await findCodeReferences({ root, patterns: ['**/*.ts'], keys })
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  const cpuMs = (used.user + used.system) / 1000
  process.stdout.write(
    `${JSON.stringify({
      ms,
      cpuMs,
      rssBeforeMb,
      rssMb: process.resourceUsage().maxRSS / 1024,
      files: refs.filesScanned,
      bytes: refs.bytesScanned,
      matches: refs.references.reduce((n, r) => n + r.total, 0),
      unreferenced: refs.references.filter((r) => r.total === 0).length,
      undefinedKeys: refs.undefinedReads.map((u) => u.key)
    } satisfies ChildResult)}\n`
  )
}

/** Generates the tree in `work`, measures, and returns the rows for the bench table. */
export function benchHygiene(
  work: string,
  log: (line: string) => void = (line) => void process.stdout.write(`${line}\n`)
): HygieneRow[] {
  const root = path.join(work, 'hygiene-tree')
  log(
    `hygiene: writing ${FILES} files / ${(BYTES / 1024 / 1024).toFixed(0)} MB`
  )
  const tree = writeTree(root, { files: FILES, bytes: BYTES, keys: KEYS })
  const keysFile = path.join(work, 'hygiene-keys.txt')
  writeFileSync(keysFile, `${tree.keys.join('\n')}\n`)
  // A repository, so git grep honours .gitignore as the action does.
  spawnSync('git', ['init', '-q'], { cwd: root })

  log(`hygiene: ours, ${RUNS} runs in fresh processes`)
  const runs = Array.from({ length: RUNS }, () => ours(root, keysFile))
  const ms = summarize(runs.map((r) => r.ms))
  const cpu = summarize(runs.map((r) => r.cpuMs))
  const rss = Math.max(...runs.map((r) => r.rssMb))
  const rssBefore = Math.max(...runs.map((r) => r.rssBeforeMb))
  log(`hygiene: git grep -F -w (500 patterns; slow: it tries them one by one)`)
  const gitGrep = timed(
    'git',
    [
      'grep',
      '--no-index',
      '--exclude-standard',
      '-n',
      '-F',
      '-w',
      '-f',
      keysFile,
      '--',
      '*.ts'
    ],
    root
  )
  log('hygiene: grep -rFw')
  const grep = timed(
    'grep',
    [
      '-r',
      '-n',
      '-F',
      '-w',
      '-f',
      keysFile,
      '--include=*.ts',
      '--exclude-dir=node_modules',
      '.'
    ],
    root
  )
  const first = runs[0]!
  const sec = (n: number): string => `${(n / 1000).toFixed(2)} s`
  const cpuOf = (t: Timed): string =>
    t.cpuMs === undefined ? NA : sec(t.cpuMs)
  const mb = (n: number | undefined): string =>
    n === undefined ? '—' : `${n.toFixed(0)} MB`
  const rows: HygieneRow[] = [
    {
      measure: `8. Code references: ${first.files.toLocaleString('en')} files / ${(first.bytes / 1e6).toFixed(0)} MB, ${KEYS} keys (${first.matches} matches, ${first.unreferenced} unreferenced, undefined: ${first.undefinedKeys.join(', ') || 'none'}); median of ${RUNS} (min–max)`,
      action: `${sec(ms.median)} (${sec(ms.min)}–${sec(ms.max)}); CPU ${sec(cpu.median)}`,
      waiter: NA,
      cli: `git grep -F -w: ${sec(gitGrep.ms)}, CPU ${cpuOf(gitGrep)} (${gitGrep.lines} lines); grep -rFw: ${sec(grep.ms)}, CPU ${cpuOf(grep)} (${grep.lines} lines)`,
      ratio: `ours/git grep ${(ms.median / gitGrep.ms).toFixed(2)}×; ours/grep ${(ms.median / grep.ms).toFixed(2)}×`,
      target: '≤ 1.5× git grep and ≤ 2 s',
      ok: ms.median <= 1.5 * gitGrep.ms && ms.median <= 2000
    },
    {
      measure:
        '8. Code references: peak RSS (the process before the search: Node + tsx)',
      action: `${mb(rss)} (${mb(rssBefore)} before)`,
      waiter: NA,
      cli: `git grep: ${mb(gitGrep.rssMb)}; grep: ${mb(grep.rssMb)}`,
      ratio: NA,
      target: 'bounded: ≤ 100 MB above the process before the search',
      ok: rss - rssBefore <= 100
    }
  ]
  rmSync(root, { recursive: true, force: true })
  return rows
}

const NA = '—'

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === 'child') {
    await child(process.argv[3]!, process.argv[4]!)
  } else {
    const work = mkdtempSync(path.join(tmpdir(), 'bench-hygiene-'))
    try {
      for (const row of benchHygiene(work))
        console.log(JSON.stringify(row, null, 2))
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  }
}
