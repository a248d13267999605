/**
 * Turns a filter expression into a row predicate for one schema: names are resolved once
 * (a schema field, a JSON path into one, an index into an Array field, or a key of the
 * dynamic field), literals are type-checked against the fields they meet, and the result is
 * a plain closure so a search over many rows pays only for the comparisons.
 *
 * Milvus's rules kept here (as milvus-lite answers them): a comparison, `like` or bare boolean
 * that meets a null, a missing JSON key or an index past the end is unknown, and `not` of
 * unknown is still unknown, so such a row matches neither `x > 1` nor `not (x > 1)`; `in`,
 * `exists`, `is null` and the contains functions answer plainly (`x not in [...]` keeps a
 * null `x`). An unknown name is an error unless the dynamic field is on; numbers and strings
 * do not compare with each other on typed fields.
 */
import {
  type ArithOp,
  type CompareOp,
  type Expr,
  ExpressionError,
  type Literal,
  type Operand,
  type Ref,
  type TemplateValues,
  parseExpression,
} from './expression.js';
import { tokenize } from './bm25.js';
import { DYNAMIC_FIELD, type Field, type Json, type Scalar, type Schema, param, typeName } from './schema.js';
import { fail } from './status.js';
import { DataType } from './wire.js';

/** The scalar values of one stored row, by field name (`$meta` holds the dynamic keys). */
export type RowValues = Readonly<Record<string, Scalar | null | undefined>>;

/** Whether a row matches. */
export type Predicate = (row: RowValues) => boolean;

/** A test of three values: true, false, or undefined for unknown (a null met on the way). */
type Test = (row: RowValues) => boolean | undefined;

type Value = Scalar | Literal | null | undefined;
type Getter = (row: RowValues) => Value;

const NUMERIC = new Set<number>([DataType.Int8, DataType.Int16, DataType.Int32, DataType.Int64, DataType.Float, DataType.Double]);

/** Follows a JSON path (or Array index); undefined when a step is missing. */
function walk(value: Value, path: ReadonlyArray<string | number>): Value {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current)
      ? typeof step === 'number'
        ? (current as readonly Value[])[step]
        : undefined
      : (current as Record<string, Json>)[String(step)];
  }
  return current;
}

const isNumber = (value: Value): value is number | bigint => typeof value === 'number' || typeof value === 'bigint';

/** -1, 0 or 1, or undefined when the values do not compare (different kinds, null, missing, lists). */
function compare(a: Value, b: Value): number | undefined {
  if (isNumber(a) && isNumber(b)) {
    // Int64 values are bigint; an integral number compares exactly as bigint, a fraction as number.
    if (typeof a !== typeof b) {
      const fraction = (typeof a === 'number' && !Number.isInteger(a)) || (typeof b === 'number' && !Number.isInteger(b));
      [a, b] = fraction ? [Number(a), Number(b)] : [BigInt(a), BigInt(b)];
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  return undefined;
}

/** Whether two values are equal, lists and objects element by element (for the contains functions). */
function same(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item as Value, b[i] as Value));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const [left, right] = [a as Record<string, Value>, b as Record<string, Value>];
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => key in right && same(left[key], right[key]));
  }
  return compare(a, b) === 0;
}

const TESTS: Readonly<Record<CompareOp, (order: number) => boolean>> = {
  '==': (order) => order === 0,
  '!=': (order) => order !== 0,
  '<': (order) => order < 0,
  '<=': (order) => order <= 0,
  '>': (order) => order > 0,
  '>=': (order) => order >= 0,
};

/** A `like` pattern as an anchored regular expression: `%` any run, `_` any one character. */
function likeRegExp(pattern: string): RegExp {
  const body = [...pattern].map((char) => (char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 's');
}

function literalKind(value: Literal): string {
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'object') return 'JSON';
  if (typeof value === 'string') return 'VarChar';
  if (typeof value === 'boolean') return 'Bool';
  return Number.isInteger(value) || typeof value === 'bigint' ? 'Int64' : 'Double';
}

/** A literal as an error message shows it (JSON, with bigint digits as they were written). */
function shown(value: Literal): string {
  return JSON.stringify(value, (_, item: unknown) => (typeof item === 'bigint' ? item.toString() : item));
}

const missing = (value: Value): value is null | undefined => value === null || value === undefined;

const INTEGER = new Set<number>([DataType.Int8, DataType.Int16, DataType.Int32, DataType.Int64]);

/**
 * `value op by`, as Milvus computes it: an integer by a whole number stays an integer
 * (division truncates, `%` keeps the dividend's sign; Int64 exactly, as bigint), anything else
 * is a float; undefined for a value that is no number.
 *
 * @param integer - whether the value is an integer (its field's type; for JSON, its own value)
 */
