/**
 * Full text search: a `BM25` function of the schema turns a VarChar field (`enable_analyzer`)
 * into a sparse vector field of term frequencies as rows are written, and a search of that
 * field with text queries scores the rows by Okapi BM25 over the collection's statistics
 * (document count, average length, document frequency of each term), as Milvus does.
 *
 * The analyzer is Milvus's `standard` one in small: lower case, then the runs of letters and
 * digits are the tokens. Terms become sparse indices by a 32-bit hash, as in Milvus (whose
 * hash differs; the indices are opaque to clients).
 */
import type { CheckedBatch } from './batch.js';
import type { Field } from './schema.js';
import { fail } from './status.js';
import type { SparseRow } from './vector-kinds.js';
import { DataType, type FunctionSchemaMessage } from './wire.js';
import type { FunctionSchema__Output } from '../../protocol/generated/milvus/proto/schema/FunctionSchema.js';
import { FunctionType } from '../../protocol/generated/milvus/proto/schema/FunctionType.js';

/** A BM25 function of a schema: which text field feeds which sparse field. */
export interface Bm25Function {
  readonly name: string;
  readonly input: Field;
  readonly output: Field;
}

/** Milvus's BM25 defaults (index params `bm25_k1`, `bm25_b`). */
export const BM25_DEFAULTS = { k1: 1.2, b: 0.75 } as const;

/** A token of the standard analyzer: a run of letters and digits. */
const TOKEN = /[\p{L}\p{N}]+/gu;

/** The tokens of a text: lower case, runs of letters and digits. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** One token of a text as RunAnalyzer reports it: byte offsets in the UTF-8 text, position, hash. */
export interface AnalyzedToken {
  readonly token: string;
  readonly start: number;
  readonly end: number;
  readonly position: number;
  readonly hash: number;
}

/** The tokens of a text with where each stands (what `tokenize` returns, with offsets). */
export function analyze(text: string): AnalyzedToken[] {
  const lower = text.toLowerCase();
  return [...lower.matchAll(TOKEN)].map((match, position) => {
    const start = Buffer.byteLength(lower.slice(0, match.index));
    return { token: match[0], start, end: start + Buffer.byteLength(match[0]), position, hash: termIndex(match[0]) };
  });
}

