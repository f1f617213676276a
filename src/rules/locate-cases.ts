import { LineIndex } from '../bundle/line-index.js'
import { loadJsonc } from '../bundle/load-jsonc.js'
import type { Position } from '../bundle/problem.js'
import type { BundleFormat } from '../bundle/source-document.js'

/**
 * Where each case of a test file starts, found in one positional parse. The bundle's locator
 * resolves one path at a time by walking the tree (fine for a bundle's few problems); a test
 * file can have thousands of failing cases, so they are all placed at once.
 */
export async function locateCases(
  text: string,
  format: BundleFormat,
  count: number
): Promise<(index: number) => Position> {
  const lines = new LineIndex(text)
  let offsets: number[] = []
  if (format === 'yaml') {
    // Most test files are a block list under a top-level `cases:`: a line scan finds its
    // items in milliseconds, where the positional parser takes about a second for 10,000
    // cases. When the scan does not find exactly the items the file has, the parser decides.
    offsets = scanBlockItems(text)
    if (offsets.length === count)
      return (index) => lines.at(offsets[index] ?? 0)
    offsets = []
  }
  if (format === 'json') {
    const jsonc = await loadJsonc()
    const root = jsonc.parseTree(text)
    const cases = root && jsonc.findNodeAtLocation(root, ['cases'])
    for (const item of cases?.children ?? []) offsets.push(item.offset)
  } else {
    const yaml = await import('yaml')
    const doc = yaml.parseDocument(text, { keepSourceTokens: false })
    const cases = doc.get('cases', true)
    if (yaml.isSeq(cases))
      for (const item of cases.items)
        offsets.push((yaml.isNode(item) ? item.range?.[0] : undefined) ?? 0)
  }
  return (index) => lines.at(offsets[index] ?? 0)
}

/** Offsets of the items of a top-level `cases:` block list (just after each `- `). */
function scanBlockItems(text: string): number[] {
  const offsets: number[] = []
  const head = /^cases[ \t]*:[ \t]*(?:#.*)?$/m.exec(text)
  if (head === null) return offsets
  const item = /^([ \t]*)-([ \t]+|$)/
  let indent: string | undefined
  let at = head.index + head[0].length + 1
  while (at < text.length) {
    const end = text.indexOf('\n', at)
    const line = text.slice(at, end < 0 ? text.length : end)
    const m = item.exec(line)
    if (m !== null && (indent === undefined || m[1] === indent)) {
      indent ??= m[1]
      offsets.push(at + m[0].length)
    } else if (/^\S/.test(line) && !line.startsWith('#')) break
    if (end < 0) break
    at = end + 1
  }
  return offsets
}
