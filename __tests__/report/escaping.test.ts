import { describe, expect, it } from '@jest/globals'
import { allNodes, parseMarkdown, textOf, type MdNode } from './markdown-ast.js'
import { toOutputs } from '../../src/report/outputs.js'
import { renderPlanMarkdown } from '../../src/report/render-plan.js'
import { renderSummary } from '../../src/report/render-summary.js'
import {
  code,
  codeBlock,
  escapeMarkdown,
  escapeMessage,
  link,
  table
} from '../../src/report/markdown.js'
import {
  ALARM_5XX,
  sampleContext,
  samplePlan,
  samples,
  sampleTarget,
  asReport,
  type LooseReport
} from './sample-reports.js'

/** Strings that try to break out of a table cell, a code span, a link or the page. */
const HOSTILE = [
  'a | b | c',
  '`tick` ``double`` ```',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  'line one\nline two\r\n| new row |',
  '<!-- hide the rest',
  '<details><summary>fake</summary>',
  '</details></table>',
  '**bold** _it_ ~~strike~~ # heading',
  '$x^2$ and $$y$$',
  '<img src=x onerror=alert(1)>',
  '&lt;already&gt; &amp;'
]

const hostile = HOSTILE.join(' ')

/** A report where every user- or AWS-supplied string is hostile. */
function hostileReport(): LooseReport {
  const plan = samplePlan()
  return {
    ...samples['rolled-back-by-alarm'](),
    bundle: {
      ...samples.complete().bundle!,
      displayPath: `flags/${HOSTILE[0]}.json`,
      problems: [
        {
          rule: HOSTILE[1]!,
          severity: 'error',
          message: hostile,
          path: [],
          line: 1,
          col: 1
        }
      ],
      errorCount: 1
    },
    target: sampleTarget({
      application: { id: 'a1b2c3d', name: HOSTILE[2]! },
      environment: { id: 'e4f5g6h', name: HOSTILE[3]! },
      profile: { id: 'p7q8r9s', name: HOSTILE[4]! }
    }),
    plan: {
      ...plan,
      changes: HOSTILE.map((text, i) => ({
        key: text,
        kind: 'changed' as const,
        details: [
          {
            what: HOSTILE[(i + 1) % HOSTILE.length]!,
            before: text,
            after: hostile
          }
        ]
      })),
      guards: [{ guard: 'no-alarms', outcome: 'warn', message: hostile }]
    },
    rollout: {
      ...samples['rolled-back-by-alarm']().rollout!,
      version: { number: 17, label: HOSTILE[5], reused: false },
      events: [
        {
          at: '2025-11-20T10:00:00.000Z',
          type: 'ROLLBACK_STARTED',
          triggeredBy: 'CLOUDWATCH_ALARM',
          description: `${hostile} ${ALARM_5XX}`
        },
        { at: HOSTILE[6]!, type: HOSTILE[7]!, description: hostile }
      ],
      alarms: [
        {
          arn: ALARM_5XX,
          name: HOSTILE[8]!,
          state: 'ALARM',
          reason: hostile,
          updatedAt: HOSTILE[9]
        }
      ]
    },
    failure: { kind: 'rolled-back', message: hostile }
  }
}

/** The raw HTML this renderer itself writes; anything else came from the input. */
const OURS = [
  /^<details( open)?><summary>[^<>]*<\/summary>$/,
  /^<\/details>$/,
  /^<\/?sub>$/,
  /^<br>$/,
  /^<!-- appconfig-guarded-rollout plan [\w./:]+ -->$/
]

/** Asserts on the parsed markdown: only our HTML, only http(s) links, tables intact. */
async function expectSafe(markdown: string): Promise<MdNode[]> {
  const nodes = allNodes(await parseMarkdown(markdown))
  for (const html of nodes.filter((n) => n.type === 'html'))
    expect(OURS.some((pattern) => pattern.test(html.value ?? ''))).toBe(true)
  for (const link of nodes.filter((n) => n.type === 'link'))
    expect(link.url).toMatch(/^https:\/\/[^\s()<>]+$/)
  expect(nodes.filter((n) => n.type === 'image')).toEqual([])
  for (const heading of nodes.filter((n) => n.type === 'heading'))
    expect(textOf(heading)).toMatch(
      /^(✅|❌|⛔|⏳|↩️|⚠️|🔎|[\d,]+ flags? changes?:|No flag changes|Timeline|Alarms|Bundle|Checks before deploying)/
    )
  const tables = nodes.filter((n) => n.type === 'table')
  for (const t of tables) {
    const widths = (t.children ?? []).map((row) => row.children?.length)
    expect(new Set(widths).size).toBe(1)
  }
  // Our <details> open and close in pairs; the input cannot add or close one.
  const html = nodes.filter((n) => n.type === 'html').map((n) => n.value ?? '')
  expect(html.filter((v) => v.startsWith('<details')).length).toBe(
    html.filter((v) => v === '</details>').length
  )
  return nodes
}

