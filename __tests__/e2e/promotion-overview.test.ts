import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  FLAG,
  IDS,
  report,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import {
  createEnvironment,
  deployedElsewhere,
  writes
} from './promotion-helpers.js'

// dist/index.js against the emulator: the environments overview an approver reads before
// production (a column per environment plus the new content, a row per flag that differs),
// and min-bake-minutes, the production policy on the strategy's final bake.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

/** The seeded flag at `discount`, plus a flag every environment has the same. */
function content(discount: number): unknown {
  const c = changedContent(discount)
  c.flags['gift-cards'] = { name: 'Gift cards' }
  c.values['gift-cards'] = { enabled: true }
  return c
}

describe('environments', () => {
  it('shows three environments side by side, with a flag that differs in each', async () => {
    e2e = await startE2E()
    const dev = await createEnvironment(e2e, 'Dev')
    for (const [environmentId, discount] of [
      [dev, 12],
      [IDS.beta, 7],
      [IDS.production, 5]
    ] as const)
      await deployedElsewhere(e2e, content(discount), {
        environmentId,
        strategyId: STRATEGIES.fast.id
      })
    e2e.emulator.control.clearCalls()
    e2e.writeBundle(content(12))

    const run = await e2e.run({
      mode: 'plan',
      environments: 'Dev\nBeta\nProduction'
    })

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('planned')
    const table = [
      `| flag | **Dev**<br>v2 | **Beta**<br>v3 | **Production**<br>v4 | **new content** |`,
      '| --- | --- | --- | --- | --- |',
      `| \`${FLAG}\` | 🟢 on ✓<br>attribute bitcoin-discount-percentage: \`12\` | 🟢 on<br>attribute bitcoin-discount-percentage: \`7\` | 🟢 on<br>attribute bitcoin-discount-percentage: \`5\` | 🟢 on ✓<br>attribute bitcoin-discount-percentage: \`12\` |`
    ].join('\n')
    for (const markdown of [run.summary, run.outputs['plan-markdown']]) {
      expect(markdown).toContain('#### Environments')
      expect(markdown).toContain(
        '3 environments and the new content: **1 flag differs** somewhere · 1 the same everywhere, not listed.'
      )
      expect(markdown).toContain(table)
    }
    report(`environments overview as rendered:\n${table}`)
    expect(writes(e2e)).toEqual([])
  })

  it('names the environment that does not exist', async () => {
    e2e = await startE2E()
    e2e.writeBundle(content(12))

    const run = await e2e.run({ mode: 'plan', environments: 'Beta\nStaging' })

    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(/::error::.*No environment 'Staging'/)
  })
})

describe('min-bake-minutes', () => {
  it('refuses a strategy whose final bake is shorter, naming it and its bake', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(10))

    const run = await e2e.run({ 'min-bake-minutes': '30' })

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::.*Refusing the deployment strategy checkout-canary-10pc: it has a final bake of 5 minutes, and min-bake-minutes requires at least 30 minutes/
    )
    expect(writes(e2e)).toEqual([])
  })

  it('passes a strategy that bakes long enough', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(10))

    const run = await e2e.run({
      mode: 'plan',
      'deployment-strategy': STRATEGIES.slow.name,
      'min-bake-minutes': '30'
    })

    expect(run.outputs.result).toBe('planned')
    expect(run.stdout).not.toMatch(/::(error|warning)::.*bake/)
    expect(run.summary).toMatch(/✅ passed: .*`min-bake`/)
  })
})
