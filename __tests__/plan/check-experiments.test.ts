import { describe, expect, it } from '@jest/globals'
import type { RunningExperiment } from '../../src/appconfig/read-experiments.js'
import { checkExperiments } from '../../src/plan/check-experiments.js'
import type { FlagChange } from '../../src/plan/plan.js'
import type { Settings } from '../../src/settings.js'

const RUN: RunningExperiment = {
  flag: 'new-checkout',
  definitionId: 'exp0001',
  experiment: 'checkout-test',
  run: 3,
  startedAt: '2026-12-01T09:00:00.000Z'
}
const OTHER: RunningExperiment = {
  ...RUN,
  flag: 'banner',
  definitionId: 'exp0002',
  experiment: 'banner-test',
  run: 1
}
const change = (key: string): FlagChange => ({
  key,
  kind: 'changed',
  details: []
})
const where = { environment: 'Production', application: 'app0001' }
const check = (
  running: RunningExperiment[],
  changes: FlagChange[],
  onExperiment: Settings['onExperiment'],
  mode: Settings['mode'] = 'deploy'
) => checkExperiments(running, changes, { mode, onExperiment }, where)

describe('checkExperiments', () => {
  it('passes, with an empty list, when no experiment runs', () => {
    const result = check([], [change('new-checkout')], 'fail')
    expect(result.experiments).toEqual([])
    expect(result.guard).toMatchObject({ guard: 'experiment', outcome: 'pass' })
  })

  it('passes when the content changes only flags under no experiment, listing the runs as untouched', () => {
    const result = check([RUN], [change('banner')], 'fail')
    expect(result.guard.outcome).toBe('pass')
    expect(result.guard.message).toContain('does not touch that flag')
    expect(result.experiments).toEqual([
      expect.objectContaining({
        flag: 'new-checkout',
        experiment: 'checkout-test',
        run: '3',
        affected: false,
        effect: 'untouched'
      })
    ])
  })

  it.each([
    [
      'fail',
      'deploy',
      'refuse',
      'refused',
      'Refused before anything was written'
    ],
    ['fail', 'plan', 'warn', 'refused', 'A deploy would refuse'],
    [
      'stop',
      'deploy',
      'warn',
      'stop',
      'stopping the run before the deployment starts'
    ],
    ['stop', 'plan', 'warn', 'stop', 'a deploy would stop the run'],
    [
      'ignore',
      'deploy',
      'warn',
      'waits',
      'reaches users only when the run ends'
    ]
  ] as const)(
    'on-experiment %s in %s mode: %s, the flag %s',
    (onExperiment, mode, outcome, effect, words) => {
      const result = check(
        [RUN, OTHER],
        [change('new-checkout')],
        onExperiment,
        mode
      )
      expect(result.guard.outcome).toBe(outcome)
      expect(result.guard.message).toContain(words)
      expect(result.guard.message).toContain(
        'Flag new-checkout is controlled by experiment checkout-test (run 3, running since 2026-12-01T09:00:00.000Z)'
      )
      expect(result.experiments.map((e) => [e.flag, e.effect])).toEqual([
        ['new-checkout', effect],
        ['banner', 'untouched']
      ])
    }
  )

  it('names the exact fix when it refuses: the stop command and on-experiment: stop', () => {
    const { guard } = check([RUN], [change('new-checkout')], 'fail')
    expect(guard.message).toContain(
      'aws appconfig stop-experiment-run --application-identifier app0001 --experiment-definition-identifier exp0001 --run 3'
    )
    expect(guard.message).toContain('on-experiment: stop')
  })

  it('counts a removed flag under an experiment as touched', () => {
    const { guard } = check(
      [RUN],
      [{ key: 'new-checkout', kind: 'removed', details: [] }],
      'fail'
    )
    expect(guard.outcome).toBe('refuse')
  })
})
