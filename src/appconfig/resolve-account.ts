import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { parseAlarmArn } from '../alarms/parse-alarm-arn.js'
import { partitionOf, type AccountScope } from './deployment-arn.js'

/** Where the account came from, for the summary and the debug log. */
export type AccountOrigin = 'credentials' | 'alarm-monitor'

/**
 * The account of the run's AppConfig resources, needed to build deployment ARNs (AppConfig
 * answers no ARN and no account). No STS call, so no extra client and no extra permission:
 * 1. the SDK credentials' `accountId`: set from AWS_ACCOUNT_ID, a profile's `aws_account_id`,
 *    SSO, or an AssumeRoleWithWebIdentity answer;
 * 2. else the account in one of the environment's alarm monitor ARNs (AppConfig monitors live
 *    in the environment's account);
 * undefined when neither says, and the caller falls back (read-history.ts).
 */
export async function resolveAccount(
  client: AppConfigClient,
  region: string,
  monitors: readonly string[]
): Promise<(AccountScope & { origin: AccountOrigin }) | undefined> {
  const fromCredentials = await credentialsAccount(client)
  if (fromCredentials !== undefined)
    return {
      partition: partitionOf(region),
      region,
      account: fromCredentials,
      origin: 'credentials'
    }
  for (const arn of monitors) {
    const alarm = parseAlarmArn(arn)
    // Field 1 of an ARN is its partition (always there when the ARN parsed).
    const partition = arn.split(':')[1]
    if (
      alarm !== undefined &&
      partition !== undefined &&
      /^\d{12}$/.test(alarm.account)
    )
      return {
        partition,
        region,
        account: alarm.account,
        origin: 'alarm-monitor'
      }
  }
  return undefined
}

async function credentialsAccount(
  client: AppConfigClient
): Promise<string | undefined> {
  try {
    const provider: unknown = client.config.credentials
    if (typeof provider !== 'function') return undefined
    const identity = (await (provider as () => Promise<unknown>)()) as {
      accountId?: unknown
    }
    const account = identity?.accountId
    return typeof account === 'string' && /^\d{12}$/.test(account)
      ? account
      : undefined
  } catch {
    // No credentials at all fails the first AppConfig call with a clear message; not here.
    return undefined
  }
}
