import { describe, expect, it } from '@jest/globals'
import { checkFeatureFlags } from '../../emulator/feature-flags/check-feature-flags.js'

// The emulator's own FeatureFlags check (from the published schema and AppConfig's documented
// rules, reference/appconfig-spec.md §1), independent of the action's validator.

/** The spec's §1.3 example: valid. */
const VALID = {
  version: '1',
  flags: {
    new_checkout: {
      name: 'New checkout',
      _deprecation: { status: 'planned', date: '2026-12-31' },
      attributes: {
        discount_pct: {
          constraints: {
            type: 'number',
            required: true,
            minimum: 0,
            maximum: 50
          }
        },
        tier: { constraints: { type: 'string', enum: ['gold', 'silver'] } },
        regions: {
          constraints: {
            type: 'array',
            elements: { type: 'string', pattern: '^[a-z]{2}-[a-z]+-\\d$' }
          }
        }
      }
    },
    ui_refresh: {
      name: 'UI Refresh',
      attributes: { dark_mode_support: { constraints: { type: 'boolean' } } }
    }
  },
  values: {
    new_checkout: {
      enabled: true,
      discount_pct: 10,
      tier: 'gold',
      regions: ['us-east-1']
    },
    ui_refresh: {
      _variants: [
        {
          name: 'QA',
          enabled: true,
          rule: '(ends_with $email "qa-testers.mycompany.com")',
          attributeValues: { dark_mode_support: true }
        },
        { name: 'Default Variant', enabled: false }
      ]
    }
  }
}

type Doc = typeof VALID & Record<string, unknown>
const spoilt = (spoil: (d: Doc) => void): Doc => {
  const d = structuredClone(VALID) as Doc
  spoil(d)
  return d
}

describe('checkFeatureFlags', () => {
  it('accepts the spec’s example', () => {
    expect(checkFeatureFlags(VALID)).toEqual([])
  })

  it.each<[string, Doc, string, string]>([
    [
      'a $schema member (the editor aid AppConfig refuses)',
      spoilt((d) => (d.$schema = 'x')),
      '$.$schema',
      'additionalProperties'
    ],
    [
      'version 1 as a number',
      spoilt((d) => ((d as Record<string, unknown>).version = 1)),
      '$.version',
      'type'
    ],
    [
      'a value without a flag',
      spoilt(
        (d) => ((d.values as Record<string, unknown>).ghost = { enabled: true })
      ),
      'values.ghost',
      'flag'
    ],
    [
      'an attribute the flag does not define',
      spoilt(
        (d) =>
          ((d.values.new_checkout as Record<string, unknown>).colour = 'red')
      ),
      'values.new_checkout.colour',
      'attribute'
    ],
    [
      'a number over its maximum',
      spoilt((d) => (d.values.new_checkout.discount_pct = 51)),
      'values.new_checkout.discount_pct',
      'maximum'
    ],
    [
      'a string outside its enum',
      spoilt((d) => (d.values.new_checkout.tier = 'bronze')),
      'values.new_checkout.tier',
      'enum'
    ],
    [
      'an array element off its pattern',
      spoilt((d) => (d.values.new_checkout.regions = ['mars'])),
      'values.new_checkout.regions[0]',
      'pattern'
    ],
    [
      'a required attribute missing',
      spoilt(
        (d) =>
          delete (d.values.new_checkout as Record<string, unknown>).discount_pct
      ),
      'values.new_checkout.discount_pct',
      'required'
    ],
    [
      'the default variant not last',
      spoilt((d) => d.values.ui_refresh._variants.reverse()),
      'values.ui_refresh._variants[0]',
      'defaultVariant'
    ],
    [
      'a variant value of the wrong type',
      spoilt(
        (d) =>
          ((
            d.values.ui_refresh._variants[0]!.attributeValues as Record<
              string,
              unknown
            >
          ).dark_mode_support = 'yes')
      ),
      'values.ui_refresh._variants[0].attributeValues.dark_mode_support',
      'type'
    ],
    [
      'the reserved attribute name enabled',
      spoilt(
        (d) =>
          ((d.flags.ui_refresh.attributes as Record<string, unknown>).enabled =
            { constraints: { type: 'boolean' } })
      ),
      'flags.ui_refresh.attributes.enabled',
      'reserved'
    ]
  ])('refuses %s', (_what, document, location, constraint) => {
    expect(
      checkFeatureFlags(document).map((p) => [p.location, p.constraint])
    ).toContainEqual([location, constraint])
  })
})
