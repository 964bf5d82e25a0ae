import type { UnitMapping } from '../elevenos/types.js';
import type { ParseContext, PersonMention } from '../parse/types.js';
import type { Draft, Question } from './draft.js';
import { yearWritten } from './guessed-year.js';
import type { Language } from './language.js';
import { withNamePart } from './name-parts.js';

const EMAIL = /[^\s<>(),;]+@[^\s<>(),;]+\.[a-z]{2,}/i;
const PHONE = /\+?\d[\d\s().-]{6,}\d/;

/** Reads "Jane Doe jane@example.com 555-0100" as one person; null without a first and last name. */
export function readPerson(text: string): PersonMention | null {
  const email = EMAIL.exec(text)?.[0] ?? null;
  const phone = PHONE.exec(text)?.[0]?.trim() ?? null;
  const rest = text
    .replace(EMAIL, ' ')
    .replace(PHONE, ' ')
    .replace(/[,;()]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((word) => /^[\p{L}][\p{L}'’.-]*$/u.test(word));
  if (rest.length < 2) return null;
  return { firstName: rest.slice(0, -1).join(' '), lastName: rest.at(-1)!, email, phone };
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const FILLER = ['the', 'one', 'in', 'at', 'yes', 'please'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

/** Reads a choice's position from "2", "2.", "#2", "option 2", "2nd" or "the second one". */
function choiceNumber(answer: string): number | null {
  const typed = answer
    .trim()
    .toLowerCase()
    .replace(/[.!)]+$/, '')
    .replace(/^(?:#|no\.|number|option|choice)\s*/, '');
  if (/^\d+$/.test(typed)) return Number(typed);
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(typed);
  if (ordinal !== null) return Number(ordinal[1]);
  const said = typed.split(/\s+/).filter((word) => !['the', 'one'].includes(word));
  if (said.length !== 1) return typed === 'one' ? 1 : null;
  const word = said[0]!;
  const position = ORDINALS.indexOf(word) + 1 || NUMBER_WORDS.indexOf(word) + 1;
  return position === 0 ? null : position;
}

/**
 * Picks the choice a free-text answer names ("the Hudson one", "2", "riverside"). A number or
 * unit in the answer that a label lacks rules that choice out, so "Hudson 202" never picks
 * "Hudson 101" for sharing the word "Hudson".
 */
export function matchChoice(question: Question, answer: string): number | null {
  const number = choiceNumber(answer);
  if (number !== null && number >= 1 && number <= question.choices.length) return number - 1;

  const said = new Set(words(answer).filter((word) => !FILLER.includes(word)));
  const numbers = [...said].filter((word) => /\d/.test(word));
  const scored = question.choices.map((choice, position) => {
    const label = words(choice.label);
    const fits = numbers.every((word) => label.includes(word));
    return { position, hits: fits ? label.filter((word) => said.has(word)).length : 0 };
  });
  const best = Math.max(0, ...scored.map((each) => each.hits));
  const winners = scored.filter((each) => each.hits === best && best > 0);
  return winners.length === 1 ? winners[0]!.position : null;
}

/**
 * Applies a free-text answer to the draft the question belongs to. Returns null when the answer
 * does not fit the question, so the caller can ask again.
 */
export function applyTextAnswer(
  draft: Draft,
  question: Question,
  answer: string,
  tools: { language: Language; parseContext: ParseContext; mappings: UnitMapping[] },
): Draft | null {
  const choice = matchChoice(question, answer);
  if (choice !== null) return { ...draft, ...question.choices[choice]!.patch };

  switch (question.expects) {
    case 'name': {
      const person = readPerson(answer);
      if (person === null) return null;
      const email = person.email ?? draft.contacts?.email ?? null;
      const phone = person.phone ?? draft.contacts?.phone ?? null;
      return { ...draft, people: [{ ...person, email, phone }] };
    }
    case 'unit':
    case 'to_unit': {
      const resolution = tools.language.resolveUnit(answer, tools.mappings);
      if (resolution === null) return null;
      return question.expects === 'unit'
        ? { ...draft, unit: resolution, unitTypo: null }
        : { ...draft, toUnit: resolution, unitTypo: null };
    }
    case 'start_date':
    case 'start_today': {
      const date = tools.language.parseDate(answer, tools.parseContext);
      if (date === null) return null;
      return { ...draft, startDate: date, startYearGuessed: !yearWritten(answer, date) };
    }
    case 'end_date':
    case 'end_now': {
      const date = tools.language.parseDate(answer, tools.parseContext);
      if (date === null) return null;
      return { ...draft, endDate: date, endNow: false, endYearGuessed: !yearWritten(answer, date) };
    }
    case 'edit':
      return applyEdit(draft, answer, tools);
    case 'site':
    case 'choice':
      return null;
    case 'name_part': {
      const person = draft.people[0];
      const named = person === undefined ? null : withNamePart(person, answer);
      return named === null ? null : { ...draft, people: [named] };
    }
    case 'resident':
      // The choices are every resident that fits, so any other answer is a wrong one.
      if (question.choices.length > 0) return null;
      return personOrUnit(draft, answer, tools);
    case 'person':
      return personOrUnit(draft, answer, tools);
  }
}

/** Reads an answer that names a resident or their unit, to look the resident up again. */
function personOrUnit(
  draft: Draft,
  answer: string,
  tools: { language: Language; mappings: UnitMapping[] },
): Draft | null {
  const person = readPerson(answer);
  if (person !== null) return { ...draft, people: [person], residentId: null };
  const resolution = tools.language.resolveUnit(answer, tools.mappings);
  return resolution === null ? null : { ...draft, unit: resolution, residentId: null };
}

/**
 * Applies a correction such as "March 3", "Hudson 103", "jane@example.com" or "name Jane Roe"
 * to a draft. Returns null when nothing in the text could be used.
 */
export function applyEdit(
  draft: Draft,
  answer: string,
  tools: { language: Language; parseContext: ParseContext; mappings: UnitMapping[] },
): Draft | null {
  const nameMatch = /^\s*name\s*:?\s+(.+)$/i.exec(answer);
  if (nameMatch !== null) {
    const person = readPerson(nameMatch[1]!);
    const previous = draft.people[0];
    if (person === null) return null;
    return {
      ...draft,
      people: [
        {
          ...person,
          email: person.email ?? previous?.email ?? null,
          phone: person.phone ?? previous?.phone ?? null,
        },
      ],
    };
  }

  const parsed = tools.language.parseCommand(answer, tools.parseContext);
  let next: Draft = { ...draft };
  let changed = false;
  const person = draft.people[0];
  const email = EMAIL.exec(answer)?.[0] ?? null;
  const phone = email === null ? (PHONE.exec(answer)?.[0]?.trim() ?? null) : null;
  if (person !== undefined && (email !== null || phone !== null)) {
    next.people = [{ ...person, email: email ?? person.email, phone: phone ?? person.phone }];
    changed = true;
  }
  const endWords = /\b(until|through|thru|end|ends|ending|out|move-?out|lease)\b/i.test(answer);
  const date =
    parsed.startDate ?? parsed.endDate ?? tools.language.parseDate(answer, tools.parseContext);
  // The parser finds units only in commands, so a bare "Hudson 103" is resolved on its own.
  const unit =
    parsed.unit ??
    (date === null && email === null && phone === null
      ? tools.language.resolveUnit(answer, tools.mappings)
      : null);
  if (unit !== null && unit.status !== 'not_found') {
    if (draft.intent === 'transfer') next = { ...next, toUnit: unit };
    else next = { ...next, unit };
    changed = true;
  }
  const guessed = (written: string) => !yearWritten(answer, written);
  if (parsed.startDate !== null && parsed.endDate !== null) {
    next = {
      ...next,
      startDate: parsed.startDate,
      endDate: parsed.endDate,
      startYearGuessed: guessed(parsed.startDate),
      endYearGuessed: guessed(parsed.endDate),
    };
    changed = true;
  } else if (date !== null) {
    const endField = draft.intent === 'move_out' || endWords;
    next = endField
      ? { ...next, endDate: date, endNow: false, endYearGuessed: guessed(date) }
      : { ...next, startDate: date, startYearGuessed: guessed(date) };
    changed = true;
  }
  return changed ? next : null;
}
