import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  ALARM,
  awsEnv,
  DEFAULT_INPUTS,
  FLAG,
  IDS,
  jsonArray,
  operations,
  seededContent,
  startE2E,
  STRATEGIES,
  WRITE_OPERATIONS,
  type E2E,
  type FlagsDocument
} from '../../__fixtures__/rollout-e2e.js'
import { spawnAction } from '../../__fixtures__/spawn-action.js'

// dist/index.js against the emulator: set-flags changes what Production runs now (no bundle,
// no commit), checked against that content's own definitions, deployed with the source tag.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

const MULTI = 'checkout-redesign'

/** Runs the action as the on-call person would: set-flags, no bundle, GITHUB_ACTOR set. */
function killSwitch(inputs: Record<string, string>) {
  const rest = Object.fromEntries(
    Object.entries(DEFAULT_INPUTS).filter(([name]) => name !== 'bundle')
  )
  return spawnAction(
    {
      ...rest,
      'deployment-strategy': STRATEGIES.fast.name,
      ...inputs
    },
    {
      workspace: e2e!.workspace,
      env: { ...awsEnv(e2e!.emulator.endpoint), GITHUB_ACTOR: 'oncall-ana' }
    }
  ).finished
}

function writes(): string[] {
  return operations(e2e!.calls()).filter((op) => WRITE_OPERATIONS.includes(op))
}

/** What Production serves now: the content of its newest COMPLETE deployment. */
async function served(): Promise<FlagsDocument> {
  const deployed = e2e!.emulator.control.deployedConfiguration(
    IDS.application,
    IDS.production,
    IDS.profile
  )
  const version = Number(deployed?.configurationVersion)
  const { GetHostedConfigurationVersionCommand } =
    await import('@aws-sdk/client-appconfig')
  const out = await e2e!.appconfig.send(
    new GetHostedConfigurationVersionCommand({
      ApplicationId: IDS.application,
      ConfigurationProfileId: IDS.profile,
      VersionNumber: version
    })
  )
  return JSON.parse(new TextDecoder().decode(out.Content)) as FlagsDocument
}

/** Deploys the checkout example (with a multi-variant flag) to Production and lets it complete. */
async function deployExample(): Promise<void> {
  const content = JSON.parse(
    readFileSync('examples/checkout-flags.json', 'utf8')
  ) as FlagsDocument & { $schema?: string }
  delete content.$schema // an editor aid; AppConfig refuses it
  await e2e!.consoleDeploy(content)
  e2e!.emulator.control.advance(15 * 60_000)
  e2e!.emulator.control.clearCalls()
}

describe('set-flags: a basic flag', () => {
  it('refuses a number JSON cannot carry, quoting it as typed (issue 25)', async () => {
    e2e = await startE2E()
    const run = await killSwitch({
      'set-flags': `${FLAG}.bitcoin-discount-percentage=1e309`
    })
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toContain(
      `${FLAG}.bitcoin-discount-percentage=1e309'): the number 1e309 is past the largest number JSON can carry`
    )
    expect(run.stdout).not.toMatch(/=null|not null/)
    expect(writes()).toEqual([])
  })

  it('works with a typographic dash and an accent in the description (issue 25)', async () => {
    // The 3 a.m. reason, typed on a phone: an en dash and an accent used to be an input error.
    e2e = await startE2E()
    const reason = 'bitcoin – paiements bloqués'
    const off = await killSwitch({
      'set-flags': `${FLAG}=off`,
      description: reason
    })

    expect(off.stderr).toBe('')
    expect(off.outputs.result).toBe('complete')
    expect(off.code).toBe(0)
    expect((await served()).values[FLAG]!.enabled).toBe(false)
    // The deployment carries the reason as typed (a JSON body takes any Unicode) ...
    const start = e2e.calls('StartDeployment')[0]!.params
    expect(String(start.Description)).toContain(`because: ${reason} |`)
    // ... the hosted version's header its ASCII spelling ...
    const version = e2e.calls('CreateHostedConfigurationVersion')[0]!.params
    expect(String(version.Description)).toContain(
      'because: bitcoin - paiements bloques |'
    )
    expect(String(version.Description)).toMatch(/^[\x20-\x7e]+$/)
    // ... and the summary shows both.
    expect(off.summary).toContain(reason)
    expect(off.summary).toMatch(/In ASCII \|.*bitcoin - paiements bloques/)
  })

  it('off, then on again: deployed from what runs, tagged, described', async () => {
    e2e = await startE2E()
    const off = await killSwitch({
      'set-flags': `${FLAG}=off`,
      description: 'bitcoin payments failing'
    })

    expect(off.stderr).toBe('')
    expect(off.outputs.result).toBe('complete')
    expect(off.code).toBe(0)
    expect(jsonArray(off.outputs['flags-changed'])).toEqual([FLAG])
    expect((await served()).values[FLAG]!.enabled).toBe(false)
    // Everything else is what version 1 held.
    expect((await served()).values[FLAG]!['bitcoin-discount-percentage']).toBe(
      5
    )
    const start = e2e.calls('StartDeployment')[0]!.params
    expect(start.Tags).toEqual({
      'appconfig-guarded-rollout:source': 'set-flags'
    })
    expect(String(start.Description)).toMatch(
      /set-flags by oncall-ana because: bitcoin payments failing \| allow-bitcoin-at-checkout=off on version 1 \| https:\/\/github.com\/octo\/shop\/actions\/runs\/7/
    )
    expect(writes()).toEqual([
      'CreateHostedConfigurationVersion',
      'StartDeployment'
    ])
    // The incident record.
    expect(off.summary).toMatch(/Kill switch record/)
    expect(off.summary).toMatch(/`oncall-ana`/)
    expect(off.summary).toMatch(/bitcoin payments failing/)
    expect(off.summary).toMatch(
      /v1 \(v1\.0\.0\), deployment #1 → v2 \(set-flags-r7-1-[0-9a-f]{8}\), deployment #2/
    )
    expect(off.summary).toMatch(/allow-bitcoin-at-checkout=on/) // how to undo it

    e2e.emulator.control.clearCalls()
    const on = await killSwitch({ 'set-flags': `${FLAG}=on` })
    expect(on.outputs.result).toBe('complete')
    expect((await served()).values[FLAG]!.enabled).toBe(true)
  })

  it('changes an attribute within its constraints', async () => {
    e2e = await startE2E()
    const run = await killSwitch({
      'set-flags': `${FLAG}.bitcoin-discount-percentage=0\n${FLAG}.default-currency="EUR"`
    })
    expect(run.outputs.result).toBe('complete')
    const values = (await served()).values[FLAG]!
    expect(values['bitcoin-discount-percentage']).toBe(0)
    expect(values['default-currency']).toBe('EUR')
    expect(values.enabled).toBe(true)
  })
})

