import { plural } from '../format.js'
import {
  formatDuration,
  formatPercent,
  secondsBetween
} from './format-duration.js'
import { code, escapeMarkdown } from './markdown.js'
import type { Failure, Report } from './report.js'
import { alarmName, knownAlarms } from './known-alarms.js'
import { incidentHeadline } from './render-incident.js'
import { refusalSubject } from './flags-at-risk.js'
import { productionState, stateIcon } from './production-state.js'

/** What the summary is about: the failure's kind when the run failed, else the result. */
export type Outcome = Failure['kind'] | Report['result']

/** The failure kind, or for a report that lacks one, what its result implies. */
export function outcomeOf(report: Report): Outcome {
  return report.failure?.kind ?? report.result
}

/** "1 flag changes", "2 flags change". */
export function flagsChange(n: number): string {
  return `${plural(n, 'flag')} ${n === 1 ? 'changes' : 'change'}`
}

/**
 * The one line a reviewer reads first: an icon for the state production is in
 * (production-state.ts), then the outcome with the target, the numbers and, for a refusal,
 * the guard and the flags it protects.
 */
export function renderHeadline(report: Report): string {
  return `${stateIcon(report)} ${headlineText(report)}`
}

function headlineText(report: Report): string {
  const incident = incidentHeadline(report)
  if (incident !== undefined) return incident
  const bundle = report.bundle
  const failure = report.failure
  const environment = report.target
    ? `**${escapeMarkdown(report.target.environment.name)}**`
    : 'the environment'
  const version = report.rollout?.version?.number
  const profile = report.target
    ? `${code(report.target.profile.name)}${version === undefined ? '' : ` v${version}`}`
    : 'the configuration'
  const rollout = report.rollout
  const at =
    rollout?.percentage === undefined
      ? ''
      : ` at ${formatPercent(rollout.percentage)} of ${environment}`
  switch (outcomeOf(report)) {
    case 'bundle': {
      if (bundle === undefined) return 'Could not read the bundle'
      const counts = [
        plural(bundle.errorCount, 'error'),
        ...(bundle.warningCount > 0
          ? [plural(bundle.warningCount, 'warning')]
          : [])
      ]
      return `Validation failed: ${counts.join(' and ')} in ${code(bundle.displayPath)}`
    }
    case 'flag-tests': {
      const tests = report.flagTests
      if (tests === undefined || tests.problems.length > 0)
        return `Rule tests: the test file ${tests === undefined ? 'could not be read' : `${code(tests.displayPath)} has ${plural(tests.problems.length, 'problem')}`}`
      return `Rule tests failed: ${plural(tests.failed, 'case')} of ${tests.passed + tests.failed + tests.undetermined} ${tests.failed === 1 ? 'does' : 'do'} not hold`
    }
    case 'input':
      return failure?.region === undefined
        ? 'Invalid input'
        : `Not found in ${code(failure.region)}: wrong input or wrong region?`
    case 'internal':
    case 'failed': {
      const number = rollout?.deploymentNumber
      return productionState(report) === 'may-be-running'
        ? `The action failed while deployment #${number} was running: it may still be running in ${environment}`
        : 'The action failed: unexpected error'
    }
    case 'guard': {
      const refusing = (report.plan?.guards ?? []).filter(
        (g) => g.outcome === 'refuse'
      )
      const guards = refusing.map((g) => code(g.guard))
      const by =
        guards.length === 0
          ? 'a guard'
          : `the ${guards.join(' and ')} ${guards.length === 1 ? 'guard' : 'guards'}`
      const subject = refusing
        .map((g) => refusalSubject(report, g))
        .filter(Boolean)
        .join('; ')
      const what = subject === '' ? ':' : `: ${subject};`
      return report.mode === 'plan'
        ? `Plan refused by ${by}${what} deploying would be blocked`
        : `Refused by ${by}${what} nothing was deployed`
    }
    case 'aws':
      return awsHeadline(failure)
    case 'rolled-back': {
      const cause = rollout?.cause
      const where =
        cause?.percentage === undefined
          ? ` in ${environment}`
          : ` at ${formatPercent(cause.percentage)} of ${environment}`
      switch (cause?.by) {
        case 'alarm': {
          const names = cause.alarmArns.map((arn) =>
            code(alarmName(arn, knownAlarms(report)))
          )
          return `Rolled back by ${names.length === 1 ? 'alarm' : 'alarms'} ${names.join(', ')}${where}`
        }
        case 'user':
          return `Rolled back${where}: stopped by a user`
        case 'self':
          return `Rolled back${where}: stopped by this run`
        case 'internal-error':
          return `Rolled back${where}: AppConfig internal error`
        default:
          return `Rolled back${where}`
      }
    }
    case 'reverted': {
      const deployed = report.plan?.deployed
      return deployed === undefined
        ? `Reverted: ${profile} was taken back out of ${environment}`
        : `Reverted: ${environment} is back on ${code(report.target?.profile.name ?? '')} v${deployed.version}`
    }
    case 'timed-out': {
      const after = ` after ${formatDuration(report.durationSeconds)}`
      const what =
        rollout?.deploymentNumber === undefined
          ? 'no deployment started'
          : rollout.stopped === true
            ? 'deployment stopped, rolling back'
            : 'deployment left running'
      return `Timed out${at}${after}: ${what}`
    }
    case 'cancelled':
      if (rollout?.deploymentNumber === undefined)
        return 'Cancelled before a deployment started: nothing changed'
      return rollout.stopped === true
        ? `Cancelled: deployment stopped${at}, rolling back`
        : `Cancelled: deployment left running${at}`
    case 'complete': {
      const took =
        secondsBetween(rollout?.startedAt, rollout?.endedAt) ??
        report.durationSeconds
      return `${profile} deployed to ${environment} in ${formatDuration(took)}`
    }
    case 'baking': {
      const bake = report.target?.strategy.finalBakeMinutes
      return `${profile} reached 100% of ${environment}${bake ? `, now baking for ${formatDuration(bake * 60)}` : ' and is baking'}`
    }
    case 'started': {
      const number = rollout?.deploymentNumber
      return `${profile} started deploying to ${environment}${number === undefined ? '' : ` (deployment #${number})`}`
    }
    case 'unchanged': {
      const deployed = report.plan?.deployed
      const running =
        deployed === undefined
          ? ''
          : ` (${code(report.target?.profile.name ?? '')} v${deployed.version})`
      return report.mode === 'plan'
        ? `Plan: no change, ${environment} already runs this bundle${running}`
        : `No change: ${environment} already runs this bundle${running}`
    }
    case 'planned': {
      const n = report.plan?.changes.length ?? 0
      return `Plan: ${n === 0 ? 'no flag changes' : flagsChange(n)} in ${profile} on ${environment}`
    }
    case 'validated': {
      if (bundle === undefined) return 'The bundle is valid'
      const warnings = bundle.warningCount
        ? ` with ${plural(bundle.warningCount, 'warning')}`
        : ''
      return `${code(bundle.displayPath)} is valid: ${plural(bundle.flagCount, 'flag')}${warnings}`
    }
  }
}

/** Setup problems, named for what they are rather than for the first step that met them. */
const PROBLEM_HEADLINES: Record<NonNullable<Failure['problem']>, string> = {
  'no-credentials': 'No AWS credentials: nothing was read or changed',
  'expired-credentials': 'The AWS credentials expired',
  'invalid-credentials': 'AWS rejected the credentials',
  region: 'Not a valid AWS region',
  endpoint: 'Could not reach AWS'
}

function awsHeadline(failure: Failure | undefined): string {
  if (failure?.problem !== undefined) return PROBLEM_HEADLINES[failure.problem]
  if (failure?.iamAction !== undefined)
    return `Access denied: this role may not call ${code(failure.iamAction)}`
  // Steps are phrases ("Starting the deployment"), so they read after "while".
  const step =
    failure?.step === undefined
      ? ''
      : ` while ${escapeMarkdown(failure.step.charAt(0).toLowerCase() + failure.step.slice(1))}`
  const name =
    failure?.errorName === undefined ? '' : `: ${code(failure.errorName)}`
  return `AWS error${step}${name}`
}
