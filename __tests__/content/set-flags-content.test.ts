import { describe, expect, it } from '@jest/globals'
import type {
  DeployedVersion,
  DeploymentHistory
} from '../../src/appconfig/read-history.js'
import type { Choice } from '../../src/content/content-choice.js'
import type { VersionReader } from '../../src/appconfig/version-reader.js'
import {
  lineText,
  setFlagsChoice,
  undoLines
} from '../../src/content/set-flags-content.js'
import type { FlagSetting } from '../../src/settings.js'
import { flags, recorder, targetWith } from '../mock-world.js'

// The kill switch's content choice: the lines applied to what runs each time the planner asks,
// the first application kept as the incident's "from", and a note when what runs moved between
// two plans (a wait): the lines win for the values they set, every other value keeps the other
// deployment's.

const target = targetWith()
const context = recorder().deps.context
const off = (flag: string, line = 1): FlagSetting => ({
  line,
  flag,
  kind: 'enabled',
  enabled: false
})
const history: DeploymentHistory = {
  active: undefined,
  latestNumber: 2,
  live: undefined,
  previous: undefined,
  base: undefined,
  recognisedBy: undefined,
  scanned: 0,
  limitReached: false,
  seenVersions: [],
  newest: undefined
}
// The choice never reads hosted versions: what runs comes with its content.
const versions = {} as VersionReader
const deployed = (
  deploymentNumber: number,
  version: number,
  content: unknown
): DeployedVersion => ({
  deploymentNumber,
  version,
  label: `v${version}`,
  content
})

/** The choice's note (only a chosen content has one). */
const noteOf = (chosen: Choice) =>
  chosen.failure === undefined ? chosen.note : undefined

function choice(lines: FlagSetting[] = [off('a')], reason?: string) {
  return setFlagsChoice(target, lines, {
    context,
    reason,
    versionLabel: undefined
  })
}

describe('setFlagsChoice', () => {
  it('applies the lines to what runs, with a description and a label naming the run', async () => {
    const c = choice([off('a')], 'bitcoin failing')

    const chosen = await c.choose(
      { history, deployed: deployed(2, 2, flags(true)) },
      versions
    )

    expect(chosen.failure).toBeUndefined()
    expect(noteOf(chosen)).toBeUndefined()
    expect(chosen.content).toMatchObject({
      source: 'set-flags',
      value: flags(false),
      text: JSON.stringify(flags(false)),
      description:
        'set-flags by oncall-ana because: bitcoin failing | a=off on version 2 | https://github.com/octo/shop/actions/runs/7',
      label: expect.stringMatching(/^set-flags-r7-1-[0-9a-f]{8}$/) as unknown
    })
    expect(c.lines).toEqual(['a=off'])
    expect(c.first()).toEqual({
      deployed: deployed(2, 2, flags(true)),
      problems: [],
      undo: ['a=on']
    })
    expect(c.latest()).toBe(c.first())
  })

  it('keeps the version-label input when given', async () => {
    const c = setFlagsChoice(target, [off('a')], {
      context,
      reason: undefined,
      versionLabel: 'incident-42'
    })
    const chosen = await c.choose(
      { history, deployed: deployed(2, 2, flags(true)) },
      versions
    )
    expect(chosen.content?.label).toBe('incident-42')
    expect(chosen.content?.description).toMatch(/\(no reason given\)/)
  })

  it('fails on the input when nothing runs', async () => {
    const c = choice()
    const chosen = await c.choose({ history, deployed: undefined }, versions)
    expect(chosen.failure).toEqual({
      kind: 'input',
      input: 'set-flags',
      message:
        "Input 'set-flags' changes what Production runs, but it runs no version of checkout-flags (no completed deployment); deploy a bundle first."
    })
    expect(c.first()?.deployed).toBeUndefined()
  })

  it('fails on the input, line by line, when a line does not apply to what runs', async () => {
    const c = choice([off('a'), off('nope', 2)])
    const chosen = await c.choose(
      { history, deployed: deployed(2, 2, flags(true)) },
      versions
    )
    expect(chosen.failure?.kind).toBe('input')
    expect(chosen.failure?.message).toMatch(
      /line 2 of input 'set-flags'.*version 2 \(what Production runs\) has no flag 'nope'/
    )
    expect(c.latest()?.problems).toHaveLength(1)
  })

  it('applies the lines again to what runs after a wait, keeping the other deployment, and says so', async () => {
    const c = choice()
    await c.choose({ history, deployed: deployed(2, 2, flags(true)) }, versions)

    // Deployment 3 turned b off meanwhile: b stays off, a is turned off as asked.
    const chosen = await c.choose(
      { history, deployed: deployed(3, 3, flags(true, false)) },
      versions
    )

    expect(chosen.content?.value).toEqual(flags(false, false))
    expect(chosen.content?.description).toMatch(/a=off on version 3/)
    expect(noteOf(chosen)).toEqual({
      guard: 'set-flags',
      outcome: 'warn',
      message:
        "set-flags applied to deployment 3 (version 3), which completed while this run waited, not to deployment 2 it started from: every flag keeps that deployment's values but the lines' (a=off)."
    })
    expect(c.first()?.deployed?.deploymentNumber).toBe(2)
    expect(c.latest()?.deployed?.deploymentNumber).toBe(3)
  })

  it('says when the other deployment changed a flag the lines set: the lines win', async () => {
    const c = choice()
    await c.choose({ history, deployed: deployed(2, 2, flags(true)) }, versions)

    // Deployment 3 changed a itself (and b): the lines still turn a off.
    const chosen = await c.choose(
      {
        history,
        deployed: deployed(3, 3, flags(false, false))
      },
      versions
    )
    expect(chosen.content?.value).toEqual(flags(false, false))
    expect(noteOf(chosen)?.message).toMatch(
      /That deployment changed a too: the lines win for the values they set \(a=off\); every other value keeps that deployment's\.$/
    )
  })

  it('applies again to the same deployment without a note', async () => {
    const c = choice()
    await c.choose({ history, deployed: deployed(2, 2, flags(true)) }, versions)
    const again = await c.choose(
      { history, deployed: deployed(2, 2, flags(true)) },
      versions
    )
    expect(noteOf(again)).toBeUndefined()
  })
})

