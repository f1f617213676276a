import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseDocument } from 'yaml'

/**
 * `npm run lint:cfn -- <template.yaml>`: a CloudFormation template linted against the AWS
 * resource specification that @aws-cdk/aws-service-spec ships (the CloudFormation registry
 * schemas AWS CDK generates its L1 classes from). cfn-lint is the usual tool but comes from
 * PyPI, which this project's machines cannot reach; this checks the part of cfn-lint's work a
 * template of plain resources needs: known top-level sections and resource types, no unknown
 * and no missing required properties, property values of the type the spec gives (through
 * nested property types, lists and maps), and every Ref, Fn::GetAtt and Fn::Sub reference
 * naming a parameter, pseudo parameter, resource or attribute that exists.
 */

interface Db {
  lookup(
    table: 'resource',
    index: 'cloudFormationType',
    op: 'equals',
    value: string
  ): SpecResource[]
  get(table: 'typeDefinition', id: string): { properties: Props }
}
interface SpecType {
  type: string
  element?: SpecType
  types?: SpecType[]
  reference?: { $ref: string }
}
type Props = Record<string, { type: SpecType; required?: boolean }>
interface SpecResource {
  properties: Props
  attributes: Record<string, unknown>
}

const SECTIONS = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs'
])
const RESOURCE_KEYS = new Set([
  'Type',
  'Properties',
  'DependsOn',
  'Condition',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'UpdatePolicy',
  'CreationPolicy',
  'Metadata'
])
const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix'
])

type Json = Record<string, unknown>
const isRecord = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** Problems of a template (parsed), each naming where it is; empty when it lints clean. */
export function lintTemplate(template: unknown, db: Db): string[] {
  const problems: string[] = []
  if (!isRecord(template)) return ['the template is not a mapping']
  for (const key of Object.keys(template))
    if (!SECTIONS.has(key)) problems.push(`unknown top-level section ${key}`)
  const parameters = isRecord(template.Parameters) ? template.Parameters : {}
  const resources = isRecord(template.Resources) ? template.Resources : {}
  if (Object.keys(resources).length === 0)
    problems.push('Resources: a template needs at least one resource')
  const specs = new Map<string, SpecResource>()
  for (const [name, resource] of Object.entries(resources)) {
    if (!isRecord(resource) || typeof resource.Type !== 'string') {
      problems.push(`Resources.${name}: needs a Type`)
      continue
    }
    const [spec] = db.lookup(
      'resource',
      'cloudFormationType',
      'equals',
      resource.Type
    )
    if (spec === undefined) {
      problems.push(`Resources.${name}: unknown resource type ${resource.Type}`)
      continue
    }
    specs.set(name, spec)
  }

  const refs = (value: unknown, where: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => refs(v, `${where}[${i}]`))
      return
    }
    if (!isRecord(value)) return
    const keys = Object.keys(value)
    if (keys.length === 1 && keys[0] === 'Ref') {
      const target = value.Ref
      if (
        typeof target !== 'string' ||
        !(target in parameters || target in resources || PSEUDO.has(target))
      )
        problems.push(`${where}: Ref to unknown ${String(target)}`)
      return
    }
    if (keys.length === 1 && keys[0] === 'Fn::GetAtt') {
      const arg = value['Fn::GetAtt']
      const [logical, attribute] =
        typeof arg === 'string' ? arg.split('.') : (arg as unknown[])
      checkAttribute(String(logical), String(attribute), where)
      return
    }
    if (keys.length === 1 && keys[0] === 'Fn::Sub') {
      const arg = value['Fn::Sub']
      const text: unknown = Array.isArray(arg) ? (arg as unknown[])[0] : arg
      const locals: Json = Array.isArray(arg) && isRecord(arg[1]) ? arg[1] : {}
      if (typeof text !== 'string') {
        problems.push(`${where}: Fn::Sub needs a string`)
        return
      }
      for (const [, name] of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
        const ref = name!
        if (ref in locals || PSEUDO.has(ref) || ref in parameters) continue
        if (ref in resources) continue
        const dot = ref.indexOf('.')
        if (dot > 0)
          checkAttribute(ref.slice(0, dot), ref.slice(dot + 1), where)
        else problems.push(`${where}: Fn::Sub names unknown \${${ref}}`)
      }
      return
    }
    for (const [k, v] of Object.entries(value)) refs(v, `${where}.${k}`)
  }
  const checkAttribute = (
    logical: string,
    attribute: string,
    where: string
  ): void => {
    const spec = specs.get(logical)
    if (spec === undefined)
      problems.push(`${where}: Fn::GetAtt of unknown resource ${logical}`)
    else if (!(attribute in spec.attributes))
      problems.push(
        `${where}: ${logical} has no attribute ${attribute} (it has ${Object.keys(spec.attributes).join(', ') || 'none'})`
      )
  }

  for (const [name, resource] of Object.entries(resources)) {
    const spec = specs.get(name)
    if (spec === undefined || !isRecord(resource)) continue
    for (const key of Object.keys(resource))
      if (!RESOURCE_KEYS.has(key))
        problems.push(`Resources.${name}: unknown attribute ${key}`)
    const properties = resource.Properties ?? {}
    checkProperties(
      db,
      spec.properties,
      properties,
      `Resources.${name}.Properties`,
      problems
    )
    refs(properties, `Resources.${name}.Properties`)
  }
  if (isRecord(template.Outputs))
    for (const [name, output] of Object.entries(template.Outputs)) {
      if (!isRecord(output) || output.Value === undefined)
        problems.push(`Outputs.${name}: needs a Value`)
      refs(output, `Outputs.${name}`)
    }
  return problems
}

