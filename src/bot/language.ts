import type { UnitMapping } from '../elevenos/types.js';
import type { ParseContext, ParsedCommand, UnitResolution } from '../parse/types.js';

/** The parser functions the conversation needs, injected so the core can be tested alone. */
export interface Language {
  parseCommand(text: string, context: ParseContext): ParsedCommand & { siteText?: string | null };
  /** Reads a free-text date answer ("March 3", "tomorrow"); null when it is not a date. */
  parseDate(text: string, context: ParseContext): string | null;
  resolveUnit(text: string, mappings: UnitMapping[]): UnitResolution | null;
}
