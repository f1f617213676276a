import { isTerminal } from '../appconfig/deployment-states.js'
import { alarmConsoleUrl } from './console-url.js'
import { TEXT_MAX_CHARS } from './limits.js'
import { formatPercent } from './format-duration.js'
import { outcomeOf } from './render-headline.js'
import {
  code,
  codeBlock,
  escapeMarkdown,
  escapeMessage,
  link,
  truncate
} from './markdown.js'
import type { GuardResult, Report } from './report.js'
import { deploymentUrl } from './report-links.js'
import type { RollbackCause } from '../appconfig/deployment-events.js'
import { alarmName, knownAlarms } from './known-alarms.js'

/** A failure message can be long (an AWS error with a request ID); this is plenty. */
const MESSAGE_MAX_CHARS = 2_000

/** The AWS CLI command that stops (or, after completion, reverts) the report's deployment. */
export function stopCommand(
  report: Report,
  revert = false
): string | undefined {
  const target = report.target
  const number = report.rollout?.deploymentNumber
  if (target === undefined || number === undefined) return undefined
  return [
    'aws appconfig stop-deployment',
    `--application-id ${shellWord(target.application.id)}`,
    `--environment-id ${shellWord(target.environment.id)}`,
    `--deployment-number ${number}`,
    ...(revert ? ['--allow-revert'] : []),
    `--region ${shellWord(target.region)}`
  ].join(' \\\n  ')
}

