/**
 * Turns a filter expression into a row predicate for one schema: names are resolved once
 * (a schema field, a JSON path into one, or a key of the dynamic field), literals are
 * type-checked against the fields they meet, and the result is a plain closure so a search
 * over many rows pays only for the comparisons.
 *
 * Milvus's rules kept here: a row whose value is null or lacks a JSON key matches no
 * comparison; an unknown name is an error unless the dynamic field is on; numbers and
 * strings do not compare with each other on typed fields.
 */
import { type CompareOp, type Expr, ExpressionError, type Literal, type Operand, parseExpression } from './expression.js';
import { DYNAMIC_FIELD, type Field, type Json, type Scalar, type Schema, typeName } from './schema.js';
import { fail } from './status.js';
import { DataType } from './wire.js';

/** The scalar values of one stored row, by field name (`$meta` holds the dynamic keys). */
export type RowValues = Readonly<Record<string, Scalar | null | undefined>>;

/** Whether a row matches. */
export type Predicate = (row: RowValues) => boolean;

type Value = Scalar | Literal | null | undefined;
type Getter = (row: RowValues) => Value;

const NUMERIC = new Set<number>([DataType.Int8, DataType.Int16, DataType.Int32, DataType.Int64, DataType.Float, DataType.Double]);

/** Follows a JSON path; undefined when a step is missing. */
function walk(value: Value, path: ReadonlyArray<string | number>): Value {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? (typeof step === 'number' ? current[step] : undefined) : (current as Record<string, Json>)[String(step)];
  }
  return current;
}

const isNumber = (value: Value): value is number | bigint => typeof value === 'number' || typeof value === 'bigint';

/** -1, 0 or 1, or undefined when the values do not compare (different kinds, null, missing). */
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
  if (typeof value === 'string') return 'VarChar';
  if (typeof value === 'boolean') return 'Bool';
  return Number.isInteger(value) || typeof value === 'bigint' ? 'Int64' : 'Double';
}

class Compiler {
  constructor(private readonly schema: Schema) {}

  /** The typed field an operand reads, when it reads one directly (not through JSON). */
  #typedField(operand: Operand): Field | undefined {
    if (operand.kind !== 'ref' || operand.path.length > 0) return undefined;
    const field = this.schema.fields.find((candidate) => candidate.name === operand.name);
    return field?.type === DataType.JSON ? undefined : field;
  }

  #getter(operand: Operand): Getter {
    if (operand.kind === 'value') {
      const value = operand.value;
      return () => value;
    }
    const { name, path } = operand;
    const field = this.schema.fields.find((candidate) => candidate.name === name);
    if (field === undefined) {
      if (this.schema.dynamicField === undefined) throw new ExpressionError(`field ${name} not exist`);
      const dynamicPath = [name, ...path];
      return (row) => walk(row[DYNAMIC_FIELD], dynamicPath);
    }
    if (field.dim > 0) throw new ExpressionError(`vector field ${name} can not be used in a filter`);
    if (path.length > 0 && field.type !== DataType.JSON)
      throw new ExpressionError(`field ${name} is ${typeName(field.type)}, not JSON: it takes no path`);
    return path.length === 0 ? (row) => row[name] : (row) => walk(row[name], path);
  }

  /** Rejects a literal that a typed field can never equal, as Milvus's planner does. */
  #check(field: Field | undefined, value: Literal, what: string): void {
    if (field === undefined) return;
    const kind = literalKind(value);
    const fits = NUMERIC.has(field.type)
      ? kind === 'Int64' || kind === 'Double'
      : field.type === DataType.VarChar
        ? kind === 'VarChar'
        : field.type === DataType.Bool && kind === 'Bool';
    if (!fits)
      throw new ExpressionError(
        `${what} between ${typeName(field.type)} field ${field.name} and ${kind} value ${JSON.stringify(String(value))} is not supported`,
      );
  }

  compile(expr: Expr): Predicate {
    switch (expr.kind) {
      case 'and': {
        const [left, right] = [this.compile(expr.left), this.compile(expr.right)];
        return (row) => left(row) && right(row);
      }
      case 'or': {
        const [left, right] = [this.compile(expr.left), this.compile(expr.right)];
        return (row) => left(row) || right(row);
      }
      case 'not': {
        const operand = this.compile(expr.operand);
        return (row) => !operand(row);
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
          return order !== undefined && test(order);
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
          if (actual === null || actual === undefined) return false;
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
          return typeof actual === 'string' && regexp.test(actual);
        };
      }
      case 'null': {
        const [value, negated] = [this.#getter(expr.value), expr.negated];
        return (row) => {
          const actual = value(row);
          return (actual === null || actual === undefined) !== negated;
        };
      }
      case 'truth': {
        const value = this.#getter(expr.value);
        const field = this.#typedField(expr.value);
        if (field !== undefined && field.type !== DataType.Bool)
          throw new ExpressionError(`${typeName(field.type)} field ${field.name} is not a boolean expression`);
        return (row) => value(row) === true;
      }
    }
  }
}

/**
 * Compiles a filter for a schema. An empty filter matches every row.
 *
 * @throws MilvusFailure 1100 `failed to create query plan: cannot parse expression: <expr>, error: <why>`
 */
export function compileFilter(schema: Schema, source: string): Predicate {
  if (source.trim() === '') return () => true;
  try {
    return new Compiler(schema).compile(parseExpression(source));
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return fail('parameterInvalid', `failed to create query plan: cannot parse expression: ${source}, error: ${error.message}`);
  }
}
