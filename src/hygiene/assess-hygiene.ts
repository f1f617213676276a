import type {
  CodeReferences,
  KeyReferences,
  UndefinedRead
} from './find-code-references.js'

/** A flag of the bundle, as hygiene needs it. */
export interface HygieneFlag {
  readonly key: string
  /** `_deprecation.date`, `YYYY-MM-DD`, when the flag has one. */
  readonly deprecationDate?: string
}

/** A flag whose `_deprecation.date` has passed, with the places that still read it. */
export interface StaleFlag {
  readonly key: string
  readonly date: string
  readonly references: KeyReferences
}

/** What the summary, the plan and the outputs say about flag hygiene. */
export interface Hygiene {
  readonly flagCount: number
  /** Flags read somewhere in the searched files. */
  readonly referencedCount: number
  /**
   * Flags of the bundle read nowhere: cleanup candidates (the `unreferenced-flags` output).
   * Empty when no file was searched.
   */
  readonly unreferenced: readonly string[]
  /** Flags past their `_deprecation.date`, most overdue first (the `stale-flags` output). */
  readonly stale: readonly StaleFlag[]
  /** Keys the code reads like flags that the bundle does not define. */
  readonly undefinedReads: readonly UndefinedRead[]
  /** Every flag with its places, for the full list. */
  readonly references: readonly KeyReferences[]
  readonly scan: Pick<
    CodeReferences,
    | 'patterns'
    | 'filesScanned'
    | 'bytesScanned'
    | 'skipped'
    | 'maxFileBytes'
    | 'maxMatchesPerKey'
  >
}

/**
 * Joins the bundle's flags with where the code reads them. `today` is `YYYY-MM-DD` (UTC), as
 * for the deprecation check in bundle/check-semantics.ts: a flag due today is not yet stale.
 */
export function assessHygiene(input: {
  readonly flags: readonly HygieneFlag[]
  readonly today: string
  readonly refs: CodeReferences
}): Hygiene {
  const { flags, today, refs } = input
  const byKey = new Map(refs.references.map((r) => [r.key, r]))
  const referencesOf = (key: string): KeyReferences =>
    byKey.get(key) ?? { key, total: 0, files: 0, matches: [] }
  const references = flags.map((f) => referencesOf(f.key))
  const stale = flags
    .filter(
      (f): f is HygieneFlag & { deprecationDate: string } =>
        f.deprecationDate !== undefined && f.deprecationDate < today
    )
    .map((f) => ({
      key: f.key,
      date: f.deprecationDate,
      references: referencesOf(f.key)
    }))
    .sort((a, b) =>
      a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.key < b.key ? -1 : 1
    )
  const defined = new Set(flags.map((f) => f.key))
  return {
    flagCount: flags.length,
    referencedCount: references.filter((r) => r.total > 0).length,
    // No file searched (patterns that match nothing) proves nothing unused.
    unreferenced:
      refs.filesScanned === 0
        ? []
        : references
            .filter((r) => r.total === 0)
            .map((r) => r.key)
            .sort(),
    stale,
    // A search made with other keys than the bundle's may call a bundle flag undefined.
    undefinedReads: refs.undefinedReads.filter((u) => !defined.has(u.key)),
    references,
    scan: {
      patterns: refs.patterns,
      filesScanned: refs.filesScanned,
      bytesScanned: refs.bytesScanned,
      skipped: refs.skipped,
      maxFileBytes: refs.maxFileBytes,
      maxMatchesPerKey: refs.maxMatchesPerKey
    }
  }
}
