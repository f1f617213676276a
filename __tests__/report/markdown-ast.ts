/**
 * Parses markdown the way a GFM renderer does, so escaping tests can assert on what GitHub
 * would see (raw HTML, links, table cells) rather than on string patterns. Uses the remark
 * parser bundled in prettier (already a dev dependency) through its debug entry point; the
 * sanity test in escaping.test.ts fails loudly if that entry point ever changes.
 */
import * as prettier from 'prettier'

/** The mdast node fields the tests read. */
export interface MdNode {
  readonly type: string
  readonly value?: string
  readonly url?: string
  readonly depth?: number
  readonly children?: readonly MdNode[]
}

interface PrettierDebug {
  __debug: {
    parse(text: string, options: { parser: string }): Promise<{ ast: MdNode }>
  }
}

export async function parseMarkdown(markdown: string): Promise<MdNode> {
  const { ast } = await (prettier as unknown as PrettierDebug).__debug.parse(
    markdown,
    { parser: 'markdown' }
  )
  return ast
}

/** Every node of the tree, depth first. */
export function allNodes(node: MdNode): MdNode[] {
  return [node, ...(node.children ?? []).flatMap(allNodes)]
}

/** The text of a node and its children. */
export function textOf(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('')
}
