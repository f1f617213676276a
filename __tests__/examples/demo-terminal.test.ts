import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { formatLogLine, parseCommand } from '../../scripts/demo-log.js'
import {
  fitColumns,
  renderInline,
  renderMarkdown,
  renderTable,
  splitRow
} from '../../scripts/demo-markdown.js'
import {
  createStyle,
  displayWidth,
  stripAnsi,
  wantsColor,
  wrapLine
} from '../../scripts/demo-style.js'

/** The terminal rendering `npm run demo` uses for the action's log and job summaries. */

const plain = createStyle(false)
const color = createStyle(true)

describe('colour', () => {
  it('is on for a terminal, off for NO_COLOR, a pipe or a dumb terminal', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true)
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false)
    // no-color.org: an empty NO_COLOR does not count
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true)
    expect(wantsColor({ isTTY: false }, {})).toBe(false)
    expect(wantsColor({}, {})).toBe(false)
    expect(wantsColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false)
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true)
    expect(wantsColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false)
  })

  it('writes no escape codes without colour, and re-opens an outer style after a nested one', () => {
    expect(plain.bold(plain.red('x'))).toBe('x')
    expect(color.bold(`a ${color.bold('b')} c`)).toBe(
      '\x1b[1ma \x1b[1mb\x1b[22m\x1b[1m c\x1b[22m'
    )
  })
})

describe('displayWidth and wrapLine', () => {
  it('counts emoji as two columns and escape codes as none', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('✅ ok')).toBe(5)
    expect(displayWidth('✏️ changed')).toBe(10)
    expect(displayWidth(color.green('ok'))).toBe(2)
  })

  // Issue 26: an indented log line lost its indent when it wrapped.
  it("keeps a line's own indent, and hangs its continuations under it", () => {
    expect(wrapLine('    - one two three four', 16, 2)).toEqual([
      '    - one two',
      '      three four'
    ])
    expect(wrapLine('\x1b[2m  a b c d\x1b[0m', 7)).toEqual([
      '\x1b[2m  a b c\x1b[0m',
      '  \x1b[2md\x1b[0m'
    ])
  })

  it('wraps at word boundaries, breaks long words, and indents continuations', () => {
    expect(wrapLine('one two three four', 9)).toEqual([
      'one two',
      'three',
      'four'
    ])
    expect(wrapLine('one two three four', 9, 2)).toEqual([
      'one two',
      '  three',
      '  four'
    ])
    expect(wrapLine('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij'])
  })

  it('closes styles at a break and re-opens them on the next line', () => {
    const lines = wrapLine(color.red('one two three'), 7)
    expect(lines.map(stripAnsi)).toEqual(['one two', 'three'])
    expect(lines[0]!.endsWith('\x1b[0m')).toBe(true)
    expect(lines[1]!.startsWith('\x1b[31m')).toBe(true)
  })
})

describe('workflow commands in the log', () => {
  it('parses and unescapes annotations', () => {
    expect(
      parseCommand(
        '::error title=AppConfig bundle%3A key-format,file=flags/a.json,line=4,col=5::bad%0Asecond line 100%25'
      )
    ).toEqual({
      command: 'error',
      properties: {
        title: 'AppConfig bundle: key-format',
        file: 'flags/a.json',
        line: '4',
        col: '5'
      },
      message: 'bad\nsecond line 100%'
    })
    expect(parseCommand('Created hosted version 2')).toBeUndefined()
  })

  it('turns them into labelled lines and hides what the runner hides', () => {
    expect(
      formatLogLine('::error file=flags/a.json,line=4,col=5::bad key', plain)
    ).toEqual(['✖ error flags/a.json:4:5: bad key'])
    expect(formatLogLine('::warning::no alarms%0Aadd one', plain)).toEqual([
      '⚠ warning: no alarms',
      '  add one'
    ])
    expect(formatLogLine('::notice title=Hi::there', plain)).toEqual([
      'ℹ notice Hi: there'
    ])
    expect(formatLogLine('::group::Plan', plain)).toEqual(['▸ Plan'])
    expect(formatLogLine('::endgroup::', plain)).toEqual([])
    expect(formatLogLine('::debug::polling', plain)).toEqual([])
    expect(formatLogLine('::add-mask::secret', plain)).toEqual([])
  })

  it('draws a progress bar for deployment progress lines', () => {
    expect(formatLogLine('[2.4s] Deployment 2: DEPLOYING 50%', plain)).toEqual([
      '[2.4s]  Deployment 2: DEPLOYING    ██████████░░░░░░░░░░  50%'
    ])
    expect(
      formatLogLine('[17.0s] Deployment 2: ROLLED_BACK 40%', plain)
    ).toEqual(['[17.0s] Deployment 2: ROLLED_BACK  ████████░░░░░░░░░░░░  40%'])
    expect(formatLogLine('Started deployment 2 of version 2', plain)).toEqual([
      'Started deployment 2 of version 2'
    ])
  })
})

