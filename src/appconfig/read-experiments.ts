import {
  ListExperimentDefinitionsCommand,
  ListExperimentRunsCommand
} from '@aws-sdk/client-appconfig'
import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { awsStep } from '../aws/aws-error.js'
import { requiredField } from '../aws/required-field.js'
import type { DeploymentScope } from './read-history.js'

/**
 * A RUNNING experiment run on one flag of the profile in the environment. While it runs,
 * AppConfig serves its treatments: a deployment "does not change what users see because the
 * experiment is still controlling the flag" (user guide, "Promoting a winning treatment").
 */
export interface RunningExperiment {
  /** The flag key the definition names (ExperimentDefinitionSummary.FlagKey). */
  readonly flag: string
  readonly definitionId: string
  /** The definition's name, as people know it. */
  readonly experiment: string
  /** The run number (ExperimentRunSummary.Run). */
  readonly run: number
  /** When the run started (ISO), if AppConfig said. */
  readonly startedAt?: string
}

/**
 * The RUNNING runs on flags of this profile in this environment: ListExperimentDefinitions
 * filtered by application, environment, profile and status ACTIVE ("You can filter results by
 * application, configuration profile, environment, or status"), then ListExperimentRuns of each
 * with status RUNNING ("You can filter by status"). Every page is read; errors are not swallowed:
 * a missed run would report a change users will not see.
 */
export async function readExperiments(
  client: AppConfigClient,
  scope: DeploymentScope
): Promise<RunningExperiment[]> {
  const definitions = await awsStep(
    "Reading the environment's experiments",
    'appconfig:ListExperimentDefinitions',
    async () => {
      const found = []
      let token: string | undefined
      do {
        const page = await client.send(
          new ListExperimentDefinitionsCommand({
            ApplicationIdentifier: scope.applicationId,
            EnvironmentIdentifier: scope.environmentId,
            ConfigurationProfileIdentifier: scope.profileId,
            Status: 'ACTIVE',
            NextToken: token
          })
        )
        // `?.`: a stubbed client (unit tests) may answer nothing at all.
        found.push(...(page?.Items ?? []))
        token = page?.NextToken
      } while (token !== undefined)
      return found
    }
  )
  const running: RunningExperiment[] = []
  for (const definition of definitions) {
    // The filters are AppConfig's; the scope is checked again so a looser answer cannot leak in.
    if (
      (definition.EnvironmentId !== undefined &&
        definition.EnvironmentId !== scope.environmentId) ||
      (definition.ConfigurationProfileId !== undefined &&
        definition.ConfigurationProfileId !== scope.profileId)
    )
      continue
    const definitionId = requiredField(
      definition.Id,
      'Id',
      'appconfig:ListExperimentDefinitions'
    )
    const flag = requiredField(
      definition.FlagKey,
      'FlagKey',
      'appconfig:ListExperimentDefinitions'
    )
    await awsStep(
      `Reading the runs of experiment ${definition.Name ?? definitionId}`,
      'appconfig:ListExperimentRuns',
      async () => {
        let token: string | undefined
        do {
          const page = await client.send(
            new ListExperimentRunsCommand({
              ApplicationIdentifier: scope.applicationId,
              ExperimentDefinitionIdentifier: definitionId,
              Status: 'RUNNING',
              NextToken: token
            })
          )
          for (const run of page?.Items ?? [])
            if (run.Status === undefined || run.Status === 'RUNNING')
              running.push({
                flag,
                definitionId,
                experiment: definition.Name ?? definitionId,
                run: requiredField(
                  run.Run,
                  'Run',
                  'appconfig:ListExperimentRuns'
                ),
                startedAt: run.StartedAt?.toISOString()
              })
          token = page?.NextToken
        } while (token !== undefined)
      }
    )
  }
  return running.sort(
    (a, b) =>
      a.flag.localeCompare(b.flag) ||
      a.experiment.localeCompare(b.experiment) ||
      a.run - b.run
  )
}