/** A term's sparse index: its FNV-1a 32-bit hash. */
function termIndex(term: string): number {
  let h = 0x811c9dc5;
  for (const char of term) {
    h ^= char.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A text as a sparse row of term frequencies (what the function stores, and a query's terms). */
export function termFrequencies(text: string): SparseRow {
  const counts = new Map<number, number>();
  for (const token of tokenize(text)) {
    const index = termIndex(token);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  const indices = [...counts.keys()].sort((a, b) => a - b);
  return { indices: Uint32Array.from(indices), values: Float32Array.from(indices, (index) => counts.get(index) as number) };
}

/** Corpus statistics BM25 needs. */
export interface Bm25Corpus {
  readonly documents: number;
  readonly averageLength: number;
  /** Documents containing each term index. */
  readonly frequency: ReadonlyMap<number, number>;
}

/** The statistics of the stored rows of a BM25 output field. */
export function corpusOf(rows: readonly SparseRow[]): Bm25Corpus {
  const frequency = new Map<number, number>();
  let length = 0;
  for (const row of rows) {
    row.indices.forEach((index, i) => {
      frequency.set(index, (frequency.get(index) ?? 0) + 1);
      length += row.values[i] as number;
    });
  }
  return { documents: rows.length, averageLength: rows.length === 0 ? 0 : length / rows.length, frequency };
}

/**
 * The BM25 score of a document for a query: for each query term,
 * IDF x tf (k1 + 1) / (tf + k1 (1 - b + b dl / avgdl)), IDF = ln(1 + (N - n + 0.5) / (n + 0.5)).
 */
export function bm25Score(
  query: SparseRow,
  document: SparseRow,
  corpus: Bm25Corpus,
  k1: number = BM25_DEFAULTS.k1,
  b: number = BM25_DEFAULTS.b,
): number {
  let length = 0;
  for (const value of document.values) length += value;
  const norm = k1 * (1 - b + (b * length) / (corpus.averageLength || 1));
  let score = 0;
  let j = 0;
  query.indices.forEach((term, i) => {
    while (j < document.indices.length && (document.indices[j] as number) < term) j += 1;
    if (document.indices[j] !== term) return;
    const tf = document.values[j] as number;
    const n = corpus.frequency.get(term) ?? 0;
    const idf = Math.log(1 + (corpus.documents - n + 0.5) / (n + 0.5));
    score += (query.values[i] as number) * idf * ((tf * (k1 + 1)) / (tf + norm));
  });
  return score;
}

/** `schema.FunctionType.BM25`. */
const BM25_TYPE = FunctionType.BM25;

/**
 * Checks a schema's functions (only BM25 is supported) and marks their output fields.
 *
 * @param fields - the checked fields, before the functions are applied
 * @returns the fields (outputs marked `functionOutput`), the functions, and their messages for DescribeCollection
 * @throws MilvusFailure 1100 naming what is wrong
 */
export function checkFunctions(
  messages: readonly FunctionSchemaMessage[],
  fields: readonly Field[],
): { fields: Field[]; functions: Bm25Function[]; messages: FunctionSchema__Output[] } {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const outputs = new Set<string>();
  const functions: Bm25Function[] = [];
  const described: FunctionSchema__Output[] = [];
  for (const [i, message] of messages.entries()) {
    if (message.type !== BM25_TYPE)
      fail('parameterInvalid', `function ${message.name} of type ${String(message.type)} is not supported by the milvex test server, only BM25`);
    const [inputName, ...moreInputs] = message.input_field_names ?? [];
    const [outputName, ...moreOutputs] = message.output_field_names ?? [];
    if (inputName === undefined || moreInputs.length > 0) fail('parameterInvalid', `BM25 function ${message.name} needs exactly one input field`);
    if (outputName === undefined || moreOutputs.length > 0) fail('parameterInvalid', `BM25 function ${message.name} needs exactly one output field`);
    const input = byName.get(inputName) ?? fail('parameterInvalid', `function input field not found: ${inputName}`);
    const output = byName.get(outputName) ?? fail('parameterInvalid', `function output field not found: ${outputName}`);
    if (input.type !== DataType.VarChar) fail('parameterInvalid', `BM25 function input field must be VarChar, field ${input.name} is not`);
    const analyzed = input.message.type_params?.find((pair) => pair.key === 'enable_analyzer')?.value;
    if (analyzed !== 'true') fail('parameterInvalid', `BM25 function input field must set enable_analyzer to true, field ${input.name} does not`);
    if (output.type !== DataType.SparseFloatVector)
      fail('parameterInvalid', `BM25 function output field must be a SparseFloatVector field, ${output.name} is not`);
    if (outputs.has(output.name)) fail('parameterInvalid', `field ${output.name} is the output of more than one function`);
    outputs.add(output.name);
    functions.push({ name: message.name, input, output });
    described.push({
      name: message.name,
      id: String(FIRST_FUNCTION_ID + i),
      description: message.description ?? '',
      type: BM25_TYPE,
      input_field_names: [input.name],
      input_field_ids: [String(input.id)],
      output_field_names: [output.name],
      output_field_ids: [String(output.id)],
      params: message.params ?? [],
    });
  }
  const marked = fields.map((field) =>
    outputs.has(field.name) ? { ...field, functionOutput: true, message: { ...field.message, is_function_output: true } } : field,
  );
  return {
    fields: marked,
    functions: functions.map((fn) => ({ ...fn, output: marked.find((field) => field.name === fn.output.name) as Field })),
    messages: described,
  };
}

/** The first function ID Milvus hands out. */
const FIRST_FUNCTION_ID = 100;

/** A checked batch with the BM25 functions' outputs computed from their text fields. */
export function withFunctionOutputs(functions: readonly Bm25Function[], batch: CheckedBatch): CheckedBatch {
  if (functions.length === 0) return batch;
  const sparse = new Map(batch.sparse);
  for (const { input, output } of functions) {
    sparse.set(
      output.name,
      batch.rows.map((row) => termFrequencies(typeof row[input.name] === 'string' ? (row[input.name] as string) : '')),
    );
  }
  return { ...batch, sparse };
}
