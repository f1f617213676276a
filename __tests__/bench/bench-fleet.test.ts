import { describe, expect, it } from '@jest/globals'
import { peakInWindow, THROTTLE_SEEN } from '../../scripts/bench-fleet.js'

describe('fleet bench figures', () => {
  it('counts the most calls in any one second', () => {
    expect(peakInWindow([0, 100, 999.5, 1000, 1999, 2500])).toBe(3)
    expect(peakInWindow([])).toBe(0)
  })

  it('sees a throttling error a user is shown, by the action or the AWS CLI, not a debug line', () => {
    expect(
      THROTTLE_SEEN.test(
        '::error::Resolving the application failed: appconfig:ListApplications answered ThrottlingException: Rate exceeded'
      )
    ).toBe(true)
    expect(
      THROTTLE_SEEN.test(
        'Started\nAn error occurred (ThrottlingException) when calling the ListEnvironments operation (reached max retries: 4): Rate exceeded'
      )
    ).toBe(true)
    expect(
      THROTTLE_SEEN.test(
        '::debug::AWS appconfig:ListApplications: throttled (ThrottlingException, HTTP 429) on attempt 1'
      )
    ).toBe(false)
  })
})
