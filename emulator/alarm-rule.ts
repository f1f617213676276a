import type { AlarmState } from './alarm-store.js'

/** A parsed composite-alarm rule: what it references, and its value given the children's states. */
export interface AlarmRule {
  references: string[]
  evaluate: (stateOf: (nameOrArn: string) => AlarmState | undefined) => boolean
}

type Node = (stateOf: (ref: string) => AlarmState | undefined) => boolean

const STATE_FUNCTIONS: Record<string, AlarmState> = {
  ALARM: 'ALARM',
  OK: 'OK',
  INSUFFICIENT_DATA: 'INSUFFICIENT_DATA'
}

/**
 * Parses CloudWatch's AlarmRule language: `ALARM("name")`, `OK(name)`, `INSUFFICIENT_DATA(arn)`,
 * `TRUE`, `FALSE`, `NOT`, `AND`, `OR` and parentheses. `AT_LEAST` is not supported (a known
 * difference). Throws an Error with a readable message on anything else.
 */
export function parseAlarmRule(rule: string): AlarmRule {
  const tokens = tokenize(rule)
  let pos = 0
  const references: string[] = []
  const peek = (): string | undefined => tokens[pos]
  const take = (expected?: string): string => {
    const token = tokens[pos]
    if (token === undefined)
      throw new Error(
        `AlarmRule ends early${expected === undefined ? '' : `; expected ${expected}`}`
      )
    if (expected !== undefined && token.toUpperCase() !== expected)
      throw new Error(`AlarmRule: expected ${expected}, found ${token}`)
    pos++
    return token
  }
  const orExpr = (): Node => {
    const first = andExpr()
    const parts = [first]
    while (peek()?.toUpperCase() === 'OR') {
      take()
      parts.push(andExpr())
    }
    return parts.length === 1 ? first : (s) => parts.some((p) => p(s))
  }
  const andExpr = (): Node => {
    const first = notExpr()
    const parts = [first]
    while (peek()?.toUpperCase() === 'AND') {
      take()
      parts.push(notExpr())
    }
    return parts.length === 1 ? first : (s) => parts.every((p) => p(s))
  }
  const notExpr = (): Node => {
    if (peek()?.toUpperCase() === 'NOT') {
      take()
      const inner = notExpr()
      return (s) => !inner(s)
    }
    return primary()
  }
  const primary = (): Node => {
    const token = take()
    if (token === '(') {
      const inner = orExpr()
      take(')')
      return inner
    }
    const word = token.toUpperCase()
    if (word === 'TRUE') return () => true
    if (word === 'FALSE') return () => false
    const wanted = STATE_FUNCTIONS[word]
    if (wanted === undefined)
      throw new Error(`AlarmRule: unsupported token ${token}`)
    take('(')
    const ref = unquote(take())
    take(')')
    references.push(ref)
    return (s) => s(ref) === wanted
  }
  const root = orExpr()
  if (pos !== tokens.length)
    throw new Error(`AlarmRule: unexpected ${tokens[pos]}`)
  return { references, evaluate: root }
}

function tokenize(rule: string): string[] {
  const tokens: string[] = []
  const pattern = /\s*(?:("(?:[^"\\]|\\.)*")|([()])|([^\s()"]+))/gy
  let end = 0
  for (
    let match = pattern.exec(rule);
    match !== null;
    match = pattern.exec(rule)
  ) {
    // The three alternatives cover every non-space start, so one group matched.
    tokens.push(match[1] ?? match[2] ?? match[3]!)
    end = pattern.lastIndex
  }
  const rest = rule.slice(end)
  if (rest.trim() !== '') throw new Error(`AlarmRule: cannot read ${rest}`)
  return tokens
}

function unquote(token: string): string {
  return token.startsWith('"')
    ? token.slice(1, -1).replace(/\\(.)/g, '$1')
    : token
}
