/**
 * The emulator's one source of time. Emulated time runs `1 / timeScale` times faster than
 * real time (`timeScale: 0.001` turns a strategy minute into 60 ms); `timeScale: 0` freezes it
 * so tests move it only with `advance()`. Everything (deployments, alarm timestamps, the call
 * log) reads this clock, so a test can reason about emulated minutes instead of sleeping.
 */
export class EmulatorClock {
  private baseEmulated: number
  private baseReal: number
  private scale: number
  private readonly realNow: () => number

  constructor(
    options: { timeScale?: number; start?: Date; realNow?: () => number } = {}
  ) {
    this.realNow = options.realNow ?? (() => performance.now())
    this.scale = checkScale(options.timeScale ?? 1)
    this.baseEmulated = (options.start ?? new Date()).getTime()
    this.baseReal = this.realNow()
  }

  /** Emulated epoch milliseconds. */
  now(): number {
    if (this.scale === 0) return this.baseEmulated
    return this.baseEmulated + (this.realNow() - this.baseReal) / this.scale
  }

  get timeScale(): number {
    return this.scale
  }

  /** Changes the speed from now on, without a jump in emulated time. */
  setTimeScale(timeScale: number): void {
    this.rebase()
    this.scale = checkScale(timeScale)
  }

  /** Moves emulated time forward by `ms` emulated milliseconds. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`advance(ms) needs a finite ms >= 0, got ${ms}`)
    this.rebase()
    this.baseEmulated += ms
  }

  /** Real milliseconds that `emulatedMs` of emulated time take (Infinity when frozen). */
  toRealMs(emulatedMs: number): number {
    return this.scale === 0 ? Infinity : emulatedMs * this.scale
  }

  private rebase(): void {
    this.baseEmulated = this.now()
    this.baseReal = this.realNow()
  }
}

function checkScale(timeScale: number): number {
  if (!Number.isFinite(timeScale) || timeScale < 0)
    throw new RangeError(
      `timeScale must be a finite number >= 0 (0 freezes the clock), got ${timeScale}`
    )
  return timeScale
}
