/**
 * Shared by the structure, forbidden, engine and fix tests: a sound architecture document
 * to change one thing in, and small helpers to find a rule's findings and apply its fix.
 */
import assert from 'node:assert/strict';
import type { ResolvedConfig } from '../../../src/core/lint/config';
import { DEFAULT_CONFIG } from '../../../src/core/lint/config';
import { applyFixes } from '../../../src/core/lint/fix';
import { lint } from '../../../src/core/lint/lint';
import type { Diagnostic, Severity } from '../../../src/core/lint/types';

/** A subscription-churn scope written the way the template asks; every test starts from it. */
export const CHURN = `# Pipeline Architecture: Subscription Churn Prediction

## Overview

Streamly, a video subscription service, wants to know each week which subscribers are likely to cancel so the retention team can reach them first.
Today an analyst runs a notebook by hand once a month and emails a CSV of at-risk accounts.
The scope is one training pipeline first, then a weekly batch scoring pipeline that writes risk scores back to the CRM.
Team: 2 ML engineers maintain these pipelines.

## Pipeline Decomposition

### Pipeline 1: Churn Model Training (MVP)

- **Purpose**: Trains the churn classifier on the last year of subscriber activity and promotes it only when it beats the production model.
- **Trigger**: Weekly on Monday at 04:00 UTC, plus manual runs while features are tuned.
- **Steps** (approximate — describe in prose, no code):
  1. load_activity — reads the last 12 months of viewing and billing events from BigQuery and drops test accounts → produces activity table
  2. build_features — computes tenure, viewing trend and payment-failure features per subscriber → produces feature matrix
  3. train_classifier — fits a gradient-boosted classifier with class weights for the rare churn label → produces candidate model
  4. evaluate — compares precision at the top decile with the production model on a time-based holdout → produces evaluation report
- **Data sources**: BigQuery \`viewing_events\` and \`billing_events\` tables
- **Key artifacts**: feature matrix (reused for error analysis), candidate model, evaluation report
- **Orchestrator requirements**: Vertex AI, CPU only
- **Model Control Plane**: \`churn_classifier\` — produces a new version on every run; promotes passing versions to \`production\`.

### Pipeline 2: Weekly Churn Scoring (Phase 2)

- **Purpose**: Scores every active subscriber with the production model and hands the riskiest accounts to the retention team.
- **Trigger**: Weekly on Monday at 07:00 UTC, after training.
- **Steps** (approximate — describe in prose, no code):
  1. load_subscribers — reads active subscribers and their latest features from BigQuery → produces scoring table
  2. score_subscribers — applies the production classifier → produces churn scores
  3. publish_scores — writes scores and the top-decile flag to the CRM export table → produces published score snapshot
- **Data sources**: BigQuery \`subscribers\` table and the feature tables above
- **Key artifacts**: churn scores and the published snapshot, so each campaign can name the scores it used
- **Orchestrator requirements**: Vertex AI, CPU only
- **Model Control Plane**: \`churn_classifier\` — reads the \`production\` version.

## Cross-Pipeline Data Flow

Churn Model Training creates a new \`churn_classifier\` version on every run and promotes it to \`production\` only when it wins on the holdout.
Weekly Churn Scoring always loads the \`production\` version, so a promotion changes the next scoring run without any code change.

## Not-a-Pipeline Components

- **Retention dashboard** — a UI for the retention team, not a computation workflow. Use instead: Looker on the CRM export table.
- **Cancellation alerts** — alerts must fire continuously, not in batches. Use instead: the existing PagerDuty rules.

## Deferred / Future Work

- **Uplift modelling for offers** — needs a baseline churn model in production first.
- **Hyperparameter tuning** — start with fixed parameters and tune once the pipeline is stable.

## Open Questions

1. Can Vertex AI workers read the CRM export dataset, or does the data team need to grant access?
`;

export function findings(text: string, rule: string, config: ResolvedConfig = DEFAULT_CONFIG): Diagnostic[] {
  return lint(text, config).filter((d) => d.rule === rule);
}

/** 0-based index of the first line containing `needle`; fails the test if there is none. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(index >= 0, `no line contains ${JSON.stringify(needle)}`);
  return index;
}

/** Replaces one exact passage of the base document; fails loudly if the passage moved. */
export function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `passage not found: ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** Exactly one finding of `rule`, on `line`, with `severity`. */
export function expectOne(text: string, rule: string, line: number, severity: Severity, config: ResolvedConfig = DEFAULT_CONFIG): Diagnostic {
  const found = findings(text, rule, config);
  assert.equal(found.length, 1, `expected one ${rule}, got ${JSON.stringify(found.map((d) => [d.range.start.line, d.message]))}`);
  const d = found[0]!;
  assert.equal(d.range.start.line, line, `${rule} on line ${d.range.start.line}, expected ${line}`);
  assert.equal(d.severity, severity);
  return d;
}

export function expectNone(text: string, rule: string, config: ResolvedConfig = DEFAULT_CONFIG): void {
  const found = findings(text, rule, config);
  assert.deepEqual(
    found.map((d) => `${d.range.start.line + 1}: ${text.split('\n')[d.range.start.line]}`),
    [],
    `unexpected ${rule}`,
  );
}

/** The text after applying a finding's first fix (or the one titled `title`). */
export function fixed(text: string, d: Diagnostic, title?: string): string {
  const fix = title ? d.fixes.find((f) => f.title === title) : d.fixes[0];
  assert.ok(fix, `no fix${title ? ` titled ${title}` : ''} on ${d.rule}`);
  return applyFixes(text, [fix]);
}
