import { DataType, FunctionType, MilvusClient } from '@zilliz/milvus2-sdk-node';
import { expect } from 'chai';
import { type MilvusTestServer, startMilvusTestServer } from '../../lib/testing/index.js';

const TEXTS = [
  'The quick brown fox jumps over the lazy dog',
  'A fox, a FOX and another fox!',
  'Dogs and cats living together',
  'Milvus is a vector database built for scale',
  'Full text search with BM25 in Milvus',
  'The lazy cat sleeps all day',
  'Vector search and text search, hybrid',
  'Brown bread and brown sugar',
];

/** Okapi BM25 written out independently: lower case, tokens of letters and digits. */
function bm25(query: string, k1 = 1.2, b = 0.75): Array<{ id: number; score: number }> {
  const tokens = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const docs = TEXTS.map(tokens);
  const average = docs.reduce((sum, doc) => sum + doc.length, 0) / docs.length;
  const df = (term: string): number => docs.filter((doc) => doc.includes(term)).length;
  const terms = tokens(query);
  return docs
    .map((doc, i) => {
      let score = 0;
      for (const term of new Set(terms)) {
        const tf = doc.filter((token) => token === term).length;
        if (tf === 0) continue;
        const n = df(term);
        const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
        score += terms.filter((t) => t === term).length * idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * doc.length) / average)));
      }
      return { id: i + 1, score: Math.fround(score) };
    })
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.id - b.id);
}

