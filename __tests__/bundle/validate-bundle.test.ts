/**
 * Table-driven tests of the bundle validator: every rule it reports, each with an invalid case
 * (rule, severity, exact line:col, and the part of the message a person needs) and a valid
 * counterpart with no problems, in JSON and in YAML written by hand so positions are deliberate.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  BundleReadError,
  FILE_SIZE_FACTOR,
  MAX_BUNDLE_BYTES,
  formatOf,
  validateBundleBytes,
  validateBundleFile,
  validateBundleText,
  type BundleOptions,
  type ValidatedBundle
} from '../../src/bundle/validate-bundle.js'
import type { BundleFormat } from '../../src/bundle/read-source.js'
import { lines, seen, wanted, type Want } from './helpers.js'

/** `today` for every case, so deprecation dates are stable. */
const TODAY = '2026-11-21'
const FORMATS: readonly BundleFormat[] = ['json', 'yaml']
const ROOT = path.resolve(import.meta.dirname, '../..')

interface Case {
  readonly name: string
  readonly json?: string
  readonly yaml?: string
  readonly options?: BundleOptions
  /** The problems, in source order: exactly these. */
  readonly problems: readonly BugWant[]
  /**
   * A bug in src/bundle makes today's output differ from `problems` (extra or missing
   * problems): the exact comparison is then `it.failing`, and a second test checks that
   * today's output at least holds the problems not marked `missedToday`.
   */
  readonly knownBug?: string
}

/** A problem the code should report but, because of the case's known bug, does not. */
type BugWant = Want & { readonly missedToday?: true }

const validate = (
  text: string,
  format: BundleFormat,
  options: BundleOptions = {}
): Promise<ValidatedBundle> =>
  validateBundleText(text, format, { today: TODAY, ...options })

/** One test per case and format: the problems, in source order, exactly. */
function runTable(cases: readonly Case[]): void {
  const runs = cases.flatMap((c) =>
    FORMATS.filter((f) => c[f] !== undefined).map((format) => ({
      name: c.name,
      format,
      text: c[format] ?? '',
      options: c.options,
      problems: c.problems,
      knownBug: c.knownBug ?? '',
      reportedToday: c.problems.filter((w) => w.missedToday !== true)
    }))
  )
  /** Today's problems and the table's, as comparable lists. */
  const compare = async (
    run: (typeof runs)[number],
    wants: readonly Want[]
  ): Promise<{ actual: unknown; expected: unknown }> => {
    const result = await validate(run.text, run.format, run.options)
    return {
      actual: seen(result.problems),
      expected: wanted(wants, run.format)
    }
  }
  const correct = runs.filter((r) => r.knownBug === '')
  const buggy = runs.filter((r) => r.knownBug !== '')
  const partly = buggy.filter((r) => r.reportedToday.length > 0)
  it.each(correct)('$name ($format)', async (run) => {
    const { actual, expected } = await compare(run, run.problems)
    expect(actual).toEqual(expected)
  })
  // it.each refuses an empty table
  if (buggy.length > 0)
    it.failing.each(buggy)(
      '$name ($format) [known bug: $knownBug]',
      async (run) => {
        const { actual, expected } = await compare(run, run.problems)
        expect(actual).toEqual(expected)
      }
    )
  if (partly.length > 0)
    it.each(partly)(
      '$name ($format): reported today, among other problems',
      async (run) => {
        const { actual, expected } = await compare(run, run.reportedToday)
        expect(actual).toEqual(expect.arrayContaining(expected as unknown[]))
      }
    )
}

// ---------------------------------------------------------------------------------------------
// Generated pieces for the limits (kept on one line, so the key they are reported at is fixed)

const variantsJson = (n: number): string =>
  Array.from({ length: n }, (_, i) =>
    i === n - 1
      ? `{ "name": "v${i}", "enabled": false }`
      : `{ "name": "v${i}", "enabled": true, "rule": "(eq $n ${i})" }`
  ).join(', ')
const variantsYaml = (n: number): string =>
  Array.from({ length: n }, (_, i) =>
    i === n - 1
      ? `{ name: v${i}, enabled: false }`
      : `{ name: v${i}, enabled: true, rule: (eq $n ${i}) }`
  ).join(', ')
const enumJson = (n: number): string =>
  Array.from({ length: n }, (_, i) => `"e${i}"`).join(', ')
const enumYaml = (n: number): string =>
  Array.from({ length: n }, (_, i) => `e${i}`).join(', ')
const attrsJson = (n: number): string =>
  Array.from({ length: n }, (_, i) => `"x${i}": {}`).join(', ')
const attrsYaml = (n: number): string =>
  Array.from({ length: n }, (_, i) => `x${i}: {}`).join(', ')
const valuesJson = (n: number): string =>
  Array.from({ length: n }, (_, i) => `"x${i}": ${i}`).join(', ')
const valuesYaml = (n: number): string =>
  Array.from({ length: n }, (_, i) => `x${i}: ${i}`).join(', ')

const maxVariants = (n: number): Pick<Case, 'json' | 'yaml'> => ({
  json: lines(
    '{',
    '  "version": "1",',
    '  "flags": { "a": {} },',
    '  "values": {',
    '    "a": {',
    `      "_variants": [${variantsJson(n)}]`,
    '    }',
    '  }',
    '}'
  ),
  yaml: lines(
    "version: '1'",
    'flags:',
    '  a: {}',
    'values:',
    '  a:',
    `    _variants: [${variantsYaml(n)}]`
  )
})

const maxEnum = (n: number): Pick<Case, 'json' | 'yaml'> => ({
  json: lines(
    '{',
    '  "version": "1",',
    '  "flags": {',
    '    "a": {',
    '      "attributes": {',
    `        "tier": { "constraints": { "type": "string", "enum": [${enumJson(n)}] } }`,
    '      }',
    '    }',
    '  },',
    '  "values": { "a": { "enabled": true } }',
    '}'
  ),
  yaml: lines(
    "version: '1'",
    'flags:',
    '  a:',
    '    attributes:',
    '      tier:',
    '        constraints:',
    '          type: string',
    `          enum: [${enumYaml(n)}]`,
    'values:',
    '  a:',
    '    enabled: true'
  )
})

const maxAttributeDefinitions = (n: number): Pick<Case, 'json' | 'yaml'> => ({
  json: lines(
    '{',
    '  "version": "1",',
    `  "flags": { "a": { "attributes": { ${attrsJson(n)} } } },`,
    '  "values": { "a": { "enabled": true } }',
    '}'
  ),
  yaml: lines(
    "version: '1'",
    'flags:',
    '  a:',
    `    attributes: { ${attrsYaml(n)} }`,
    'values:',
    '  a:',
    '    enabled: true'
  )
})

/** 25 attributes defined; `n` values given, the last `extra` ones on their own line. */
const maxAttributeValues = (
  n: number,
  extra: boolean
): Pick<Case, 'json' | 'yaml'> => ({
  json: lines(
    '{',
    '  "version": "1",',
    `  "flags": { "a": { "attributes": { ${attrsJson(25)} } } },`,
    '  "values": {',
    '    "a": {',
    `      "enabled": true, ${valuesJson(n)},`,
    extra ? '      "extra": 1' : '      "_createdAt": "2026-01-01"',
    '    }',
    '  }',
    '}'
  ),
  yaml: lines(
    "version: '1'",
    'flags:',
    '  a:',
    `    attributes: { ${attrsYaml(25)} }`,
    'values:',
    `  a: { enabled: true, ${valuesYaml(n)},`,
    extra ? '    extra: 1 }' : "    _createdAt: '2026-01-01' }"
  )
})

/** A flag with one variant holding `n` attribute values (25 attributes defined). */
const maxVariantAttributeValues = (n: number): Pick<Case, 'json' | 'yaml'> => ({
  json: lines(
    '{',
    '  "version": "1",',
    `  "flags": { "a": { "attributes": { ${attrsJson(25)} } } },`,
    '  "values": {',
    '    "a": {',
    '      "_variants": [',
    '        {',
    '          "name": "Many",',
    '          "enabled": true,',
    '          "rule": "(eq $beta true)",',
    `          "attributeValues": { ${valuesJson(n)} }`,
    '        },',
    '        { "name": "Default", "enabled": false }',
    '      ]',
    '    }',
    '  }',
    '}'
  ),
  yaml: lines(
    "version: '1'",
    'flags:',
    '  a:',
    `    attributes: { ${attrsYaml(25)} }`,
    'values:',
    '  a:',
    '    _variants:',
    '      - name: Many',
    '        enabled: true',
    '        rule: (eq $beta true)',
    `        attributeValues: { ${valuesYaml(n)} }`,
    '      - name: Default',
    '        enabled: false'
  )
})

const x = (n: number): string => 'x'.repeat(n)
/** A well-formed rule of exactly `length` characters. */
const ruleOfLength = (length: number): string =>
  `(eq $a ${' '.repeat(length - 9)}1)`

const longRule = (length: number): Pick<Case, 'json' | 'yaml'> => ({
  json: lines(
    '{',
    '  "version": "1",',
    '  "flags": { "a": {} },',
    '  "values": {',
    '    "a": {',
    '      "_variants": [',
    `        { "name": "long", "enabled": true, "rule": "${ruleOfLength(length)}" },`,
    '        { "name": "default", "enabled": false }',
    '      ]',
    '    }',
    '  }',
    '}'
  ),
  yaml: lines(
    "version: '1'",
    'flags:',
    '  a: {}',
    'values:',
    '  a:',
    '    _variants:',
    '      - name: long',
    '        enabled: true',
    `        rule: ${ruleOfLength(length)}`,
    '      - name: default',
    '        enabled: false'
  )
})

/** A flag `a` with a description of `text`. */
const described = (text: string): Pick<Case, 'json' | 'yaml'> => ({
  json: lines(
    '{',
    '  "version": "1",',
    `  "flags": { "a": { "description": "${text}" } },`,
    '  "values": { "a": { "enabled": true } }',
    '}'
  ),
  yaml: lines(
    "version: '1'",
    'flags:',
    '  a:',
    `    description: ${text}`,
    'values:',
    '  a:',
    '    enabled: true'
  )
})

/** A flag `a` with a deprecation date; `yamlDate` is the date as the YAML writes it. */
const deprecated = (
  date: string,
  yamlDate = `'${date}'`
): Pick<Case, 'json' | 'yaml'> => ({
  json: lines(
    '{',
    '  "version": "1",',
    '  "flags": {',
    `    "a": { "_deprecation": { "status": "planned", "date": "${date}" } }`,
    '  },',
    '  "values": { "a": { "enabled": true } }',
    '}'
  ),
  yaml: lines(
    "version: '1'",
    'flags:',
    '  a:',
    '    _deprecation:',
    '      status: planned',
    `      date: ${yamlDate}`,
    'values:',
    '  a:',
    '    enabled: true'
  )
})

// ---------------------------------------------------------------------------------------------
// Reading: syntax, duplicate keys, YAML features with no JSON meaning

