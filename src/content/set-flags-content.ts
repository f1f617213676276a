import type { DeployedVersion } from '../appconfig/read-history.js'
import {
  killSwitchDescription,
  killSwitchLabel
} from '../appconfig/provenance.js'
import type { Target } from '../appconfig/target.js'
import { isObject, own } from '../bundle/json-object.js'
import { isEqualJson } from '../bundle/same-content.js'
import type { Failure } from '../failure.js'
import type { GitHubContext } from '../github/context.js'
import type { FlagSetting } from '../settings.js'
import type { Content } from './content.js'
import type { ContentChoice } from './content-choice.js'
import { applySetFlags, type SetFlagProblem } from './set-flags.js'

/** The kill switch's choice, with what its latest application started from. */
export interface SetFlagsChoice extends ContentChoice {
  /** The lines as the input gave them (`FLAG=off`, `FLAG.ATTR=<JSON>`). */
  readonly lines: readonly string[]
  /** What the first application started from: the incident's "from". */
  first(): AppliedLines | undefined
  /** The latest application: what the deployment ships. */
  latest(): AppliedLines | undefined
}

/** One application of the lines to what ran at the time. */
export interface AppliedLines {
  readonly deployed: DeployedVersion | undefined
  readonly problems: readonly SetFlagProblem[]
  /** `set-flags` lines that would put the changed values back; undefined when one cannot. */
  readonly undo: readonly string[] | undefined
}

/**
 * Content for `set-flags`: the lines applied to what the environment runs (not the
 * repository's bundle: main may hold changes not yet released there), each checked against that
 * content's own definitions and constraints. Applied again each time the planner plans: after
 * waiting for another deployment, to what that deployment left, so its changes stay; where it
 * changed a flag the lines set, the lines win for the values they name, and the note says so.
 */
export function setFlagsChoice(
  target: Target,
  setFlags: readonly FlagSetting[],
  provenance: {
    readonly context: GitHubContext
    readonly reason: string | undefined
    readonly versionLabel: string | undefined
  }
): SetFlagsChoice {
  const lines = setFlags.map(lineText)
  let first: AppliedLines | undefined
  let latest: AppliedLines | undefined
  return {
    source: 'set-flags',
    lines,
    first: () => first,
    latest: () => latest,
    async choose({ deployed }) {
      if (deployed === undefined) {
        latest = {
          deployed,
          undo: undefined,
          problems: setFlags.slice(0, 1).map((s) => ({
            line: s.line,
            flag: s.flag,
            message: `Input 'set-flags' changes what ${target.environment.name} runs, but it runs no version of ${target.profile.name} (no completed deployment); deploy a bundle first.`
          }))
        }
        first ??= latest
        return { failure: problemsFailure(latest.problems) }
      }
      const { value, problems } = await applySetFlags(
        deployed.content,
        setFlags,
        {
          contentName: `version ${deployed.version} (what ${target.environment.name} runs)`
        }
      )
      latest = {
        deployed,
        problems,
        undo: undoLines(deployed.content, setFlags)
      }
      first ??= latest
      if (value === undefined) return { failure: problemsFailure(problems) }
      const text = JSON.stringify(value)
      const content: Content = {
        source: 'set-flags',
        value,
        text,
        description: killSwitchDescription(
          provenance.context,
          provenance.reason,
          lines,
          deployed.version
        ),
        label:
          provenance.versionLabel ?? killSwitchLabel(provenance.context, text)
      }
      const from = first.deployed
      if (
        from === undefined ||
        from.deploymentNumber === deployed.deploymentNumber
      )
        return { content }
      // Another deployment completed while this run waited: say what the lines now apply to.
      const touched = [...new Set(setFlags.map((s) => s.flag))]
      const movedToo = touched.filter(
        (flag) => !isSameFlag(from.content, deployed.content, flag)
      )
      const applied = `set-flags applied to deployment ${deployed.deploymentNumber} (version ${deployed.version}), which completed while this run waited, not to deployment ${from.deploymentNumber} it started from`
      return {
        content,
        note: {
          guard: 'set-flags',
          outcome: 'warn',
          message:
            movedToo.length === 0
              ? `${applied}: every flag keeps that deployment's values but the lines' (${lines.join(', ')}).`
              : `${applied}. That deployment changed ${movedToo.join(', ')} too: the lines win for the values they set (${lines.join(', ')}); every other value keeps that deployment's.`
        }
      }
    }
  }
}

/** The lines' problems as the input failure they are. */
function problemsFailure(problems: readonly SetFlagProblem[]): Failure {
  return {
    kind: 'input',
    input: 'set-flags',
    message: problems.map((p) => p.message).join('\n')
  }
}

/** Whether a flag (definition and value) is the same in two contents. */
function isSameFlag(a: unknown, b: unknown, flag: string): boolean {
  const part = (content: unknown, section: string): unknown => {
    const within = isObject(content) ? own(content, section) : undefined
    return isObject(within) ? own(within, flag) : undefined
  }
  return (
    isEqualJson(part(a, 'flags'), part(b, 'flags')) &&
    isEqualJson(part(a, 'values'), part(b, 'values'))
  )
}

/** A line as the user wrote it, for descriptions and the incident record. */
export function lineText(setting: FlagSetting): string {
  return setting.kind === 'enabled'
    ? `${setting.flag}=${setting.enabled ? 'on' : 'off'}`
    : `${setting.flag}.${setting.attribute}=${JSON.stringify(setting.value)}`
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
