/** Escapes text for an XML element body. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * Serializes a value the way the AWS Query protocol does: structures as child elements, lists
 * as `<member>` elements (not flattened), timestamps as ISO-8601; undefined members are omitted.
 */
export function toXml(name: string, value: unknown): string {
  if (value === undefined || value === null) return ''
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`
  if (Array.isArray(value))
    return `<${name}>${value.map((item) => toXml('member', item)).join('')}</${name}>`
  if (typeof value === 'object')
    return `<${name}>${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => toXml(k, v))
      .join('')}</${name}>`
  const text =
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
      ? String(value)
      : ''
  return `<${name}>${escapeXml(text)}</${name}>`
}
