/**
 * Timestamptz and Geometry values. A Timestamptz arrives as an ISO 8601 string with a time
 * zone offset, lives as microseconds since the epoch in UTC (a bigint, so it orders and
 * compares like Int64), and leaves as an ISO string in UTC, as Milvus returns it. A Geometry
 * arrives and leaves as WKT text and lives as that text; spatial filters (`ST_*`) are not
 * modelled.
 */
import { fail } from './status.js';

/** `2025-05-01T23:59:59.123456+08:00`, `...Z`, or a date alone. */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Microseconds since the epoch (UTC) of an ISO 8601 timestamp.
 *
 * @throws MilvusFailure 1100 naming the field when the text is not ISO 8601
 */
export function parseTimestamptz(text: string, field: string): bigint {
  const match = ISO.exec(text.trim());
  const [, date = '', hour = '00', minute = '00', second = '00', fraction = '', zone = 'Z'] = match ?? [];
  const millis = Date.parse(
    `${date}T${hour}:${minute}:${second}${zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
  );
  if (match === null || Number.isNaN(millis))
    fail('parameterInvalid', `invalid timestamptz value ${JSON.stringify(text)} of field ${field}: expect ISO 8601 with a time zone offset`);
  // Date.parse saw whole seconds: the fraction adds its microseconds (digits past six are dropped).
  return BigInt(millis) * 1000n + BigInt(fraction.padEnd(6, '0').slice(0, 6));
}

/** An ISO 8601 UTC string of microseconds since the epoch (fraction only when not zero). */
export function formatTimestamptz(micros: bigint): string {
  const millis = micros / 1000n - (micros % 1000n < 0n ? 1n : 0n);
  const rest = micros - millis * 1000n;
  const base = new Date(Number(millis)).toISOString();
  const fraction = `${base.slice(20, 23)}${String(rest).padStart(3, '0')}`.replace(/0+$/, '');
  return `${base.slice(0, 19)}${fraction === '' ? '' : `.${fraction}`}Z`;
}

const WKT = /^\s*(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION)\s*(Z|M|ZM)?\s*(\(|EMPTY)/i;

/** Checks that a Geometry value is WKT text. @throws MilvusFailure 1100 */
export function checkWkt(text: string, field: string): void {
  if (!WKT.test(text)) fail('parameterInvalid', `invalid WKT ${JSON.stringify(text.slice(0, 40))} of geometry field ${field}`);
}
