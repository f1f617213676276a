/**
 * The AWS.AppConfig.FeatureFlags JSON Schema (draft-07), as AppConfig publishes it
 * (appconfig-spec.md §1.2, source S1), with the published schema's no-op limits made real:
 * `maxItems: 32` variants and `maxItems: 100` enum entries (the published `maxLength` on arrays
 * does nothing). The "≤25 attribute values per flag value" limit cannot sit next to `$ref` in
 * draft-07; check-semantics.ts enforces it.
 *
 * `discriminator` picks the constraints branch by `type` so errors name the right branch; it
 * is an Ajv keyword (from OpenAPI) and is stripped from the copy written for editors.
 */

export const KEY_PATTERN = '^[a-z][a-zA-Z\\d_-]{0,63}$'
export const KEY_REGEX = new RegExp(KEY_PATTERN)

const constraintsOf = (kinds: string[]): Record<string, unknown> => ({
  type: 'object',
  discriminator: { propertyName: 'type' },
  required: ['type'],
  oneOf: kinds.map((kind) => ({ $ref: `#/definitions/${kind}Constraints` }))
})

export const featureFlagsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'AWS AppConfig feature flags (AWS.AppConfig.FeatureFlags, version 1)',
  $ref: '#/definitions/flagSetDefinition',
  definitions: {
    flagSetDefinition: {
      type: 'object',
      properties: {
        // Not AppConfig's: lets editors find this schema. The action strips it before upload.
        $schema: { type: 'string' },
        version: { $ref: '#/definitions/flagSchemaVersions' },
        flags: { $ref: '#/definitions/flagDefinitions' },
        values: { $ref: '#/definitions/flagValues' }
      },
      required: ['version'],
      additionalProperties: false
    },
    flagSchemaVersions: { type: 'string', enum: ['1'] },
    flagDefinitions: {
      type: 'object',
      patternProperties: {
        [KEY_PATTERN]: { $ref: '#/definitions/flagDefinition' }
      },
      additionalProperties: false
    },
    flagDefinition: {
      type: 'object',
      properties: {
        name: { $ref: '#/definitions/customerDefinedName' },
        description: { $ref: '#/definitions/customerDefinedDescription' },
        _createdAt: { type: 'string' },
        _updatedAt: { type: 'string' },
        _deprecation: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: ['planned'] },
            date: { type: 'string', format: 'date' }
          },
          additionalProperties: false
        },
        attributes: { $ref: '#/definitions/attributeDefinitions' }
      },
      additionalProperties: false
    },
    attributeDefinitions: {
      type: 'object',
      patternProperties: {
        [KEY_PATTERN]: { $ref: '#/definitions/attributeDefinition' }
      },
      maxProperties: 25,
      additionalProperties: false
    },
    attributeDefinition: {
      type: 'object',
      properties: {
        description: { $ref: '#/definitions/customerDefinedDescription' },
        constraints: constraintsOf(['number', 'string', 'array', 'bool'])
      },
      additionalProperties: false
    },
    numberConstraints: {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['number'] },
        required: { type: 'boolean' },
        minimum: { type: 'integer' },
        maximum: { type: 'integer' }
      },
      required: ['type'],
      additionalProperties: false
    },
    stringConstraints: {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['string'] },
        required: { type: 'boolean' },
        pattern: { type: 'string', maxLength: 1024 },
        enum: {
          type: 'array',
          maxItems: 100,
          items: {
            oneOf: [{ type: 'string', maxLength: 1024 }, { type: 'integer' }]
          }
        }
      },
      required: ['type'],
      not: { required: ['pattern', 'enum'] },
      additionalProperties: false
    },
    arrayConstraints: {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['array'] },
        required: { type: 'boolean' },
        elements: { $ref: '#/definitions/elementConstraints' }
      },
      required: ['type'],
      additionalProperties: false
    },
    boolConstraints: {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['boolean'] },
        required: { type: 'boolean' }
      },
      required: ['type'],
      additionalProperties: false
    },
    elementConstraints: constraintsOf(['number', 'string']),
    flagValues: {
      type: 'object',
      patternProperties: {
        [KEY_PATTERN]: { $ref: '#/definitions/flagValue' }
      },
      additionalProperties: false
    },
    flagValue: {
      type: 'object',
      properties: {
        enabled: { type: 'boolean' },
        _createdAt: { type: 'string' },
        _updatedAt: { type: 'string' },
        _variants: {
          type: 'array',
          maxItems: 32,
          items: { $ref: '#/definitions/variant' }
        }
      },
      patternProperties: {
        [KEY_PATTERN]: { $ref: '#/definitions/attributeValue' }
      },
      additionalProperties: false
    },
    attributeValue: {
      oneOf: [
        { type: 'string', maxLength: 1024 },
        { type: 'number' },
        { type: 'boolean' },
        {
          type: 'array',
          oneOf: [
            { items: { type: 'string', maxLength: 1024 } },
            { items: { type: 'number' } }
          ]
        }
      ]
    },
    variant: {
      type: 'object',
      properties: {
        enabled: { type: 'boolean' },
        name: { $ref: '#/definitions/customerDefinedName' },
        rule: { type: 'string', maxLength: 16384 },
        attributeValues: {
          type: 'object',
          patternProperties: {
            [KEY_PATTERN]: { $ref: '#/definitions/attributeValue' }
          },
          maxProperties: 25,
          additionalProperties: false
        }
      },
      required: ['name', 'enabled'],
      additionalProperties: false
    },
    customerDefinedName: { type: 'string', pattern: '^[^\\n]{1,64}$' },
    customerDefinedDescription: { type: 'string', maxLength: 1024 }
  }
} as const

/** The schema as editors should see it: standard draft-07, without Ajv's discriminator. */
export function editorSchema(): unknown {
  return JSON.parse(
    JSON.stringify(featureFlagsSchema),
    (key, value: unknown) => (key === 'discriminator' ? undefined : value)
  ) as unknown
}
