import type { StoppedExperiment } from '../appconfig/stop-experiment-runs.js'
import type { ExperimentOnFlag } from './experiment-on-flag.js'
import type { Planned } from './make-plan.js'

/**
 * A plan made after on-experiment: stop ended the runs, with those runs kept on it (`stopped`,
 * with when AppConfig ended them) and the experiments guard saying so: AppConfig no longer lists
 * them as running, but the summary, the incident record and the `experiments` output must.
 */
export function withStoppedExperiments(
  planned: Planned,
  stopped: readonly StoppedExperiment[]
): Planned {
  if (stopped.length === 0) return planned
  const plan = planned.plan
  const kept: ExperimentOnFlag[] = stopped.map((s) => ({
    flag: s.flag,
    experiment: s.experiment,
    run: String(s.run),
    definitionId: s.definitionId,
    runNumber: s.run,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    affected: true,
    effect: 'stopped'
  }))
  const others = (plan.experiments ?? []).filter(
    (e) =>
      !stopped.some(
        (s) => s.definitionId === e.definitionId && s.run === e.runNumber
      )
  )
  const said = stopped
    .map(
      (s) =>
        `run ${s.run} of experiment ${s.experiment} (flag ${s.flag}), ended ${s.endedAt}`
    )
    .join('; ')
  return {
    ...planned,
    plan: {
      ...plan,
      experiments: [...kept, ...others],
      guards: plan.guards.map((g) =>
        g.guard === 'experiment' && g.outcome === 'pass'
          ? {
              ...g,
              outcome: 'warn',
              message: `Stopped before the deployment (on-experiment: stop): ${said}. Users are served the deployed flag again; this deployment changes it.`
            }
          : g
      )
    }
  }
}
