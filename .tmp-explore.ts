import { Connection, DataType, encodeCollectionSchema, encodeFloatVectors } from './lib/index.js';
import { startRealServer, type RealServerKind } from './spec/real/support/real-server.js';
const kind = process.argv[2] as RealServerKind;
const server = await startRealServer(kind);
const conn = Connection.start(server.uri);
try {
  await conn.firstConnected({ timeout: 10000 });
  console.log('serverInfo', JSON.stringify(conn.serverInfo));
  const c = 'explore';
  const show = async (name: string, p: Promise<unknown>) => { try { const r = await p; console.log(name, 'OK', JSON.stringify(r).slice(0, 400)); } catch (e: any) { console.log(name, 'ERR', e.name, e.code, e.retriable, e.source, e.reason, JSON.stringify(e.details ?? e.message).slice(0, 300)); } };
  await show('describe unknown', conn.call('DescribeCollection', { collection_name: 'nope' }));
  await show('create', conn.call('CreateCollection', { collection_name: c, schema: encodeCollectionSchema({ name: c, fields: [
    { name: 'id', data_type: DataType.Int64, is_primary_key: true },
    { name: 'v', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '4' }] },
    { name: 't', data_type: DataType.VarChar, type_params: [{ key: 'max_length', value: '64' }] } ] }) }));
  await show('insert', conn.call('Insert', { collection_name: c, num_rows: 3, fields_data: [
    { field_name: 'id', type: DataType.Int64, scalars: { long_data: { data: [1, 2, 3] } } },
    { field_name: 'v', type: DataType.FloatVector, vectors: { dim: 4, float_vector: { data: [1,0,0,0, 0,1,0,0, 0,0,1,0] } } },
    { field_name: 't', type: DataType.VarChar, scalars: { string_data: { data: ['a','b','c'] } } } ] }));
  await show('insert dim mismatch', conn.call('Insert', { collection_name: c, num_rows: 1, fields_data: [
    { field_name: 'id', type: DataType.Int64, scalars: { long_data: { data: [9] } } },
    { field_name: 'v', type: DataType.FloatVector, vectors: { dim: 3, float_vector: { data: [1,0,0] } } },
    { field_name: 't', type: DataType.VarChar, scalars: { string_data: { data: ['z'] } } } ] }));
  await show('query not loaded', conn.call('Query', { collection_name: c, expr: 'id > 0', output_fields: ['t'] }));
  await show('search not loaded', conn.call('Search', { collection_name: c, dsl_type: 1, dsl: '', placeholder_group: encodeFloatVectors([[1,0,0,0]]), nq: 1, search_params: [ { key: 'anns_field', value: 'v' }, { key: 'topk', value: '2' }, { key: 'metric_type', value: 'L2' }, { key: 'params', value: '{}' } ] }));
  await show('flush', conn.call('Flush', { collection_names: [c] }));
  await show('index', conn.call('CreateIndex', { collection_name: c, field_name: 'v', extra_params: [ { key: 'index_type', value: 'AUTOINDEX' }, { key: 'metric_type', value: 'L2' } ] }));
  await show('load', conn.call('LoadCollection', { collection_name: c }));
  await show('loadstate', conn.call('GetLoadState', { collection_name: c }));
  await show('search', conn.call('Search', { collection_name: c, dsl_type: 1, dsl: 'id > 1', placeholder_group: encodeFloatVectors([[1,0,0,0]]), nq: 1, output_fields: ['t'], search_params: [ { key: 'anns_field', value: 'v' }, { key: 'topk', value: '2' }, { key: 'metric_type', value: 'L2' }, { key: 'params', value: '{}' } ] }));
  await show('search dim mismatch', conn.call('Search', { collection_name: c, dsl_type: 1, dsl: '', placeholder_group: encodeFloatVectors([[1,0,0]]), nq: 1, search_params: [ { key: 'anns_field', value: 'v' }, { key: 'topk', value: '2' }, { key: 'metric_type', value: 'L2' }, { key: 'params', value: '{}' } ] }));
  await show('query bad filter', conn.call('Query', { collection_name: c, expr: 'id >>> 1', output_fields: ['t'] }));
  await show('query unknown field', conn.call('Query', { collection_name: c, expr: 'nope > 1', output_fields: ['t'] }));
  await show('query', conn.call('Query', { collection_name: c, expr: 'id in [1,2]', output_fields: ['t'] }));
  await show('count', conn.call('Query', { collection_name: c, expr: '', output_fields: ['count(*)'] }));
  await show('delete', conn.call('Delete', { collection_name: c, expr: 'id in [1]' }));
  await show('count', conn.call('Query', { collection_name: c, expr: '', output_fields: ['count(*)'] }));
  await show('drop', conn.call('DropCollection', { collection_name: c }));
  await show('drop again', conn.call('DropCollection', { collection_name: c }));
  await show('load unknown', conn.call('LoadCollection', { collection_name: 'nope' }));
} finally { await conn.disconnect(); await server.stop(); }