function arithmetic(value: Value, op: ArithOp, by: number | bigint, integer: boolean): number | bigint | undefined {
  if (!isNumber(value)) return undefined;
  if (integer && Number.isInteger(Number(by))) {
    const [a, b] = [BigInt(value), BigInt(by)];
    const result = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : a % b;
    return typeof value === 'bigint' ? result : Number(result);
  }
  const [a, b] = [Number(value), Number(by)];
  return op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : a % b;
}

class Compiler {
  constructor(private readonly schema: Schema) {}

  #field(name: string): Field | undefined {
    return this.schema.fields.find((candidate) => candidate.name === name);
  }

  /**
   * The typed field an operand reads, when it reads one directly (not through JSON): an
   * Array element read by index counts as a field of the element type.
   */
  #typedField(operand: Operand): Field | undefined {
    if (operand.kind !== 'ref') return undefined;
    const field = this.#field(operand.name);
    if (field?.type === DataType.Array && operand.path.length === 1) return { ...field, type: field.elementType };
    if (operand.path.length > 0 || field?.type === DataType.JSON || field?.type === DataType.Array) return undefined;
    return field;
  }

  #ref(ref: Ref): Getter {
    const { name, path } = ref;
    const field = this.#field(name);
    if (field === undefined) {
      if (this.schema.dynamicField === undefined) throw new ExpressionError(`field ${name} not exist`);
      const dynamicPath = [name, ...path];
      return (row) => walk(row[DYNAMIC_FIELD], dynamicPath);
    }
    if (field.dim > 0) throw new ExpressionError(`vector field ${name} can not be used in a filter`);
    if (field.type === DataType.Array) {
      if (path.length > 1 || (path.length === 1 && typeof path[0] !== 'number'))
        throw new ExpressionError(`Array field ${name} takes one integer index, as ${name}[0]`);
    } else if (path.length > 0 && field.type !== DataType.JSON) {
      throw new ExpressionError(`field ${name} is ${typeName(field.type)}, not JSON: it takes no path`);
    }
    return path.length === 0 ? (row) => row[name] : (row) => walk(row[name], path);
  }

  /** A ref that must hold a list (or JSON, which may): for `*_contains*` and `array_length`. */
  #listRef(ref: Ref, what: string): Getter {
    const field = this.#typedField(ref);
    if (field !== undefined) throw new ExpressionError(`${what} requires an array or JSON field, but ${field.name} is ${typeName(field.type)}`);
    return this.#ref(ref);
  }

  #getter(operand: Operand): Getter {
    if (operand.kind === 'value') {
      const value = operand.value;
      return () => value;
    }
    if (operand.kind === 'arith') {
      const { op, by } = operand;
      const field = this.#typedField(operand.of);
      if (field !== undefined && !NUMERIC.has(field.type))
        throw new ExpressionError(
          `'${op}' can only be used between integer or floating or json field expressions, but ${field.name} is ${typeName(field.type)}`,
        );
      if (op === '%' && field !== undefined && !INTEGER.has(field.type))
        throw new ExpressionError(`modulo can only apply on integer types, but ${field.name} is ${typeName(field.type)}`);
      const value = this.#ref(operand.of);
      const integer = field === undefined ? undefined : INTEGER.has(field.type);
      return (row) => {
        const actual = value(row);
        return arithmetic(actual, op, by, integer ?? (typeof actual === 'bigint' || Number.isInteger(actual)));
      };
    }
    if (operand.kind === 'length') {
      const list = this.#listRef(operand.of, 'array_length');
      return (row) => {
        const value = list(row);
        return Array.isArray(value) ? value.length : undefined;
      };
    }
    return this.#ref(operand);
  }

  /** Rejects a literal that a typed field can never equal, as Milvus's planner does. */
  #check(field: Field | undefined, value: Literal, what: string): void {
    if (field === undefined) return;
    const kind = literalKind(value);
    const fits = NUMERIC.has(field.type)
      ? kind === 'Int64' || kind === 'Double'
      : field.type === DataType.Timestamptz
        ? kind === 'Int64'
        : field.type === DataType.VarChar
          ? kind === 'VarChar'
          : field.type === DataType.Bool && kind === 'Bool';
    if (!fits)
      throw new ExpressionError(`${what} between ${typeName(field.type)} field ${field.name} and ${kind} value ${shown(value)} is not supported`);
  }

  compile(expr: Expr): Test {
    switch (expr.kind) {
      case 'and': {
        const [left, right] = [this.compile(expr.left), this.compile(expr.right)];
        return (row) => {
          const first = left(row);
          if (first === false) return false;
          const second = right(row);
          return second === false ? false : first === undefined || second === undefined ? undefined : true;
        };
      }
      case 'or': {
        const [left, right] = [this.compile(expr.left), this.compile(expr.right)];
        return (row) => {
          const first = left(row);
          if (first === true) return true;
          const second = right(row);
          return second === true ? true : first === undefined || second === undefined ? undefined : false;
        };
      }
      case 'not': {
        const operand = this.compile(expr.operand);
        return (row) => {
          const value = operand(row);
          return value === undefined ? undefined : !value;
        };
      }
      case 'compare': {
        const [left, right, test] = [this.#getter(expr.left), this.#getter(expr.right), TESTS[expr.op]];
        const [leftField, rightField] = [this.#typedField(expr.left), this.#typedField(expr.right)];
        if (expr.right.kind === 'value') this.#check(leftField, expr.right.value, 'comparison');
        if (expr.left.kind === 'value') this.#check(rightField, expr.left.value, 'comparison');
        if ((leftField?.type === DataType.Bool || rightField?.type === DataType.Bool) && expr.op !== '==' && expr.op !== '!=') {
          throw new ExpressionError(`operator ${expr.op} is not supported on Bool fields`);
        }
        return (row) => {
          const order = compare(left(row), right(row));
          return order === undefined ? undefined : test(order);
        };
      }
      case 'in': {
        const value = this.#getter(expr.value);
        const field = this.#typedField(expr.value);
        for (const item of expr.list) this.#check(field, item, 'in');
        const list = expr.list;
        const negated = expr.negated;
        return (row) => {
          const actual = value(row);
          return list.some((item) => compare(actual, item) === 0) !== negated;
        };
      }
      case 'like': {
        const [value, regexp] = [this.#getter(expr.value), likeRegExp(expr.pattern)];
        const field = this.#typedField(expr.value);
        if (field !== undefined && field.type !== DataType.VarChar)
          throw new ExpressionError(`like is not supported on ${typeName(field.type)} field ${field.name}`);
        return (row) => {
          const actual = value(row);
          return typeof actual === 'string' ? regexp.test(actual) : undefined;
        };
      }
      case 'null': {
        const [value, negated] = [this.#getter(expr.value), expr.negated];
        return (row) => missing(value(row)) !== negated;
      }
      case 'exists': {
        const field = this.#field(expr.value.name);
        if (field !== undefined && field.type !== DataType.JSON)
          throw new ExpressionError(`exists is only supported on JSON keys and dynamic fields, but ${field.name} is ${typeName(field.type)}`);
        if (field !== undefined && expr.value.path.length === 0)
          throw new ExpressionError(`exists on a whole JSON field is not supported, only on a key within it`);
        const value = this.#ref(expr.value);
        return (row) => !missing(value(row));
      }
      case 'contains': {
        const list = this.#listRef(expr.value, 'array_contains');
        const field = this.#field(expr.value.name);
        if (field?.type === DataType.Array && expr.value.path.length > 0)
          throw new ExpressionError(`array_contains takes the whole Array field ${field.name}, not an element`);
        const { items, mode } = expr;
        return (row) => {
          const actual = list(row);
          if (!Array.isArray(actual)) return false;
          const has = (item: Literal): boolean => (actual as readonly Value[]).some((element) => same(element, item));
          return mode === 'any' ? items.some(has) : items.every(has);
        };
      }
      case 'text_match': {
        const field = this.#typedField(expr.value);
        if (field?.type !== DataType.VarChar) throw new ExpressionError(`text_match requires a VarChar field, but ${expr.value.name} is not one`);
        if (param(field.message.type_params, 'enable_match') !== 'true') throw new ExpressionError(`field "${field.name}" does not enable match`);
        // Any token of the query matches (Milvus's OR semantics), after the field's analyzer.
        const wanted = new Set(tokenize(expr.query));
        const value = this.#ref(expr.value);
        return (row) => {
          const text = value(row);
          return typeof text === 'string' ? tokenize(text).some((token) => wanted.has(token)) : undefined;
        };
      }
      case 'truth': {
        const value = this.#getter(expr.value);
        const field = this.#typedField(expr.value);
        if (field !== undefined && field.type !== DataType.Bool)
          throw new ExpressionError(`${typeName(field.type)} field ${field.name} is not a boolean expression`);
        return (row) => {
          const actual = value(row);
          return typeof actual === 'boolean' ? actual : undefined;
        };
      }
    }
  }
}

/**
 * Compiles a filter for a schema. An empty filter matches every row.
 *
 * @param templates - the values of the filter's `{name}` templates
 * @throws MilvusFailure 1100 `failed to create query plan: cannot parse expression: <expr>, error: <why>`
 */
export function compileFilter(schema: Schema, source: string, templates: TemplateValues = {}): Predicate {
  if (source.trim() === '') return () => true;
  try {
    const test = new Compiler(schema).compile(parseExpression(source, templates));
    return (row) => test(row) === true;
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return fail('parameterInvalid', `failed to create query plan: cannot parse expression: ${source}, error: ${error.message}`);
  }
}
