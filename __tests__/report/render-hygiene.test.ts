import { describe, expect, it } from '@jest/globals'
import {
  assessHygiene,
  type Hygiene
} from '../../src/hygiene/assess-hygiene.js'
import {
  lineUrl,
  renderHygiene,
  type HygieneLinks
} from '../../src/report/render-hygiene.js'
import { byteLength } from '../../src/report/limits.js'
import { at, keyRefs, sampleRefs } from '../hygiene/fixtures.js'
import { allNodes, parseMarkdown, textOf } from './markdown-ast.js'

const LINKS: HygieneLinks = {
  serverUrl: 'https://github.com',
  repository: 'octo/shop',
  sha: '0123abcd'
}

function sample(): Hygiene {
  return assessHygiene({
    flags: [
      { key: 'new-checkout' },
      { key: 'dark-mode' },
      { key: 'old-banner', deprecationDate: '2025-12-31' },
      { key: 'legacy_search', deprecationDate: '2025-06-30' }
    ],
    today: '2026-03-01',
    refs: sampleRefs(
      [
        keyRefs(
          'new-checkout',
          [
            at('src/checkout.ts', 12, `if (flags.isEnabled('new-checkout')) {`),
            at('src/cart/summary.tsx', 40, `const on = useFlag('new-checkout')`)
          ],
          7
        ),
        keyRefs('dark-mode'),
        keyRefs('old-banner', [
          at('src/banner.ts', 3, `flags.isEnabled('old-banner')`)
        ]),
        keyRefs('legacy_search')
      ],
      {
        undefinedReads: [
          {
            ...keyRefs('new-chekout', [
              at('src/typo.ts', 8, `flags.isEnabled('new-chekout')`)
            ]),
            accessors: ['isEnabled(']
          }
        ]
      }
    )
  })
}

describe('renderHygiene', () => {
  it('renders counts, stale flags with linked lines, unreferenced and undefined keys, every match folded', () => {
    expect(renderHygiene(sample(), LINKS)).toMatchSnapshot()
  })

  it('links each place to the line at the run commit', async () => {
    const nodes = allNodes(await parseMarkdown(renderHygiene(sample(), LINKS)))
    const links = nodes
      .filter((n) => n.type === 'link')
      .map((n) => [textOf(n), n.url])
    expect(links).toContainEqual([
      'src/banner.ts:3',
      'https://github.com/octo/shop/blob/0123abcd/src/banner.ts#L3'
    ])
    expect(links).toContainEqual([
      'src/typo.ts:8',
      'https://github.com/octo/shop/blob/0123abcd/src/typo.ts#L8'
    ])
  })

  it('writes places as text without a repository or commit', () => {
    const markdown = renderHygiene(sample(), {
      serverUrl: 'https://github.com',
      repository: undefined,
      sha: undefined
    })
    expect(markdown).not.toContain('](')
    expect(markdown).toContain('src/banner.ts:3')
  })

  it('encodes paths in links and escapes them in text', async () => {
    expect(lineUrl(LINKS, 'src/a b/#x?.ts', 2)).toBe(
      'https://github.com/octo/shop/blob/0123abcd/src/a%20b/%23x%3F.ts#L2'
    )
    const hostilePath = 'src/[x](javascript:alert(1))/<img src=x>|`.ts'
    const hostileText = '</details><script>alert(1)</script> | `tick` $x$'
    const h = assessHygiene({
      flags: [{ key: 'k-one' }],
      today: '2026-03-01',
      refs: sampleRefs([keyRefs('k-one', [at(hostilePath, 1, hostileText)])], {
        patterns: ['src/**/*.ts', 'evil `|` <b>']
      })
    })
    const nodes = allNodes(await parseMarkdown(renderHygiene(h, LINKS)))
    const html = nodes.filter((n) => n.type === 'html').map((n) => n.value)
    expect(
      html.every((v) =>
        /^(<details><summary>[^<>]*<\/summary>|<\/details>|<br>)$/.test(v ?? '')
      )
    ).toBe(true)
    expect(nodes.filter((n) => n.type === 'image')).toEqual([])
    for (const link of nodes.filter((n) => n.type === 'link'))
      expect(link.url).toMatch(
        /^https:\/\/github\.com\/octo\/shop\/blob\/[^\s()<>]+$/
      )
    for (const table of nodes.filter((n) => n.type === 'table'))
      expect(new Set(table.children?.map((r) => r.children?.length)).size).toBe(
        1
      )
    expect(
      nodes.filter((n) => n.type === 'inlineCode').map((n) => n.value)
    ).toContain(hostileText.trim())
  })

  it('caps long lists and says how many more', () => {
    const keys = Array.from(
      { length: 130 },
      (_, i) => `unused-${String(i).padStart(3, '0')}`
    )
    const h = assessHygiene({
      flags: keys.map((key) => ({ key, deprecationDate: '2020-01-01' })),
      today: '2026-03-01',
      refs: sampleRefs(keys.map((k) => keyRefs(k)))
    })
    const markdown = renderHygiene(h, LINKS)
    expect(markdown).toContain('`unused-099`, … and 30 more')
    expect(markdown).not.toContain('`unused-100`')
    expect(markdown).toContain('… and 80 stale flags more, in the outputs.')
  })

  it('keeps as many match rows as fit in the limit', () => {
    const keys = Array.from({ length: 400 }, (_, i) => `flag-${i}`)
    const h = assessHygiene({
      flags: keys.map((key) => ({ key })),
      today: '2026-03-01',
      refs: sampleRefs(
        keys.map((k) =>
          keyRefs(
            k,
            Array.from({ length: 5 }, (_, l) =>
              at(
                `packages/app/src/${k}.ts`,
                l + 1,
                `read('${k}') // ${'x'.repeat(60)}`
              )
            )
          )
        )
      )
    })
    const full = renderHygiene(h, LINKS, { limit: 10_000_000 })
    const small = renderHygiene(h, LINKS, { limit: 20_000 })
    expect(byteLength(full)).toBeGreaterThan(20_000)
    expect(byteLength(small)).toBeLessThanOrEqual(20_000)
    expect(small).toMatch(/… and [\d,]+ more flags with matches, left out/)
    expect(small).toContain('</details>')
  })

  it('warns instead of calling flags unreferenced when nothing was searched', () => {
    const h = assessHygiene({
      flags: [{ key: 'a' }],
      today: '2026-03-01',
      refs: sampleRefs([keyRefs('a')], { filesScanned: 0, bytesScanned: 0 })
    })
    const markdown = renderHygiene(h, LINKS)
    expect(markdown).toContain('No file was searched')
    expect(markdown).not.toContain('Unreferenced flags')
  })
})
