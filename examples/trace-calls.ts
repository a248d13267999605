/**
 * Traces every call: a subscriber of the `milvex:call` TracingChannel (node:diagnostics_channel)
 * prints one line a call, with its method, collection, attempts, outcome and duration; the
 * same events an OpenTelemetry or APM integration would turn into spans.
 *
 * Run: npx tsx examples/trace-calls.ts http://localhost:19530
 */
import { tracingChannel } from 'node:diagnostics_channel';
import { CALL_TRACING_CHANNEL, type CallTraceContext, Connection } from '../lib/index.js';

const started = new WeakMap<CallTraceContext, number>();
tracingChannel<object, CallTraceContext>(CALL_TRACING_CHANNEL).subscribe({
  start: (call) => started.set(call, performance.now()),
  end: () => undefined,
  asyncStart: () => undefined,
  error: () => undefined,
  asyncEnd: (call) => {
    const ms = performance.now() - (started.get(call) ?? performance.now());
    const where = call.collection === undefined ? call.database : `${call.database}.${call.collection}`;
    console.log(`call ${call.method} on ${where}: ${call.outcome ?? '?'} after ${call.attempts} attempt(s) in ${ms.toFixed(1)} ms`);
  },
});

const conn = Connection.start(process.argv[2] ?? 'http://localhost:19530');
await conn.call('CheckHealth', {});
await conn.call('HasCollection', { collection_name: 'no_such_collection' }).catch(() => undefined);
await conn.call('DescribeCollection', { collection_name: 'no_such_collection' }).catch(() => undefined);
await conn.disconnect();
