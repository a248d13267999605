/**
 * Milvus's rules for the names of databases, collections, aliases, partitions and fields, with
 * the messages and merr codes its proxy answers for each kind (`validateCollectionNameOrAlias`,
 * `ValidateDatabaseName`, `validatePartitionTag`, `validateFieldName`): a letter or `_` first
 * (a partition may also start with a digit), then letters, digits and `_` (a partition also
 * `-`), at most 255 bytes.
 */
import { fail } from './status.js';

/** Milvus's `proxy.maxNameLength`. */
const MAX_NAME_LENGTH = 255;

/** What a name names. */
export type NameKind = 'database' | 'collection' | 'alias' | 'partition' | 'field';

const letter = (char: string): boolean => /^[A-Za-z]$/.test(char);
const digit = (char: string): boolean => /^[0-9]$/.test(char);

/** The first rule a name breaks: empty, too long, its first character, another character. */
function broken(name: string, first: (char: string) => boolean, rest: (char: string) => boolean): 'empty' | 'long' | 'first' | 'rest' | undefined {
  if (name === '') return 'empty';
  if (Buffer.byteLength(name) > MAX_NAME_LENGTH) return 'long';
  if (!first(name[0] as string)) return 'first';
  return [...name.slice(1)].every(rest) ? undefined : 'rest';
}

/**
 * Checks a name as Milvus does.
 *
 * @throws MilvusFailure 1100 (802 for databases, 1701 for fields) in Milvus's words
 */
export function checkName(kind: NameKind, name: string): void {
  const usual = (char: string): boolean => char === '_' || letter(char) || digit(char);
  const start = (char: string): boolean => char === '_' || letter(char);
  if (kind === 'partition') {
    const trimmed = name.trim();
    const problem = broken(
      trimmed,
      (char) => start(char) || digit(char),
      (char) => usual(char) || char === '-',
    );
    const invalid = `Invalid partition name: ${trimmed}. `;
    if (problem === 'empty') fail('parameterInvalid', `${invalid}Partition name should not be empty.`);
    if (problem === 'long') fail('parameterInvalid', `${invalid}The length of a partition name must be less than ${MAX_NAME_LENGTH} characters.`);
    if (problem === 'first') fail('parameterInvalid', `${invalid}The first character of a partition name must be an underscore or letter.`);
    if (problem === 'rest') fail('parameterInvalid', `${invalid}Partition name can only contain numbers, letters and underscores.`);
    return;
  }
  const problem = broken(kind === 'field' ? name.trim() : name, start, usual);
  if (problem === undefined) return;
  if (kind === 'database') {
    const database = { database: name };
    if (problem === 'empty') fail('databaseInvalidName', "database name couldn't be empty", database);
    if (problem === 'long') fail('databaseInvalidName', `the length of a database name must be less than ${MAX_NAME_LENGTH} characters`, database);
    if (problem === 'first') fail('databaseInvalidName', 'the first character of a database name must be an underscore or letter', database);
    fail('databaseInvalidName', 'database name can only contain numbers, letters and underscores', database);
  }
  if (kind === 'field') {
    const field = { field: name.trim() };
    const invalid = `Invalid field name: ${name.trim()}. `;
    if (problem === 'empty') fail('fieldInvalidName', 'field name should not be empty', field);
    if (problem === 'long') fail('fieldInvalidName', `${invalid}The length of a field name must be less than ${MAX_NAME_LENGTH} characters.`, field);
    if (problem === 'first') fail('fieldInvalidName', `${invalid}The first character of a field name must be an underscore or letter.`, field);
    fail('fieldInvalidName', `${invalid}Field name can only contain numbers, letters, and underscores.`, field);
  }
  const entity = kind === 'collection' ? 'name' : 'alias';
  // Milvus's own format puts a space after its "Invalid ...: x. " prefix, hence the two spaces.
  const invalid = `Invalid collection ${entity}: ${name}. `;
  if (problem === 'empty') fail('parameterInvalid', `collection ${entity} should not be empty`);
  if (problem === 'long') fail('parameterInvalid', `${invalid} the length of a collection ${entity} must be less than ${MAX_NAME_LENGTH} characters`);
  if (problem === 'first') fail('parameterInvalid', `${invalid} the first character of a collection ${entity} must be an underscore or letter`);
  fail('parameterInvalid', `${invalid} collection ${entity} can only contain numbers, letters and underscores`);
}
