import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  AppConfigClient,
  BadRequestException,
  ConflictException,
  CreateHostedConfigurationVersionCommand,
  GetHostedConfigurationVersionCommand,
  type GetHostedConfigurationVersionCommandOutput,
  ListHostedConfigurationVersionsCommand
} from '@aws-sdk/client-appconfig'
import { mockClient } from 'aws-sdk-client-mock'
import 'aws-sdk-client-mock-jest'
import { VersionReader } from '../../src/appconfig/version-reader.js'
import {
  CONFLICT_ATTEMPTS,
  writeVersion
} from '../../src/appconfig/write-version.js'
import { RECENT_VERSIONS_READ } from '../../src/appconfig/find-same-version.js'
import { contentHash } from '../../src/appconfig/provenance.js'

const appconfig = mockClient(AppConfigClient)
const client = new AppConfigClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'x' }
})

const BUNDLE = {
  version: '1',
  flags: { checkout: { name: 'Checkout' } },
  values: { checkout: { enabled: true } }
}
const REQUEST = {
  applicationId: 'app0001',
  profileId: 'prof001',
  content: JSON.stringify(BUNDLE),
  label: 'git-abc123',
  description: 'Deployed by octo/shop run 7',
  // Conflicted writes pause before trying again; no real waiting here.
  pause: () => Promise.resolve()
}

// The SDK types Content as its blob adapter; plain bytes are what the client would parse.
const bytes = (value: unknown) =>
  new TextEncoder().encode(
    JSON.stringify(value)
  ) as unknown as GetHostedConfigurationVersionCommandOutput['Content']

/** Hosted versions by number; GetHostedConfigurationVersion answers from it. */
function seedStored(stored: Record<number, unknown>): void {
  appconfig
    .on(GetHostedConfigurationVersionCommand)
    .callsFake((input: { VersionNumber: number }) => ({
      Content: bytes(stored[input.VersionNumber]),
      VersionLabel: `v${input.VersionNumber}`
    }))
}

function write() {
  return writeVersion(
    client,
    new VersionReader(client, REQUEST.applicationId, REQUEST.profileId),
    REQUEST
  )
}

/** The CreateHostedConfigurationVersion inputs sent, with Content decoded. */
function creates() {
  return appconfig
    .commandCalls(CreateHostedConfigurationVersionCommand)
    .map((call) => {
      const input = call.args[0].input
      return {
        ...input,
        Content: new TextDecoder().decode(input.Content as Uint8Array)
      }
    })
}

beforeEach(() => {
  appconfig.reset()
})