const readingCases: Case[] = [
  {
    name: 'JSON trailing comma',
    json: lines('{', '  "version": "1",', '}'),
    problems: [
      {
        rule: 'syntax',
        json: '3:1',
        says: 'trailing commas are not allowed in JSON'
      }
    ]
  },
  {
    name: 'JSON line comment',
    json: lines('{', '  // the only version there is', '  "version": "1"', '}'),
    problems: [
      { rule: 'syntax', json: '2:3', says: 'comments are not allowed in JSON' }
    ]
  },
  {
    name: 'JSON block comment',
    json: lines('{', '  "version": /* one */ "1"', '}'),
    problems: [
      { rule: 'syntax', json: '2:14', says: 'comments are not allowed in JSON' }
    ]
  },
  {
    name: 'JSON unterminated string',
    json: lines('{', '  "version": "1', '}'),
    problems: [{ rule: 'syntax', json: '2:14', says: 'unterminated string' }]
  },
  {
    // refused at the 65th level, before any parser builds (and reports) 20,000 of them
    name: 'nesting deeper than any bundle',
    json: `{ "x": ${'['.repeat(20000)}`,
    yaml: `x: ${'['.repeat(20000)}`,
    problems: [
      {
        rule: 'syntax',
        json: '1:71',
        yaml: '1:67',
        says: ['more than 64 levels deep', 'not read further']
      }
    ]
  },
  {
    name: 'JSON missing comma',
    json: lines('{', '  "version": "1"', '  "flags": {}', '}'),
    problems: [{ rule: 'syntax', json: '3:3', says: "',' was expected" }]
  },
  {
    name: 'YAML bad indentation',
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    name: A',
      '   description: x'
    ),
    problems: [
      {
        rule: 'syntax',
        yaml: '5:1',
        says: 'All mapping items must start at the same column'
      }
    ]
  },
  {
    name: 'YAML unclosed flow mapping',
    yaml: lines("version: '1'", 'flags: { a: {}', ''),
    problems: [{ rule: 'syntax', yaml: '3:1', says: 'end with a }' }]
  },
  {
    name: 'duplicate key, and validation goes on with the last one',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": { "name": "A" },',
      '    "a": { "name": "" }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    name: A',
      '  a:',
      "    name: ''",
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'duplicate-key',
        json: '5:5',
        yaml: '5:3',
        says: "duplicate key 'a'"
      },
      {
        rule: 'name-format',
        json: '5:20',
        yaml: '6:11',
        says: 'flags.a.name must be 1 to 64 characters'
      }
    ]
  },
  {
    name: 'empty file',
    json: '',
    yaml: lines('', '   ', ''),
    problems: [
      { rule: 'empty', json: '1:1', yaml: '1:1', says: 'the bundle is empty' }
    ]
  },
  {
    name: 'root is an array',
    json: '[1]',
    yaml: '- 1',
    problems: [
      {
        rule: 'root-type',
        json: '1:1',
        yaml: '1:1',
        says: ['must be an object with "version": "1"', 'this one is an array']
      }
    ]
  },
  {
    name: 'root is a string',
    json: '"flags"',
    yaml: 'flags',
    problems: [
      {
        rule: 'root-type',
        json: '1:1',
        yaml: '1:1',
        says: 'this one is a string'
      }
    ]
  },
  {
    name: 'root is null',
    json: 'null',
    yaml: '~',
    problems: [
      { rule: 'root-type', json: '1:1', yaml: '1:1', says: 'this one is null' }
    ]
  },
  {
    name: 'YAML custom tags (!Ref, !!binary), at the tag',
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    name: !Ref FlagName',
      '    description: !!binary aGVsbG8='
    ),
    problems: [
      {
        rule: 'yaml-tag',
        yaml: '4:11',
        says: [
          "the YAML tag '!Ref' has no JSON meaning",
          'AppConfig stores JSON'
        ]
      },
      {
        rule: 'yaml-tag',
        yaml: '5:18',
        says: "the YAML tag '!!binary' has no JSON meaning"
      }
    ]
  },
  {
    name: 'YAML keys that are not strings (1, true, null)',
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      1: {}',
      '      true: {}',
      '      null: {}'
    ),
    problems: [
      {
        rule: 'yaml-key',
        yaml: '5:7',
        says: ['the key 1 is not a string', 'quote it, e.g. "1"']
      },
      { rule: 'yaml-key', yaml: '6:7', says: 'the key true is not a string' },
      { rule: 'yaml-key', yaml: '7:7', says: 'the key null is not a string' }
    ]
  },
  {
    name: 'YAML .inf and .nan',
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      n:',
      '        constraints:',
      '          type: number',
      '          maximum: .inf',
      'values:',
      '  a:',
      '    n: .nan'
    ),
    problems: [
      {
        rule: 'yaml-value',
        yaml: '8:20',
        says: "'.inf' (Infinity) has no JSON meaning"
      },
      {
        rule: 'yaml-value',
        yaml: '11:8',
        says: "'.nan' (NaN) has no JSON meaning"
      }
    ]
  },
  {
    name: 'YAML with two documents',
    yaml: lines("version: '1'", '---', "version: '1'"),
    problems: [
      { rule: 'syntax', yaml: '2:1', says: 'more than one YAML document' }
    ]
  },
  {
    name: 'YAML alias expansion bomb',
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: &a [x, x, x, x, x, x, x, x, x, x]',
      '  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      '  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      '  d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'
    ),
    problems: [{ rule: 'yaml', yaml: '1:1', says: 'Excessive alias count' }]
  },
  {
    name: 'JSON number beyond float64',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "n": {} } } },',
      '  "values": { "a": { "n": 1e400 } }',
      '}'
    ),
    problems: [
      { rule: 'number-range', json: '4:27', says: ['1e400', 'too large'] },
      {
        rule: 'attribute-value-type',
        json: '4:27',
        says: 'values.a.n: an attribute value must be'
      }
    ]
  },
  {
    name: 'YAML number beyond float64',
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      n: {}',
      'values:',
      '  a:',
      '    n: 1e400'
    ),
    problems: [
      {
        rule: 'yaml-value',
        yaml: '8:8',
        says: "'1e400' (Infinity) has no JSON"
      }
    ]
  },
  {
    name: 'CRLF line endings',
    json: ['{', '  "flags": {},', '  "version": 1', '}'].join('\r\n'),
    yaml: ['flags: {}', 'version: 1', ''].join('\r\n'),
    problems: [
      {
        rule: 'type',
        json: '3:14',
        yaml: '2:10',
        says: 'version must be the string "1"'
      }
    ]
  }
]

// ---------------------------------------------------------------------------------------------
// AppConfig's JSON Schema

