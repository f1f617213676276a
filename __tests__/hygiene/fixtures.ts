import type {
  CodeReference,
  CodeReferences,
  KeyReferences
} from '../../src/hygiene/find-code-references.js'

/** A reference at `path:line`, with the line text given. */
export function at(
  path: string,
  line: number,
  text = `read('x')`
): CodeReference {
  return { path, line, col: 1, text }
}

export function keyRefs(
  key: string,
  matches: CodeReference[] = [],
  total = matches.length
): KeyReferences {
  return {
    key,
    total,
    files: new Set(matches.map((m) => m.path)).size,
    matches
  }
}

/** A search result with the given per-key references. */
export function sampleRefs(
  references: KeyReferences[],
  overrides: Partial<CodeReferences> = {}
): CodeReferences {
  return {
    patterns: ['src/**/*.ts', '!**/*.test.ts'],
    references,
    undefinedReads: [],
    filesScanned: 120,
    bytesScanned: 1_234_567,
    skipped: { binary: 2, tooLarge: 1, unreadable: 0 },
    maxMatchesPerKey: 50,
    maxFileBytes: 1024 * 1024,
    ...overrides
  }
}
