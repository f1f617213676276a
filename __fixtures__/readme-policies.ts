import { readFileSync } from 'node:fs'

/** The two IAM policies the README gives, between their `<!-- name:start -->` markers. */
export type ReadmePolicyName = 'iam-policy' | 'iam-policy-environment'

/** The IDs that replace the README's placeholders (its examples are in eu-west-1). */
export interface PolicyTarget {
  region: string
  application: string
  environment: string
  profile: string
}

/** The policy's JSON text as the README shows it (throws when the markers are missing). */
export function readmePolicyText(
  name: ReadmePolicyName,
  readme = readFileSync('README.md', 'utf8')
): string {
  const match = new RegExp(
    `<!-- ${name}:start -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\``
  ).exec(readme)
  if (match === null) throw new Error(`README.md has no ${name} block`)
  return match[1]!
}

/**
 * A policy document for the emulator, as a user would write it from the README: placeholders
 * replaced by real IDs and the example region by the emulator's.
 */
export function fillPolicy(text: string, target: PolicyTarget): unknown {
  return JSON.parse(
    text
      .replaceAll('eu-west-1', target.region)
      .replaceAll('APPLICATION_ID', target.application)
      .replaceAll('ENVIRONMENT_ID', target.environment)
      .replaceAll('PROFILE_ID', target.profile)
  )
}
