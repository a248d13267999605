/**
 * Milvus filter expressions, the subset applications use: comparisons (`==`, `!=`, `<`,
 * `<=`, `>`, `>=`, and the range form `1 < x <= 5`), `in` / `not in` lists, `like` with `%`
 * and `_`, `and` / `or` / `not` (also `&&`, `||`, `!`, keywords in any case), parentheses,
 * JSON paths `meta["k"][0]` and Array indexes `tags[0]`, `is null` / `is not null`, `exists`,
 * the functions `array_contains`, `array_contains_all`, `array_contains_any`, `json_contains`,
 * `json_contains_all`, `json_contains_any` and `array_length`, `text_match`, timestamp
 * literals `ISO '2025-01-01T00:00:00+08:00'`, a bare boolean field, arithmetic on a field
 * by a number (`i32 + 1000 == 6000`, `id % 10 == 3`: `+ - * / %`, Milvus's arithmetic
 * comparison), and filter templates: `{name}` stands for the value the request gives under that name. A
 * hand-written recursive-descent parser: the grammar is small, and its error messages can name
 * the token at fault.
 *
 * ```text
 * expr      := and (("or" | "||") and)*
 * and       := unary (("and" | "&&") unary)*
 * unary     := ("not" | "!") unary | "(" expr ")" | "exists" ref | contains | textmatch | predicate
 * textmatch := "text_match" "(" ref "," string ")"
 * contains  := ("array_contains" | "json_contains") "(" ref "," value ")"
 *            | ("array_contains_all" | "array_contains_any" | "json_contains_all" | "json_contains_any") "(" ref "," list ")"
 * predicate := operand [cmp operand [cmp operand] | ["not"] "in" list | "like" string | "is" ["not"] "null"]
 * operand   := "array_length" "(" ref ")" | ref [arith number] | value
 * arith     := "+" | "-" | "*" | "/" | "%"
 * ref       := name ("[" (string | integer) "]")*
 * value     := literal | "ISO" string | "{" name "}"
 * ```
 */

import { parseTimestamptz } from './timestamptz.js';

/** A JSON object in a literal (a template's JSON values can hold them). */
export interface LiteralObject {
  readonly [key: string]: Literal | null;
}

/** A literal value: integers beyond 2^53 are bigint. */
export type Literal = boolean | number | bigint | string | readonly Literal[] | LiteralObject;

/** A field (or dynamic key) with an optional JSON path. */
export interface Ref {
  readonly kind: 'ref';
  readonly name: string;
  readonly path: ReadonlyArray<string | number>;
}

/** An arithmetic operator of Milvus's filters. */
export type ArithOp = '+' | '-' | '*' | '/' | '%';

/** One side of a comparison: a field, a value, the length of an array, or a field's value by a number. */
export type Operand =
  | Ref
  | { readonly kind: 'value'; readonly value: Literal }
  | { readonly kind: 'length'; readonly of: Ref }
  | { readonly kind: 'arith'; readonly op: ArithOp; readonly of: Ref; readonly by: number | bigint };

/** A comparison operator. */
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** Which elements `*_contains*` looks for: one value, all of a list, or any of it. */
export type ContainsMode = 'one' | 'all' | 'any';

/** A parsed filter expression. */
export type Expr =
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'not'; readonly operand: Expr }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: Operand; readonly right: Operand }
  | { readonly kind: 'in'; readonly value: Operand; readonly list: readonly Literal[]; readonly negated: boolean }
  | { readonly kind: 'like'; readonly value: Operand; readonly pattern: string }
  | { readonly kind: 'null'; readonly value: Operand; readonly negated: boolean }
  | { readonly kind: 'exists'; readonly value: Ref }
  | { readonly kind: 'contains'; readonly mode: ContainsMode; readonly value: Ref; readonly items: readonly Literal[] }
  | { readonly kind: 'text_match'; readonly value: Ref; readonly query: string }
  | { readonly kind: 'truth'; readonly value: Operand };

/** Values of filter templates by name, decoded from a request's `expr_template_values`. */
export type TemplateValues = Readonly<Record<string, Literal>>;

