/**
 * `schema()`: a collection's fields declared once, checked at once, and the source of the
 * row types (`rows.ts`), of the `CollectionSchema` sent to Milvus, and of the comparison with
 * what a server says a collection holds.
 */
import { InvalidError } from '../errors.js';
import type { CollectionSchema } from '../protocol/codec.js';
import type { CollectionSchema__Output } from '../protocol/generated/milvus/proto/schema/CollectionSchema.js';
import type { FieldSchema, FieldSchema__Output } from '../protocol/generated/milvus/proto/schema/FieldSchema.js';
import type { DataType__Output } from '../protocol/generated/milvus/proto/schema/DataType.js';
import type { ValueField } from '../protocol/generated/milvus/proto/schema/ValueField.js';
import { type Field, type FieldKind, KIND_OF_DATA_TYPE, field as fieldBuilders, isVectorKind } from './fields.js';

/** The fields of a schema, by name. */
export type Fields = Readonly<Record<string, Field>>;

/** Options of `schema()`. */
export interface SchemaOptions<D extends boolean = boolean> {
  /** Keys of a row that are not fields go to the hidden JSON field `$meta`. @default false */
  readonly dynamicField?: D;
  /** Stored with the collection. */
  readonly description?: string;
}

/**
 * A collection's declared fields, made by {@link schema}.
 *
 * @typeParam F - the fields by name
 * @typeParam D - whether the dynamic field is on
 */
export interface Schema<F extends Fields = Fields, D extends boolean = boolean> {
  /** The fields by name, as declared. */
  readonly fields: F;
  /** Whether keys of a row that are not fields go to `$meta`. */
  readonly dynamicField: D;
  /** The collection description. */
  readonly description: string;
  /** The primary key's name (`PrimaryKeyOf` has it as a type). */
  readonly primaryKey: string;
  /** Every field name, in declaration order. */
  readonly names: readonly string[];
}

/** A schema of fields unknown until read from the server (`conn.collection(name)`). */
export type UntypedSchema = Schema<Fields, boolean>;

/** The name Milvus gives the hidden JSON field that holds the dynamic keys. */
export const DYNAMIC_FIELD = '$meta';

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;

/**
 * Declares a collection's fields.
 *
 * ## Example
 * ```ts
 * const Docs = schema({
 *   id: field.int64({ primaryKey: true }),
 *   embedding: field.floatVector({ dim: 384 }),
 *   title: field.varchar({ maxLength: 200 }),
 * });
 * console.log(Docs.primaryKey, Docs.names);
 * // Output: id [ 'id', 'embedding', 'title' ]
 * ```
 *
 * @param fields - the fields by name, made by `field.*`
 * @param options - the dynamic field, a description
 * @returns the schema
 * @throws InvalidError for a bad name, no or several primary keys, no vector field, a bad option
 */
export function schema<const F extends Fields, const D extends boolean = false>(fields: F, options: SchemaOptions<D> = {}): Schema<F, D> {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new InvalidError(
      'fields',
      'Invalid argument "fields" of schema(): expected an object of fields by name, such as { id: field.int64({ primaryKey: true }) }',
    );
  }
  for (const key of Object.keys(options)) {
    if (key !== 'dynamicField' && key !== 'description')
      throw new InvalidError(key, `Invalid option "${key}" of schema(): expected dynamicField or description`);
  }
  const names = Object.keys(fields);
  for (const name of names) {
    const candidate = fields[name] as Partial<Field> | undefined;
    if (!FIELD_NAME.test(name)) {
      throw new InvalidError(name, `Invalid field name "${name}": expected a letter or _ and then letters, digits or _, at most 255`);
    }
    if (typeof candidate?.kind !== 'string' || typeof candidate.dataType !== 'number') {
      throw new InvalidError(name, `Invalid field "${name}": expected a field made by field.*(), such as field.int64()`);
    }
  }
  const primary = names.filter((name) => fields[name]?.primaryKey === true);
  if (primary.length !== 1) {
    throw new InvalidError(
      'primaryKey',
      `Invalid schema: expected exactly one primary key (field.int64({ primaryKey: true }) or field.varchar({ maxLength, primaryKey: true })), got ${primary.length === 0 ? 'none' : primary.join(', ')}`,
    );
  }
  const [primaryKey] = primary as [string];
  const kind = fields[primaryKey]?.kind;
  if (kind !== 'int64' && kind !== 'varchar')
    throw new InvalidError(primaryKey, `Invalid primary key "${primaryKey}": expected an int64 or varchar field, got ${kind}`);
  if (!names.some((name) => isVectorKind((fields[name] as Field).kind))) {
    throw new InvalidError('fields', 'Invalid schema: Milvus needs at least one vector field, such as field.floatVector({ dim })');
  }
  const partitionKeys = names.filter((name) => fields[name]?.partitionKey === true);
  if (partitionKeys.length > 1) throw new InvalidError('partitionKey', `Invalid schema: at most one partition key, got ${partitionKeys.join(', ')}`);
  const { dynamicField, description } = options;
  if (dynamicField !== undefined && typeof dynamicField !== 'boolean')
    throw new InvalidError('dynamicField', 'Invalid option "dynamicField" of schema(): expected true or false');
  if (description !== undefined && typeof description !== 'string')
    throw new InvalidError('description', 'Invalid option "description" of schema(): expected a string');
  return Object.freeze({
    fields: Object.freeze({ ...fields }),
    dynamicField: (dynamicField ?? false) as D,
    description: description ?? '',
    primaryKey,
    names: Object.freeze(names),
  });
}

