import {
  AppConfigClient,
  BadRequestException,
  ConflictException,
  CreateApplicationCommand,
  CreateConfigurationProfileCommand,
  CreateHostedConfigurationVersionCommand,
  GetHostedConfigurationVersionCommand,
  ListHostedConfigurationVersionsCommand,
  PayloadTooLargeException,
  ResourceNotFoundException
} from '@aws-sdk/client-appconfig'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import { appConfigClient, flagsDocument, MINUTE } from './emulator-clients.js'

let emulator: RunningEmulator
let client: AppConfigClient
let appId: string
let flagsId: string
let freeformId: string

beforeAll(async () => {
  emulator = await startEmulator({
    timeScale: 0,
    startTime: new Date('2026-09-01T10:00:00Z'),
    maxContentKb: 64
  })
  client = appConfigClient(emulator.endpoint)
  appId =
    (
      await client.send(
        new CreateApplicationCommand({ Name: 'checkout-service' })
      )
    ).Id ?? ''
  const profile = (name: string, type?: string): Promise<string> =>
    client
      .send(
        new CreateConfigurationProfileCommand({
          ApplicationId: appId,
          Name: name,
          LocationUri: 'hosted',
          Type: type
        })
      )
      .then((p) => p.Id ?? '')
  flagsId = await profile('checkout-flags', 'AWS.AppConfig.FeatureFlags')
  freeformId = await profile('settings')
})

afterAll(async () => {
  client.destroy()
  await emulator.close()
})

function create(
  profileId: string,
  content: string,
  extra: Partial<{
    LatestVersionNumber: number
    VersionLabel: string
    Description: string
  }> = {}
) {
  return client.send(
    new CreateHostedConfigurationVersionCommand({
      ApplicationId: appId,
      ConfigurationProfileId: profileId,
      Content: new TextEncoder().encode(content),
      ContentType: 'application/json',
      ...extra
    })
  )
}

describe('hosted configuration versions', () => {
  it('stores a freeform version as is and answers 201 with its headers', async () => {
    const created = await create(freeformId, '{"timeoutMs": 250}', {
      Description: 'first',
      VersionLabel: 'v1.0.0'
    })
    expect(created.$metadata.httpStatusCode).toBe(201)
    expect(created).toMatchObject({
      ApplicationId: appId,
      ConfigurationProfileId: freeformId,
      VersionNumber: 1,
      ContentType: 'application/json',
      Description: 'first',
      VersionLabel: 'v1.0.0'
    })
    expect(new TextDecoder().decode(created.Content)).toBe('{"timeoutMs": 250}')
    const got = await client.send(
      new GetHostedConfigurationVersionCommand({
        ApplicationId: appId,
        ConfigurationProfileId: freeformId,
        VersionNumber: 1
      })
    )
    expect(new TextDecoder().decode(got.Content)).toBe('{"timeoutMs": 250}')
    expect(got).toMatchObject({
      VersionNumber: 1,
      VersionLabel: 'v1.0.0',
      Description: 'first'
    })
  })

  it('numbers versions, lists them newest first and filters by label (with a trailing *)', async () => {
    await create(freeformId, '{"timeoutMs": 300}', { VersionLabel: 'v1.1.0' })
    await create(freeformId, '{"timeoutMs": 350}', { VersionLabel: 'v2.0.0' })
    const list = await client.send(
      new ListHostedConfigurationVersionsCommand({
        ApplicationId: appId,
        ConfigurationProfileId: freeformId
      })
    )
    expect(list.Items?.map((v) => [v.VersionNumber, v.VersionLabel])).toEqual([
      [3, 'v2.0.0'],
      [2, 'v1.1.0'],
      [1, 'v1.0.0']
    ])
    const v1 = await client.send(
      new ListHostedConfigurationVersionsCommand({
        ApplicationId: appId,
        ConfigurationProfileId: freeformId,
        VersionLabel: 'v1*'
      })
    )
    expect(v1.Items?.map((v) => v.VersionNumber)).toEqual([2, 1])
    const page = await client.send(
      new ListHostedConfigurationVersionsCommand({
        ApplicationId: appId,
        ConfigurationProfileId: freeformId,
        MaxResults: 1
      })
    )
    expect(page.Items).toHaveLength(1)
    expect(page.NextToken).toBeDefined()
  })

  it('answers a stale Latest-Version-Number with 409 ConflictException; a label in use is accepted (AWS documents no uniqueness)', async () => {
    await expect(
      create(freeformId, '{}', { LatestVersionNumber: 1 })
    ).rejects.toBeInstanceOf(ConflictException)
    const again = await create(freeformId, '{}', { VersionLabel: 'v2.0.0' })
    expect(again).toMatchObject({ VersionNumber: 4, VersionLabel: 'v2.0.0' })
    const ok = await create(freeformId, '{}', { LatestVersionNumber: 4 })
    expect(ok.VersionNumber).toBe(5)
    expect(
      emulator.control.calls('CreateHostedConfigurationVersion').at(-1)?.params
    ).toMatchObject({
      LatestVersionNumber: 4,
      ContentType: 'application/json',
      Content: '{}'
    })
  })

  it('answers content over the size limit with 413 PayloadTooLargeException', async () => {
    const error = await create(freeformId, `"${'x'.repeat(70 * 1024)}"`).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(PayloadTooLargeException)
    expect(error).toMatchObject({
      Measure: 'KILOBYTES',
      Limit: 64,
      $metadata: { httpStatusCode: 413 }
    })
    expect((error as PayloadTooLargeException).Size).toBeCloseTo(70, 1)
  })

  it('refuses a label made only of digits and a missing profile', async () => {
    await expect(
      create(freeformId, '{}', { VersionLabel: '123' })
    ).rejects.toBeInstanceOf(BadRequestException)
    await expect(create('nope', '{}')).rejects.toBeInstanceOf(
      ResourceNotFoundException
    )
    await expect(
      client.send(
        new GetHostedConfigurationVersionCommand({
          ApplicationId: appId,
          ConfigurationProfileId: freeformId,
          VersionNumber: 99
        })
      )
    ).rejects.toThrow(
      'HostedConfigurationVersion with Id 99 could not be found.'
    )
  })
})

