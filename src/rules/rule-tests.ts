import { isObject } from '../bundle/json-object.js'
import type { Failure } from '../failure.js'
import { plural } from '../format.js'
import { diffBehaviour } from './diff-behaviour.js'
import type { FlagTestsReport } from './flag-tests.js'
import { readFlagTests, type FlagTestFile } from './read-flag-tests.js'
import { runFlagTests } from './run-flag-tests.js'

/** A run of the rule tests: the report, and the failure when a case fails or the file is wrong. */
export interface RuleTestsRun {
  readonly report: FlagTestsReport
  readonly failure?: Failure
}

/** The rule tests of a run (`flag-tests`): the file is read once, whatever is tested with it. */
export interface RuleTests {
  /** Runs every case against the content a run would deploy. */
  test(content: unknown): Promise<RuleTestsRun>
  /**
   * In the plan stage: the cases again (against the content as planned, which a drift merge may
   * have changed) and, for the changed flags, who is served differently than today.
   */
  plan(
    content: unknown,
    deployed: unknown,
    changedFlags: readonly string[]
  ): Promise<RuleTestsRun>
}

/** The rule tests of the file `flag-tests` names. */
export function ruleTests(file: {
  readonly path: string
  readonly displayPath: string
}): RuleTests {
  let read: Promise<FlagTestFile> | undefined
  const load = (): Promise<FlagTestFile> => (read ??= readFlagTests(file.path))
  const test = async (content: unknown): Promise<RuleTestsRun> => {
    const report = await runFlagTests(
      await load(),
      isObject(content) ? content : {},
      file.displayPath
    )
    return { report, failure: failureOf(report) }
  }
  return {
    test,
    async plan(content, deployed, changedFlags) {
      const run = await test(content)
      if (run.report.problems.length > 0) return run
      const behaviour = await diffBehaviour(
        await load(),
        deployed,
        isObject(content) ? content : {},
        new Set(changedFlags)
      )
      return { ...run, report: { ...run.report, behaviour } }
    }
  }
}

function failureOf(report: FlagTestsReport): Failure | undefined {
  if (report.problems.length > 0)
    return {
      kind: 'flag-tests',
      message: `The rule-test file ${report.displayPath} has ${plural(report.problems.length, 'problem')}; each is annotated at its line.`
    }
  if (report.failed > 0)
    return {
      kind: 'flag-tests',
      message: `${plural(report.failed, 'rule test')} of ${report.displayPath} ${report.failed === 1 ? 'does' : 'do'} not hold for the content this run would deploy; each is annotated at its line.`
    }
  return undefined
}
