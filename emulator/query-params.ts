/** Members that CloudWatch's Query protocol sends as text but the model types as numbers or booleans. */
const NUMBERS = new Set([
  'Period',
  'EvaluationPeriods',
  'DatapointsToAlarm',
  'Threshold',
  'MaxRecords',
  'ActionsSuppressorWaitPeriod',
  'ActionsSuppressorExtensionPeriod'
])
const BOOLEANS = new Set(['ActionsEnabled', 'ReturnData'])

/**
 * Decodes an AWS Query request (`AlarmNames.member.1=a&Dimensions.member.1.Name=x`) into the
 * operation's input object (`{ AlarmNames: ['a'], Dimensions: [{ Name: 'x' }] }`). `Action` and
 * `Version` are protocol fields, not input, and are left out.
 */
export function decodeQueryParams(
  params: URLSearchParams
): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [key, value] of params) {
    if (key === 'Action' || key === 'Version') continue
    const segments = key.split('.')
    let node = root
    segments.forEach((segment, i) => {
      if (i === segments.length - 1) {
        node[segment] = value
        return
      }
      const next = node[segment]
      if (next === undefined || typeof next !== 'object' || next === null)
        node[segment] = {}
      node = node[segment] as Record<string, unknown>
    })
  }
  return normalize(root) as Record<string, unknown>
}

function normalize(node: unknown, key = ''): unknown {
  if (typeof node === 'string') {
    if (NUMBERS.has(key) && node.trim() !== '' && !Number.isNaN(Number(node)))
      return Number(node)
    if (BOOLEANS.has(key) && (node === 'true' || node === 'false'))
      return node === 'true'
    return node
  }
  if (node === null || typeof node !== 'object') return node
  const record = node as Record<string, unknown>
  const keys = Object.keys(record)
  // `X.member.N` is a list; an empty `X=` means an empty list.
  if (keys.length === 1 && keys[0] === 'member') {
    const members = record.member as Record<string, unknown>
    return Object.keys(members)
      .filter((k) => /^\d+$/.test(k))
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => normalize(members[k], key))
  }
  return Object.fromEntries(keys.map((k) => [k, normalize(record[k], k)]))
}
