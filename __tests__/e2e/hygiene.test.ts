import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  FLAG,
  jsonArray,
  seededContent,
  startE2E,
  WRITE_OPERATIONS,
  type E2E,
  type FlagsDocument
} from '../../__fixtures__/rollout-e2e.js'

// dist/index.js with code-references, as the runner runs it: flags used nowhere, stale flags
// with the places that still read them, a removal refused while code reads the flag, and keys
// the code reads like flags that the bundle lacks.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

/** The seeded content plus two flags: one deprecated in the past, one nobody reads. */
function bundleWithHygiene(): FlagsDocument {
  const content = seededContent()
  content.flags['old-banner'] = {
    name: 'Old banner',
    _deprecation: { status: 'planned', date: '2020-01-01' }
  }
  content.values['old-banner'] = { enabled: false }
  content.flags['never-read'] = { name: 'Never read' }
  content.values['never-read'] = { enabled: false }
  return content
}

function writeSource(file: string, text: string): void {
  const full = path.join(e2e!.workspace, file)
  mkdirSync(path.dirname(full), { recursive: true })
  writeFileSync(full, text)
}

function writeCode(): void {
  writeSource(
    'src/checkout.ts',
    [
      "import { flags } from './flags'",
      `if (flags.isEnabled('${FLAG}')) showBitcoin()`,
      "if (flags.isEnabled('old-banner')) showBanner()",
      "if (flags.isEnabled('new-checkout-typo')) tryIt()",
      ''
    ].join('\n')
  )
  // Ignored by .gitignore: must not count as a use.
  writeSource('.gitignore', 'vendor/\n')
  writeSource('vendor/lib.js', "isEnabled('never-read')\n")
}

describe('code-references: flag hygiene', () => {
  it('validate lists unreferenced and stale flags with the places that read them', async () => {
    e2e = await startE2E()
    e2e.writeBundle(bundleWithHygiene())
    writeCode()

    const run = await e2e.run({
      mode: 'validate',
      'code-references': 'src/**/*.ts\nvendor/**',
      'deprecated-flags': 'ignore'
    })

    expect(run.outputs.result).toBe('validated')
    expect(run.code).toBe(0)
    expect(jsonArray(run.outputs['unreferenced-flags'])).toEqual(['never-read'])
    expect(jsonArray(run.outputs['stale-flags'])).toEqual(['old-banner'])
    expect(run.summary).toContain('#### Flag hygiene')
    expect(run.summary).toContain('src/checkout.ts')
    expect(run.summary).toMatch(/blob\/abc123\/src\/checkout\.ts#L3/)
    expect(run.summary).toContain('new-checkout-typo')
    expect(e2e.calls()).toEqual([])
  })

  it('stale-flags is written without code-references too, and unreferenced-flags stays empty', async () => {
    e2e = await startE2E()
    e2e.writeBundle(bundleWithHygiene())
    const run = await e2e.run({
      mode: 'validate',
      'deprecated-flags': 'ignore'
    })
    expect(jsonArray(run.outputs['stale-flags'])).toEqual(['old-banner'])
    expect(jsonArray(run.outputs['unreferenced-flags'])).toEqual([])
    expect(run.summary).not.toContain('Flag hygiene')
  })

  it('refuses to remove a flag the code still reads, even one deprecated in the deployed version', async () => {
    e2e = await startE2E()
    const deployed = bundleWithHygiene()
    const { deploymentNumber } = await e2e.consoleDeploy(deployed)
    // Deployed and complete, so the plan diffs against it (the guard before a start after a
    // wait is covered as well: the rollout plans again with every guard).
    for (;;) {
      const { State } = await e2e.getDeployment(deploymentNumber)
      if (State === 'COMPLETE') break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const removing = bundleWithHygiene()
    delete removing.flags['old-banner']
    delete removing.values['old-banner']
    e2e.writeBundle(removing)
    writeCode()
    const writes = () =>
      e2e!.calls().filter((c) => WRITE_OPERATIONS.includes(c.operation))

    const refused = await e2e.run({
      'code-references': 'src/**',
      'deprecated-flags': 'ignore'
    })
    expect(refused.outputs.result).toBe('failed')
    expect(refused.code).toBe(1)
    expect(refused.summary).toContain('flag-in-use')
    expect(refused.summary).toContain('src/checkout.ts')
    expect(writes()).toEqual([])

    const allowed = await e2e.run({
      'code-references': 'src/**',
      'deprecated-flags': 'ignore',
      'allow-flag-removal': 'true',
      'deployment-strategy': 'AppConfig.AllAtOnce'
    })
    expect(allowed.outputs.result).toBe('complete')
    expect(jsonArray(allowed.outputs['flags-removed'])).toEqual(['old-banner'])
  })
})