describe('lineText', () => {
  it('writes a line as the user did', () => {
    expect(lineText(off('a'))).toBe('a=off')
    expect(
      lineText({ line: 1, flag: 'a', kind: 'enabled', enabled: true })
    ).toBe('a=on')
    expect(
      lineText({
        line: 1,
        flag: 'pay',
        kind: 'attribute',
        attribute: 'currency',
        value: 'EUR'
      })
    ).toBe('pay.currency="EUR"')
  })
})

describe('undoLines', () => {
  const attribute = (value: unknown): FlagSetting =>
    ({
      line: 1,
      flag: 'pay',
      kind: 'attribute',
      attribute: 'limit',
      value
    }) as FlagSetting

  it('puts back the enabled state and the attribute value', () => {
    const live = {
      values: { a: { enabled: true }, pay: { enabled: false, limit: 5 } }
    }
    expect(undoLines(live, [off('a'), attribute(0)])).toEqual([
      'a=on',
      'pay.limit=5'
    ])
    // A value without `enabled` is off.
    expect(undoLines({ values: { a: {} } }, [off('a')])).toEqual(['a=off'])
  })

  it('reads the variants of a multi-variant flag: one state, one attribute value', () => {
    const live = {
      values: {
        pay: {
          _variants: [
            { name: 'x', enabled: true, attributeValues: { limit: 7 } },
            { name: 'y', enabled: true, attributeValues: { limit: 7 } }
          ]
        }
      }
    }
    expect(undoLines(live, [off('pay'), attribute(1)])).toEqual([
      'pay=on',
      'pay.limit=7'
    ])
  })

  it('gives up when a change cannot be written as a line', () => {
    const mixed = {
      values: {
        pay: {
          _variants: [
            { name: 'x', enabled: true, attributeValues: { limit: 7 } },
            { name: 'y', enabled: false, attributeValues: { limit: 8 } }
          ]
        }
      }
    }
    expect(undoLines(mixed, [off('pay')])).toBeUndefined()
    expect(undoLines(mixed, [attribute(1)])).toBeUndefined()
    // The attribute had no value; the flag has no value at all; no content.
    expect(
      undoLines({ values: { pay: { enabled: true } } }, [attribute(1)])
    ).toBeUndefined()
    expect(undoLines({ values: {} }, [off('a')])).toBeUndefined()
    expect(undoLines(undefined, [off('a')])).toBeUndefined()
  })
})
