import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  readWorkspaceFile,
  resolveWorkspaceFile,
  WorkspaceLinkError
} from '../../src/bundle/read-workspace-file.js'

let root: string
let workspace: string

beforeAll(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'ws-file-')))
  workspace = path.join(root, 'ws')
  mkdirSync(path.join(workspace, 'config'), { recursive: true })
  mkdirSync(path.join(root, 'elsewhere'))
  writeFileSync(path.join(root, 'elsewhere', 'secret.json'), '{"s":1}')
  writeFileSync(path.join(workspace, 'config', 'flags.json'), '{"f":1}')
  symlinkSync(
    path.join(root, 'elsewhere', 'secret.json'),
    path.join(workspace, 'leak.json')
  )
  // A directory link: every file under it leads out.
  symlinkSync(path.join(root, 'elsewhere'), path.join(workspace, 'shared'))
  symlinkSync('config/flags.json', path.join(workspace, 'alias.json'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('resolveWorkspaceFile', () => {
  it.each([
    ['a file link', 'leak.json'],
    ['a directory link on the path', 'shared/secret.json'],
    ['the absolute path of a link in the workspace', 'ABS:leak.json']
  ])('refuses %s leading out of the workspace', (_, file) => {
    const named = file.startsWith('ABS:')
      ? path.join(workspace, file.slice(4))
      : file
    expect(() => resolveWorkspaceFile(named, workspace, 'flag-tests')).toThrow(
      WorkspaceLinkError
    )
    expect(() => readWorkspaceFile(named, workspace, 'flag-tests')).toThrow(
      /^Input 'flag-tests': '(leak\.json|shared\/secret\.json)' is in the workspace, but a symbolic link on its path leads outside it \(to '.*elsewhere\/secret\.json'\)/
    )
    const failure = (): unknown => {
      try {
        return resolveWorkspaceFile(named, workspace, 'flag-tests')
      } catch (error) {
        return (error as WorkspaceLinkError).toFailure()
      }
    }
    expect(failure()).toMatchObject({ kind: 'input', input: 'flag-tests' })
  })

  it('follows a link that stays in the workspace', () => {
    expect(resolveWorkspaceFile('alias.json', workspace, 'bundle')).toBe(
      path.join(workspace, 'config', 'flags.json')
    )
    expect(
      readWorkspaceFile('alias.json', workspace, 'bundle').toString()
    ).toBe('{"f":1}')
  })

  it.each([
    ['with ..', '../elsewhere/secret.json'],
    ['absolute', 'ABS']
  ])(
    'reads a path the input names outside the workspace (%s) as written',
    (_, file) => {
      const named =
        file === 'ABS' ? path.join(root, 'elsewhere', 'secret.json') : file
      expect(readWorkspaceFile(named, workspace, 'bundle').toString()).toBe(
        '{"s":1}'
      )
    }
  )

  it('leaves a missing file to the caller', () => {
    expect(resolveWorkspaceFile('nope.json', workspace, 'bundle')).toBe(
      path.join(workspace, 'nope.json')
    )
  })
})
