import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  ALARM,
  changedContent,
  IDS,
  startE2E,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'

// Issue #12, item 5: text from AWS reaches the log. An alarm's StateReason is CloudWatch's, and
// anyone who can set alarm states writes it; the watch logs it when the alarm changes. A
// newline in it followed by `::add-mask::`, `::stop-commands::` or `::error` would make the
// runner take the next line as a workflow command. Every plain log line is neutralised.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

const REASON = [
  '5xx above 1%',
  '::error title=Injected::this annotation came from an alarm reason',
  '  ::add-mask::checkout',
  '::stop-commands::token123',
  '\r::warning::carriage return',
  'legacy ##[set-output name=result;]complete'
].join('\n')

/** Every line the runner would read, split as it splits them (\n, \r, \r\n). */
function lines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/)
}

describe('workflow commands in an alarm reason', () => {
  it('reach the log as text, never as commands', async () => {
    e2e = await startE2E()
    e2e.emulator.control.scheduleAlarmChange({
      alarmName: ALARM,
      state: 'ALARM',
      reason: REASON,
      when: { percentage: 30, environmentId: IDS.production }
    })
    e2e.writeBundle(changedContent())

    const run = await e2e.run()

    expect(run.outputs.result).toBe('rolled-back')
    // The reason was logged: its text is there...
    expect(run.stdout).toContain('this annotation came from an alarm reason')
    expect(run.stdout).toContain('token123')
    // ...but no line is a command the reason wrote. The action's own failure annotation
    // (`::error::AppConfig rolled back…`) is the only ::error line.
    const commands = lines(run.stdout).filter((l) => /^\s*::/.test(l))
    expect(
      commands.filter((l) => /Injected|add-mask|stop-commands|carriage/.test(l))
    ).toEqual([])
    expect(commands.filter((l) => l.startsWith('::error'))).toEqual([
      expect.stringMatching(/^::error::AppConfig rolled back deployment 2/)
    ])
    expect(run.stdout).not.toContain('##[set-output')
  })
})
