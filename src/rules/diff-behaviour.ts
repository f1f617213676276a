import { isObject } from '../bundle/json-object.js'
import { CompiledContent } from './compile-flag.js'
import type { BehaviourChange, FlagTestCase } from './flag-tests.js'
import type { FlagTestFile } from './read-flag-tests.js'
import { describeServed } from './run-flag-tests.js'
import { selectVariant } from './select-variant.js'

/** How many behaviour changes a plan lists; the summary counts the rest. */
export const MAX_BEHAVIOUR_CHANGES = 200

/**
 * The plan's behavioural diff: for the cases of the changed flags, what each is served today
 * (`before`, what the environment runs) and with the content (`after`), where the two differ.
 * This is what a reviewer of a rule change wants to see: who moves to which variant.
 */
export async function diffBehaviour(
  file: FlagTestFile,
  before: unknown,
  after: Readonly<Record<string, unknown>>,
  changedFlags: ReadonlySet<string>
): Promise<BehaviourChange[]> {
  const old = new CompiledContent(isObject(before) ? before : {})
  const now = new CompiledContent(after)
  const outcome = (
    content: CompiledContent,
    flag: string,
    context: FlagTestCase['context']
  ) => {
    const compiled = content.flag(flag)
    if (compiled === undefined) return '(no such flag)'
    return selectVariant(compiled, context)
      .map((s) => {
        // Attributes are served only while enabled; a changed value is a change of behaviour.
        const attributes = Object.keys(s.attributes).length
          ? ` with ${JSON.stringify(s.attributes)}`
          : ''
        return `${describeServed(s)}${s.enabled ? attributes : ''}`
      })
      .join(' or ')
  }
  const changed: {
    c: (typeof file.cases)[number]
    before: string
    after: string
  }[] = []
  for (const c of file.cases) {
    if (!changedFlags.has(c.flag)) continue
    const was = outcome(old, c.flag, c.context)
    const is = outcome(now, c.flag, c.context)
    if (was !== is) changed.push({ c, before: was, after: is })
    if (changed.length >= MAX_BEHAVIOUR_CHANGES) break
  }
  if (changed.length === 0) return []
  const place = await file.caseLocator()
  return changed.map(({ c, before: b, after: a }) => ({
    case: c,
    before: b,
    after: a,
    line: place(c.index).line
  }))
}