describe('writeVersion', () => {
  it('no version yet: creates version 1, unconditionally, as JSON with label and description', async () => {
    appconfig.on(ListHostedConfigurationVersionsCommand).resolves({ Items: [] })
    appconfig
      .on(CreateHostedConfigurationVersionCommand)
      .resolves({ VersionNumber: 1, VersionLabel: 'git-abc123' })

    expect(await write()).toEqual({
      number: 1,
      label: 'git-abc123',
      reused: false
    })
    expect(creates()).toEqual([
      {
        ApplicationId: 'app0001',
        ConfigurationProfileId: 'prof001',
        Content: REQUEST.content,
        ContentType: 'application/json',
        Description: REQUEST.description,
        VersionLabel: 'git-abc123',
        LatestVersionNumber: undefined
      }
    ])
    expect(appconfig).toHaveReceivedCommandWith(
      ListHostedConfigurationVersionsCommand,
      { ApplicationId: 'app0001', ConfigurationProfileId: 'prof001' }
    )
    expect(appconfig).toHaveReceivedCommandTimes(
      GetHostedConfigurationVersionCommand,
      0
    )
  })

  it('a changed bundle: compares with the latest version and writes conditionally on it', async () => {
    appconfig
      .on(ListHostedConfigurationVersionsCommand)
      .resolves({ Items: [{ VersionNumber: 2 }, { VersionNumber: 3 }] })
    seedStored({
      2: { version: '1' },
      3: { ...BUNDLE, values: { checkout: { enabled: false } } }
    })
    appconfig
      .on(CreateHostedConfigurationVersionCommand)
      .resolves({ VersionNumber: 4, VersionLabel: 'git-abc123' })

    expect(await write()).toEqual({
      number: 4,
      label: 'git-abc123',
      reused: false
    })
    expect(creates().map((c) => c.LatestVersionNumber)).toEqual([3])
    expect(appconfig).toHaveReceivedCommandWith(
      GetHostedConfigurationVersionCommand,
      { VersionNumber: 3 }
    )
  })

  // Issue 10: a missing VersionNumber was guessed as latest + 1, which could name another
  // writer's version; the answer is reported as incomplete instead.
  it('refuses an answer without VersionNumber instead of guessing latest + 1', async () => {
    appconfig
      .on(ListHostedConfigurationVersionsCommand)
      .resolves({ Items: [{ VersionNumber: 7 }] })
    seedStored({ 7: { version: '1' } })
    appconfig.on(CreateHostedConfigurationVersionCommand).resolves({})

    await expect(write()).rejects.toThrow(
      'appconfig:CreateHostedConfigurationVersion answered without VersionNumber'
    )
  })

  it('keeps the requested label when AppConfig omits it', async () => {
    appconfig
      .on(ListHostedConfigurationVersionsCommand)
      .resolves({ Items: [{ VersionNumber: 7 }] })
    seedStored({ 7: { version: '1' } })
    appconfig
      .on(CreateHostedConfigurationVersionCommand)
      .resolves({ VersionNumber: 8 })

    expect(await write()).toEqual({
      number: 8,
      label: 'git-abc123',
      reused: false
    })
  })

  describe('reuse of a version with identical content', () => {
    it.each([
      ['the same content', BUNDLE],
      [
        'AppConfig-added _createdAt/_updatedAt',
        {
          ...BUNDLE,
          flags: {
            checkout: {
              name: 'Checkout',
              _createdAt: '2026-01-01T00:00:00Z',
              _updatedAt: '2026-02-01T00:00:00Z'
            }
          },
          values: {
            checkout: {
              enabled: true,
              _createdAt: '2026-01-01T00:00:00Z',
              _updatedAt: '2026-02-01T00:00:00Z'
            }
          }
        }
      ],
      [
        'other key order',
        { values: BUNDLE.values, flags: BUNDLE.flags, version: '1' }
      ]
    ])('%s: reused, nothing written', async (_, stored) => {
      appconfig
        .on(ListHostedConfigurationVersionsCommand)
        .resolves({ Items: [{ VersionNumber: 5 }] })
      seedStored({ 5: stored })

      expect(await write()).toEqual({ number: 5, label: 'v5', reused: true })
      expect(appconfig).toHaveReceivedCommandTimes(
        CreateHostedConfigurationVersionCommand,
        0
      )
    })

    // Issue 26: only the latest version was compared, so the first bundle deployed again after
    // a newer one (Beta, a change, then Production) collided with its own label.
    it('an older identical version among the newest few is reused', async () => {
      appconfig.on(ListHostedConfigurationVersionsCommand).resolves({
        Items: [{ VersionNumber: 1 }, { VersionNumber: 2 }]
      })
      seedStored({ 1: BUNDLE, 2: { version: '1' } })

      expect(await write()).toEqual({ number: 1, label: 'v1', reused: true })
      expect(creates()).toEqual([])
    })

    it('an older version carrying the label is read first, even far back', async () => {
      const items = Array.from({ length: 30 }, (_, i) => ({
        VersionNumber: i + 1,
        VersionLabel: i === 4 ? REQUEST.label : `other-${i}`
      }))
      appconfig
        .on(ListHostedConfigurationVersionsCommand)
        .resolves({ Items: items })
      seedStored({ 5: BUNDLE })

      expect(await write()).toEqual({ number: 5, label: 'v5', reused: true })
      expect(
        appconfig
          .commandCalls(GetHostedConfigurationVersionCommand)
          .map((c) => c.args[0].input.VersionNumber)
      ).toEqual([5])
    })

    it("a version whose label ends in the content's hash is found (another commit, a kill switch)", async () => {
      const hash = contentHash(REQUEST.content)
      const items = Array.from({ length: 30 }, (_, i) => ({
        VersionNumber: i + 1,
        VersionLabel: i === 9 ? `set-flags-r3-1-${hash}` : `other-${i}`
      }))
      appconfig
        .on(ListHostedConfigurationVersionsCommand)
        .resolves({ Items: items })
      seedStored({ 10: BUNDLE })

      expect(await write()).toEqual({ number: 10, label: 'v10', reused: true })
      expect(creates()).toEqual([])
    })

    it('reads no more than the newest few when no label points at the content', async () => {
      const items = Array.from({ length: 30 }, (_, i) => ({
        VersionNumber: i + 1
      }))
      appconfig
        .on(ListHostedConfigurationVersionsCommand)
        .resolves({ Items: items })
      const stored: Record<number, unknown> = {}
      for (let n = 1; n <= 30; n++) stored[n] = { version: '1', n }
      stored[1] = BUNDLE
      seedStored(stored)
      appconfig
        .on(CreateHostedConfigurationVersionCommand)
        .resolves({ VersionNumber: 31 })

      expect(await write()).toMatchObject({ number: 31, reused: false })
      expect(
        appconfig
          .commandCalls(GetHostedConfigurationVersionCommand)
          .map((c) => c.args[0].input.VersionNumber)
      ).toEqual([30, 29, 28].slice(0, RECENT_VERSIONS_READ))
    })

    it('the label already names other content: an input error, nothing written', async () => {
      appconfig.on(ListHostedConfigurationVersionsCommand).resolves({
        Items: [
          { VersionNumber: 1, VersionLabel: REQUEST.label },
          { VersionNumber: 2 }
        ]
      })
      seedStored({ 1: { version: '1' }, 2: { version: '1', flags: {} } })

      await expect(
        writeVersion(
          client,
          new VersionReader(client, REQUEST.applicationId, REQUEST.profileId),
          { ...REQUEST, profileName: 'checkout-flags' }
        )
      ).rejects.toMatchObject({
        name: 'InputError',
        input: 'version-label',
        message: expect.stringMatching(
          /^The version label 'git-abc123' already names hosted version 1 of checkout-flags, which holds other content\./
        ) as unknown
      })
      expect(creates()).toEqual([])
    })
  })

  // Versions are not listed in a documented order: the highest is neither the first nor the
  // last item, on the first page or on the second.
  it.each([
    ['the first page', [3, 11, 4], [9, 10]],
    ['the second page', [3, 9, 4], [10, 11, 2]]
  ])(
    'finds the latest version across pages, here on %s',
    async (_, first, second) => {
      // Tokens are recorded as each request is sent: the SDK's paginator reuses one input object.
      const tokens: (string | undefined)[] = []
      const items = (numbers: number[]) =>
        numbers.map((n) => ({ VersionNumber: n }))
      appconfig
        .on(ListHostedConfigurationVersionsCommand)
        .callsFake((input: { NextToken?: string }) => {
          tokens.push(input.NextToken)
          return input.NextToken === undefined
            ? { Items: items(first), NextToken: 'more' }
            : { Items: items(second) }
        })
      seedStored({ 11: BUNDLE })

      expect(await write()).toEqual({ number: 11, label: 'v11', reused: true })
      expect(tokens).toEqual([undefined, 'more'])
      expect(appconfig).toHaveReceivedCommandWith(
        ListHostedConfigurationVersionsCommand,
        { MaxResults: 50 }
      )
    }
  )

  describe('conflicts', () => {
    it('ConflictException once: lists again and writes on top of the new latest version', async () => {
      appconfig
        .on(ListHostedConfigurationVersionsCommand)
        .resolvesOnce({ Items: [{ VersionNumber: 3 }] })
        .resolves({ Items: [{ VersionNumber: 3 }, { VersionNumber: 4 }] })
      seedStored({ 3: { version: '1' }, 4: { version: '1', flags: {} } })
      appconfig
        .on(CreateHostedConfigurationVersionCommand)
        .rejectsOnce(
          new ConflictException({
            message: 'Latest version is 4',
            $metadata: { httpStatusCode: 409 }
          })
        )
        .resolves({ VersionNumber: 5 })

      expect(await write()).toMatchObject({ number: 5, reused: false })
      expect(creates().map((c) => c.LatestVersionNumber)).toEqual([3, 4])
      expect(appconfig).toHaveReceivedCommandTimes(
        ListHostedConfigurationVersionsCommand,
        2
      )
    })

    it('the other writer wrote this very bundle: reused after the conflict', async () => {
      appconfig
        .on(ListHostedConfigurationVersionsCommand)
        .resolvesOnce({ Items: [{ VersionNumber: 3 }] })
        .resolves({ Items: [{ VersionNumber: 3 }, { VersionNumber: 4 }] })
      seedStored({ 3: { version: '1' }, 4: BUNDLE })
      appconfig.on(CreateHostedConfigurationVersionCommand).rejects(
        new ConflictException({
          message: 'Latest version is 4',
          $metadata: { httpStatusCode: 409 }
        })
      )

      expect(await write()).toEqual({ number: 4, label: 'v4', reused: true })
      expect(appconfig).toHaveReceivedCommandTimes(
        CreateHostedConfigurationVersionCommand,
        1
      )
    })

    it(`ConflictException ${CONFLICT_ATTEMPTS} times: stops with advice for the write (never a deployment in progress)`, async () => {
      appconfig
        .on(ListHostedConfigurationVersionsCommand)
        .resolves({ Items: [{ VersionNumber: 3 }] })
      seedStored({ 3: { version: '1' } })
      appconfig.on(CreateHostedConfigurationVersionCommand).rejects(
        new ConflictException({
          message: 'Version label already exists',
          $metadata: { httpStatusCode: 409 }
        })
      )

      const error = await write().then(
        () => undefined,
        (e: unknown) => e
      )

      expect(error).toMatchObject({
        name: 'AwsStepError',
        step: 'Creating the hosted configuration version',
        errorName: 'ConflictException'
      })
      expect((error as Error).message).toBe(
        `Creating the hosted configuration version failed ${CONFLICT_ATTEMPTS} times with ConflictException (AppConfig said: Version label already exists); nothing was deployed. Another writer (a second run, the console, another tool) created a version of this profile at the same moment: re-run the job. If it happens again, set the input version-label to a label no version of this profile carries.`
      )
      expect(appconfig).toHaveReceivedCommandTimes(
        CreateHostedConfigurationVersionCommand,
        CONFLICT_ATTEMPTS
      )
    })
  })

  it('BadRequestException: says AppConfig refused what local validation accepted, and is not retried', async () => {
    appconfig.on(ListHostedConfigurationVersionsCommand).resolves({ Items: [] })
    appconfig.on(CreateHostedConfigurationVersionCommand).rejects(
      new BadRequestException({
        message: 'Invalid flag attribute',
        $metadata: { httpStatusCode: 400 }
      })
    )

    const error = await write().then(
      () => undefined,
      (e: unknown) => e
    )

    expect(error).toMatchObject({
      name: 'AwsStepError',
      errorName: 'BadRequestException'
    })
    expect((error as Error).message).toBe(
      'AppConfig refused the bundle although it passed local validation (Creating the hosted configuration version failed: appconfig:CreateHostedConfigurationVersion answered BadRequestException: Invalid flag attribute). Nothing was deployed. Please report this with the bundle, so the local checks can learn the rule.'
    )
    expect(appconfig).toHaveReceivedCommandTimes(
      CreateHostedConfigurationVersionCommand,
      1
    )
  })

  it('any other error: described with the IAM action, not retried', async () => {
    appconfig.on(ListHostedConfigurationVersionsCommand).resolves({ Items: [] })
    appconfig
      .on(CreateHostedConfigurationVersionCommand)
      .rejects(
        Object.assign(new Error('denied'), { name: 'AccessDeniedException' })
      )

    await expect(write()).rejects.toMatchObject({
      name: 'AwsStepError',
      iamAction: 'appconfig:CreateHostedConfigurationVersion'
    })
    expect(appconfig).toHaveReceivedCommandTimes(
      CreateHostedConfigurationVersionCommand,
      1
    )
  })

  it('a failing list names its step', async () => {
    appconfig
      .on(ListHostedConfigurationVersionsCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }))

    await expect(write()).rejects.toMatchObject({
      step: 'Listing hosted configuration versions',
      iamAction: 'appconfig:ListHostedConfigurationVersions'
    })
    expect(appconfig).toHaveReceivedCommandTimes(
      CreateHostedConfigurationVersionCommand,
      0
    )
  })
})

