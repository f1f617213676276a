import type * as JsoncModule from 'jsonc-parser'

export type Jsonc = typeof JsoncModule

let jsonc: Jsonc | undefined

/**
 * jsonc-parser, loaded on first use (JSON bundles only): its UMD start-up costs ~1 ms that a
 * YAML bundle does not need. It ships UMD: Node's ESM loader sees only a default export, the
 * bundler the names.
 */
export async function loadJsonc(): Promise<Jsonc> {
  if (jsonc !== undefined) return jsonc
  const module = await import('jsonc-parser')
  jsonc = (module as unknown as { default?: Jsonc }).default ?? module
  return jsonc
}
