import {
  afterEach,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { processRunner } from '../src/runner.js'

// Our runner must write exactly what @actions/core writes (src/runner.ts says why it exists).
describe('processRunner speaks the runner protocol like @actions/core 3', () => {
  let dir: string
  let stdout: string[]
  const saved = { ...process.env }

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'runner-'))
    stdout = []
    jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        stdout.push(String(chunk))
        return true
      })
  })

  afterEach(() => {
    jest.restoreAllMocks()
    rmSync(dir, { recursive: true, force: true })
    process.env = { ...saved }
    process.exitCode = undefined
  })

  const tricky = 'multi\nline: 100% done, a,b\r\n::error::not a command'
  const properties = {
    title: 'AppConfig bundle: key-format',
    file: 'flags/a,b:c.json',
    startLine: 3,
    startColumn: 7
  }

  it('formats annotations and log lines identically', () => {
    core.error(tricky, properties)
    core.warning(tricky, properties)
    core.error('plain')
    core.info(tricky)
    const expected = stdout.splice(0)
    processRunner.error(tricky, properties)
    processRunner.warning(tricky, properties)
    processRunner.error('plain')
    processRunner.info(tricky)
    expect(stdout).toEqual(expected)
    expect(expected[0]).toBe(
      '::error title=AppConfig bundle%3A key-format,file=flags/a%2Cb%3Ac.json,line=3,col=7::multi%0Aline: 100%25 done, a,b%0D%0A::error::not a command\n'
    )
  })

  it('writes outputs in the same heredoc format, delimiters aside', () => {
    const coreFile = path.join(dir, 'core-output')
    const ourFile = path.join(dir, 'our-output')
    writeFileSync(coreFile, '')
    writeFileSync(ourFile, '')
    process.env.GITHUB_OUTPUT = coreFile
    core.setOutput('plan-markdown', tricky)
    core.setOutput('result', '')
    process.env.GITHUB_OUTPUT = ourFile
    processRunner.setOutput('plan-markdown', tricky)
    processRunner.setOutput('result', '')
    const normalise = (file: string): string =>
      readFileSync(file, 'utf8').replace(
        /ghadelimiter_[0-9a-f-]{36}/g,
        'DELIMITER'
      )
    expect(normalise(ourFile)).toBe(normalise(coreFile))
    expect(normalise(ourFile)).toBe(
      `plan-markdown<<DELIMITER\n${tricky}\nDELIMITER\nresult<<DELIMITER\n\nDELIMITER\n`
    )
  })

  it('reads inputs the same way', () => {
    process.env['INPUT_FLAG-NAME-PATTERN'] = '  ^[a-z]+$  '
    process.env.INPUT_MY_INPUT = 'x'
    expect(processRunner.getInput('flag-name-pattern')).toBe(
      core.getInput('flag-name-pattern')
    )
    expect(processRunner.getInput('my input')).toBe(core.getInput('my input'))
    expect(processRunner.getInput('absent')).toBe('')
  })

  it('appends the summary to GITHUB_STEP_SUMMARY', () => {
    const file = path.join(dir, 'summary')
    writeFileSync(file, 'before\n')
    process.env.GITHUB_STEP_SUMMARY = file
    processRunner.appendSummary('### hello\n')
    expect(readFileSync(file, 'utf8')).toBe('before\n### hello\n')
  })

  it('fails without GITHUB_STEP_SUMMARY, so main can warn', () => {
    delete process.env.GITHUB_STEP_SUMMARY
    expect(() => processRunner.appendSummary('x')).toThrow(
      'GITHUB_STEP_SUMMARY'
    )
  })

  it('setFailed sets exit code 1 and logs an error, as core does', () => {
    processRunner.setFailed('boom')
    expect(process.exitCode).toBe(1)
    expect(stdout).toEqual(['::error::boom\n'])
  })
})
