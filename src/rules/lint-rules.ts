import { isObject } from '../bundle/json-object.js'
import { parseRuleTree } from '../bundle/parse-rule.js'
import type { Finding, JsonPath } from '../bundle/problem.js'
import { formatPath } from '../bundle/problem.js'
import type { RuleNode } from '../bundle/rule-node.js'
import { ANY, evaluateRule, stringOf } from './evaluate-rule.js'

/**
 * Rule lint: warnings about multi-variant rules that are valid but probably wrong, each with
 * its own rule id, at the rule in the bundle:
 * - `rule-unreachable-variant`: a variant after an always-true rule, or after a `split` on the
 *   same `by` and `seed` with a percentage at least as large (AWS's ordering example: A then B
 *   at 20 % each gives B 0 %), can never be served;
 * - `rule-key-spelling`: one context key spelled two ways across a flag's rules (`$userId`,
 *   `$user_id`): the client sends one of them, so the other never matches;
 * - `rule-key-type`: a key compared with a number in one place and a string in another;
 * - `rule-duplicate-in`: an `in` list naming the same entry twice;
 * - `rule-not-boolean`: a context value used as a condition: the rule is boolean (as AWS
 *   requires) only if the client sends exactly true or false.
 */
export function lintRules(bundle: unknown): Finding[] {
  const findings: Finding[] = []
  const values =
    isObject(bundle) && isObject(bundle.values) ? bundle.values : {}
  for (const [flag, value] of Object.entries(values)) {
    if (!isObject(value) || !Array.isArray(value._variants)) continue
    lintFlag(flag, value._variants, findings)
  }
  return findings
}

interface KeyUse {
  readonly key: string
  readonly as: 'number' | 'string' | undefined
  readonly path: JsonPath
  readonly offset: number
}

function lintFlag(
  flag: string,
  variants: unknown[],
  findings: Finding[]
): void {
  const warn = (
    rule: string,
    path: JsonPath,
    message: string,
    offset?: number,
    at?: 'key'
  ) => findings.push({ rule, severity: 'warning', message, path, offset, at })
  const uses: KeyUse[] = []
  let shadow: string | undefined
  const splits: {
    by: string
    seed: string | undefined
    pct: number
    name: string
  }[] = []
  variants.forEach((variant: unknown, i) => {
    if (!isObject(variant)) return
    const path: JsonPath = ['values', flag, '_variants', i]
    const name = typeof variant.name === 'string' ? variant.name : `#${i}`
    const rulePath = [...path, 'rule']
    const text =
      typeof variant.rule === 'string' && variant.rule.trim() !== ''
        ? variant.rule
        : undefined
    if (shadow !== undefined) {
      warn(
        'rule-unreachable-variant',
        text === undefined ? path : rulePath,
        `${formatPath(path)} (${JSON.stringify(name)}) can never be served: ${shadow}`,
        undefined,
        text === undefined ? 'key' : undefined
      )
      return
    }
    if (text === undefined) return
    const { tree, problems } = parseRuleTree(text)
    if (tree === undefined || problems.length > 0) return // the validator reports these
    const split = topSplit(tree)
    if (split !== undefined) {
      const wider = splits.find(
        (s) => s.by === split.by && s.seed === split.seed && s.pct >= split.pct
      )
      if (wider !== undefined)
        warn(
          'rule-unreachable-variant',
          rulePath,
          `${formatPath(path)} (${JSON.stringify(name)}) can never be served: variant ${JSON.stringify(wider.name)} before it splits on the same ${split.by}${split.seed === undefined ? '' : ` and seed ${JSON.stringify(split.seed)}`} with ${wider.pct} % ≥ ${split.pct} %, and the first match wins (AWS's own example: two 20 % splits give the second 0 %)`,
          0
        )
      splits.push({ ...split, name })
    }
    if (
      evaluateRule(tree, { lookup: () => ANY, split: () => 'unknown' }) === true
    )
      shadow = `variant ${JSON.stringify(name)} before it has a rule that is true for every context (${text.length > 80 ? `${text.slice(0, 80)}…` : text}), and the first match wins`
    walk(tree, rulePath, uses, warn, false)
  })
  lintKeys(uses, flag, warn)
}

type Warn = (
  rule: string,
  path: JsonPath,
  message: string,
  offset?: number,
  at?: 'key'
) => void