/** An expression outside the subset, or malformed; `message` says where. */
export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

type Token =
  | { type: 'name'; text: string; at: number }
  | { type: 'number'; value: number | bigint; text: string; at: number }
  | { type: 'string'; value: string; text: string; at: number }
  | { type: 'op'; text: string; at: number }
  | { type: 'template'; name: string; text: string; at: number }
  | { type: 'end'; text: string; at: number };

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '(', ')', '[', ']', ',', '!', '-', '+', '*', '/', '%'];
const ARITH = new Set(['+', '-', '*', '/', '%']);
const COMPARE = new Set(['==', '!=', '<', '<=', '>', '>=']);
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'like', 'is', 'null', 'exists']);
/** The contains functions by lower-case name (Milvus takes them in lower or upper case). */
const CONTAINS: Readonly<Record<string, ContainsMode>> = {
  array_contains: 'one',
  json_contains: 'one',
  array_contains_all: 'all',
  json_contains_all: 'all',
  array_contains_any: 'any',
  json_contains_any: 'any',
};
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'" };

function readString(source: string, start: number): { value: string; end: number } {
  const quote = source[start];
  let value = '';
  for (let i = start + 1; i < source.length; i += 1) {
    const char = source[i] as string;
    if (char === quote) return { value, end: i + 1 };
    if (char === '\\') {
      i += 1;
      const escaped = source[i];
      if (escaped === undefined) break;
      value += ESCAPES[escaped] ?? `\\${escaped}`;
    } else {
      value += char;
    }
  }
  throw new ExpressionError(`unterminated string starting at position ${start}`);
}

function numberToken(text: string, at: number): Token {
  const value = Number(text);
  if (Number.isNaN(value)) throw new ExpressionError(`invalid number ${text} at position ${at}`);
  const integer = /^\d+$/.test(text);
  return { type: 'number', value: integer && !Number.isSafeInteger(value) ? BigInt(text) : value, text, at };
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === '"' || char === "'") {
      const { value, end } = readString(source, i);
      tokens.push({ type: 'string', value, text: source.slice(i, end), at: i });
      i = end;
    } else if (/[0-9.]/.test(char)) {
      const text = /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(source.slice(i))?.[0] ?? char;
      tokens.push(numberToken(text, i));
      i += text.length;
    } else if (char === '{') {
      const match = /^\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}/.exec(source.slice(i));
      if (match === null) throw new ExpressionError(`a template is {name}, at position ${i}`);
      tokens.push({ type: 'template', name: match[1] as string, text: match[0], at: i });
      i += match[0].length;
    } else if (/[A-Za-z_$]/.test(char)) {
      const text = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(source.slice(i))?.[0] ?? char;
      tokens.push({ type: 'name', text, at: i });
      i += text.length;
    } else {
      const op = OPERATORS.find((candidate) => source.startsWith(candidate, i));
      if (op === undefined) throw new ExpressionError(`unexpected character '${char}' at position ${i}`);
      tokens.push({ type: 'op', text: op, at: i });
      i += op.length;
    }
  }
  tokens.push({ type: 'end', text: 'end of expression', at: source.length });
  return tokens;
}

