/** The output formats of `zenml-scope lint`: one pure function each, from results to text. */
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif } as const;
export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
