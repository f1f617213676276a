import { describe, expect, it } from '@jest/globals'
import { planDeployment } from '../../emulator/deployment-plan.js'

const MINUTE = 60_000

describe('planDeployment', () => {
  it.each([
    [
      'linear 20% over 10 min',
      {
        durationMinutes: 10,
        bakeMinutes: 0,
        growthFactor: 20,
        growthType: 'LINEAR' as const
      },
      [
        [2, 20],
        [4, 40],
        [6, 60],
        [8, 80],
        [10, 100]
      ]
    ],
    [
      'linear 50% over 1 min',
      {
        durationMinutes: 1,
        bakeMinutes: 1,
        growthFactor: 50,
        growthType: 'LINEAR' as const
      },
      [
        [0.5, 50],
        [1, 100]
      ]
    ],
    [
      'linear 30% (last step capped)',
      {
        durationMinutes: 8,
        bakeMinutes: 0,
        growthFactor: 30,
        growthType: 'LINEAR' as const
      },
      [
        [2, 30],
        [4, 60],
        [6, 90],
        [8, 100]
      ]
    ],
    [
      'exponential 10% over 20 min',
      {
        durationMinutes: 20,
        bakeMinutes: 10,
        growthFactor: 10,
        growthType: 'EXPONENTIAL' as const
      },
      [
        [4, 10],
        [8, 20],
        [12, 40],
        [16, 80],
        [20, 100]
      ]
    ],
    [
      'exponential 2% over 7 min',
      {
        durationMinutes: 7,
        bakeMinutes: 0,
        growthFactor: 2,
        growthType: 'EXPONENTIAL' as const
      },
      [
        [1, 2],
        [2, 4],
        [3, 8],
        [4, 16],
        [5, 32],
        [6, 64],
        [7, 100]
      ]
    ],
    [
      'all at once',
      {
        durationMinutes: 0,
        bakeMinutes: 10,
        growthFactor: 100,
        growthType: 'LINEAR' as const
      },
      [[0, 100]]
    ],
    [
      'zero duration, small factor',
      {
        durationMinutes: 0,
        bakeMinutes: 0,
        growthFactor: 10,
        growthType: 'LINEAR' as const
      },
      [[0, 100]]
    ]
  ])('%s', (_name, strategy, expected) => {
    expect(
      planDeployment(strategy).map((s) => [s.atMs / MINUTE, s.percentage])
    ).toEqual(expected)
  })
})
