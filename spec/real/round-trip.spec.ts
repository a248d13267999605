/**
 * A data round trip through `conn.call` on real servers: create, insert, index, load, search
 * with a filter, query, delete, count, drop.
 */
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { countRows, createCollection, indexAndLoad, insertRequest, queryIds, searchRequest, vectorOf } from './support/requests.js';
import { eachRealServer } from './support/suite.js';

const DIM = 8;

eachRealServer('data round trip through conn.call', (server) => {
  it('creates, inserts, indexes, loads, searches, queries, deletes, counts and drops', async function () {
    this.timeout(120_000);
    const conn = Connection.start(server().uri);
    const name = `round_trip_${process.pid}`;
    try {
      await createCollection(conn, name, DIM);
      expect((await conn.call('HasCollection', { collection_name: name })).value).to.equal(true);
      const ids = Array.from({ length: 300 }, (_, n) => n);
      const inserted = await conn.call('Insert', insertRequest(name, ids, DIM));
      expect(Number(inserted.insert_cnt)).to.equal(300);
      expect(inserted.IDs?.int_id?.data.map(Number)).to.deep.equal(ids);
      await indexAndLoad(conn, name);

      // The nearest row to row 42's own vector is row 42; with the filter, the nearest of its tag's rows.
      const found = await conn.call('Search', searchRequest(name, vectorOf(42, DIM), 3));
      expect(found.results?.ids?.int_id?.data.map(Number)[0]).to.equal(42);
      const filtered = await conn.call('Search', searchRequest(name, vectorOf(42, DIM), 5, 'tag == "t1" and id < 100'));
      const filteredIds = filtered.results?.ids?.int_id?.data.map(Number) ?? [];
      expect(filteredIds).to.have.length(5);
      for (const id of filteredIds) expect(id % 3 === 1 && id < 100, `id ${id} passes the filter`).to.equal(true);
      const tags = filtered.results?.fields_data.find((field) => field.field_name === 'tag')?.scalars?.string_data?.data;
      expect(tags).to.deep.equal(['t1', 't1', 't1', 't1', 't1']);

      expect(await queryIds(conn, name, 'id in [3, 4, 5, 1000]')).to.deep.equal([3, 4, 5]);
      expect(await countRows(conn, name)).to.equal(300);
      const deleted = await conn.call('Delete', { collection_name: name, expr: 'id < 10' });
      expect(Number(deleted.delete_cnt)).to.equal(10);
      expect(await countRows(conn, name)).to.equal(290);
      expect(await countRows(conn, name, 'tag == "t0"')).to.equal(96);

      await conn.call('DropCollection', { collection_name: name });
      expect((await conn.call('HasCollection', { collection_name: name })).value).to.equal(false);
    } finally {
      await conn.disconnect();
    }
  });
});
