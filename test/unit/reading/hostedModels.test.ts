/**
 * A hosted model service the team would use to do the work ("use it to read each call summary and
 * flag…") is its model, taken as given: no training is planned, and the use is work to plan.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { orchestratorChoice } from '../../../src/core/planning/orchestrator';

test('a hosted model service the team would use to do the work is its model, taken as given, and that use is work to plan', () => {
  const text = 'Our claims desk logs every call in Dynamics. Legal already signed a contract with Anthropic, and the idea is to use it to read each call summary and flag possible complaints for the compliance officers, who confirm every flag. Two analysts, no engineers.';
  const reading = readDescription(text, null);
  assert.deepEqual(reading.models.map((m) => [m.name, m.trained]), [['Anthropic', 'given']]);
  assert.ok(reading.components.some((c) => c.kind === 'batch-inference'), reading.components.map((c) => c.kind).join(', '));
  const r = draftInterview(text);
  assert.ok(r.ok);
  const kinds = r.draft.architecture.pipelines.map((p) => p.steps.map((s) => s.name).join(' '));
  assert.ok(!kinds.some((k) => /\btrain_model\b/.test(k)), 'nothing of theirs to train');
  assert.ok(kinds.some((k) => /\bpredict\b/.test(k)) && kinds.some((k) => /\brun_candidate\b/.test(k)), kinds.join(' | '));
  // Direct objects too: "use Azure OpenAI to tag…".
  assert.deepEqual(readDescription('We would use Azure OpenAI to tag incoming supplier emails by topic.', null).models.map((m) => m.name), ['Azure OpenAI']);
});

test('a hosted service only named, or used for something that is not model work, is no model', () => {
  assert.deepEqual(readDescription('We have an OpenAI enterprise agreement for other teams. We retrain a churn model weekly on Snowflake.', null).models.map((m) => m.name), ['churn model']);
  assert.deepEqual(readDescription('We set up Bedrock last year and used it to host a chat demo.', null).models, []);
});

test('a model whose verb of making ends its clause before a colon takes the list after it as what it makes: that use is work to plan', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  for (const text of [
    'Every claim PDF lands in Blob storage. Then a hosted LLM (Claude on Bedrock) generates: a summary, a fraud-risk band and the missing documents list.',
    'Incoming RFPs are parsed, and a hosted LLM (GPT-4o via Azure) extracts: the deadline, the budget and the buyer.',
  ]) assert.ok(kinds(text).includes('batch-inference'), `${text}: ${kinds(text).join(', ')}`);
  assert.ok(!kinds('Our quarterly report generates: a lot of questions from the board.').includes('batch-inference'), 'no model, no use of one');
});

test('a hosted model the policy rules out is no model of theirs, and "open models" name a kind, not a model', () => {
  const names = (text: string) => readDescription(text, null).models.map((m) => m.name);
  assert.deepEqual(names('Any externally hosted language model is not allowed under the bank policy, so the ticket classifier is trained in-house.').filter((n) => /hosted/i.test(n)), []);
  assert.deepEqual(names('Open-source models deployed inside our own subscription could be looked at, but nothing is chosen.'), []);
  assert.deepEqual(names('We might consider open models that run in our own tenancy.'), []);
});

test('records sent or fed to a given model are its work: the use is a run to plan', () => {
  for (const text of [
    'Every night we pull the new support chats and send each conversation to Gemini via the API to tag the complaint type.',
    'We feed the scanned pages into GPT-4o to pull out the invoice totals, then load them into Postgres.',
  ]) assert.ok(readDescription(text, null).components.some((c) => c.kind === 'batch-inference'), text);
});

test('a released model is named with its release, however the tagger splits the words after the family', () => {
  const names = (text: string) => readDescription(text, null).models.map((m) => [m.name, m.trained]);
  assert.deepEqual(names('Each recording is transcribed with Whisper large-v3 before anyone reads it.'), [['Whisper large-v3', 'given']]);
  assert.deepEqual(names('We self-host Llama 3 70B and ask it to sort the complaints by product.'), [['Llama 3 70B', 'given']]);
  assert.deepEqual(names('Drafts come from GPT-4o mini; an editor approves each one.'), [['GPT-4o mini', 'given']]);
  // A family named with a model noun keeps its whole phrase, as before.
  assert.deepEqual(names('A BERT base model tags each review with a sentiment.').map(([n]) => n), ['BERT base model']);
});

test('a model another organisation made and handed over is taken as given; retraining it here makes it theirs', () => {
  const trained = (text: string) => readDescription(text, null).models.map((m) => [m.name, m.trained]);
  const steps = (text: string) => {
    const r = draftInterview(text);
    assert.ok(r.ok, text);
    return r.draft.architecture.pipelines.flatMap((p) => p.steps.map((s) => s.name));
  };
  for (const text of [
    'An outside consultancy built a gradient-boosted churn model for us in 2023 and we only have the pickle. We want to score every account weekly into Salesforce.',
    'The vendor trained the defect detector on their own images. Each night we would run it on the day\'s photos from S3 and push the results to the MES.',
  ]) {
    assert.ok(trained(text).every(([, t]) => t === 'given'), `${text} → ${JSON.stringify(trained(text))}`);
    assert.ok(!steps(text).includes('train_model'), `nothing to train: ${text}`);
  }
  const retrained = 'A contractor trained our demand model last year. We want to retrain the demand model monthly on fresh sales from BigQuery.';
  assert.deepEqual(trained(retrained), [['demand model', 'here']]);
  assert.ok(steps(retrained).includes('train_model'));
});

test('work named on an "Out of scope:" line is no component, whatever its kind', () => {
  const kinds = readDescription('Every night we score open invoices with the vendor model and write the scores to Postgres.\nOut of scope: retraining the model, a dashboard for finance.', null).components.map((c) => c.kind);
  assert.ok(!kinds.includes('training') && !kinds.includes('dashboard'), kinds.join(', '));
  assert.ok(kinds.includes('future-work'));
});

test('a model named frozen or pretrained is used as released, whatever else its clause trains; a numbered heading is no model', () => {
  const trained = (text: string) => readDescription(text, null).models.map((m) => [m.name, m.trained]);
  assert.deepEqual(trained('We embed each page with a frozen document encoder model, plus a small classifier trained in-house per form type.'), [['frozen document encoder model', 'given']]);
  assert.deepEqual(trained('3.1 Models\nA pretrained ResNet extracts features and we fit nothing on top yet.'), [['pretrained ResNet', 'given']]);
});

test('OpenShift is Kubernetes to the orchestrator', () => {
  assert.equal(orchestratorChoice(readDescription('Hospital IT runs OpenShift for everything. We retrain a readmission model monthly from the warehouse.', null), null).chosen.id, 'kubernetes');
});

test('a model taken off the shelf with nothing else said of the work is judged on the team\'s own data first', () => {
  const r = draftInterview('Our 60 loading-dock cameras could count free bays for the yard team, and someone said a pretrained model might just do it. No idea what is involved.');
  assert.ok(r.ok, 'a draft, not "nothing needs a pipeline"');
  const a = r.draft.architecture;
  assert.ok(a.pipelines.some((p) => p.steps.some((s) => s.name === 'run_candidate')), a.pipelines.map((p) => p.name).join(', '));
  assert.match(a.overview, /nothing yet shows it does this job on your own data/);
  assert.doesNotMatch(a.overview, /what you asked for/);
});

test('a product named for what it does as a model ("MegaDetector") is a model used as released', () => {
  const models = readDescription('A ranger tried SpeciesNet on a laptop last month and it mostly worked on our trap photos.', null).models;
  assert.deepEqual(models.map((m) => [m.name, m.trained]), [['SpeciesNet', 'given']]);
  assert.deepEqual(readDescription('Our Internet provider is slow.', null).models, []);
});

test('a monitoring programme watches the world, not a model; a question of whether names no work', () => {
  const kinds = (t: string) => readDescription(t, null).components.map((c) => c.kind);
  assert.ok(!kinds('I run the water-quality monitoring programme for the district and we score samples weekly with our model.').includes('monitoring'));
  assert.ok(kinds('We want monitoring of the model once it is live.').includes('monitoring'));
  assert.ok(!kinds('We classify trap photos with a model. Or should we be asking someone else to review them?').includes('human-review'));
});

test('training ruled out in so many words makes the hosted service named the model, judged before anything is built on it', () => {
  const texts = [
    'Our HR team screens ~900 CVs a month against the role profile. Candidate CVs must not be used to train any model, ever. Anthropic via our enterprise account is approved. We kept 150 past screenings with the final decisions, which could serve as a test set, and I want to know whether it is any good before we roll it out.',
    'Support wants each inbound email tagged with a reason. We will not train our own model: legal approved Gemini through Vertex AI. Can we measure how well it works on the 400 emails we tagged by hand last quarter?',
  ];
  for (const text of texts) {
    const r = readDescription(text, null);
    assert.ok(r.models.some((m) => m.trained === 'given'), `${text}: ${JSON.stringify(r.models)}`);
    assert.ok(!r.components.some((c) => c.kind === 'training'), text);
    assert.ok(r.components.some((c) => c.kind === 'evaluation'), `${text}: ${r.components.map((c) => c.kind)}`);
    const a = draftInterview(text);
    assert.ok(a.ok);
    assert.doesNotMatch(a.draft.architecture.pipelines.map((p) => p.steps.map((s) => s.name).join(' ')).join(' '), /\btrain_model\b/, text);
  }
  // Said as what the team is not doing, or as the road not taken.
  for (const text of [
    "Scanned invoices go through a hosted OCR model; we're not training vision models from scratch, no way. Gemini reads the totals.",
    'Our plan is to call Azure OpenAI for the tagging rather than training anything ourselves.',
    'We would use Bedrock to label the returns instead of fine-tuning our own, since nobody here has done it.',
  ]) {
    const r = readDescription(text, null);
    assert.ok(r.models.some((m) => m.trained === 'given'), `${text}: ${JSON.stringify(r.models)}`);
    assert.ok(!r.components.some((c) => c.kind === 'training'), `${text}: ${r.components.map((c) => c.kind)}`);
  }
  // With no hosted service named, the released model the team names, even as one it weighs, is the model taken as given.
  for (const [text, name] of [
    ["Call recordings need transcripts by morning. We're not training speech models from scratch: Whisper large-v3 on our own GPUs, or a vendor API?", 'Whisper large-v3'],
    ['We will not train our own model for the contract clauses. Maybe Llama 3.1 70B on the on-prem box reads them.', 'Llama 3.1 70B'],
  ] as const) {
    const r = readDescription(text, null);
    assert.deepEqual(r.models.filter((m) => m.trained === 'given').map((m) => m.name), [name], `${text}: ${JSON.stringify(r.models)}`);
    assert.ok(!r.components.some((c) => c.kind === 'training'), text);
  }
  // A question about it rules nothing out.
  assert.ok(readDescription('Could customer tickets be used to train our own model? We retrain the tagger monthly on Zendesk exports.', null).components.some((c) => c.kind === 'training'));
  assert.equal(readDescription('We kept 150 past screenings that could serve as a test set.', null).evaluationSet, 'golden');
});

test('"no training" after a comma denies the training, not the use of the model before it', () => {
  for (const text of [
    "For the intake emails I'd just use a hosted LLM, no training on our side, a prompt and a JSON schema.",
    'We would call a hosted model for the routing, no training on our end.',
    'Translation goes through a hosted LLM as it is, no fine-tuning on client files.',
  ]) {
    const reading = readDescription(text, null);
    assert.deepEqual(reading.models.map((m) => m.trained), ['given'], `${text}: ${JSON.stringify(reading.models)}`);
    assert.ok(!reading.components.some((c) => c.kind === 'training'), `${text}: ${reading.components.map((c) => c.kind)}`);
  }
});
