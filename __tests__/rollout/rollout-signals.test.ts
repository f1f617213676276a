import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { rolloutSignals } from '../../src/rollout/rollout-signals.js'

// The deadline is a timer on the real clock (it must fire while a call hangs); fake timers
// stand in for it here.

afterEach(() => {
  jest.useRealTimers()
})

describe('rolloutSignals', () => {
  it('fires `expired` and `calls` at the deadline, not before', () => {
    jest.useFakeTimers()
    const cancel = new AbortController()
    const signals = rolloutSignals(cancel.signal, 1_000 + 90_000, () => 1_000)

    jest.advanceTimersByTime(89_999)
    expect(signals.calls.aborted).toBe(false)
    jest.advanceTimersByTime(1)
    expect(signals.expired.aborted).toBe(true)
    expect(signals.calls.aborted).toBe(true)
    expect(signals.cancel.aborted).toBe(false)
    signals.dispose()
  })

  it('fires `calls` on a cancel, leaving `expired` alone', () => {
    jest.useFakeTimers()
    const cancel = new AbortController()
    const signals = rolloutSignals(cancel.signal, 90_000, () => 0)

    cancel.abort()
    expect(signals.calls.aborted).toBe(true)
    expect(signals.expired.aborted).toBe(false)
    signals.dispose()
  })

  it('has already expired when the deadline is past', () => {
    const signals = rolloutSignals(new AbortController().signal, 5, () => 10)
    expect(signals.expired.aborted).toBe(true)
    signals.dispose()
  })

  it('dispose clears the timer: nothing fires later', () => {
    jest.useFakeTimers()
    const signals = rolloutSignals(new AbortController().signal, 1_000, () => 0)
    signals.dispose()
    jest.advanceTimersByTime(5_000)
    expect(signals.expired.aborted).toBe(false)
    expect(jest.getTimerCount()).toBe(0)
  })
})
