/**
 * Table-driven tests of the pre-rollout guards: each outcome with its exact message, since the
 * message is what a person reads to decide what to do.
 */
import { describe, expect, it } from '@jest/globals'
import {
  checkAlarms,
  checkFlagRemoval,
  checkMonitors
} from '../../src/plan/check-guards.js'
import { diffBundles } from '../../src/plan/diff-bundles.js'
import type {
  AlarmReport,
  FlagChange,
  GuardResult
} from '../../src/report/report.js'

const removed = (key: string): FlagChange => ({
  key,
  kind: 'removed',
  details: []
})
const added = (key: string): FlagChange => ({ key, kind: 'added', details: [] })
const changed = (key: string): FlagChange => ({
  key,
  kind: 'changed',
  details: []
})

const DEPRECATION = { status: 'planned', date: '2026-12-31' }

/** A deployed bundle; keys listed in `deprecated` carry `_deprecation`. */
function deployedWith(keys: readonly string[], deprecated: readonly string[]) {
  return {
    version: '1',
    flags: Object.fromEntries(
      keys.map((k) => [
        k,
        deprecated.includes(k) ? { _deprecation: DEPRECATION } : {}
      ])
    ),
    values: Object.fromEntries(keys.map((k) => [k, { enabled: true }]))
  }
}

const FIX =
  'Mark them `_deprecation` in a release first, or set allow-flag-removal: true.'

describe('checkFlagRemoval', () => {
  const many = Array.from({ length: 25 }, (_, i) => `f${i + 1}`)

  it.each<{
    name: string
    deployed: unknown
    changes: FlagChange[]
    allow: boolean
    result: GuardResult
  }>([
    {
      name: 'no flags removed',
      deployed: deployedWith(['a'], []),
      changes: [added('b'), changed('a')],
      allow: false,
      result: {
        guard: 'flag-removal',
        outcome: 'pass',
        message: 'The bundle removes no flags.'
      }
    },
    {
      name: 'nothing deployed, nothing removed',
      deployed: undefined,
      changes: [],
      allow: false,
      result: {
        guard: 'flag-removal',
        outcome: 'pass',
        message: 'The bundle removes no flags.'
      }
    },
    {
      name: 'removed flags not announced: refused, naming them and the fix',
      deployed: deployedWith(['a', 'b', 'c'], []),
      changes: [removed('a'), changed('b'), removed('c')],
      allow: false,
      result: {
        guard: 'flag-removal',
        outcome: 'refuse',
        message: `Refusing to remove 2 flags not marked \`_deprecation\` in the deployed version: a, c. ${FIX}`
      }
    },
    {
      name: 'one announced, one not: refused, naming only the one not announced',
      deployed: deployedWith(['a', 'b'], ['a']),
      changes: [removed('a'), removed('b')],
      allow: false,
      result: {
        guard: 'flag-removal',
        outcome: 'refuse',
        message: `Refusing to remove 1 flag not marked \`_deprecation\` in the deployed version: b. ${FIX}`
      }
    },
    {
      name: 'every removed flag announced in the deployed version: pass',
      deployed: deployedWith(['a', 'b', 'c'], ['a', 'c']),
      changes: [removed('a'), removed('c')],
      allow: false,
      result: {
        guard: 'flag-removal',
        outcome: 'pass',
        message:
          'Removes 2 flags announced with `_deprecation` in the deployed version: a, c.'
      }
    },
    {
      name: 'announced, and also allowed: still a pass, not a warning',
      deployed: deployedWith(['a'], ['a']),
      changes: [removed('a')],
      allow: true,
      result: {
        guard: 'flag-removal',
        outcome: 'pass',
        message:
          'Removes 1 flag announced with `_deprecation` in the deployed version: a.'
      }
    },
    {
      name: 'not announced but allowed: a warning naming every removed flag',
      deployed: deployedWith(['a', 'b'], ['a']),
      changes: [removed('a'), removed('b')],
      allow: true,
      result: {
        guard: 'flag-removal',
        outcome: 'warn',
        message: 'Removes 2 flags (allowed by allow-flag-removal: true): a, b.'
      }
    },
    {
      name: '_deprecation that is not an object does not count',
      deployed: {
        version: '1',
        flags: { a: { _deprecation: 'planned' } },
        values: {}
      },
      changes: [removed('a')],
      allow: false,
      result: {
        guard: 'flag-removal',
        outcome: 'refuse',
        message: `Refusing to remove 1 flag not marked \`_deprecation\` in the deployed version: a. ${FIX}`
      }
    },
    {
      name: 'malformed deployed content: nothing counts as announced',
      deployed: { flags: 'junk' },
      changes: [removed('a')],
      allow: false,
      result: {
        guard: 'flag-removal',
        outcome: 'refuse',
        message: `Refusing to remove 1 flag not marked \`_deprecation\` in the deployed version: a. ${FIX}`
      }
    },
    {
      name: 'a removed key named like an Object.prototype member',
      deployed: { version: '1', values: { toString: { enabled: true } } },
      changes: [removed('toString')],
      allow: false,
      result: {
        guard: 'flag-removal',
        outcome: 'refuse',
        message: `Refusing to remove 1 flag not marked \`_deprecation\` in the deployed version: toString. ${FIX}`
      }
    },
    {
      name: 'many removed flags: the first ten named, the rest counted',
      deployed: deployedWith(many, []),
      changes: many.map(removed),
      allow: false,
      result: {
        guard: 'flag-removal',
        outcome: 'refuse',
        message: `Refusing to remove 25 flags not marked \`_deprecation\` in the deployed version: f1, f2, f3, f4, f5, f6, f7, f8, f9, f10 and 15 more. ${FIX}`
      }
    }
  ])('$name', ({ deployed, changes, allow, result }) => {
    const { detail, ...verdict } = checkFlagRemoval(deployed, changes, allow)
    expect(verdict).toStrictEqual(result)
    // A refusal names its flags in a detail (renderers never parse the message).
    expect(detail === undefined).toBe(result.outcome !== 'refuse')
    for (const flag of detail?.flags ?? [])
      expect(verdict.message).toContain(flag)
  })

  it('works on what diffBundles reports, metadata included', () => {
    const deployed = {
      version: '1',
      flags: {
        legacy: { _deprecation: DEPRECATION, _createdAt: '2026-01-01' },
        beta: { _createdAt: '2026-01-01' },
        kept: {}
      },
      values: { legacy: { enabled: false }, beta: { enabled: true }, kept: {} }
    }
    const bundle = { version: '1', flags: { kept: {} }, values: { kept: {} } }
    const { changes } = diffBundles(deployed, bundle)
    expect(checkFlagRemoval(deployed, changes, false)).toStrictEqual({
      guard: 'flag-removal',
      outcome: 'refuse',
      message: `Refusing to remove 1 flag not marked \`_deprecation\` in the deployed version: beta. ${FIX}`,
      detail: { flags: ['beta'] }
    })
  })
})

