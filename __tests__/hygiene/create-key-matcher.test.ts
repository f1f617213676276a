import { describe, expect, it } from '@jest/globals'
import {
  accessorName,
  createKeyMatcher
} from '../../src/hygiene/create-key-matcher.js'

const KEYS = [
  'new-checkout',
  'new-checkout-v2',
  'search_v2',
  'newPricing',
  'café-mode',
  'a'
]

/** The keys found in `text`, in order, as `key@column` (1-based, in characters). */
function found(text: string, keys = KEYS): string[] {
  const bytes = Buffer.from(text, 'utf8')
  const out: string[] = []
  createKeyMatcher(keys).scan(bytes, bytes.length, {
    key(index, start) {
      out.push(`${keys[index]}@${bytes.toString('utf8', 0, start).length + 1}`)
    }
  })
  return out
}

describe('createKeyMatcher: the whole-word rule', () => {
  it.each([
    ['single-quoted', `isEnabled('new-checkout')`, ['new-checkout@12']],
    ['double-quoted', `flags["new-checkout"]`, ['new-checkout@8']],
    ['template literal', 'get(`new-checkout`)', ['new-checkout@6']],
    ['unquoted identifier', 'if (flags.search_v2) go()', ['search_v2@11']],
    ['property access', 'x.newPricing.enabled', ['newPricing@3']],
    ['YAML key', 'new-checkout: true', ['new-checkout@1']],
    ['path segment', 'flags/new-checkout/index.ts', ['new-checkout@7']],
    [
      'a key that is a prefix of another: only the longer matches',
      `isEnabled('new-checkout-v2')`,
      ['new-checkout-v2@12']
    ],
    [
      'both, side by side',
      `['new-checkout','new-checkout-v2']`,
      ['new-checkout@3', 'new-checkout-v2@18']
    ],
    [
      'minified code',
      'a=e.isEnabled("new-checkout")&&!e.search_v2,b=e.newPricing?1:0',
      // `a` is a key too: minified names can collide with short keys.
      ['a@1', 'new-checkout@16', 'search_v2@35', 'newPricing@49']
    ],
    ['at the very start and end', 'newPricing', ['newPricing@1']],
    [
      'after non-ASCII text that is not a letter',
      '// → new-checkout «newPricing»',
      ['new-checkout@6', 'newPricing@20']
    ],
    ['a non-ASCII key', `mode('café-mode')`, ['café-mode@7']],
    ['CRLF lines', 'x\r\nnew-checkout\r\n', ['new-checkout@4']]
  ])('matches: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  it.each([
    ['a longer kebab word', `'new-checkout-button'`],
    ['a prefix word', `'old-new-checkout'`],
    ['snake inside snake', 'my_search_v2_flag'],
    ['another case', 'NEW-CHECKOUT NewPricing SEARCH_V2'],
    ['camelCase extension', 'newPricingPage'],
    ['a $ identifier', '$newPricing newPricing$'],
    ['glued to a non-ASCII letter', 'énew-checkout new-checkoutü'],
    ['part of a longer dotted-less token', 'search_v2x new-checkout2'],
    ['an ordinary word', 'a-b c_d'],
    ['empty text', '']
  ])('does not match: %s', (_name, text) => {
    expect(found(text)).toEqual([])
  })

  it('finds a one-letter key only where it stands alone', () => {
    expect(found('const a = b + a2 + _a + (a)')).toEqual(['a@7', 'a@26'])
  })

  it('reports every occurrence, many keys in one buffer', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `flag-${i}`)
    const text = keys.map((k) => `read('${k}')`).join('\n')
    expect(found(text, keys)).toHaveLength(500)
    expect(found('flag-499 flag-500', keys)).toEqual(['flag-499@1'])
  })

  it('scans only the first `length` bytes of a reused buffer', () => {
    const bytes = Buffer.from('xx new-checkout', 'utf8')
    const hits: number[] = []
    createKeyMatcher(KEYS).scan(bytes, 8, { key: (i) => hits.push(i) })
    expect(hits).toEqual([])
  })
})

describe('createKeyMatcher: accessors and key-like literals', () => {
  function literals(text: string): { keys: string[]; literals: string[] } {
    const bytes = Buffer.from(text, 'utf8')
    const names = new Map<number, string>()
    const out = { keys: [] as string[], literals: [] as string[] }
    createKeyMatcher(KEYS).scan(bytes, bytes.length, {
      key(index, start, _end, accessor) {
        if (accessor !== 0) names.set(accessor, accessorName(bytes, start - 1)!)
        out.keys.push(
          `${KEYS[index]}${accessor === 0 ? '' : ` via ${names.get(accessor)}`}`
        )
      },
      literal(accessor, start, end) {
        out.literals.push(
          `${bytes.toString('utf8', start, end)} via ${accessorName(bytes, start - 1)} (${names.get(accessor) === accessorName(bytes, start - 1) ? 'same' : 'other'})`
        )
      }
    })
    return out
  }

  it('names the call or index a known key is passed to first', () => {
    expect(
      literals(
        `isEnabled('new-checkout'); flags["search_v2"]; c?.getFlag ( 'newPricing' ); f(x, 'new-checkout')`
      ).keys
    ).toEqual([
      'new-checkout via isEnabled(',
      'search_v2 via flags[',
      'newPricing via getFlag(',
      'new-checkout'
    ])
  })

  it('reports key-like literals passed the same way, with the same accessor hash', () => {
    expect(
      literals(`isEnabled('new-checkout'); isEnabled('typo-key')`).literals
    ).toEqual(['typo-key via isEnabled( (same)'])
  })

  it.each([
    ['not a key by grammar (upper case first)', `isEnabled('Typo')`],
    ['has a space', `isEnabled('two words')`],
    ['not the first argument', `isEnabled(ctx, 'typo-key')`],
    ['no accessor', `const x = 'typo-key'`],
    ['mismatched quotes', `isEnabled('typo-key")`],
    ['too long', `isEnabled('${'k'.repeat(65)}')`],
    ['contains $', `isEnabled('typo$key')`],
    ['a number is no accessor name', `1('typo-key')`]
  ])('does not report a literal that is %s', (_name, text) => {
    expect(literals(text).literals).toEqual([])
  })
})