const schemaCases: Case[] = [
  {
    name: 'version missing',
    json: lines('{', '  "flags": {}', '}'),
    yaml: 'flags: {}',
    problems: [
      {
        rule: 'version',
        json: '1:1',
        yaml: '1:1',
        says: 'the bundle has no "version"'
      }
    ]
  },
  {
    name: 'version is the number 1',
    json: lines('{', '  "version": 1', '}'),
    yaml: 'version: 1',
    problems: [
      {
        rule: 'type',
        json: '2:14',
        yaml: '1:10',
        says: 'version must be the string "1" (in quotes), not a number (1)'
      }
    ]
  },
  {
    name: 'version is "2"',
    json: lines('{', '  "version": "2"', '}'),
    yaml: "version: '2'",
    problems: [
      {
        rule: 'version',
        json: '2:14',
        yaml: '1:10',
        says: ['version must be "1"', 'not "2"']
      }
    ]
  },
  {
    name: 'flags is an array',
    json: lines('{', '  "version": "1",', '  "flags": []', '}'),
    yaml: lines("version: '1'", 'flags: []'),
    problems: [
      {
        rule: 'type',
        json: '3:12',
        yaml: '2:8',
        says: 'flags must be an object, not an array'
      }
    ]
  },
  {
    name: 'enabled is "yes"',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": { "a": { "enabled": "yes" } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: {}',
      'values:',
      '  a:',
      '    enabled: yes'
    ),
    problems: [
      {
        rule: 'type',
        json: '4:33',
        yaml: '6:14',
        says: [
          'values.a.enabled must be a boolean',
          'write true or false (YAML 1.2 reads yes/no/on/off as strings)'
        ]
      }
    ]
  },
  {
    name: 'minimum is not an integer',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "pct": { "constraints": { "type": "number", "minimum": 0.5 } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      pct:',
      '        constraints:',
      '          type: number',
      '          minimum: 0.5',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'type',
        json: '6:64',
        yaml: '8:20',
        says: [
          'flags.a.attributes.pct.constraints.minimum must be an integer',
          'AppConfig types minimum and maximum as integers'
        ]
      }
    ]
  },
  {
    name: 'name is a number',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "name": 5 } },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    name: 5',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'type',
        json: '3:29',
        yaml: '4:11',
        says: 'flags.a.name must be a string, not a number (5)'
      }
    ]
  },
  {
    name: '_deprecation.status is not "planned"',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": { "_deprecation": { "status": "active" } }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    _deprecation:',
      '      status: active',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'enum',
        json: '4:40',
        yaml: '5:15',
        says: 'flags.a._deprecation.status must be "planned", not "active"'
      }
    ]
  },
  {
    name: 'unknown property at the root',
    json: lines('{', '  "version": "1",', '  "flag": {}', '}'),
    yaml: lines("version: '1'", 'flag: {}'),
    problems: [
      {
        rule: 'unknown-property',
        json: '3:3',
        yaml: '2:1',
        says: [
          "unknown property 'flag'",
          'allowed here: version, flags, values'
        ]
      }
    ]
  },
  {
    name: 'unknown property in a flag',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "title": "A" } },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    title: A',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'unknown-property',
        json: '3:21',
        yaml: '4:5',
        says: [
          "flags.a: unknown property 'title'",
          'allowed here: name, description'
        ]
      }
    ]
  },
  {
    name: 'unknown property in a variant (so the variant has no rule either)',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": {',
      '    "a": {',
      '      "_variants": [',
      '        { "name": "QA", "enabled": true, "rules": "(eq $team \\"qa\\")" },',
      '        { "name": "Default", "enabled": false }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: {}',
      'values:',
      '  a:',
      '    _variants:',
      '      - name: QA',
      '        enabled: true',
      '        rules: (eq $team "qa")',
      '      - name: Default',
      '        enabled: false'
    ),
    problems: [
      {
        rule: 'default-variant',
        json: '7:9',
        yaml: '7:9',
        says: 'values.a._variants[0] has no rule, so it would be the default variant'
      },
      {
        rule: 'unknown-property',
        json: '7:42',
        yaml: '9:9',
        says: [
          "values.a._variants[0]: unknown property 'rules'",
          'allowed here: name, enabled, rule, attributeValues'
        ]
      }
    ]
  },
  {
    name: 'unknown property in a flag value (_variant)',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": { "a": { "_variant": [] } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: {}',
      'values:',
      '  a:',
      '    _variant: []'
    ),
    problems: [
      {
        rule: 'unknown-property',
        json: '4:22',
        yaml: '6:5',
        says: [
          "values.a: unknown property '_variant'",
          'allowed here: enabled, _variants'
        ]
      }
    ]
  },
  {
    name: 'unknown property in constraints',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "pct": { "constraints": { "type": "number", "min": 0 } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      pct:',
      '        constraints:',
      '          type: number',
      '          min: 0',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'unknown-property',
        json: '6:53',
        yaml: '8:11',
        says: [
          "flags.a.attributes.pct.constraints: unknown property 'min'",
          'minimum/maximum'
        ]
      }
    ]
  },
  ...(
    [
      ['uppercase', 'NewCheckout', 'start with a lowercase letter'],
      ['65 characters', `long-${x(60)}`, 'at most 64 characters'],
      ['starting with a digit', '1st-flag', 'start with a lowercase letter']
    ] as const
  ).map(([what, key, says]): Case => ({
    name: `flag key ${what}`,
    json: lines('{', '  "version": "1",', `  "flags": { "${key}": {} }`, '}'),
    yaml: lines("version: '1'", 'flags:', `  ${key}: {}`),
    problems: [
      {
        rule: 'key-format',
        json: '3:14',
        yaml: '3:3',
        says: [`flag key '${key}' is not a valid AppConfig key`, says]
      }
    ]
  })),
  {
    name: 'a __proto__ flag key',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "__proto__": { "name": "x" } }',
      '}'
    ),
    yaml: lines("version: '1'", 'flags:', '  __proto__:', '    name: x'),
    problems: [
      {
        rule: 'key-format',
        json: '3:14',
        yaml: '3:3',
        says: "flag key '__proto__' is not a valid AppConfig key"
      }
    ]
  },
  {
    name: 'dotted flag key, with the mapping onto AppConfig levels',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "payments.instant-transfer.enabled": {} }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  payments.instant-transfer.enabled: {}'
    ),
    problems: [
      {
        rule: 'key-format',
        json: '3:14',
        yaml: '3:3',
        says: [
          "flag key 'payments.instant-transfer.enabled' is not a valid AppConfig key",
          "AppConfig keys cannot contain '.'",
          'application = domain',
          'flag = feature',
          'attribute = variant'
        ]
      }
    ]
  },
  {
    name: 'attribute keys in definitions and values',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "Max": {} } } },',
      '  "values": { "a": { "enabled": true, "Color": "red" } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      Max: {}',
      'values:',
      '  a:',
      '    enabled: true',
      '    Color: red'
    ),
    problems: [
      {
        rule: 'key-format',
        json: '3:37',
        yaml: '5:7',
        says: "flags.a.attributes: attribute key 'Max' is not a valid AppConfig key"
      },
      {
        rule: 'key-format',
        json: '4:39',
        yaml: '9:5',
        says: "values.a: attribute key 'Color' is not a valid AppConfig key"
      }
    ]
  },
  {
    name: 'constraints without a type',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "pct": { "constraints": { "required": true } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      pct:',
      '        constraints:',
      '          required: true',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'constraint-type',
        json: '6:18',
        yaml: '6:9',
        says: "constraints need a 'type' (number, string, array or boolean)"
      },
      {
        rule: 'required-attribute',
        json: '10:15',
        yaml: '9:3',
        says: "values.a: the required attribute 'pct' has no value"
      }
    ]
  },
  {
    name: 'unknown constraint type',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "pct": { "constraints": { "type": "integer" } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      pct:',
      '        constraints:',
      '          type: integer',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'constraint-type',
        json: '6:43',
        yaml: '7:17',
        says: 'constraints.type is "integer"; expected number, string, array or boolean'
      }
    ]
  },
  {
    name: 'constraint type that is not a string',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "pct": { "constraints": { "type": 5 } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      pct:',
      '        constraints:',
      '          type: 5',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'constraint-type',
        json: '6:43',
        yaml: '7:17',
        says: 'constraints.type must be a string: number, string, array or boolean'
      }
    ]
  },
  {
    name: 'array elements of type boolean',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "tags": { "constraints": { "type": "array", "elements": { "type": "boolean" } } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      tags:',
      '        constraints:',
      '          type: array',
      '          elements:',
      '            type: boolean',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'constraint-type',
        json: '6:75',
        yaml: '9:19',
        says: [
          'elements.type is "boolean"; expected number or string',
          '(array elements are numbers or strings)'
        ]
      }
    ]
  },
  {
    name: 'pattern and enum together',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "tier": { "constraints": { "type": "string", "pattern": "^g", "enum": ["gold"] } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      tier:',
      '        constraints:',
      '          type: string',
      '          pattern: ^g',
      '          enum: [gold]',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'pattern-enum-exclusive',
        json: '6:19',
        yaml: '6:9',
        says: "a string constraint takes either 'pattern' or 'enum', not both"
      }
    ]
  },
  {
    name: '33 variants',
    ...maxVariants(33),
    problems: [
      {
        rule: 'max-variants',
        json: '6:7',
        yaml: '6:5',
        says: 'values.a._variants: a flag can have at most 32 variants; this one has 33'
      }
    ]
  },
  {
    name: '101 enum entries',
    ...maxEnum(101),
    problems: [
      {
        rule: 'max-items',
        json: '6:54',
        yaml: '8:11',
        says: 'at most 100 entries are allowed; found 101'
      }
    ]
  },
  {
    name: '26 attribute definitions',
    ...maxAttributeDefinitions(26),
    problems: [
      {
        rule: 'max-attributes',
        json: '3:21',
        yaml: '4:5',
        says: 'flags.a.attributes: at most 25 attributes are allowed; found 26'
      }
    ]
  },
  {
    name: 'description of 1025 characters',
    ...described(x(1025)),
    problems: [
      {
        rule: 'max-length',
        json: '3:36',
        yaml: '4:18',
        says: 'flags.a.description is 1025 characters long; AppConfig allows at most 1024'
      }
    ]
  },
  {
    name: 'rule of 16385 characters',
    ...longRule(16385),
    problems: [
      {
        rule: 'max-length',
        json: '7:52',
        yaml: '9:15',
        says: 'values.a._variants[0].rule is 16385 characters long; AppConfig allows at most 16384'
      }
    ]
  },
  {
    name: 'string attribute value of 1025 characters',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "note": {} } } },',
      `  "values": { "a": { "enabled": true, "note": "${x(1025)}" } }`,
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      note: {}',
      'values:',
      '  a:',
      '    enabled: true',
      `    note: ${x(1025)}`
    ),
    problems: [
      {
        rule: 'attribute-value-type',
        json: '4:47',
        yaml: '9:11',
        says: 'values.a.note: a string attribute value can be at most 1024 characters; this one has 1025'
      }
    ]
  },
  {
    name: 'string array element of 1025 characters',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "l": {} } } },',
      `  "values": { "a": { "enabled": true, "l": ["ok", "${x(1025)}"] } }`,
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      l: {}',
      'values:',
      '  a:',
      '    enabled: true',
      `    l: [ok, ${x(1025)}]`
    ),
    problems: [
      {
        rule: 'attribute-value-type',
        json: '4:44',
        yaml: '9:8',
        says: 'values.a.l: array strings can be at most 1024 characters each'
      }
    ]
  },
  {
    name: 'name with a line break',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "name": "New\\ncheckout" } },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    name: "New\\ncheckout"',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'name-format',
        json: '3:29',
        yaml: '4:11',
        says: 'flags.a.name must be 1 to 64 characters without a line break'
      }
    ]
  },
  {
    name: 'empty name, and a name of 65 characters',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "name": "" }, "b": { "name": "' + x(65) + '" } },',
      '  "values": { "a": { "enabled": true }, "b": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      "  a: { name: '' }",
      `  b: { name: ${x(65)} }`,
      'values:',
      '  a: { enabled: true }',
      '  b: { enabled: true }'
    ),
    problems: [
      {
        rule: 'name-format',
        json: '3:29',
        yaml: '3:14',
        says: 'flags.a.name must be 1 to 64'
      },
      {
        rule: 'name-format',
        json: '3:50',
        yaml: '4:14',
        says: 'flags.b.name must be 1 to 64'
      }
    ]
  },
  {
    name: 'attribute values that are not strings, numbers, booleans or homogeneous arrays',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": { "attributes": { "obj": {}, "mixed": {}, "none": {}, "flags": {} } }',
      '  },',
      '  "values": {',
      '    "a": {',
      '      "enabled": true,',
      '      "obj": { "k": 1 },',
      '      "mixed": [1, "one"],',
      '      "none": [],',
      '      "flags": [true, false]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes: { obj: {}, mixed: {}, none: {}, flags: {} }',
      'values:',
      '  a:',
      '    enabled: true',
      '    obj: { k: 1 }',
      '    mixed: [1, one]',
      '    none: []',
      '    flags: [true, false]'
    ),
    problems: [
      {
        rule: 'attribute-value-type',
        json: '9:14',
        yaml: '8:10',
        says: 'values.a.obj: an attribute value must be a string, a number, a boolean or an array of strings or numbers, not an object'
      },
      {
        rule: 'attribute-value-type',
        json: '10:16',
        yaml: '9:12',
        says: 'values.a.mixed: an array attribute value must hold only strings or only numbers, not both'
      },
      {
        rule: 'attribute-value-type',
        json: '11:15',
        yaml: '10:11',
        says: 'values.a.none: an empty array'
      },
      {
        rule: 'attribute-value-type',
        json: '12:16',
        yaml: '11:12',
        says: 'values.a.flags: array elements must be strings or numbers, not boolean'
      }
    ]
  },
  {
    name: "attributeValues in a basic flag (the CLI guide's sample)",
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "ui": { "attributes": { "dark_mode": {} } } },',
      '  "values": {',
      '    "ui": { "enabled": false, "attributeValues": { "dark_mode": true } }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  ui:',
      '    attributes:',
      '      dark_mode: {}',
      'values:',
      '  ui:',
      '    enabled: false',
      '    attributeValues:',
      '      dark_mode: true'
    ),
    problems: [
      {
        rule: 'undefined-attribute',
        json: '5:31',
        yaml: '9:5',
        says: "the flag defines no attribute 'attributeValues'"
      },
      {
        rule: 'attribute-value-type',
        json: '5:50',
        yaml: '10:7',
        says: [
          'not an object',
          "in a basic flag, attribute values sit directly in the flag's value object",
          "'attributeValues' belongs to variants"
        ]
      }
    ]
  },
  {
    name: 'enum entries that are neither strings nor integers',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "tier": { "constraints": { "type": "string", "enum": ["gold", true, 1.5] } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      tier:',
      '        constraints:',
      '          type: string',
      '          enum: [gold, true, 1.5]',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'enum-entry',
        json: '6:71',
        yaml: '8:24',
        says: 'enum[1]: enum entries must be strings (at most 1024 characters) or integers, not a boolean (true)'
      },
      {
        rule: 'enum-entry',
        json: '6:77',
        yaml: '8:30',
        says: 'enum[2]: enum entries must be strings (at most 1024 characters) or integers, not a number (1.5)'
      }
    ]
  },
  {
    name: 'variant without name, variant without enabled',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": {',
      '    "a": {',
      '      "_variants": [',
      '        { "enabled": true, "rule": "(eq $beta true)" },',
      '        { "name": "Default" }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: {}',
      'values:',
      '  a:',
      '    _variants:',
      '      - enabled: true',
      '        rule: (eq $beta true)',
      '      - name: Default'
    ),
    problems: [
      {
        rule: 'variant-required',
        json: '7:9',
        yaml: '7:9',
        says: "values.a._variants[0]: every variant needs 'name' (a name of 1 to 64 characters)"
      },
      {
        rule: 'variant-required',
        json: '8:9',
        yaml: '9:9',
        says: "values.a._variants[1]: every variant needs 'enabled' (true or false)"
      }
    ]
  },
  {
    name: '$schema refused when allowSchemaReference is false',
    options: { allowSchemaReference: false },
    json: lines(
      '{',
      '  "$schema": "../schema/feature-flags.schema.json",',
      '  "version": "1"',
      '}'
    ),
    yaml: lines('$schema: ../schema/feature-flags.schema.json', "version: '1'"),
    problems: [
      {
        rule: 'unknown-property',
        json: '2:3',
        yaml: '1:1',
        says: "(root): unknown property '$schema'"
      }
    ]
  }
]

// ---------------------------------------------------------------------------------------------
// AppConfig's checks beyond its schema, and the team's conventions

