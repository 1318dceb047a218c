/** Items listed under a label that calls them the inputs are sources by the user's own word, named by their words before the first aside. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listedInputs } from '../../../src/core/reading/listedInputs';
import { readDescription } from '../../../src/core/reading';

test('a bulleted list under "Inputs:", "Data sources:" or "What we have:" gives one source per item, with its aside as detail', () => {
  const text = 'Hi team,\n\nData sources:\n- Stationwatch river gauge readings (15-minute, since 2011)\n- ECMWF ensemble rainfall, pulled by a cron on the VM\n* Municipal pump logs\n\nThe model is a GRU we retrain monthly.';
  assert.deepEqual(listedInputs(text), [
    { name: 'Stationwatch river gauge readings', detail: '15-minute, since 2011' },
    { name: 'ECMWF ensemble rainfall', detail: 'pulled by a cron on the VM' },
    { name: 'Municipal pump logs', detail: null },
  ]);
  assert.deepEqual(listedInputs('**What we have:**\n1. Our loyalty-card baskets\n2. Shelf planograms from the merch team').map((s) => s.name), ['loyalty-card baskets', 'Shelf planograms from the merch team']);
  assert.deepEqual(listedInputs('Inputs: till receipts, footfall counters and local weather.').map((s) => s.name), ['till receipts', 'footfall counters', 'local weather']);
});

test('a list under any other label, or prose that mentions inputs, lists no source', () => {
  assert.deepEqual(listedInputs('Goals:\n- faster retraining\n- fewer manual steps'), []);
  assert.deepEqual(listedInputs('The inputs are messy and we clean them by hand.'), []);
  assert.deepEqual(listedInputs('Outputs:\n- a weekly risk list'), []);
});

test('the reading lists the items as sources, so the draft names them instead of asking where the data lives', () => {
  const reading = readDescription('We forecast flood risk for 40 pumping stations.\n\nInputs:\n- Stationwatch river gauge readings (15-minute)\n- ECMWF ensemble rainfall\n\nA GRU is retrained monthly and scores every station each morning.', null);
  assert.deepEqual(reading.sources.map((s) => s.name), ['Stationwatch river gauge readings', 'ECMWF ensemble rainfall']);
});

test('a sentence after an inputs label is prose, not a list of names', () => {
  assert.deepEqual(listedInputs('- input: dashcam clips over LTE into our Kinesis stream, ~2k trips/day, mostly urban routes'), []);
  assert.deepEqual(listedInputs('- inputs: dashcam clips, GPS traces and weather').map((s) => s.name), ['dashcam clips', 'GPS traces', 'weather']);
});

test('a form\'s question for the data lists the sources on the lines after it', () => {
  const r = readDescription('2. What data do you have?\n- Scalecloud: weight events per bin, 9 months\n- Tillpoint POS: item sales, 3 years\n- Weather? Not yet.\n\n3. How often?\nDaily.', null);
  assert.deepEqual(r.sources.map((s) => s.name), ['Scalecloud', 'Tillpoint POS']);
});
