/**
 * The layout of a conversation: mail headers, forwarding marks, chat headers and speaker labels
 * say who talks, never what the work is. The people they name are no tools or systems when their
 * names come up again in the text. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { peopleIn, withPlainBullets, withoutHeaders, withoutStruck, withoutTableBars } from '../../../src/core/reading/layout';
import { readDescription } from '../../../src/core/reading';

test('the people of mail headers, chat headers and speaker labels are each whole name and each of its words', () => {
  const mail = ['From: Kafka Nguyen <kafka@riverside.coop>', 'To: Airflow Ops <ops@riverside.coop>, Spark Okoro', 'Cc: Data Platform Team', '', 'Hi Spark, …'].join('\n');
  const people = peopleIn(mail);
  for (const name of ['Kafka Nguyen', 'Kafka', 'Nguyen', 'Spark Okoro', 'Spark']) assert.ok(people.has(name), name);
  assert.ok(!people.has('Data') && !people.has('Platform'), 'a team in a header is a group, not a person');
  const chat = ['Celery Park  10:02 AM', 'we pull the scans nightly', '', 'Otis Bay  10:05 AM', 'ok'].join('\n');
  assert.ok(peopleIn(chat).has('Celery'));
  const transcript = ['Ray: so the model', 'Jo: right', 'Ray: and then', 'Jo: yes'].join('\n');
  assert.ok(peopleIn(transcript).has('Ray') && peopleIn(transcript).has('Jo'));
  assert.equal(peopleIn('Goal: forecast demand.\nData: in Snowflake.').size, 0, 'topic labels said once are no speakers');
});

test('a document\'s roster labels name people too, after a separator as at a line\'s start, less titles and organisations', () => {
  const people = peopleIn(['Decision log 14 | Deciders: Flint Moreau (Eng Lead), Celery Adeyemi | Status: accepted', 'Host: Dr. Ray Tan', 'Principal investigator: Prof. Luigi Okafor, Institute of Soil Science'].join('\n'));
  for (const name of ['Flint Moreau', 'Flint', 'Celery Adeyemi', 'Ray Tan', 'Ray', 'Luigi Okafor', 'Luigi']) assert.ok(people.has(name), name);
  assert.ok(!people.has('Institute') && !people.has('Status'), 'an organisation or another field is no person');
});

test('a person whose name is a product\'s is not that product when the text names them again', () => {
  const text = [
    'From: Ray Delgado <ray@orchard.example>',
    'To: Prefect Adams',
    'Subject: bruise scoring',
    '',
    'Prefect, the packhouse wants bruise risk scores per bin every morning from the intake scans in Postgres. Ray can help with labels.',
    '',
    'Ray',
  ].join('\n');
  const r = readDescription(text, null);
  assert.ok(!r.tools.includes('Ray') && !r.tools.includes('Prefect'), r.tools.join(', '));
  assert.ok(!r.systems.some((s) => /^(?:Ray|Prefect)$/.test(s.name)), r.systems.map((s) => s.name).join(', '));
  assert.ok(r.tools.includes('Postgres'), 'the products they name stay');
});

test('forwarding marks and reply prefixes are blanked, offsets kept', () => {
  const text = ['Subject: Fwd: RE: Re: crane telemetry', '---------- Forwarded message ---------', 'We log crane telemetry.'].join('\n');
  const blanked = withoutHeaders(text);
  assert.equal(blanked.length, text.length);
  assert.doesNotMatch(blanked, /Fwd|RE:|Re:|Forwarded/);
  assert.match(blanked, /^Subject:\s+crane telemetry/);
  const r = readDescription(text, null);
  assert.ok(!r.systems.some((s) => /^(?:Fwd|Re|RE)$|Forwarded/.test(s.name)), r.systems.map((s) => s.name).join(', '));
});

test('a table row\'s bars part its cells, so no name runs across them; offsets stay put', () => {
  const text = ['Action items', '| # | Action | Owner | Due |', '|---|---|---|---|', '| 1 | Freshness checks on the Meteomatix feed | Ben | 29 Mar |', '', 'Everything runs in Dagster.'].join('\n');
  const r = readDescription(text, null);
  assert.ok(!r.systems.some((s) => s.name.includes('|') || /Ben|Mar/.test(s.name) && s.name.includes(' ')), r.systems.map((s) => s.name).join(' ; '));
  assert.ok(!r.systems.some((s) => /\|/.test(s.name) || /\bfeed\s+\S*\s*Ben\b/.test(s.name)), r.systems.map((s) => s.name).join(' ; '));
  assert.equal(withoutTableBars(text).length, text.length);
  assert.equal(withoutTableBars('Clause Radar | Project Hub'), 'Clause Radar | Project Hub', 'one bar is a separator, not a table');
});

test('text struck through is taken back: no work is read from it', () => {
  const text = ['## TODO', '- [ ] Retrain the lithology model monthly', '- [x] ~~Live scoring API for the rig tablets~~ — parked by the steering group'].join('\n');
  const r = readDescription(text, null);
  assert.ok(!r.components.some((c) => c.kind === 'online-inference'), r.components.map((c) => `${c.kind}: ${c.text}`).join('\n'));
  assert.equal(withoutStruck('a ~~b~~ c'), 'a       c');
});

test('a list item opened by an arrow, a check mark, a square or a dash of its own is a list item: no work runs from one item into the next', () => {
  for (const mark of ['→', '▸', '✓', '■', '–']) {
    const text = ['Done so far:', `${mark} Weekly pull of kiln sensor logs into a shared MySQL database`, `${mark} A classifier that flags each batch of bricks likely to crack, retrained monthly`].join('\n');
    assert.equal(withPlainBullets(text).length, text.length, 'offsets stay put');
    const r = readDescription(text, null);
    assert.ok(!r.systems.some((s) => s.name.includes(mark)), r.systems.map((s) => s.name).join(' ; '));
    const ingest = r.components.find((c) => c.kind === 'ingestion');
    assert.ok(ingest, r.components.map((c) => `${c.kind}: ${c.text}`).join('\n'));
    assert.doesNotMatch(ingest.text, /classifier/, 'the next item is not the same sentence');
  }
  assert.equal(withPlainBullets('Latency → 200 ms'), 'Latency → 200 ms', 'an arrow inside a line is no bullet');
});

test('a person named in the text, with or without a title, is no system; a method named after a person is', () => {
  const names = readDescription('Ingrid Solberg built the Metabase dashboards; Dr. Okonkwo checks the flagged batches. Mateus tried Thompson Sampling for the offers.', null).systems.map((s) => s.name);
  assert.ok(!names.some((n) => /Ingrid|Solberg|Okonkwo|Mateus/.test(n)), names.join(' ; '));
  assert.ok(names.some((n) => /Metabase/.test(n)), names.join(' ; '));
  assert.ok(names.some((n) => /Thompson Sampling/.test(n)), names.join(' ; '));
});
