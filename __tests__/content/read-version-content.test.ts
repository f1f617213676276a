import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  AppConfigClient,
  GetHostedConfigurationVersionCommand,
  type GetHostedConfigurationVersionCommandOutput,
  ListHostedConfigurationVersionsCommand
} from '@aws-sdk/client-appconfig'
import { mockClient } from 'aws-sdk-client-mock'
import 'aws-sdk-client-mock-jest'
import { VersionReader } from '../../src/appconfig/version-reader.js'
import type { Target } from '../../src/appconfig/target.js'
import { toFailure } from '../../src/failure.js'
import { readVersionContent } from '../../src/content/read-version-content.js'

// configuration-version (issue #13): an existing hosted version as the content, by number or
// by a label that must name exactly one version, validated like a bundle.

const appconfig = mockClient(AppConfigClient)
const client = new AppConfigClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'x' }
})
const TARGET = {
  region: 'eu-west-1',
  application: { id: 'app0001', name: 'checkout' },
  environment: { id: 'env0001', name: 'Production' },
  profile: { id: 'prof001', name: 'checkout-flags' },
  strategy: {
    id: 'AppConfig.AllAtOnce',
    name: 'AppConfig.AllAtOnce',
    growthType: 'LINEAR',
    growthFactor: 100,
    durationMinutes: 0,
    finalBakeMinutes: 10
  },
  monitors: []
} satisfies Target

const STORED = {
  version: '1',
  flags: {
    'dark-mode': { name: 'Dark mode', _createdAt: '2026-01-01T00:00:00Z' }
  },
  values: { 'dark-mode': { enabled: true, _updatedAt: '2026-01-01T00:00:00Z' } }
}
const bytes = (value: unknown) =>
  new TextEncoder().encode(
    JSON.stringify(value)
  ) as unknown as GetHostedConfigurationVersionCommandOutput['Content']

const SETTINGS: {
  flagNamePattern: RegExp | undefined
  deprecatedFlags: 'warn'
} = {
  flagNamePattern: undefined,
  deprecatedFlags: 'warn'
}

function read(reference: number | string, settings = SETTINGS) {
  return readVersionContent(
    client,
    TARGET,
    new VersionReader(client, 'app0001', 'prof001'),
    { ...settings, configurationVersion: reference },
    '2026-06-01'
  )
}

beforeEach(() => {
  appconfig.reset()
  appconfig
    .on(GetHostedConfigurationVersionCommand, { VersionNumber: 4 })
    .resolves({ Content: bytes(STORED), VersionLabel: 'release-4' })
})

describe('readVersionContent', () => {
  it('by number: the content without AppConfig metadata, and the version to deploy as is', async () => {
    const result = await read(4)
    expect(result.failure).toBeUndefined()
    expect(result.content).toMatchObject({
      source: 'version',
      version: { number: 4, label: 'release-4' },
      value: {
        version: '1',
        flags: { 'dark-mode': { name: 'Dark mode' } },
        values: { 'dark-mode': { enabled: true } }
      },
      bundle: {
        displayPath: 'hosted version 4 (release-4)',
        errorCount: 0,
        flagCount: 1
      }
    })
    expect(result.content?.text).not.toContain('_createdAt')
    expect(appconfig).not.toHaveReceivedCommand(
      ListHostedConfigurationVersionsCommand
    )
  })

  it('by label: looks the label up exactly', async () => {
    appconfig.on(ListHostedConfigurationVersionsCommand).resolves({
      // AppConfig's filter is a prefix match with `*`; an exact one is kept either way.
      Items: [
        { VersionNumber: 4, VersionLabel: 'release-4' },
        { VersionNumber: 5, VersionLabel: 'release-40' }
      ]
    })
    const result = await read('release-4')
    expect(result.content?.version?.number).toBe(4)
    expect(appconfig).toHaveReceivedCommandWith(
      ListHostedConfigurationVersionsCommand,
      {
        ApplicationId: 'app0001',
        ConfigurationProfileId: 'prof001',
        VersionLabel: 'release-4'
      }
    )
  })

  it.each([
    [[], "No hosted version of checkout-flags is labelled 'release-9'"],
    [
      [
        { VersionNumber: 7, VersionLabel: 'release-9' },
        { VersionNumber: 3, VersionLabel: 'release-9' }
      ],
      "2 hosted versions of checkout-flags are labelled 'release-9' (3, 7), with different content; give the version number instead."
    ]
  ])('a label that names %j is an input error', async (items, message) => {
    appconfig
      .on(ListHostedConfigurationVersionsCommand)
      .resolves({ Items: items })
    appconfig
      .on(GetHostedConfigurationVersionCommand, { VersionNumber: 7 })
      .resolves({ Content: bytes(STORED), VersionLabel: 'release-9' })
    appconfig
      .on(GetHostedConfigurationVersionCommand, { VersionNumber: 3 })
      .resolves({
        Content: bytes({ version: '1', flags: {}, values: {} }),
        VersionLabel: 'release-9'
      })
    const error: unknown = await read('release-9').catch((e: unknown) => e)
    expect(toFailure(error)).toEqual({
      kind: 'input',
      input: 'configuration-version',
      message: expect.stringContaining(message)
    })
  })

  it('versions sharing a label with one content (two runs wrote one bundle at once): the newest', async () => {
    appconfig.on(ListHostedConfigurationVersionsCommand).resolves({
      Items: [
        { VersionNumber: 4, VersionLabel: 'release-4' },
        { VersionNumber: 6, VersionLabel: 'release-4' }
      ]
    })
    appconfig
      .on(GetHostedConfigurationVersionCommand, { VersionNumber: 6 })
      .resolves({ Content: bytes(STORED), VersionLabel: 'release-4' })
    const result = await read('release-4')
    expect(result.content?.version?.number).toBe(6)
  })

  it('a version that breaks the team rules is a bundle failure with its problems', async () => {
    const result = await read(4, { ...SETTINGS, flagNamePattern: /^team-/ })
    expect(result.content).toBeUndefined()
    expect(result.failure).toMatchObject({ kind: 'bundle' })
    expect(result.failure?.message).toContain(
      'Hosted version 4 (release-4) of checkout-flags has 1 problem'
    )
    expect(result.bundle?.problems.map((p) => p.rule)).toEqual([
      'flag-name-pattern'
    ])
  })
})