/** A default value as `schema.ValueField`. */
function valueField(field: Field): ValueField | undefined {
  const value = field.defaultValue;
  if (value === undefined) return undefined;
  switch (field.kind) {
    case 'bool':
      return { bool_data: value as boolean };
    case 'int8':
    case 'int16':
    case 'int32':
      return { int_data: value as number };
    case 'int64':
      return { long_data: (value as number | bigint).toString() };
    case 'float':
      return { float_data: value as number };
    case 'double':
      return { double_data: value as number };
    case 'varchar':
      return { string_data: value as string };
    case 'json':
      return { bytes_data: Buffer.from(JSON.stringify(value)) };
    default:
      return undefined;
  }
}

/** The `type_params` of a field: what Milvus reads its shape from. */
function typeParams(field: Field): Array<{ key: string; value: string }> {
  const params: Array<{ key: string; value: string }> = [];
  if (field.dim > 0) params.push({ key: 'dim', value: String(field.dim) });
  if (field.maxLength > 0) params.push({ key: 'max_length', value: String(field.maxLength) });
  if (field.maxCapacity > 0) params.push({ key: 'max_capacity', value: String(field.maxCapacity) });
  if (field.element !== undefined && field.element.maxLength > 0) params.push({ key: 'max_length', value: String(field.element.maxLength) });
  return params;
}

/**
 * The `CollectionSchema` message of a schema, as `CreateCollection` sends it.
 *
 * @param name - the collection name
 * @param declared - the schema
 * @returns the message
 */
export function collectionSchemaMessage(name: string, declared: Schema): CollectionSchema {
  const fields: FieldSchema[] = declared.names.map((fieldName) => {
    const spec = declared.fields[fieldName] as Field;
    const defaultValue = valueField(spec);
    return {
      name: fieldName,
      description: spec.description,
      data_type: spec.dataType as DataType__Output,
      is_primary_key: spec.primaryKey,
      autoID: spec.autoId,
      is_partition_key: spec.partitionKey,
      nullable: spec.nullable,
      type_params: typeParams(spec),
      ...(spec.element === undefined ? {} : { element_type: spec.element.dataType as DataType__Output }),
      ...(defaultValue === undefined ? {} : { default_value: defaultValue }),
    };
  });
  return { name, description: declared.description, fields, enable_dynamic_field: declared.dynamicField };
}

function param(field: FieldSchema__Output, key: string): number {
  const value = field.type_params.find((pair) => pair.key === key)?.value;
  return value === undefined ? 0 : Number(value);
}

