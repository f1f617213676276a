/**
 * The benchmark's "SDK waiter" contender: what a user writes with @aws-sdk/client-appconfig when
 * not using this action. Names are resolved with List* (like the CLI script), then
 * CreateHostedConfigurationVersion → StartDeployment → waitUntilDeploymentComplete at the SDK's
 * defaults for AppConfig (minDelay 30 s, maxDelay 120 s; maxWaitTime is required, one hour here).
 * Exits 0 on COMPLETE, 1 otherwise. Configured by environment variables (BENCH_*), pointed at the
 * emulator with AWS_ENDPOINT_URL.
 */
import {
  AppConfigClient,
  CreateHostedConfigurationVersionCommand,
  paginateListApplications,
  paginateListConfigurationProfiles,
  paginateListDeploymentStrategies,
  paginateListEnvironments,
  StartDeploymentCommand,
  waitUntilDeploymentComplete
} from '@aws-sdk/client-appconfig'
import { readFileSync } from 'node:fs'

const env = (name: string): string => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return value
}

async function idOf(
  pages: AsyncIterable<{ Items?: { Id?: string; Name?: string }[] }>,
  name: string
): Promise<string> {
  for await (const page of pages)
    for (const item of page.Items ?? [])
      if (item.Name === name || item.Id === name) return item.Id!
  throw new Error(`no ${name}`)
}

const client = new AppConfigClient({})
const ApplicationId = await idOf(
  paginateListApplications({ client }, {}),
  env('BENCH_APPLICATION')
)
const [EnvironmentId, ConfigurationProfileId, DeploymentStrategyId] =
  await Promise.all([
    idOf(
      paginateListEnvironments({ client }, { ApplicationId }),
      env('BENCH_ENVIRONMENT')
    ),
    idOf(
      paginateListConfigurationProfiles({ client }, { ApplicationId }),
      env('BENCH_PROFILE')
    ),
    idOf(
      paginateListDeploymentStrategies({ client }, {}),
      env('BENCH_STRATEGY')
    )
  ])
const version = await client.send(
  new CreateHostedConfigurationVersionCommand({
    ApplicationId,
    ConfigurationProfileId,
    Content: readFileSync(env('BENCH_BUNDLE')),
    ContentType: 'application/json'
  })
)
const deployment = await client.send(
  new StartDeploymentCommand({
    ApplicationId,
    EnvironmentId,
    ConfigurationProfileId,
    DeploymentStrategyId,
    ConfigurationVersion: String(version.VersionNumber)
  })
)
console.log(`Started deployment ${deployment.DeploymentNumber}`)
try {
  await waitUntilDeploymentComplete(
    { client, maxWaitTime: 3600 },
    {
      ApplicationId,
      EnvironmentId,
      DeploymentNumber: deployment.DeploymentNumber
    }
  )
  console.log('COMPLETE')
} catch (error) {
  console.log(
    `Deployment failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`
  )
  process.exitCode = 1
}
client.destroy()
