import type { AlarmState } from './alarm-store.js'
import type { CallRecord } from './call-log.js'
import type { ScheduledAlarmChange } from './deployment-engine.js'
import type { Fault } from './fault-injector.js'
import type { EmulatorSeed, SeedAlarm, SeedResult } from './seed.js'

/** The control surface for tests and demos: time, seeding, alarms, faults and the call log. */
export interface EmulatorControl {
  /** The emulated time now. */
  now(): Date
  /** Moves emulated time forward (works at any time scale; the only way when it is 0). */
  advance(emulatedMs: number): void
  /** Emulated time runs 1/timeScale times real speed; 0 freezes it. */
  setTimeScale(timeScale: number): void
  readonly timeScale: number
  /** Adds resources; may be called repeatedly. */
  seed(seed: EmulatorSeed): Promise<SeedResult>
  /** Like CloudWatch SetAlarmState; a monitored alarm going to ALARM rolls deployments back at once. */
  setAlarmState(alarmName: string, state: AlarmState, reason?: string): void
  /** Like PutMetricAlarm / PutCompositeAlarm. */
  putAlarm(alarm: SeedAlarm): string
  /** Current state of an alarm (undefined when it does not exist). */
  alarmState(alarmName: string): AlarmState | undefined
  /** `arn:aws:cloudwatch:<region>:<account>:alarm:<name>`, what environment monitors hold. */
  alarmArn(alarmName: string): string
  /** Changes an alarm later: at an emulated time, after some emulated ms, or when a deployment reaches a percentage. */
  scheduleAlarmChange(change: ScheduledAlarmChange): void
  /** Makes the next `count` calls of an operation answer 429/500, wait, or drop the connection. */
  injectFault(fault: Fault): void
  clearFaults(): void
  /** The call log, oldest first, optionally only one operation. */
  calls(operation?: string): CallRecord[]
  clearCalls(): void
}
