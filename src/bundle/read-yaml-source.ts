import { isSuspectNumber } from './check-numbers.js'
import { LineIndex } from './line-index.js'
import { parseYaml } from './parse-yaml.js'
import type { Locator, SourceDocument } from './source-document.js'
import { yamlCoreSchema } from './yaml-core-schema.js'

/** A YAML scalar that the core schema would not read as a string (true, 12, null, .inf...). */
const NON_STRING_SCALAR =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/

/**
 * YAML: js-yaml reads the value, about ten times faster than the positional `yaml` parser and
 * a third of its start-up cost. Anything js-yaml refuses, or might have read differently from
 * what the JSON means (keys that look like numbers or booleans, infinities, alias expansions
 * larger than the text), goes through `yaml`, which explains every problem with its position.
 * `yaml` is also what locates problems, loaded only when there are some.
 */
export async function readYamlSource(text: string): Promise<SourceDocument> {
  // Directives (%YAML, %TAG) and tags (`!Ref`, `!!binary`) are rare, change how the rest
  // reads, and js-yaml lets some through: leave them to `yaml`, which reports them.
  if (!/^%/m.test(text) && !/(?:^|[\s[{,])!/m.test(text)) {
    const jsYaml = (await import('js-yaml')).default
    let value: unknown
    try {
      value = jsYaml.load(text, { schema: yamlCoreSchema(jsYaml) })
    } catch {
      value = undefined
    }
    if (value !== undefined && isPlainJson(value, text.length)) {
      return {
        format: 'yaml',
        value,
        findings: [],
        locator: async () => lazyLocator(text, await import('yaml'))
      }
    }
  }
  const parsed = parseYaml(text, await import('yaml'))
  return {
    format: 'yaml',
    value: parsed.value,
    findings: parsed.findings,
    locator: () => Promise.resolve(parsed.locator)
  }
}

/**
 * True when a js-yaml result means exactly what its JSON would: no doubtful keys or numbers,
 * and no more nodes than the text has characters (aliases can multiply a small text into an
 * exponential tree; `yaml` then reports the alias limit).
 */
function isPlainJson(value: unknown, budget: number): boolean {
  const stack: unknown[] = [value]
  let nodes = 0
  while (stack.length > 0) {
    if (++nodes > budget) return false
    const node = stack.pop()
    // An infinity, or an integer past 2^53 (check-numbers.ts): `yaml` then reads its source.
    if (typeof node === 'number' && isSuspectNumber(node)) return false
    // One push per item: spreading a long list as arguments overflows the stack.
    if (Array.isArray(node))
      for (const item of node as unknown[]) stack.push(item)
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (NON_STRING_SCALAR.test(key)) return false
        stack.push(child)
      }
    }
  }
  return true
}

/**
 * For what js-yaml read: findings placed by offset (a size limit) need only the line index;
 * the positional parse runs on the first finding placed by path.
 */
function lazyLocator(text: string, yaml: typeof import('yaml')): Locator {
  let lines: LineIndex | undefined
  let located: Locator | undefined
  return (f) => {
    if (f.sourceOffset !== undefined)
      return (lines ??= new LineIndex(text)).at(f.sourceOffset)
    located ??= parseYaml(text, yaml).locator
    return located(f)
  }
}
