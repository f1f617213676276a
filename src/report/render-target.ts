import { runUrl, type GitHubContext } from '../github/context.js'
import { formatMinutes, formatPercent } from './format-duration.js'
import { TEXT_MAX_CHARS } from './limits.js'
import {
  code,
  details,
  escapeMarkdown,
  link,
  table,
  truncate
} from './markdown.js'
import type { WrittenVersion } from '../appconfig/written-version.js'
import type { Named, Report, StrategyReport } from './report.js'
import { commitUrl, deployedUrl, deploymentUrl } from './report-links.js'

/** What a strategy does, in words: "linear, +50% every 30s over 1m, then a 1m bake". */
export function describeStrategy(strategy: StrategyReport): string {
  const { growthFactor, durationMinutes, finalBakeMinutes } = strategy
  const bake =
    finalBakeMinutes > 0
      ? `then a ${formatMinutes(finalBakeMinutes)} bake`
      : 'no bake'
  if (durationMinutes === 0 || growthFactor >= 100)
    return `all at once, ${bake}`
  const steps =
    strategy.growthType === 'LINEAR'
      ? Math.ceil(100 / growthFactor - 1e-9)
      : Math.ceil(Math.log2(100 / growthFactor) - 1e-9) + 1
  const every = formatMinutes(durationMinutes / steps)
  const growth =
    strategy.growthType === 'LINEAR'
      ? `linear, +${formatPercent(growthFactor)} every ${every}`
      : `exponential, from ${formatPercent(growthFactor)} doubling every ${every}`
  return `${growth} over ${formatMinutes(durationMinutes)}, ${bake}`
}

/** Options for the target section. */
export interface TargetOptions {
  /** Include the rollout rows (version written, deployment); off for plan comments. */
  readonly rollout?: boolean
  /**
   * Link the workflow run: yes in a pull-request comment, no in the job summary, which is on
   * the run's own page.
   */
  readonly runLink?: boolean
}

/**
 * Where the bundle went and what carried it, as one compact line (application › environment
 * › profile, region, strategy, commit, plan ID) with the full table folded below it: a
 * reviewer reads the changes first (issue 27), the provenance when they need it.
 */
export function renderTarget(
  report: Report,
  context: GitHubContext,
  options: TargetOptions = {}
): string {
  const target = report.target
  if (target === undefined) return ''
  const facts = [
    `${code(target.application.name)} › ${bold(target.environment.name)} › ${code(target.profile.name)}`,
    code(target.region),
    `strategy ${code(target.strategy.name)}`
  ]
  if (context.sha !== undefined)
    facts.push(
      `commit ${link(code(context.sha.slice(0, 7)), commitUrl(context))}`
    )
  const planId = report.plan?.planId
  if (planId !== undefined) facts.push(`plan ID ${code(planId)}`)
  return [
    `**Target:** ${facts.join(' · ')}`,
    details(
      'Target, version and provenance',
      targetTable(report, context, options)
    )
  ].join('\n\n')
}

/**
 * What the environment serves now, in one line, for a run that succeeded (a failed run's
 * "What happened" says it): the reviewer's second question after "did it work?".
 */
export function renderServing(report: Report): string {
  const target = report.target
  const plan = report.plan
  if (
    target === undefined ||
    plan === undefined ||
    report.failure !== undefined
  )
    return ''
  if (report.incident !== undefined) return ''
  const environment = bold(target.environment.name)
  const deployed = plan.deployed
  const before =
    deployed === undefined
      ? 'nothing for this profile'
      : `${code(target.profile.name)} v${deployed.version}${label(deployed.label)} (${link(`deployment #${deployed.deploymentNumber}`, deployedUrl(report))})`
  const version = report.rollout?.version
  const now =
    version === undefined
      ? ''
      : `${code(target.profile.name)} v${version.number}${label(version.label)}`
  const deployment = link(
    `deployment #${report.rollout?.deploymentNumber ?? '?'}`,
    deploymentUrl(report)
  )
  switch (report.result) {
    case 'complete':
      return `${environment} serves ${now} to every client (${deployment}); before: ${before}.`
    case 'baking':
      return `${environment} serves ${now} to every client and is baking (${deployment}): AppConfig rolls back to ${before} if an alarm fires.`
    case 'started':
      return `${environment} is moving from ${before} to ${now} (${deployment}): AppConfig rolls back if an alarm fires.`
    case 'planned':
      return `${environment} serves now: ${before}.`
    default:
      return ''
  }
}