describe('checkMonitors', () => {
  const NO_ROLLBACK =
    'AppConfig cannot roll back automatically: the environment has no CloudWatch alarm monitors.'
  const arn = (name: string) =>
    `arn:aws:cloudwatch:eu-west-1:123456789012:alarm:${name}`

  it.each<{
    name: string
    monitors: string[]
    requireAlarms: boolean
    result: GuardResult
  }>([
    {
      name: 'no monitors: a warning',
      monitors: [],
      requireAlarms: false,
      result: {
        guard: 'no-alarms',
        outcome: 'warn',
        message: `${NO_ROLLBACK} Add an alarm monitor to the environment; require-alarms: true refuses such rollouts.`
      }
    },
    {
      name: 'no monitors with require-alarms: refused',
      monitors: [],
      requireAlarms: true,
      result: {
        guard: 'no-alarms',
        outcome: 'refuse',
        message: `${NO_ROLLBACK} Add an alarm monitor to the environment, or set require-alarms: false.`
      }
    },
    {
      name: 'one monitor',
      monitors: [arn('high-5xx')],
      requireAlarms: false,
      result: {
        guard: 'no-alarms',
        outcome: 'pass',
        message:
          'The environment has 1 CloudWatch alarm monitor; AppConfig rolls back if one fires.'
      }
    },
    {
      name: 'five monitors with require-alarms',
      monitors: ['a', 'b', 'c', 'd', 'e'].map(arn),
      requireAlarms: true,
      result: {
        guard: 'no-alarms',
        outcome: 'pass',
        message:
          'The environment has 5 CloudWatch alarm monitors; AppConfig rolls back if one fires.'
      }
    }
  ])('$name', ({ monitors, requireAlarms, result }) => {
    expect(checkMonitors(monitors, requireAlarms)).toStrictEqual(result)
  })
})