const semanticCases: Case[] = [
  {
    name: 'value without a flag',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": { "a": { "enabled": true }, "b": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: {}',
      'values:',
      '  a:',
      '    enabled: true',
      '  b:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'value-without-flag',
        json: '4:41',
        yaml: '7:3',
        says: 'values.b has no flag definition: add flags.b or remove this value'
      }
    ]
  },
  {
    name: 'flag without a value (a warning)',
    json: lines('{', '  "version": "1",', '  "flags": { "a": {} }', '}'),
    yaml: lines("version: '1'", 'flags:', '  a: {}'),
    problems: [
      {
        rule: 'flag-without-value',
        severity: 'warning',
        json: '3:14',
        yaml: '3:3',
        says: 'flags.a has no entry under values; add values.a'
      }
    ]
  },
  {
    name: "'enabled' as an attribute name",
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "enabled": {} } } },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      enabled: {}',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'reserved-attribute',
        json: '3:37',
        yaml: '5:7',
        says: "flags.a: 'enabled' is reserved by AppConfig"
      }
    ]
  },
  {
    name: 'undefined attributes in a basic value and in a variant',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": { "attributes": { "size": {} } },',
      '    "b": {}',
      '  },',
      '  "values": {',
      '    "a": { "enabled": true, "color": "red" },',
      '    "b": {',
      '      "_variants": [',
      '        { "name": "QA", "enabled": true, "rule": "(eq $beta true)", "attributeValues": { "size": 1 } },',
      '        { "name": "Default", "enabled": false }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      size: {}',
      '  b: {}',
      'values:',
      '  a:',
      '    enabled: true',
      '    color: red',
      '  b:',
      '    _variants:',
      '      - name: QA',
      '        enabled: true',
      '        rule: (eq $beta true)',
      '        attributeValues:',
      '          size: 1',
      '      - name: Default',
      '        enabled: false'
    ),
    problems: [
      {
        rule: 'undefined-attribute',
        json: '8:29',
        yaml: '10:5',
        says: "values.a.color: the flag defines no attribute 'color' (it defines size)"
      },
      {
        rule: 'undefined-attribute',
        json: '11:90',
        yaml: '17:11',
        says: "values.b._variants[0].attributeValues.size: the flag defines no attribute 'size' (it defines no attributes)"
      }
    ]
  },
  {
    name: 'required attribute missing in a basic value and in an enabled variant',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "basic": { "attributes": { "limit": { "constraints": { "type": "number", "required": true } } } },',
      '    "multi": { "attributes": { "limit": { "constraints": { "type": "number", "required": true } } } }',
      '  },',
      '  "values": {',
      '    "basic": { "enabled": true },',
      '    "multi": {',
      '      "_variants": [',
      '        { "name": "On", "enabled": true, "rule": "(eq $beta true)" },',
      '        { "name": "Off", "enabled": false }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  basic:',
      '    attributes:',
      '      limit: { constraints: { type: number, required: true } }',
      '  multi:',
      '    attributes:',
      '      limit: { constraints: { type: number, required: true } }',
      'values:',
      '  basic:',
      '    enabled: true',
      '  multi:',
      '    _variants:',
      '      - name: On',
      '        enabled: true',
      '        rule: (eq $beta true)',
      '      - name: Off',
      '        enabled: false'
    ),
    problems: [
      {
        rule: 'required-attribute',
        json: '8:5',
        yaml: '10:3',
        says: "values.basic: the required attribute 'limit' has no value"
      },
      {
        rule: 'required-attribute',
        json: '11:9',
        yaml: '14:9',
        says: "values.multi._variants[0]: the required attribute 'limit' has no value in this enabled variant's attributeValues"
      }
    ]
  },
  {
    name: "values of the wrong type for their attribute's constraints",
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "s": { "constraints": { "type": "string" } },',
      '        "n": { "constraints": { "type": "number" } },',
      '        "b": { "constraints": { "type": "boolean" } },',
      '        "l": { "constraints": { "type": "array", "elements": { "type": "number" } } },',
      '        "m": { "constraints": { "type": "array" } }',
      '      }',
      '    }',
      '  },',
      '  "values": {',
      '    "a": { "enabled": true, "s": 5, "n": "10", "b": "true", "l": ["1"], "m": "x" }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      s: { constraints: { type: string } }',
      '      n: { constraints: { type: number } }',
      '      b: { constraints: { type: boolean } }',
      '      l: { constraints: { type: array, elements: { type: number } } }',
      '      m: { constraints: { type: array } }',
      'values:',
      '  a:',
      '    enabled: true',
      '    s: 5',
      "    n: '10'",
      "    b: 'true'",
      "    l: ['1']",
      '    m: x'
    ),
    problems: [
      {
        rule: 'attribute-type',
        json: '15:34',
        yaml: '13:8',
        says: "values.a.s must be a string (the attribute's constraints say type string), not number 5"
      },
      {
        rule: 'attribute-type',
        json: '15:42',
        yaml: '14:8',
        says: 'values.a.n must be a number (the attribute\'s constraints say type number), not string "10"'
      },
      {
        rule: 'attribute-type',
        json: '15:53',
        yaml: '15:8',
        says: 'values.a.b must be true or false (the attribute\'s constraints say type boolean), not string "true"'
      },
      {
        rule: 'attribute-type',
        json: '15:67',
        yaml: '16:9',
        says: 'values.a.l[0] must be a number'
      },
      {
        rule: 'attribute-type',
        json: '15:78',
        yaml: '17:8',
        says: 'values.a.m must be an array'
      }
    ]
  },
  {
    name: 'values outside their pattern, enum, minimum and maximum',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "code": { "constraints": { "type": "string", "pattern": "^[a-z]{2}$" } },',
      '        "tier": { "constraints": { "type": "string", "enum": ["gold", "silver"] } },',
      '        "pct": { "constraints": { "type": "number", "minimum": 0, "maximum": 50 } },',
      '        "low": { "constraints": { "type": "number", "minimum": 1 } }',
      '      }',
      '    }',
      '  },',
      '  "values": {',
      '    "a": {',
      '      "enabled": true,',
      '      "code": "EU",',
      '      "tier": "bronze",',
      '      "pct": 51,',
      '      "low": 0',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      "      code: { constraints: { type: string, pattern: '^[a-z]{2}$' } }",
      '      tier: { constraints: { type: string, enum: [gold, silver] } }',
      '      pct: { constraints: { type: number, minimum: 0, maximum: 50 } }',
      '      low: { constraints: { type: number, minimum: 1 } }',
      'values:',
      '  a:',
      '    enabled: true',
      '    code: EU',
      '    tier: bronze',
      '    pct: 51',
      '    low: 0'
    ),
    problems: [
      {
        rule: 'attribute-pattern',
        json: '16:15',
        yaml: '12:11',
        says: 'values.a.code is "EU", which does not match the attribute\'s pattern "^[a-z]{2}$"'
      },
      {
        rule: 'attribute-enum',
        json: '17:15',
        yaml: '13:11',
        says: 'values.a.tier is "bronze"; the attribute allows only "gold", "silver"'
      },
      {
        rule: 'attribute-range',
        json: '18:14',
        yaml: '14:10',
        says: "values.a.pct is 51, above the attribute's maximum 50"
      },
      {
        rule: 'attribute-range',
        json: '19:14',
        yaml: '15:10',
        says: "values.a.low is 0, below the attribute's minimum 1"
      }
    ]
  },
  {
    name: 'array elements outside their constraints (path with the index)',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "ports": { "constraints": { "type": "array", "elements": { "type": "number", "minimum": 1, "maximum": 100 } } },',
      '        "rails": { "constraints": { "type": "array", "elements": { "type": "string", "enum": ["sepa", "target2"] } } },',
      '        "zones": { "constraints": { "type": "array", "elements": { "type": "string", "pattern": "^[a-z]+-[0-9]$" } } }',
      '      }',
      '    }',
      '  },',
      '  "values": {',
      '    "a": {',
      '      "enabled": true,',
      '      "ports": [10, 200, 0],',
      '      "rails": ["sepa", "swift"],',
      '      "zones": ["eu-1", "EU-2"]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      ports: { constraints: { type: array, elements: { type: number, minimum: 1, maximum: 100 } } }',
      '      rails: { constraints: { type: array, elements: { type: string, enum: [sepa, target2] } } }',
      "      zones: { constraints: { type: array, elements: { type: string, pattern: '^[a-z]+-[0-9]$' } } }",
      'values:',
      '  a:',
      '    enabled: true',
      '    ports: [10, 200, 0]',
      '    rails: [sepa, swift]',
      '    zones: [eu-1, EU-2]'
    ),
    problems: [
      {
        rule: 'attribute-range',
        json: '15:21',
        yaml: '11:17',
        says: "values.a.ports[1] is 200, above the attribute's maximum 100"
      },
      {
        rule: 'attribute-range',
        json: '15:26',
        yaml: '11:22',
        says: "values.a.ports[2] is 0, below the attribute's minimum 1"
      },
      {
        rule: 'attribute-enum',
        json: '16:25',
        yaml: '12:19',
        says: 'values.a.rails[1] is "swift"; the attribute allows only "sepa", "target2"'
      },
      {
        rule: 'attribute-pattern',
        json: '17:25',
        yaml: '13:19',
        says: 'values.a.zones[1] is "EU-2", which does not match'
      }
    ]
  },
  {
    name: 'variant attribute values are checked against the constraints too',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "tier": { "constraints": { "type": "string", "enum": ["t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t11", "t12"] } }',
      '      }',
      '    }',
      '  },',
      '  "values": {',
      '    "a": {',
      '      "_variants": [',
      '        { "name": "QA", "enabled": true, "rule": "(eq $beta true)", "attributeValues": { "tier": "t13" } },',
      '        { "name": "Default", "enabled": false }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      tier: { constraints: { type: string, enum: [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12] } }',
      'values:',
      '  a:',
      '    _variants:',
      '      - name: QA',
      '        enabled: true',
      '        rule: (eq $beta true)',
      '        attributeValues:',
      '          tier: t13',
      '      - name: Default',
      '        enabled: false'
    ),
    problems: [
      {
        rule: 'attribute-enum',
        json: '13:98',
        yaml: '13:17',
        says: [
          'values.a._variants[0].attributeValues.tier is "t13"; the attribute allows only "t1", "t2"',
          '"t10", … (12 in all)'
        ]
      }
    ]
  },
  {
    name: 'minimum greater than maximum',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "pct": { "constraints": { "type": "number", "minimum": 10, "maximum": 5 } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      pct:',
      '        constraints:',
      '          type: number',
      '          minimum: 10',
      '          maximum: 5',
      'values:',
      '  a:',
      '    enabled: true'
    ),
    problems: [
      {
        rule: 'constraint-range',
        json: '6:64',
        yaml: '8:20',
        says: 'flags.a.attributes.pct.constraints: minimum 10 is greater than maximum 5, so no value can pass'
      }
    ]
  },
  {
    name: 'a pattern JavaScript cannot compile (a warning; values are not checked)',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "code": { "constraints": { "type": "string", "pattern": "(?i)^[a-z]+$" } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true, "code": "ABC" } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      code:',
      '        constraints:',
      '          type: string',
      '          pattern: (?i)^[a-z]+$',
      'values:',
      '  a:',
      '    enabled: true',
      '    code: ABC'
    ),
    problems: [
      {
        rule: 'constraint-pattern',
        severity: 'warning',
        json: '6:65',
        yaml: '8:20',
        says: 'flags.a.attributes.code.constraints.pattern "(?i)^[a-z]+$" is not a regular expression this action can check values against'
      }
    ]
  },
  {
    name: 'deprecation date that is not a calendar date',
    ...deprecated('2026-02-30'),
    problems: [
      {
        rule: 'deprecation-date',
        json: '4:59',
        yaml: '6:13',
        says: "flags.a._deprecation.date is '2026-02-30'; expected a date written YYYY-MM-DD"
      }
    ]
  },
  {
    name: 'deprecation date written day-first',
    ...deprecated('31.12.2026'),
    problems: [
      {
        rule: 'deprecation-date',
        json: '4:59',
        yaml: '6:13',
        says: "is '31.12.2026'; expected a date written YYYY-MM-DD"
      }
    ]
  },
  {
    name: 'deprecation date in the past (a warning by default)',
    ...deprecated('2026-11-20'),
    problems: [
      {
        rule: 'deprecated-flag',
        severity: 'warning',
        json: '4:59',
        yaml: '6:13',
        says: [
          "flag 'a' was due for removal on 2026-11-20 (_deprecation.date)",
          'AppConfig does not disable it'
        ]
      }
    ]
  },
  {
    name: "deprecation date in the past with deprecatedFlags 'fail'",
    options: { deprecatedFlags: 'fail' },
    ...deprecated('2026-11-20'),
    problems: [
      {
        rule: 'deprecated-flag',
        json: '4:59',
        yaml: '6:13',
        says: "flag 'a' was due for removal on 2026-11-20"
      }
    ]
  },
  {
    name: 'flag key against the team naming convention',
    options: { flagNamePattern: /^[a-z]+(-[a-z]+)*$/ },
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "new_checkout": {}, "dark-mode": {} },',
      '  "values": { "new_checkout": { "enabled": true }, "dark-mode": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  new_checkout: {}',
      '  dark-mode: {}',
      'values:',
      '  new_checkout: { enabled: true }',
      '  dark-mode: { enabled: true }'
    ),
    problems: [
      {
        rule: 'flag-name-pattern',
        json: '3:14',
        yaml: '3:3',
        says: "flag key 'new_checkout' does not match the team naming convention /^[a-z]+(-[a-z]+)*$/ (input flag-name-pattern)"
      }
    ]
  },
  {
    name: "a naming convention with '.', and a key AppConfig refuses anyway",
    options: { flagNamePattern: /^[a-z]+\.[a-z-]+$/ },
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "payments-instant": {}, "Payments": {} },',
      '  "values": { "payments-instant": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  payments-instant: {}',
      '  Payments: {}',
      'values:',
      '  payments-instant: { enabled: true }'
    ),
    problems: [
      {
        rule: 'flag-name-pattern',
        json: '3:14',
        yaml: '3:3',
        says: [
          "flag key 'payments-instant' does not match the team naming convention",
          "the convention asks for '.', which AppConfig keys cannot contain",
          'application = domain'
        ]
      },
      {
        rule: 'key-format',
        json: '3:38',
        yaml: '4:3',
        says: "flag key 'Payments' is not a valid AppConfig key"
      }
    ]
  },
  {
    name: 'empty _variants',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": { "a": { "_variants": [] } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: {}',
      'values:',
      '  a:',
      '    _variants: []'
    ),
    problems: [
      {
        rule: 'variants',
        json: '4:22',
        yaml: '6:5',
        says: 'values.a._variants is empty; a multi-variant flag needs at least its default variant'
      }
    ]
  },
  {
    name: 'two variants with one name',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": {',
      '    "a": {',
      '      "_variants": [',
      '        { "name": "Beta", "enabled": true, "rule": "(eq $beta true)" },',
      '        { "name": "Beta", "enabled": true, "rule": "(eq $team true)" },',
      '        { "name": "Default", "enabled": false }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: {}',
      'values:',
      '  a:',
      '    _variants:',
      '      - name: Beta',
      '        enabled: true',
      '        rule: (eq $beta true)',
      '      - name: Beta',
      '        enabled: true',
      '        rule: (eq $team true)',
      '      - name: Default',
      '        enabled: false'
    ),
    problems: [
      {
        rule: 'variant-name-unique',
        json: '8:19',
        yaml: '10:15',
        says: 'values.a._variants[1]: the variant name "Beta" is already used by variant 0'
      }
    ]
  },
  {
    name: 'default variant not last, and a last variant with a rule',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": {',
      '    "a": {',
      '      "_variants": [',
      '        { "name": "Default", "enabled": false },',
      '        { "name": "Beta", "enabled": true, "rule": "(eq $beta true)" }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: {}',
      'values:',
      '  a:',
      '    _variants:',
      '      - name: Default',
      '        enabled: false',
      '      - name: Beta',
      '        enabled: true',
      '        rule: (eq $beta true)'
    ),
    problems: [
      {
        rule: 'default-variant',
        json: '7:9',
        yaml: '7:9',
        says: 'values.a._variants[0] has no rule, so it would be the default variant, which must be last'
      },
      {
        rule: 'default-variant',
        json: '8:52',
        yaml: '11:15',
        says: 'values.a._variants[1]: the last variant is the default variant and cannot have a rule'
      }
    ]
  },
  {
    name: 'rule problems, at the offending token inside the rule',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": {',
      '    "a": {',
      '      "_variants": [',
      '        {',
      '          "name": "Germany",',
      '          "enabled": true,',
      '          "rule": "(eq $country DE)"',
      '        },',
      '        {',
      '          "name": "Escaped",',
      '          "enabled": true,',
      '          "rule": "(eq $team \\"qa\\") (eq $beta true)"',
      '        },',
      '        {',
      '          "name": "Split",',
      '          "enabled": true,',
      '          "rule": "(split pct::150 by::$userId)"',
      '        },',
      '        { "name": "Default", "enabled": false }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: {}',
      'values:',
      '  a:',
      '    _variants:',
      '      - name: Germany',
      '        enabled: true',
      '        rule: (eq $country DE)',
      '      - name: Escaped',
      '        enabled: true',
      '        rule: "(eq $team \\"qa\\") (eq $beta true)"',
      '      - name: Split',
      '        enabled: true',
      "        rule: '(split pct::150 by::$userId)'",
      '      - name: Default',
      '        enabled: false'
    ),
    problems: [
      {
        rule: 'variant-rule',
        json: '10:33',
        yaml: '9:28',
        says: [
          'values.a._variants[0].rule, at character 14',
          "'DE' is not a value: strings need double quotes"
        ]
      },
      {
        // JSON maps through the escapes; YAML falls back to the string's start.
        rule: 'variant-rule',
        json: '15:38',
        yaml: '12:15',
        says: [
          'values.a._variants[1].rule, at character 17',
          "unexpected '(eq $beta true)' after the end of the rule's expression"
        ]
      },
      {
        rule: 'variant-rule',
        json: '20:32',
        yaml: '15:28',
        says: [
          'values.a._variants[2].rule, at character 13',
          "'pct::' must be a number from 0 to 100"
        ]
      }
    ]
  },
  {
    name: 'attribute values of a flag value over 25 (the semantic check)',
    ...maxAttributeValues(25, true),
    problems: [
      {
        rule: 'max-attributes',
        json: '5:5',
        yaml: '6:3',
        says: 'values.a: at most 25 attribute values are allowed; found 26'
      },
      {
        rule: 'undefined-attribute',
        json: '7:7',
        yaml: '7:5',
        says: "values.a.extra: the flag defines no attribute 'extra'"
      }
    ]
  }
]

