import {
  ALARM_STATES,
  type Alarm,
  type AlarmKind,
  type AlarmStore
} from './alarm-store.js'
import type { EmulatorClock } from './emulator-clock.js'
import { cloudWatchReader, type InputReader } from './input-reader.js'
import { paginate } from './paginate.js'
import { ServiceError } from './service-error.js'

export interface CloudWatchContext {
  alarms: AlarmStore
  clock: EmulatorClock
}

/** Output members of a CloudWatch operation; Dates become epoch seconds (JSON) or ISO text (Query). */
export type CloudWatchOutput = Record<string, unknown>

type Operation = (r: InputReader, c: CloudWatchContext) => CloudWatchOutput

const OPERATIONS: Record<string, Operation> = {
  DescribeAlarms: describeAlarms,
  SetAlarmState: setAlarmState,
  PutMetricAlarm: putMetricAlarm,
  PutCompositeAlarm: putCompositeAlarm,
  DeleteAlarms: deleteAlarms
}

export function isCloudWatchOperation(name: string): boolean {
  return Object.hasOwn(OPERATIONS, name)
}

export function handleCloudWatch(
  operation: string,
  input: Record<string, unknown>,
  c: CloudWatchContext
): CloudWatchOutput {
  const handler = OPERATIONS[operation]
  if (handler === undefined) throw unknownOperation(operation)
  return handler(cloudWatchReader(input), c)
}

export function unknownOperation(operation: string): ServiceError {
  return new ServiceError(
    'InvalidAction',
    400,
    `The emulator does not implement CloudWatch ${operation}; it serves ${Object.keys(OPERATIONS).join(', ')}`
  )
}

function combination(message: string): ServiceError {
  return new ServiceError(
    'InvalidParameterCombinationException',
    400,
    message,
    {},
    'InvalidParameterCombination'
  )
}

function describeAlarms(
  r: InputReader,
  c: CloudWatchContext
): CloudWatchOutput {
  const names = r.strList('AlarmNames', { max: 100 })
  const prefix = r.str('AlarmNamePrefix', { min: 1, max: 255 })
  const children = r.str('ChildrenOfAlarmName', { min: 1, max: 255 })
  const parents = r.str('ParentsOfAlarmName', { min: 1, max: 255 })
  const types = r.strList('AlarmTypes')
  const stateValue = r.oneOf('StateValue', ALARM_STATES)
  const actionPrefix = r.str('ActionPrefix', { min: 1, max: 1024 })
  const maxRecords =
    r.num('MaxRecords', { integer: true, min: 1, max: 100 }) ?? 50
  if (names.length > 0 && prefix !== undefined)
    throw combination('AlarmNames and AlarmNamePrefix cannot be used together')
  if (
    (children !== undefined || parents !== undefined) &&
    (names.length > 0 ||
      prefix !== undefined ||
      stateValue !== undefined ||
      actionPrefix !== undefined)
  )
    throw combination(
      'ChildrenOfAlarmName and ParentsOfAlarmName cannot be combined with other filters'
    )
  for (const type of types)
    if (
      type !== 'MetricAlarm' &&
      type !== 'CompositeAlarm' &&
      type !== 'LogAlarm'
    )
      throw new ServiceError(
        'InvalidParameterValueException',
        400,
        `Unknown AlarmType ${type}`,
        {},
        'InvalidParameterValue'
      )
  // Without AlarmTypes only metric alarms come back, even when composite ones exist (spec §3.2).
  const wanted = new Set<string>(types.length > 0 ? types : ['MetricAlarm'])
  let candidates = c.alarms.list()
  if (children !== undefined) {
    const parent = c.alarms.get(children)
    candidates = parent === undefined ? [] : c.alarms.childrenOf(parent)
  }
  if (parents !== undefined) {
    const child = c.alarms.get(parents)
    candidates =
      child === undefined
        ? []
        : candidates.filter((a) => c.alarms.childrenOf(a).includes(child))
  }
  const matching = candidates
    .filter((a) => wanted.has(a.kind))
    .filter((a) => names.length === 0 || names.includes(a.name))
    .filter((a) => prefix === undefined || a.name.startsWith(prefix))
    .filter((a) => stateValue === undefined || a.state === stateValue)
    .filter(
      (a) =>
        actionPrefix === undefined ||
        actionsOf(a).some((action) => action.startsWith(actionPrefix))
    )
  const token = r.str('NextToken')
  const page = paginate(
    matching,
    maxRecords,
    token,
    () =>
      new ServiceError(
        'InvalidNextToken',
        400,
        'The next token specified is invalid.'
      )
  )
  return {
    MetricAlarms: page.items
      .filter((a) => a.kind === 'MetricAlarm')
      .map(alarmOut),
    CompositeAlarms: page.items
      .filter((a) => a.kind === 'CompositeAlarm')
      .map(alarmOut),
    NextToken: page.nextToken
  }
}

