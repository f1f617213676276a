import type { Node as JsonNode } from 'jsonc-parser'
import type { Jsonc } from './load-jsonc.js'
import { LineIndex } from './line-index.js'
import type { JsonPath, Position } from './problem.js'
import type { Locator } from './source-document.js'

/**
 * Locates findings in JSON text: by source offset, or by path (the key or the value; the
 * nearest existing ancestor when the path is absent) in jsonc-parser's syntax tree, parsed on
 * the first path located (findings placed by offset never need it).
 */
export function jsonLocator(text: string, jsonc: Jsonc): Locator {
  const lines = new LineIndex(text)
  let root: JsonNode | undefined | null = null
  const tree = (): JsonNode | undefined => {
    if (root !== null) return root
    root = undefined
    try {
      root = jsonc.parseTree(text, [], { disallowComments: true })
    } catch (error) {
      if (!(error instanceof RangeError)) throw error // too deep to locate: line 1 it is
    }
    return root
  }
  const children = new ObjectIndex()
  const locate = (
    path: JsonPath,
    at: 'key' | 'value' = 'value',
    offset = 0
  ): Position => {
    let node = tree()
    if (node === undefined) return lines.at(0)
    let keyNode: JsonNode | undefined
    for (const segment of path) {
      const child = children.child(node, segment)
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

interface Child {
  readonly key?: JsonNode
  readonly value: JsonNode
}

/**
 * An object's properties by name, built the first time the object is searched: a bundle
 * with a hundred thousand problems in one object is located in linear time, not quadratic.
 */
class ObjectIndex {
  private readonly byNode = new WeakMap<JsonNode, Map<string, Child>>()

  child(node: JsonNode, segment: string | number): Child | undefined {
    if (node.type === 'object' && typeof segment === 'string') {
      let properties = this.byNode.get(node)
      if (properties === undefined) {
        properties = new Map()
        // Later duplicates replace earlier ones: the last is what JSON.parse (and AppConfig)
        // would keep.
        for (const property of node.children ?? []) {
          const [key, value] = property.children ?? []
          if (typeof key?.value === 'string')
            properties.set(key.value, { key, value: value ?? key })
        }
        this.byNode.set(node, properties)
      }
      return properties.get(segment)
    }
    if (node.type === 'array' && typeof segment === 'number') {
      const value = node.children?.[segment]
      return value === undefined ? undefined : { value }
    }
    return undefined
  }
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