describe('full text search (BM25) through the official SDK (milvex/testing)', function () {
  this.timeout(30_000);
  let milvus: MilvusTestServer;
  let client: MilvusClient;

  before(async () => {
    milvus = await startMilvusTestServer();
    client = new MilvusClient({ address: milvus.address });
    const created = await client.createCollection({
      collection_name: 'texts',
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'text', data_type: DataType.VarChar, max_length: 200, enable_analyzer: true, enable_match: true },
        { name: 'sparse', data_type: DataType.SparseFloatVector },
        { name: 'dense', data_type: DataType.FloatVector, dim: 2 },
        { name: 'plain', data_type: DataType.VarChar, max_length: 20 },
      ],
      functions: [{ name: 'text_bm25', type: FunctionType.BM25, input_field_names: ['text'], output_field_names: ['sparse'], params: {} }],
    });
    expect(created.error_code, created.reason).to.equal('Success');
    const inserted = await client.insert({
      collection_name: 'texts',
      data: TEXTS.map((text, i) => ({ id: i + 1, text, dense: [i, 1], plain: 'x' })),
    });
    expect(inserted.status.reason).to.equal('');
    const indexed = await client.createIndex({
      collection_name: 'texts',
      field_name: 'sparse',
      index_type: 'SPARSE_INVERTED_INDEX',
      metric_type: 'BM25',
      params: { inverted_index_algo: 'DAAT_MAXSCORE', bm25_k1: 1.2, bm25_b: 0.75 },
    });
    expect(indexed.error_code, indexed.reason).to.equal('Success');
    await client.createIndex({ collection_name: 'texts', field_name: 'dense', metric_type: 'L2' });
    await client.loadCollectionSync({ collection_name: 'texts' });
  });

  after(async () => {
    await client.closeConnection();
    await milvus.stop();
  });

  it('describes the function and marks its output field', async () => {
    const described = await client.describeCollection({ collection_name: 'texts' });
    expect(described.schema.functions.map((fn) => [fn.name, fn.input_field_names, fn.output_field_names])).to.deep.equal([
      ['text_bm25', ['text'], ['sparse']],
    ]);
    expect(described.schema.fields.find((field) => field.name === 'sparse')?.is_function_output).to.equal(true);
  });

  for (const query of ['lazy fox', 'BROWN', 'vector search Milvus', 'nothing matches zebra']) {
    it(`ranks "${query}" by BM25, equal to an independent computation`, async () => {
      const found = await client.search({ collection_name: 'texts', data: query, anns_field: 'sparse', limit: 5, output_fields: ['id', 'text'] });
      expect(found.status.reason).to.equal('');
      const expected = bm25(query).slice(0, 5);
      expect(found.results.map((hit) => Number(hit.id))).to.deep.equal(expected.map((hit) => hit.id));
      found.results.forEach((hit, i) => expect(hit.score).to.be.closeTo(expected[i]?.score ?? 0, 1e-4));
      for (const hit of found.results) expect(hit['text']).to.equal(TEXTS[Number(hit.id) - 1]);
    });
  }

  it('filters text search, refuses vectors for the BM25 field, and never returns its raw data', async () => {
    const filtered = await client.search({ collection_name: 'texts', data: 'fox dog', anns_field: 'sparse', limit: 5, filter: 'id > 1' });
    expect(filtered.results.map((hit) => Number(hit.id))).to.deep.equal(
      bm25('fox dog')
        .filter((hit) => hit.id > 1)
        .slice(0, 5)
        .map((hit) => hit.id),
    );
    const all = await client.query({ collection_name: 'texts', filter: 'id == 1', output_fields: ['*'] });
    expect(Object.keys(all.data[0] ?? {}).sort()).to.deep.equal(['dense', 'id', 'plain', 'text']);
    const raw = await client.query({ collection_name: 'texts', filter: 'id == 1', output_fields: ['sparse'] });
    expect(raw.status.reason).to.include('not allowed to retrieve raw data of field sparse');
    const wrongMetric = await client.createIndex({
      collection_name: 'texts',
      field_name: 'sparse',
      index_type: 'SPARSE_INVERTED_INDEX',
      metric_type: 'IP',
    });
    expect(wrongMetric.error_code).to.not.equal('Success');
  });

  it('text_match filters by any token of the query, after the analyzer', async () => {
    const tokens = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    for (const query of ['FOX', 'milvus bread', 'zebra']) {
      const found = await client.query({ collection_name: 'texts', filter: `text_match(text, '${query}')`, output_fields: ['id'] });
      const expected = TEXTS.flatMap((text, i) => (tokens(text).some((token) => tokens(query).includes(token)) ? [String(i + 1)] : []));
      expect(
        found.data.map((row) => String(row['id'] as string)),
        query,
      ).to.deep.equal(expected);
    }
    const searched = await client.search({
      collection_name: 'texts',
      data: 'search',
      anns_field: 'sparse',
      limit: 5,
      filter: "text_match(text, 'hybrid')",
    });
    expect(searched.results.map((hit) => hit.id)).to.deep.equal(['7']);
    const notEnabled = await client.query({ collection_name: 'texts', filter: "text_match(plain, 'x')", output_fields: ['id'] });
    expect(notEnabled.status.reason).to.include('does not enable match');
  });

  it('runs the standard analyzer: tokens with byte offsets, positions and hashes', async () => {
    const ran = await client.runAnalyzer({
      analyzer_params: { tokenizer: 'standard', filter: ['lowercase'] },
      text: ['Héllo, World 42!', 'a-b'],
      with_detail: true,
      with_hash: true,
    });
    expect(ran.status.reason).to.equal('');
    const [first, second] = ran.results;
    expect(first?.tokens.map((token) => [token.token, Number(token.start_offset), Number(token.end_offset), Number(token.position)])).to.deep.equal([
      ['héllo', 0, 6, 0],
      ['world', 8, 13, 1],
      ['42', 14, 16, 2],
    ]);
    expect(second?.tokens.map((token) => token.token)).to.deep.equal(['a', 'b']);
    expect(new Set(first?.tokens.map((token) => token.hash)).size).to.equal(3);
    const onField = await client.runAnalyzer({ collection_name: 'texts', field_name: 'text', text: 'Lazy FOX' });
    expect(onField.results[0]?.tokens.map((token) => token.token)).to.deep.equal(['lazy', 'fox']);
    const notAnalyzed = await client.runAnalyzer({ collection_name: 'texts', field_name: 'plain', text: 'x' });
    expect(notAnalyzed.status.reason).to.include('does not enable analyzer');
  });

  it('refuses a BM25 function on a field without enable_analyzer', async () => {
    // The SDK throws the failed status of this createCollection (it describes the collection after creating it).
    const created = (await client
      .createCollection({
        collection_name: 'plain',
        fields: [
          { name: 'id', data_type: DataType.Int64, is_primary_key: true },
          { name: 'text', data_type: DataType.VarChar, max_length: 200 },
          { name: 'sparse', data_type: DataType.SparseFloatVector },
        ],
        functions: [{ name: 'f', type: FunctionType.BM25, input_field_names: ['text'], output_field_names: ['sparse'], params: {} }],
      })
      .catch((error: unknown) => error)) as { reason: string };
    expect(created.reason).to.include('enable_analyzer');
  });
});
