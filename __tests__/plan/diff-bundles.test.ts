/**
 * Table-driven tests of the flag-level diff: what an approver reads as `before → after`, what
 * counts as no change (AppConfig's metadata, key order), and content from AWS that is not a
 * well-formed bundle.
 */
import { describe, expect, it } from '@jest/globals'
import { isSameContent, stripMetadata } from '../../src/bundle/same-content.js'
import { diffBundles, type BundleDiff } from '../../src/plan/diff-bundles.js'
import type { FlagChange } from '../../src/report/report.js'

/** One flag: its `flags.<key>` definition and its `values.<key>` value; undefined leaves one out. */
type Flag = readonly [definition?: object, value?: object]

interface Bundle {
  readonly version: string
  readonly flags: Record<string, object>
  readonly values: Record<string, object>
}

function bundleOf(flags: Record<string, Flag>): Bundle {
  const bundle = { version: '1', flags: {}, values: {} } as Bundle
  for (const [key, [definition, value]] of Object.entries(flags)) {
    if (definition !== undefined) bundle.flags[key] = definition
    if (value !== undefined) bundle.values[key] = value
  }
  return bundle
}

/** Freezes a value and everything in it, so a test fails if the diff writes to its inputs. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item)
    Object.freeze(value)
  }
  return value
}

/** The AWS example bundle (appconfig-spec.md §1.3): a basic flag and a multi-variant flag. */
const example = (): Bundle =>
  bundleOf({
    new_checkout: [
      {
        name: 'New checkout',
        description: 'Release flag',
        attributes: {
          discount_pct: {
            constraints: { type: 'number', required: true, maximum: 50 }
          },
          tier: { constraints: { type: 'string', enum: ['gold', 'silver'] } }
        }
      },
      { enabled: true, discount_pct: 10, tier: 'gold' }
    ],
    ui_refresh: [
      {
        name: 'UI Refresh',
        attributes: { dark_mode: { constraints: { type: 'boolean' } } }
      },
      {
        _variants: [
          {
            name: 'QA',
            enabled: true,
            rule: '(ends_with $email "qa-testers.mycompany.com")',
            attributeValues: { dark_mode: true }
          },
          { name: 'Default Variant', enabled: false }
        ]
      }
    ]
  })

/** The example as AppConfig returns it: `_createdAt`/`_updatedAt` on every flag and value. */
const exampleAsStored = (): unknown => {
  const stamp = {
    _createdAt: '2026-05-01T10:00:00Z',
    _updatedAt: '2026-05-02T11:00:00Z'
  }
  const stored = example()
  return {
    version: stored.version,
    flags: Object.fromEntries(
      Object.entries(stored.flags).map(([k, v]) => [k, { ...v, ...stamp }])
    ),
    values: Object.fromEntries(
      Object.entries(stored.values).map(([k, v]) => [k, { ...stamp, ...v }])
    )
  }
}

