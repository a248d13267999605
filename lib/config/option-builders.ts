/**
 * Builders for the option table of `config.ts`: each describes one option's type, default,
 * bounds and documentation once, so the `Config` type, the defaults, the validation and
 * the README table are all derived from the same entry.
 *
 * Pure: no I/O.
 */
import { InvalidError } from '../errors.js';
import { knownNames } from './did-you-mean.js';
import { MAX_TIMER_MS } from '../time/deadline.js';

/** The values parsed so far, handed to defaults that depend on other options. */
export type GivenValues = Readonly<Record<string, unknown>>;

/**
 * One option of the table.
 *
 * @typeParam T - the type of the option in the parsed `Config`
 * @typeParam In - what a caller may pass for it
 */
export interface OptionSpec<T, In = NonNullable<T>> {
  /** What the option does, for the README. */
  readonly description: string;
  /** The default, as the README shows it. */
  readonly defaultText: string;
  /** What is allowed, as the README and error messages show it. */
  readonly allowed: string;
  /** Whether the value must never be shown (password, token). */
  readonly secret: boolean;
  /** Checks and converts a given value; throws `InvalidError` naming `field`. */
  parse(value: unknown, field: string): T;
  /** The value when the option is not given. */
  defaultOf(given: GivenValues): T;
  /** Phantom member carrying the input type; never set. */
  readonly input?: In;
}

/** Describes a value for an error message without ever showing a secret. */
export function describeValue(value: unknown, secret: boolean): string {
  if (secret) return `a ${value === null ? 'null' : typeof value}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** Throws the `InvalidError` for `field`, naming what is allowed and what came. */
export function reject(field: string, allowed: string, value: unknown, secret = false): never {
  throw new InvalidError(field, `Invalid option "${field}": expected ${allowed}, got ${describeValue(value, secret)}`);
}

function rangeText(min: number, max: number, unit: string): string {
  const suffix = unit === '' ? '' : ` ${unit}`;
  return max >= MAX_TIMER_MS ? `>= ${min}${suffix}` : `${min}..${max}${suffix}`;
}

function rangeWords(min: number, max: number, unit: string): string {
  const suffix = unit === '' ? '' : ` (${unit})`;
  return max >= MAX_TIMER_MS ? `>= ${min}${suffix}` : `from ${min} to ${max}${suffix}`;
}

interface Described {
  description: string;
}

/**
 * A whole number within bounds (milliseconds, ports, counts); with `orInfinity`, also
 * `Infinity` for "never".
 */
export function integer(
  o: Described & {
    min: number;
    max: number;
    unit?: string;
    orInfinity?: boolean;
    default: number | ((given: GivenValues) => number);
    defaultText?: string;
  },
): OptionSpec<number> {
  const infinity = o.orInfinity === true ? ', or Infinity' : '';
  const allowed = `an integer ${rangeWords(o.min, o.max, o.unit ?? '')}${infinity}`;
  const fallback = o.default;
  return {
    description: o.description,
    defaultText: o.defaultText ?? String(fallback),
    allowed: `${rangeText(o.min, o.max, o.unit ?? '')}${infinity}`,
    secret: false,
    parse(value, field) {
      if (o.orInfinity === true && value === Infinity) return value;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < o.min || value > o.max) {
        return reject(field, allowed, value);
      }
      return value;
    },
    defaultOf: (given) => (typeof fallback === 'function' ? fallback(given) : fallback),
  };
}

/** A finite number within bounds (multipliers, ratios). */
export function decimal(o: Described & { min: number; max: number; default: number }): OptionSpec<number> {
  const allowed = `a number from ${o.min} to ${o.max}`;
  return {
    description: o.description,
    defaultText: String(o.default),
    allowed: `${o.min}..${o.max}`,
    secret: false,
    parse(value, field) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < o.min || value > o.max) {
        return reject(field, allowed, value);
      }
      return value;
    },
    defaultOf: () => o.default,
  };
}

/** A boolean switch. */
export function flag(o: Described & { default: boolean; defaultText?: string }): OptionSpec<boolean> {
  return {
    description: o.description,
    defaultText: o.defaultText ?? String(o.default),
    allowed: 'true or false',
    secret: false,
    parse(value, field) {
      return typeof value === 'boolean' ? value : reject(field, 'true or false', value);
    },
    defaultOf: () => o.default,
  };
}

/** One of a fixed set of strings. */
export function choice<T extends string>(o: Described & { values: readonly T[]; default: T }): OptionSpec<T> {
  const allowed = o.values.map((value) => `"${value}"`).join(' or ');
  return {
    description: o.description,
    defaultText: `\`${o.default}\``,
    allowed: o.values.map((value) => `\`${value}\``).join(', '),
    secret: false,
    parse(value, field) {
      return (o.values as readonly unknown[]).includes(value) ? (value as T) : reject(field, allowed, value);
    },
    defaultOf: () => o.default,
  };
}

/**
 * A string with a default. `check` narrows it further (a host, a database name): it returns
 * the value to keep, or throws naming `field`; `allowed` then says what it accepts.
 */
export function text(
  o: Described & {
    default: string;
    defaultText?: string;
    allowed?: string;
    check?: (value: string, field: string) => string;
  },
): OptionSpec<string> {
  return {
    description: o.description,
    defaultText: o.defaultText ?? `\`${o.default}\``,
    allowed: o.allowed ?? 'non-empty string',
    secret: false,
    parse(value, field) {
      if (typeof value !== 'string' || value.trim() === '') return reject(field, 'a non-empty string', value);
      return o.check === undefined ? value : o.check(value, field);
    },
    defaultOf: () => o.default,
  };
}

/** A string that may be absent; a secret one is never shown. */
export function optionalText(o: Described & { secret?: boolean }): OptionSpec<string | undefined, string> {
  const secret = o.secret ?? false;
  return {
    description: o.description,
    defaultText: 'none',
    allowed: secret ? 'non-empty string (secret: never shown)' : 'non-empty string',
    secret,
    parse(value, field) {
      return typeof value === 'string' && value !== '' ? value : reject(field, 'a non-empty string', value, secret);
    },
    defaultOf: () => undefined,
  };
}

/** Checks that `value` is a plain object (not null, not an array, not a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Rejects keys of `value` that are not in `known`, naming the first under `prefix` and the
 * known name nearest to it (or all of them when none is close).
 */
export function rejectUnknownKeys(value: Record<string, unknown>, known: readonly string[], prefix: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      const field = prefix === '' ? key : `${prefix}.${key}`;
      throw new InvalidError(field, `Invalid option "${field}": unknown option; ${knownNames(key, known, 'options')}`);
    }
  }
}

/** An option with a custom shape, absent by default. */
export function structured<T, In>(
  o: Described & { allowed: string; secret?: boolean; parse: (value: unknown, field: string) => T },
): OptionSpec<T | undefined, In> {
  return {
    description: o.description,
    defaultText: 'none',
    allowed: o.allowed,
    secret: o.secret ?? false,
    parse: o.parse,
    defaultOf: () => undefined,
  };
}
