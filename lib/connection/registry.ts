/**
 * Named connections. The registry lives under a global symbol so that an ESM and a
 * CommonJS copy of milvex loaded in one process see the same names.
 */
import { ConnectionError, InvalidError } from '../errors.js';

const REGISTRY = Symbol.for('milvex.registry');

type Registry<T> = Map<string, T>;

function registry<T>(): Registry<T> {
  const holder = globalThis as unknown as Record<symbol, Registry<T> | undefined>;
  holder[REGISTRY] ??= new Map<string, T>();
  return holder[REGISTRY];
}

/**
 * Claims a name for a live connection.
 *
 * @throws InvalidError (field `name`) when the name is empty or already held
 */
export function registerName<T>(name: string, connection: T): void {
  if (typeof name !== 'string' || name === '') {
    throw new InvalidError('name', 'Invalid option "name": expected a non-empty string');
  }
  const names = registry<T>();
  if (names.has(name)) {
    throw new InvalidError('name', `Invalid option "name": a live connection is already registered as "${name}"`);
  }
  names.set(name, connection);
}

/** Frees a name, if `connection` holds it. */
export function releaseName<T>(name: string, connection: T): void {
  const names = registry<T>();
  if (names.get(name) === connection) names.delete(name);
}

/** The live connection registered under `name`, if any. */
export function lookupName<T>(name: string): T | undefined {
  return registry<T>().get(name);
}

/**
 * The live connection registered under `name`.
 *
 * @throws ConnectionError with reason `unknown_name`
 */
export function requireName<T>(name: string): T {
  const found = lookupName<T>(name);
  if (found === undefined) {
    throw new ConnectionError('unknown_name', { host: '', port: 0 }, `No live connection is registered as "${name}"`);
  }
  return found;
}