/** The example with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)])
  )
}

describe('stripMetadata', () => {
  it.each<{ name: string; input: unknown; output: unknown }>([
    {
      name: 'removes _createdAt/_updatedAt from flags, values and variants',
      input: {
        version: '1',
        flags: { a: { name: 'A', _createdAt: 't1', _updatedAt: 't2' } },
        values: {
          a: {
            _createdAt: 't1',
            enabled: true,
            _updatedAt: 't2',
            _variants: [{ name: 'V', enabled: true, _createdAt: 't3' }]
          }
        }
      },
      output: {
        version: '1',
        flags: { a: { name: 'A' } },
        values: {
          a: {
            enabled: true,
            _variants: [{ name: 'V', enabled: true }]
          }
        }
      }
    },
    {
      name: 'removes a top-level $schema only',
      input: {
        $schema: './schema.json',
        version: '1',
        flags: { $schema: 'kept' }
      },
      output: { version: '1', flags: { $schema: 'kept' } }
    },
    {
      name: 'keeps every other key, in order',
      input: { values: { b: { enabled: false, x: [1, 2] } }, version: '1' },
      output: { values: { b: { enabled: false, x: [1, 2] } }, version: '1' }
    },
    { name: 'returns a string as it is', input: 'text', output: 'text' },
    { name: 'returns null as it is', input: null, output: null },
    { name: 'returns undefined as it is', input: undefined, output: undefined },
    {
      name: 'copies an array, stripping inside it',
      input: [{ _createdAt: 't', a: 1 }, 2],
      output: [{ a: 1 }, 2]
    }
  ])('$name', ({ input, output }) => {
    const result = stripMetadata(input)
    expect(result).toStrictEqual(output)
    expect(Object.keys(result ?? {})).toEqual(Object.keys(output ?? {}))
  })

  it('copies deeply and leaves its input untouched', () => {
    const input = deepFreeze(exampleAsStored())
    const copy = stripMetadata(input) as Bundle
    expect(copy).toStrictEqual(example())
    expect(copy).not.toBe(input)
    expect(copy.values.ui_refresh).not.toBe((input as Bundle).values.ui_refresh)
  })

  it('keeps a "__proto__" key as a key, never as the prototype', () => {
    const parsed: unknown = JSON.parse(
      '{"__proto__": {"polluted": true}, "a": 1}'
    )
    const copy = stripMetadata(parsed) as Record<string, unknown>
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(Object.keys(copy)).toEqual(['__proto__', 'a'])
    expect(copy.polluted).toBeUndefined()
  })
})

describe('isSameContent', () => {
  it.each<{ name: string; a: unknown; b: unknown; same: boolean }>([
    { name: 'the same bundle', a: example(), b: example(), same: true },
    {
      name: 'AppConfig metadata on one side',
      a: exampleAsStored(),
      b: example(),
      same: true
    },
    {
      name: 'object keys in another order, at every depth',
      a: reversedKeys(example()),
      b: example(),
      same: true
    },
    {
      name: 'a top-level $schema on one side',
      a: { $schema: 'https://example.com/s.json', ...example() },
      b: example(),
      same: true
    },
    {
      name: 'variants in another order',
      a: bundleOf({
        f: [{}, { _variants: [{ name: 'A' }, { name: 'B' }] }]
      }),
      b: bundleOf({
        f: [{}, { _variants: [{ name: 'B' }, { name: 'A' }] }]
      }),
      same: false
    },
    {
      name: 'an array attribute value in another order',
      a: bundleOf({ f: [{}, { regions: ['eu', 'us'] }] }),
      b: bundleOf({ f: [{}, { regions: ['us', 'eu'] }] }),
      same: false
    },
    {
      name: 'a value of another type ("1" vs 1)',
      a: bundleOf({ f: [{}, { n: '1' }] }),
      b: bundleOf({ f: [{}, { n: 1 }] }),
      same: false
    },
    {
      name: 'an extra key on one side',
      a: bundleOf({ f: [{}, { enabled: true }] }),
      b: bundleOf({ f: [{}, { enabled: true, x: 1 }] }),
      same: false
    },
    {
      name: 'an array against an object with the same entries',
      a: { version: '1', flags: ['x'] },
      b: { version: '1', flags: { 0: 'x' } },
      same: false
    },
    { name: 'nothing deployed yet', a: undefined, b: example(), same: false },
    {
      name: 'a nested $schema is content',
      a: { version: '1', flags: { $schema: 'x' } },
      b: { version: '1', flags: {} },
      same: false
    }
  ])('$name → $same', ({ a, b, same }) => {
    expect(isSameContent(a, b)).toBe(same)
    expect(isSameContent(b, a)).toBe(same)
  })
})

describe('diffBundles: no change', () => {
  it.each<{ name: string; deployed: unknown; bundle: unknown }>([
    { name: 'identical bundles', deployed: example(), bundle: example() },
    {
      name: 'AppConfig metadata added to the deployed flags and values',
      deployed: exampleAsStored(),
      bundle: example()
    },
    {
      name: 'object keys in another order',
      deployed: example(),
      bundle: reversedKeys(example())
    },
    {
      name: 'a top-level $schema in the bundle',
      deployed: exampleAsStored(),
      bundle: { $schema: './flags.schema.json', ...example() }
    }
  ])('$name', ({ deployed, bundle }) => {
    expect(diffBundles(deployed, bundle)).toStrictEqual({
      changes: [],
      unchangedCount: 2,
      changed: false
    })
  })
})

/** A flag both sides have and no case touches: every case below has unchangedCount 1. */
const steady: Flag = [{ name: 'Steady' }, { enabled: true }]

interface FlagCase {
  readonly name: string
  readonly before: Flag
  readonly after: Flag
  readonly change: Omit<FlagChange, 'key' | 'kind'>
}

const LONG = 'x'.repeat(300)