function actionsOf(a: Alarm): string[] {
  return ['AlarmActions', 'OKActions', 'InsufficientDataActions'].flatMap(
    (key) => {
      const list = a.settings[key]
      return Array.isArray(list)
        ? list.filter((x): x is string => typeof x === 'string')
        : []
    }
  )
}

/** One alarm in DescribeAlarms' shape: stored settings echoed back, state and times from the store. */
export function alarmOut(a: Alarm): Record<string, unknown> {
  return {
    AlarmName: a.name,
    AlarmArn: a.arn,
    AlarmDescription: a.description,
    AlarmConfigurationUpdatedTimestamp: new Date(a.configurationUpdatedAt),
    ActionsEnabled: a.actionsEnabled,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    ...a.settings,
    ...(a.kind === 'CompositeAlarm' ? { AlarmRule: a.alarmRule } : {}),
    StateValue: a.state,
    StateReason: a.stateReason,
    StateReasonData: a.stateReasonData,
    StateUpdatedTimestamp: new Date(a.stateUpdatedAt),
    StateTransitionedTimestamp: new Date(a.stateTransitionedAt)
  }
}

function setAlarmState(r: InputReader, c: CloudWatchContext): CloudWatchOutput {
  const name = r.str('AlarmName', { required: true, min: 1, max: 255 })
  const state = r.oneOf('StateValue', ALARM_STATES)
  if (state === undefined)
    throw new ServiceError(
      'MissingRequiredParameterException',
      400,
      'StateValue is required',
      {},
      'MissingParameter'
    )
  const reason = r.str('StateReason', { required: true, max: 1023 })
  const reasonData = r.str('StateReasonData', { max: 4000 })
  if (reasonData !== undefined) {
    try {
      JSON.parse(reasonData)
    } catch {
      throw new ServiceError(
        'InvalidFormatFault',
        400,
        'StateReasonData is not valid JSON',
        {},
        'InvalidFormat'
      )
    }
  }
  c.alarms.setState(name, state, reason, reasonData, c.clock.now())
  return {}
}

const OWN_MEMBERS = new Set([
  'AlarmName',
  'AlarmDescription',
  'ActionsEnabled',
  'AlarmRule',
  'Tags'
])

function putAlarm(
  kind: AlarmKind,
  r: InputReader,
  c: CloudWatchContext
): CloudWatchOutput {
  const settings = Object.fromEntries(
    Object.entries(r.input).filter(
      ([key, value]) =>
        !OWN_MEMBERS.has(key) && value !== undefined && value !== null
    )
  )
  c.alarms.put(
    {
      kind,
      name: r.str('AlarmName', { required: true, min: 1, max: 255 }),
      description: r.str('AlarmDescription', { max: 1024 }),
      actionsEnabled: r.bool('ActionsEnabled'),
      alarmRule:
        kind === 'CompositeAlarm'
          ? r.str('AlarmRule', { required: true, min: 1, max: 10240 })
          : undefined,
      settings
    },
    c.clock.now()
  )
  return {}
}

function putMetricAlarm(
  r: InputReader,
  c: CloudWatchContext
): CloudWatchOutput {
  r.num('Threshold')
  r.num('EvaluationPeriods', { integer: true, min: 1 })
  r.num('Period', { integer: true, min: 1 })
  return putAlarm('MetricAlarm', r, c)
}

function putCompositeAlarm(
  r: InputReader,
  c: CloudWatchContext
): CloudWatchOutput {
  return putAlarm('CompositeAlarm', r, c)
}

function deleteAlarms(r: InputReader, c: CloudWatchContext): CloudWatchOutput {
  const names = r.strList('AlarmNames', { max: 100 })
  const missing = names.filter((n) => c.alarms.get(n) === undefined)
  if (missing.length > 0)
    throw new ServiceError(
      'ResourceNotFound',
      404,
      `Alarms not found: ${missing.join(', ')}`
    )
  for (const name of names) c.alarms.delete(name)
  return {}
}
