import type { Finding, Position } from './problem.js'

export type BundleFormat = 'json' | 'yaml'

/** Where a finding stands in the source. */
export type Locator = (
  finding: Pick<Finding, 'path' | 'at' | 'offset' | 'sourceOffset'>
) => Position

/** A parsed bundle that can say where any of its keys or values stands in the source. */
export interface SourceDocument {
  readonly format: BundleFormat
  /** The parsed value; undefined when the text could not be parsed. */
  readonly value: unknown
  /** Syntax problems and features with no JSON meaning (duplicate keys, custom tags...). */
  readonly findings: readonly Finding[]
  /**
   * The position index: a finding's source offset, or its path's key or value (the nearest
   * existing ancestor when the path is absent). Built on demand, so a valid bundle never pays
   * for a positional parse.
   */
  locator(): Promise<Locator>
}
