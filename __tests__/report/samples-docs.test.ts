import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { renderSamples, SUMMARIES_DIR } from '../../scripts/render-samples.js'

describe('docs/summaries (npx tsx scripts/render-samples.ts)', () => {
  const files = renderSamples()

  it('holds exactly the files the script renders', () => {
    expect(readdirSync(SUMMARIES_DIR).sort()).toEqual(Object.keys(files).sort())
  })

  it.each(Object.keys(files))('%s is up to date', (name) => {
    expect(readFileSync(path.join(SUMMARIES_DIR, name), 'utf8')).toBe(
      files[name]
    )
  })

  it('covers every outcome the issue asks for', () => {
    for (const name of [
      'complete',
      'rolled-back-by-alarm',
      'rolled-back-by-user',
      'reverted',
      'timed-out',
      'cancelled',
      'unchanged',
      'plan',
      'validation-failed',
      'aws-error'
    ])
      expect(files['README.md']).toContain(`](${name}.md)`)
  })
})
