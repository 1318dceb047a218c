/**
 * What the team rules out, as a labelled line or list, is listed under Deferred in its words and
 * never planned. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruledOut } from '../../../src/core/reading/outOfScope';
import { readDescription } from '../../../src/core/reading';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('a label that rules work out, with its items on the line or listed under it', () => {
  const said = (text: string) => ruledOut(text).map((r) => r.said);
  assert.deepEqual(said('Context first.\nOut of scope for now: returns forecasting, store staffing.\nThanks'), ['returns forecasting, store staffing.']);
  assert.deepEqual(said('Non-goals:\n- translating user reviews\n- a mobile app\n\nTeam: two of us.'), ['translating user reviews; a mobile app']);
  assert.deepEqual(said('- Explicitly out of scope — the pricing engine (owned by finance)'), ['the pricing engine (owned by finance)']);
  // Scope said in a sentence is not a label.
  assert.deepEqual(said('We think churn is out of scope for this quarter, but not sure.'), []);
  // A full stop ends the label's sentence: what follows on the line says what is in, not out.
  assert.deepEqual(said('what about voice-overs?\nout of scope. subtitles only'), []);
  assert.deepEqual(said('Out of scope. Everything else is negotiable.'), []);
  assert.deepEqual(said('Out of scope.\n- store staffing'), ['store staffing']);
  // Qualified labels and headings: "at least for now", "(phase 1)", a numbered or marked heading with its list.
  assert.deepEqual(said('Out of scope, at least for now: donor forecasting, truck routing.'), ['donor forecasting, truck routing.']);
  assert.deepEqual(said('Out of scope (phase 1): the mobile app'), ['the mobile app']);
  assert.deepEqual(said('## Out of scope (for now)\n- voice cloning\n- dubbing'), ['voice cloning; dubbing']);
  assert.deepEqual(said('5. Out of scope\n- shelf photos\n\nTeam: two of us.'), ['shelf photos']);
  assert.deepEqual(said('Also out of scope: pilot fatigue modelling.'), ['pilot fatigue modelling.']);
  // A pictograph or emphasis around the heading, a blank line before its list, and "▸" items are layout.
  assert.deepEqual(said('⛔ Out of scope\n\n▸ engine selection\n▸ quoting'), ['engine selection; quoting']);
  assert.deepEqual(said('*Out of scope*\n- salvage\n- arbitration filing'), ['salvage; arbitration filing']);
  assert.deepEqual(said('### Non-goals\n\n- face recognition\n\nNext section'), ['face recognition']);
});

test('work the team ruled out is deferred by name and planned nowhere', () => {
  const text = 'We retrain a demand forecaster weekly on BigQuery sales and write forecasts to a table planners read every morning.\nNot in scope: the markdown pricing model (another team owns it), supplier scoring.';
  const reading = readDescription(text, null);
  assert.ok(!reading.models.some((m) => /pricing/i.test(m.name)), 'the ruled-out model is no model of the plan');
  const r = draftInterview(text);
  assert.ok(r.ok);
  const arch = r.draft.architecture;
  const deferred = arch.deferred.find((d) => d.name.startsWith('Out of scope'));
  assert.ok(deferred, arch.deferred.map((d) => d.name).join(', '));
  assert.match(deferred.name, /markdown pricing model, supplier scoring/);
  assert.ok(!arch.pipelines.some((p) => /pricing|supplier/i.test(p.name)));
});

test('an "Out of scope:" label rules out its own sentence, not what the line goes on to say', () => {
  const r = readDescription('We score every claim nightly with our severity model.\nOut of scope for now: fraud rings, subrogation. Things we genuinely do not know: whether to retrain weekly or monthly.', null);
  const card = r.components.find((c) => c.id === 'out-of-scope');
  assert.equal(card?.name, 'Out of scope: fraud rings, subrogation');
  assert.doesNotMatch(card?.text ?? '', /retrain/);
});

test('work the team says it does not know whether to do is deferred as undecided, not planned', () => {
  const r = draftInterview('We tag each incoming complaint with a hosted model today and write the tags to Zendesk. What we honestly don\'t know: whether to keep prompting it or fine-tune a smaller model of our own. Two engineers.');
  assert.ok(r.ok);
  const steps = r.draft.architecture.pipelines.flatMap((p) => p.steps.map((s) => s.name));
  assert.ok(!steps.includes('train_model') && !steps.includes('fine_tune'), steps.join(' '));
});

test('work ruled out in a sentence of its own: its subject, not a pointer or a hedge', () => {
  const said = (text: string) => ruledOut(text).map((r) => r.said);
  assert.deepEqual(said('For the record: contract and RFP pricing is NOT part of this. Spot quotes only.'), ['contract and RFP pricing']);
  assert.deepEqual(said('We score the returns nightly. Voice-over scripts are out of scope for now.'), ['Voice-over scripts']);
  assert.deepEqual(said('Shelf photos may come later but are not in scope.'), ['Shelf photos']);
  assert.deepEqual(said('Tremor classification is outside the scope of this grant.'), ['Tremor classification']);
  for (const text of ['This is out of scope for now.', 'Maybe churn is out of scope, not sure.', "What's out of scope?", 'Is labelling out of scope?']) assert.deepEqual(said(text), [], text);
  // Named work ruled out that way is deferred and planned nowhere.
  const r = draftInterview('We retrain a dwell-time model weekly on the yard history in Snowflake and score every trailer nightly. Trailer damage detection from photos is not part of this project.');
  assert.ok(r.ok);
  assert.match(r.draft.architecture.deferred.map((d) => d.name).join(' | '), /Trailer damage detection/);
});

test('items under an "Out of scope" heading keep their own full stops to themselves: the card names each item once', () => {
  const text = ['We forecast ward admissions nightly from the PAS extract.', '', 'Out of scope', '- Theatre scheduling (the vendor owns it).', '- Staff rostering.', '- Anything patient-facing.'].join('\n');
  const card = readDescription(text, null).components.find((c) => c.id === 'out-of-scope');
  assert.equal(card?.name, 'Out of scope: Theatre scheduling; Staff rostering; Anything patient-facing');
  assert.match(card?.text ?? '', /Theatre scheduling \(the vendor owns it\); Staff rostering; Anything patient-facing$/);
});

test('work said to be excluded or dropped from the project is ruled out, and names no task; data left out of a set is not', () => {
  const said = (text: string) => readDescription(text, null).components.find((c) => c.id === 'out-of-scope')?.name ?? null;
  const plan = 'We forecast parcel volumes per depot every night from the WMS and publish them to the rostering tool.';
  assert.equal(said(`${plan} A second idea, dynamic van routing, was discussed and is excluded from this project for now.`), 'Out of scope: dynamic van routing');
  assert.equal(said(`${plan} Driver scoring was proposed but has been dropped from the first version.`), 'Out of scope: Driver scoring');
  assert.equal(said(`${plan} Customer churn prediction is deliberately left out of the pilot.`), 'Out of scope: Customer churn prediction');
  assert.equal(said(`${plan} Churn prediction was requested and is excluded from this proposal.`), 'Out of scope: Churn prediction');
  assert.equal(said(`${plan} Holiday weeks are excluded from the training set.`), null);
  // The task the description names is the work it keeps, not the work it excluded.
  const r = readDescription(`We tag incoming complaints by topic. Sentiment detection was considered and is excluded from this proposal. ${plan}`, null);
  assert.notEqual(r.task?.name, 'Sentiment detection');
});

test('a label of not wanting ("Things I\'m NOT looking for:", "We don\'t want:", "What we do not need") rules out its items', () => {
  const list = ['Things we are NOT looking for:', '- Route optimisation, the dispatch tool does that.', '- Pricing. Leave prices alone.', '', 'What I would love: a daily pick list per shop.'].join('\n');
  assert.deepEqual(ruledOut(list).map((r) => r.said), ["Route optimisation, the dispatch tool does that; Pricing. Leave prices alone"]);
  assert.deepEqual(ruledOut("We don't want: a new app, anything touching payroll.").map((r) => r.said), ['a new app, anything touching payroll.']);
  assert.deepEqual(ruledOut('What we do not need:\n- dashboards\n- alerts').map((r) => r.said), ['dashboards; alerts']);
  assert.deepEqual(ruledOut("We don't want to lose the history."), [], 'a wish in a sentence is no label');
  // Work named only there names no project.
  assert.equal(readDescription(`Hi,\n\n${list}`, null).project, null);
});

test('a parking lot is work put off and a list of what to turn off is no work: neither names the project or plans anything', () => {
  const parked = 'Retro on the invoice coding pilot\n\nWe want a batch job that codes supplier invoices to GL accounts every night.\n\nParking lot\n- Churn forecasting for the sales team\n- A live chatbot for suppliers\n';
  const r = readDescription(parked, null);
  assert.equal(r.components.find((c) => c.id === 'parked')?.text, 'Parked: Churn forecasting for the sales team; A live chatbot for suppliers');
  assert.ok(!r.components.some((c) => c.kind === 'online-inference'), 'the parked chatbot is not served');
  const d = draftInterview(parked);
  assert.ok(d.ok);
  assert.match(d.draft.markdown, /\*\*Parked: Churn forecasting[^*]*\*\* — You put this off yourself/);
  const retired = 'Handover notes\n\nWe classify support emails by product nightly with a model we trained.\n\n== 4. Switch off ==\n- The old price-elasticity notebook service. Nobody calls it.\n';
  assert.equal(ruledOut(retired).map((o) => o.said).join(), 'The old price-elasticity notebook service. Nobody calls it');
  assert.doesNotMatch(readDescription(retired, null).project ?? '', /pric/i);
});

test('what the team said no to, or lists as no-gos, is ruled out', () => {
  assert.equal(ruledOut('- we said no to: auto-declining claims, voice analysis\n- risks: x').map((o) => o.said).join(), 'auto-declining claims, voice analysis');
  assert.equal(ruledOut('No-gos:\n- face matching\n- scraping reviews\n\nNext').map((o) => o.said).join(), 'face matching; scraping reviews');
});

test('a register row whose status field says dropped or on hold is out of the work, named by its first cell of several words', () => {
  const register = ['id,use_case,owner,status', 'R-1,Late delivery risk per order,Ops,Live', 'R-2,Driver churn forecast,HR,On hold', 'R-3 | Fuel card fraud scoring | Finance | DROPPED |'].join('\n');
  assert.deepEqual(ruledOut(register).map((o) => o.said), ['Driver churn forecast', 'Fuel card fraud scoring']);
  // A status word in prose is no field: "we dropped the old rules, then…".
  assert.deepEqual(ruledOut('We dropped the old rules, then retrained the model.'), []);
  assert.doesNotMatch(readDescription(register, null).task?.name ?? '', /fraud|churn/i);
});

test('a heading that rules work out over a plain paragraph rules out that paragraph, up to the next section', () => {
  const said = (text: string) => ruledOut(text).map((r) => r.said);
  assert.deepEqual(said('3.2 Out of scope\nSurge pricing for riders; driver payouts.\n\n3.3 Timeline\nWe start in May.'), ['Surge pricing for riders; driver payouts']);
  assert.deepEqual(said('Non-goals\nWe will not rebuild the search ranking or the\nrecommendation carousel this year.\n4. Risks'), ['We will not rebuild the search ranking or the recommendation carousel this year']);
  assert.deepEqual(said('## Not in scope\n\nPricing advice to hosts.\n## Data\nBookings in Postgres.'), ['Pricing advice to hosts']);
  // The next section's heading is not ruled out with it.
  assert.deepEqual(said('Out of scope\n## Data sources\nBookings in Postgres.'), []);
  // What the paragraph names is no project name.
  assert.notEqual(readDescription('We score every parcel for late delivery daily from scan events.\n\n4.4 Out of Scope\nDynamic fuel pricing; depot staffing.', null).project, 'Pricing');
});

test('what the team tried and dropped is set aside: its models are no models of the plan and its words no cues', () => {
  assert.deepEqual(ruledOut('We will also cover what we tried and dropped (a GRU forecaster; a survival model) and why.').map((r) => r.said), ['a GRU forecaster; a survival model']);
  assert.deepEqual(ruledOut('Tried and abandoned: transformer re-ranking, a graph model.').map((r) => r.said), ['transformer re-ranking, a graph model.']);
  const r = readDescription('Gradient-boosted models score every pump daily from the historian. Things we tried and scrapped (a CNN on spectrograms; an LSTM autoencoder) taught us to keep it simple.', null);
  assert.ok(!r.models.some((m) => /CNN|LSTM/.test(m.name)), JSON.stringify(r.models));
  assert.equal(r.domainCues.deep, undefined);
});

test('a research topic is a subject, not a stream', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  assert.ok(!kinds('Forecasting churn from usage data is a well-studied topic. We retrain monthly on Snowflake.').includes('streaming'));
  assert.ok(!kinds('Predicting failures from vibration data is a hot research topic, but we only need a weekly score.').includes('streaming'));
  assert.ok(kinds('Orders arrive on a Kafka topic and we retrain the model monthly.').includes('streaming'));
});

test('a heading that leaves work out of this phase rules out the items under it', () => {
  const said = (text: string) => ruledOut(text).map((r) => r.said);
  assert.deepEqual(said('Phase 1 goals\n- a spoilage score per pallet\n\nNot in Phase 1\n- cold-chain routing\n- supplier scorecards\n\nTeam'), ['cold-chain routing; supplier scorecards']);
  assert.deepEqual(said('Not for the MVP:\n- voice search\n- a mobile app'), ['voice search; a mobile app']);
  assert.deepEqual(said('Exclusions\n* reefer container tracking\n* customs paperwork'), ['reefer container tracking; customs paperwork']);
  assert.deepEqual(said("Won't have:\n- live camera feeds"), ['live camera feeds']);
  assert.deepEqual(said('**Not in this PR**\n- tyre wear scoring (separate spike)\n- van claims'), ['tyre wear scoring (separate spike); van claims']);
  assert.deepEqual(said('Not in this sprint: the retraining job.'), ['the retraining job.']);
});

test('work the project says it will not address is ruled out, and so is work said to be excluded, named without the clause that describes it', () => {
  const said = (text: string) => ruledOut(text).map((r) => r.said);
  assert.deepEqual(said('The study will not address pest pressure. This pilot will not address frost damage, irrigation scheduling or yield mapping. We measure leaf wetness hourly.'), ['frost damage, irrigation scheduling or yield mapping']);
  assert.deepEqual(said("Scope. We won't tackle route optimisation in year one."), ['route optimisation in year one']);
  assert.deepEqual(said('Berth planning, which the port authority handles with its own tools, is also excluded.'), ['Berth planning']);
  // Excluding rows from data is a step of the work, not work ruled out.
  assert.deepEqual(said('Trips shorter than a minute are excluded from the training data.'), []);
});

test('an aside that asks questions does not hide what is ruled out, and a label before it does not either', () => {
  const said = (text: string) => ruledOut(text).map((r) => r.said);
  assert.deepEqual(said('Open: shelf-image checks (is the gap real? is it a promo bay?) are out of scope for this RFC.'), ['shelf-image checks']);
  assert.deepEqual(said('Note: store-level pricing is out of scope.'), ['store-level pricing']);
});

test('an option weighed and turned down is ruled out, whatever the verdict word; an option kept is not', () => {
  const said = (text: string) => ruledOut(text).map((r) => r.said);
  const options = ['Options considered', '1. Score in a nightly batch and email the list. Rejected: the list is stale by morning.', '2. A separate model server behind the gateway — ruled out (another hop to run).', '3. Score inside the booking API. Chosen.'].join('\n');
  assert.deepEqual(said(options), ['Score in a nightly batch and email the list', 'A separate model server behind the gateway']);
  assert.deepEqual(said('Option B: rebuild the ETL in Spark. Not chosen for now.'), ['rebuild the ETL in Spark']);
  // A model's verdict on an item is no decision about the work.
  assert.deepEqual(said('Claims the model flags as rejected go to a person.'), []);
});

test('work a sentence says the project will not address is planned nowhere, not even outside the pipelines', () => {
  const r = draftInterview('We retrain a frost-risk model each autumn on ten seasons of orchard sensor logs in Postgres and score every block at 18:00. This pilot will not address live frost alerts to growers or irrigation control. Two engineers.');
  assert.ok(r.ok);
  const a = r.draft.architecture;
  assert.ok(!a.notAPipeline.some((n) => /alert/i.test(n.name)), JSON.stringify(a.notAPipeline));
  assert.ok(a.deferred.some((d) => /live frost alerts/.test(d.name)), JSON.stringify(a.deferred));
});