// ---------------------------------------------------------------------------------------------
// Valid counterparts: for each rule, a bundle that is right where the invalid case is wrong

/** Values within pattern, enum, minimum and maximum, for scalars and array elements. */
const withinConstraints: Pick<Case, 'json' | 'yaml'> = {
  json: lines(
    '{',
    '  "version": "1",',
    '  "flags": {',
    '    "a": {',
    '      "attributes": {',
    '        "code": { "constraints": { "type": "string", "pattern": "^[a-z]{2}$" } },',
    '        "tier": { "constraints": { "type": "string", "enum": ["gold", "silver"] } },',
    '        "pct": { "constraints": { "type": "number", "minimum": 0, "maximum": 50 } },',
    '        "ports": { "constraints": { "type": "array", "elements": { "type": "number", "minimum": 1, "maximum": 100 } } }',
    '      }',
    '    }',
    '  },',
    '  "values": { "a": { "enabled": true, "code": "eu", "tier": "silver", "pct": 50, "ports": [1, 100] } }',
    '}'
  ),
  yaml: lines(
    "version: '1'",
    'flags:',
    '  a:',
    '    attributes:',
    "      code: { constraints: { type: string, pattern: '^[a-z]{2}$' } }",
    '      tier: { constraints: { type: string, enum: [gold, silver] } }',
    '      pct: { constraints: { type: number, minimum: 0, maximum: 50 } }',
    '      ports: { constraints: { type: array, elements: { type: number, minimum: 1, maximum: 100 } } }',
    'values:',
    '  a: { enabled: true, code: eu, tier: silver, pct: 50, ports: [1, 100] }'
  )
}

interface Valid {
  /** The rule this bundle satisfies. */
  readonly rule: string
  readonly name: string
  readonly json?: string
  readonly yaml?: string
  readonly options?: BundleOptions
}

