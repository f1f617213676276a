/**
 * The README's input and output tables are generated from action.yml, so they cannot drift:
 * `npm run readme` rewrites them between their markers; __tests__/readme.test.ts fails when
 * they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'

interface ActionYml {
  inputs: Record<
    string,
    { description: string; required?: boolean; default?: string }
  >
  outputs: Record<string, { description: string }>
}

const cell = (text: string): string =>
  text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

export function renderTables(actionYml: string): {
  inputs: string
  outputs: string
} {
  const action = parse(actionYml) as ActionYml
  const inputs = [
    '| input | required | default | description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(action.inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${i.default ? `\`${i.default}\`` : ''} | ${cell(i.description)} |`
    )
  ].join('\n')
  const outputs = [
    '| output | description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(
      ([name, o]) => `| \`${name}\` | ${cell(o.description)} |`
    )
  ].join('\n')
  return { inputs, outputs }
}

/**
 * The README with both tables replaced between `<!-- inputs -->` / `<!-- outputs -->` markers,
 * formatted by Prettier as `npm run format:check` expects.
 */
export async function updateReadme(
  readme: string,
  actionYml: string
): Promise<string> {
  const tables = renderTables(actionYml)
  let result = readme
  for (const name of ['inputs', 'outputs'] as const) {
    const pattern = new RegExp(
      `(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`
    )
    if (!pattern.test(result))
      throw new Error(`README.md has no <!-- ${name}:start/end --> markers`)
    result = result.replace(pattern, `$1${tables[name]}$2`)
  }
  const options = (await resolveConfig('README.md')) ?? {}
  return format(result, { ...options, parser: 'markdown' })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(
    'README.md',
    await updateReadme(
      readFileSync('README.md', 'utf8'),
      readFileSync('action.yml', 'utf8')
    )
  )
  console.log('README.md tables updated from action.yml')
}
