/** `kms-key-identifier`: one of the four shapes AWS KMS accepts for a key. */
import { InputError } from './input-error.js'

const KEY_ID =
  '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})'
const ALIAS = 'alias/[a-zA-Z0-9/_-]{1,250}'
const ARN_PREFIX = 'arn:aws(?:-[a-z]+)*:kms:[a-z]{2}(?:-[a-z]+)+-\\d:\\d{12}:'

/**
 * The shapes "KeyId" takes in the AWS KMS API reference (Encrypt, DescribeKey): a key ID
 * (`1234abcd-12ab-34cd-56ef-1234567890ab`, or `mrk-…` for a multi-Region key), a key ARN
 * (`arn:aws:kms:<region>:<account>:key/<key ID>`), an alias name (`alias/<name>`, the name of
 * letters, digits, `/`, `_` and `-`, at most 256 characters with the prefix) or an alias ARN
 * (`arn:aws:kms:<region>:<account>:alias/<name>`). StartDeployment's KmsKeyIdentifier is "the
 * KMS key identifier (key ID, key alias, or key ARN)" (AppConfig model, 1 to 2048 characters);
 * anything else would only fail after the hosted version was written.
 */
const SHAPES = new RegExp(
  `^(?:${KEY_ID}|${ARN_PREFIX}key/${KEY_ID}|${ALIAS}|${ARN_PREFIX}${ALIAS})$`
)

export function kmsKeyIdentifier(value: string): string | undefined {
  if (value === '') return undefined
  if (value.length > 2048 || !SHAPES.test(value)) {
    throw new InputError(
      'kms-key-identifier',
      `Input 'kms-key-identifier' has the value '${value.slice(0, 200)}', which is none of the shapes AWS KMS accepts: a key ID (1234abcd-12ab-34cd-56ef-1234567890ab), a key ARN (arn:aws:kms:eu-west-1:111122223333:key/<key ID>), an alias name (alias/my-key) or an alias ARN (arn:aws:kms:eu-west-1:111122223333:alias/my-key).`
    )
  }
  return value
}
