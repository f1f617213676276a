import type { Alarm } from '../alarms/alarm.js'
import type { Named, Strategy, Target } from '../appconfig/target.js'
import type {
  RollbackCause,
  TimelineEvent
} from '../appconfig/deployment-events.js'
import type { BundleReport } from '../bundle/bundle-report.js'
import type { Failure } from '../failure.js'
import type { Hygiene } from '../hygiene/assess-hygiene.js'
import type { ExperimentOnFlag } from '../plan/experiment-on-flag.js'
import type { FlagChange, FlagDetail, GuardResult, Plan } from '../plan/plan.js'
import type { Incident } from '../modes/incident.js'
import type { FlagTestsReport } from '../rules/flag-tests.js'
import type { Rollout } from '../rollout/rollout.js'
import type { Mode } from '../settings.js'

// The domain types live beside the stage that produces them; the report names them.
export type {
  Alarm as AlarmReport,
  BundleReport,
  ExperimentOnFlag,
  Failure,
  FlagChange,
  FlagDetail,
  FlagTestsReport,
  GuardResult,
  Incident,
  Named,
  Plan as PlanReport,
  RollbackCause,
  Rollout as RolloutReport,
  Strategy as StrategyReport,
  Target as TargetReport,
  TimelineEvent
}

/** The target and bundle as the inputs name them. */
export interface Requested {
  readonly application: string
  readonly environment: string
  readonly profile: string
  readonly bundle: string | undefined
}

/** What every report carries: whatever the stages learned before the run ended. */
interface ReportBase {
  readonly mode: Mode | undefined
  /** What the inputs asked for, as written: names the pull-request comment even before a target resolves. */
  readonly requested?: Requested
  readonly bundle?: BundleReport
  readonly target?: Target
  readonly plan?: Plan
  /** Flags of the content whose `_deprecation.date` has passed. */
  readonly staleFlags?: readonly string[]
  /** Where the code reads the flags (`code-references`), when it was searched. */
  readonly hygiene?: Hygiene
  /** Present as soon as anything was written to AWS (a version, a deployment). */
  readonly rollout?: Rollout
  /** A `set-flags` kill switch or a `mode: revert` run: the incident record. */
  readonly incident?: Incident
  /**
   * RUNNING AppConfig experiment runs on flags of the profile here (`flag`, `experiment`, `run`),
   * what this run did about each (`effect`); the plan's list, at the report's top for renderers.
   */
  readonly experiments?: readonly ExperimentOnFlag[]
  /** `flag-tests`: the rule tests run against the content (issue 24). */
  readonly flagTests?: FlagTestsReport
  readonly durationSeconds: number
  /**
   * Attempts AWS throttled (each retried by the SDK while its budget lasted): many pipelines
   * share the account's API quotas. Absent when none was.
   */
  readonly throttled?: number
}

/** A flag controlled by a running experiment: while the run is active, a deployment does not change what users get. */
export interface ExperimentRun {
  readonly flag: string
  readonly experiment: string
  readonly run: string
}

/**
 * The results for which the step succeeds (design/action-contract.md, "Exit status");
 * `reverted` only in `mode: revert`, where it is what was asked.
 */
export type SuccessResult =
  | 'validated'
  | 'planned'
  | 'unchanged'
  | 'complete'
  | 'baking'
  | 'started'
  | 'reverted'

/** The run did what was asked. */
export interface SuccessReport extends ReportBase {
  readonly result: SuccessResult
  readonly failure?: undefined
}

/** AppConfig rolled the deployment back (an alarm, a stop) or it was reverted: with the cause. */
export interface RolledBackReport extends ReportBase {
  readonly result: 'rolled-back' | 'reverted'
  readonly rollout: Rollout & { readonly cause: RollbackCause }
  readonly failure: Failure
}

/** The wait ended first: `rollout.stopped` and `rollout.state` say what became of the deployment. */
export interface InterruptedReport extends ReportBase {
  readonly result: 'timed-out' | 'cancelled'
  readonly failure: Failure
}

/** Anything else: bad input, a bundle problem, a refused guard, an AWS error. */
export interface FailedReport extends ReportBase {
  readonly result: 'failed'
  readonly failure: Failure
}

/** Everything the pipeline learned; the one value main.ts turns into outputs and a summary. */
export type Report =
  SuccessReport | RolledBackReport | InterruptedReport | FailedReport

/** A report before main.ts measured the duration (distributes over the union). */
export type PipelineReport = Report extends infer R
  ? R extends Report
    ? Omit<R, 'durationSeconds'>
    : never
  : never

/** Whether the step succeeds for this report. */
export function isSuccess(report: Pick<Report, 'failure'>): boolean {
  return report.failure === undefined
}
