import { formatTimestamp } from './format-duration.js'
import type { ExperimentOnFlag } from '../plan/experiment-on-flag.js'
import { plural } from '../format.js'
import { TEXT_MAX_CHARS } from './limits.js'
import { code, escapeMarkdown, table, truncate } from './markdown.js'
import type { PlanReport } from './report.js'

/** Runs listed in the table; the `experiments` output lists every one. */
const MAX_EXPERIMENT_ROWS = 50

/** What the change does to users of each flag, in words. */
const EFFECT: Record<ExperimentOnFlag['effect'], string> = {
  untouched:
    'Not changed by this run: the experiment keeps serving its treatments.',
  refused:
    '⛔ Refused (`on-experiment: fail`): a deployment would change nothing users see until the run ends.',
  stop: '⏹ The run is stopped before the deployment starts (`on-experiment: stop`); users then get the deployed flag.',
  stopped:
    '⏹ Stopped before the deployment (`on-experiment: stop`); users get the deployed flag, and this deployment changes it.',
  waits:
    '⏳ Nothing until the run ends (`on-experiment: ignore`): the experiment keeps serving its treatments.'
}

/**
 * AppConfig experiments on flags of this profile here: per flag the experiment, its run, since
 * when, and what this change does for users. Also says when the newest deployment of the profile
 * was AppConfig's own for an experiment (MANAGED). Empty when there is nothing to say.
 */
export function renderExperiments(plan: PlanReport | undefined): string {
  const experiments = plan?.experiments ?? []
  const managed = plan?.experimentDeployment
  const note =
    managed === undefined
      ? ''
      : `The newest deployment of this profile here, ${code(String(managed.deploymentNumber))} (${code(managed.state)}), is AppConfig's own for an experiment (type \`MANAGED\`): it is not what this action deployed, nor a drift base or a revert target.`
  if (experiments.length === 0)
    return note === '' ? '' : `#### Experiments\n\n${note}`
  const rows = experiments
    .slice(0, MAX_EXPERIMENT_ROWS)
    .map((e) => [
      code(e.flag),
      escapeMarkdown(truncate(e.experiment, TEXT_MAX_CHARS)),
      code(e.run),
      `${e.startedAt === undefined ? '—' : escapeMarkdown(formatTimestamp(e.startedAt, 'minute'))}${e.endedAt === undefined ? '' : ` → ended ${escapeMarkdown(formatTimestamp(e.endedAt, 'minute'))}`}`,
      EFFECT[e.effect]
    ])
  const left = experiments.length - rows.length
  const affected = experiments.filter((e) => e.affected).length
  return [
    '#### Experiments',
    `${plural(experiments.length, 'experiment run')} on flags of this profile; this change touches ${affected === 0 ? 'none of them' : plural(affected, 'flag')} under an experiment. While a run is active, AppConfig serves its treatments: a deployment "does not change what users see because the experiment is still controlling the flag".`,
    table(
      ['Flag', 'Experiment', 'Run', 'Since', 'What this change does'],
      rows
    ),
    left > 0
      ? `…and ${plural(left, 'more run')} (the \`experiments\` output lists every one).`
      : '',
    note
  ]
    .filter(Boolean)
    .join('\n\n')
}

/** The `experiments` output: every run, `{"flag", "experiment", "run"}`. */
export function experimentsOutput(plan: PlanReport | undefined): string {
  return JSON.stringify(
    (plan?.experiments ?? []).map((e) => ({
      flag: e.flag,
      experiment: e.experiment,
      run: e.runNumber
    }))
  )
}
