/**
 * How a call misbehaves. Before the operation runs (nothing changes on the server):
 * `throttle` (429 / 400 Throttling), `error500`, `drop` (socket destroyed), `hang` (never
 * answered; the client must time out or abort), `delay` (answered normally after `delayMs`).
 * After the operation ran (the change IS applied, the client cannot tell): `error500AfterApply`,
 * `dropAfterApply`, `hangAfterApply` — an answer lost after the write.
 */
export type FaultKind =
  | 'throttle'
  | 'error500'
  | 'delay'
  | 'drop'
  | 'hang'
  | 'error500AfterApply'
  | 'dropAfterApply'
  | 'hangAfterApply'

export const FAULT_KINDS: readonly FaultKind[] = [
  'throttle',
  'error500',
  'delay',
  'drop',
  'hang',
  'error500AfterApply',
  'dropAfterApply',
  'hangAfterApply'
]

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
    if (!FAULT_KINDS.includes(fault.kind))
      throw new RangeError(`unknown fault kind ${String(fault.kind)}`)
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
