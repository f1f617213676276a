/** Validates one bundle file several times in a fresh process; prints timings and peak RSS. */
import { readFileSync } from 'node:fs'
import { validateBundleBytes } from '../src/bundle/validate-bundle.js'

const [file, format, runsArg] = process.argv.slice(2)
const runs = Number(runsArg ?? 5)
const bytes = readFileSync(file!)
const times: number[] = []
let problems = -1
for (let i = 0; i < runs; i++) {
  const start = performance.now()
  const result = await validateBundleBytes(bytes, format as 'json' | 'yaml', {
    today: '2026-11-21'
  })
  times.push(performance.now() - start)
  problems = result.problems.length
}
const firstMs = times[0]
times.sort((a, b) => a - b)
console.log(
  JSON.stringify({
    firstMs,
    medianMs: times[Math.floor(times.length / 2)],
    minMs: times[0],
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    problems
  })
)
