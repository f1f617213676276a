import type { Node as JsonNode } from 'jsonc-parser'
import type { Jsonc } from './load-jsonc.js'
import { LineIndex } from './line-index.js'
import type { JsonPath, Position } from './problem.js'
import type { Locator } from './source-document.js'

/**
 * Locates findings in JSON text with jsonc-parser's syntax tree: by source offset, or by path
 * (the key or the value; the nearest existing ancestor when the path is absent).
 */
export function jsonLocator(text: string, jsonc: Jsonc): Locator {
  const lines = new LineIndex(text)
  let root: JsonNode | undefined
  try {
    root = jsonc.parseTree(text, [], { disallowComments: true })
  } catch (error) {
    if (!(error instanceof RangeError)) throw error // too deep to locate: line 1 it is
  }
  const locate = (
    path: JsonPath,
    at: 'key' | 'value' = 'value',
    offset = 0
  ): Position => {
    if (root === undefined) return lines.at(0)
    let node: JsonNode = root
    let keyNode: JsonNode | undefined
    for (const segment of path) {
      const child = jsonChild(node, segment)
      if (child === undefined) {
        keyNode = undefined
        break
      }
      node = child.value
      keyNode = child.key
    }
    if (at === 'key' && keyNode !== undefined) return lines.at(keyNode.offset)
    return lines.at(
      node.offset +
        (node.type === 'string' ? jsonStringOffset(text, node, offset) : 0)
    )
  }
  return (f) =>
    f.sourceOffset !== undefined
      ? lines.at(f.sourceOffset)
      : locate(f.path, f.at, f.offset)
}

function jsonChild(
  node: JsonNode,
  segment: string | number
): { key?: JsonNode; value: JsonNode } | undefined {
  if (node.type === 'object' && typeof segment === 'string') {
    // The last of duplicate keys, as JSON.parse (and AppConfig) would read it.
    for (let i = (node.children ?? []).length - 1; i >= 0; i--) {
      const property = node.children![i]
      const [key, value] = property.children ?? []
      if (key?.value === segment) return { key, value: value ?? key }
    }
  }
  if (node.type === 'array' && typeof segment === 'number') {
    const value = node.children?.[segment]
    return value === undefined ? undefined : { value }
  }
  return undefined
}

/** Offset in the source of the n-th character of a JSON string's decoded value. */
function jsonStringOffset(text: string, node: JsonNode, index: number): number {
  if (index <= 0) return 0
  let raw = node.offset + 1
  const end = node.offset + node.length - 1
  for (let decoded = 0; decoded < index && raw < end; decoded++) {
    if (text[raw] === '\\') raw += text[raw + 1] === 'u' ? 6 : 2
    else raw += 1
  }
  return raw - node.offset
}
