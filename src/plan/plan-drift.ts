import { findPipelineBase } from '../appconfig/find-pipeline-base.js'
import type { VersionReader } from '../appconfig/read-deployments.js'
import { resolveAccount } from '../appconfig/resolve-account.js'
import type { Target } from '../appconfig/target.js'
import type { AwsClients } from '../aws/clients.js'
import type { Content } from '../content/content.js'
import type { Settings } from '../settings.js'
import { mergeDrift, type DriftResult } from './drift.js'

/**
 * Content → the content to plan with: reads what runs and this action's last deployment of a
 * bundle or version (the base), and merges per flag under `on-drift` (drift.ts). Only for
 * content from the repository (a bundle or a version); a `set-flags` patch starts from what
 * runs, so it has no drift to undo. Writes nothing.
 */
export async function planDrift(
  clients: AwsClients,
  target: Target,
  versions: VersionReader,
  settings: Pick<Settings, 'onDrift'>,
  content: Content,
  debug: (line: string) => void = () => undefined
): Promise<DriftResult | undefined> {
  if (content.source !== 'bundle' && content.source !== 'version')
    return undefined
  const account = await resolveAccount(
    clients.appconfig,
    target.region,
    target.monitors
  )
  debug(
    account === undefined
      ? 'Drift: no account ID (AWS_ACCOUNT_ID, the credentials, an alarm monitor), so deployments are recognised by their description.'
      : `Drift: deployments recognised by their tags (account from the ${account.origin}).`
  )
  const history = await findPipelineBase(
    clients.appconfig,
    {
      applicationId: target.application.id,
      environmentId: target.environment.id,
      profileId: target.profile.id
    },
    versions,
    account
  )
  return mergeDrift({
    base: history.base,
    live: history.live,
    content: content.value,
    onDrift: settings.onDrift,
    recognisedBy: history.recognisedBy,
    limitReached: history.limitReached,
    environmentName: target.environment.name
  })
}