describe('escaping hostile strings', () => {
  it('the parser sees raw HTML and an extra cell when they are there', async () => {
    const nodes = allNodes(
      await parseMarkdown('| a | b |\n| --- | --- |\n| <script> | x | y |\n')
    )
    expect(nodes.filter((n) => n.type === 'html').map((n) => n.value)).toEqual([
      '<script>'
    ])
    expect(
      nodes.filter((n) => n.type === 'tableRow').map((r) => r.children?.length)
    ).toEqual([2, 3])
  })

  it('lets no HTML, link, heading or extra cell through in the summary', async () => {
    const md = renderSummary(asReport(hostileReport()), sampleContext)
    const nodes = await expectSafe(md)
    expect(
      nodes.filter((n) => n.type === 'table').length
    ).toBeGreaterThanOrEqual(4)
    // The hostile text is shown, literally.
    const texts = nodes
      .filter((n) => n.type === 'text' || n.type === 'inlineCode')
      .map((n) => n.value)
      .join('\n')
    expect(texts).toContain('<script>alert(1)</script>')
    expect(texts).toContain('[click](javascript:alert(1))')
    expect(texts).toContain('&lt;already&gt; &amp;')
    expect(texts).toContain('$x^2$')
    expect(texts).toContain('a | b | c')
    // Flag keys and values stay exact inside code spans.
    const codes = nodes
      .filter((n) => n.type === 'inlineCode')
      .map((n) => n.value)
    for (const text of HOSTILE.filter((t) => !/[\r\n]/.test(t)))
      expect(codes).toContain(text)
  })

  it('lets no HTML, link, heading or extra cell through in the plan comment', async () => {
    const nodes = await expectSafe(
      renderPlanMarkdown(asReport(hostileReport()), sampleContext)
    )
    const codes = nodes
      .filter((n) => n.type === 'inlineCode')
      .map((n) => n.value)
    expect(codes).toContain('<script>alert(1)</script>')
    expect(codes).toContain('</details></table>')
  })

  it('keeps hostile flag keys exact in the outputs, as JSON', () => {
    const outputs = toOutputs(asReport(hostileReport()))
    expect(JSON.parse(outputs['flags-changed'])).toEqual(HOSTILE)
  })

  it.each(HOSTILE)(
    'escapeMarkdown(%j) has no newline, raw < or unescaped |',
    (text) => {
      const escaped = escapeMarkdown(text)
      expect(escaped).not.toMatch(/[\r\n<>]/)
      expect(escaped.replace(/\\\\/g, '')).not.toMatch(/(^|[^\\])\|/)
    }
  )

  it('escapeMessage() shows our backticked names as code and escapes the rest', () => {
    expect(
      escapeMessage('set `allow-flag-removal: true` or mark `_deprecation`')
    ).toBe('set `allow-flag-removal: true` or mark `_deprecation`')
    expect(escapeMessage('<b>x</b> `a|b` and a stray ` tick _x_')).toBe(
      '&lt;b&gt;x&lt;/b&gt; `a\\|b` and a stray \\` tick \\_x\\_'
    )
  })

  it('code() fences around backticks, escapes pipes and keeps edge spaces', () => {
    expect(code('plain')).toBe('`plain`')
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`x`')).toBe('`` `x` ``')
    expect(code('a|b')).toBe('`a\\|b`')
    expect(code('two\nlines')).toBe('`two lines`')
    expect(code(' padded ')).toBe('`  padded  `')
    expect(code('')).toBe('` `')
  })

  it('link() only links http(s) and encodes what would end the destination', () => {
    expect(link('x', 'javascript:alert(1)')).toBe('x')
    expect(link('x', undefined)).toBe('x')
    expect(link('x', 'https://e.example/a (b)<c>')).toBe(
      '[x](https://e.example/a%20%28b%29%3Cc%3E)'
    )
  })

  it('table() lays out header, delimiter and rows', () => {
    expect(table(['a', 'b'], [['1', '2']])).toBe(
      '| a | b |\n| --- | --- |\n| 1 | 2 |'
    )
  })
})

describe('bundle text neutralised in markdown (issue 25)', () => {
  it('breaks mentions, issue references and bare links, reading the same', () => {
    const escaped = escapeMarkdown(
      'ping @octocat about #123, see https://evil.example and www.evil.example'
    )
    expect(escaped).toBe(
      'ping @&#8203;octocat about \\#&#8203;123, see https&#8203;://evil.example and www&#8203;.evil.example'
    )
  })

  it('removes C0 controls and bidi overrides, in text and code alike', () => {
    const hostile = 'a\u001b[31mb\u202ec\u2066d\u0007e'
    expect(escapeMarkdown(hostile)).toBe('a\\[31mbcde')
    expect(code(hostile)).toBe('`a[31mbcde`')
    expect(codeBlock(hostile)).toBe('```\na[31mbcde\n```')
  })
})
