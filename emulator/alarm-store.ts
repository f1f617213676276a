import { parseAlarmRule } from './alarm-rule.js'
import { ServiceError } from './service-error.js'

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA'
export type AlarmKind = 'MetricAlarm' | 'CompositeAlarm'

export const ALARM_STATES: readonly AlarmState[] = [
  'OK',
  'ALARM',
  'INSUFFICIENT_DATA'
]

/** One CloudWatch alarm as the emulator keeps it; times are emulated epoch ms. */
export interface Alarm {
  kind: AlarmKind
  name: string
  arn: string
  description?: string
  actionsEnabled: boolean
  state: AlarmState
  stateReason: string
  stateReasonData?: string
  stateUpdatedAt: number
  stateTransitionedAt: number
  configurationUpdatedAt: number
  /** Composite alarms only. */
  alarmRule?: string
  /**
   * The rest of the PutMetricAlarm / PutCompositeAlarm input (MetricName, Threshold,
   * Dimensions, AlarmActions…), kept in AWS casing and echoed back by DescribeAlarms.
   */
  settings: Record<string, unknown>
}

/** What PutMetricAlarm / PutCompositeAlarm / a seed give to create or replace an alarm. */
export interface AlarmDefinition {
  kind: AlarmKind
  name: string
  description?: string
  actionsEnabled?: boolean
  alarmRule?: string
  settings?: Record<string, unknown>
  /** Seeds may start an alarm in a state; PutMetricAlarm starts it in INSUFFICIENT_DATA, as AWS does. */
  state?: AlarmState
  stateReason?: string
}

/** CloudWatch's alarms, shared by the CloudWatch API, the deployment engine and the control surface. */
export class AlarmStore {
  private readonly alarms = new Map<string, Alarm>()
  private readonly listeners: ((alarm: Alarm, at: number) => void)[] = []

  constructor(
    readonly region: string,
    readonly accountId: string
  ) {}

  arnOf(name: string): string {
    return `arn:aws:cloudwatch:${this.region}:${this.accountId}:alarm:${name}`
  }

  /** Called after every state change, with the emulated time it happened at. */
  onStateChange(listener: (alarm: Alarm, at: number) => void): void {
    this.listeners.push(listener)
  }

  /** Creates or replaces an alarm; like AWS, replacing keeps the current state. */
  put(definition: AlarmDefinition, at: number): Alarm {
    if (!/^.{1,255}$/su.test(definition.name))
      throw invalid('AlarmName must be 1 to 255 characters')
    const existing = this.alarms.get(definition.name)
    if (existing !== undefined && existing.kind !== definition.kind)
      throw invalid(
        `An alarm named ${definition.name} already exists as a ${existing.kind}`
      )
    let evaluated: AlarmState | undefined
    if (definition.kind === 'CompositeAlarm') {
      if (definition.alarmRule === undefined)
        throw invalid('AlarmRule is required for a composite alarm')
      try {
        evaluated = parseAlarmRule(definition.alarmRule).evaluate(
          (ref) => this.find(ref)?.state
        )
          ? 'ALARM'
          : 'OK'
      } catch (error) {
        throw invalid((error as Error).message)
      }
    }
    const state =
      existing?.state ?? definition.state ?? evaluated ?? 'INSUFFICIENT_DATA'
    const alarm: Alarm = {
      kind: definition.kind,
      name: definition.name,
      arn: this.arnOf(definition.name),
      description: definition.description,
      actionsEnabled: definition.actionsEnabled ?? true,
      state,
      stateReason:
        definition.stateReason ??
        existing?.stateReason ??
        'Unchecked: Initial alarm creation',
      stateReasonData: existing?.stateReasonData,
      stateUpdatedAt: existing?.stateUpdatedAt ?? at,
      stateTransitionedAt: existing?.stateTransitionedAt ?? at,
      configurationUpdatedAt: at,
      alarmRule: definition.alarmRule,
      settings: definition.settings ?? {}
    }
    this.alarms.set(alarm.name, alarm)
    const wanted = definition.state ?? evaluated
    if (wanted !== undefined && wanted !== state)
      return this.setState(
        alarm.name,
        wanted,
        definition.stateReason ?? 'Alarm rule evaluated',
        undefined,
        at
      )
    // A new or reconfigured alarm may already be firing for a running deployment.
    for (const listener of this.listeners) listener(alarm, at)
    return alarm
  }