describe('feature-flag content', () => {
  it("refuses invalid FeatureFlags content with AppConfig's 400 and lists the problems", async () => {
    const bad = JSON.stringify({
      version: '1',
      flags: {
        'Bad Key': {},
        good: {
          attributes: { pct: { constraints: { type: 'number', maximum: 10 } } }
        }
      },
      values: { good: { enabled: true, pct: 50 } }
    })
    const error = await create(flagsId, bad).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BadRequestException)
    const e = error as BadRequestException
    expect(e.message).toMatch(
      /^Error invoking extension AppConfig Feature Flags Helper: Malformed 'Content' provided/
    )
    expect(e.Reason).toBe('InvalidConfiguration')
    const details = e.Details?.InvalidConfiguration ?? []
    expect(details.length).toBeGreaterThanOrEqual(2)
    expect(details.map((d) => d.Location).join(' ')).toMatch(/Bad Key/)
    expect(details.find((d) => d.Value === '50')).toMatchObject({
      Type: 'FeatureFlags'
    })
    for (const d of details)
      expect(Object.keys(d).sort()).toEqual([
        'Constraint',
        'Location',
        'Reason',
        'Type',
        'Value'
      ])
  })

  it('refuses content that is not JSON at all', async () => {
    await expect(create(flagsId, 'version: "1"')).rejects.toBeInstanceOf(
      BadRequestException
    )
  })

  it('stamps _createdAt/_updatedAt on flags and values, keeping them for unchanged flags', async () => {
    const first = await create(flagsId, flagsDocument(5))
    const stored = JSON.parse(new TextDecoder().decode(first.Content)) as {
      flags: Record<string, Record<string, unknown>>
      values: Record<string, Record<string, unknown>>
    }
    const createdAt = '2026-09-01T10:00:00.000Z'
    expect(stored.flags['allow-bitcoin-at-checkout']).toMatchObject({
      _createdAt: createdAt,
      _updatedAt: createdAt
    })
    expect(stored.values['allow-bitcoin-at-checkout']).toMatchObject({
      _createdAt: createdAt,
      _updatedAt: createdAt,
      enabled: true
    })

    emulator.control.advance(5 * MINUTE)
    const second = await create(flagsId, flagsDocument(7))
    const next = JSON.parse(
      new TextDecoder().decode(second.Content)
    ) as typeof stored
    // The definition did not change; the value did.
    expect(next.flags['allow-bitcoin-at-checkout']).toMatchObject({
      _createdAt: createdAt,
      _updatedAt: createdAt
    })
    expect(next.values['allow-bitcoin-at-checkout']).toMatchObject({
      _createdAt: createdAt,
      _updatedAt: '2026-09-01T10:05:00.000Z',
      'bitcoin-discount-percentage': 7
    })
    // What the emulator stored is still valid FeatureFlags content.
    await expect(create(flagsId, JSON.stringify(next))).resolves.toMatchObject({
      VersionNumber: 3
    })
  })
})