// Issue 20: the kill switch reaches StartDeployment in fewer calls; its content is the live
// version patched, so it is written on top of the live version with no listing first.
describe('writeVersion with a label that names its content (every label the action makes)', () => {
  const OWN = {
    ...REQUEST,
    label: `git-abc123-${contentHash(REQUEST.content)}`
  }
  const conflict = () =>
    new ConflictException({
      message: 'LatestVersionNumber 7 does not match the latest 9',
      $metadata: { httpStatusCode: 409 }
    })

  beforeEach(() => {
    appconfig.reset()
  })

  it('writes on top of the newest version the run saw, and lists nothing', async () => {
    seedStored({ 7: { version: '1' } })
    appconfig
      .on(CreateHostedConfigurationVersionCommand)
      .resolves({ VersionNumber: 8, VersionLabel: OWN.label })

    const written = await writeVersion(
      client,
      new VersionReader(client, REQUEST.applicationId, REQUEST.profileId),
      { ...OWN, onTopOf: 7 }
    )

    expect(written).toEqual({ number: 8, label: OWN.label, reused: false })
    expect(creates().map((c) => c.LatestVersionNumber)).toEqual([7])
    expect(appconfig).not.toHaveReceivedCommand(
      ListHostedConfigurationVersionsCommand
    )
  })

  it('after a conflict: searches, then writes with no lock (its label cannot name other content)', async () => {
    appconfig
      .on(CreateHostedConfigurationVersionCommand)
      .rejectsOnce(conflict())
      .resolves({ VersionNumber: 10, VersionLabel: OWN.label })
    appconfig.on(ListHostedConfigurationVersionsCommand).resolves({
      Items: [
        { VersionNumber: 9, VersionLabel: 'v9' },
        { VersionNumber: 8, VersionLabel: 'v8' }
      ]
    })
    seedStored({
      7: { version: '1' },
      8: { version: '1' },
      9: { version: '1' }
    })

    const written = await writeVersion(
      client,
      new VersionReader(client, REQUEST.applicationId, REQUEST.profileId),
      { ...OWN, onTopOf: 7 }
    )

    expect(written).toEqual({ number: 10, label: OWN.label, reused: false })
    expect(creates().map((c) => c.LatestVersionNumber)).toEqual([7, undefined])
    expect(appconfig).toHaveReceivedCommandTimes(
      ListHostedConfigurationVersionsCommand,
      1
    )
  })

  it('reuses the version it would write on top of when that one holds the content', async () => {
    seedStored({ 7: BUNDLE })

    const written = await writeVersion(
      client,
      new VersionReader(client, REQUEST.applicationId, REQUEST.profileId),
      { ...OWN, onTopOf: 7, seen: [{ number: 7, label: 'made-by-hand' }] }
    )

    expect(written).toEqual({ number: 7, label: 'v7', reused: true })
    expect(appconfig).not.toHaveReceivedCommand(
      CreateHostedConfigurationVersionCommand
    )
    expect(appconfig).not.toHaveReceivedCommand(
      ListHostedConfigurationVersionsCommand
    )
  })

  it('reuses a version the run saw deployed with this label, reading it and listing nothing', async () => {
    seedStored({ 5: BUNDLE, 6: { version: '1' } })

    const written = await writeVersion(
      client,
      new VersionReader(client, REQUEST.applicationId, REQUEST.profileId),
      {
        ...OWN,
        onTopOf: 6,
        seen: [
          { number: 6, label: 'v6' },
          { number: 5, label: OWN.label }
        ]
      }
    )

    expect(written).toEqual({ number: 5, label: 'v5', reused: true })
    expect(appconfig).not.toHaveReceivedCommand(
      CreateHostedConfigurationVersionCommand
    )
    expect(appconfig).not.toHaveReceivedCommand(
      ListHostedConfigurationVersionsCommand
    )
    // Version 6 carries another label: never read.
    expect(appconfig).toHaveReceivedCommandTimes(
      GetHostedConfigurationVersionCommand,
      1
    )
  })

  it('a label a person chose is never written on a guess: the search comes first, and the write is conditional', async () => {
    appconfig
      .on(ListHostedConfigurationVersionsCommand)
      .resolves({ Items: [{ VersionNumber: 9, VersionLabel: 'v9' }] })
    seedStored({ 7: { version: '1' }, 9: { version: '1' } })
    appconfig
      .on(CreateHostedConfigurationVersionCommand)
      .resolves({ VersionNumber: 10, VersionLabel: REQUEST.label })

    await writeVersion(
      client,
      new VersionReader(client, REQUEST.applicationId, REQUEST.profileId),
      { ...REQUEST, onTopOf: 7 }
    )

    expect(creates().map((c) => c.LatestVersionNumber)).toEqual([9])
  })

  it('pauses between conflicted conditional writes, each pause numbered', async () => {
    const pauses: number[] = []
    appconfig
      .on(ListHostedConfigurationVersionsCommand)
      .resolves({ Items: [{ VersionNumber: 9, VersionLabel: 'v9' }] })
    seedStored({ 9: { version: '1' } })
    appconfig
      .on(CreateHostedConfigurationVersionCommand)
      .rejectsOnce(conflict())
      .rejectsOnce(conflict())
      .resolves({ VersionNumber: 11, VersionLabel: REQUEST.label })

    const written = await writeVersion(
      client,
      new VersionReader(client, REQUEST.applicationId, REQUEST.profileId),
      {
        ...REQUEST,
        pause: (attempt) => {
          pauses.push(attempt)
          return Promise.resolve()
        }
      }
    )

    expect(written.number).toBe(11)
    expect(pauses).toEqual([1, 2])
  })
})
