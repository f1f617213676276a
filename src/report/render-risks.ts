import { formatPercent } from './format-duration.js'
import { nameFlags, removedFlags, undoneFlags } from './flags-at-risk.js'
import { codeBlock, escapeMarkdown, link } from './markdown.js'
import { inlineCode } from './inline-code.js'
import { productionState } from './production-state.js'
import { categorise, isAddedOn, sortChanges } from './render-changes.js'
import { stopCommand } from './render-failure.js'
import type { Report } from './report.js'
import { deploymentUrl } from './report-links.js'

/** Flags named in one callout line before the rest are counted. */
const NAMED_IN_CALLOUT = 10

/**
 * The risks a reviewer must not miss, as GitHub alerts naming the flags (issue 27):
 * `[!CAUTION]` for what can hurt now or cannot be taken back by a rollback (a deployment that
 * may still be running, removed flags, a live change undone), `[!WARNING]` for what deserves
 * a look (flags switched on, no alarms to roll back, experiment-controlled flags). A risk a
 * refusing guard already names in the headline is not repeated; a rolled-back deployment has
 * no change risks left. Empty when there is nothing to say.
 */
export function renderRisks(report: Report): string {
  const state = productionState(report)
  const environment = report.target
    ? `**${escapeMarkdown(report.target.environment.name)}**`
    : 'the environment'
  const refused = new Set(
    (report.plan?.guards ?? [])
      .filter((g) => g.outcome === 'refuse')
      .map((g) => g.guard)
  )
  // The changes' risks matter where they are (or would be) live: in a plan, a deployment
  // that ran, and a refusal (the plan the reviewer fixes); not once rolled back, nor when an
  // error stopped the run before anything was deployed.
  const changesMatter =
    state !== 'rolled-back' &&
    (state !== 'nothing-happened' || report.failure?.kind === 'guard') &&
    report.plan !== undefined &&
    report.plan.changes.length > 0 &&
    report.result !== 'unchanged'
  const caution: string[] = []
  const warning: string[] = []

  if (state === 'may-be-running') caution.push(mayBeRunning(report))
  if (changesMatter) {
    const removed = removedFlags(report)
    if (
      removed.length > 0 &&
      !refused.has('flag-removal') &&
      !refused.has('flag-in-use')
    )
      caution.push(
        `**Removes** ${nameFlags(removed, NAMED_IN_CALLOUT)}: code that reads ${removed.length === 1 ? 'it' : 'them'} gets its default.`
      )
    const undone = undoneFlags(report)
    if (undone.length > 0 && !refused.has('drift'))
      caution.push(
        `**Undoes a live change** to ${nameFlags(undone, NAMED_IN_CALLOUT)}, made outside this action (\`on-drift: overwrite\`).`
      )
    const changes = sortChanges(report.plan?.changes ?? [])
    const on = changes.filter((c) => categorise(c) === 'on').map((c) => c.key)
    const addedOn = changes.filter(isAddedOn).map((c) => c.key)
    if (on.length > 0)
      warning.push(
        `**Turns on** ${nameFlags(on, NAMED_IN_CALLOUT)} in ${environment}.`
      )
    if (addedOn.length > 0)
      warning.push(
        `**Adds, switched on,** ${nameFlags(addedOn, NAMED_IN_CALLOUT)}.`
      )
  }
  if (hasNoAlarms(report) && !refused.has('no-alarms'))
    warning.push(
      `**No alarms:** ${environment} has no CloudWatch alarm monitors, so AppConfig cannot roll a bad deployment back by itself. Add alarms to its monitors; \`require-alarms: true\` refuses to deploy without them.`
    )
  // Runs this change touches and leaves running (on-experiment: ignore): users keep getting
  // the treatments; a refused or stopped run is said by the headline and the experiments table.
  const experiments = (
    report.experiments ??
    report.plan?.experiments ??
    []
  ).filter((e) => e.affected && e.effect === 'waits')
  if (experiments.length > 0 && state !== 'rolled-back')
    warning.push(
      `**Controlled by an experiment:** ${experiments
        .slice(0, NAMED_IN_CALLOUT)
        .map(
          (e) =>
            `${inlineCode(e.flag)} (${inlineCode(e.experiment)}, run ${inlineCode(e.run)})`
        )
        .join(
          ', '
        )}${experiments.length > NAMED_IN_CALLOUT ? ` and ${experiments.length - NAMED_IN_CALLOUT} more` : ''}: users get the experiment's values until the run ends.`
    )
  return [alert('CAUTION', caution), alert('WARNING', warning)]
    .filter(Boolean)
    .join('\n\n')
}

/**
 * Whether the no-alarms risk applies: the environment has no monitors and something is (or
 * would be) deployed. The checks list leaves its `no-alarms` warning out when this is shown.
 */
export function hasNoAlarms(report: Report): boolean {
  const target = report.target
  if (target === undefined || target.monitors.length > 0) return false
  if (report.result === 'unchanged' || report.plan === undefined) return false
  return productionState(report) !== 'rolled-back'
}

function mayBeRunning(report: Report): string {
  const rollout = report.rollout
  const number = rollout?.deploymentNumber
  const deployment = link(`Deployment #${number}`, deploymentUrl(report))
  const seen = [
    rollout?.state === undefined
      ? ''
      : ` last seen ${inlineCode(rollout.state)}`,
    rollout?.percentage === undefined
      ? ''
      : ` at ${formatPercent(rollout.percentage)} of clients`
  ].join('')
  const command = stopCommand(report)
  const text = `**May still be running:** ${deployment} was${seen || ' running'} when this run ended. Follow it in the console, or stop it (AppConfig then rolls it back)${command === undefined ? '.' : ':'}`
  return command === undefined ? text : `${text}\n\n${codeBlock(command, 'sh')}`
}

/** A GitHub alert (`> [!CAUTION]`): one item as a paragraph, several as a list. */
function alert(kind: 'CAUTION' | 'WARNING', items: readonly string[]): string {
  if (items.length === 0) return ''
  const body =
    items.length === 1
      ? items[0]!
      : items.map((item) => `- ${item.replace(/\n/g, '\n  ')}`).join('\n')
  return [`[!${kind}]`, ...body.split('\n')]
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}
