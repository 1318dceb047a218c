/**
 * The release pipeline: when the model is served outside ZenML (a system the team runs, or
 * dedicated serving for a budget too tight for a deployed pipeline) and the team wants new versions
 * to reach it, promotion hands each version to a pipeline that exports it, checks it and publishes
 * it. The serving itself stays where it is; what becomes repeatable and traceable is the release.
 */
import type { PlannedPipeline, ReleaseTarget } from './decompose';
import { budget, joinList, titleOf } from '../words';

/** `models`: what the release takes out; with several, one pipeline with the model as a parameter, like their training. */
export function releasePlan(models: readonly string[], target: ReleaseTarget): PlannedPipeline {
  const { servedBy, latencyMs } = target;
  const [first] = models as [string];
  const several = models.length > 1;
  const named = several ? `the model the run is for (${joinList(models.map((m) => `\`${m}\``), 'or')})` : `\`${first}\``;
  const within = latencyMs !== null ? ` and stays within the ${budget(latencyMs)} budget` : '';
  return {
    id: 'release',
    kind: 'other',
    name: several ? 'Model Release' : `${titleOf(first)} Release`,
    purpose:
      `Takes each ${several ? `version of ${joinList(models.map((m) => `\`${m}\``))}` : `\`${first}\` version`} promoted to \`production\` to ${servedBy}: exports it, checks it and publishes it, so a release is a run that can be repeated and traced instead of hand work` +
      (several ? '; one pipeline with the model as a parameter, since the releases differ only in which model they take' : ''),
    trigger: `On promotion: runs when a ${several ? 'version of any of them' : `\`${first}\` version`} is promoted to \`production\``,
    cadence: null,
    steps: [
      { name: 'load_promoted_version', description: `Loads the \`production\` version of ${named} from the Model Control Plane, with the evaluation it was promoted on`, produces: 'the promoted model version' },
      { name: 'export_for_serving', description: `Exports the version in the format ${servedBy} loads, with the preprocessing it was trained with`, produces: 'a serving package' },
      {
        name: 'check_before_release',
        description: `Runs the pre-release checks on the package: it loads, its answers on a sample of recent inputs match the evaluated version's${within}`,
        produces: 'a release check report',
      },
      { name: 'publish_to_serving', description: `Publishes the package to ${servedBy} and records which version it now serves, so rolling back is promoting the previous version again`, produces: 'the record of the served version' },
    ],
    dataSources: [several ? 'the promoted version of the model the run is for' : `the promoted \`${first}\` version`],
    keyArtifacts: [
      `the serving package — the exported ${several ? 'version' : `\`${first}\` version`} ${servedBy} loads, kept with the version it came from`,
      `the release check report — what was checked before ${servedBy} got the version, the first thing to read when answers change`,
    ],
    needs: [
      `access from its workers to where ${servedBy} takes new versions from, with the credentials kept as a ZenML secret`,
      ...(latencyMs !== null ? [`for check_before_release, a machine like the one ${servedBy} runs on, so the ${budget(latencyMs)} check measures what production will see`] : []),
    ],
    componentIds: [],
    dynamic: false,
    latencyMs: null,
    producesVersions: false,
    ...(several ? { models } : {}),
  };
}
