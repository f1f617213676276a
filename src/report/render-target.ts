import { runUrl, type GitHubContext } from '../github/context.js'
import { formatMinutes, formatPercent } from './format-duration.js'
import { TEXT_MAX_CHARS } from './limits.js'
import { code, escapeMarkdown, link, table, truncate } from './markdown.js'
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

/** Options for the target table. */
export interface TargetOptions {
  /** Include the rollout rows (version written, deployment); off for plan comments. */
  readonly rollout?: boolean
}

/**
 * Where the bundle goes and what carries it: application, environment, profile, strategy,
 * version, deployment and links to the console, the commit and the run.
 */
export function renderTarget(
  report: Report,
  context: GitHubContext,
  options: TargetOptions = {}
): string {
  const target = report.target
  if (target === undefined) return ''
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
      ? 'reused: identical to the latest hosted version'
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
  const source = renderSource(context)
  if (source !== '') rows.push(['Source', source])
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

/** The commit and the workflow run, linked. */
export function renderSource(context: GitHubContext): string {
  const parts: string[] = []
  if (context.sha !== undefined)
    parts.push(
      `commit ${link(code(context.sha.slice(0, 7)), commitUrl(context))}`
    )
  const run = runUrl(context)
  if (run !== undefined) parts.push(link('workflow run', run))
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
