export type FaultKind = 'throttle' | 'error500' | 'delay' | 'drop'

/** Make the next `count` calls of `operation` (or `'*'` for any) misbehave. */
export interface Fault {
  operation: string
  kind: FaultKind
  /** How many calls it affects; default 1. */
  count?: number
  /** For `delay`: real milliseconds to wait before answering normally. */
  delayMs?: number
}

/** Faults waiting for their calls, consumed first-in first-out per operation. */
export class FaultInjector {
  private readonly faults: { fault: Fault; left: number }[] = []

  add(fault: Fault): void {
    const left = fault.count ?? 1
    if (!(left >= 1))
      throw new RangeError(`fault count must be >= 1, got ${left}`)
    if (
      fault.kind === 'delay' &&
      !(typeof fault.delayMs === 'number' && fault.delayMs >= 0)
    )
      throw new RangeError('a delay fault needs delayMs >= 0')
    this.faults.push({ fault, left })
  }

  /** The fault that applies to this call, if any; using it counts down its remaining calls. */
  take(operation: string): Fault | undefined {
    const entry = this.faults.find(
      (f) => f.fault.operation === operation || f.fault.operation === '*'
    )
    if (entry === undefined) return undefined
    entry.left -= 1
    if (entry.left <= 0) this.faults.splice(this.faults.indexOf(entry), 1)
    return entry.fault
  }

  clear(): void {
    this.faults.length = 0
  }

  get pending(): number {
    return this.faults.length
  }
}
