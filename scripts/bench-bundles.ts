/** Synthetic but realistic flag bundles of a given size, for the benchmarks. */
import { stringify } from 'yaml'

function flag(i: number): { definition: unknown; value: unknown } {
  const multiVariant = i % 10 === 0
  const definition = {
    name: `Feature ${i}`,
    description: `Synthetic flag ${i} for the validation benchmark.`,
    attributes: {
      currency: {
        constraints: {
          type: 'string',
          required: true,
          enum: ['EUR', 'USD', 'GBP', 'BTC']
        }
      },
      percentage: { constraints: { type: 'number', minimum: 0, maximum: 100 } },
      'end-date': {
        constraints: { type: 'string', pattern: '^\\d{4}/\\d{2}/\\d{2}$' }
      },
      regions: {
        constraints: {
          type: 'array',
          elements: { type: 'string', pattern: '^[a-z]{2}-[a-z]+-\\d$' }
        }
      }
    }
  }
  const attributes = (): Record<string, unknown> => ({
    currency: 'EUR',
    percentage: i % 100,
    'end-date': '2027/01/31',
    regions: ['eu-west-1', 'us-east-1']
  })
  const value = multiVariant
    ? {
        _variants: [
          {
            name: 'QA',
            enabled: true,
            rule: '(ends_with $email "@qa.example.com")',
            attributeValues: attributes()
          },
          {
            name: 'Canary',
            enabled: true,
            rule: `(and (eq $country "DE") (split pct::10 by::$userId seed::"f${i}"))`,
            attributeValues: attributes()
          },
          {
            name: 'Default',
            enabled: false,
            attributeValues: { currency: 'USD' }
          }
        ]
      }
    : { enabled: i % 3 !== 0, ...attributes() }
  return { definition, value }
}

/** A bundle whose JSON (pretty-printed) or YAML text is just under `bytes`. */
export function makeBundle(
  bytes: number,
  format: 'json' | 'yaml'
): { text: string; flags: number } {
  const render = (n: number): string => {
    const flags: Record<string, unknown> = {}
    const values: Record<string, unknown> = {}
    for (let i = 0; i < n; i++) {
      const { definition, value } = flag(i)
      flags[`feature-${String(i).padStart(5, '0')}`] = definition
      values[`feature-${String(i).padStart(5, '0')}`] = value
    }
    const bundle = { version: '1', flags, values }
    return format === 'json'
      ? JSON.stringify(bundle, null, 2)
      : stringify(bundle)
  }
  // Grow geometrically, then settle on the largest count that fits.
  let low = 1
  let high = 2
  while (Buffer.byteLength(render(high)) < bytes) high *= 2
  while (high - low > 1) {
    const mid = (low + high) >> 1
    if (Buffer.byteLength(render(mid)) < bytes) low = mid
    else high = mid
  }
  return { text: render(low), flags: low }
}