const validCases: Valid[] = [
  {
    rule: 'syntax',
    name: 'the smallest bundle',
    json: lines('{', '  "version": "1"', '}'),
    yaml: "version: '1'"
  },
  {
    rule: 'syntax',
    name: 'a YAML document with explicit start and end markers',
    yaml: lines('---', "version: '1'", '...')
  },
  {
    rule: 'duplicate-key',
    name: 'the same key in different objects',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "name": "A" }, "b": { "name": "B" } },',
      '  "values": { "a": { "enabled": true }, "b": { "enabled": false } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: { name: A }',
      '  b: { name: B }',
      'values:',
      '  a: { enabled: true }',
      '  b: { enabled: false }'
    )
  },
  {
    rule: 'empty',
    name: 'a bundle surrounded by blank lines',
    json: lines('', '{ "version": "1" }', ''),
    yaml: lines('', "version: '1'", '')
  },
  {
    rule: 'root-type',
    name: 'an object with only a version',
    json: '{"version":"1"}',
    yaml: "{ version: '1' }"
  },
  {
    rule: 'yaml-tag',
    name: 'YAML core tags (!!str, !!int, !!bool, !!map)',
    yaml: lines(
      'version: !!str 1',
      'flags: !!map',
      '  a:',
      '    attributes:',
      '      n: { constraints: { type: number, minimum: !!int 1 } }',
      'values:',
      '  a:',
      '    enabled: !!bool true',
      '    n: 3'
    )
  },
  {
    rule: 'yaml-key',
    name: 'YAML keys that look like numbers but are quoted',
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      "      'true': {}",
      'values:',
      '  a:',
      '    enabled: true',
      "    'true': 1"
    ),
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "true": {} } } },',
      '  "values": { "a": { "enabled": true, "true": 1 } }',
      '}'
    )
  },
  {
    rule: 'yaml-value',
    name: 'large and small finite numbers',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "n": {} } } },',
      '  "values": { "a": { "enabled": true, "n": 1e300 } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      n: {}',
      'values:',
      '  a:',
      '    enabled: true',
      '    n: 1e300'
    )
  },
  {
    rule: 'number-range',
    name: 'negative and fractional numbers',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "n": {} } } },',
      '  "values": { "a": { "enabled": true, "n": [-1.5, 0, 2e-300] } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      n: {}',
      'values:',
      '  a:',
      '    enabled: true',
      '    n: [-1.5, 0, 2e-300]'
    )
  },
  {
    rule: 'version',
    name: 'version "1" (YAML: quoted)',
    json: '{ "version": "1" }',
    yaml: 'version: "1"'
  },
  {
    rule: 'type',
    name: 'booleans, objects and integer minimums where the schema wants them',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "name": "A", "attributes": { "pct": { "constraints": { "type": "number", "minimum": 0, "maximum": 5 } } } } },',
      '  "values": { "a": { "enabled": false } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    name: A',
      '    attributes:',
      '      pct: { constraints: { type: number, minimum: 0, maximum: 5 } }',
      'values:',
      '  a:',
      '    enabled: false'
    )
  },
  {
    rule: 'enum',
    name: '_deprecation.status "planned"',
    ...deprecated('2099-01-01')
  },
  {
    rule: 'unknown-property',
    name: 'every documented property, including _createdAt and _updatedAt',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "name": "A",',
      '      "description": "All properties",',
      '      "_createdAt": "2026-01-01T00:00:00Z",',
      '      "_updatedAt": "2026-01-02T00:00:00Z",',
      '      "_deprecation": { "status": "planned", "date": "2099-01-01" },',
      '      "attributes": {',
      '        "n": { "description": "A number", "constraints": { "type": "number", "required": false, "minimum": 0, "maximum": 9 } },',
      '        "l": { "constraints": { "type": "array", "required": false, "elements": { "type": "string", "pattern": "^[a-z]+$" } } }',
      '      }',
      '    }',
      '  },',
      '  "values": {',
      '    "a": {',
      '      "_createdAt": "2026-01-01T00:00:00Z",',
      '      "_updatedAt": "2026-01-02T00:00:00Z",',
      '      "_variants": [',
      '        { "name": "One", "enabled": true, "rule": "(eq $beta true)", "attributeValues": { "n": 1, "l": ["x"] } },',
      '        { "name": "Default", "enabled": false, "attributeValues": {} }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    name: A',
      '    description: All properties',
      "    _createdAt: '2026-01-01T00:00:00Z'",
      "    _updatedAt: '2026-01-02T00:00:00Z'",
      "    _deprecation: { status: planned, date: '2099-01-01' }",
      '    attributes:',
      '      n: { description: A number, constraints: { type: number, required: false, minimum: 0, maximum: 9 } }',
      "      l: { constraints: { type: array, required: false, elements: { type: string, pattern: '^[a-z]+$' } } }",
      'values:',
      '  a:',
      "    _createdAt: '2026-01-01T00:00:00Z'",
      "    _updatedAt: '2026-01-02T00:00:00Z'",
      '    _variants:',
      '      - { name: One, enabled: true, rule: (eq $beta true), attributeValues: { n: 1, l: [x] } }',
      '      - { name: Default, enabled: false, attributeValues: {} }'
    )
  },
  {
    rule: 'unknown-property',
    name: '$schema is accepted by default',
    json: lines(
      '{',
      '  "$schema": "../schema/feature-flags.schema.json",',
      '  "version": "1"',
      '}'
    ),
    yaml: lines('$schema: ../schema/feature-flags.schema.json', "version: '1'")
  },
  {
    rule: 'key-format',
    name: 'letters, digits, _ and -, up to 64 characters',
    json: lines(
      '{',
      '  "version": "1",',
      `  "flags": { "a": {}, "new_checkout-V2": {}, "${'k'.repeat(64)}": {} },`,
      `  "values": { "a": { "enabled": true }, "new_checkout-V2": { "enabled": true }, "${'k'.repeat(64)}": { "enabled": true } }`,
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: {}',
      '  new_checkout-V2: {}',
      `  ${'k'.repeat(64)}: {}`,
      'values:',
      '  a: { enabled: true }',
      '  new_checkout-V2: { enabled: true }',
      `  ${'k'.repeat(64)}: { enabled: true }`
    )
  },
  {
    rule: 'constraint-type',
    name: 'each constraint type, and number or string elements',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "n": { "constraints": { "type": "number" } },',
      '        "s": { "constraints": { "type": "string" } },',
      '        "b": { "constraints": { "type": "boolean" } },',
      '        "ln": { "constraints": { "type": "array", "elements": { "type": "number" } } },',
      '        "ls": { "constraints": { "type": "array", "elements": { "type": "string" } } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      n: { constraints: { type: number } }',
      '      s: { constraints: { type: string } }',
      '      b: { constraints: { type: boolean } }',
      '      ln: { constraints: { type: array, elements: { type: number } } }',
      '      ls: { constraints: { type: array, elements: { type: string } } }',
      'values:',
      '  a:',
      '    enabled: true'
    )
  },
  {
    rule: 'pattern-enum-exclusive',
    name: 'a pattern on one attribute, an enum (strings and integers) on another',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "code": { "constraints": { "type": "string", "pattern": "^[a-z]{2}$" } },',
      '        "tier": { "constraints": { "type": "string", "enum": ["gold", 1] } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true, "code": "eu", "tier": "1" } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      "      code: { constraints: { type: string, pattern: '^[a-z]{2}$' } }",
      '      tier: { constraints: { type: string, enum: [gold, 1] } }',
      'values:',
      '  a:',
      '    enabled: true',
      '    code: eu',
      "    tier: '1'"
    )
  },
  { rule: 'enum-entry', name: 'string enum entries', ...maxEnum(3) },
  { rule: 'max-variants', name: '32 variants', ...maxVariants(32) },
  { rule: 'max-items', name: '100 enum entries', ...maxEnum(100) },
  {
    rule: 'max-attributes',
    name: '25 attribute definitions',
    ...maxAttributeDefinitions(25)
  },
  {
    rule: 'max-attributes',
    name: '25 attribute values and the reserved keys',
    ...maxAttributeValues(25, false)
  },
  {
    rule: 'max-attributes',
    name: '25 attribute values in a variant',
    ...maxVariantAttributeValues(25)
  },
  {
    rule: 'max-length',
    name: 'description of 1024 characters',
    ...described(x(1024))
  },
  {
    rule: 'max-length',
    name: 'description of 1024 characters outside the BMP (counted as code points)',
    ...described('🚀'.repeat(1024))
  },
  { rule: 'max-length', name: 'rule of 16384 characters', ...longRule(16384) },
  {
    rule: 'name-format',
    name: 'names of 1 and 64 characters',
    json: lines(
      '{',
      '  "version": "1",',
      `  "flags": { "a": { "name": "A" }, "b": { "name": "${x(64)}" } },`,
      '  "values": { "a": { "enabled": true }, "b": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: { name: A }',
      `  b: { name: ${x(64)} }`,
      'values:',
      '  a: { enabled: true }',
      '  b: { enabled: true }'
    )
  },
  {
    rule: 'attribute-value-type',
    name: 'string, number, boolean, string array and number array values',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "s": {}, "n": {}, "b": {}, "ls": {}, "ln": {} } } },',
      `  "values": { "a": { "enabled": true, "s": "${x(1024)}", "n": 1.5, "b": false, "ls": ["x"], "ln": [1, 2.5] } }`,
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes: { s: {}, n: {}, b: {}, ls: {}, ln: {} }',
      'values:',
      '  a:',
      '    enabled: true',
      `    s: ${x(1024)}`,
      '    n: 1.5',
      '    b: false',
      '    ls: [x]',
      '    ln: [1, 2.5]'
    )
  },
  {
    rule: 'value-without-flag',
    name: 'every value has its flag',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {}, "b": {} },',
      '  "values": { "a": { "enabled": true }, "b": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags: { a: {}, b: {} }',
      'values: { a: { enabled: true }, b: { enabled: true } }'
    )
  },
  {
    rule: 'reserved-attribute',
    name: "an attribute named 'is_enabled'",
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "is_enabled": {} } } },',
      '  "values": { "a": { "enabled": true, "is_enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      is_enabled: {}',
      'values:',
      '  a:',
      '    enabled: true',
      '    is_enabled: true'
    )
  },
  {
    rule: 'undefined-attribute',
    name: 'values only for defined attributes',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "size": {} } } },',
      '  "values": {',
      '    "a": {',
      '      "_variants": [',
      '        { "name": "QA", "enabled": true, "rule": "(eq $beta true)", "attributeValues": { "size": 1 } },',
      '        { "name": "Default", "enabled": true, "attributeValues": { "size": 2 } }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      size: {}',
      'values:',
      '  a:',
      '    _variants:',
      '      - { name: QA, enabled: true, rule: (eq $beta true), attributeValues: { size: 1 } }',
      '      - { name: Default, enabled: true, attributeValues: { size: 2 } }'
    )
  },
  {
    rule: 'required-attribute',
    name: 'required values present; a disabled variant need not have them',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "basic": { "attributes": { "limit": { "constraints": { "type": "number", "required": true } } } },',
      '    "multi": { "attributes": { "limit": { "constraints": { "type": "number", "required": true } } } }',
      '  },',
      '  "values": {',
      '    "basic": { "enabled": true, "limit": 5 },',
      '    "multi": {',
      '      "_variants": [',
      '        { "name": "On", "enabled": true, "rule": "(eq $beta true)", "attributeValues": { "limit": 1 } },',
      '        { "name": "Off", "enabled": false }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  basic:',
      '    attributes:',
      '      limit: { constraints: { type: number, required: true } }',
      '  multi:',
      '    attributes:',
      '      limit: { constraints: { type: number, required: true } }',
      'values:',
      '  basic:',
      '    enabled: true',
      '    limit: 5',
      '  multi:',
      '    _variants:',
      '      - name: On',
      '        enabled: true',
      '        rule: (eq $beta true)',
      '        attributeValues: { limit: 1 }',
      '      - name: Off',
      '        enabled: false'
    )
  },
  {
    rule: 'attribute-type',
    name: 'values of their constraint type',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": {',
      '      "attributes": {',
      '        "s": { "constraints": { "type": "string" } },',
      '        "n": { "constraints": { "type": "number" } },',
      '        "b": { "constraints": { "type": "boolean" } },',
      '        "l": { "constraints": { "type": "array", "elements": { "type": "number" } } }',
      '      }',
      '    }',
      '  },',
      '  "values": { "a": { "enabled": true, "s": "5", "n": 10, "b": true, "l": [1] } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      s: { constraints: { type: string } }',
      '      n: { constraints: { type: number } }',
      '      b: { constraints: { type: boolean } }',
      '      l: { constraints: { type: array, elements: { type: number } } }',
      'values:',
      '  a:',
      '    enabled: true',
      "    s: '5'",
      '    n: 10',
      '    b: true',
      '    l: [1]'
    )
  },
  {
    rule: 'attribute-range',
    name: 'numbers and number elements within minimum and maximum (bounds included)',
    ...withinConstraints
  },
  {
    rule: 'constraint-range',
    name: 'minimum equal to maximum',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "n": { "constraints": { "type": "number", "minimum": 5, "maximum": 5 } } } } },',
      '  "values": { "a": { "enabled": true, "n": 5 } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      '      n: { constraints: { type: number, minimum: 5, maximum: 5 } }',
      'values:',
      '  a: { enabled: true, n: 5 }'
    )
  },
  {
    rule: 'constraint-pattern',
    name: 'a pattern that needs the u flag',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": { "attributes": { "s": { "constraints": { "type": "string", "pattern": "^\\\\p{Lu}+$" } } } } },',
      '  "values": { "a": { "enabled": true, "s": "ÄB" } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a:',
      '    attributes:',
      "      s: { constraints: { type: string, pattern: '^\\p{Lu}+$' } }",
      'values:',
      '  a: { enabled: true, s: ÄB }'
    )
  },
  {
    rule: 'deprecation-date',
    name: 'a leap day (YAML: an unquoted date is a string in YAML 1.2)',
    ...deprecated('2028-02-29', '2028-02-29')
  },
  {
    rule: 'deprecated-flag',
    name: "a past date with deprecatedFlags 'ignore'",
    options: { deprecatedFlags: 'ignore' },
    ...deprecated('2026-11-20')
  },
  {
    rule: 'deprecated-flag',
    name: 'the date is today',
    ...deprecated(TODAY)
  },
  {
    rule: 'deprecated-flag',
    name: "a future date with deprecatedFlags 'fail'",
    options: { deprecatedFlags: 'fail' },
    ...deprecated('2026-11-22')
  },
  {
    rule: 'flag-name-pattern',
    name: 'keys that follow the convention',
    options: { flagNamePattern: /^[a-z]+(-[a-z]+)*$/ },
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "dark-mode": {} },',
      '  "values": { "dark-mode": { "enabled": true } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags: { dark-mode: {} }',
      'values: { dark-mode: { enabled: true } }'
    )
  },
  {
    rule: 'variants',
    name: 'a multi-variant flag with only its default variant',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": { "a": { "_variants": [{ "name": "Default", "enabled": true }] } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags: { a: {} }',
      'values: { a: { _variants: [{ name: Default, enabled: true }] } }'
    )
  },
  {
    rule: 'variant-rule',
    name: 'rules from the AppConfig guide',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": {',
      '    "a": {',
      '      "_variants": [',
      '        { "name": "QA", "enabled": true, "rule": "(ends_with $email \\"qa-testers.mycompany.com\\")" },',
      '        { "name": "Sample", "enabled": true, "rule": "(split pct::10 by::$email)" },',
      '        { "name": "Seeded", "enabled": true, "rule": "(split by::$uniqueId pct::20 seed::\\"abc\\")" },',
      '        { "name": "Virginia", "enabled": true, "rule": "(and (eq $state \\"Virginia\\") (gt $age 65))" },',
      '        { "name": "Default", "enabled": false }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: {}',
      'values:',
      '  a:',
      '    _variants:',
      '      - name: QA',
      '        enabled: true',
      '        rule: (ends_with $email "qa-testers.mycompany.com")',
      '      - name: Sample',
      '        enabled: true',
      '        rule: (split pct::10 by::$email)',
      '      - name: Seeded',
      '        enabled: true',
      '        rule: (split by::$uniqueId pct::20 seed::"abc")',
      '      - name: Virginia',
      '        enabled: true',
      '        rule: >-',
      '          (and (eq $state "Virginia")',
      '          (gt $age 65))',
      '      - name: Default',
      '        enabled: false'
    )
  },
  {
    rule: 'default-variant',
    name: 'ruled variants first, the default last',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": {',
      '    "a": {',
      '      "_variants": [',
      '        { "name": "Beta", "enabled": true, "rule": "(eq $beta true)" },',
      '        { "name": "Default", "enabled": false }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags: { a: {} }',
      'values:',
      '  a:',
      '    _variants:',
      '      - { name: Beta, enabled: true, rule: (eq $beta true) }',
      '      - { name: Default, enabled: false }'
    )
  },
  {
    rule: 'yaml',
    name: 'YAML anchors and aliases, expanded into JSON',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": {',
      '    "a": { "attributes": { "n": { "constraints": { "type": "number" } } } },',
      '    "b": { "attributes": { "n": { "constraints": { "type": "number" } } } }',
      '  },',
      '  "values": { "a": { "enabled": true, "n": 1 }, "b": { "enabled": true, "n": 1 } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags:',
      '  a: &flag',
      '    attributes:',
      '      n: { constraints: { type: number } }',
      '  b: *flag',
      'values:',
      '  a: &on { enabled: true, n: 1 }',
      '  b: *on'
    )
  },
  {
    rule: 'flag-without-value',
    name: 'every flag has a value',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {}, "b": {} },',
      '  "values": { "a": { "enabled": true }, "b": { "enabled": false } }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags: { a: {}, b: {} }',
      'values: { a: { enabled: true }, b: { enabled: false } }'
    )
  },
  {
    rule: 'attribute-pattern',
    name: 'strings and string elements matching their pattern',
    ...withinConstraints
  },
  {
    rule: 'attribute-enum',
    name: 'strings and string elements from their enum',
    ...withinConstraints
  },
  {
    rule: 'variant-required',
    name: 'every variant with a name and enabled',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {} },',
      '  "values": {',
      '    "a": {',
      '      "_variants": [',
      '        { "name": "Beta", "enabled": true, "rule": "(eq $beta true)" },',
      '        { "name": "Default", "enabled": false }',
      '      ]',
      '    }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags: { a: {} }',
      'values:',
      '  a:',
      '    _variants:',
      '      - { name: Beta, enabled: true, rule: (eq $beta true) }',
      '      - { name: Default, enabled: false }'
    )
  },
  {
    rule: 'variant-name-unique',
    name: 'names unique within a flag, repeated across flags',
    json: lines(
      '{',
      '  "version": "1",',
      '  "flags": { "a": {}, "b": {} },',
      '  "values": {',
      '    "a": { "_variants": [{ "name": "Beta", "enabled": true, "rule": "(eq $beta true)" }, { "name": "Default", "enabled": false }] },',
      '    "b": { "_variants": [{ "name": "Beta", "enabled": true, "rule": "(eq $beta true)" }, { "name": "Default", "enabled": false }] }',
      '  }',
      '}'
    ),
    yaml: lines(
      "version: '1'",
      'flags: { a: {}, b: {} }',
      'values:',
      '  a: { _variants: [{ name: Beta, enabled: true, rule: (eq $beta true) }, { name: Default, enabled: false }] }',
      '  b: { _variants: [{ name: Beta, enabled: true, rule: (eq $beta true) }, { name: Default, enabled: false }] }'
    )
  }
]

