import { isObject, own, type JsonObject } from '../bundle/json-object.js'
import { formatPath, type Problem } from '../bundle/problem.js'
import { validateBundleText } from '../bundle/validate-bundle.js'
import type { FlagSetting } from '../settings.js'

/** A `set-flags` line that cannot be applied, with the line of the input it came from. */
export interface SetFlagProblem {
  /** 1-based line of the `set-flags` input. */
  readonly line: number
  readonly flag: string
  /** Says the line, the flag and what is wrong; ready for an annotation. */
  readonly message: string
}

/** The live content with the changes applied, or why a line cannot be. */
export interface SetFlagsResult {
  /** The patched content; undefined when a line has a problem. */
  readonly value: JsonObject | undefined
  readonly problems: readonly SetFlagProblem[]
}

/** How the messages name the content the lines apply to, e.g. "version 3 that Production runs". */
export interface SetFlagsOptions {
  readonly contentName?: string
}

/**
 * Applies `set-flags` to what an environment runs: `FLAG=on|off` sets `enabled` on the value
 * and on every variant of a multi-variant flag; `FLAG.ATTRIBUTE=<JSON>` sets the attribute
 * (in each variant's `attributeValues` too, for a multi-variant flag). Each line is checked
 * against the content's own definitions (unknown flag or attribute) and then the patched
 * content against AppConfig's rules (the attribute's type, range, enum, pattern), and every
 * problem new in the patched content is given back to the line that caused it.
 */
export async function applySetFlags(
  liveContent: unknown,
  setFlags: readonly FlagSetting[],
  options: SetFlagsOptions = {}
): Promise<SetFlagsResult> {
  const contentName = options.contentName ?? 'the deployed configuration'
  const problems: SetFlagProblem[] = []
  const problem = (setting: FlagSetting, message: string): void => {
    problems.push({
      line: setting.line,
      flag: setting.flag,
      message: `${lineName(setting)}: ${message}`
    })
  }
  if (
    !isObject(liveContent) ||
    !isObject(own(liveContent, 'flags')) ||
    !isObject(own(liveContent, 'values'))
  ) {
    for (const setting of setFlags)
      problem(
        setting,
        `${contentName} is not feature-flag content with "flags" and "values", so there is no flag to change.`
      )
    return { value: undefined, problems }
  }
  const patched = structuredClone(liveContent)
  const flags = patched.flags as JsonObject
  const values = patched.values as JsonObject

  for (const setting of setFlags) {
    const definition = own(flags, setting.flag)
    if (!isObject(definition)) {
      problem(
        setting,
        `${contentName} has no flag '${setting.flag}'${listing('its flags', Object.keys(flags))}.`
      )
      continue
    }
    let value = own(values, setting.flag)
    if (!isObject(value)) {
      value = {}
      values[setting.flag] = value
    }
    const target = value as JsonObject
    const variants = Array.isArray(target._variants)
      ? target._variants.filter(isObject)
      : undefined
    if (setting.kind === 'enabled') {
      target.enabled = setting.enabled
      for (const variant of variants ?? []) variant.enabled = setting.enabled
      continue
    }
    const attributes = isObject(own(definition, 'attributes'))
      ? (definition.attributes as JsonObject)
      : {}
    if (!isObject(own(attributes, setting.attribute))) {
      problem(
        setting,
        `flag '${setting.flag}' in ${contentName} has no attribute '${setting.attribute}'${listing('its attributes', Object.keys(attributes))}.`
      )
      continue
    }
    if (variants === undefined || Object.hasOwn(target, setting.attribute))
      target[setting.attribute] = setting.value
    for (const variant of variants ?? []) {
      const own = isObject(variant.attributeValues)
        ? variant.attributeValues
        : (variant.attributeValues = {})
      own[setting.attribute] = setting.value
    }
  }
  if (problems.length > 0) return { value: undefined, problems }

  // AppConfig's rules only: the content's own constraints, not the team's naming convention.
  const rules = { deprecatedFlags: 'ignore', today: '9999-12-31' } as const
  const [before, after] = await Promise.all([
    validateBundleText(JSON.stringify(liveContent), 'json', rules),
    validateBundleText(JSON.stringify(patched), 'json', rules)
  ])
  // A problem the live content already had is not this input's fault.
  const known = new Set(before.problems.map(problemKey))
  // One message per line and rule: a value set in 3 variants breaks the same rule 3 times.
  const said = new Set<string>()
  for (const found of after.problems) {
    if (found.severity !== 'error' || known.has(problemKey(found))) continue
    for (const setting of settingsFor(found, setFlags)) {
      const message = found.message.replace(/_variants\[\d+\]/g, '_variants[*]')
      const key = `${setting.line}|${found.rule}|${message}`
      if (said.has(key)) continue
      said.add(key)
      problem(setting, `${message} (rule ${found.rule}).`)
    }
  }
  return problems.length > 0
    ? { value: undefined, problems }
    : { value: patched, problems }
}

function lineName(setting: FlagSetting): string {
  const text =
    setting.kind === 'enabled'
      ? `${setting.flag}=${setting.enabled ? 'on' : 'off'}`
      : `${setting.flag}.${setting.attribute}=${setting.text ?? JSON.stringify(setting.value)}`
  return `line ${setting.line} of input 'set-flags' (${text})`
}

function listing(what: string, names: readonly string[]): string {
  if (names.length === 0) return ''
  const shown = names.slice(0, 10).join(', ')
  return ` (${what}: ${shown}${names.length > 10 ? `, and ${names.length - 10} more` : ''})`
}

function problemKey(problem: Problem): string {
  return `${problem.rule}|${formatPath(problem.path)}|${problem.message}`
}

/**
 * The lines a problem of the patched content comes from: by the flag and attribute its path
 * names (`values.FLAG.ATTR`, `values.FLAG._variants[i].attributeValues.ATTR`, `…enabled`);
 * a problem of the flag as a whole goes to every line of that flag, one elsewhere to all.
 */
function settingsFor(
  problem: Problem,
  setFlags: readonly FlagSetting[]
): readonly FlagSetting[] {
  const [section, flag, ...rest] = problem.path
  const ofFlag = setFlags.filter((s) => s.flag === flag)
  if (section !== 'values' || ofFlag.length === 0) return setFlags
  const name =
    rest[0] === '_variants'
      ? rest[2] === 'attributeValues'
        ? rest[3]
        : rest[2]
      : rest[0]
  const exact = ofFlag.filter((s) =>
    s.kind === 'enabled' ? name === 'enabled' : s.attribute === name
  )
  return exact.length > 0 ? exact : ofFlag
}