const flagCases: FlagCase[] = [
  // State of basic flags
  {
    name: 'a basic flag turned on',
    before: [{}, { enabled: false }],
    after: [{}, { enabled: true }],
    change: {
      toggled: 'enabled',
      details: [{ what: 'enabled', before: 'false', after: 'true' }]
    }
  },
  {
    name: 'a basic flag turned off',
    before: [{}, { enabled: true }],
    after: [{}, { enabled: false }],
    change: {
      toggled: 'disabled',
      details: [{ what: 'enabled', before: 'true', after: 'false' }]
    }
  },
  {
    name: 'enabled set where it was not set: no toggle claimed',
    before: [{}, {}],
    after: [{}, { enabled: true }],
    change: { details: [{ what: 'enabled', after: 'true' }] }
  },
  // Attribute values
  {
    name: 'attribute values changed, added and removed',
    before: [{}, { enabled: true, pct: 10, tier: 'gold', old: false }],
    after: [{}, { enabled: true, pct: 15, tier: 'silver', regions: ['eu'] }],
    change: {
      details: [
        { what: 'attribute old', before: 'false' },
        { what: 'attribute pct', before: '10', after: '15' },
        { what: 'attribute regions', after: '["eu"]' },
        { what: 'attribute tier', before: '"gold"', after: '"silver"' }
      ]
    }
  },
  {
    name: 'an array attribute value reordered',
    before: [{}, { enabled: true, regions: ['eu', 'us'] }],
    after: [{}, { enabled: true, regions: ['us', 'eu'] }],
    change: {
      details: [
        {
          what: 'attribute regions',
          before: '["eu","us"]',
          after: '["us","eu"]'
        }
      ]
    }
  },
  {
    name: 'toggled with an attribute change: state first',
    before: [{}, { enabled: false, pct: 1 }],
    after: [{}, { pct: 2, enabled: true }],
    change: {
      toggled: 'enabled',
      details: [
        { what: 'enabled', before: 'false', after: 'true' },
        { what: 'attribute pct', before: '1', after: '2' }
      ]
    }
  },
  {
    // Issue 25: cut at the start, both sides read `"xxx…` although they differ at the end.
    name: 'long values cut around their first difference, with its offset',
    before: [{}, { enabled: true, note: LONG }],
    after: [{}, { enabled: true, note: `${LONG}y` }],
    change: {
      details: [
        {
          what: 'attribute note',
          before: `${'x'.repeat(40)}"`,
          after: `${'x'.repeat(40)}y"`,
          offset: 261
        }
      ]
    }
  },
  {
    name: 'a long value with one side only is capped at 200 characters',
    before: [{}, { enabled: true }],
    after: [{}, { enabled: true, note: LONG }],
    change: {
      details: [{ what: 'attribute note', after: `"${'x'.repeat(198)}…` }]
    }
  },
  {
    name: 'attributes named like Object.prototype members',
    before: [{}, { enabled: true, constructor: 1 }],
    after: [{}, { enabled: true, toString: 'a' }],
    change: {
      details: [
        { what: 'attribute constructor', before: '1' },
        { what: 'attribute toString', after: '"a"' }
      ]
    }
  },
  // Variants
  {
    name: 'a variant appended',
    before: [{}, { _variants: [{ name: 'Default', enabled: false }] }],
    after: [
      {},
      {
        _variants: [
          { name: 'Default', enabled: false },
          { name: 'Beta', enabled: true, rule: '(eq $tier "beta")' }
        ]
      }
    ],
    change: {
      details: [
        {
          what: 'variant "Beta"',
          after: '{"enabled":true,"name":"Beta","rule":"(eq $tier \\"beta\\")"}'
        }
      ]
    }
  },
  {
    name: 'a variant inserted first: an addition, shared variants kept their order',
    before: [{}, { _variants: [{ name: 'Default', enabled: false }] }],
    after: [
      {},
      {
        _variants: [
          { name: 'QA', enabled: true, rule: '(eq $qa true)' },
          { name: 'Default', enabled: false }
        ]
      }
    ],
    change: {
      details: [
        {
          what: 'variant "QA"',
          after: '{"enabled":true,"name":"QA","rule":"(eq $qa true)"}'
        }
      ]
    }
  },
  {
    name: 'a variant removed',
    before: [
      {},
      {
        _variants: [
          { name: 'QA', enabled: true, rule: '(eq $qa true)' },
          { name: 'Default', enabled: false }
        ]
      }
    ],
    after: [{}, { _variants: [{ name: 'Default', enabled: false }] }],
    change: {
      details: [
        {
          what: 'variant "QA"',
          before: '{"enabled":true,"name":"QA","rule":"(eq $qa true)"}'
        }
      ]
    }
  },
  {
    name: 'a variant changed: one detail per field',
    before: [
      {},
      {
        _variants: [
          {
            name: 'QA',
            enabled: true,
            rule: '(eq $qa true)',
            attributeValues: { dark: true, size: 1 }
          },
          { name: 'Default', enabled: false }
        ]
      }
    ],
    after: [
      {},
      {
        _variants: [
          {
            name: 'QA',
            enabled: false,
            rule: '(eq $qa false)',
            attributeValues: { dark: false, font: 'mono' }
          },
          { name: 'Default', enabled: false }
        ]
      }
    ],
    change: {
      details: [
        { what: 'variant "QA" enabled', before: 'true', after: 'false' },
        {
          what: 'variant "QA" rule',
          before: '"(eq $qa true)"',
          after: '"(eq $qa false)"'
        },
        {
          what: 'variant "QA" attribute dark',
          before: 'true',
          after: 'false'
        },
        { what: 'variant "QA" attribute font', after: '"mono"' },
        { what: 'variant "QA" attribute size', before: '1' }
      ]
    }
  },
  {
    name: 'variants reordered only',
    before: [
      {},
      {
        _variants: [
          { name: 'A', enabled: true, rule: '(eq $a 1)' },
          { name: 'B', enabled: true, rule: '(eq $b 1)' },
          { name: 'Default', enabled: false }
        ]
      }
    ],
    after: [
      {},
      {
        _variants: [
          { name: 'B', enabled: true, rule: '(eq $b 1)' },
          { name: 'A', enabled: true, rule: '(eq $a 1)' },
          { name: 'Default', enabled: false }
        ]
      }
    ],
    change: {
      details: [
        {
          what: 'variant order',
          before: '["A","B","Default"]',
          after: '["B","A","Default"]'
        }
      ]
    }
  },
  {
    name: 'a variant renamed: removed and added',
    before: [{}, { _variants: [{ name: 'Old', enabled: true }] }],
    after: [{}, { _variants: [{ name: 'New', enabled: true }] }],
    change: {
      details: [
        { what: 'variant "New"', after: '{"enabled":true,"name":"New"}' },
        { what: 'variant "Old"', before: '{"enabled":true,"name":"Old"}' }
      ]
    }
  },
  {
    name: 'a variant enabled inside a multi-variant flag: no toggle claimed',
    before: [{}, { _variants: [{ name: 'Default', enabled: false }] }],
    after: [{}, { _variants: [{ name: 'Default', enabled: true }] }],
    change: {
      details: [
        { what: 'variant "Default" enabled', before: 'false', after: 'true' }
      ]
    }
  },
  {
    name: 'a basic flag made multi-variant',
    before: [{}, { enabled: true }],
    after: [{}, { _variants: [{ name: 'Default', enabled: true }] }],
    change: {
      details: [
        { what: 'enabled', before: 'true' },
        {
          what: 'variant "Default"',
          after: '{"enabled":true,"name":"Default"}'
        }
      ]
    }
  },
  {
    name: 'an empty variant list dropped',
    before: [{}, { enabled: true, _variants: [] }],
    after: [{}, { enabled: true }],
    change: { details: [{ what: 'variants', before: '[]' }] }
  },
  {
    name: 'unnamed and repeated variant names get their position',
    before: [
      {},
      {
        _variants: [
          { name: 'A', enabled: true },
          { name: 'A', enabled: true },
          { enabled: true },
          'junk'
        ]
      }
    ],
    after: [
      {},
      {
        _variants: [
          { name: 'A', enabled: true },
          { name: 'A', enabled: false },
          { enabled: false },
          'junk'
        ]
      }
    ],
    change: {
      details: [
        { what: 'variant "A" #2 enabled', before: 'true', after: 'false' },
        { what: 'variant #3 enabled', before: 'true', after: 'false' }
      ]
    }
  },
  {
    name: 'a variant field the schema does not know is still shown',
    before: [{}, { _variants: [{ name: 'A', enabled: true, weight: 1 }] }],
    after: [{}, { _variants: [{ name: 'A', enabled: true, weight: 2 }] }],
    change: {
      details: [{ what: 'variant "A" weight', before: '1', after: '2' }]
    }
  },
  {
    name: 'a variant whose attributeValues stopped being an object',
    before: [{}, { _variants: [{ name: 'A', attributeValues: 'junk' }] }],
    after: [{}, { _variants: [{ name: 'A', attributeValues: {} }] }],
    change: {
      details: [
        {
          what: 'variant "A"',
          before: '{"attributeValues":"junk","name":"A"}',
          after: '{"attributeValues":{},"name":"A"}'
        }
      ]
    }
  },
  // Definitions
  {
    name: 'name, description and attribute constraints changed',
    before: [
      {
        name: 'Checkout',
        description: 'Old text',
        attributes: {
          pct: { constraints: { type: 'number', minimum: 0, maximum: 50 } },
          gone: { constraints: { type: 'boolean' } }
        }
      },
      { enabled: true }
    ],
    after: [
      {
        name: 'New checkout',
        attributes: {
          pct: { constraints: { maximum: 60, type: 'number', minimum: 0 } },
          tier: {
            description: 'Plan',
            constraints: { type: 'string', enum: ['gold'] }
          }
        }
      },
      { enabled: true }
    ],
    change: {
      details: [
        { what: 'name', before: '"Checkout"', after: '"New checkout"' },
        { what: 'description', before: '"Old text"' },
        {
          what: 'attribute gone definition',
          before: '{"constraints":{"type":"boolean"}}'
        },
        {
          what: 'attribute pct definition',
          before: '{"constraints":{"maximum":50,"minimum":0,"type":"number"}}',
          after: '{"constraints":{"maximum":60,"minimum":0,"type":"number"}}'
        },
        {
          what: 'attribute tier definition',
          after:
            '{"constraints":{"enum":["gold"],"type":"string"},"description":"Plan"}'
        }
      ]
    }
  },
  {
    name: 'deprecation announced',
    before: [{ name: 'Legacy' }, { enabled: true }],
    after: [
      {
        name: 'Legacy',
        _deprecation: { status: 'planned', date: '2026-12-31' }
      },
      { enabled: true }
    ],
    change: {
      details: [
        {
          what: '_deprecation',
          after: '{"date":"2026-12-31","status":"planned"}'
        }
      ]
    }
  },
  {
    name: 'deprecation date moved',
    before: [{ _deprecation: { status: 'planned', date: '2026-12-31' } }, {}],
    after: [{ _deprecation: { date: '2027-03-31', status: 'planned' } }, {}],
    change: {
      details: [
        {
          what: '_deprecation',
          before: '{"date":"2026-12-31","status":"planned"}',
          after: '{"date":"2027-03-31","status":"planned"}'
        }
      ]
    }
  },
  {
    name: 'a definition key the schema does not know',
    before: [{ owner: 'team-a' }, {}],
    after: [{ owner: 'team-b' }, {}],
    change: {
      details: [
        { what: 'definition owner', before: '"team-a"', after: '"team-b"' }
      ]
    }
  },
  {
    name: 'attributes that were not an object',
    before: [{ attributes: 'junk' }, {}],
    after: [{ attributes: {} }, {}],
    change: {
      details: [
        {
          what: 'definition',
          before: '{"attributes":"junk"}',
          after: '{"attributes":{}}'
        }
      ]
    }
  },
  {
    name: 'value details come before definition details',
    before: [{ name: 'A' }, { enabled: false }],
    after: [{ name: 'B' }, { enabled: true }],
    change: {
      toggled: 'enabled',
      details: [
        { what: 'enabled', before: 'false', after: 'true' },
        { what: 'name', before: '"A"', after: '"B"' }
      ]
    }
  }
]