  get(name: string): Alarm | undefined {
    return this.alarms.get(name)
  }

  /** Finds an alarm by ARN (what environment monitors hold) or by plain name. */
  find(nameOrArn: string): Alarm | undefined {
    const direct = this.alarms.get(nameOrArn)
    if (direct !== undefined) return direct
    for (const alarm of this.alarms.values())
      if (alarm.arn === nameOrArn) return alarm
    return undefined
  }

  list(): Alarm[] {
    return [...this.alarms.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0
    )
  }

  delete(name: string): boolean {
    return this.alarms.delete(name)
  }

  /** SetAlarmState: ResourceNotFound (404) for an unknown name, as CloudWatch answers. */
  setState(
    name: string,
    state: AlarmState,
    reason: string,
    reasonData: string | undefined,
    at: number,
    depth = 0
  ): Alarm {
    const alarm = this.alarms.get(name)
    if (alarm === undefined)
      throw new ServiceError('ResourceNotFound', 404, `Alarm ${name} not found`)
    const transitioned = alarm.state !== state
    alarm.state = state
    alarm.stateReason = reason
    alarm.stateReasonData = reasonData
    alarm.stateUpdatedAt = at
    if (transitioned) {
      alarm.stateTransitionedAt = at
      this.evaluateParents(alarm, at, depth)
    }
    for (const listener of this.listeners) listener(alarm, at)
    return alarm
  }

  /** Re-evaluates the composite alarms whose rule names `child`, as CloudWatch does on a child's change. */
  private evaluateParents(child: Alarm, at: number, depth: number): void {
    // CloudWatch refuses cycles; the depth bound only keeps a bad seed from looping forever.
    if (depth > 10) return
    for (const parent of this.alarms.values()) {
      if (parent.kind !== 'CompositeAlarm' || parent.alarmRule === undefined)
        continue
      let next: AlarmState
      try {
        const rule = parseAlarmRule(parent.alarmRule)
        if (
          !rule.references.some(
            (ref) => ref === child.name || ref === child.arn
          )
        )
          continue
        next = rule.evaluate((ref) => this.find(ref)?.state) ? 'ALARM' : 'OK'
      } catch {
        continue
      }
      if (next !== parent.state)
        this.setState(
          parent.name,
          next,
          `Alarm rule ${parent.alarmRule} evaluated to ${next === 'ALARM' ? 'TRUE' : 'FALSE'}`,
          undefined,
          at,
          depth + 1
        )
    }
  }

  /** Names of the alarms a composite's rule refers to (DescribeAlarms ChildrenOfAlarmName). */
  childrenOf(composite: Alarm): Alarm[] {
    if (composite.alarmRule === undefined) return []
    try {
      return parseAlarmRule(composite.alarmRule)
        .references.map((ref) => this.find(ref))
        .filter((a): a is Alarm => a !== undefined)
    } catch {
      return []
    }
  }
}

/** AppConfig rolls back on ALARM and INSUFFICIENT_DATA, but not when the alarm's actions are disabled (spec §2.8). */
export function isRollbackWorthy(alarm: Alarm): boolean {
  return (
    alarm.actionsEnabled &&
    (alarm.state === 'ALARM' || alarm.state === 'INSUFFICIENT_DATA')
  )
}

function invalid(message: string): ServiceError {
  return new ServiceError(
    'InvalidParameterValueException',
    400,
    message,
    {},
    'InvalidParameterValue'
  )
}
