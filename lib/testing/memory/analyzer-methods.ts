/**
 * RunAnalyzer: the tokens the standard analyzer makes of each text, as a BM25 function or
 * `text_match` sees them; with a collection and field, the field must be one with
 * `enable_analyzer` (every analyzed field uses the standard analyzer here).
 */
import { analyze } from './bm25.js';
import type { Catalog } from './catalog.js';
import type { MethodTable } from './method-table.js';
import { param } from './schema.js';
import { fail } from './status.js';

/** The analyzer methods. */
export function analyzerMethods(catalog: Catalog): MethodTable {
  return {
    RunAnalyzer: (request, db) => {
      if (request.collection_name !== '') {
        const collection = catalog.collection(db, request.collection_name);
        const field =
          collection.schema.fields.find((each) => each.name === request.field_name) ?? fail('fieldNotFound', { field: request.field_name });
        if (param(field.message.type_params, 'enable_analyzer') !== 'true')
          fail('parameterInvalid', `field ${field.name} does not enable analyzer, set enable_analyzer to true`);
      }
      return {
        results: request.placeholder.map((bytes) => ({
          tokens: analyze(bytes.toString('utf8')).map((token) => ({
            token: token.token,
            start_offset: request.with_detail ? String(token.start) : '0',
            end_offset: request.with_detail ? String(token.end) : '0',
            position: request.with_detail ? String(token.position) : '0',
            position_length: request.with_detail ? '1' : '0',
            hash: request.with_hash ? token.hash : 0,
          })),
        })),
      };
    },
  };
}
