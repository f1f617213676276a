import type { RunningExperiment } from '../appconfig/read-experiments.js'
import type { Settings } from '../settings.js'
import type {
  ExperimentEffect,
  ExperimentOnFlag
} from './experiment-on-flag.js'
import type { FlagChange, GuardResult } from './plan.js'

/** AppConfig user guide, "Promoting a winning treatment": why a deploy changes nothing for users. */
export const EXPERIMENT_CONTROLS_FLAG =
  'While the experiment is active, this deployment does not change what users see because the experiment is still controlling the flag.'

/** API reference, StopExperimentRun. */
export const STOP_RETURNS_DEPLOYED =
  'Stopping an experiment run ends audience exposure and returns users to the currently deployed feature flag configuration.'

/**
 * The experiments guard (pure): a change to a flag under a RUNNING experiment run reaches no
 * user until the run ends. `on-experiment: fail` refuses before anything is written, naming the
 * experiment, the run and the fix; `stop` goes on and has the runs stopped before the start;
 * `ignore` goes on and says the change waits. A plan is read ahead of time (the run may end
 * before the deploy), so there it only warns, saying what a deploy would do. Flags under no
 * experiment, or running experiments on flags this content does not change, pass.
 */
export function checkExperiments(
  running: readonly RunningExperiment[],
  changes: readonly FlagChange[],
  settings: Pick<Settings, 'mode' | 'onExperiment'>,
  where: { readonly environment: string; readonly application: string }
): { readonly guard: GuardResult; readonly experiments: ExperimentOnFlag[] } {
  const changed = new Set(changes.map((c) => c.key))
  const onExperiment = settings.onExperiment
  const isPlan = settings.mode === 'plan'
  const effectOf = (affected: boolean): ExperimentEffect =>
    !affected
      ? 'untouched'
      : onExperiment === 'fail'
        ? 'refused'
        : onExperiment === 'stop'
          ? 'stop'
          : 'waits'
  const experiments = running.map((r): ExperimentOnFlag => {
    const affected = changed.has(r.flag)
    return {
      flag: r.flag,
      experiment: r.experiment,
      run: String(r.run),
      definitionId: r.definitionId,
      runNumber: r.run,
      startedAt: r.startedAt,
      affected,
      effect: effectOf(affected)
    }
  })
  const affected = experiments.filter((e) => e.affected)
  if (affected.length === 0)
    return {
      experiments,
      guard: {
        guard: 'experiment',
        outcome: 'pass',
        message:
          running.length === 0
            ? `No AppConfig experiment is running on a flag of this profile in ${where.environment}.`
            : `${count(running.length, 'experiment run')} on ${list(unique(running.map((r) => r.flag)))} in ${where.environment}; this change does not touch ${running.length === 1 ? 'that flag' : 'those flags'}.`
      }
    }
  const named = affected.map(describe).join('; ')
  const fix = affected.map((e) => fixFor(e, where.application)).join(' ')
  if (onExperiment === 'fail')
    return {
      experiments,
      guard: {
        guard: 'experiment',
        outcome: isPlan ? 'warn' : 'refuse',
        message: `${named}: a deployment changes nothing users see until the run ends. ${isPlan ? 'A deploy would refuse before writing anything (on-experiment: fail).' : 'Refused before anything was written (on-experiment: fail).'} Fix: ${fix} Or set on-experiment: stop to have this action stop it first.`
      }
    }
  if (onExperiment === 'stop')
    return {
      experiments,
      guard: {
        guard: 'experiment',
        outcome: 'warn',
        message: `${named}: ${isPlan ? 'a deploy would stop' : 'stopping'} ${affected.length === 1 ? 'the run' : 'the runs'} before the deployment starts (on-experiment: stop), so users are served the deployed flag once it completes. ${STOP_RETURNS_DEPLOYED}`
      }
    }
  return {
    experiments,
    guard: {
      guard: 'experiment',
      outcome: 'warn',
      message: `${named}: the change to ${list(unique(affected.map((e) => e.flag)))} reaches users only when the run ends (on-experiment: ignore). ${EXPERIMENT_CONTROLS_FLAG}`
    }
  }
}

/** `Flag x is controlled by experiment y (run 3, since …)`. */
function describe(e: ExperimentOnFlag): string {
  return `Flag ${e.flag} is controlled by experiment ${e.experiment} (run ${e.run}${e.startedAt === undefined ? '' : `, running since ${e.startedAt}`})`
}

/** The exact command that stops the run. */
function fixFor(e: ExperimentOnFlag, application: string): string {
  return `aws appconfig stop-experiment-run --application-identifier ${application} --experiment-definition-identifier ${e.definitionId} --run ${e.run}.`
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}

function list(values: readonly string[]): string {
  return values.length === 1
    ? `flag ${values[0]}`
    : `flags ${values.join(', ')}`
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`
}
