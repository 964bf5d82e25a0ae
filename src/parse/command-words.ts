// Words that are never part of a resident's name in a command: verbs, function words, unit and
// date words. Anything else in name position is read as a name.

const COMMAND_VERBS = `
  move moves moved moving mov movein moveout move-in move-ins move-out move-outs movein moveins
  in out into onto add adding added new register registering onboard onboarding enroll set setup
  schedule scheduled scheduling book booked put place placing get let make create start starting
  starts begin beginning begins activate activating activation welcome check checking checkin
  terminate terminating terminated termination end ending ends ended remove removing removed
  deactivate deactivating cancel cancelling canceling cancelled disable disabling kick offboard
  disconnect cut shut vacate vacating vacates leave leaving leaves left depart departing departs
  purge purging purged delete deleting deleted erase erasing wipe wiping forget destroy clear
  transfer transferring transferred relocate relocating relocated switch switching swap swapping
  reschedule rescheduling push pushing pushed postpone postponing postponed delay delaying delayed
  defer change changing changed update updating updated adjust modify amend correct fix extend
  extending extended shorten shortening bring moveup find finding look lookup search show list
  listing tell give display pull see check status where who whos who's which what whats what's
  when how lives live living stays staying occupies occupying renting rent resides residing
  subscribe unsubscribe stop stopping pause resume send sending post posting share notify remind
  help effective effectively as of from to until till til through thru ending
`;

const FUNCTION_WORDS = `
  a an the this that these those there here it its is are was were be been being am do does did
  done have has had will would shall should can could may might must i me my mine we us our ours
  you your yours he him his she her hers they them their theirs on at by for with without about
  after before since during between and or but nor so if then than also too not no yes any all
  each every some both either neither other another same such only just very really quite up down
  over under again once please pls plz thanks thank thx ty hi hello hey ok okay sure asap
  whose whom mr mrs ms miss dr sir madam many much few lot lots anything something nothing
  someone somebody anyone anybody everyone everybody thing things whoever whomever whatever
`;

const DOMAIN_WORDS = `
  resident residents tenant tenants occupant occupants person people guest guests user users
  family roommate roommates owner owners renter renters lease leases leasing term contract
  unit units apt apartment apartments suite room rm flat building buildings bldg floor floors
  level site property wifi wi-fi internet network access service account accounts record records
  data info information details profile everything pii date dates day days week weeks weekend
  month months year years time today tomorrow tonight now soon upcoming scheduled daily weekly
  monthly digest digests summary summaries report reports update updates recap list channel
  morning afternoon evening night noon midnight weekday weekdays am pm
  next last previous coming following first second third current currently new old
  arrivals departures arrival departure moves moveins moveouts ins outs
  also instead again please right away immediately early late mid middle
  command commands option options menu usage bot frontdesk occupied vacant empty available
  email emails e-mail mail phone phones tel telephone mobile cell cellphone contact
`;

function wordSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.flatMap((list) => list.trim().split(/\s+/)));
}

export const NON_NAME_WORDS = wordSet(COMMAND_VERBS, FUNCTION_WORDS, DOMAIN_WORDS);

/** Lower-case words that may sit inside a surname, as in "de la Cruz" or "van der Berg". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'la',
  'le',
  'di',
  'da',
  'du',
  'dos',
  'das',
  'bin',
  'ibn',
  'al',
  'el',
  'st',
  'ter',
]);

/** Words above that are also first names ("Will Turner", "May Lee", "An Nguyen"). */
export const NAME_LIKE_WORDS: ReadonlySet<string> = new Set([
  'will',
  'may',
  'mark',
  'grant',
  'page',
  'an',
]);

/** Words above that are also surnames ("Doris Day", "Anh Do") when capitalised. */
export const SURNAME_LIKE_WORDS: ReadonlySet<string> = new Set([
  'day',
  'early',
  'post',
  'guest',
  'weeks',
  'noon',
  'may',
  'will',
  'an',
  'do',
  'so',
]);
