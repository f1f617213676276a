import { describe, expect, it } from '@jest/globals'
import { rateLimitWait } from '../../src/github/rate-limit-wait.js'

const NOW = 1_767_607_200_000 // 2026-01-05T10:00:00Z, a whole second

describe('rateLimitWait', () => {
  it.each([
    ['retry-after wins on a 429', 429, { 'retry-after': '5' }, '', 1, 5_000],
    ['retry-after on a 403', 403, { 'retry-after': '2' }, '', 1, 2_000],
    [
      'a spent primary limit waits for its reset (+1 s)',
      403,
      {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW / 1000 + 90)
      },
      'API rate limit exceeded',
      1,
      91_000
    ],
    [
      'a reset already past waits one second',
      429,
      {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW / 1000 - 5)
      },
      '',
      1,
      1_000
    ],
    ['a bare 429 waits a minute', 429, {}, '', 1, 60_000],
    [
      'a secondary limit by its message, doubling',
      403,
      { 'x-ratelimit-remaining': '4999' },
      'You have exceeded a secondary rate limit.',
      3,
      240_000
    ]
  ])('%s', (_, status, headers, message, retry, wait) => {
    expect(rateLimitWait({ status, headers, message }, retry, NOW)).toBe(wait)
  })

  it.each([
    [
      'a missing permission',
      403,
      { 'x-ratelimit-remaining': '4999' },
      'Resource not accessible by integration'
    ],
    ['a 404', 404, { 'retry-after': '5' }, 'Not Found'],
    ['a server error', 502, {}, 'Bad gateway']
  ])('is no rate limit for %s', (_, status, headers, message) => {
    expect(rateLimitWait({ status, headers, message }, 1, NOW)).toBeUndefined()
  })
})
