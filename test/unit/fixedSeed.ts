/**
 * Loaded before every unit test file (scripts/run-unit.mjs): property tests draw the same inputs on
 * every run, so a red run is a regression, never a new draw. `FC_SEED=<n>` explores other draws.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261206) });