describe('checkAlarms', () => {
  const alarm = (
    name: string,
    state: AlarmReport['state'],
    extra: Partial<AlarmReport> = {}
  ): AlarmReport => ({
    arn: `arn:aws:cloudwatch:eu-west-1:123456789012:alarm:${name || 'unnamed'}`,
    name,
    state,
    ...extra
  })
  const THRESHOLD =
    'Threshold Crossed: 1 datapoint [12.0 (21/11/26 10:00:00)] was greater than the threshold (5.0).'
  const CANNOT_READ =
    'could not be read (deleted, in another account or region, or no cloudwatch:DescribeAlarms permission)'
  const WAIT_ONE = 'Wait until it is OK, then run again.'

  it.each<{ name: string; alarms: AlarmReport[]; result: GuardResult }>([
    {
      name: 'no alarms',
      alarms: [],
      result: {
        guard: 'alarm-firing',
        outcome: 'pass',
        message: 'No monitored alarms to check.'
      }
    },
    {
      name: 'one alarm, OK',
      alarms: [alarm('high-5xx', 'OK', { actionsEnabled: true })],
      result: {
        guard: 'alarm-firing',
        outcome: 'pass',
        message: 'The monitored alarm high-5xx is OK.'
      }
    },
    {
      name: 'three alarms, OK, one with actions disabled: a warning, as it protects nothing',
      alarms: [
        alarm('a', 'OK'),
        alarm('b', 'OK', { actionsEnabled: false }),
        alarm('c', 'OK')
      ],
      result: {
        guard: 'alarm-firing',
        outcome: 'warn',
        message:
          'b (OK) has actions disabled, so AppConfig ignores it: it cannot roll this deployment back.'
      }
    },
    {
      name: 'an alarm in ALARM: refused, with its reason',
      alarms: [
        alarm('high-5xx', 'ALARM', { reason: THRESHOLD, actionsEnabled: true }),
        alarm('latency', 'OK')
      ],
      result: {
        guard: 'alarm-firing',
        outcome: 'refuse',
        message: `1 monitored alarm is in ALARM or INSUFFICIENT_DATA, so AppConfig would roll back at once: high-5xx (ALARM: ${THRESHOLD}). ${WAIT_ONE}`
      }
    },
    {
      name: 'INSUFFICIENT_DATA, actionsEnabled not reported: refused',
      alarms: [alarm('latency', 'INSUFFICIENT_DATA')],
      result: {
        guard: 'alarm-firing',
        outcome: 'refuse',
        message: `1 monitored alarm is in ALARM or INSUFFICIENT_DATA, so AppConfig would roll back at once: latency (INSUFFICIENT_DATA). ${WAIT_ONE}`
      }
    },
    {
      name: 'two firing: both named, reasons kept apart',
      alarms: [
        alarm('a', 'ALARM', { reason: 'x, y' }),
        alarm('b', 'INSUFFICIENT_DATA', { reason: '  ' })
      ],
      result: {
        guard: 'alarm-firing',
        outcome: 'refuse',
        message:
          '2 monitored alarms are in ALARM or INSUFFICIENT_DATA, so AppConfig would roll back at once: a (ALARM: x, y); b (INSUFFICIENT_DATA). Wait until they are OK, then run again.'
      }
    },
    {
      name: 'an alarm DescribeAlarms did not return: a warning',
      alarms: [alarm('gone', 'UNKNOWN'), alarm('ok', 'OK')],
      result: {
        guard: 'alarm-firing',
        outcome: 'warn',
        message: `1 monitored alarm ${CANNOT_READ}, so its state is unknown: gone.`
      }
    },
    {
      name: 'firing with actions disabled: a warning, AppConfig ignores it',
      alarms: [alarm('muted', 'ALARM', { reason: 'r', actionsEnabled: false })],
      result: {
        guard: 'alarm-firing',
        outcome: 'warn',
        message:
          'muted (ALARM: r) has actions disabled, so AppConfig ignores it: it cannot roll this deployment back.'
      }
    },
    {
      name: 'two unknown and two muted: one warning saying both',
      alarms: [
        alarm('u1', 'UNKNOWN'),
        alarm('m1', 'ALARM', { actionsEnabled: false }),
        alarm('u2', 'UNKNOWN'),
        alarm('m2', 'INSUFFICIENT_DATA', { actionsEnabled: false })
      ],
      result: {
        guard: 'alarm-firing',
        outcome: 'warn',
        message: `2 monitored alarms ${CANNOT_READ}, so their state is unknown: u1, u2. m1 (ALARM); m2 (INSUFFICIENT_DATA) have actions disabled, so AppConfig ignores them: they cannot roll this deployment back.`
      }
    },
    {
      name: 'firing, unknown and muted together: refused, with the notes',
      alarms: [
        alarm('muted', 'ALARM', { actionsEnabled: false }),
        alarm('gone', 'UNKNOWN'),
        alarm('high-5xx', 'ALARM', { reason: 'r' })
      ],
      result: {
        guard: 'alarm-firing',
        outcome: 'refuse',
        message: `1 monitored alarm is in ALARM or INSUFFICIENT_DATA, so AppConfig would roll back at once: high-5xx (ALARM: r). ${WAIT_ONE} 1 monitored alarm ${CANNOT_READ}, so its state is unknown: gone. muted (ALARM) has actions disabled, so AppConfig ignores it: it cannot roll this deployment back.`
      }
    },
    {
      name: 'an alarm without a name is shown by its ARN; a long reason is capped',
      alarms: [alarm('', 'ALARM', { reason: 'r'.repeat(500) })],
      result: {
        guard: 'alarm-firing',
        outcome: 'refuse',
        message: `1 monitored alarm is in ALARM or INSUFFICIENT_DATA, so AppConfig would roll back at once: arn:aws:cloudwatch:eu-west-1:123456789012:alarm:unnamed (ALARM: ${'r'.repeat(199)}…). ${WAIT_ONE}`
      }
    },
    {
      name: 'twelve unknown alarms: ten named, the rest counted',
      alarms: Array.from({ length: 12 }, (_, i) =>
        alarm(`a${i + 1}`, 'UNKNOWN')
      ),
      result: {
        guard: 'alarm-firing',
        outcome: 'warn',
        message: `12 monitored alarms ${CANNOT_READ}, so their state is unknown: a1, a2, a3, a4, a5, a6, a7, a8, a9, a10 and 2 more.`
      }
    }
  ])('$name', ({ alarms, result }) => {
    expect(checkAlarms(alarms)).toStrictEqual(result)
  })
})
