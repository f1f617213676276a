import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { updateReadme } from '../scripts/readme-tables.js'

describe('README.md', () => {
  const readme = readFileSync('README.md', 'utf8')

  it('has the input and output tables of action.yml (npm run readme)', async () => {
    expect(readme).toBe(
      await updateReadme(readme, readFileSync('action.yml', 'utf8'))
    )
  })

  it('gives the test command that .ci/run runs', () => {
    expect(readme).toContain('npm ci && npm test')
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m)
  })
})