describe('diffBundles: a changed flag', () => {
  it.each(flagCases)('$name', ({ before, after, change }) => {
    const deployed = deepFreeze(bundleOf({ steady, flag: before }))
    const bundle = deepFreeze(bundleOf({ flag: after, steady }))
    const expected: BundleDiff = {
      changes: [{ key: 'flag', kind: 'changed', ...change }],
      unchangedCount: 1,
      changed: true
    }
    expect(diffBundles(deployed, bundle)).toStrictEqual(expected)
  })
})

describe('diffBundles: added and removed flags', () => {
  const multiVariant: Flag = [
    {
      name: 'UI Refresh',
      _deprecation: { status: 'planned', date: '2026-12-31' },
      attributes: { dark: { constraints: { type: 'boolean' } } }
    },
    {
      _variants: [
        {
          name: 'QA',
          enabled: true,
          rule: '(eq $qa true)',
          attributeValues: { dark: true }
        },
        { name: 'Default', enabled: false }
      ]
    }
  ]
  const multiVariantDetails = (side: 'before' | 'after') => [
    {
      what: 'variant "QA"',
      [side]:
        '{"attributeValues":{"dark":true},"enabled":true,"name":"QA","rule":"(eq $qa true)"}'
    },
    { what: 'variant "Default"', [side]: '{"enabled":false,"name":"Default"}' },
    { what: 'name', [side]: '"UI Refresh"' },
    {
      what: '_deprecation',
      [side]: '{"date":"2026-12-31","status":"planned"}'
    },
    {
      what: 'attribute dark definition',
      [side]: '{"constraints":{"type":"boolean"}}'
    }
  ]

  it.each<{ name: string; deployed: Bundle; bundle: Bundle; diff: BundleDiff }>(
    [
      {
        name: 'a basic flag added: its state, attributes and definition',
        deployed: bundleOf({ steady }),
        bundle: bundleOf({
          steady,
          checkout: [
            {
              name: 'Checkout',
              attributes: { pct: { constraints: { type: 'number' } } }
            },
            { enabled: true, pct: 10 }
          ]
        }),
        diff: {
          changes: [
            {
              key: 'checkout',
              kind: 'added',
              details: [
                { what: 'enabled', after: 'true' },
                { what: 'attribute pct', after: '10' },
                { what: 'name', after: '"Checkout"' },
                {
                  what: 'attribute pct definition',
                  after: '{"constraints":{"type":"number"}}'
                }
              ]
            }
          ],
          unchangedCount: 1,
          changed: true
        }
      },
      {
        name: 'a multi-variant flag added',
        deployed: bundleOf({ steady }),
        bundle: bundleOf({ steady, ui: multiVariant }),
        diff: {
          changes: [
            { key: 'ui', kind: 'added', details: multiVariantDetails('after') }
          ],
          unchangedCount: 1,
          changed: true
        }
      },
      {
        name: 'a deprecated multi-variant flag removed',
        deployed: bundleOf({ steady, ui: multiVariant }),
        bundle: bundleOf({ steady }),
        diff: {
          changes: [
            {
              key: 'ui',
              kind: 'removed',
              details: multiVariantDetails('before')
            }
          ],
          unchangedCount: 1,
          changed: true
        }
      },
      {
        name: 'a flag with a definition only, or a value only',
        deployed: bundleOf({
          steady,
          valueOnly: [undefined, { enabled: false }]
        }),
        bundle: bundleOf({ steady, definitionOnly: [{ name: 'D' }] }),
        diff: {
          changes: [
            {
              key: 'definitionOnly',
              kind: 'added',
              details: [{ what: 'name', after: '"D"' }]
            },
            {
              key: 'valueOnly',
              kind: 'removed',
              details: [{ what: 'enabled', before: 'false' }]
            }
          ],
          unchangedCount: 1,
          changed: true
        }
      },
      {
        name: 'changes sorted by key in code-unit order, whatever the input order',
        deployed: bundleOf({ steady, 'a-b': [{}, { enabled: true }] }),
        bundle: bundleOf({
          a_b: [{}, { enabled: true }],
          steady,
          aB: [{}, { enabled: true }],
          'a-b': [{}, { enabled: false }]
        }),
        diff: {
          changes: [
            {
              key: 'a-b',
              kind: 'changed',
              toggled: 'disabled',
              details: [{ what: 'enabled', before: 'true', after: 'false' }]
            },
            {
              key: 'aB',
              kind: 'added',
              details: [{ what: 'enabled', after: 'true' }]
            },
            {
              key: 'a_b',
              kind: 'added',
              details: [{ what: 'enabled', after: 'true' }]
            }
          ],
          unchangedCount: 1,
          changed: true
        }
      },
      {
        name: 'a flag key that is an Object.prototype member',
        deployed: bundleOf({ steady }),
        bundle: bundleOf({
          steady,
          // Cast: TypeScript does not type a `constructor` property from the index signature.
          constructor: [undefined, { enabled: true }] as Flag
        }),
        diff: {
          changes: [
            {
              key: 'constructor',
              kind: 'added',
              details: [{ what: 'enabled', after: 'true' }]
            }
          ],
          unchangedCount: 1,
          changed: true
        }
      }
    ]
  )('$name', ({ deployed, bundle, diff }) => {
    expect(diffBundles(deepFreeze(deployed), deepFreeze(bundle))).toStrictEqual(
      diff
    )
  })
})

