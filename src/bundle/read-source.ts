import { excessNesting, MAX_NESTING_DEPTH } from './excess-nesting.js'
import { LineIndex } from './line-index.js'
import { readJsonSource } from './read-json-source.js'
import { readYamlSource } from './read-yaml-source.js'
import { refusedSource } from './refused-source.js'
import type { BundleFormat, SourceDocument } from './source-document.js'

export type {
  BundleFormat,
  Locator,
  SourceDocument
} from './source-document.js'

/**
 * Parses bundle text as JSON or YAML, keeping source positions. A text nested deeper than any
 * bundle is refused before a parser sees it: parsers build every level, and their error
 * recovery then reports each one (a megabyte of `[` took 12 s and 1.8 GB to refuse).
 */
export async function readSource(
  text: string,
  format: BundleFormat
): Promise<SourceDocument> {
  const tooDeep = excessNesting(text, format)
  if (tooDeep !== undefined) {
    const lines = new LineIndex(text)
    return refusedSource(
      format,
      `the bundle nests objects and lists more than ${MAX_NESTING_DEPTH} levels deep here; a feature-flag bundle needs about 8, so it was not read further`,
      tooDeep,
      (offset) => lines.at(offset)
    )
  }
  return format === 'yaml' ? readYamlSource(text) : readJsonSource(text)
}