describe('set-flags: a multi-variant flag', () => {
  it('off turns every variant off; on turns them all on', async () => {
    e2e = await startE2E()
    await deployExample()

    const off = await killSwitch({ 'set-flags': `${MULTI}=off` })
    expect(off.outputs.result).toBe('complete')
    const variants = (await served()).values[MULTI]!._variants as {
      enabled: boolean
    }[]
    expect(variants.map((v) => v.enabled)).toEqual([false, false, false])

    const on = await killSwitch({ 'set-flags': `${MULTI}=on` })
    expect(on.outputs.result).toBe('complete')
    const again = (await served()).values[MULTI]!._variants as {
      enabled: boolean
    }[]
    expect(again.map((v) => v.enabled)).toEqual([true, true, true])
  })
})

describe('set-flags: bad lines are refused before anything is written', () => {
  it.each([
    [
      'an unknown flag',
      'no-such-flag=off',
      /line 1 of input 'set-flags' \(no-such-flag=off\): version 1 \(what Production runs\) has no flag 'no-such-flag'/
    ],
    [
      'an unknown attribute',
      `${FLAG}=off\n${FLAG}.colour="red"`,
      /line 2 of input 'set-flags'.*has no attribute 'colour'/
    ],
    [
      'a value out of range',
      `${FLAG}.bitcoin-discount-percentage=150`,
      /line 1 of input 'set-flags'.*150, above the attribute's maximum 100/
    ],
    [
      'a value outside its enum',
      `${FLAG}.default-currency="GBP"`,
      /line 1 of input 'set-flags'.*GBP/
    ],
    [
      'a value that is not JSON',
      `${FLAG}.default-currency=EUR`,
      /line 1 of input 'set-flags'.*is not JSON/
    ]
  ])('%s', async (_, lines, message) => {
    e2e = await startE2E()
    const run = await killSwitch({ 'set-flags': lines })
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(new RegExp(`::error.*${message.source}`))
    expect(writes()).toEqual([])
  })
})

describe('set-flags: plan mode', () => {
  it('shows the change and writes nothing', async () => {
    e2e = await startE2E()
    const run = await killSwitch({ 'set-flags': `${FLAG}=off`, mode: 'plan' })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('planned')
    expect(jsonArray(run.outputs['flags-changed'])).toEqual([FLAG])
    expect(run.outputs['plan-markdown']).toMatch(FLAG)
    expect(writes()).toEqual([])
  })
})

describe('set-flags while a monitored alarm fires', () => {
  it('uses AppConfig’s revert when the configuration before the latest deployment is exactly the change', async () => {
    e2e = await startE2E()
    // The latest deployment turned the flag on; before it, the flag was off.
    const flagOff = seededContent()
    flagOff.values[FLAG]!.enabled = false
    await e2e.consoleDeploy(flagOff)
    e2e.emulator.control.advance(15 * 60_000)
    await e2e.consoleDeploy(seededContent())
    e2e.emulator.control.advance(15 * 60_000)
    e2e.emulator.control.clearCalls()
    e2e.emulator.control.setAlarmState(ALARM, 'ALARM', '5xx above 1%')

    const run = await killSwitch({ 'set-flags': `${FLAG}=off` })

    expect(run.outputs.result).toBe('complete')
    expect(run.code).toBe(0)
    expect(run.outputs.state).toBe('REVERTED')
    expect(writes()).toEqual(['StopDeployment'])
    expect(e2e.calls('StopDeployment')[0]!.params.AllowRevert).toBe(true)
    expect((await served()).values[FLAG]!.enabled).toBe(false)
    expect(run.summary).toMatch(/Reverting also ignores alarm monitors/)
  })

  it('is refused with what to do when no revert gives the change', async () => {
    e2e = await startE2E()
    e2e.emulator.control.setAlarmState(ALARM, 'ALARM', '5xx above 1%')

    const run = await killSwitch({ 'set-flags': `${FLAG}=off` })

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::.*would roll a deployment of this change back at once/
    )
    expect(run.stdout).toMatch(
      /disable-alarm-actions --alarm-names checkout-5xx/
    )
    expect(writes()).toEqual([])
    expect(run.summary).toMatch(/^### ⛔ Refused by the `alarm-firing` guard/)
  })
})
