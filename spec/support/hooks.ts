/**
 * Root hooks, registered by `.mocharc.json` (`require`) for the specs and by
 * `.mocharc.chaos.json` for the chaos suite: after every spec, what it started through
 * `live.ts` is stopped, so that no server or connection outlives the spec that made it.
 */
import type { RootHookObject } from 'mocha';
import { stopStarted } from './live.js';

/** The hooks mocha runs around every spec of every file. */
export const mochaHooks: RootHookObject = {
  afterEach: stopStarted,
};