/** Rules whose invalid cases live outside the tables (file and byte level). */
const COVERED_OUTSIDE_TABLES = [
  'encoding',
  'size-limit',
  'problem-limit',
  // Needs a clock: 'validateBundleText: the pattern budget' below.
  'pattern-budget'
]

/**
 * Ajv fallbacks the schema cannot trigger: every `required` is named (version,
 * variant-required, constraint-type) and every oneOf is folded (attribute-value-type,
 * enum-entry) or replaced by the discriminator.
 */
const UNREACHABLE_FALLBACKS = ['required', 'schema']

/** Every rule id the sources in src/bundle can produce. */
function ruleIdsInSource(): Set<string> {
  const dir = path.join(ROOT, 'src/bundle')
  const ids = new Set<string>()
  const patterns = [
    /\brule:\s*'([a-z-]+)'/g,
    /\badd\(\s*'([a-z-]+)'/g,
    /\bfinding\(\s*'([a-z-]+)'/g,
    /\baddAt\(\s*[^,]+,\s*'([a-z-]+)'/g
  ]
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(path.join(dir, file), 'utf8')
    for (const pattern of patterns)
      for (const [, id] of source.matchAll(pattern)) if (id) ids.add(id)
  }
  return ids
}

// =============================================================================================

// Issue 25: a bundle's patterns cannot hold up the job; once the budget is spent, the values
// left are not checked and a warning says how many.
describe('validateBundleText: the pattern budget', () => {
  it('stops matching when the budget is spent and warns how many values were not checked', async () => {
    let t = 0
    // Every clock read is a second later: the 250 ms budget is spent at the first value.
    const clock = jest.spyOn(performance, 'now').mockImplementation(() => {
      t += 1000
      return t
    })
    try {
      const text = JSON.stringify({
        version: '1',
        flags: {
          a: {
            attributes: {
              code: { constraints: { type: 'string', pattern: '^[a-z]+$' } }
            }
          }
        },
        values: { a: { enabled: true, code: 'abc' } }
      })
      const result = await validate(text, 'json')
      const budget = result.problems.filter((p) => p.rule === 'pattern-budget')
      expect(budget).toHaveLength(1)
      expect(budget[0]!.severity).toBe('warning')
      expect(budget[0]!.message).toMatch(
        /^1 attribute value was not checked against its pattern: matching stopped after 250 ms/
      )
    } finally {
      clock.mockRestore()
    }
  })
})

describe('validateBundleText: reading JSON and YAML', () => {
  runTable(readingCases)
})

describe("validateBundleText: AppConfig's JSON Schema", () => {
  runTable(schemaCases)
})

describe("validateBundleText: AppConfig's rules beyond the schema, and team conventions", () => {
  runTable(semanticCases)
})

describe('validateBundleText: valid counterparts', () => {
  const runs = validCases.flatMap((c) =>
    FORMATS.filter((f) => c[f] !== undefined).map((format) => ({
      ...c,
      format,
      text: c[format] ?? ''
    }))
  )
  it.each(runs)('$rule: $name ($format) has no problems', async (run) => {
    const result = await validate(run.text, run.format, run.options)
    expect(seen(result.problems)).toEqual([])
    expect(result.content).toBeDefined()
  })
})

describe('the tables', () => {
  const invalid = [...readingCases, ...schemaCases, ...semanticCases]
  const pairs = [...invalid, ...validCases].filter(
    (c): c is typeof c & { json: string; yaml: string } =>
      c.json !== undefined && c.yaml !== undefined
  )

  it.each(pairs)(
    '$name: the JSON and YAML texts hold the same bundle',
    async ({ json, yaml, options }) => {
      const [fromJson, fromYaml] = await Promise.all([
        validate(json, 'json', options),
        validate(yaml, 'yaml', options)
      ])
      expect(fromYaml.value).toEqual(fromJson.value)
      expect(fromYaml.content).toBe(fromJson.content)
      expect(fromYaml.problems.map((p) => [p.rule, p.path])).toEqual(
        fromJson.problems.map((p) => [p.rule, p.path])
      )
    }
  )

  it('cover every rule the validator can report, each with a valid counterpart', () => {
    const inSource = ruleIdsInSource()
    const tested = new Set([
      ...invalid.flatMap((c) => c.problems.map((p) => p.rule)),
      ...COVERED_OUTSIDE_TABLES
    ])
    const countered = new Set(validCases.map((c) => c.rule))
    // the scan itself finds the rules (a guard against a regex that matches nothing)
    expect(inSource.size).toBeGreaterThan(40)
    expect([...inSource].filter((r) => !tested.has(r)).sort()).toEqual(
      [...UNREACHABLE_FALLBACKS].sort()
    )
    expect(
      [...tested]
        .filter((r) => !countered.has(r) && !COVERED_OUTSIDE_TABLES.includes(r))
        .sort()
    ).toEqual([])
  })
})

// =============================================================================================

describe('validateBundleBytes: encoding', () => {
  it.each(FORMATS)('refuses bytes that are not UTF-8 (%s)', async (format) => {
    const bytes = Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])
    const result = await validateBundleBytes(bytes, format)
    expect(seen(result.problems)).toEqual([
      {
        rule: 'encoding',
        severity: 'error',
        at: '1:1',
        message: 'the file is not valid UTF-8; save it as UTF-8'
      }
    ])
    expect(result.fileBytes).toBe(6)
    expect(result.value).toBeUndefined()
    expect(result.content).toBeUndefined()
  })

  it('reads UTF-8 with a byte order mark, positions counted after it', async () => {
    const text = lines('{', '  "version": 1', '}')
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(text)
    ])
    const result = await validateBundleBytes(bytes, 'json')
    expect(seen(result.problems)).toEqual([
      {
        rule: 'type',
        severity: 'error',
        at: '2:14',
        message: expect.stringContaining('version must be the string "1"')
      }
    ])
    expect(result.fileBytes).toBe(bytes.length)
  })

  it('counts multi-byte characters as bytes in fileBytes', async () => {
    const text =
      '{"version": "1", "flags": { "a": { "name": "€" } }, "values": { "a": { "enabled": true } } }'
    const result = await validateBundleBytes(
      new TextEncoder().encode(text),
      'json'
    )
    // "€" is 3 bytes in UTF-8, 1 character in the text
    expect(result.fileBytes).toBe(text.length + 2)
    expect(result.problems).toEqual([])
    expect(result.value).toMatchObject({ flags: { a: { name: '€' } } })
  })
})

