import { describe, expect, it } from '@jest/globals'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { readdirSync, readFileSync } from 'node:fs'

/** GitHub's own workflow parser (actions/languageservices): the errors it would report. */
function workflowErrors(name: string, content: string): string[] {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  return result.context.errors.getErrors().map((e) => e.message)
}

const files = [
  ...readdirSync('examples/workflows').map((f) => `examples/workflows/${f}`),
  ...readdirSync('.github/workflows').map((f) => `.github/workflows/${f}`)
].filter((f) => /\.ya?ml$/.test(f))

describe("workflows against GitHub's workflow schema", () => {
  it('finds the workflows', () => {
    expect(files.length).toBeGreaterThanOrEqual(7)
  })

  it.each(files)('%s has no schema errors', (file) => {
    expect(workflowErrors(file, readFileSync(file, 'utf8'))).toEqual([])
  })

  it('reports a broken workflow (the check can fail)', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-onn: ubuntu-latest\n    steps: []\n'
    expect(workflowErrors('broken.yml', broken)).toEqual([
      "broken.yml (Line: 4, Col: 5): Unexpected value 'runs-onn'",
      'broken.yml (Line: 4, Col: 5): Required property is missing: runs-on'
    ])
  })
})
