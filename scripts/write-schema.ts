import { writeFileSync } from 'node:fs'
import { generateSchemaFiles } from './schema-codegen.js'

for (const [file, content] of Object.entries(generateSchemaFiles())) {
  writeFileSync(file, content)
  console.log(`wrote ${file} (${content.length} bytes)`)
}
