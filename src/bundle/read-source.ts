import { readJsonSource } from './read-json-source.js'
import { readYamlSource } from './read-yaml-source.js'
import type { BundleFormat, SourceDocument } from './source-document.js'

export type {
  BundleFormat,
  Locator,
  SourceDocument
} from './source-document.js'

/** Parses bundle text as JSON or YAML, keeping source positions. */
export async function readSource(
  text: string,
  format: BundleFormat
): Promise<SourceDocument> {
  return format === 'yaml' ? readYamlSource(text) : readJsonSource(text)
}