function isIntrinsic(value: unknown): boolean {
  if (!isRecord(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'))
}

function checkProperties(
  db: Db,
  spec: Props,
  value: unknown,
  where: string,
  problems: string[]
): void {
  if (isIntrinsic(value)) return
  if (!isRecord(value)) {
    problems.push(`${where}: must be a mapping`)
    return
  }
  for (const [name, property] of Object.entries(spec))
    if (property.required === true && value[name] === undefined)
      problems.push(`${where}: missing required property ${name}`)
  for (const [name, v] of Object.entries(value)) {
    const property = spec[name]
    if (property === undefined) {
      problems.push(`${where}: unknown property ${name}`)
      continue
    }
    checkType(db, property.type, v, `${where}.${name}`, problems)
  }
}

function checkType(
  db: Db,
  type: SpecType,
  value: unknown,
  where: string,
  problems: string[]
): void {
  if (isIntrinsic(value)) return
  const fail = (what: string): void => {
    problems.push(`${where}: must be ${what}, got ${JSON.stringify(value)}`)
  }
  switch (type.type) {
    case 'string':
      // CloudFormation turns scalars into strings, so a number or boolean is accepted too.
      if (!['string', 'number', 'boolean'].includes(typeof value))
        fail('a string')
      return
    case 'integer':
    case 'number':
      if (
        typeof value !== 'number' &&
        !(typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
      )
        fail('a number')
      else if (type.type === 'integer' && !Number.isInteger(Number(value)))
        fail('an integer')
      return
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false')
        fail('a boolean')
      return
    case 'array':
      if (!Array.isArray(value)) return fail('a list')
      value.forEach((item, i) =>
        checkType(db, type.element!, item, `${where}[${i}]`, problems)
      )
      return
    case 'map':
      if (!isRecord(value)) return fail('a mapping')
      for (const [k, v] of Object.entries(value))
        checkType(db, type.element!, v, `${where}.${k}`, problems)
      return
    case 'ref': {
      const definition = db.get('typeDefinition', type.reference!.$ref)
      checkProperties(db, definition.properties, value, where, problems)
      return
    }
    case 'union': {
      // Accepted when one alternative accepts it.
      const attempts = (type.types ?? []).map((t) => {
        const found: string[] = []
        checkType(db, t, value, where, found)
        return found
      })
      const best = attempts.find((a) => a.length === 0)
      if (best === undefined) problems.push(...(attempts[0] ?? []))
      return
    }
    default:
      return // json, date-time, tag: anything
  }
}

/** Loads the resource specification (a 4 s read of @aws-cdk/aws-service-spec's database). */
export async function loadSpec(): Promise<Db> {
  const { loadAwsServiceSpec } = await import('@aws-cdk/aws-service-spec')
  return (await loadAwsServiceSpec()) as unknown as Db
}

/** Parses a YAML template; CloudFormation's short-form tags (!Ref …) are not supported. */
export function parseTemplate(text: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true })
  if (document.errors.length > 0)
    throw new Error(document.errors.map((e) => e.message).join('; '))
  return document.toJS()
}

async function main(): Promise<void> {
  const files = process.argv.slice(2)
  if (files.length === 0) throw new Error('usage: lint-cfn <template.yaml>…')
  const db = await loadSpec()
  let failed = false
  for (const file of files) {
    const problems = lintTemplate(parseTemplate(readFileSync(file, 'utf8')), db)
    for (const problem of problems) console.error(`${file}: ${problem}`)
    if (problems.length === 0) console.log(`${file}: lints clean`)
    failed ||= problems.length > 0
  }
  if (failed) process.exitCode = 1
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  })
