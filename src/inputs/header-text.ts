/**
 * AppConfig takes a hosted version's description and label in HTTP headers
 * (CreateHostedConfigurationVersion: `Description` and `VersionLabel` are `location: header`
 * in the service model, whose note says "Due to HTTP limitations, this field only supports
 * ASCII characters"). Node refuses a header character above U+00FF outright and sends
 * U+0080..U+00FF as raw Latin-1 bytes, which AWS does not read as the same text. So text a
 * person typed (an en dash in an incident reason, an accent in a name) is spelled in
 * printable ASCII for those two fields, as closely as it can be; the deployment's own
 * description (a JSON body) keeps the text as typed.
 */

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPELLED: Readonly<Record<string, string>> = {
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  Ø: 'O',
  ø: 'o',
  Đ: 'D',
  đ: 'd',
  Ł: 'L',
  ł: 'l',
  Þ: 'Th',
  þ: 'th',
  ı: 'i',
  // Dashes and minus signs (U+2010..U+2015, U+2212), quotes, bullets.
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2022': '*',
  '\u00b7': '*'
}

/** `text` in printable ASCII: accents dropped, typographic punctuation plain, the rest `?`. */
export function toHeaderText(text: string): string {
  let out = ''
  for (const char of text.normalize('NFKD')) {
    if (/^[\x20-\x7e]$/.test(char)) out += char
    else if (/^\p{M}$/u.test(char)) continue
    else if (/^[\s\p{Cc}]$/u.test(char)) out += ' '
    else out += SPELLED[char] ?? '?'
  }
  return out
}

/** The header form of a version label: ASCII, at most 64 characters (VersionLabel's max). */
export function toHeaderLabel(label: string): string {
  return toHeaderText(label).slice(0, 64)
}