describe('validateBundleFile and size limits', () => {
  let dir = ''
  const file = async (name: string, text: string): Promise<string> => {
    const target = path.join(dir, name)
    await writeFile(target, text)
    return target
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bundle-test-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('is 2,048 KB by default', () => {
    expect(MAX_BUNDLE_BYTES).toBe(2_097_152)
  })

  it('refuses a file over 4 times maxBytes before reading it', async () => {
    // 512 bytes: 0.5 KB, more than 4 × 100 bytes
    const head = '{ "version": "1", "flags": { "a": { "description": "'
    const tail = '" } } }'
    const text = head + x(512 - head.length - tail.length) + tail
    const bundle = await file('big.json', text)
    const result = await validateBundleFile(bundle, { maxBytes: 100 })
    expect(FILE_SIZE_FACTOR).toBe(4)
    expect(seen(result.problems)).toEqual([
      {
        rule: 'size-limit',
        severity: 'error',
        at: '1:1',
        message: expect.stringMatching(
          /^the file is 0\.5 KB, more than 4 times AppConfig's hosted configuration limit of 0\.1 KB \(which applies to the compact JSON it receives\), so it was not read$/
        )
      }
    ])
    expect(result.fileBytes).toBe(512)
    expect(result.uploadBytes).toBeUndefined()
    expect((await readFile(bundle)).length).toBe(512)
    expect(result.value).toBeUndefined()
    expect(result.content).toBeUndefined()
  })

  it('accepts a pretty-printed file over maxBytes whose compact JSON fits', async () => {
    const bundle = {
      version: '1',
      flags: {
        a: { name: 'A', attributes: { n: { constraints: { type: 'number' } } } }
      },
      values: { a: { enabled: true, n: 1 } }
    }
    const compact = JSON.stringify(bundle)
    const pretty = JSON.stringify(bundle, null, 4)
    // the premise: the file is over the limit, and under 4 times it
    expect(pretty.length).toBeGreaterThan(compact.length + 100)
    expect(pretty.length).toBeLessThan(4 * compact.length)
    const result = await validateBundleFile(await file('pretty.json', pretty), {
      maxBytes: compact.length
    })
    expect(result.problems).toEqual([])
    expect(result.fileBytes).toBe(pretty.length)
    expect(result.uploadBytes).toBe(compact.length)
    expect(result.content).toBe(compact)
  })

  it('refuses a file whose compact JSON is one byte over maxBytes', async () => {
    const text = JSON.stringify({ version: '1' }, null, 2)
    const result = await validateBundleFile(await file('over.json', text), {
      maxBytes: '{"version":"1"}'.length - 1
    })
    expect(result.problems.map((p) => p.rule)).toEqual(['size-limit'])
    expect(result.uploadBytes).toBe('{"version":"1"}'.length)
    expect(result.content).toBeUndefined()
  })

  it('reads a file of exactly maxBytes', async () => {
    const text = '{ "version": "1" }'
    const bundle = await file('exact.json', text)
    const result = await validateBundleFile(bundle, {
      maxBytes: Buffer.byteLength(text)
    })
    expect(result.problems).toEqual([])
    expect(result.content).toBe('{"version":"1"}')
  })

  it('refuses YAML that is under the limit as a file but over it as JSON', async () => {
    const yaml = lines(
      "version: '1'",
      `flags: { a: &flag { description: ${x(100)} }, b: *flag, c: *flag, d: *flag }`,
      'values: { a: &on { enabled: true }, b: *on, c: *on, d: *on }'
    )
    const yamlBytes = Buffer.byteLength(yaml)
    const bundle = await file('flags.yaml', yaml)
    const result = await validateBundleFile(bundle, { maxBytes: yamlBytes })
    const asJson = JSON.stringify(result.value)
    // the premise: the YAML fits, its JSON does not
    expect(Buffer.byteLength(asJson)).toBeGreaterThan(yamlBytes)
    expect(seen(result.problems)).toEqual([
      {
        rule: 'size-limit',
        severity: 'error',
        at: '1:1',
        message: expect.stringMatching(
          /^as JSON the bundle is [\d.]+ KB; AppConfig's hosted configuration limit is [\d.]+ KB$/
        )
      }
    ])
    expect(result.content).toBeUndefined()
  })

  it('takes the format from the extension (.yml is YAML)', async () => {
    const bundle = await file('flags.yml', "version: '1'\n")
    const result = await validateBundleFile(bundle)
    expect(result.format).toBe('yaml')
    expect(result.content).toBe('{"version":"1"}')
    expect(formatOf('a/b.JSON')).toBe('json')
    expect(formatOf('b.yaml')).toBe('yaml')
    expect(() => formatOf('flags')).toThrow(
      "The bundle 'flags' has the extension '(none)'; expected .json, .yaml or .yml."
    )
  })

  it('refuses other extensions, missing files and directories with BundleReadError', async () => {
    await expect(
      validateBundleFile(path.join(dir, 'flags.txt'))
    ).rejects.toThrow(BundleReadError)
    await expect(
      validateBundleFile(path.join(dir, 'flags.txt'))
    ).rejects.toThrow("has the extension '.txt'; expected .json, .yaml or .yml")
    await expect(
      validateBundleFile(path.join(dir, 'missing.json'))
    ).rejects.toThrow('does not exist')
    await mkdir(path.join(dir, 'folder.json'))
    await expect(
      validateBundleFile(path.join(dir, 'folder.json'))
    ).rejects.toThrow('is not a file')
  })
})

describe('keys that name Object.prototype members', () => {
  it.each([
    ['json', '{ "version": "1", "flags": { "__proto__": { "name": "x" } } }'],
    ['yaml', "version: '1'\nflags:\n  __proto__:\n    name: x\n"]
  ] as const)(
    'stay own data and pollute nothing (%s)',
    async (format, text) => {
      const result = await validate(text, format)
      const flags = result.value?.flags as Record<string, unknown>
      expect(Object.keys(flags)).toEqual(['__proto__'])
      expect(Object.getPrototypeOf(flags)).toBe(Object.prototype)
      expect(({} as Record<string, unknown>).name).toBeUndefined()
    }
  )
})

describe('JSON syntax errors', () => {
  it('reports single quotes at the first quote, and only syntax problems', async () => {
    const result = await validate(lines('{', "  'version': '1'", '}'), 'json')
    expect(result.problems[0]).toMatchObject({
      rule: 'syntax',
      line: 2,
      col: 3
    })
    expect(new Set(result.problems.map((p) => p.rule))).toEqual(
      new Set(['syntax'])
    )
    expect(result.value).toBeUndefined()
  })
})

describe('content: the JSON AppConfig receives', () => {
  const jsonExample = path.join(ROOT, 'examples/checkout-flags.json')
  const yamlExample = path.join(ROOT, 'examples/payments-flags.yaml')

  it('is the canonical JSON of the bundle without $schema', async () => {
    const result = await validateBundleFile(jsonExample, { today: TODAY })
    const parsed = JSON.parse(readFileSync(jsonExample, 'utf8')) as Record<
      string,
      unknown
    >
    expect(parsed.$schema).toBeDefined()
    const rest = Object.fromEntries(
      Object.entries(parsed).filter(([key]) => key !== '$schema')
    )
    expect(result.problems).toEqual([])
    expect(result.content).toBe(JSON.stringify(rest))
    expect(result.value).toEqual(rest)
    expect(result.flagCount).toBe(3)
  })

  it('is the same JSON for a YAML bundle and its JSON twin', async () => {
    const fromYaml = await validateBundleFile(yamlExample, { today: TODAY })
    expect(fromYaml.problems).toEqual([])
    expect(fromYaml.content).toBeDefined()
    const twin = JSON.stringify(JSON.parse(fromYaml.content ?? ''), null, 2)
    const fromJson = await validate(twin, 'json')
    expect(fromJson.problems).toEqual([])
    expect(fromJson.content).toBe(fromYaml.content)
    expect(JSON.parse(fromYaml.content ?? '')).toMatchObject({
      version: '1',
      values: {
        'instant-transfer': { 'max-amount-eur': 15000, rails: ['sepa-inst'] }
      }
    })
  })

  it('is undefined when there are errors, but the value is kept', async () => {
    const result = await validate(
      '{ "version": "1", "flags": { "A": {} } }',
      'json'
    )
    expect(result.errorCount).toBe(1)
    expect(result.content).toBeUndefined()
    expect(result.value).toEqual({ version: '1', flags: { A: {} } })
  })

  it('is defined when there are only warnings', async () => {
    const result = await validate(
      '{ "version": "1", "flags": { "a": {} } }',
      'json'
    )
    expect(result.errorCount).toBe(0)
    expect(result.warningCount).toBe(1)
    expect(result.content).toBe('{"version":"1","flags":{"a":{}}}')
    expect(result.flagCount).toBe(1)
  })

  it('counts errors and warnings', async () => {
    const result = await validate(
      lines(
        '{',
        '  "version": "1",',
        '  "flags": { "a": {}, "B": {} },',
        '  "values": { "c": { "enabled": true } }',
        '}'
      ),
      'json'
    )
    expect(result.problems.map((p) => `${p.severity} ${p.rule}`)).toEqual([
      'warning flag-without-value',
      'error key-format',
      'error value-without-flag'
    ])
    expect([result.errorCount, result.warningCount]).toEqual([2, 1])
  })
})

// =============================================================================================
// Bugs: these tests state the right behaviour and fail today (see the report).

describe('regressions found by the table tests', () => {
  it('reports a custom YAML tag on a mapping (read-source.ts: the Map visitor replaces Node)', async () => {
    const result = await validate(
      lines(
        "version: '1'",
        'flags: !Ref',
        '  a: {}',
        'values:',
        '  a: { enabled: true }'
      ),
      'yaml'
    )
    expect(seen(result.problems)).toEqual([
      {
        rule: 'yaml-tag',
        severity: 'error',
        at: '2:8',
        message: expect.stringContaining("'!Ref'")
      }
    ])
  })

  it('reports !!set instead of silently dropping its members (read-source.ts: map tags)', async () => {
    const result = await validate(
      lines("version: '1'", 'flags: !!set', '  ? a'),
      'yaml'
    )
    expect(result.problems.map((p) => p.rule)).toEqual(['yaml-tag'])
  })

  it('reports 26 attribute values in a variant once, not twice (check-semantics.ts + schema)', async () => {
    const { json = '' } = maxVariantAttributeValues(26)
    const result = await validate(json, 'json')
    expect(
      result.problems.filter((p) => p.rule === 'max-attributes')
    ).toHaveLength(1)
  })

  it('suggests double quotes for single-quoted JSON (read-source.ts: the hint never fires)', async () => {
    const result = await validate(lines('{', "  'version': '1'", '}'), 'json')
    expect(result.problems[0]).toMatchObject({
      rule: 'syntax',
      line: 2,
      col: 3,
      message: expect.stringContaining('double quotes')
    })
    expect(
      result.problems.filter((p) => p.message.includes('trailing commas'))
    ).toEqual([])
  })

  it('names only the number in a number-range message (read-source.ts: slices 24 characters)', async () => {
    const result = await validate(
      lines('{', '  "version": "1",', '  "n": 1e400', '}'),
      'json'
    )
    expect(
      result.problems.find((p) => p.rule === 'number-range')?.message
    ).toBe('the number 1e400 is too large to be represented')
  })

  it('reports, rather than throws on, deeply nested JSON (read-source.ts: jsonc visit overflows)', async () => {
    const depth = 20000
    const text = `{"version": "1", "x": ${'['.repeat(depth)}${']'.repeat(depth)}}`
    const result = await validate(text, 'json')
    expect(result.errorCount).toBeGreaterThan(0)
  })

  it('reports, rather than throws on, a rule with deeply nested lists (parse-rule.ts: list() recursion)', async () => {
    const rule = `(in $a ${'['.repeat(16000)})`
    const text = JSON.stringify({
      version: '1',
      flags: { a: {} },
      values: {
        a: {
          _variants: [
            { name: 'x', enabled: true, rule },
            { name: 'd', enabled: false }
          ]
        }
      }
    })
    const result = await validate(text, 'json')
    expect(result.problems.map((p) => p.rule)).toContain('variant-rule')
  })

  it('reads 0b11 as the string YAML 1.2 makes of it (read-source.ts: js-yaml fast path)', async () => {
    const result = await validate(
      lines(
        "version: '1'",
        'flags:',
        '  a:',
        '    name: 0b11',
        'values:',
        '  a: { enabled: true }'
      ),
      'yaml'
    )
    expect(result.problems).toEqual([])
    expect(result.value).toEqual({
      version: '1',
      flags: { a: { name: '0b11' } },
      values: { a: { enabled: true } }
    })
  })

  it('treats an unknown YAML directive alike whatever the rest of the file holds (read-source.ts: fast and slow paths)', async () => {
    const alone = await validate("%FOO bar\n---\nversion: '1'\n", 'yaml')
    const withKey = await validate(
      "%FOO bar\n---\nversion: '1'\n1: x\n",
      'yaml'
    )
    // the numeric key sends the file through the `yaml` parser, which adds an error
    expect(
      withKey.problems.filter((p) => p.rule !== 'yaml-key').map((p) => p.rule)
    ).toEqual(alone.problems.map((p) => p.rule))
  })

  it('refuses a YAML file holding only comments', async () => {
    const result = await validate('# nothing here yet\n', 'yaml')
    expect(result.errorCount).toBe(1)
    expect(result.problems[0]).toMatchObject({ line: 1, col: 1 })
    expect(['empty', 'root-type']).toContain(result.problems[0]?.rule)
    expect(result.content).toBeUndefined()
  })
})

// Issue 26: `attrbutes` gave one real error and a follow-on for every attribute value.
describe('a misspelt key: one problem with a suggestion, its echoes folded in', () => {
  const typo = JSON.stringify(
    {
      version: '1',
      flags: {
        checkout: {
          name: 'Checkout',
          attrbutes: {
            discount: { constraints: { type: 'number' } },
            currency: { constraints: { type: 'string' } }
          }
        },
        other: { name: 'Other', attributes: { size: {} } }
      },
      values: {
        checkout: {
          enabled: true,
          discount: 10,
          currency: 'EUR',
          _variants: [
            { name: 'a', enabled: true, attributeValues: { discount: 5 } }
          ]
        },
        other: { enabled: true, sise: 1 }
      }
    },
    null,
    2
  )

  it('attributes misspelt: one error, with the fix and the follow-ons it explains', async () => {
    const result = await validateBundleText(typo, 'json')
    const errors = result.problems.filter((p) => p.severity === 'error')
    expect(errors.map((p) => [p.rule, p.message])).toEqual([
      [
        'unknown-property',
        "flags.checkout: unknown property 'attrbutes' (did you mean 'attributes'?); allowed here: name, description, attributes, _deprecation, _createdAt, _updatedAt (it also explains 3 follow-on problems, at values.checkout.discount, values.checkout.currency, values.checkout._variants.0.attributeValues.discount, not reported separately)"
      ],
      [
        'undefined-attribute',
        "values.other.sise: the flag defines no attribute 'sise' (did you mean 'size'?) (it defines size)"
      ]
    ])
    expect(errors[0]!.line).toBe(6)
  })

  it('values misspelt at the root: the missing values and the flags without one are folded in', async () => {
    const result = await validateBundleText(
      JSON.stringify({
        version: '1',
        flags: { a: { name: 'A' }, b: { name: 'B' } },
        valeus: { a: { enabled: true }, b: { enabled: false } }
      }),
      'json'
    )
    expect(result.problems.map((p) => [p.rule, p.message])).toEqual([
      [
        'unknown-property',
        expect.stringMatching(
          /^\(root\): unknown property 'valeus' \(did you mean 'values'\?\); .*\(it also explains 2 follow-on problems, at flags.a, flags\.b/
        )
      ]
    ])
  })
})