class Parser {
  #next = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly templates: TemplateValues,
  ) {}

  get #peek(): Token {
    return this.tokens[this.#next] as Token;
  }

  #take(): Token {
    const token = this.#peek;
    if (token.type !== 'end') this.#next += 1;
    return token;
  }

  /** Whether the next token is the keyword (any case) or operator `word`, taking it if so. */
  #accept(...words: string[]): boolean {
    const token = this.#peek;
    const text = token.type === 'name' ? token.text.toLowerCase() : token.type === 'op' ? token.text : undefined;
    if (text === undefined || !words.includes(text)) return false;
    this.#next += 1;
    return true;
  }

  #expect(word: string): void {
    if (!this.#accept(word)) this.#unexpected(`'${word}'`);
  }

  #unexpected(wanted: string): never {
    const token = this.#peek;
    throw new ExpressionError(`expected ${wanted} but found ${token.type === 'end' ? token.text : `'${token.text}'`} at position ${token.at}`);
  }

  parse(): Expr {
    const expr = this.#or();
    if (this.#peek.type !== 'end') this.#unexpected("'and', 'or' or the end");
    return expr;
  }

  #or(): Expr {
    let left = this.#and();
    while (this.#accept('or', '||')) left = { kind: 'or', left, right: this.#and() };
    return left;
  }

  #and(): Expr {
    let left = this.#unary();
    while (this.#accept('and', '&&')) left = { kind: 'and', left, right: this.#unary() };
    return left;
  }

  #unary(): Expr {
    if (this.#accept('not', '!')) return { kind: 'not', operand: this.#unary() };
    if (this.#accept('(')) {
      const inner = this.#or();
      this.#expect(')');
      return inner;
    }
    if (this.#accept('exists')) return { kind: 'exists', value: this.#ref() };
    const token = this.#peek;
    const mode = token.type === 'name' ? CONTAINS[token.text.toLowerCase()] : undefined;
    if (token.type === 'name' && token.text.toLowerCase() === 'text_match' && this.tokens[this.#next + 1]?.text === '(') {
      this.#next += 2;
      const value = this.#ref();
      this.#expect(',');
      const query = this.#take();
      if (query.type !== 'string') throw new ExpressionError(`text_match needs a string query at position ${query.at}`);
      this.#expect(')');
      return { kind: 'text_match', value, query: query.value };
    }
    if (mode !== undefined && this.tokens[this.#next + 1]?.text === '(') {
      this.#next += 2;
      const value = this.#ref();
      this.#expect(',');
      const items = mode === 'one' ? [this.#literal()] : this.#listOrValue();
      this.#expect(')');
      return { kind: 'contains', mode, value, items };
    }
    return this.#predicate();
  }

  /** A list, or (as Milvus also takes) a single value standing for a list of one. */
  #listOrValue(): Literal[] {
    const token = this.#peek;
    if (token.type === 'op' && token.text === '[') return this.#list();
    const value = this.#literal();
    return Array.isArray(value) ? [...(value as readonly Literal[])] : [value];
  }

  #predicate(): Expr {
    const left = this.#operand();
    const token = this.#peek;
    if (token.type === 'op' && COMPARE.has(token.text)) {
      this.#take();
      const right = this.#operand();
      const first: Expr = { kind: 'compare', op: token.text as CompareOp, left, right };
      const second = this.#peek;
      if (second.type !== 'op' || !COMPARE.has(second.text)) return first;
      // The range form `low < field < high`: the middle operand is compared on both sides.
      this.#take();
      return { kind: 'and', left: first, right: { kind: 'compare', op: second.text as CompareOp, left: right, right: this.#operand() } };
    }
    if (this.#accept('in')) return { kind: 'in', value: left, list: this.#list(), negated: false };
    if (this.#accept('not')) {
      this.#expect('in');
      return { kind: 'in', value: left, list: this.#list(), negated: true };
    }
    if (this.#accept('like')) {
      const pattern = this.#take();
      if (pattern.type !== 'string') throw new ExpressionError(`like needs a string pattern at position ${pattern.at}`);
      return { kind: 'like', value: left, pattern: pattern.value };
    }
    if (this.#accept('is')) {
      const negated = this.#accept('not');
      this.#expect('null');
      return { kind: 'null', value: left, negated };
    }
    if (left.kind === 'ref') return { kind: 'truth', value: left };
    return this.#unexpected('a comparison, in, not in, like or is null');
  }

  #operand(): Operand {
    const token = this.#peek;
    if (token.type === 'name' && token.text.toLowerCase() === 'array_length' && this.tokens[this.#next + 1]?.text === '(') {
      this.#next += 2;
      const of = this.#ref();
      this.#expect(')');
      return { kind: 'length', of };
    }
    const isoLiteral = token.type === 'name' && token.text.toLowerCase() === 'iso' && this.tokens[this.#next + 1]?.type === 'string';
    if (token.type === 'name' && !isoLiteral && !['true', 'false'].includes(token.text.toLowerCase())) return this.#arith(this.#ref());
    return { kind: 'value', value: this.#literal() };
  }

  /** `ref op number`, or the ref alone. */
  #arith(of: Ref): Operand {
    const token = this.#peek;
    if (token.type !== 'op' || !ARITH.has(token.text)) return of;
    this.#take();
    const by = this.#literal();
    if (typeof by !== 'number' && typeof by !== 'bigint')
      throw new ExpressionError(`arithmetic '${token.text}' on field ${of.name} needs a number, found ${JSON.stringify(by)} at position ${token.at}`);
    if ((token.text === '/' || token.text === '%') && Number(by) === 0) throw new ExpressionError(`divide by zero at position ${token.at}`);
    return { kind: 'arith', op: token.text as ArithOp, of, by };
  }

  #ref(): Ref {
    const token = this.#take();
    if (token.type !== 'name' || KEYWORDS.has(token.text.toLowerCase())) {
      this.#next -= token.type === 'end' ? 0 : 1;
      this.#unexpected('a field');
    }
    const path: Array<string | number> = [];
    while (this.#accept('[')) {
      const key = this.#take();
      if (key.type === 'string') path.push(key.value);
      else if (key.type === 'number' && typeof key.value === 'number' && Number.isInteger(key.value)) path.push(key.value);
      else throw new ExpressionError(`a JSON path takes a string key or an integer index, found '${key.text}' at position ${key.at}`);
      this.#expect(']');
    }
    return { kind: 'ref', name: token.text, path };
  }

  /** The value of a `{name}` template. */
  #template(token: { name: string }): Literal {
    const value = this.templates[token.name];
    if (value === undefined) throw new ExpressionError(`the value of expression template variable name {${token.name}} is not found`);
    return value;
  }

  #literal(): Literal {
    const token = this.#take();
    if (token.type === 'number' || token.type === 'string') return token.value;
    if (token.type === 'template') return this.#template(token);
    if (token.type === 'name' && token.text.toLowerCase() === 'iso' && this.#peek.type === 'string') return this.#timestamp();
    if (token.type === 'name' && token.text.toLowerCase() === 'true') return true;
    if (token.type === 'name' && token.text.toLowerCase() === 'false') return false;
    if (token.type === 'op' && token.text === '-') {
      const number = this.#take();
      if (number.type !== 'number') throw new ExpressionError(`expected a number after '-' at position ${number.at}`);
      return -number.value;
    }
    if (token.type === 'op' && token.text === '[') {
      this.#next -= 1;
      return this.#list();
    }
    this.#next -= token.type === 'end' ? 0 : 1;
    return this.#unexpected('a field or a value');
  }

  /** `ISO '<timestamp>'`: microseconds since the epoch in UTC, as Timestamptz fields hold them. */
  #timestamp(): Literal {
    const text = this.#take() as { value: string; at: number };
    try {
      return parseTimestamptz(text.value, 'ISO literal');
    } catch {
      throw new ExpressionError(`invalid ISO timestamp '${text.value}' at position ${text.at}, expected ISO 8601 with a time zone offset`);
    }
  }

  #list(): Literal[] {
    const token = this.#peek;
    if (token.type === 'template') {
      this.#take();
      const value = this.#template(token);
      if (!Array.isArray(value)) throw new ExpressionError(`the value of term expression template variable {${token.name}} is not array`);
      return [...(value as readonly Literal[])];
    }
    this.#expect('[');
    const items: Literal[] = [];
    while (!this.#accept(']')) {
      items.push(this.#literal());
      if (!this.#accept(',')) {
        this.#expect(']');
        break;
      }
    }
    return items;
  }
}

/**
 * Parses a filter expression.
 *
 * @param templates - the values `{name}` placeholders stand for
 * @throws ExpressionError naming the position and token at fault, or a template without a value
 */
export function parseExpression(source: string, templates: TemplateValues = {}): Expr {
  return new Parser(tokenize(source), templates).parse();
}