describe('diffBundles: first deployment', () => {
  it('reports every flag as added when nothing is deployed', () => {
    expect(diffBundles(undefined, deepFreeze(example()))).toStrictEqual({
      changes: [
        {
          key: 'new_checkout',
          kind: 'added',
          details: [
            { what: 'enabled', after: 'true' },
            { what: 'attribute discount_pct', after: '10' },
            { what: 'attribute tier', after: '"gold"' },
            { what: 'name', after: '"New checkout"' },
            { what: 'description', after: '"Release flag"' },
            {
              what: 'attribute discount_pct definition',
              after:
                '{"constraints":{"maximum":50,"required":true,"type":"number"}}'
            },
            {
              what: 'attribute tier definition',
              after:
                '{"constraints":{"enum":["gold","silver"],"type":"string"}}'
            }
          ]
        },
        {
          key: 'ui_refresh',
          kind: 'added',
          details: [
            {
              what: 'variant "QA"',
              after:
                '{"attributeValues":{"dark_mode":true},"enabled":true,"name":"QA","rule":"(ends_with $email \\"qa-testers.mycompany.com\\")"}'
            },
            {
              what: 'variant "Default Variant"',
              after: '{"enabled":false,"name":"Default Variant"}'
            },
            { what: 'name', after: '"UI Refresh"' },
            {
              what: 'attribute dark_mode definition',
              after: '{"constraints":{"type":"boolean"}}'
            }
          ]
        }
      ],
      unchangedCount: 0,
      changed: true
    })
  })

  it('counts an empty bundle as a change when nothing is deployed', () => {
    expect(diffBundles(undefined, { version: '1' })).toStrictEqual({
      changes: [],
      unchangedCount: 0,
      changed: true
    })
  })
})

