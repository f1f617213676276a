/** A path into the bundle: object keys and array indexes, from the root. */
export type JsonPath = readonly (string | number)[]

export type Severity = 'error' | 'warning'

/** A 1-based line and column in the bundle's source text. */
export interface Position {
  readonly line: number
  readonly col: number
}

/** One problem found in a bundle, located at its key or value in the source. */
export interface Problem {
  /** Short, stable rule id (e.g. `key-format`, `attribute-enum`); annotations lead with it. */
  readonly rule: string
  readonly severity: Severity
  readonly message: string
  readonly path: JsonPath
  readonly line: number
  readonly col: number
}

/** A problem before it is located: the validator finds it, the source document places it. */
export interface Finding {
  readonly rule: string
  readonly severity: Severity
  readonly message: string
  readonly path: JsonPath
  /** Point at the property's key rather than its value (unknown or badly named keys). */
  readonly at?: 'key' | 'value'
  /** Characters into the value (a rule string's offending token); best effort. */
  readonly offset?: number
  /** For syntax problems, which have no path: the character offset in the source text. */
  readonly sourceOffset?: number
  /** For an unknown key: the allowed key it most likely meant (fold-follow-ons.ts). */
  readonly meant?: string
}

/** Renders a path the way a person reads it: `values.ui_refresh._variants[1].rule`. */
export function formatPath(path: JsonPath): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment))
      text += text === '' ? segment : `.${segment}`
    else text += `[${JSON.stringify(segment)}]`
  }
  return text === '' ? '(root)' : text
}
