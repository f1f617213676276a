import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FakeRunner } from '../__fixtures__/fake-runner.js'
import { capAnnotations, processRunner } from '../src/runner.js'

// processRunner is @actions/core behind the Runner seam: these tests read what reaches the
// runner (stdout commands and the GITHUB_* files), so a wrong delegation shows.
describe('processRunner', () => {
  let dir: string
  let stdout: string[]
  const saved = { ...process.env }
  const file = (name: string): string => path.join(dir, name)

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'runner-'))
    // @actions/core remembers the summary file on first use: one for the whole file.
    writeFileSync(file('summary'), 'before\n')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  beforeEach(() => {
    stdout = []
    process.env.GITHUB_STEP_SUMMARY = file('summary')
    jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        stdout.push(String(chunk))
        return true
      })
  })

  afterEach(() => {
    jest.restoreAllMocks()
    process.env = { ...saved }
    process.exitCode = undefined
  })

  it('writes annotations as workflow commands, escaping what would end them', () => {
    processRunner.error('multi\nline: 100% done', {
      title: 'AppConfig bundle: key-format',
      file: 'flags/a,b:c.json',
      startLine: 3,
      startColumn: 7
    })
    processRunner.warning('careful')
    processRunner.notice('3 more', { title: 'Annotations' })
    expect(stdout).toEqual([
      '::error title=AppConfig bundle%3A key-format,file=flags/a%2Cb%3Ac.json,line=3,col=7::multi%0Aline: 100%25 done\n',
      '::warning::careful\n',
      '::notice title=Annotations::3 more\n'
    ])
  })

  it('writes log lines, groups, debug lines and masks', () => {
    processRunner.startGroup('Validation')
    processRunner.info('a line')
    processRunner.endGroup()
    processRunner.debug('setting mode: "plan"')
    processRunner.setSecret('ghs_secret')
    expect(stdout).toEqual([
      '::group::Validation\n',
      'a line\n',
      '::endgroup::\n',
      '::debug::setting mode: "plan"\n',
      '::add-mask::ghs_secret\n'
    ])
  })

  it('says debug is on only with the runner debug flag', () => {
    delete process.env.RUNNER_DEBUG
    expect(processRunner.isDebug()).toBe(false)
    process.env.RUNNER_DEBUG = '1'
    expect(processRunner.isDebug()).toBe(true)
  })

  it('appends outputs and state to their files in the heredoc format', () => {
    writeFileSync(file('output'), '')
    writeFileSync(file('state'), '')
    process.env.GITHUB_OUTPUT = file('output')
    process.env.GITHUB_STATE = file('state')
    processRunner.setOutput('plan-markdown', 'two\nlines')
    processRunner.setOutput('result', '')
    processRunner.saveState('deployment', '7')
    const normalise = (name: string): string =>
      readFileSync(file(name), 'utf8').replace(
        /ghadelimiter_[0-9a-f-]{36}/g,
        'EOF'
      )
    expect(normalise('output')).toBe(
      'plan-markdown<<EOF\ntwo\nlines\nEOF\nresult<<EOF\n\nEOF\n'
    )
    expect(normalise('state')).toBe('deployment<<EOF\n7\nEOF\n')
    expect(stdout).toEqual([])
  })

  it('reads inputs and state from the environment, trimmed', () => {
    process.env['INPUT_FLAG-NAME-PATTERN'] = '  ^[a-z]+$  '
    process.env.STATE_deployment = '7'
    expect(processRunner.getInput('flag-name-pattern')).toBe('^[a-z]+$')
    expect(processRunner.getInput('absent')).toBe('')
    expect(processRunner.getState('deployment')).toBe('7')
  })

  it('appends the summary to GITHUB_STEP_SUMMARY', async () => {
    await processRunner.appendSummary('### hello\n')
    await processRunner.appendSummary('more\n')
    expect(readFileSync(file('summary'), 'utf8')).toBe(
      'before\n### hello\nmore\n'
    )
  })

  it('setFailed sets exit code 1 and writes one error', () => {
    processRunner.setFailed('boom')
    expect(process.exitCode).toBe(1)
    expect(stdout).toEqual(['::error::boom\n'])
  })
})

describe('capAnnotations', () => {
  it('passes annotations through up to the cap, keeping one error for setFailed', () => {
    const fake = new FakeRunner({})
    const runner = capAnnotations(fake, 3)
    for (let i = 1; i <= 4; i++) {
      runner.error(`e${i}`, { file: 'f.json', startLine: i, startColumn: 2 })
      runner.warning(`w${i}`)
    }
    runner.setFailed('verdict')
    expect(fake.annotations.map((a) => `${a.level} ${a.message}`)).toEqual([
      'error e1',
      'warning w1',
      'error e2',
      'warning w2',
      'warning w3'
    ])
    expect(fake.failures).toEqual(['verdict'])
    // Nothing is lost: past the cap they are log lines, counted.
    expect(fake.logs).toEqual([
      'Error: f.json:3:2: e3',
      'Error: f.json:4:2: e4',
      'Warning: w4'
    ])
    expect(runner.hidden()).toBe(3)
  })

  it('delegates everything else unchanged', async () => {
    const fake = new FakeRunner({ mode: ' plan ' })
    fake.debugging = true
    const runner = capAnnotations(fake)
    runner.notice('n')
    runner.startGroup('g')
    runner.debug('d')
    runner.endGroup()
    runner.setSecret('s')
    runner.setOutput('result', 'planned')
    runner.saveState('k', 'v')
    await runner.appendSummary('sum')
    expect(runner.getInput('mode')).toBe('plan')
    expect(runner.isDebug()).toBe(true)
    expect(runner.getState('k')).toBe('v')
    expect(fake.annotations).toEqual([
      { level: 'notice', message: 'n', properties: undefined }
    ])
    expect(fake.logs).toEqual(['group: g', 'debug: d', 'endgroup'])
    expect(fake.secrets).toEqual(['s'])
    expect(fake.outputs.get('result')).toBe('planned')
    expect(fake.summary).toBe('sum')
    expect(runner.hidden()).toBe(0)
  })
})
