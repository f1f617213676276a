import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  FLAG,
  jsonArray,
  startE2E,
  STRATEGIES,
  type E2E,
  type FlagsDocument
} from '../../__fixtures__/rollout-e2e.js'
import {
  consoleChange,
  keepSummary,
  liveDiscount,
  versionContent,
  writesOf
} from '../../__fixtures__/pinned-e2e.js'

// Issue #13, drift as a three-way merge per flag: base = this action's last deployment of a
// bundle, live = what Production runs after a console change, new = the bundle now deployed.

jest.setTimeout(90_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

const FAST = { 'deployment-strategy': STRATEGIES.fast.name }
const BASE_DISCOUNT = 10
const CONSOLE_DISCOUNT = 25

/** The base bundle plus a new flag: the discount is the base's, so deploying it would undo. */
function withNewFlag(): FlagsDocument {
  const content = changedContent(BASE_DISCOUNT)
  content.flags['express-checkout'] = { name: 'Express checkout' }
  content.values['express-checkout'] = { enabled: true }
  return content
}

/**
 * The action deploys the base bundle (its first deployment: no base yet), then someone changes
 * the discount in the console. Returns the summary of that first deploy.
 */
async function baseThenConsoleChange(): Promise<string> {
  e2e = await startE2E()
  e2e.writeBundle(changedContent(BASE_DISCOUNT))
  const first = await e2e.run(FAST)
  expect(first.outputs.result).toBe('complete')
  await consoleChange(
    e2e,
    changedContent(CONSOLE_DISCOUNT),
    'Hotfix by bob in the console'
  )
  expect(await liveDiscount(e2e)).toBe(CONSOLE_DISCOUNT)
  e2e.emulator.control.clearCalls()
  return first.summary
}

describe('drift', () => {
  it('first deploy by the action: no base, no drift check, and the summary says so', async () => {
    const first = await baseThenConsoleChange()
    keepSummary('drift-first-deploy', first)
    expect(first).toContain('No base: no earlier deployment')
    expect(first).toMatch(/drift was not checked/)
  })

  describe('the new content still has the base value (a deploy would undo the console change)', () => {
    it('on-drift fail (default): refused before writing, drift output names the flag', async () => {
      await baseThenConsoleChange()
      e2e!.writeBundle(withNewFlag())

      const run = await e2e!.run(FAST)

      keepSummary('drift-undo-fail', run.summary)
      expect(run.code).toBe(1)
      expect(run.outputs.result).toBe('failed')
      expect(jsonArray(run.outputs.drift)).toEqual([FLAG])
      expect(writesOf(e2e!)).toEqual([])
      expect(run.summary).toContain(
        '#### Drift since this action last deployed'
      )
      // Issue 27: the headline names the flag whose live change the deploy would undo.
      expect(run.summary.split('\n')[0]).toContain(
        `the deploy would undo a live change to \`${FLAG}\``
      )
      expect(run.summary).toMatch(
        /bitcoin-discount-percentage: 10.*\|.*bitcoin-discount-percentage: 25.*\|.*bitcoin-discount-percentage: 10/
      )
      expect(run.summary).toContain('would change the live value back')
      expect(await liveDiscount(e2e!)).toBe(CONSOLE_DISCOUNT)
    })

    it('on-drift keep: deploys the new flag and keeps the live discount', async () => {
      await baseThenConsoleChange()
      e2e!.writeBundle(withNewFlag())

      const run = await e2e!.run({ ...FAST, 'on-drift': 'keep' })

      keepSummary('drift-undo-keep', run.summary)
      expect(run.outputs.result).toBe('complete')
      expect(jsonArray(run.outputs.drift)).toEqual([FLAG])
      expect(jsonArray(run.outputs['flags-added'])).toEqual([
        'express-checkout'
      ])
      // The console's discount is carried in, so the flag itself is not changed.
      expect(jsonArray(run.outputs['flags-changed'])).toEqual([])
      expect(await liveDiscount(e2e!)).toBe(CONSOLE_DISCOUNT)
      const deployed = await versionContent(
        e2e!,
        Number(run.outputs['configuration-version'])
      )
      expect(deployed.values['express-checkout']!.enabled).toBe(true)
      expect(run.summary).toContain('live value kept')
    })

    it('on-drift overwrite: the bundle wins', async () => {
      await baseThenConsoleChange()
      e2e!.writeBundle(withNewFlag())

      const run = await e2e!.run({ ...FAST, 'on-drift': 'overwrite' })

      keepSummary('drift-undo-overwrite', run.summary)
      expect(run.outputs.result).toBe('complete')
      expect(jsonArray(run.outputs.drift)).toEqual([FLAG])
      expect(jsonArray(run.outputs['flags-changed'])).toEqual([FLAG])
      expect(await liveDiscount(e2e!)).toBe(BASE_DISCOUNT)
      expect(run.summary).toContain('overwritten by the new content')
    })
  })

  describe('the new content changes the drifted flag too (a conflict)', () => {
    it.each(['fail', 'keep'])(
      'on-drift %s: refused before writing',
      async (onDrift) => {
        await baseThenConsoleChange()
        e2e!.writeBundle(changedContent(15))

        const run = await e2e!.run({ ...FAST, 'on-drift': onDrift })

        keepSummary(`drift-conflict-${onDrift}`, run.summary)
        expect(run.outputs.result).toBe('failed')
        expect(jsonArray(run.outputs.drift)).toEqual([FLAG])
        expect(writesOf(e2e!)).toEqual([])
        expect(run.summary).toContain('conflict')
        expect(await liveDiscount(e2e!)).toBe(CONSOLE_DISCOUNT)
      }
    )

    it('on-drift overwrite: deploys the new value', async () => {
      await baseThenConsoleChange()
      e2e!.writeBundle(changedContent(15))

      const run = await e2e!.run({ ...FAST, 'on-drift': 'overwrite' })

      keepSummary('drift-conflict-overwrite', run.summary)
      expect(run.outputs.result).toBe('complete')
      expect(await liveDiscount(e2e!)).toBe(15)
    })
  })

  it('a plan shows the drift too, and the next deploy after a forced one has no drift', async () => {
    await baseThenConsoleChange()
    e2e!.writeBundle(withNewFlag())
    const plan = await e2e!.run({ ...FAST, mode: 'plan' })
    expect(jsonArray(plan.outputs.drift)).toEqual([FLAG])
    expect(plan.outputs['plan-markdown']).toContain('Drift since this action')
    expect(writesOf(e2e!)).toEqual([])

    const forced = await e2e!.run({ ...FAST, 'on-drift': 'overwrite' })
    expect(forced.outputs.result).toBe('complete')
    // The forced deploy is the new base: nothing has drifted from it.
    const again = await e2e!.run({ ...FAST, mode: 'plan' })
    expect(jsonArray(again.outputs.drift)).toEqual([])
    expect(again.summary).toContain('No drift')
  })
})