describe('diffBundles: the whole content decides `changed`', () => {
  it.each<{
    name: string
    deployed: unknown
    bundle: unknown
    changed: boolean
  }>([
    {
      name: 'a different version string, same flags',
      deployed: { ...example(), version: '0' },
      bundle: example(),
      changed: true
    },
    {
      name: 'a stray top-level key in the deployed content',
      deployed: { ...example(), extra: {} },
      bundle: example(),
      changed: true
    },
    {
      name: 'top-level properties in another order',
      deployed: {
        values: example().values,
        flags: example().flags,
        version: '1'
      },
      bundle: example(),
      changed: false
    }
  ])(
    '$name: changed $changed, no flag changes',
    ({ deployed, bundle, changed }) => {
      expect(diffBundles(deployed, bundle)).toStrictEqual({
        changes: [],
        unchangedCount: 2,
        changed
      })
    }
  )
})

describe('diffBundles: malformed deployed content', () => {
  const bundle = bundleOf({ a: [{}, { enabled: true }] })
  const allAdded: FlagChange[] = [
    { key: 'a', kind: 'added', details: [{ what: 'enabled', after: 'true' }] }
  ]

  it.each<{ name: string; deployed: unknown }>([
    { name: 'null', deployed: null },
    { name: 'a string', deployed: 'version: 1' },
    { name: 'a number', deployed: 42 },
    { name: 'an array', deployed: [{ flags: {} }] },
    { name: 'an empty object', deployed: {} },
    {
      name: 'flags and values that are not objects',
      deployed: { flags: 'x', values: [1] }
    },
    {
      name: 'flags and values that are null',
      deployed: { flags: null, values: null }
    }
  ])('$name: every flag is added', ({ deployed }) => {
    expect(diffBundles(deployed, bundle)).toStrictEqual({
      changes: allAdded,
      unchangedCount: 0,
      changed: true
    })
  })

  it.each<{ name: string; deployed: unknown; changes: FlagChange[] }>([
    {
      name: 'a definition and a value that are not objects count as empty',
      deployed: { version: '1', flags: { a: 'junk' }, values: { a: 5 } },
      changes: [
        {
          key: 'a',
          kind: 'changed',
          details: [{ what: 'enabled', after: 'true' }]
        }
      ]
    },
    {
      name: '_variants that are not an array',
      deployed: {
        version: '1',
        flags: { a: {} },
        values: { a: { enabled: true, _variants: 'x' } }
      },
      changes: [
        {
          key: 'a',
          kind: 'changed',
          details: [{ what: 'variants', before: '"x"' }]
        }
      ]
    },
    {
      name: 'enabled that is not a boolean: no toggle claimed',
      deployed: {
        version: '1',
        flags: { a: {} },
        values: { a: { enabled: 'false' } }
      },
      changes: [
        {
          key: 'a',
          kind: 'changed',
          details: [{ what: 'enabled', before: '"false"', after: 'true' }]
        }
      ]
    }
  ])('$name', ({ deployed, changes }) => {
    expect(diffBundles(deployed, bundle)).toStrictEqual({
      changes,
      unchangedCount: 0,
      changed: true
    })
  })
})

