import { GetHostedConfigurationVersionCommand } from '@aws-sdk/client-appconfig'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  FLAG,
  IDS,
  operations,
  STRATEGIES,
  WRITE_OPERATIONS,
  type E2E,
  type FlagsDocument
} from './rollout-e2e.js'

/** Shared pieces of the pinned-plan, drift and configuration-version e2e tests (issue #13). */

/** The writes the emulator saw since the last clearCalls. */
export function writesOf(e2e: E2E): string[] {
  return operations(e2e.calls()).filter((op) => WRITE_OPERATIONS.includes(op))
}

/** The content of a hosted version of checkout-flags, parsed. */
export async function versionContent(
  e2e: E2E,
  number: number
): Promise<FlagsDocument> {
  const out = await e2e.appconfig.send(
    new GetHostedConfigurationVersionCommand({
      ApplicationId: IDS.application,
      ConfigurationProfileId: IDS.profile,
      VersionNumber: number
    })
  )
  return JSON.parse(new TextDecoder().decode(out.Content)) as FlagsDocument
}

/** The discount of FLAG in what Production serves now. */
export async function liveDiscount(e2e: E2E): Promise<unknown> {
  const live = e2e.emulator.control.deployedConfiguration(
    IDS.application,
    IDS.production,
    IDS.profile
  )
  if (live === undefined) return undefined
  const content = await versionContent(e2e, Number(live.configurationVersion))
  return content.values[FLAG]!['bitcoin-discount-percentage']
}

/**
 * Keeps a rendered summary for the pull request and the report when PINNED_SUMMARY_DIR is set
 * (a reviewer reads what a refusal looks like); does nothing otherwise.
 */
export function keepSummary(name: string, summary: string): void {
  const dir = process.env.PINNED_SUMMARY_DIR
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, `${name}.md`), summary)
}

/**
 * A person's console change that has finished (COMPLETE) in Production: uploaded, deployed
 * with the fast strategy, then polled until AppConfig says it is done.
 */
export async function consoleChange(
  e2e: E2E,
  content: unknown,
  description: string
): Promise<{ versionNumber: number; deploymentNumber: number }> {
  const made = await e2e.consoleDeploy(content, {
    description,
    strategyId: STRATEGIES.fast.id
  })
  const deadline = Date.now() + 20_000
  for (;;) {
    const state = (await e2e.getDeployment(made.deploymentNumber)).State
    if (state === 'COMPLETE') return made
    if (Date.now() > deadline)
      throw new Error(`Console deployment still ${state} after 20 s`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
