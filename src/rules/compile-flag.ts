import { isObject } from '../bundle/json-object.js'
import { parseRuleTree } from '../bundle/parse-rule.js'
import type { RuleNode } from '../bundle/rule-node.js'

/** A variant of a multi-variant flag, its rule parsed once. */
export interface CompiledVariant {
  readonly index: number
  readonly name: string
  readonly enabled: boolean
  readonly attributes: Readonly<Record<string, unknown>>
  /** The rule's text; undefined for the default variant (the last, without a rule). */
  readonly rule: string | undefined
  /** Undefined for the default variant, or a rule that does not parse (never matches). */
  readonly tree: RuleNode | undefined
}

/** A flag of the content as the evaluator sees it. */
export type CompiledFlag =
  | {
      readonly kind: 'basic'
      readonly enabled: boolean
      readonly attributes: Readonly<Record<string, unknown>>
    }
  | { readonly kind: 'multi'; readonly variants: readonly CompiledVariant[] }

const RESERVED = new Set(['enabled', '_variants', '_createdAt', '_updatedAt'])

/** A flag's value (`values.<key>`), compiled; a flag without a value is disabled. */
export function compileFlag(value: unknown): CompiledFlag {
  if (!isObject(value)) return { kind: 'basic', enabled: false, attributes: {} }
  if (Array.isArray(value._variants)) {
    const variants = value._variants.map((v: unknown, index) => {
      const variant = isObject(v) ? v : {}
      const rule =
        typeof variant.rule === 'string' && variant.rule.trim() !== ''
          ? variant.rule
          : undefined
      const parsed = rule === undefined ? undefined : parseRuleTree(rule)
      return {
        index,
        name: typeof variant.name === 'string' ? variant.name : `#${index}`,
        enabled: variant.enabled === true,
        attributes: isObject(variant.attributeValues)
          ? variant.attributeValues
          : {},
        rule,
        tree: parsed?.problems.length === 0 ? parsed.tree : undefined
      }
    })
    return { kind: 'multi', variants }
  }
  return {
    kind: 'basic',
    enabled: value.enabled === true,
    attributes: Object.fromEntries(
      Object.entries(value).filter(([k]) => !RESERVED.has(k))
    )
  }
}

/** Compiles flags on first use: a test file names a few flags of a large content. */
export class CompiledContent {
  private readonly cache = new Map<string, CompiledFlag | undefined>()

  constructor(private readonly content: Readonly<Record<string, unknown>>) {}

  /** The flag, or undefined when the content does not define it. */
  flag(key: string): CompiledFlag | undefined {
    if (this.cache.has(key)) return this.cache.get(key)
    const flags = isObject(this.content.flags) ? this.content.flags : {}
    const values = isObject(this.content.values) ? this.content.values : {}
    const compiled = Object.hasOwn(flags, key)
      ? compileFlag(Object.hasOwn(values, key) ? values[key] : undefined)
      : undefined
    this.cache.set(key, compiled)
    return compiled
  }

  /** The attribute keys a flag defines (`flags.<key>.attributes`). */
  attributeKeys(key: string): readonly string[] {
    const flags = isObject(this.content.flags) ? this.content.flags : {}
    const flag = flags[key]
    return isObject(flag) && isObject(flag.attributes)
      ? Object.keys(flag.attributes)
      : []
  }
}
