import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * `npm run models -- <dir>`: copies the AppConfig and CloudWatch service models (botocore's
 * `*-service-2.json`, as in the design repository's reference/aws-models/) into emulator/model/,
 * without their `documentation` strings (a quarter of the size; the emulator checks shapes, not
 * prose). The emulator checks every request against these copies (emulator/model/model-check.ts).
 */
const from = process.argv[2] ?? '../shared/reference/aws-models'

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'documentation' && key !== 'documentationUrl')
      .map(([key, v]) => [key, strip(v)])
  )
}

for (const service of ['appconfig', 'cloudwatch']) {
  const model = JSON.parse(
    readFileSync(path.join(from, `${service}-service-2.json`), 'utf8')
  ) as unknown
  const out = path.join('emulator', 'model', `${service}-service-2.json`)
  writeFileSync(out, `${JSON.stringify(strip(model))}\n`)
  console.log(`wrote ${out}`)
}
