import type { IncomingHttpHeaders } from 'node:http'

/**
 * API rate quotas, opt in (`startEmulator({ quotas: true })`): a limiter per account, region
 * and budget that refuses a call above the documented rate with the service's own throttling
 * error, so a fleet of pipelines meets the limits it would meet in AWS.
 *
 * Rates (per account and region, per second):
 * - AppConfig, "AWS AppConfig endpoints and quotas" (AWS General Reference; the spec's §2.10,
 *   not adjustable): `Get*` 100, `List*` 10, `Create*` 10, `Update*` 10, `Delete*` 10,
 *   `StartDeployment` 10, `StopDeployment` 10, `ValidateConfiguration` 10, `TagResource` /
 *   `UntagResource` 20. A group (`List*`…) is read as one budget its operations share, the
 *   stricter reading: ListApplications and ListDeployments draw on the same 10 per second.
 * - CloudWatch, "CloudWatch service quotas" (Amazon CloudWatch User Guide): "Rate of
 *   DescribeAlarms requests: 9 per second" (adjustable, L-21CB40A4), DescribeAlarmsForMetric
 *   9, DescribeAlarmHistory 20. Other CloudWatch operations are not limited here.
 *
 * The limiter runs on real time, never the emulator's scaled clock: the callers are real
 * processes sending real requests, and AWS counts requests per real second whatever a test does
 * to the deployment clock. It is a token bucket holding `burstSeconds` of its rate (default 1;
 * AWS documents no burst allowance), and in addition no sliding second may serve more than the
 * rate: the strictest reading of "N per second", so that a call the emulator serves is within
 * the quota whichever second one counts it in (a bare bucket would serve up to twice the rate in
 * the second after an idle one). With `burstSeconds: 1` the window alone decides.
 */

/** One budget: its name (what the call log and the bench show) and its rate per second. */
export interface QuotaRule {
  readonly budget: string
  readonly perSecond: number
}

export interface QuotaOptions {
  /** Rates per budget name (`'appconfig:List*'`, `'cloudwatch:DescribeAlarms'`…) to override. */
  readonly rates?: Readonly<Record<string, number>>
  /** Seconds of rate a full bucket holds; default 1. */
  readonly burstSeconds?: number
  /** Real milliseconds; performance.now by default (injected by tests). */
  readonly realNow?: () => number
}

const APPCONFIG_GROUPS: readonly (readonly [RegExp, string, number])[] = [
  [/^(StartDeployment|StopDeployment|ValidateConfiguration)$/, '', 10],
  [/^(TagResource|UntagResource)$/, '', 20],
  [/^Get/, 'Get*', 100],
  [/^List/, 'List*', 10],
  [/^Create/, 'Create*', 10],
  [/^Update/, 'Update*', 10],
  [/^Delete/, 'Delete*', 10]
]

const CLOUDWATCH_RATES: Readonly<Record<string, number>> = {
  DescribeAlarms: 9,
  DescribeAlarmsForMetric: 9,
  DescribeAlarmHistory: 20
}

/** The documented budget an operation draws on, or undefined when none is limited here. */
export function quotaFor(
  service: string,
  operation: string
): QuotaRule | undefined {
  if (service === 'cloudwatch') {
    const rate = CLOUDWATCH_RATES[operation]
    return rate === undefined
      ? undefined
      : { budget: `cloudwatch:${operation}`, perSecond: rate }
  }
  if (service !== 'appconfig') return undefined
  for (const [pattern, group, rate] of APPCONFIG_GROUPS) {
    if (pattern.test(operation))
      return { budget: `appconfig:${group || operation}`, perSecond: rate }
  }
  return undefined
}

/** SigV4's credential scope names the region: `Credential=AKID/20260101/eu-west-1/appconfig/aws4_request`. */
export function signedRegion(headers: IncomingHttpHeaders): string | undefined {
  const auth = headers.authorization
  const match = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(
    typeof auth === 'string' ? auth : ''
  )
  return match?.[1]
}

interface Bucket {
  tokens: number
  at: number
  /** Real times of the calls served in the last second, oldest first. */
  served: number[]
}

/** The token buckets of one emulator (one account); `admit` says whether a call may proceed. */
export class Quotas {
  private readonly buckets = new Map<string, Bucket>()
  private readonly realNow: () => number
  private readonly burstSeconds: number
  private readonly rates: Readonly<Record<string, number>>
  /** The limiter's clock at the last call it admitted or refused (for the call log). */
  lastAdmitAt: number | undefined
  /** Calls refused per budget, for tests and the bench. */
  readonly refused = new Map<string, number>()

  constructor(options: QuotaOptions = {}) {
    this.realNow = options.realNow ?? (() => performance.now())
    this.burstSeconds = options.burstSeconds ?? 1
    this.rates = options.rates ?? {}
    if (!(this.burstSeconds > 0))
      throw new RangeError(`burstSeconds must be > 0, got ${this.burstSeconds}`)
  }

  /** The rule with any override applied. */
  ruleFor(service: string, operation: string): QuotaRule | undefined {
    const rule = quotaFor(service, operation)
    if (rule === undefined) return undefined
    const rate = this.rates[rule.budget]
    return rate === undefined ? rule : { ...rule, perSecond: rate }
  }

  /**
   * Takes a token for this call; returns the budget it was refused on, or undefined when it may
   * proceed (also when the operation has no quota here).
   */
  admit(
    service: string,
    operation: string,
    region: string
  ): string | undefined {
    const rule = this.ruleFor(service, operation)
    if (rule === undefined) return undefined
    const key = `${region}|${rule.budget}`
    const capacity = rule.perSecond * this.burstSeconds
    const now = this.realNow()
    this.lastAdmitAt = now
    const bucket = this.buckets.get(key) ?? {
      tokens: capacity,
      at: now,
      served: []
    }
    bucket.tokens = Math.min(
      capacity,
      bucket.tokens + ((now - bucket.at) / 1000) * rule.perSecond
    )
    bucket.at = now
    while (bucket.served.length > 0 && bucket.served[0]! <= now - 1000)
      bucket.served.shift()
    this.buckets.set(key, bucket)
    if (bucket.tokens >= 1 && bucket.served.length < rule.perSecond) {
      bucket.tokens -= 1
      bucket.served.push(now)
      return undefined
    }
    this.refused.set(rule.budget, (this.refused.get(rule.budget) ?? 0) + 1)
    return rule.budget
  }
}
