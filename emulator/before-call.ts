import type { CallRecord } from './call-log.js'

/**
 * Something another writer does just before a call is served, as if another pipeline or a
 * person in the console acted between the client's read and its write: start a deployment,
 * upload a version, change an alarm. It runs to completion (awaited) before the call is
 * dispatched, so the outcome does not depend on timing.
 */
export interface BeforeCall {
  /** The operation it precedes (`'StartDeployment'`, `'SetAlarmState'`…) or `'*'` for any. */
  operation: string
  /** How many calls it precedes (it runs once before each); default 1. */
  count?: number
  /** Shown in the call log as the record's `before`; default `'beforeCall'`. */
  label?: string
  /** Gets the call about to be served (its `params` are decoded already). */
  run: (call: CallRecord) => void | Promise<void>
}

/** Writers waiting for their calls, taken first-in first-out per operation, like faults. */
export class BeforeCallHooks {
  private readonly hooks: { hook: BeforeCall; left: number }[] = []

  add(hook: BeforeCall): void {
    const left = hook.count ?? 1
    if (!(left >= 1))
      throw new RangeError(`beforeCall count must be >= 1, got ${left}`)
    this.hooks.push({ hook, left })
  }

  take(operation: string): BeforeCall | undefined {
    const entry = this.hooks.find(
      (h) => h.hook.operation === operation || h.hook.operation === '*'
    )
    if (entry === undefined) return undefined
    entry.left -= 1
    if (entry.left <= 0) this.hooks.splice(this.hooks.indexOf(entry), 1)
    return entry.hook
  }

  clear(): void {
    this.hooks.length = 0
  }

  get pending(): number {
    return this.hooks.length
  }
}
