/** One page of a list and the token for the next, if any. */
export interface Page<T> {
  items: T[]
  nextToken?: string
}

/**
 * Offset pagination behind an opaque token, the way `max_results` / `next_token` (AppConfig)
 * and `MaxRecords` / `NextToken` (CloudWatch) behave. A token the emulator did not issue is
 * refused through `invalidToken`, as AWS refuses it.
 */
export function paginate<T>(
  all: readonly T[],
  pageSize: number,
  token: string | undefined,
  invalidToken: () => Error
): Page<T> {
  let offset = 0
  if (token !== undefined) {
    const match = /^o(\d+)$/.exec(
      Buffer.from(token, 'base64url').toString('utf8')
    )
    if (match === null) throw invalidToken()
    offset = Number(match[1])
    if (offset > all.length) throw invalidToken()
  }
  const items = all.slice(offset, offset + pageSize)
  const end = offset + items.length
  return end < all.length
    ? { items, nextToken: Buffer.from(`o${end}`).toString('base64url') }
    : { items }
}
