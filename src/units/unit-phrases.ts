// Finds unit phrases in free text: "Hudson 102", "102 Hudson", "apt 2B at Riverside",
// "Riverside-2B", "Hudson building, floor 1, unit 102", or a bare "2C".
import type { UnitResolution } from '../parse/types.js';
import { buildingNouns } from './building-nouns.js';
import { findBuilding, resolveUnitParts, type UnitParts } from './resolve-unit-parts.js';
import type { BuildingEntry, UnitIndex } from './unit-index.js';
import { nameKey, unitKey } from './unit-keys.js';

export interface UnitPhrase extends UnitParts {
  index: number;
  resolution: UnitResolution;
}

interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
}

interface Draft {
  building: Token[] | null;
  floor: Token | null;
  unit: Token[] | null;
  firstToken: number;
  lastToken: number;
  keyword: 'unit' | 'building' | null;
}

const UNIT_WORDS = new Set([
  'unit',
  'apt',
  'apartment',
  'suite',
  'ste',
  'room',
  'rm',
  'flat',
  'number',
  'num',
]);
const FLOOR_WORDS = new Set(['floor', 'fl', 'flr', 'level', 'lvl']);
const BUILDING_WORDS = new Set(['building', 'bldg', 'bld', 'bldng']);
const CONNECTORS = new Set(['at', 'in', 'of', 'the', 'on']);
const PLACE_WORDS = new Set(['to', 'into', 'in', 'at', 'from', 'of', 'for', 'out']);
// Building names that are also everyday words count only with "building" or a unit beside them.
const COMMON_WORDS = new Set(['a', 'an', 'the', 'i', 'in', 'on', 'at', 'to', 'of', 'is', 'it']);
const UNIT_LIKE = /^(?:[a-z]{0,3}\d{1,6}[a-z]{0,2}|\d{0,4}[a-z])$/;
const FLOOR_VALUE = /^(?:\d{1,3}(?:st|nd|rd|th)?|[a-z]|ground|g|basement|b\d?|ph)$/;
const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SOFT_SEPARATOR = /^[\s,#:/()\-–.]*$/;
// Words shaped like a unit number even when no mapping has them: "404", "2E", "B12", not "3".
const DISTINCT_UNIT = /^(?:\d{3,6}|\d{1,4}[a-z]{1,2}|[a-z]{1,2}\d{1,4})$/;
// Ordinals, times and years ("in 2027") are not units unless a mapping has them.
const NOT_A_UNIT = /^(?:\d+(?:st|nd|rd|th|am|pm|h)|(?:19|20)\d\d)$/;
// Not "at", which more often comes before a time ("at 930").
const UNIT_PLACE_WORDS = new Set(['to', 'into', 'in', 'from']);
const GLUED_BUILDING = /^(\p{L}{2,})(\d[\p{L}\p{N}]*)$/u;
// Words after which a capitalised name is a place when a unit number or a building noun follows.
const PLACE_LEADS = new Set(['to', 'into', 'at', 'from']);
// Only "to" and "into" lead to a place named by a building noun alone ("to North Hall"), because
// after "from" or "at" a name such as "Bo Hall" is as likely a resident.
const NOUN_PLACE_LEADS = new Set(['to', 'into']);
const MAX_UNKNOWN_BUILDING_WORDS = 3;
// One set per unit index, built on first use: a site of 50,000 units has hundreds of buildings,
// too many to walk for every phrase.
const NOUNS_BY_INDEX = new WeakMap<UnitIndex, ReadonlySet<string>>();

function nounsOf(index: UnitIndex): ReadonlySet<string> {
  let nouns = NOUNS_BY_INDEX.get(index);
  if (nouns === undefined) {
    nouns = buildingNouns(index.buildings.keys());
    NOUNS_BY_INDEX.set(index, nouns);
  }
  return nouns;
}

function isKeyword(key: string): boolean {
  return (
    UNIT_WORDS.has(key) ||
    FLOOR_WORDS.has(key) ||
    BUILDING_WORDS.has(key) ||
    CONNECTORS.has(key) ||
    COMMON_WORDS.has(key)
  );
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN_PATTERN)].map((match) => ({
    text: match[0],
    key: nameKey(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Finds every unit phrase in `text`, in order. `lenient` accepts any unit-like word. */
export function findUnitPhrases(text: string, index: UnitIndex, lenient = false): UnitPhrase[] {
  const reader = new PhraseReader(text, index, lenient);
  return reader.readAll();
}

/** Records that a draft spans tokens `first` to `last`, keeping an earlier first token. */
function markTokens(draft: Draft, first: number, last: number): void {
  draft.firstToken = draft.firstToken < 0 ? first : draft.firstToken;
  draft.lastToken = last;
}

class PhraseReader {
  private readonly tokens: Token[];
  // buildingLength and linked are called for the same positions many times per command.
  private readonly buildingLengths: (number | undefined)[] = [];
  private readonly linkedFlags: (boolean | undefined)[] = [];
  // In text without capitals ("move in jane doe to narnia 102") any word may name a place.
  private readonly caseless: boolean;
  private phrasesFound = 0;

  constructor(
    private readonly text: string,
    private readonly index: UnitIndex,
    private readonly lenient: boolean,
  ) {
    this.tokens = tokenize(text).flatMap((token) => this.splitGluedBuilding(token));
    this.caseless = !/\p{Lu}/u.test(text);
  }

  /** Splits "Hudson102" into "Hudson" and "102" when the letters name a building exactly. */
  private splitGluedBuilding(token: Token): Token[] {
    const match = GLUED_BUILDING.exec(token.text);
    const letters = match?.[1];
    const rest = match?.[2];
    if (
      letters === undefined ||
      rest === undefined ||
      !this.index.buildings.has(nameKey(letters))
    ) {
      return [token];
    }
    const middle = token.start + letters.length;
    return [
      { text: letters, key: nameKey(letters), start: token.start, end: middle },
      { text: rest, key: nameKey(rest), start: middle, end: token.end },
    ];
  }

  readAll(): UnitPhrase[] {
    const phrases: UnitPhrase[] = [];
    let position = 0;
    while (position < this.tokens.length) {
      const draft = this.readDraft(position);
      const phrase = draft === null ? null : this.finish(draft);
      if (draft !== null && phrase !== null) {
        phrases.push(phrase);
        this.phrasesFound = phrases.length;
        position = draft.lastToken + 1;
      } else {
        position += 1;
      }
    }
    return phrases;
  }

  private separatorBefore(position: number): string {
    const token = this.tokens[position];
    const previous = this.tokens[position - 1];
    if (token === undefined) {
      return '';
    }
    return this.text.slice(previous?.end ?? 0, token.start);
  }

  private linked(position: number): boolean {
    let flag = this.linkedFlags[position];
    if (flag === undefined) {
      flag = SOFT_SEPARATOR.test(this.separatorBefore(position));
      this.linkedFlags[position] = flag;
    }
    return flag;
  }

  private key(position: number): string {
    return this.tokens[position]?.key ?? '';
  }

  /** Returns how many tokens from `position` spell a building name exactly, or 0. */
  private buildingLength(position: number): number {
    let length = this.buildingLengths[position];
    if (length === undefined) {
      length = this.findBuildingLength(position);
      this.buildingLengths[position] = length;
    }
    return length;
  }

  private findBuildingLength(position: number): number {
    for (let length = this.index.maxBuildingWords; length >= 1; length -= 1) {
      const words = this.tokens.slice(position, position + length);
      if (words.length < length || words.some((_, i) => i > 0 && !this.linked(position + i))) {
        continue;
      }
      const key = words.map((word) => word.key).join(' ');
      if (key !== '' && this.index.buildings.has(key)) {
        return length;
      }
    }
    return 0;
  }

  private isUnitLike(position: number): boolean {
    return UNIT_LIKE.test(this.key(position));
  }

  private isKnownUnit(position: number): boolean {
    const key = unitKey(this.key(position));
    return this.index.unitsByKey.has(key) && /\d/.test(key);
  }

  private hashBefore(position: number): boolean {
    return this.separatorBefore(position).includes('#');
  }

  private readDraft(start: number): Draft | null {
    const draft: Draft = {
      building: null,
      floor: null,
      unit: null,
      firstToken: -1,
      lastToken: -1,
      keyword: null,
    };
    let position = start;
    while (position < this.tokens.length) {
      if (position > start && !this.linked(position)) {
        break;
      }
      const step = this.readStep(position, draft);
      if (step === 0) {
        break;
      }
      position += step;
    }
    return draft.firstToken < 0 ? null : draft;
  }

  /** Reads one component or connector at `position`; returns tokens used, 0 to stop. */
  private readStep(position: number, draft: Draft): number {
    const key = this.key(position);

    const buildingLength = draft.building === null ? this.buildingLength(position) : 0;
    const unknownLength = draft.firstToken < 0 ? this.unknownBuildingLength(position) : 0;
    const placeLength = Math.max(buildingLength, unknownLength);
    if (placeLength > 0) {
      draft.building = this.tokens.slice(position, position + placeLength);
      markTokens(draft, position, position + placeLength - 1);
      return placeLength;
    }
    if (FLOOR_WORDS.has(key) && draft.floor === null && FLOOR_VALUE.test(this.key(position + 1))) {
      draft.floor = this.tokens[position + 1] ?? null;
      markTokens(draft, position, position + 1);
      return 2;
    }
    if (FLOOR_VALUE.test(key) && FLOOR_WORDS.has(this.key(position + 1)) && draft.floor === null) {
      draft.floor = this.tokens[position] ?? null;
      markTokens(draft, position, position + 1);
      return 2;
    }
    if (UNIT_WORDS.has(key) && draft.unit === null && this.isUnitLike(position + 1)) {
      draft.keyword = 'unit';
      draft.unit = this.unitTokens(position + 1);
      markTokens(draft, position, position + draft.unit.length);
      return 1 + draft.unit.length;
    }
    if (draft.unit === null && this.unitTokens(position).length === 2) {
      draft.unit = this.unitTokens(position);
      markTokens(draft, position, position + 1);
      return 2;
    }
    if (draft.unit === null && this.isUnitLike(position) && this.acceptsUnit(position, draft)) {
      draft.unit = this.unitTokens(position);
      markTokens(draft, position, position + draft.unit.length - 1);
      return draft.unit.length;
    }
    if (draft.building === null && this.isTypoBuilding(position, draft)) {
      draft.building = [this.tokens[position] as Token];
      markTokens(draft, position, position);
      return 1;
    }
    if (BUILDING_WORDS.has(key)) {
      draft.keyword = draft.keyword ?? 'building';
      if (draft.building !== null) {
        markTokens(draft, draft.firstToken, position);
      }
      return 1;
    }
    return CONNECTORS.has(key) && draft.firstToken >= 0 ? 1 : 0;
  }

  /** Joins "PH-1" style units written with a hyphen when the joined form is a real unit. */
  private unitTokens(position: number): Token[] {
    const first = this.tokens[position];
    const second = this.tokens[position + 1];
    if (first === undefined) {
      return [];
    }
    if (second !== undefined && this.separatorBefore(position + 1) === '-') {
      const joined = unitKey(first.key + second.key);
      if (this.index.unitsByKey.has(joined)) {
        return [first, second];
      }
    }
    return [first];
  }

  private acceptsUnit(position: number, draft: Draft): boolean {
    if (draft.building !== null || this.hashBefore(position) || this.isKnownUnit(position)) {
      return true;
    }
    if (this.lenient && /\d/.test(this.key(position))) {
      return true;
    }
    if (
      this.index.refs.length === 0 &&
      /\d/.test(this.key(position)) &&
      this.afterPlaceWord(position)
    ) {
      return true;
    }
    // "who lives in 404": a unit number after "in", "to" or "from" is a unit, found or not.
    const key = this.key(position);
    if (
      DISTINCT_UNIT.test(key) &&
      !NOT_A_UNIT.test(key) &&
      UNIT_PLACE_WORDS.has(this.key(position - 1))
    ) {
      return true;
    }
    // "109 Hudson": an unknown number still counts when a building follows it.
    let next = position + 1;
    while (CONNECTORS.has(this.key(next)) && this.linked(next)) {
      next += 1;
    }
    return /\d/.test(this.key(position)) && this.linked(next) && this.buildingLength(next) > 0;
  }

  /**
   * Counts the words from `position` that name a building missing from the mappings, as in
   * "to Narnia 102", "into Maple Court 101" or "to North Hall", or returns 0. Such a place then
   * resolves to not_found with suggestions instead of becoming a resident's name.
   */
  private unknownBuildingLength(position: number): number {
    const lead = this.placeLead(position);
    if (lead === null) {
      return 0;
    }
    let length = 0;
    while (
      length < MAX_UNKNOWN_BUILDING_WORDS &&
      this.isPlaceNameWord(position + length) &&
      this.linked(position + length)
    ) {
      length += 1;
    }
    for (let words = length; words >= 1; words -= 1) {
      const end = position + words;
      if (this.linked(end) && this.startsUnit(end)) {
        return words;
      }
      // "to Bo Hall" after a unit ("assign Hudson 102 to Bo Hall") more likely names a resident.
      // NOTE: so an unknown hall without a number after a first unit, as in "transfer Bo Hall
      // from Hudson 102 to Narnia Hall", is still read as a person.
      const nounEnds = NOUN_PLACE_LEADS.has(lead) && nounsOf(this.index).has(this.key(end - 1));
      if (nounEnds && this.phrasesFound === 0) {
        return words;
      }
    }
    return 0;
  }

  /** Returns the place word ("to", "into", "at", "from") before `position`, skipping "the". */
  private placeLead(position: number): string | null {
    if (!this.linked(position)) {
      return null;
    }
    let before = position - 1;
    if (this.key(before) === 'the' && this.linked(before)) {
      before -= 1;
    }
    const lead = this.key(before);
    return PLACE_LEADS.has(lead) ? lead : null;
  }

  private isPlaceNameWord(position: number): boolean {
    const token = this.tokens[position];
    if (token === undefined || !/^\p{L}+$/u.test(token.key) || isKeyword(token.key)) {
      return false;
    }
    return this.caseless || /^\p{Lu}/u.test(token.text);
  }

  /** Tells whether a unit starts at `position`: "102", "#7", "unit 7" or "building, unit 7". */
  private startsUnit(position: number): boolean {
    const key = this.key(position);
    if (UNIT_WORDS.has(key) || BUILDING_WORDS.has(key)) {
      return this.isUnitLike(position + 1) || BUILDING_WORDS.has(key);
    }
    if (!this.isUnitLike(position) || NOT_A_UNIT.test(key)) {
      return false;
    }
    return DISTINCT_UNIT.test(key) || this.isKnownUnit(position) || this.hashBefore(position);
  }

  private afterPlaceWord(position: number): boolean {
    const before = this.key(position - 1);
    return PLACE_WORDS.has(before) || UNIT_WORDS.has(before);
  }

  private isTypoBuilding(position: number, draft: Draft): boolean {
    const token = this.tokens[position];
    const noBuildings = !this.index.hasBuildings && this.index.refs.length > 0;
    if (token === undefined || /\d/.test(token.key) || noBuildings) {
      return false;
    }
    const unitNext = this.linked(position + 1) && this.isUnitLike(position + 1);
    if (draft.unit === null && !unitNext && !this.lenient) {
      return false;
    }
    // A short phrase given on its own ("Hdsn 102") names a building even when none matches,
    // so that it resolves to not_found instead of to the bare unit.
    // Without any mappings, "to Hudson 102" still names a unit, which then is not_found.
    // With mappings, a capitalised unknown word there ("to Hdsn 102") is a misspelt building.
    const unmapped =
      /^\p{Lu}/u.test(token.text) &&
      this.afterPlaceWord(position) &&
      (this.index.refs.length === 0 || !isKeyword(token.key));
    const unknownBuilding = (this.lenient || unmapped) && draft.unit === null && unitNext;
    return unknownBuilding || findBuilding(this.index, token.key) !== null;
  }

  private finish(draft: Draft): UnitPhrase | null {
    const building = draft.building === null ? null : this.buildingText(draft.building);
    if (!this.isPlausible(draft, building)) {
      return null;
    }
    const first = this.tokens[draft.firstToken];
    const last = this.tokens[draft.lastToken];
    if (first === undefined || last === undefined) {
      return null;
    }
    const start = this.hashBefore(draft.firstToken)
      ? this.text.lastIndexOf('#', first.start)
      : first.start;
    const text = this.text.slice(start, last.end);
    const parts: UnitParts = {
      text,
      building,
      floor: draft.floor?.text ?? null,
      unit: draft.unit === null ? null : draft.unit.map((token) => token.text).join('-'),
    };
    return { ...parts, index: start, resolution: resolveUnitParts(parts, this.index) };
  }

  private buildingText(tokens: Token[]): string {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    return first === undefined || last === undefined ? '' : this.text.slice(first.start, last.end);
  }

  private isPlausible(draft: Draft, building: string | null): boolean {
    if (draft.building !== null && building !== null) {
      const key = nameKey(building);
      const short = key.length <= 2 || COMMON_WORDS.has(key);
      if (short && draft.keyword === null && draft.unit === null && draft.floor === null) {
        return false;
      }
    }
    if (draft.unit !== null || draft.floor !== null || this.lenient) {
      return true;
    }
    return this.buildingStandsAlone(draft, building);
  }

  /** Accepts a building without a unit on buildings-only sites, after "building" or "to". */
  private buildingStandsAlone(draft: Draft, building: string | null): boolean {
    if (building === null) {
      return false;
    }
    const entry: BuildingEntry | null = findBuilding(this.index, building);
    if (entry !== null && entry.wholeBuilding.length > 0) {
      return true;
    }
    return draft.keyword === 'building' || PLACE_WORDS.has(this.key(draft.firstToken - 1));
  }
}