describe('Markdown for the terminal', () => {
  it('renders inline Markdown: links become their text, code, bold, entities, escapes', () => {
    expect(
      renderInline(
        '**Triggered by:** alarm [`checkout-5xx`](https://x.example/a?b=c) fired \\(OK -&gt; ALARM\\)',
        plain
      )
    ).toBe('Triggered by: alarm checkout-5xx fired (OK -> ALARM)')
    expect(renderInline('a<br>b <sub>small</sub>', plain)).toBe('a\nb small')
    expect(renderInline('`a \\| b`', plain)).toBe('a \\| b')
  })

  it('splits table rows on unescaped pipes outside code', () => {
    expect(splitRow('| a | `x | y` | c \\| d |')).toEqual([
      'a',
      '`x | y`',
      'c | d'
    ])
  })

  it('fits columns to the width, short columns first', () => {
    expect(fitColumns([10, 25, 75], [9, 27, 30], 83)).toEqual([10, 25, 48])
    expect(fitColumns([5, 5], [5, 5], 20)).toEqual([5, 5])
  })

  it('draws tables with box characters, wrapping cells to fit', () => {
    const lines = renderTable(
      [
        ['change', 'flag', 'old → new'],
        [
          '✏️ changed',
          'allow-bitcoin-at-checkout',
          'a: `5` → `10`\nb: `x` → `y`'
        ],
        ['➕ added', 'one-click-checkout', 'enabled: `true`']
      ],
      { width: 60, style: plain }
    )
    expect(lines[0]!.startsWith('┌')).toBe(true)
    expect(lines[2]!.startsWith('├')).toBe(true)
    expect(lines[lines.length - 1]!.startsWith('└')).toBe(true)
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60)
    expect(lines.join('\n')).toContain(
      '│ ✏️ changed │ allow-bitcoin-at-checkout │'
    )
  })

  it('titles a GitHub alert and wraps a diff line wider than the terminal', () => {
    const text = renderMarkdown(
      [
        '> [!CAUTION]',
        '> **Removes** `legacy`',
        '',
        '```diff',
        `- rule: ${'x'.repeat(30)}`,
        '```'
      ].join('\n'),
      { width: 30, style: plain, indent: 0 }
    )
    expect(text).toBe(
      [
        '│ Caution',
        '│ Removes legacy',
        '',
        `  │ - rule: ${'x'.repeat(18)}`,
        `  │ ↪ ${'x'.repeat(12)}`
      ].join('\n')
    )
  })

  it('renders headings, quotes, lists, details, code fences and drops HTML comments', () => {
    const text = renderMarkdown(
      [
        '<!-- marker -->',
        '### ✅ `flags` v2 deployed to **Beta**',
        '',
        '> ⚠️ **No alarms watched.**',
        '',
        '- ✅ passed: `flag-removal`',
        '',
        '<details><summary>How to revert</summary>',
        '',
        '```sh',
        'aws appconfig stop-deployment \\',
        '  --allow-revert',
        '```',
        '',
        '</details>',
        '',
        '<sub>AppConfig Guarded Rollout · [workflow run](https://x.example)</sub>'
      ].join('\n'),
      { width: 80, style: plain, indent: 2 }
    )
    expect(text).toBe(
      [
        '  ✅ flags v2 deployed to Beta',
        '',
        '  │ ⚠️ No alarms watched.',
        '',
        '  • ✅ passed: flag-removal',
        '',
        '  ▸ How to revert',
        '',
        '    │ aws appconfig stop-deployment \\',
        '    │   --allow-revert',
        '',
        '  AppConfig Guarded Rollout · workflow run'
      ].join('\n')
    )
  })

  it('renders every sample job summary within the width, without Markdown or HTML left over', () => {
    const dir = 'docs/summaries'
    const samples = readdirSync(dir).filter(
      (f) => f.endsWith('.md') && f !== 'README.md'
    )
    expect(samples.length).toBeGreaterThan(10)
    for (const file of samples) {
      const markdown = readFileSync(path.join(dir, file), 'utf8')
      for (const width of [60, 100]) {
        const text = renderMarkdown(markdown, {
          width,
          style: plain,
          indent: 4
        })
        for (const line of text.split('\n'))
          expect({
            file,
            width,
            line,
            fits: displayWidth(line) <= width
          }).toEqual({
            file,
            width,
            line,
            fits: true
          })
        expect(text).not.toMatch(
          /<\/?(details|summary|sub|br)\b|<!--|\]\(https?:/
        )
        expect(text).not.toMatch(/^\s*\|.*\|\s*$/m)
      }
    }
  })
})