function shellWord(text: string): string {
  return /^[\w.:/-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`
}

/** True when the run ended while its deployment was still moving. */
export function isDeploymentRunning(report: Report): boolean {
  const rollout = report.rollout
  return (
    rollout?.deploymentNumber !== undefined &&
    !isTerminal(rollout.state) &&
    rollout.stopped !== true
  )
}

/**
 * What happened, what triggered it and what to do next, for a failed run. Bundle problems
 * have their own table, so a refused bundle gets no section here.
 */
export function renderFailure(report: Report): string {
  const failure = report.failure
  const outcome = outcomeOf(report)
  // A revert that did what mode: revert asked is no failure.
  if (failure === undefined && report.mode === 'revert') return ''
  if (
    failure === undefined &&
    !['rolled-back', 'reverted', 'timed-out', 'cancelled', 'failed'].includes(
      outcome
    )
  )
    return ''
  if (outcome === 'bundle' && report.bundle !== undefined) return ''
  const message =
    failure === undefined
      ? ''
      : escapeMessage(truncate(failure.message, MESSAGE_MAX_CHARS))
  const environment = report.target
    ? `**${escapeMarkdown(report.target.environment.name)}**`
    : 'the environment'
  const deployed = report.plan?.deployed
  const previous =
    deployed === undefined
      ? 'the previous configuration'
      : `version ${deployed.version}`
  const deployment = deploymentLink(report)
  const rollout = report.rollout
  const lines: string[] = []
  const say = (label: string, text: string): void => {
    if (text !== '') lines.push(`**${label}:** ${text}`)
  }
  switch (outcome) {
    case 'input':
      say('What happened', message)
      say(
        'What to do',
        failure?.region === undefined
          ? `fix the input ${code(failure?.input ?? '')} in the workflow's \`with:\` block and re-run.`
          : `check the region first: this run looked in ${code(failure.region)} (the \`region\` input, else \`AWS_REGION\`, e.g. the \`aws-region\` of \`aws-actions/configure-aws-credentials\`). If the ${code(failure.input ?? '')} is in another region, set \`region\` to it; otherwise fix the input ${code(failure.input ?? '')} and re-run.`
      )
      break
    case 'bundle':
      say('What happened', message)
      say(
        'What to do',
        'check the `bundle` input: the path is relative to `GITHUB_WORKSPACE`, and the file must be checked out (`actions/checkout`) before this step.'
      )
      break
    case 'guard': {
      const refused = (report.plan?.guards ?? []).filter(
        (g) => g.outcome === 'refuse'
      )
      const names = refused.map((g) => code(g.guard)).join(' and ')
      const by =
        names === ''
          ? 'a guard'
          : `the ${names} ${refused.length === 1 ? 'guard' : 'guards'}`
      say(
        'What happened',
        report.mode === 'plan'
          ? `a deploy of this bundle would stop at ${by}, before writing anything.`
          : `${by} refused the rollout before anything was written: ${environment} still serves ${previous}.`
      )
      if (refused.length === 0) say('Why', message)
      say(
        'What to do',
        lowerFirst(refused.map((g) => guardAdvice(g, environment)).join(' ')) ||
          'read the guard messages below, fix the cause, and re-run.'
      )
      break
    }
    case 'aws': {
      // The message already names the step and what AWS said (src/aws/aws-error.ts). When
      // the error knows its own advice (credentials, region, network), the message ends with
      // it for the log; the summary shows it once, as what to do.
      const advice = failure?.advice
      if (advice !== undefined && advice !== '') {
        const text = failure?.message ?? ''
        const cause = text.endsWith(advice)
          ? text.slice(0, -advice.length).trim()
          : text
        say('What happened', escapeMessage(truncate(cause, MESSAGE_MAX_CHARS)))
        say('What to do', lowerFirst(escapeMessage(advice)))
      } else {
        say('What happened', message)
        say('What to do', awsAdvice(report, environment))
      }
      break
    }
    case 'rolled-back': {
      const cause = rollout?.cause
      const at =
        cause?.percentage === undefined
          ? ''
          : ` at ${formatPercent(cause.percentage)} of clients`
      say(
        'What happened',
        `AppConfig rolled back ${deployment}${at}: ${environment} serves ${previous} again.`
      )
      say('Triggered by', cause ? describeCause(report, cause) : message)
      say('What to do', rollbackAdvice(report, cause))
      break
    }
    case 'reverted': {
      const cause = rollout?.cause
      say(
        'What happened',
        `${capitalise(deployment)} was reverted after it completed: ${environment} serves ${previous} again.`
      )
      say(
        'Triggered by',
        cause?.by === 'user'
          ? `a user reverted it (StopDeployment with AllowRevert, from the console, the CLI or another workflow).${said(cause)}`
          : cause
            ? describeCause(report, cause)
            : message
      )
      say(
        'What to do',
        'a revert is deliberate: find out why before re-running this workflow to deploy again.'
      )
      break
    }
    case 'timed-out':
    case 'cancelled': {
      say(
        'What happened',
        message ||
          (outcome === 'timed-out'
            ? 'The wait timed out.'
            : 'The workflow run was cancelled.')
      )
      const input = outcome === 'timed-out' ? 'on-timeout' : 'on-cancel'
      if (rollout?.deploymentNumber === undefined) {
        say(
          'Deployment',
          `none was started: nothing changed in ${environment}.`
        )
      } else {
        const reached =
          rollout.percentage === undefined
            ? ''
            : ` had reached ${formatPercent(rollout.percentage)} of clients`
        const state =
          rollout.state === undefined
            ? ''
            : ` (last state seen ${code(rollout.state)})`
        const then =
          rollout.stopped === true
            ? `stopped by this run (\`${input}: stop\`), so AppConfig rolls it back: ${environment} returns to ${previous}.`
            : `left running (\`${input}: leave\` or the stop failed): it may still complete or roll back.`
        say('Deployment', `${deployment}${reached}${state}; ${then}`)
      }
      const advice =
        outcome === 'timed-out'
          ? [
              "if the strategy is slow by design, raise `timeout-minutes` (empty means the strategy's duration plus its bake plus 5 minutes), then re-run."
            ]
          : ['re-run the workflow to deploy again.']
      if (isDeploymentRunning(report))
        advice.push(
          `Follow ${deployment} in the console, or stop it (AppConfig then rolls it back) with the command below.`
        )
      say('What to do', advice.join(' '))
      break
    }
    default: {
      say(
        'What happened',
        message || `The rollout ended as ${code(report.result)}.`
      )
      say(
        'What to do',
        're-run with step debug logging (`ACTIONS_STEP_DEBUG: true`) and report the error if it persists.'
      )
    }
  }
  if (isDeploymentRunning(report)) {
    if (!['timed-out', 'cancelled'].includes(outcome))
      lines.push(
        `> ⚠️ ${capitalise(deployment)} was last seen ${code(report.rollout?.state ?? 'running')}: it may still be running. Follow it in the console, or stop it with the command below.`
      )
    const command = stopCommand(report)
    if (command !== undefined) lines.push(codeBlock(command, 'sh'))
  }
  return lines.join('\n\n')
}

function deploymentLink(report: Report): string {
  const number = report.rollout?.deploymentNumber
  if (number === undefined) return 'the deployment'
  return link(`deployment #${number}`, deploymentUrl(report))
}

/** AppConfig's own words about a rollback, escaped, as a trailing sentence. */
function said(cause: RollbackCause): string {
  return cause.description === undefined || cause.description === ''
    ? ''
    : ` AppConfig says: ${escapeMarkdown(truncate(cause.description, TEXT_MAX_CHARS))}`
}

function describeCause(report: Report, cause: RollbackCause): string {
  const says = said(cause)
  switch (cause.by) {
    case 'alarm': {
      const alarms = knownAlarms(report)
      const names = cause.alarmArns.map((arn) =>
        link(code(alarmName(arn, alarms)), alarmConsoleUrl(arn))
      )
      if (names.length === 0) return `a CloudWatch alarm.${says}`
      if (names.length > 1)
        return `alarms ${names.join(', ')} fired (their reasons are in the alarm table below).${says}`
      const reason = alarms.find((a) => a.arn === cause.alarmArns[0])?.reason
      return reason === undefined || reason === ''
        ? `alarm ${names[0]} fired.${says}`
        : `alarm ${names[0]} fired; CloudWatch says: ${escapeMarkdown(sentence(truncate(reason, TEXT_MAX_CHARS)))}${says}`
    }
    case 'user':
      return `a user stopped the deployment (StopDeployment, from the console, the CLI or another workflow).${says}`
    case 'self':
      return `this run stopped the deployment.${says}`
    case 'internal-error':
      return `an AppConfig internal error.${says}`
    case 'appconfig':
      return `AppConfig.${says}`
    case 'unknown':
      return says === '' ? 'not recorded in the event log.' : says.trim()
  }
}

