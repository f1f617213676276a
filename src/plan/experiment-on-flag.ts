/**
 * What this run does to a flag under a running experiment:
 * `untouched` the content does not change the flag; `refused` on-experiment: fail refused the
 * run; `stop` the run will be stopped before the deployment starts; `stopped` it was;
 * `waits` on-experiment: ignore, the change reaches users when the run ends.
 */
export type ExperimentEffect =
  'untouched' | 'refused' | 'stop' | 'stopped' | 'waits'

/** A running experiment run on a flag of the profile, and what this run does about it. */
export interface ExperimentOnFlag {
  readonly flag: string
  /** The experiment definition's name. */
  readonly experiment: string
  /** The run number, as text (the `experiments` output and the report say "run 3"). */
  readonly run: string
  readonly definitionId: string
  readonly runNumber: number
  /** When the run started (ISO), if AppConfig said. */
  readonly startedAt?: string
  /** When AppConfig said the run ended (ISO), once this action stopped it. */
  readonly endedAt?: string
  /** Whether this run's content changes the flag. */
  readonly affected: boolean
  readonly effect: ExperimentEffect
}
