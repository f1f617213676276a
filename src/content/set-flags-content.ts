import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import {
  readDeployments,
  type DeployedVersion,
  type VersionReader
} from '../appconfig/read-deployments.js'
import type { Target } from '../appconfig/target.js'
import { isObject, own } from '../bundle/json-object.js'
import type { FlagSetting } from '../settings.js'
import { applySetFlags, type SetFlagProblem } from './set-flags.js'

/** `set-flags` applied to what the environment runs now: the content to deploy, or why not. */
export interface SetFlagsContent {
  /** The environment's current deployment of the profile, the lines' starting point. */
  readonly deployed: DeployedVersion | undefined
  /** The patched content and its JSON; undefined when a line has a problem. */
  readonly content:
    { readonly value: unknown; readonly text: string } | undefined
  readonly problems: readonly SetFlagProblem[]
  /** `set-flags` lines that would put the changed values back; undefined when one cannot. */
  readonly undo: readonly string[] | undefined
}

/**
 * Content stage for `set-flags`: reads the content of the environment's current deployment
 * (not the repository's bundle: main may hold changes not yet released there) and applies the
 * lines to it, each checked against that content's own definitions and constraints.
 */
export async function readSetFlagsContent(
  client: AppConfigClient,
  target: Target,
  versions: VersionReader,
  setFlags: readonly FlagSetting[]
): Promise<SetFlagsContent> {
  const { deployed } = await readDeployments(
    client,
    {
      applicationId: target.application.id,
      environmentId: target.environment.id,
      profileId: target.profile.id
    },
    versions
  )
  if (deployed === undefined)
    return {
      deployed,
      content: undefined,
      undo: undefined,
      problems: setFlags.slice(0, 1).map((s) => ({
        line: s.line,
        flag: s.flag,
        message: `Input 'set-flags' changes what ${target.environment.name} runs, but it runs no version of ${target.profile.name} (no completed deployment); deploy a bundle first.`
      }))
    }
  const { value, problems } = await applySetFlags(deployed.content, setFlags, {
    contentName: `version ${deployed.version} (what ${target.environment.name} runs)`
  })
  return {
    deployed,
    content:
      value === undefined ? undefined : { value, text: JSON.stringify(value) },
    problems,
    undo: undoLines(deployed.content, setFlags)
  }
}

/**
 * The lines that put back what `setFlags` changes, from the live content: `FLAG=on|off` when
 * the flag (and each of its variants) had one state, `FLAG.ATTRIBUTE=<JSON>` when the value had
 * the attribute. Undefined when a change cannot be written as a line (mixed variant states, an
 * attribute that had no value): a revert or the earlier version undoes those.
 */
export function undoLines(
  live: unknown,
  setFlags: readonly FlagSetting[]
): string[] | undefined {
  const values = isObject(live) ? own(live, 'values') : undefined
  const lines: string[] = []
  for (const setting of setFlags) {
    const value = isObject(values) ? own(values, setting.flag) : undefined
    if (!isObject(value)) return undefined
    const variants = Array.isArray(value._variants)
      ? value._variants.filter(isObject)
      : []
    if (setting.kind === 'enabled') {
      const states = new Set(
        [
          ...(variants.length === 0 || 'enabled' in value
            ? [value.enabled ?? false]
            : []),
          ...variants.map((v) => v.enabled)
        ].map((s) => s === true)
      )
      if (states.size !== 1) return undefined
      lines.push(`${setting.flag}=${[...states][0] ? 'on' : 'off'}`)
      continue
    }
    const before =
      variants.length === 0
        ? own(value, setting.attribute)
        : sameInAll(
            variants.map((v) =>
              isObject(v.attributeValues)
                ? own(v.attributeValues, setting.attribute)
                : undefined
            )
          )
    if (before === undefined) return undefined
    lines.push(`${setting.flag}.${setting.attribute}=${JSON.stringify(before)}`)
  }
  return lines
}

/** The one value all entries share (compared as JSON), else undefined. */
function sameInAll(values: readonly unknown[]): unknown {
  if (values.some((v) => v === undefined)) return undefined
  const texts = new Set(values.map((v) => JSON.stringify(v)))
  return texts.size === 1 ? values[0] : undefined
}
