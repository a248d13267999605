/**
 * The differential fidelity suite: the scripted workload of `support/workload.ts` sent through
 * milvex `conn.call` to milvus-lite and to `milvex/testing`'s embedded server, each reply
 * compared field by field after normalising what must differ (server-assigned ids, timestamps,
 * versions, reasons' wording, float rounding). Every difference is listed in
 * `known-differences.json` with its reason, or the spec fails; it prints the fidelity figure
 * (equal replies / all replies), and fails on a known difference no longer seen (stale: a fix
 * removes its entry, so the list stays the true one).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { GrpcError, MilvexError } from '../../lib/errors.js';
import { startMilvusTestServer } from '../../lib/testing/index.js';
import { leftoverProcesses, startRealServer } from './support/real-server.js';
import { START_TIMEOUT_MS, realKinds } from './support/suite.js';
import { type Step, workload } from './support/workload.js';

/** A known difference: the step kind, the path of the field (a prefix; `*` for any), and why. */
interface KnownDifference {
  readonly kind: string;
  readonly path: string;
  readonly reason: string;
}

const KNOWN: readonly KnownDifference[] = (
  JSON.parse(readFileSync(new URL('./known-differences.json', import.meta.url), 'utf8')) as { differences: KnownDifference[] }
).differences;

/** Fields whose values the server assigns (ids, clocks, channel names) or words (reasons): not compared. */
const UNCOMPARED = new Set([
  'timestamp',
  'session_ts',
  'created_timestamp',
  'created_utc_timestamp',
  'created_timestamps',
  'created_utc_timestamps',
  'collectionID',
  'collection_id',
  'dbId',
  'db_id',
  'fieldID',
  'field_id',
  'partitionIDs',
  'indexID',
  'identifier',
  'coll_segIDs',
  'flush_coll_segIDs',
  'coll_seal_times',
  'coll_flush_ts',
  'channel_cps',
  'virtual_channel_names',
  'physical_channel_names',
  'start_positions',
  'update_timestamp',
  'update_timestamp_str',
  'reason',
  'detail',
  'extra_info',
]);

/** The reply (or error) reduced to what two servers must agree on. */
function normalise(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (Array.isArray(value)) return value.map(normalise);
  // JSON values compared as values: their bytes differ in spacing between servers.
  if (typeof value === 'object' && value !== null && 'json_data' in value) {
    const { json_data: json, ...rest } = value as { json_data: { data: Buffer[] } | null };
    return {
      ...(normalise(rest) as object),
      json_data: json === null ? null : json.data.map((bytes) => JSON.parse(bytes.toString('utf8')) as unknown),
    };
  }
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1e4) / 1e4;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (!UNCOMPARED.has(key)) out[key] = normalise(inner);
    return out;
  }
  return value;
}

/** A reply, or an error with its code (its words, `details`, are kept for the report, not compared). */
type Outcome = { reply: unknown } | { error: { code: number | string; source: string }; details?: string };

async function send(conn: Connection, step: Step): Promise<Outcome> {
  try {
    return { reply: normalise(await conn.call(step.method, step.request, { timeout: 5000 })) };
  } catch (error) {
    if (error instanceof GrpcError) return { error: { code: error.code, source: error.source }, details: error.details };
    if (error instanceof MilvexError) return { error: { code: error.name, source: 'milvex' } };
    throw error;
  }
}

/** The leaf paths where `a` and `b` differ (array indices as `[]`). */
function differences(a: unknown, b: unknown, path = ''): Array<{ path: string; lite: unknown; embedded: unknown }> {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return [{ path: `${path}.length`, lite: a.length, embedded: b.length }];
      return a.flatMap((item, i) => differences(item, b[i], `${path}[]`));
    }
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path: path || '.', lite: a, embedded: b }];
}

async function run(uri: string, steps: readonly Step[]): Promise<Outcome[]> {
  const conn = Connection.start(uri);
  try {
    await conn.firstConnected({ timeout: 10_000 });
    const outcomes: Outcome[] = [];
    for (const step of steps) outcomes.push(await send(conn, step));
    return outcomes;
  } finally {
    await conn.disconnect();
  }
}

const describeIfLite = realKinds().includes('lite') ? describe : describe.skip;

describeIfLite('differential fidelity: milvus-lite against the embedded server', function () {
  this.timeout(START_TIMEOUT_MS + 300_000);

  it('answers the workload alike, but for the known differences', async function () {
    const steps = workload('diff_');
    const kinds = new Set(steps.map((step) => step.kind));
    expect(steps.length, 'requests').to.be.at.least(300);
    expect(kinds.size, 'kinds of request').to.be.at.least(30);

    const lite = await startRealServer('lite');
    let liteOutcomes: Outcome[];
    try {
      liteOutcomes = await run(lite.uri, steps);
    } finally {
      await lite.stop();
    }
    expect(leftoverProcesses()).to.deep.equal([]);
    const embedded = await startMilvusTestServer();
    let embeddedOutcomes: Outcome[];
    try {
      embeddedOutcomes = await run(embedded.uri, steps);
    } finally {
      await embedded.stop();
    }

    let equal = 0;
    const used = new Set<KnownDifference>();
    const unknown = new Map<string, { count: number; lite: unknown; embedded: unknown; step: number }>();
    steps.forEach((step, i) => {
      const { details: _liteDetails, ...lite } = liteOutcomes[i] as Outcome & { details?: string };
      const { details: _embeddedDetails, ...embedded } = embeddedOutcomes[i] as Outcome & { details?: string };
      const found = differences(lite, embedded);
      if (found.length === 0) {
        equal++;
        return;
      }
      for (const difference of found) {
        const known = KNOWN.find((entry) => entry.kind === step.kind && (entry.path === '*' || difference.path.startsWith(entry.path)));
        if (known !== undefined) {
          used.add(known);
          continue;
        }
        const key = `${step.kind} ${difference.path}`;
        const seen = unknown.get(key);
        if (seen === undefined)
          unknown.set(key, { count: 1, lite: difference.lite ?? _liteDetails, embedded: difference.embedded ?? _embeddedDetails, step: i });
        else seen.count++;
      }
    });
    const stale = KNOWN.filter((entry) => !used.has(entry));
    console.log(
      `      fidelity: ${equal} / ${steps.length} replies equal (${((100 * equal) / steps.length).toFixed(1)} %) over ${kinds.size} kinds; known differences: ${KNOWN.length}, of them stale: ${stale.length}`,
    );
    for (const entry of stale) console.log(`      stale known difference: ${entry.kind} ${entry.path}`);
    const report = [...unknown].map(
      ([key, { count, lite, embedded, step }]) =>
        `${key} (${count}x, first at step ${step} ${JSON.stringify((steps[step]?.request as { expr?: string }).expr ?? '')}): lite ${JSON.stringify(lite)?.slice(0, 160)} | embedded ${JSON.stringify(embedded)?.slice(0, 160)}`,
    );
    expect(report.join('\n'), 'differences not in known-differences.json').to.equal('');
    expect(
      stale.map((entry) => `${entry.kind} ${entry.path}`),
      'known differences no longer seen',
    ).to.deep.equal([]);
  });
});