function topSplit(
  tree: RuleNode
): { by: string; seed: string | undefined; pct: number } | undefined {
  if (tree.kind !== 'expr' || tree.operator !== 'split') return undefined
  const arg = (n: string) => tree.named.find((a) => a.name === n)?.value
  const by = arg('by')
  const pct = arg('pct')
  if (by?.kind !== 'context' || pct?.kind !== 'number') return undefined
  return { by: by.value, seed: stringOf(arg('seed')), pct: Number(pct.value) }
}

/** Collects key uses and warns about duplicate `in` entries and non-boolean conditions. */
function walk(
  node: RuleNode,
  path: JsonPath,
  uses: KeyUse[],
  warn: Warn,
  isCondition: boolean
): void {
  if (node.kind === 'context') {
    uses.push({
      key: node.value.slice(1),
      as: undefined,
      path,
      offset: node.index
    })
    if (isCondition)
      warn(
        'rule-not-boolean',
        path,
        `${formatPath(path)}: ${node.value} is used as a condition, so the rule is true or false (as AppConfig requires) only when the client sends exactly true or false; compare it instead, e.g. (eq ${node.value} "yes")`,
        node.index
      )
    return
  }
  if (node.kind !== 'expr') return
  const logical = ['and', 'or', 'not'].includes(node.operator)
  for (const arg of node.args) walk(arg, path, uses, warn, logical)
  for (const named of node.named) {
    if (named.name === 'key') {
      const key = stringOf(named.value)
      if (key !== undefined)
        uses.push({ key, as: undefined, path, offset: named.value.index })
    } else walk(named.value, path, uses, warn, false)
  }
  const [left, right] = node.args
  if (
    ['eq', 'gt', 'gte', 'lt', 'lte'].includes(node.operator) &&
    left &&
    right
  ) {
    const typed = (a: RuleNode, b: RuleNode) => {
      if (a.kind === 'context' && (b.kind === 'number' || b.kind === 'string'))
        uses.push({ key: a.value.slice(1), as: b.kind, path, offset: a.index })
    }
    typed(left, right)
    typed(right, left)
  }
  if (
    node.operator === 'in' &&
    left?.kind === 'context' &&
    right?.kind === 'list'
  ) {
    const seen = new Set<string>()
    for (const item of right.items) {
      const id =
        item.kind === 'string'
          ? JSON.stringify(stringOf(item))
          : item.kind === 'list' || item.kind === 'expr'
            ? undefined
            : item.value
      if (id === undefined) continue
      if (seen.has(id))
        warn(
          'rule-duplicate-in',
          path,
          `${formatPath(path)}: the list of ${left.value} names ${id} twice`,
          item.index
        )
      seen.add(id)
      if (item.kind === 'number' || item.kind === 'string')
        uses.push({
          key: left.value.slice(1),
          as: item.kind,
          path,
          offset: left.index
        })
    }
  }
}

/** Keys spelled two ways, and keys compared as a number in one place and a string in another. */
function lintKeys(uses: readonly KeyUse[], flag: string, warn: Warn): void {
  const spellings = new Map<string, KeyUse>()
  const reported = new Set<string>()
  for (const use of uses) {
    const norm = use.key.toLowerCase().replace(/[-_.]/g, '')
    const first = spellings.get(norm)
    if (first === undefined) spellings.set(norm, use)
    else if (
      first.key !== use.key &&
      !reported.has(`${first.key}|${use.key}`)
    ) {
      reported.add(`${first.key}|${use.key}`)
      warn(
        'rule-key-spelling',
        use.path,
        `${formatPath(use.path)}: the context key $${use.key} is spelled $${first.key} in ${formatPath(first.path)}; a client sends one of them, so the rules that use the other never match`,
        use.offset
      )
    }
  }
  const typed = new Map<string, KeyUse>()
  for (const use of uses) {
    if (use.as === undefined) continue
    const first = typed.get(use.key)
    if (first === undefined) typed.set(use.key, use)
    else if (first.as !== use.as && !reported.has(`type ${use.key}`)) {
      reported.add(`type ${use.key}`)
      warn(
        'rule-key-type',
        use.path,
        `${formatPath(use.path)}: $${use.key} is compared with a ${use.as} here but with a ${first.as} in ${formatPath(first.path)} (flag ${flag}); one of them is probably wrong`,
        use.offset
      )
    }
  }
}
