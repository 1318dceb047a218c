/**
 * What the drafted document says beyond the template's skeleton: what each pipeline needs from
 * where it runs, the readiness check when the user went on past it, and the answer to a shape
 * the user asked for (one pipeline for everything, a master pipeline, automatic promotion).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { lint } from '../../../src/core/lint/lint';
import type { Architecture } from '../../../src/core/model/architecture';
import { draftArchitecture as draft } from '../drafts';

test('orchestrator requirements: the orchestrator, then access to the systems each pipeline itself reads', () => {
  const a = draft('Churn model: we pull subscription events from Postgres every night, clean them and build features, and retrain weekly on SageMaker. A deployed API must answer within 200 ms. Two ML engineers.');
  // The source is listed with what comes out of it: "Postgres (subscription events, …)".
  const data = a.pipelines.find((p) => p.dataSources.some((s) => /^Postgres\b/.test(s)))!;
  assert.deepEqual(data.orchestrator, ['SageMaker, which the team already runs', 'read access to Postgres from the SageMaker workers']);
  const serving = a.pipelines.find((p) => p.deployed)!;
  assert.match(serving.orchestrator.join('\n'), /artifact store when the deployment starts/);
  assert.match(serving.orchestrator.join('\n'), /the 200 ms budget includes the hop to the endpoint/);
  const readers = a.pipelines.filter((p) => p.orchestrator.some((o) => o.startsWith('read access to Postgres')));
  assert.deepEqual(readers, [data], 'training reads the versioned dataset, not Postgres');
});

test('orchestrator requirements: a GPU where the model work needs one, and only there', () => {
  const cv = draft('Cameras photograph every part, images land in S3 hourly, and two annotators label them in Label Studio. We train a YOLO defect detection model on the labelled images on Vertex AI and evaluate it on a golden set. Two CV engineers.');
  const training = cv.pipelines.find((p) => p.steps.some((s) => s.name === 'train_model'))!;
  assert.ok(training.orchestrator.some((o) => /^a GPU for train_model/.test(o)), training.orchestrator.join(' | '));
  const others = cv.pipelines.filter((p) => p !== training);
  assert.ok(others.length > 0 && others.every((p) => !p.orchestrator.some((o) => /GPU/.test(o))));
  const tabular = draft('We retrain an xgboost churn model weekly on Snowflake tables and score customers in a nightly batch. Vertex AI. Three engineers.');
  assert.ok(tabular.pipelines.every((p) => !p.orchestrator.some((o) => /GPU/.test(o))), 'tabular training needs no GPU');
});

test('a readiness check the user went past is said in the Overview, and EDA is named as not a pipeline', () => {
  const a = draft('Still in EDA on chest x-ray classification, no working model yet, labels from the radiology reports are noisy. My supervisor wants training, deployment and monitoring.');
  assert.match(a.overview, /The readiness check came back open: the work is still in EDA and there is no working prototype yet/);
  assert.deepEqual(a.notAPipeline.map((n) => n.name), ['Exploratory data analysis']);
  assert.match(a.openQuestions.join('\n'), /May the patient data leave the hospital's network for the orchestrator, or/);
  assert.doesNotMatch(a.openQuestions.join('\n'), /Not decided yet/, 'an undecided orchestrator has no label to put in a sentence');
  const ready = draft('We have a working LightGBM notebook on Postgres claims; retrain monthly and serve a fraud score under 100 ms on SageMaker. Two engineers.');
  assert.doesNotMatch(ready.overview, /readiness/);
  assert.ok(!ready.notAPipeline.some((n) => n.name === 'Exploratory data analysis'));
  assert.doesNotMatch(ready.openQuestions.join('\n'), /patient data/);
});

test('the data flow answers a shape the user asked for: one pipeline for everything, automatic promotion, a master pipeline', () => {
  const mega = draft('I want one end-to-end pipeline that ingests events from Postgres, does feature engineering, trains the churn model, evaluates it, deploys it to an endpoint under 100 ms, and retrains itself on drift. Ideally a single ZenML pipeline. Team: 2 data scientists.');
  assert.match(mega.dataFlow, /The one end-to-end pipeline you asked for is \d pipelines here because/);
  assert.match(mega.dataFlow, /an endpoint stays up answering requests/);
  const plain = draft('We retrain a churn model weekly from Postgres and serve it under 100 ms on SageMaker. Two engineers.');
  assert.doesNotMatch(plain.dataFlow, /you asked for/);
  const automate = draft('Claims triage model. We want it fully automated from day one: retrain automatically on drift, promote the new model if it beats the old one. Claims data is in Redshift, we score new claims in a nightly batch job. Team of three.');
  assert.match(automate.dataFlow, /Promotion stays a person's decision in the first version, not automatic as you asked/);
  // With nothing reading the model there is no promotion to keep: the answer is the manual triggers.
  const trainingOnly = draft('We train a demand model on the order history in BigQuery every week, and all of this should be automated end to end.');
  assert.match(trainingOnly.dataFlow, /starts by hand in the first version, not automatically as you asked/);
  const meta = draft('Document intelligence on invoices from S3: a master pipeline that spawns child pipelines per document type, and all pipelines should be dynamic. OCR plus a fine-tuned LayoutLM. 3 engineers on SageMaker.');
  assert.match(meta.dataFlow, /There is no master pipeline starting the others/);
  assert.doesNotMatch(meta.dataFlow, /no chain of pipelines/, 'the master-pipeline sentence replaces the generic one');
  assert.match(meta.dataFlow, /static DAG/);
  for (const text of [
    'We OCR scanned contracts, extract clauses with a fine-tuned model and store them in Postgres; every stage should stay its own service that we can scale on its own. Three engineers.',
    'Our churn model retrains weekly from Snowflake, and each step should be a separate microservice so the feature team can scale theirs.',
  ]) {
    assert.match(draft(text).dataFlow, /Each stage you wanted as its own service is a step here/, text);
  }
});

test('what versions are judged on: noisy labels get a hand-checked subset, a named golden set is what evaluation scores', () => {
  const noisy = draft(readFileSync('test/fixtures/descriptions/medical-imaging-eda.txt', 'utf8'));
  const steps = noisy.pipelines.flatMap((p) => p.steps);
  assert.ok(steps.some((s) => s.name === 'check_validation_labels'), steps.map((s) => s.name).join(', '));
  assert.match(steps.find((s) => s.name === 'evaluate_model')!.description, /hand-checked validation subset/);
  assert.match(noisy.dataFlow, /judged on the hand-checked subset alone/);
  assert.ok(noisy.openQuestions.some((q) => /^Who checks the validation labels/.test(q)), 'whose time the hand-checked subset needs is asked');
  const golden = draft('Cameras photograph every part, images land in S3 hourly. Operators label defects in Label Studio, we train a YOLO defect detection model on Vertex AI and evaluate it on a golden set. Two CV engineers.');
  const gSteps = golden.pipelines.flatMap((p) => p.steps);
  assert.ok(!gSteps.some((s) => s.name === 'check_validation_labels'), 'clean labels need no hand-checked subset');
  assert.match(gSteps.find((s) => s.name === 'evaluate_model')!.description, /fixed golden set/);
  const data = golden.pipelines.find((p) => p.steps.some((s) => s.name === 'collect_images'))!;
  assert.ok(data.dataSources.some((s) => /^Label Studio \(the labels/.test(s)), data.dataSources.join(' | '));
  assert.ok(data.orchestrator.some((o) => /read access to .*Label Studio/.test(o)), data.orchestrator.join(' | '));
});

test('a deployed reader loads `production` when it starts: the data flow says a promotion reaches it with the next redeploy', () => {
  const served = draft(readFileSync('test/fixtures/descriptions/churn-retrain-then-deploy.txt', 'utf8'));
  assert.match(served.dataFlow, /Churn Model Serving loads that version when its deployment starts, so a promotion reaches its answers with the next redeploy/);
  const batch = draft('We retrain an xgboost churn model weekly on Snowflake tables and score customers in a nightly batch. Vertex AI. Three engineers.');
  assert.doesNotMatch(batch.dataFlow, /redeploy/, 'a batch reader reads `production` on every run');
});

test('serving outside ZenML reads `production`: versions are promoted for it, and nothing says that nothing reads them', () => {
  const hft = draft(readFileSync('test/fixtures/descriptions/hft-signal-sub10ms.txt', 'utf8'));
  const training = hft.pipelines.find((p) => p.modelControlPlane.producesVersions)!;
  assert.equal(training.modelControlPlane.promotesTo, 'production');
  assert.match(hft.dataFlow, /A person promotes a `[a-z_]+` version to `production`/);
  assert.match(hft.dataFlow, /outside ZenML, loads the `production` version when it starts, so a promotion reaches it with its next restart/);
  assert.doesNotMatch(hft.dataFlow, /Nothing reads/);
  assert.match(hft.overview, /\n\nNo orchestrator is chosen yet: Signal Model Training lists what it needs from one, and which one runs it is the first open question\./, 'one pipeline, and no orchestrator claimed');
  assert.match(hft.openQuestions[0]!, /^Which orchestrator will run Signal Model Training\b.*The data already sits in Google Cloud, where Vertex AI runs next to it\./, 'the cloud the data is in is a hint, not a choice');
});

test('batch predictions go where the scoring work says, and where nobody said, the document asks', () => {
  const publish = (a: Architecture) => a.pipelines.flatMap((p) => p.steps).find((s) => /^publish_(?:predictions|extractions)$/.test(s.name))!.description;
  const recsys = draft(readFileSync('test/fixtures/descriptions/recsys-kitchen-sink.txt', 'utf8'));
  assert.match(publish(recsys), /^Writes the predictions to Redis/, 'the migration\'s "into BigQuery" is not where recommendations go');
  const extraction = draft(readFileSync('test/fixtures/descriptions/meta-pipeline-dynamic.txt', 'utf8'));
  assert.match(publish(extraction), /^Writes the extracted fields to Postgres/);
  const unsaid = draft('We train an xgboost churn model weekly on SageMaker from our data lake in S3 and score customers nightly. Two engineers.');
  assert.match(publish(unsaid), /the predictions table the consumers read/);
  assert.ok(unsaid.openQuestions.some((q) => /^Where do the people who act on the predictions look for them today/.test(q)));
  assert.ok(!recsys.openQuestions.some((q) => /Where do the people/.test(q)));
});

test('network questions only where a network stands between: S3 from SageMaker needs a role, Redshift from SageMaker a route', () => {
  const s3 = draft('We train an xgboost churn model weekly on SageMaker from our data lake in S3 and score customers nightly into S3. Two engineers.');
  assert.ok(!s3.openQuestions.some((q) => /reach S3/.test(q)), s3.openQuestions.join(' | '));
  const redshift = draft(readFileSync('test/fixtures/descriptions/automate-everything-drift.txt', 'utf8'));
  assert.ok(redshift.openQuestions.some((q) => /^Which orchestrator will run [^?]*, given they need [^?]*network access to Redshift\?/.test(q)), redshift.openQuestions.join(' | '));
  const onSageMaker = draft('We train an xgboost churn model weekly on SageMaker from the customer tables in Redshift and score customers nightly. Two engineers.');
  assert.ok(onSageMaker.openQuestions.some((q) => /^Can the SageMaker workers reach Redshift over the network/.test(q)), onSageMaker.openQuestions.join(' | '));
});

test('an endpoint whose features need history looks them up; one whose features come from the request computes them', () => {
  const fraud = draft(readFileSync('test/fixtures/descriptions/card-fraud-realtime.txt', 'utf8'));
  assert.match(fraud.dataFlow, /Features that need history \(velocity, time since the last event\) cannot come from the request alone/);
  assert.doesNotMatch(fraud.dataFlow, /Requests carry raw fields/);
  const churn = draft(readFileSync('test/fixtures/descriptions/churn-retrain-then-deploy.txt', 'utf8'));
  assert.match(churn.dataFlow, /Requests carry raw fields and the endpoint computes features with the same code as training/);
});

test('a window the team gives a kind of work bounds that pipeline, and the draft stays lint-clean', () => {
  const r = draftInterview('We retrain a price model on our listing history every Sunday on Kubeflow, and then score every active listing; we get roughly a 10-hour window to run all the scoring, and about 2 days to do the retraining.');
  assert.ok(r.ok);
  const { architecture, markdown } = r.draft;
  const scoring = architecture.pipelines.find((p) => /scor/i.test(p.name))!;
  const training = architecture.pipelines.find((p) => /train/i.test(p.name))!;
  assert.match(scoring.purpose, /within a 10-hour window/);
  assert.match(training.purpose, /within 2 days/);
  assert.deepEqual(lint(markdown).filter((d) => d.severity === 'error').map((d) => d.rule), []);
});

test('preparation the team spells out becomes a step in their words; generic cleaning and pronouns do not', () => {
  const steps = (text: string) => draft(text).pipelines.flatMap((p) => p.steps.map((s) => s.name));
  const a = steps('We want to forecast weekly bakery sales from the till exports: deduplicate the store returns, retrain the model every Monday and publish the forecasts to the ordering sheet.');
  assert.ok(a.includes('deduplicate_store_returns'), a.join(' '));
  const b = steps('We retrain a churn model weekly on the CRM export; each night we resample the meter readings and then score every account.');
  assert.ok(b.includes('resample_meter_readings'), b.join(' '));
  for (const text of ['We clean the data and retrain a churn model weekly on the CRM export.', 'We pull the audio, convert it to WAV and retrain the model monthly.']) {
    const names = steps(text);
    assert.ok(!names.some((n) => /^(?:clean_data_|convert_)/.test(n) && !['clean_data'].includes(n)), names.join(' '));
  }
  for (const p of draft('Each week we join the weather feed, retrain the demand model and write the forecasts to Snowflake.').pipelines) assert.ok(p.steps.length >= 3 && p.steps.length <= 7, p.name);
});

test('the system a training clause names is what the training step trains with', () => {
  const trainStep = (text: string) => draft(text).pipelines.flatMap((p) => p.steps).find((s) => s.name === 'train_model')?.description ?? '';
  assert.match(trainStep('We load the claims history from Postgres and use H2O Driverless AI to build a claim severity model every month.'), /, with H2O Driverless AI/);
  assert.doesNotMatch(trainStep('We load the claims history from Postgres and build a claim severity model every month.'), /, with /);
  // The orchestrator that runs the pipeline is no separate training system.
  assert.doesNotMatch(trainStep('We load the claims history from Postgres and use Vertex AI to build a claim severity model every month.'), /, with /);
});

test('batch scoring says what it scores, in the user words; a schedule is not what is scored', () => {
  const purpose = (text: string) => draft(text).pipelines.find((p) => /Batch Scoring|Batch Inference/.test(p.name))?.purpose ?? '';
  assert.match(purpose('We retrain a lapse model monthly on the policy history in Snowflake and then score every active policyholder each Sunday.'), /^Scores every active policyholder in batches/);
  assert.match(purpose('We retrain a lapse model monthly on the policy history in Snowflake and re-score all 2 million policies twice a week.'), /^Scores all 2 million policies in batches/);
  assert.match(purpose('Every week we retrain a lapse model on the policy history in Snowflake and write the lapse scores back to the CRM.'), /^Scores new records in batches/);
});

test('a model chosen as it is, and none of their own: no training pipeline, nothing posing as its producer', () => {
  const a = draft('We benchmarked a fine-tuned Mistral model against GPT-4o and picked GPT-4o. Tickets land in Zendesk; every night GPT-4o tags each new support ticket and the tags are written back to Zendesk.');
  // The only producer is the evaluation of its configurations (givenModel.ts), never a data pipeline.
  const producers = a.pipelines.filter((p) => p.modelControlPlane.producesVersions);
  assert.deepEqual(producers.map((p) => p.steps.map((s) => s.name)), [['load_reference_set', 'run_candidate', 'score_outputs', 'register_configuration']]);
  assert.ok(!a.pipelines.some((p) => /Training/.test(p.name)), a.pipelines.map((p) => p.name).join(', '));
});

test('with no source named, the document asks where the data lives instead of naming one', () => {
  const a = draft('We retrain a demand forecaster every week and produce next week\'s forecast for every store on SageMaker. Two engineers.');
  assert.ok(a.openQuestions.some((q) => /^Where does the data the pipelines read live today .* can the SageMaker workers read it\?/.test(q)), a.openQuestions.join('\n'));
  const named = draft('We retrain a demand forecaster every week from the sales history in Snowflake and forecast next week\'s sales for every store on SageMaker. Two engineers.');
  assert.ok(!named.openQuestions.some((q) => /Where does the data/.test(q)));
});

test('"patient" as a trait of a person is no patient data: no data-protection question for a farm or a shop', () => {
  for (const text of [
    'Yield model per field from satellite composites in S3, retrained each winter on SageMaker; the shapefiles are tidied by a very patient intern. Two engineers.',
    'Churn model on Postgres orders, retrained monthly on Vertex AI; labels come from a patient analyst who checks the cancellations by hand. Two engineers.',
  ]) assert.doesNotMatch(draft(text).openQuestions.join('\n'), /patient data/, text);
  const clinic = draft('No-show model on patient appointment records in Postgres, retrained monthly on Vertex AI. Two engineers.');
  assert.match(clinic.openQuestions.join('\n'), /May the patient data leave the hospital's network/);
});
