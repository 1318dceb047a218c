/** Where each template section belongs, shared by `required-section` and `section-order`. */
import { SECTION_IDS, type ParsedDocument, type ParsedSection, type SectionId } from '../../../markdown/document';

export function canonicalIndex(id: SectionId): number {
  return SECTION_IDS.indexOf(id);
}

export function sectionsById(doc: ParsedDocument): Map<SectionId, ParsedSection> {
  const map = new Map<SectionId, ParsedSection>();
  for (const s of doc.sections) if (s.id && !map.has(s.id)) map.set(s.id, s);
  return map;
}

/** The lines of a section, without its trailing blank lines. */
export function sectionLines(doc: ParsedDocument, section: ParsedSection): string[] {
  const lines = doc.lines.slice(section.range.start.line, section.range.end.line + 1);
  while (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}
