import type { BundleFormat, SourceDocument } from './source-document.js'

/**
 * A bundle refused before (or instead of) parsing: one syntax problem at `sourceOffset`, no
 * value, and a locator that needs no parse (the text is not worth parsing again).
 */
export function refusedSource(
  format: BundleFormat,
  message: string,
  sourceOffset: number,
  position: (offset: number) => { line: number; col: number }
): SourceDocument {
  return {
    format,
    value: undefined,
    findings: [
      { rule: 'syntax', severity: 'error', message, path: [], sourceOffset }
    ],
    locator: () => Promise.resolve((f) => position(f.sourceOffset ?? 0))
  }
}