function rollbackAdvice(
  report: Report,
  cause: RollbackCause | undefined
): string {
  const rerun = 're-run this workflow to deploy again'
  switch (cause?.by) {
    case 'alarm': {
      const names = cause.alarmArns
        .map((arn) => code(alarmName(arn, knownAlarms(report))))
        .join(', ')
      return `find out why ${names || 'the alarm'} fired (the alarm table below links to CloudWatch), fix the cause, then ${rerun}. Nothing needs reverting: the rollback already restored the previous version.`
    }
    case 'user':
      return `ask whoever stopped it why; ${rerun} when the rollout should go ahead.`
    case 'internal-error':
      return `${rerun}: AppConfig recommends a new deployment after an internal error.`
    default:
      return `read the timeline below for what AppConfig recorded, then ${rerun}.`
  }
}

function guardAdvice(guard: GuardResult, environment: string): string {
  switch (guard.guard) {
    case 'flag-removal':
      return 'Keep the flags in the bundle, mark them `_deprecation` in a deployed version first, or set `allow-flag-removal: true` if removing them is intended.'
    case 'flag-in-use':
      return 'Remove the code that reads these flags first (the flag hygiene section lists each place), then the flags; or set `allow-flag-removal: true` if the code copes with their absence.'
    case 'no-alarms':
      return `Add CloudWatch alarms to the monitors of ${environment}, or set \`require-alarms: false\` to deploy without them.`
    case 'alarm-firing':
      return "Wait until the alarm is back to `OK` (the alarm table below gives CloudWatch's reason), then re-run."
    case 'in-progress':
      return 'Wait for the other deployment to end, or set `on-in-progress: wait`.'
    case 'promotion':
      return 'Deploy exactly this content to the `promote-from` environment first, let it complete (and soak for `soak-minutes`), then re-run; the promotion section below shows what differs.'
    case 'min-bake':
      return 'Choose a deployment strategy whose final bake time is at least `min-bake-minutes`.'
    case 'drift':
      // A conflict cannot be kept: only the bundle or overwrite resolves it.
      if (guard.detail?.conflict === true)
        return 'The drift table below shows each flag as base → live → new: put the live values into the bundle, or set `on-drift: overwrite` to deploy the new content over them.'
      return 'The drift table below shows each flag as base → live → new: put the live values into the bundle, or choose `on-drift: keep` (carry them) or `overwrite` (change them back).'
    case 'expected-plan':
      return 'Run the plan again, have the new plan reviewed, and deploy with its `plan-id`.'
    case 'set-flags':
      return `Read what ${environment} runs now, then run the kill switch again.`
    case 'revert-target':
      return `Look at what ${environment} runs now, then run the revert again if it is still wanted.`
  }
}

function awsAdvice(report: Report, environment: string): string {
  const failure = report.failure
  if (failure?.iamAction !== undefined)
    return `grant ${code(failure.iamAction)} to the role this workflow assumes (its policy in IAM, or the \`role-to-assume\` of \`aws-actions/configure-aws-credentials\`), then re-run.`
  const region = report.target?.region
  switch (failure?.errorName) {
    case 'ConflictException':
      return `another deployment is in progress in ${environment}: wait for it to end, or set \`on-in-progress: wait\`, then re-run.`
    case 'ResourceNotFoundException':
      return `check the \`application\`, \`environment\`, \`configuration-profile\` and \`deployment-strategy\` inputs: each must name an existing resource${region === undefined ? '' : ` in ${code(region)}`} (by name or ID).`
    case 'BadRequestException':
      return 'AppConfig rejected the request; its message above names the field. Fix the input or the bundle and re-run.'
    case 'ThrottlingException':
    case 'TooManyRequestsException':
      return 'AWS throttled the calls: re-run later, or run fewer deployments at the same time.'
    case 'ServiceQuotaExceededException':
      return 'an AppConfig quota is reached (hosted versions per profile, for example): delete old versions or ask for a higher quota, then re-run.'
    default:
      return 're-run the workflow; if the error persists, re-run with step debug logging (`ACTIONS_STEP_DEBUG: true`) and report it.'
  }
}

/** Text that ends like a sentence, so the next one does not run into it. */
function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function capitalise(text: string): string {
  return text.replace(
    /^(\[?)([a-z])/,
    (_, bracket: string, c: string) => `${bracket}${c.toUpperCase()}`
  )
}
