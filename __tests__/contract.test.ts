import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { INPUTS, OUTPUTS, RESULTS } from '../src/contract.js'

interface ActionYml {
  name: string
  runs: { using: string; main: string }
  branding: { icon: string; color: string }
  inputs: Record<
    string,
    { description: string; required?: boolean; default?: string }
  >
  outputs: Record<string, { description: string }>
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml
// The design documents live beside the repository in the team's workspace, not in clones.
const CONTRACT = '../shared/design/action-contract.md'
const contract = existsSync(CONTRACT) ? readFileSync(CONTRACT, 'utf8') : ''

describe('action.yml and the code agree', () => {
  it('declares exactly the inputs the code defines, in the same order', () => {
    expect(Object.keys(action.inputs)).toEqual(Object.keys(INPUTS))
  })

  it.each(Object.entries(INPUTS))(
    'input %s has the same required flag and default',
    (name, definition) => {
      const declared = action.inputs[name]
      expect(declared.required ?? false).toBe(definition.required)
      expect(declared.default ?? '').toBe(definition.default)
    }
  )

  it.each(
    Object.entries(INPUTS).filter(
      ([, d]) => 'allowed' in d && !['true', 'false'].includes(d.default)
    )
  )(
    'input %s lists its allowed values in its description',
    (name, definition) => {
      const allowed = (definition as { allowed: readonly string[] }).allowed
      expect(action.inputs[name].description).toContain(
        `One of ${allowed.join(', ')}`
      )
    }
  )

  it('declares exactly the outputs the code defines', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUTS])
  })

  it('runs dist/index.js on node24 with the contract branding', () => {
    expect(action.name).toBe('AppConfig Guarded Rollout')
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding).toEqual({ icon: 'flag', color: 'orange' })
  })

  it('lists every result value in the result output', () => {
    for (const result of RESULTS)
      expect(action.outputs.result.description).toContain(result)
  })
})

const describeContract = contract ? describe : describe.skip
describeContract(
  'the code follows design/action-contract.md (when the workspace has it)',
  () => {
    const rows = (section: string): string[][] =>
      contract
        .split(`## ${section}`)[1]
        .split('\n## ')[0]
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .map((line) => line.split('|').map((cell) => cell.trim()))

    it('has every input of the contract with its default', () => {
      const table = rows('Inputs')
      expect(table.map((r) => r[1].replace(/`/g, ''))).toEqual(
        Object.keys(INPUTS)
      )
      for (const [, name, fallback] of table) {
        const definition = INPUTS[name.replace(/`/g, '') as keyof typeof INPUTS]
        const declared = /^`(.*)`$/.exec(fallback)?.[1] ?? ''
        expect({ name, default: definition.default }).toEqual({
          name,
          default: declared
        })
      }
    })

    it('has every output of the contract', () => {
      const names = rows('Outputs').flatMap((r) =>
        r[1].split(',').map((n) => n.trim().replace(/`/g, ''))
      )
      expect(names).toEqual([...OUTPUTS])
    })
  }
)
