import { describe, expect, it } from '@jest/globals'
import {
  countOperations,
  fixedDelays,
  markdownTable,
  modelDetection,
  phaseOffsetMs,
  sdkWaiterDelays,
  seededRandom,
  secondsRange,
  summarize,
  times,
  waitForPoll
} from '../../scripts/bench-stats.js'
import { importedChunks } from '../../scripts/bench-dist.js'
import { cliScript } from '../../scripts/bench-cli.js'

function take(delays: Iterable<number>, n: number): number[] {
  const out: number[] = []
  for (const d of delays) {
    out.push(d)
    if (out.length === n) break
  }
  return out
}

describe('summarize', () => {
  it('median of an odd and an even count, min and max', () => {
    expect(summarize([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 })
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5)
  })

  it('refuses no values', () => {
    expect(() => summarize([])).toThrow(RangeError)
  })
})

describe('sdkWaiterDelays (@smithy/core exponentialBackoffWithJitter)', () => {
  it('AppConfig defaults: 30, U(30, 60), U(30, 120), then 120 s for ever', () => {
    const low = take(
      sdkWaiterDelays(30, 120, () => 0),
      6
    )
    const high = take(
      sdkWaiterDelays(30, 120, () => 0.999999),
      6
    )
    expect(low).toEqual([30, 30, 30, 120, 120, 120])
    expect(high.map((d) => Math.round(d))).toEqual([30, 60, 120, 120, 120, 120])
  })
})

describe('waitForPoll', () => {
  it('the wait from an instant to the next poll (polls at 0, 30, 60 …)', () => {
    expect(waitForPoll(fixedDelays(30), 0)).toBe(0)
    expect(waitForPoll(fixedDelays(30), 10)).toBe(20)
    expect(waitForPoll(fixedDelays(30), 30)).toBe(0)
    expect(waitForPoll(fixedDelays(30), 31)).toBe(29)
  })
})

describe('modelDetection', () => {
  it('a fixed poll interval: mean half the interval plus the exit cost', () => {
    const m = modelDetection({
      delays: () => fixedDelays(10),
      windowSeconds: 1800,
      exitSeconds: 0.5
    })
    expect(m.mean).toBeCloseTo(5.5, 1)
    expect(m.max).toBeLessThanOrEqual(10.5)
  })

  it('the SDK waiter over 30 minutes: about a minute on average, up to two', () => {
    const m = modelDetection({
      delays: (random) => sdkWaiterDelays(30, 120, random),
      windowSeconds: 1800
    })
    expect(m.mean).toBeGreaterThan(50)
    expect(m.mean).toBeLessThan(62)
    expect(m.max).toBeLessThanOrEqual(120)
  })

  it('is the same on every run (seeded)', () => {
    const run = (): number =>
      modelDetection({
        delays: (random) => sdkWaiterDelays(30, 120, random),
        windowSeconds: 600,
        samples: 500
      }).mean
    expect(run()).toBe(run())
  })
})

describe('seededRandom', () => {
  it('numbers in [0, 1), repeatable', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const values = Array.from({ length: 100 }, () => a())
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    expect(values).toEqual(Array.from({ length: 100 }, () => b()))
  })
})

describe('phaseOffsetMs', () => {
  it('spreads three runs at 1/6, 1/2 and 5/6 of the cycle', () => {
    expect([0, 1, 2].map((k) => phaseOffsetMs(k, 3, 6000))).toEqual([
      1000, 3000, 5000
    ])
  })

  it('adds whole cycles until the offset reaches the minimum', () => {
    expect(phaseOffsetMs(0, 3, 1000, 700)).toBeCloseTo(1166.67, 1)
    expect(phaseOffsetMs(2, 3, 1000, 700)).toBeCloseTo(833.33, 1)
  })
})

describe('formatting', () => {
  it('ranges, ratios and tables', () => {
    expect(secondsRange(summarize([1.5]))).toBe('1.50 s')
    expect(secondsRange(summarize([1, 2, 3]))).toBe('2.00 s (1.00–3.00, n=3)')
    expect(times(12.4)).toBe('12×')
    expect(times(3.46)).toBe('3.5×')
    expect(times(Number.NaN)).toBe('—')
    expect(markdownTable(['a', 'b'], [['x|y', '1']])).toBe(
      '| a | b |\n| --- | --- |\n| x\\|y | 1 |'
    )
    expect(
      countOperations(['GetDeployment', 'DescribeAlarms', 'GetDeployment'])
    ).toBe('GetDeployment 2, DescribeAlarms 1')
  })
})

describe('importedChunks', () => {
  it('finds the chunk ids of dynamic imports in an ncc build', () => {
    const source = [
      'await __nccwpck_require__.e(/* import() */ 243).then(x)',
      'Promise.all(/* import() */[__nccwpck_require__.e(46), __nccwpck_require__.e(291)])'
    ].join('\n')
    expect(importedChunks(source).sort((a, b) => a - b)).toEqual([46, 243, 291])
  })
})

describe('cliScript', () => {
  it('looks IDs up by name, uploads, starts and waits the way users write it', () => {
    const wait = cliScript('wait')
    expect(wait).toContain('aws appconfig list-applications')
    expect(wait).toContain('create-hosted-configuration-version')
    expect(wait).toContain('until aws appconfig wait deployment-complete')
    const poll = cliScript('poll')
    expect(poll).toContain('sleep 5')
    expect(poll).not.toContain('wait deployment-complete')
  })
})
