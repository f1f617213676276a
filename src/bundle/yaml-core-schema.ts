type JsYaml = (typeof import('js-yaml'))['default']
let coreSchema: import('js-yaml').Schema | undefined

/**
 * The YAML 1.2 core schema, as `yaml` reads it, for js-yaml: js-yaml's own CORE_SCHEMA also
 * reads `0b11` and `1_000` as numbers, which YAML 1.2 (and `yaml`) read as strings.
 */
export function yamlCoreSchema(jsYaml: JsYaml): import('js-yaml').Schema {
  const scalar = (
    tag: string,
    resolve: (data: string) => boolean,
    construct: (data: string) => unknown
  ) =>
    new jsYaml.Type(`tag:yaml.org,2002:${tag}`, {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && resolve(data),
      construct: (data: string) => construct(data)
    })
  coreSchema ??= jsYaml.FAILSAFE_SCHEMA.extend({
    implicit: [
      scalar(
        'null',
        (d) => /^(?:~|null|Null|NULL)?$/.test(d),
        () => null
      ),
      scalar(
        'bool',
        (d) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(d),
        (d) => /^t/i.test(d)
      ),
      scalar(
        'int',
        (d) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(d),
        (d) =>
          d.startsWith('0o')
            ? parseInt(d.slice(2), 8)
            : d.startsWith('0x')
              ? parseInt(d.slice(2), 16)
              : parseInt(d, 10)
      ),
      scalar(
        'float',
        (d) =>
          /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(
            d
          ),
        (d) =>
          /inf$/i.test(d)
            ? d.startsWith('-')
              ? -Infinity
              : Infinity
            : /nan$/i.test(d)
              ? NaN
              : Number(d)
      )
    ]
  })
  return coreSchema
}
