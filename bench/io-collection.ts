/**
 * The collection the data benchmarks search and fill, made through an admin connection (not
 * timed): an Int64 primary key and one float vector, indexed FLAT by L2; and the rows and
 * query vectors they use, made before any timing.
 */
import { type Connection, DataType, encodeCollectionSchema } from '../lib/index.js';
import { ID_FIELD, type RowBatch, VECTOR_FIELD } from './io-clients.js';

/** Uniform random floats in -1..1: the work does not depend on the values. */
const randomVector = (dim: number): number[] => Array.from({ length: dim }, () => Math.random() * 2 - 1);

/** The query vectors of a search loop, 64 of them, taken in turn. */
export const queryVectors = (dim: number): number[][] => Array.from({ length: 64 }, () => randomVector(dim));

/**
 * `rows` random rows in batches of `batch`, in the shapes each client's API takes.
 *
 * @returns the batches, keys 0, 1, 2, ... in order
 */
export function rowBatches(rows: number, batch: number, dim: number): RowBatch[] {
  return Array.from({ length: Math.ceil(rows / batch) }, (_, b) => {
    const ids = Array.from({ length: Math.min(batch, rows - b * batch) }, (_, i) => b * batch + i);
    const vectors = ids.map(() => randomVector(dim));
    return {
      ids,
      dim,
      flat: vectors.flat(),
      rows: ids.map((id, row) => ({ [ID_FIELD]: id, [VECTOR_FIELD]: vectors[row] as number[] })),
      vectorRows: ids.map((id, row) => ({ id, vector: Float32Array.from(vectors[row] as number[]) })),
    };
  });
}

/** Creates a collection for the rows. */
export async function createCollection(admin: Connection, name: string, dim: number): Promise<void> {
  const fields = [
    { name: ID_FIELD, data_type: DataType.Int64, is_primary_key: true },
    { name: VECTOR_FIELD, data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: String(dim) }] },
  ];
  await admin.call('CreateCollection', { collection_name: name, schema: encodeCollectionSchema({ name, fields }) });
}

/** Indexes and loads a collection, so that it can be searched. */
export async function makeSearchable(admin: Connection, name: string): Promise<void> {
  const extra_params = [
    { key: 'index_type', value: 'FLAT' },
    { key: 'metric_type', value: 'L2' },
  ];
  await admin.call('CreateIndex', { collection_name: name, field_name: VECTOR_FIELD, extra_params });
  await admin.call('LoadCollection', { collection_name: name });
}
