// Types for the generated standalone Ajv validator (see scripts/schema-codegen.ts).
import type { ErrorObject } from 'ajv'

declare const validate: ((data: unknown) => boolean) & {
  errors?: ErrorObject[] | null
}
export default validate
