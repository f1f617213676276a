/**
 * The benchmark's "CLI" contender: the bash step users write with the AWS CLI instead of this
 * action. IDs are looked up by name with `list-*` + `--query`, then
 * `create-hosted-configuration-version` → `start-deployment` → either
 * - `wait`: `aws appconfig wait deployment-complete` (botocore: a check every 30 s, 999 checks) in
 *   an `until` loop, since the waiter also gives up on any error response; on failure one
 *   `get-deployment` tells a rollback from an error, or
 * - `poll`: a `get-deployment` loop with `sleep 5`.
 * The script is kept here as text (written to a temp file at run time) so it sits next to the
 * code that measures it. Inputs: BENCH_* environment variables and ENDPOINT.
 */
import { spawnSync } from 'node:child_process'

export type CliVariant = 'wait' | 'poll'

export const POLL_SLEEP_SECONDS = 5

export function cliScript(variant: CliVariant): string {
  const watch =
    variant === 'wait'
      ? `until aws appconfig wait deployment-complete "\${ep[@]}" \\
    --application-id "$APP_ID" --environment-id "$ENV_ID" --deployment-number "$DEPLOYMENT"; do
  STATE=$(aws appconfig get-deployment "\${ep[@]}" --application-id "$APP_ID" \\
    --environment-id "$ENV_ID" --deployment-number "$DEPLOYMENT" --query State --output text)
  case "$STATE" in
    ROLLED_BACK | REVERTED) echo "Deployment $DEPLOYMENT: $STATE"; exit 1 ;;
    COMPLETE) break ;;
  esac
done
echo "Deployment $DEPLOYMENT: COMPLETE"`
      : `while :; do
  STATE=$(aws appconfig get-deployment "\${ep[@]}" --application-id "$APP_ID" \\
    --environment-id "$ENV_ID" --deployment-number "$DEPLOYMENT" --query State --output text)
  case "$STATE" in
    COMPLETE) echo "Deployment $DEPLOYMENT: COMPLETE"; break ;;
    ROLLED_BACK | REVERTED) echo "Deployment $DEPLOYMENT: $STATE"; exit 1 ;;
  esac
  sleep ${POLL_SLEEP_SECONDS}
done`
  return `#!/usr/bin/env bash
set -euo pipefail
ep=(--endpoint-url "$ENDPOINT")
# The CLI pages on its own and prints each page's answer: keep the first ID of all pages (the
# common \`--query "Items[?Name=='x'].Id | [0]"\` prints "None" for a page without it).
first_id() { awk 'NF && $1 != "None" && !found { print $1; found = 1 }'; }
APP_ID=$(aws appconfig list-applications "\${ep[@]}" \\
  --query "Items[?Name=='$BENCH_APPLICATION'].Id" --output text | first_id)
ENV_ID=$(aws appconfig list-environments "\${ep[@]}" --application-id "$APP_ID" \\
  --query "Items[?Name=='$BENCH_ENVIRONMENT'].Id" --output text | first_id)
PROFILE_ID=$(aws appconfig list-configuration-profiles "\${ep[@]}" --application-id "$APP_ID" \\
  --query "Items[?Name=='$BENCH_PROFILE'].Id" --output text | first_id)
STRATEGY_ID=$(aws appconfig list-deployment-strategies "\${ep[@]}" \\
  --query "Items[?Name=='$BENCH_STRATEGY'].Id" --output text | first_id)
VERSION=$(aws appconfig create-hosted-configuration-version "\${ep[@]}" \\
  --application-id "$APP_ID" --configuration-profile-id "$PROFILE_ID" \\
  --content "fileb://$BENCH_BUNDLE" --content-type application/json \\
  --query VersionNumber --output text "$BENCH_TMP/created")
DEPLOYMENT=$(aws appconfig start-deployment "\${ep[@]}" \\
  --application-id "$APP_ID" --environment-id "$ENV_ID" \\
  --configuration-profile-id "$PROFILE_ID" --deployment-strategy-id "$STRATEGY_ID" \\
  --configuration-version "$VERSION" --query DeploymentNumber --output text)
echo "Started deployment $DEPLOYMENT of version $VERSION"
${watch}
`
}

/**
 * The AWS CLI to use: the one on PATH if it has `appconfig wait deployment-complete` (aws-cli 1.x
 * here), else Debian's /usr/bin/aws (2.9, which lacks the waiter: only the poll variant runs).
 */
export function findAwsCli():
  { path: string; version: string; hasWait: boolean } | undefined {
  for (const candidate of ['aws', '/usr/bin/aws']) {
    const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' })
    if (version.status !== 0) continue
    const help = spawnSync(
      candidate,
      ['appconfig', 'wait', 'deployment-complete', 'help'],
      { encoding: 'utf8', env: { ...process.env, PAGER: 'cat' } }
    )
    let resolved = spawnSync('bash', ['-c', `command -v ${candidate}`], {
      encoding: 'utf8'
    }).stdout.trim()
    // A pyenv shim costs ~80 ms per call; users' runners call the CLI directly.
    if (resolved.includes('/shims/')) {
      const real = spawnSync('pyenv', ['which', 'aws'], { encoding: 'utf8' })
      if (real.status === 0 && real.stdout.trim()) resolved = real.stdout.trim()
    }
    const hasWait = help.status === 0
    if (hasWait || candidate === '/usr/bin/aws')
      return {
        path: resolved || candidate,
        version: `${version.stdout}${version.stderr}`.trim().split(' ')[0]!,
        hasWait
      }
  }
  return undefined
}