/** A field of the server's schema as a `Field`, or `undefined` for a type this library does not read. */
function fieldOf(message: FieldSchema__Output): Field | undefined {
  const kind = KIND_OF_DATA_TYPE.get(message.data_type);
  if (kind === undefined) return undefined;
  const keyOptions = { primaryKey: message.is_primary_key, autoId: message.autoID, partitionKey: message.is_partition_key };
  const nullable = message.nullable ? { nullable: true } : {};
  const options: Record<FieldKind, () => Field> = {
    bool: () => fieldBuilders.bool(nullable),
    int8: () => fieldBuilders.int8(nullable),
    int16: () => fieldBuilders.int16(nullable),
    int32: () => fieldBuilders.int32(nullable),
    int64: () => fieldBuilders.int64({ ...nullable, ...keyOptions }),
    float: () => fieldBuilders.float(nullable),
    double: () => fieldBuilders.double(nullable),
    varchar: () => fieldBuilders.varchar({ ...nullable, ...keyOptions, maxLength: param(message, 'max_length') }),
    json: () => fieldBuilders.json(nullable),
    array: () => {
      const elementKind = KIND_OF_DATA_TYPE.get(message.element_type);
      const element =
        elementKind === 'varchar'
          ? fieldBuilders.varchar({ maxLength: param(message, 'max_length') })
          : (fieldBuilders[(elementKind ?? 'int32') as 'int32'] as () => Field)();
      return fieldBuilders.array(element as Parameters<typeof fieldBuilders.array>[0], { ...nullable, maxCapacity: param(message, 'max_capacity') });
    },
    floatVector: () => fieldBuilders.floatVector({ dim: param(message, 'dim') }),
    binaryVector: () => fieldBuilders.binaryVector({ dim: param(message, 'dim') }),
    float16Vector: () => fieldBuilders.float16Vector({ dim: param(message, 'dim') }),
    bfloat16Vector: () => fieldBuilders.bfloat16Vector({ dim: param(message, 'dim') }),
    sparseFloatVector: () => fieldBuilders.sparseFloatVector(),
  };
  // A server's default value is kept as a flag only: rows may leave the field out.
  const built = options[kind]();
  return message.default_value === null ? built : Object.freeze({ ...built, defaultValue: true });
}

/**
 * The schema a server describes (`DescribeCollection`), as an untyped {@link Schema}.
 *
 * @param message - the described schema
 * @returns the schema; fields of types this library does not read are left out
 */
export function schemaFromServer(message: CollectionSchema__Output): UntypedSchema {
  const fields: Record<string, Field> = {};
  for (const described of message.fields) {
    if (described.is_dynamic || described.name === DYNAMIC_FIELD) continue;
    const built = fieldOf(described);
    if (built !== undefined) fields[described.name] = built;
  }
  return schema(fields, { dynamicField: message.enable_dynamic_field, description: message.description });
}

/** A field's shape in words, for the mismatch message. */
function shape(field: Field | undefined): string {
  if (field === undefined) return 'no such field';
  const parts: string[] = [field.kind];
  if (field.dim > 0) parts.push(`dim ${field.dim}`);
  if (field.maxLength > 0) parts.push(`maxLength ${field.maxLength}`);
  if (field.element !== undefined) parts.push(`of ${shape(field.element)}`);
  if (field.maxCapacity > 0) parts.push(`maxCapacity ${field.maxCapacity}`);
  if (field.primaryKey) parts.push('primary key');
  if (field.autoId) parts.push('autoId');
  if (field.nullable) parts.push('nullable');
  return parts.join(', ');
}

/**
 * Compares a declared schema with the one a server describes; throws at the first field they
 * disagree on, naming both sides.
 *
 * @param collection - the collection name, for the message
 * @param declared - the schema the caller declared
 * @param server - the schema the server describes
 * @throws InvalidError naming the field, the declared shape and the server's
 */
export function checkSameSchema(collection: string, declared: Schema, server: UntypedSchema): void {
  const names = new Set([...declared.names, ...server.names]);
  for (const name of names) {
    const mine = declared.fields[name];
    const theirs = server.fields[name];
    if (shape(mine) !== shape(theirs)) {
      throw new InvalidError(
        name,
        `Collection "${collection}" does not match its declared schema: field "${name}" is declared as ${shape(mine)}, but the server has ${shape(theirs)}`,
      );
    }
  }
  if (declared.dynamicField !== server.dynamicField) {
    throw new InvalidError(
      'dynamicField',
      `Collection "${collection}" does not match its declared schema: dynamicField is declared ${declared.dynamicField}, but the server has ${server.dynamicField}`,
    );
  }
}
