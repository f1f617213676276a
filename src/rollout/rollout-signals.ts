/**
 * The signals of one rollout. Every AWS call takes `calls`, so a cancel or the deadline
 * interrupts a call in flight (a hung connection cannot outlive timeout-minutes or hold a
 * cancel until the runner's SIGKILL); `expired` says which of the two ended it.
 */
export interface RolloutSignals {
  /** The workflow was cancelled (SIGINT/SIGTERM). */
  readonly cancel: AbortSignal
  /** timeout-minutes ran out. */
  readonly expired: AbortSignal
  /** Either: what every AWS call of the rollout is bound to. */
  readonly calls: AbortSignal
  /** Clears the deadline's timer. */
  dispose(): void
}

/**
 * The runner sends SIGTERM 7.5 s after SIGINT and kills 2.5 s later. After a cancel the action
 * may still have to find out whether a start it sent went through, then stop it: each of those
 * calls has its own bound, and together they fit before SIGTERM.
 */
export const LOOKUP_BOUND_MS = 2_500
export const STOP_BOUND_MS = 5_000

/**
 * Signals for a rollout that must end by `deadline` (epoch ms on `now`'s clock). The deadline
 * is a real timer (unref'd, so it never keeps the process alive) set for the time left now.
 */
export function rolloutSignals(
  cancel: AbortSignal,
  deadline: number,
  now: () => number
): RolloutSignals {
  const expiry = new AbortController()
  const left = deadline - now()
  let timer: NodeJS.Timeout | undefined
  if (left <= 0) expiry.abort(deadlineReason())
  else {
    // setTimeout's delay is a 32-bit int: a deadline further out than ~24.8 days never fires.
    timer = setTimeout(
      () => expiry.abort(deadlineReason()),
      Math.min(left, 2 ** 31 - 1)
    )
    timer.unref()
  }
  return {
    cancel,
    expired: expiry.signal,
    calls: AbortSignal.any([cancel, expiry.signal]),
    dispose() {
      if (timer !== undefined) clearTimeout(timer)
    }
  }
}

function deadlineReason(): Error {
  const error = new Error('timeout-minutes ran out')
  error.name = 'TimeoutError'
  return error
}

/**
 * The signal for a call that must run after the rollout's own signals fired (the lookup of a
 * start that may have gone through, the stop): bounded on its own, so the runner's kill does
 * not catch it first.
 */
export function boundAfterEnd(ms: number): AbortSignal {
  return AbortSignal.timeout(ms)
}
