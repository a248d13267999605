/**
 * Filter template values (`expr_template_values` of Search, Query and Delete) decoded from
 * their wire form (`schema.TemplateValue`) into the literals a `{name}` placeholder stands
 * for: int64 text becomes a number (bigint beyond 2^53), lists keep their element kind, JSON
 * elements are parsed.
 */
import type { TemplateArrayValue__Output } from '../../protocol/generated/milvus/proto/schema/TemplateArrayValue.js';
import type { TemplateValue__Output } from '../../protocol/generated/milvus/proto/schema/TemplateValue.js';
import type { Literal, TemplateValues } from './expression.js';
import { fail } from './status.js';

/** An int64 as the parser reads integer literals: a number while exact, bigint beyond. */
function integer(text: string): number | bigint {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : BigInt(text);
}

function jsonElement(name: string, bytes: Buffer): Literal {
  try {
    return JSON.parse(bytes.toString()) as Literal;
  } catch {
    return fail('parameterInvalid', `the JSON value of expression template variable {${name}} is not valid JSON`);
  }
}

function arrayValue(name: string, array: TemplateArrayValue__Output): Literal[] {
  switch (array.data) {
    case 'bool_data':
      return array.bool_data?.data ?? [];
    case 'long_data':
      return (array.long_data?.data ?? []).map(integer);
    case 'double_data':
      return array.double_data?.data ?? [];
    case 'string_data':
      return array.string_data?.data ?? [];
    case 'array_data':
      return (array.array_data?.data ?? []).map((inner) => arrayValue(name, inner));
    case 'json_data':
      return (array.json_data?.data ?? []).map((bytes) => jsonElement(name, bytes));
    default:
      return [];
  }
}

function templateValue(name: string, value: TemplateValue__Output): Literal {
  switch (value.val) {
    case 'bool_val':
      return value.bool_val ?? false;
    case 'int64_val':
      return integer(value.int64_val ?? '0');
    case 'float_val':
      return value.float_val ?? 0;
    case 'string_val':
      return value.string_val ?? '';
    case 'array_val':
      return value.array_val === null || value.array_val === undefined ? [] : arrayValue(name, value.array_val);
    default:
      return fail('parameterInvalid', `the type of expression template variable {${name}} is not supported by the milvex test server`);
  }
}

/** The template values of a request, by name. */
export function templateValues(values: Readonly<Record<string, TemplateValue__Output>> | undefined): TemplateValues {
  return Object.fromEntries(Object.entries(values ?? {}).map(([name, value]) => [name, templateValue(name, value)]));
}
