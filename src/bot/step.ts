import type { Resident, Site } from '../elevenos/types.js';
import type { ProposalAction } from '../proposals/types.js';
import type { Choice, Question } from './draft.js';

export interface SiteContext {
  site: Site;
  now: Date;
  /** Loaded only when a step needs the site's residents. */
  residents: () => Promise<Resident[]>;
}

/** The next stage of a draft: a question, a refusal, or its finished proposal. */
export type Step =
  | { kind: 'question'; question: Question }
  | { kind: 'proposal'; action: ProposalAction }
  | { kind: 'refusal'; text: string };

export const question = (
  text: string,
  expects: Question['expects'],
  choices: Choice[] = [],
): Step => ({
  kind: 'question',
  question: { text, expects, choices },
});

export const refusal = (text: string): Step => ({ kind: 'refusal', text });
