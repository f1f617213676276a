/** The tree parse-rule.ts makes of a multi-variant rule, and its problems. */

export interface RuleProblem {
  readonly message: string
  /** Character index into the rule text. */
  readonly index: number
}

/**
 * A node of a parsed rule. `value` is the operand's source text (a string keeps its quotes);
 * `index` and `end` are character offsets into the rule. Expressions keep their positional
 * and named (`pct::`, `by::`...) arguments; lists their items.
 */
export type RuleNode =
  | {
      readonly kind: 'expr'
      readonly operator: string
      readonly index: number
      readonly end: number
      readonly args: readonly RuleNode[]
      readonly named: readonly Named[]
    }
  | {
      readonly kind: 'list'
      readonly index: number
      readonly value: string
      readonly items: readonly RuleNode[]
    }
  | {
      readonly kind:
        'string' | 'number' | 'timestamp' | 'boolean' | 'context' | 'invalid'
      readonly index: number
      readonly value: string
    }

/** A named argument of an expression, such as `pct::10`. */
export interface Named {
  readonly name: string
  readonly value: RuleNode
  readonly index: number
}
