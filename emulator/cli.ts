import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { startEmulator } from './start-emulator.js'

const USAGE = `Usage: npm run emulator -- [--port 4566] [--time-scale 0.01] [--seed examples/emulator-seed.json] [--region us-east-1]

  --port        TCP port on 127.0.0.1 (default 4566; 0 picks a free one)
  --time-scale  real seconds per emulated second (default 1; 0.01 makes a strategy minute 600 ms)
  --seed        a seed JSON file (format: emulator/README.md)
  --region      region used in ARNs and the printed environment (default us-east-1)
  --iam-policy  an IAM identity policy JSON file; repeat for several. With it, every request is
                authorised as IAM would for a caller holding them (AccessDenied otherwise)
  --no-model-check  accept requests the AWS service model refuses (default: refuse them, 400)
  --quotas      refuse calls above AWS's documented API rates (emulator/quotas.ts)`

/** `npm run emulator`: starts the emulator in the foreground and prints what to export. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4566' },
      'time-scale': { type: 'string', default: '1' },
      seed: { type: 'string' },
      region: { type: 'string', default: 'us-east-1' },
      'iam-policy': { type: 'string', multiple: true },
      'no-model-check': { type: 'boolean' },
      quotas: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help === true) {
    console.log(USAGE)
    return
  }
  const port = Number(values.port)
  const timeScale = Number(values['time-scale'])
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, got ${values.port}`)
  if (!Number.isFinite(timeScale) || timeScale < 0)
    throw new Error(
      `--time-scale must be a number >= 0, got ${values['time-scale']}`
    )
  const emulator = await startEmulator({
    port,
    timeScale,
    seed: values.seed,
    region: values.region,
    iam:
      values['iam-policy'] === undefined
        ? undefined
        : {
            policies: await Promise.all(
              values['iam-policy'].map((file) => readFile(file, 'utf8'))
            )
          },
    modelCheck: values['no-model-check'] !== true,
    quotas: values.quotas
  })
  const minute =
    timeScale === 0
      ? 'frozen'
      : `one strategy minute = ${formatMs(60_000 * timeScale)}`
  if (values['iam-policy'] !== undefined)
    console.log(`IAM on: ${values['iam-policy'].join(', ')}`)
  console.log(
    `AppConfig + CloudWatch emulator listening on ${emulator.endpoint} (time scale ${timeScale}: ${minute})`
  )
  for (const [name, app] of Object.entries(emulator.seeded.applications)) {
    console.log(`  application ${name}: ${app.id}`)
    for (const [env, id] of Object.entries(app.environments))
      console.log(`    environment ${env}: ${id}`)
    for (const [profile, id] of Object.entries(app.configurationProfiles))
      console.log(`    configuration profile ${profile}: ${id}`)
  }
  console.log('\nPoint the AWS SDK, the AWS CLI or the action at it:\n')
  console.log(`export AWS_ENDPOINT_URL=${emulator.endpoint}`)
  console.log(
    'export AWS_ACCESS_KEY_ID=emulator AWS_SECRET_ACCESS_KEY=emulator'
  )
  console.log(
    `export AWS_REGION=${emulator.region} AWS_DEFAULT_REGION=${emulator.region}`
  )
  console.log('\nCtrl+C stops it.')
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`
}

main().catch((error: unknown) => {
  console.error(
    `emulator: ${error instanceof Error ? error.message : String(error)}`
  )
  process.exitCode = 1
})
