import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { applySetFlags } from '../../src/content/set-flags.js'
import type { FlagSetting } from '../../src/settings.js'

// The checkout example: a basic flag with constrained attributes (enum, range, pattern) and a
// multi-variant flag, as an environment would run it.
const live = JSON.parse(
  readFileSync('examples/checkout-flags.json', 'utf8')
) as Record<string, Record<string, Record<string, unknown>>>

const off = (flag: string, line = 1): FlagSetting => ({
  line,
  flag,
  kind: 'enabled',
  enabled: false
})
const set = (
  flag: string,
  attribute: string,
  value: FlagSetting extends infer S
    ? S extends { kind: 'attribute'; value: infer V }
      ? V
      : never
    : never,
  line = 1
): FlagSetting => ({ line, flag, kind: 'attribute', attribute, value })

describe('applySetFlags', () => {
  it('turns a basic flag off and leaves the rest as it was', async () => {
    const { value, problems } = await applySetFlags(live, [
      off('allow-bitcoin-at-checkout')
    ])
    expect(problems).toEqual([])
    const expected = structuredClone(live)
    expected.values!['allow-bitcoin-at-checkout']!.enabled = false
    expect(value).toEqual(expected)
    // The input is not modified.
    expect(live.values!['allow-bitcoin-at-checkout']!.enabled).toBe(true)
  })

  it('turns every variant of a multi-variant flag off, and on again', async () => {
    const offResult = await applySetFlags(live, [off('checkout-redesign')])
    const value = offResult.value?.values as Record<
      string,
      { enabled?: boolean; _variants: { name: string; enabled: boolean }[] }
    >
    expect(value['checkout-redesign']!.enabled).toBe(false)
    expect(
      value['checkout-redesign']!._variants.map((v) => [v.name, v.enabled])
    ).toEqual([
      ['QA', false],
      ['Ten percent', false],
      ['Default', false]
    ])
    const onResult = await applySetFlags(offResult.value, [
      { line: 1, flag: 'checkout-redesign', kind: 'enabled', enabled: true }
    ])
    const on = onResult.value?.values as typeof value
    expect(on['checkout-redesign']!._variants.every((v) => v.enabled)).toBe(
      true
    )
  })

  it('sets an attribute within its constraints', async () => {
    const { value, problems } = await applySetFlags(live, [
      set('allow-bitcoin-at-checkout', 'bitcoin-discount-percentage', 0),
      set('allow-bitcoin-at-checkout', 'default-currency', 'EUR', 2)
    ])
    expect(problems).toEqual([])
    const flag = (value?.values as typeof live.values)![
      'allow-bitcoin-at-checkout'
    ]!
    expect(flag['bitcoin-discount-percentage']).toBe(0)
    expect(flag['default-currency']).toBe('EUR')
  })

  it('sets an attribute of a multi-variant flag in every variant', async () => {
    const { value, problems } = await applySetFlags(live, [
      set('checkout-redesign', 'layout', 'classic')
    ])
    expect(problems).toEqual([])
    const variants = (
      value?.values as Record<
        string,
        { _variants: { attributeValues?: Record<string, unknown> }[] }
      >
    )['checkout-redesign']!._variants
    expect(variants.map((v) => v.attributeValues?.layout)).toEqual([
      'classic',
      'classic',
      'classic'
    ])
  })

  it.each([
    [
      'an unknown flag',
      [off('no-such-flag', 3)],
      3,
      /^line 3 of input 'set-flags' \(no-such-flag=off\): version 7 has no flag 'no-such-flag' \(its flags: allow-bitcoin-at-checkout, one-click-checkout, checkout-redesign\)\.$/
    ],
    [
      'an unknown attribute',
      [set('allow-bitcoin-at-checkout', 'colour', 'red', 2)],
      2,
      /^line 2 .*allow-bitcoin-at-checkout\.colour="red"\): flag 'allow-bitcoin-at-checkout' in version 7 has no attribute 'colour' \(its attributes: default-currency, bitcoin-discount-percentage, bitcoin-discount-end-date\)/
    ],
    [
      'a value above its maximum',
      [
        off('checkout-redesign', 1),
        set('allow-bitcoin-at-checkout', 'bitcoin-discount-percentage', 150, 4)
      ],
      4,
      /^line 4 .*bitcoin-discount-percentage=150\): .*150.*100/
    ],
    [
      'a value outside its enum',
      [set('allow-bitcoin-at-checkout', 'default-currency', 'GBP', 5)],
      5,
      /^line 5 .*default-currency="GBP"\): .*GBP/
    ],
    [
      'a value of the wrong type in a variant',
      [set('checkout-redesign', 'show-trust-badges', 'yes', 6)],
      6,
      /^line 6 .*show-trust-badges="yes"\): /
    ]
  ])('refuses %s, naming the line', async (_, settings, line, message) => {
    const { value, problems } = await applySetFlags(live, settings, {
      contentName: 'version 7'
    })
    expect(value).toBeUndefined()
    expect(problems.length).toBeGreaterThanOrEqual(1)
    for (const p of problems) {
      expect(p.line).toBe(line)
      expect(p.message).toMatch(message)
    }
  })

  it('says a rule a line breaks in several variants once', async () => {
    const { problems } = await applySetFlags(live, [
      set('checkout-redesign', 'layout', 'wide', 2)
    ])
    expect(problems).toHaveLength(1)
    expect(problems[0]!.message).toMatch(/_variants\[\*\]/)
  })

  it('does not blame the input for a problem the live content already had', async () => {
    const broken = structuredClone(live)
    // Out of range before the change: AppConfig accepted it once, it is not this line's doing.
    broken.values!['allow-bitcoin-at-checkout']![
      'bitcoin-discount-percentage'
    ] = 500
    const { problems } = await applySetFlags(broken, [
      off('allow-bitcoin-at-checkout')
    ])
    expect(problems).toEqual([])
  })

  it('refuses content that is not feature flags, on every line', async () => {
    const { problems } = await applySetFlags({ hello: 'world' }, [
      off('a', 1),
      off('b', 2)
    ])
    expect(problems.map((p) => p.line)).toEqual([1, 2])
    expect(problems[0]!.message).toMatch(/not feature-flag content/)
  })
})
