/**
 * Every command id the extension contributes, spelled once. `contributes.commands` in package.json must list
 * exactly these (a unit test and an integration test check both directions), so a renamed id cannot leave a
 * dead palette entry or an unregistered handler behind.
 */
export const COMMANDS = {
  scope: 'zenmlScope.scope',
  lintWorkspace: 'zenmlScope.lintWorkspace',
  showDag: 'zenmlScope.showDag',
  resume: 'zenmlScope.resume',
  reset: 'zenmlScope.reset',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Internal commands used as code action targets; not in the palette, so not contributed. */
export const INTERNAL_COMMANDS = {
  fixAllOfRule: 'zenmlScope.internal.fixAllOfRule',
} as const;

/** The webview panel's view type; `onWebviewPanel:` activation and the serializer use it. */
export const PANEL_VIEW_TYPE = 'zenmlScope.interview';

/** The language model tool's name (contributes.languageModelTools). */
export const LM_TOOL_NAME = 'zenml-scope_lintArchitecture';

/** The configuration section of every setting. */
export const CONFIG_SECTION = 'zenmlScope';