describe('diffBundles: a large bundle', () => {
  const FLAGS = 5000
  const keyOf = (i: number) => `flag_${String(i).padStart(4, '0')}`
  const flagOf = (i: number, enabled: boolean, n: number): Flag => [
    {
      name: `Flag ${i}`,
      attributes: { n: { constraints: { type: 'number' } } },
      _createdAt: '2026-01-01T00:00:00Z'
    },
    { enabled, n, _updatedAt: '2026-01-02T00:00:00Z' }
  ]

  // Deployed: 5,000 flags, all off. Bundle: 5,000 flags with 3,000 changes: flags 0-999 turned
  // on, 1000-1999 with a new attribute value, 2000-2499 removed, 500 new flags; the rest as is.
  const deployedFlags: Record<string, Flag> = {}
  const bundleFlags: Record<string, Flag> = {}
  for (let i = 0; i < FLAGS; i++) {
    deployedFlags[keyOf(i)] = flagOf(i, false, i)
    if (i < 1000) bundleFlags[keyOf(i)] = flagOf(i, true, i)
    else if (i < 2000) bundleFlags[keyOf(i)] = flagOf(i, false, i + 1)
    else if (i >= 2500) bundleFlags[keyOf(i)] = flagOf(i, false, i)
  }
  for (let i = 0; i < 500; i++) {
    bundleFlags[`new_${String(i).padStart(3, '0')}`] = [{}, { enabled: true }]
  }
  const deployed = bundleOf(deployedFlags)
  const bundle = bundleOf(bundleFlags)

  it('builds the intended fixture', () => {
    expect(Object.keys(deployed.flags)).toHaveLength(FLAGS)
    expect(Object.keys(bundle.flags)).toHaveLength(FLAGS)
  })

  it('finds the 3,000 changes, sorted, with exact details', () => {
    const diff = diffBundles(deployed, bundle)
    const kinds: Record<string, number> = {}
    for (const c of diff.changes) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1

    expect(diff.changed).toBe(true)
    expect(diff.unchangedCount).toBe(2500)
    expect(diff.changes).toHaveLength(3000)
    expect(kinds).toEqual({ changed: 2000, removed: 500, added: 500 })
    expect(diff.changes.map((c) => c.key)).toEqual(
      [
        ...Array.from({ length: 2500 }, (_, i) => keyOf(i)),
        ...Array.from(
          { length: 500 },
          (_, i) => `new_${String(i).padStart(3, '0')}`
        )
      ].sort()
    )
    expect(diff.changes.find((c) => c.key === 'flag_0000')).toStrictEqual({
      key: 'flag_0000',
      kind: 'changed',
      toggled: 'enabled',
      details: [{ what: 'enabled', before: 'false', after: 'true' }]
    })
    expect(diff.changes.find((c) => c.key === 'flag_1999')).toStrictEqual({
      key: 'flag_1999',
      kind: 'changed',
      details: [{ what: 'attribute n', before: '1999', after: '2000' }]
    })
    expect(diff.changes.find((c) => c.key === 'flag_2499')).toStrictEqual({
      key: 'flag_2499',
      kind: 'removed',
      details: [
        { what: 'enabled', before: 'false' },
        { what: 'attribute n', before: '2499' },
        { what: 'name', before: '"Flag 2499"' },
        {
          what: 'attribute n definition',
          before: '{"constraints":{"type":"number"}}'
        }
      ]
    })
    expect(diff.changes.find((c) => c.key === 'new_499')).toStrictEqual({
      key: 'new_499',
      kind: 'added',
      details: [{ what: 'enabled', after: 'true' }]
    })
  })

  it('gives the same answer twice (no hidden state)', () => {
    expect(diffBundles(deployed, bundle)).toStrictEqual(
      diffBundles(deployed, bundle)
    )
  })
})
