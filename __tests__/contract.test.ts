import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  INPUTS,
  OUTPUTS,
  RESULTS,
  type InputDefinition
} from '../src/contract.js'

interface ActionYml {
  name: string
  runs: { using: string; main: string; post?: string; 'post-if'?: string }
  branding: { icon: string; color: string }
  inputs: Record<
    string,
    { description: string; required?: boolean; default?: string }
  >
  outputs: Record<string, { description: string }>
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml
// The repository's copy of the contract, so this test runs in every clone.
const COPY = 'docs/action-contract.md'
const contract = readFileSync(COPY, 'utf8')
// The design documents live beside the repository in the team's workspace, not in clones:
// next to the main checkout (../shared) or to a worktree of it (../../shared).
const DESIGN = [
  '../shared/design/action-contract.md',
  '../../shared/design/action-contract.md'
].find((file) => existsSync(file))

/** The rows of the contract's tables under `## heading` and its `###` subsections. */
function rows(heading: string): string[][] {
  const lines = contract.split('\n')
  const start = lines.indexOf(`## ${heading}`)
  if (start < 0) throw new Error(`${COPY} has no "## ${heading}" section`)
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '))
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').map((cell) => cell.trim()))
}

describe('action.yml and the code agree', () => {
  it('declares exactly the inputs the code defines, in the same order', () => {
    expect(Object.keys(action.inputs)).toEqual(Object.keys(INPUTS))
  })

  it.each(Object.entries(INPUTS))(
    'input %s has the same required flag and default',
    (name, definition) => {
      const declared = action.inputs[name]!
      expect(declared.required ?? false).toBe(definition.required)
      expect(declared.default ?? '').toBe(definition.default)
    }
  )

  it('requires no input: the code says which mode needs which', () => {
    expect(
      Object.entries(action.inputs).filter(([, i]) => i.required === true)
    ).toEqual([])
  })

  it.each(
    Object.entries(INPUTS).filter(
      ([, d]) => 'allowed' in d && !['true', 'false'].includes(d.default)
    )
  )(
    'input %s lists its allowed values in its description',
    (name, definition) => {
      const allowed = (definition as { allowed: readonly string[] }).allowed
      expect(action.inputs[name]!.description).toContain(
        `One of ${allowed.join(', ')}`
      )
    }
  )

  it('declares exactly the outputs the code defines', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUTS])
  })

  it('runs dist/index.js on node24 with the contract branding', () => {
    expect(action.name).toBe('AppConfig Guarded Rollout')
    // The same entry serves the post step (src/index.ts tells them apart), which must run
    // after a cancel too: that is when a deployment may be left in progress.
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()'
    })
    expect(action.branding).toEqual({ icon: 'flag', color: 'orange' })
  })

  it('lists every result value in the result output', () => {
    for (const result of RESULTS)
      expect(action.outputs.result!.description).toContain(result)
  })
})

describe(`the code follows the contract (${COPY})`, () => {
  it('reads both rounds of inputs and outputs', () => {
    // Guards the table parsing itself: both tables of each section are found.
    expect(rows('Inputs').length).toBeGreaterThan(30)
    expect(rows('Outputs').length).toBeGreaterThan(15)
  })

  it('has every input of the contract, in its order, with its default', () => {
    const table = rows('Inputs')
    expect(table.map((r) => r[1]!.replace(/`/g, ''))).toEqual(
      Object.keys(INPUTS)
    )
    for (const [, name, fallback] of table) {
      const definition = INPUTS[name!.replace(/`/g, '') as keyof typeof INPUTS]
      const declared = /^`(.*)`$/.exec(fallback!)?.[1] ?? ''
      expect({ name, default: definition.default }).toEqual({
        name,
        default: declared
      })
    }
  })

  it('has every allowed value the contract gives an input', () => {
    for (const [, name, , meaning] of rows('Inputs')) {
      const definition: InputDefinition =
        INPUTS[name!.replace(/`/g, '') as keyof typeof INPUTS]
      for (const value of definition.allowed ?? []) {
        if (value === 'true' || value === 'false') continue
        expect({ name, meaning }).toEqual({
          name,
          meaning: expect.stringContaining(`\`${value}\``)
        })
      }
    }
  })

  it('has every output of the contract', () => {
    const names = rows('Outputs').flatMap((r) =>
      r[1]!.split(',').map((n) => n.trim().replace(/`/g, ''))
    )
    expect(names).toEqual([...OUTPUTS])
  })

  it('has every result value of the contract', () => {
    const result = rows('Outputs').find((r) => r[1] === '`result`')
    const values = [...(result?.[2] ?? '').matchAll(/`([a-z-]+)`/g)].map(
      (m) => m[1]
    )
    expect(values).toEqual([...RESULTS])
  })
})

const describeDesign = DESIGN === undefined ? describe.skip : describe
describeDesign('the copy of the contract (when the workspace has it)', () => {
  it(`is the design document, byte for byte (cp ${DESIGN} ${COPY})`, () => {
    expect(contract).toBe(readFileSync(DESIGN!, 'utf8'))
  })
})
