/**
 * Identity-based IAM policy documents and how IAM evaluates them, as far as the emulator needs:
 * `Effect` Allow/Deny, `Action`/`NotAction`, `Resource`/`NotResource`, with `*` and `?`
 * wildcards. Sources (IAM User Guide): "IAM JSON policy elements: Action" (service prefix and
 * action name are case-insensitive, wildcards allowed), "… NotAction", "… Resource" (wildcards
 * `*` and `?` within any ARN segment; case-sensitive) and "Policy evaluation logic" (an explicit
 * Deny in any statement wins; otherwise an Allow is needed; otherwise the request is implicitly
 * denied). Conditions and principals are not evaluated, so a statement that has one is refused
 * when the policy is loaded rather than silently read as unconditional.
 */

export interface PolicyStatement {
  readonly sid?: string
  readonly effect: 'Allow' | 'Deny'
  readonly actions?: readonly string[]
  readonly notActions?: readonly string[]
  readonly resources?: readonly string[]
  readonly notResources?: readonly string[]
}

export interface IamPolicy {
  /** Where the policy came from (a file, `policies[0]`), for error messages. */
  readonly name: string
  readonly statements: readonly PolicyStatement[]
}

/** The outcome for one (action, resource) pair, with the statement that decided it. */
export type Decision =
  | { readonly effect: 'allow'; readonly statement: PolicyStatement }
  | { readonly effect: 'explicit-deny'; readonly statement: PolicyStatement }
  | { readonly effect: 'implicit-deny' }

const KNOWN_KEYS = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource'
])

/** Reads a policy document (object or JSON text); throws an Error naming the problem. */
export function parsePolicy(document: unknown, name: string): IamPolicy {
  const doc: unknown =
    typeof document === 'string' ? parseJson(document, name) : document
  if (!isRecord(doc)) throw new Error(`${name}: a policy must be a JSON object`)
  if (doc.Version !== undefined && doc.Version !== '2012-10-17')
    throw new Error(
      `${name}: Version must be "2012-10-17", got ${JSON.stringify(doc.Version)}`
    )
  const raw = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]
  if (doc.Statement === undefined || raw.length === 0)
    throw new Error(`${name}: the policy has no Statement`)
  return {
    name,
    statements: raw.map((s, i) => parseStatement(s, `${name} Statement[${i}]`))
  }
}

function parseStatement(value: unknown, where: string): PolicyStatement {
  if (!isRecord(value)) throw new Error(`${where} must be an object`)
  for (const key of Object.keys(value))
    if (!KNOWN_KEYS.has(key))
      throw new Error(
        `${where}: the emulator does not evaluate "${key}" (only Effect, Action/NotAction, Resource/NotResource); remove it or test that statement on AWS`
      )
  const effect = value.Effect
  if (effect !== 'Allow' && effect !== 'Deny')
    throw new Error(`${where}: Effect must be "Allow" or "Deny"`)
  const has = (k: string): boolean => value[k] !== undefined
  if (has('Action') === has('NotAction'))
    throw new Error(`${where} needs exactly one of Action and NotAction`)
  if (has('Resource') === has('NotResource'))
    throw new Error(`${where} needs exactly one of Resource and NotResource`)
  return {
    sid: typeof value.Sid === 'string' ? value.Sid : undefined,
    effect,
    actions: strings(value.Action, `${where} Action`),
    notActions: strings(value.NotAction, `${where} NotAction`),
    resources: strings(value.Resource, `${where} Resource`),
    notResources: strings(value.NotResource, `${where} NotResource`)
  }
}

function strings(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined
  const list = Array.isArray(value) ? value : [value]
  if (list.length === 0 || list.some((v) => typeof v !== 'string'))
    throw new Error(`${where} must be a string or a non-empty list of strings`)
  return list as string[]
}

/** IAM's decision for one action on one resource (`*` for actions without resource types). */
export function evaluate(
  policies: readonly IamPolicy[],
  action: string,
  resource: string
): Decision {
  let allowed: PolicyStatement | undefined
  for (const policy of policies) {
    for (const statement of policy.statements) {
      if (!applies(statement, action, resource)) continue
      if (statement.effect === 'Deny')
        return { effect: 'explicit-deny', statement }
      allowed ??= statement
    }
  }
  return allowed === undefined
    ? { effect: 'implicit-deny' }
    : { effect: 'allow', statement: allowed }
}

function applies(
  statement: PolicyStatement,
  action: string,
  resource: string
): boolean {
  const actionMatches =
    statement.actions !== undefined
      ? statement.actions.some((p) => matches(p, action, true))
      : !statement.notActions!.some((p) => matches(p, action, true))
  if (!actionMatches) return false
  return statement.resources !== undefined
    ? statement.resources.some((p) => matches(p, resource, false))
    : !statement.notResources!.some((p) => matches(p, resource, false))
}

/** IAM's wildcard match: `*` any run of characters, `?` one character. */
export function matches(
  pattern: string,
  value: string,
  ignoreCase: boolean
): boolean {
  const source = pattern
    .split('')
    .map((c) =>
      c === '*'
        ? '.*'
        : c === '?'
          ? '.'
          : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    )
    .join('')
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(value)
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`${name} is not valid JSON: ${(error as Error).message}`, {
      cause: error
    })
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