/** The whole target as a table: IDs, strategy in words, versions, deployment, source. */
function targetTable(
  report: Report,
  context: GitHubContext,
  options: TargetOptions
): string {
  const target = report.target!
  const rows: string[][] = [
    ['Application', named(target.application, code)],
    [
      'Environment',
      `${named(target.environment, bold)} · region ${code(target.region)}`
    ],
    ['Configuration profile', named(target.profile, code)],
    [
      'Strategy',
      `${named(target.strategy, code)}: ${describeStrategy(target.strategy)}`
    ]
  ]
  const deployed = report.plan?.deployed
  const before =
    deployed === undefined
      ? 'nothing deployed yet'
      : `**${deployed.version}**${label(deployed.label)} from ${link(`deployment #${deployed.deploymentNumber}`, deployedUrl(report))}`
  const version = report.rollout?.version
  if (options.rollout !== false && version !== undefined) {
    const origin = version.reused
      ? 'reused: a hosted version that already held this content'
      : 'new hosted version'
    rows.push([
      'Version',
      `**${version.number}**${label(version.label)} (${origin}) · before: ${before}`
    ])
    const respelled = renderRespelled(version.respelled)
    if (respelled !== '') rows.push(['In ASCII', respelled])
  } else if (report.plan !== undefined) {
    rows.push(['Deployed now', before])
  }
  const rollout = report.rollout
  if (options.rollout !== false && rollout?.deploymentNumber !== undefined) {
    const facts = [link(`#${rollout.deploymentNumber}`, deploymentUrl(report))]
    if (rollout.state !== undefined) facts.push(code(rollout.state))
    if (rollout.percentage !== undefined)
      facts.push(`${formatPercent(rollout.percentage)} of clients`)
    rows.push(['Deployment', facts.join(' · ')])
  }
  const source = renderSource(context, options.runLink === true)
  if (source !== '') rows.push(['Source', source])
  if (report.plan?.planId !== undefined)
    rows.push([
      'Plan ID',
      `${code(report.plan.planId)} (pass it to ${code('expected-plan')} to deploy exactly this)`
    ])
  return table(['Target', ''], rows)
}

/**
 * The hosted version's label and description travel in headers AppConfig limits to ASCII:
 * what was sent, next to what was typed (the deployment's own description keeps that).
 */
function renderRespelled(
  respelled: WrittenVersion['respelled'] | undefined
): string {
  if (respelled === undefined) return ''
  const quote = (text: string): string => code(truncate(text, TEXT_MAX_CHARS))
  const parts: string[] = []
  if (respelled.label !== undefined)
    parts.push(
      `label ${quote(respelled.label.sent)} for ${quote(respelled.label.typed)}`
    )
  if (respelled.description !== undefined)
    parts.push(
      `version description ${quote(respelled.description.sent)} for ${quote(respelled.description.typed)} (the deployment's description is as typed)`
    )
  return `${parts.join('; ')}: AppConfig takes these in HTTP headers, which carry only ASCII`
}

/** The commit and (unless the text is on the run's own page) the workflow run, linked. */
export function renderSource(context: GitHubContext, runLink = true): string {
  const parts: string[] = []
  if (context.sha !== undefined)
    parts.push(
      `commit ${link(code(context.sha.slice(0, 7)), commitUrl(context))}`
    )
  const run = runUrl(context)
  if (runLink && run !== undefined) parts.push(link('workflow run', run))
  return parts.join(' · ')
}

function named(resource: Named, show: (text: string) => string): string {
  return resource.id === resource.name || resource.id === ''
    ? show(resource.name)
    : `${show(resource.name)} (ID ${code(resource.id)})`
}

function bold(text: string): string {
  return `**${escapeMarkdown(text)}**`
}

function label(text: string | undefined): string {
  return text === undefined || text === '' ? '' : ` ${code(text)}`
}
