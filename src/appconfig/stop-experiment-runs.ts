import {
  GetExperimentRunCommand,
  StopExperimentRunCommand
} from '@aws-sdk/client-appconfig'
import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import {
  AwsStepError,
  awsStep,
  describeAwsError,
  isAwsError
} from '../aws/aws-error.js'
import type { RunningExperiment } from './read-experiments.js'

/** A run this action stopped, and when AppConfig said it ended. */
export interface StoppedExperiment extends RunningExperiment {
  /** ExperimentRun.EndedAt (ISO), or when the action saw it DONE. */
  readonly endedAt: string
}

export interface StopTiming {
  readonly now: () => number
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
  readonly signal: AbortSignal
  /** Epoch ms: the wait for DONE gives up here. */
  readonly deadline: number
  readonly pollMs: number
}

/**
 * Stops each run (StopExperimentRun: "Stopping an experiment run ends audience exposure and
 * returns users to the currently deployed feature flag configuration") and waits, bounded by
 * `deadline`, until GetExperimentRun says DONE. No winner is declared: the request's only
 * members besides the run are `Result` (a write-up) and `DeploymentParameters`, both optional.
 * A run that ended meanwhile (ConflictException, then DONE) counts as stopped.
 */
export async function stopExperimentRuns(
  client: AppConfigClient,
  applicationId: string,
  runs: readonly RunningExperiment[],
  timing: StopTiming
): Promise<StoppedExperiment[]> {
  const stopped: StoppedExperiment[] = []
  for (const run of runs) {
    const step = `Stopping run ${run.run} of experiment ${run.experiment} (flag ${run.flag})`
    const input = {
      ApplicationIdentifier: applicationId,
      ExperimentDefinitionIdentifier: run.definitionId,
      Run: run.run
    }
    try {
      await client.send(new StopExperimentRunCommand(input), {
        abortSignal: timing.signal
      })
    } catch (error) {
      // Already DONE (someone stopped it, or our earlier answer was lost): read it below.
      if (!isAwsError(error, 'ConflictException'))
        throw describeAwsError(error, step, 'appconfig:StopExperimentRun')
    }
    for (;;) {
      const now = await awsStep(
        `Waiting for run ${run.run} of experiment ${run.experiment} to end`,
        'appconfig:GetExperimentRun',
        () =>
          client.send(new GetExperimentRunCommand(input), {
            abortSignal: timing.signal
          })
      )
      if (now.Status === 'DONE') {
        stopped.push({
          ...run,
          endedAt: (now.EndedAt ?? new Date(timing.now())).toISOString()
        })
        break
      }
      if (timing.now() + timing.pollMs > timing.deadline)
        throw new AwsStepError(
          `Run ${run.run} of experiment ${run.experiment} was asked to stop but is still ${now.Status ?? 'not DONE'}; nothing was deployed. Check it in the AppConfig console and re-run.`,
          step,
          'ExperimentStillRunning'
        )
      await timing.sleep(timing.pollMs, timing.signal)
    }
  }
  return stopped
}
