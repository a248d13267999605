/**
 * The partition methods beyond create, has, show and drop: LoadPartitions, ReleasePartitions
 * and GetPartitionStatistics, answered from a {@link Catalog}.
 */
import type { Catalog } from './catalog.js';
import type { MethodTable } from './method-table.js';
import { loadPartitions, releasePartitions } from './partitions.js';
import { fail } from './status.js';

/** The partition methods. */
export function partitionMethods(catalog: Catalog): MethodTable {
  return {
    LoadPartitions: (request, db) => {
      const collection = catalog.collection(db, request.collection_name);
      collection.checkLoadable();
      loadPartitions(collection, request.partition_names);
    },
    ReleasePartitions: (request, db) => releasePartitions(catalog.collection(db, request.collection_name), request.partition_names),
    GetPartitionStatistics: (request, db) => {
      const collection = catalog.collection(db, request.collection_name);
      const partition = request.partition_name;
      if (!collection.partitions.has(partition)) fail('partitionNotFound', { partition });
      return { stats: [{ key: 'row_count', value: String(collection.rows.countIn(partition)) }] };
    },
  };
}
