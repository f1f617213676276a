import { readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { ActionError, type Failure } from '../failure.js'

/**
 * The workspace holds what a pull request wrote, symbolic links included: a committed link
 * `flags.json -> /proc/self/environ` would make the action read (and summarise) a file of the
 * runner. So a file an input names *inside* the workspace must really be inside it once every
 * link on its path is followed. A path the input itself names outside the workspace (absolute,
 * or with `..`) is the workflow author's own choice, written in the workflow, and is read as
 * written. Every file read because of an input goes through here: `bundle`, `flag-tests`,
 * and each `code-references` file (list-source-files.ts checks the links its walk meets).
 */

/** A file an input names inside the workspace leads outside it through a symbolic link. */
export class WorkspaceLinkError extends ActionError {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(message)
    this.name = 'WorkspaceLinkError'
  }

  toFailure(): Failure {
    return { kind: 'input', input: this.input, message: this.message }
  }
}

/** True when `file` (absolute, normalised) is `dir` or lies under it. */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file)
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) &&
      relative !== '..' &&
      !path.isAbsolute(relative))
  )
}

/** The workspace with its own links followed (a runner's work folder may be one). */
function realWorkspace(workspace: string): string {
  try {
    return realpathSync(workspace)
  } catch {
    return path.resolve(workspace)
  }
}

/**
 * The path to open for `file` (relative to `workspace`, or absolute), named by `input`:
 * written outside the workspace → as written; inside → its real path, which must stay in
 * the workspace, else a WorkspaceLinkError. A path that does not exist is returned as it is,
 * for the caller's own "does not exist".
 */
export function resolveWorkspaceFile(
  file: string,
  workspace: string,
  input: string
): string {
  const named = path.resolve(workspace, file)
  if (!isInside(path.resolve(workspace), named)) return named
  let real: string
  try {
    real = realpathSync(named)
  } catch {
    return named
  }
  const root = realWorkspace(workspace)
  if (!isInside(root, real)) {
    const shown = path
      .relative(path.resolve(workspace), named)
      .split(path.sep)
      .join('/')
    throw new WorkspaceLinkError(input, linkMessage(input, shown, real))
  }
  return real
}

/** Reads a file an input names, as resolveWorkspaceFile allows. */
export function readWorkspaceFile(
  file: string,
  workspace: string,
  input: string
): Buffer {
  return readFileSync(resolveWorkspaceFile(file, workspace, input))
}

/** The refusal, naming the input, the path as written and where the link leads. */
export function linkMessage(
  input: string,
  file: string,
  target: string
): string {
  return `Input '${input}': '${file}' is in the workspace, but a symbolic link on its path leads outside it (to '${target}'). A pull request can commit such a link, so it is not followed and nothing was read from it. If a file outside the workspace is meant, name it in the input itself (an absolute path, or one with '..').`
}
