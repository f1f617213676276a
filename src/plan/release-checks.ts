import { readEnvironmentContents } from '../appconfig/read-environment-content.js'
import type { VersionReader } from '../appconfig/version-reader.js'
import type { Target } from '../appconfig/target.js'
import type { AwsClients } from '../aws/clients.js'
import type { Settings } from '../settings.js'
import { checkBake } from './check-bake.js'
import { checkPromotion } from './check-promotion.js'
import type { Planned } from './make-plan.js'
import { makeOverview } from './make-overview.js'
import type { GuardResult } from './plan.js'

/** The settings the release checks read. */
export type ReleaseSettings = Pick<
  Settings,
  'mode' | 'promoteFrom' | 'soakMinutes' | 'environments' | 'minBakeMinutes'
>

/**
 * The checks of a release pipeline, added to a plan: `promote-from` (+ `soak-minutes`) and
 * `min-bake-minutes` as guards (refusing before anything is written), `environments` as the
 * overview. Reads the other environments; writes nothing. Returns the plan unchanged when none
 * of these inputs is set, without a single AWS call.
 */
export async function withReleaseChecks(
  planned: Planned,
  clients: AwsClients,
  target: Target,
  versions: VersionReader,
  settings: ReleaseSettings,
  content: unknown,
  now: number
): Promise<Planned> {
  const { promoteFrom, environments } = settings
  const [sources, shown] = await Promise.all([
    promoteFrom === undefined
      ? Promise.resolve([])
      : readEnvironmentContents(
          clients,
          target,
          [promoteFrom],
          'promote-from',
          versions
        ),
    readEnvironmentContents(
      clients,
      target,
      environments,
      'environments',
      versions
    )
  ])
  const promotion =
    sources[0] === undefined
      ? undefined
      : checkPromotion(sources[0], content, settings, now, target.profile.id)
  const bake = checkBake(target.strategy, settings.minBakeMinutes)
  const guards: GuardResult[] = [
    ...planned.plan.guards,
    ...(promotion === undefined ? [] : [promotion.guard]),
    ...(bake === undefined ? [] : [bake])
  ]
  return {
    ...planned,
    plan: {
      ...planned.plan,
      guards,
      ...(promotion === undefined ? {} : { promotion: promotion.promotion }),
      ...(environments.length === 0
        ? {}
        : { overview: makeOverview(shown, content) })
    }
  }
}
