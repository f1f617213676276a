import type { CompiledFlag, CompiledVariant } from './compile-flag.js'
import { evaluateRule, type SplitAtom } from './evaluate-rule.js'
import { fromContext, type ContextValue } from './rule-values.js'

/** What AppConfig would serve a context: the flag's state and attributes, and what decided. */
export interface Served {
  /** The variant served; undefined for a basic flag. */
  readonly variant: string | undefined
  readonly enabled: boolean
  readonly attributes: Readonly<Record<string, unknown>>
  /** The deciding variant's rule; undefined for the default variant and basic flags. */
  readonly rule: string | undefined
}

/**
 * How many paths a selection may explore. Each `split` between 0 and 100 percent whose bucket
 * is not yet pinned down doubles them; past this, further splits are taken as "either way".
 */
const MAX_PATHS = 256

/**
 * What a flag serves a context: one outcome when the rules decide it, several when a `split`
 * (whose hash AppConfig does not publish) or an ambiguous `matches` could go either way.
 * Variants are tried in order and the first whose rule is true is served; the default (last,
 * no rule) when none is (AWS: "Variants are evaluated as an ordered list ... If no rules match
 * the supplied context, AWS AppConfig returns the Default variant"). Splits on the same `by`
 * and `seed` share one bucket, so `A: (split pct::20)` then `B: (split pct::20)` never serves
 * B, as AWS's own ordering example says.
 */
export function selectVariant(
  flag: CompiledFlag,
  context: Readonly<Record<string, ContextValue>>
): Served[] {
  if (flag.kind === 'basic')
    return [
      {
        variant: undefined,
        enabled: flag.enabled,
        attributes: flag.attributes,
        rule: undefined
      }
    ]
  const reached = new Set<number>()
  let paths = 0
  const lookup = (key: string) =>
    fromContext(Object.hasOwn(context, key) ? context[key] : undefined)
  // A bucket range per (by, seed): [low, high) of 0..100, narrowed by each split decided.
  const walk = (
    from: number,
    buckets: ReadonlyMap<string, [number, number]>
  ) => {
    paths++
    for (let i = from; i < flag.variants.length; i++) {
      const variant = flag.variants[i]!
      if (variant.rule === undefined) {
        reached.add(i)
        return
      }
      if (variant.tree === undefined) continue
      const open: SplitAtom[] = []
      const truth = evaluateRule(variant.tree, {
        lookup,
        split(atom) {
          const [low, high] = buckets.get(bucketKey(atom)) ?? [0, 100]
          if (high <= atom.pct) return true
          if (low >= atom.pct) return false
          open.push(atom)
          return 'unknown'
        }
      })
      if (truth === true) {
        reached.add(i)
        return
      }
      if (truth === false) continue
      const atom = open[0]
      if (atom !== undefined && paths < MAX_PATHS) {
        const key = bucketKey(atom)
        const [low, high] = buckets.get(key) ?? [0, 100]
        walk(i, new Map(buckets).set(key, [low, atom.pct]))
        walk(i, new Map(buckets).set(key, [atom.pct, high]))
        return
      }
      // Undecidable here: this variant may be served, or the next ones.
      reached.add(i)
    }
  }
  walk(0, new Map())
  return [...reached]
    .sort((a, b) => a - b)
    .map((i) => served(flag.variants[i]!))
}

function bucketKey(atom: SplitAtom): string {
  // Without a seed the hash is consistent within the flag only, which is where we are.
  return `${atom.by}\u0000${atom.seed ?? '\u0001'}`
}

function served(variant: CompiledVariant): Served {
  return {
    variant: variant.name,
    enabled: variant.enabled,
    attributes: variant.attributes,
    rule: variant.rule
  }
}
