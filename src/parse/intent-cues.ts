// Word patterns that signal each intent. They run on lower-case text whose dates, units and
// contacts are masked, so "end of the month" cannot read as "end".

export const DIGEST =
  /\bdigests?\b|\b(?:daily|weekly|nightly|monthly|morning)\s+(?:summary|summaries|report|update|recap|rundown|roundup|list|email|post|message|briefing)s?\b|\b(?:un)?subscribe\b|\bopt[- ]?(?:in|out)\b/;
export const RECURRING =
  /\b(?:every|each)\s+(?:day|morning|evening|night|week|weekday|weekdays|workday|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:daily|weekly|nightly)\b/;
export const POST_VERB = /\b(?:send|post|share|notify|remind|deliver|give|email|message|drop)\b/;
export const STOP_DIGEST =
  /\b(?:stop|unsubscribe|cancel|turn\s+off|disable|no\s+more|pause|end|remove|mute|opt[- ]?out|quit|halt|kill|don'?t\s+send|do\s+not\s+send)\b/;

export const PURGE =
  /\bpurg\w*|\berase\b|\bwipe\b|\bdelet\w*|\bforget\b|\bgdpr\b|\b(?:remove|clear|destroy|scrub)\b[^.;!?]{0,40}\b(?:data|records?|info|information|details|profile|account|pii|everything|history)\b/;

export const TRANSFER_VERB =
  /\btransfer\w*|\brelocat\w*|\bswitch\w*\s+(?:units?|apartments?|apts?)\b|\bswap\w*|\bchang\w*\s+(?:\S+\s+)?(?:units?|apartments?|apts?)\b/;
export const PLAIN_MOVE = /\bmov(?:e|es|ed|ing)\b/;
export const FROM_WORD = /(?:\bfrom|\bout\s+of|\bleaving)\s*$/;
export const TO_WORD = /(?:\bto|\binto|\bover\s+to|\bmoving\s+to|\bgoing\s+to)\s*$/;

export const RESCHEDULE_VERB =
  /\bre-?schedul\w*|\bpostpon\w*|\bpush\w*|\bdelay\w*|\bdefer\w*|\bextend\w*|\bshorten\w*|\bbring\b[^.;!?]{0,40}?\b(?:forward|back|up|earlier)\b|\bbrought\s+forward\b|\bmove\s+(?:up|back)\b|\bpull\s+(?:forward|in)\b|\bchang\w*|\bupdat\w*|\badjust\w*|\bmodif\w*|\bamend\w*|\bcorrect\w*|\bfix\b/;
export const DATE_NOUN =
  /(?:'s|\bher|\bhis|\btheir|\bthe)\s+(?:move[- ]?in|move[- ]?out|moving\s+(?:in|out)|start|end|lease\s+end|last\s+day|lease|end\s+date|start\s+date)\b/;
// \uE000 is UNIT_MASK: "her move-in to <unit>" names the unit, not a new date.
export const DATE_NOUN_CHANGE =
  /(?:'s?|\bher|\bhis|\btheir)\s+(?:move[- ]?in|move[- ]?out|moving\s+(?:in|out)|start|end|lease\s+end|last\s+day)(?:\s+date)?\s+(?:to|until|till|should\s+be|will\s+be|is\s+now|needs\s+to\s+be|must\s+be)\b(?!\s*\uE000)/;
export const END_CUE =
  /\bmove[- ]?outs?\b|\bmoving\s+out\b|\bend\w*|\blast\s+day\b|\bdeactivat\w*|\bterminat\w*|\bleav\w*|\bexpir\w*|\bcheck[- ]?out\b|\bextend\w*|\bshorten\w*|\buntil\b/;
export const START_CUE =
  /\bmove[- ]?ins?\b|\bmoving\s+in\b|\bstart\w*|\bbegin\w*|\bactivat\w*|\barriv\w*|\bcheck[- ]?in\b/;

export const MOVE_OUT_STRONG =
  /\bmov(?:e|es|ed|ing)[- ]?out\b|\bmove[- ]?outs?\b|\bmoveout\b|\bterminat\w*|\bdeactivat\w*|\bvacat\w*|\boffboard\w*/;
export const MOVE_OUT_WEAK =
  /\bend\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:lease|residency|tenancy|service|wi-?fi|internet|access|stay)\b|\bend\b[^.;!?]{0,40}?'s?\s+(?:lease|residency|tenancy|stay)\b|\b(?:lease|residency|tenancy)\s+(?:ends|ending|is\s+ending|will\s+end|expires|is\s+up)\b|\bmov(?:e|es|ing)\b[^.;!?]{0,60}?\bout\b|\bcheck(?:ing|s)?[- ]?out\b|\bcheckout\b|\bleav(?:e|es|ing)\b|\bremov(?:e|es|ing)\b|\bcancel\w*|\bdisabl\w*|\bkick(?:ing)?\s+out\b|\bdisconnect\w*|\bshut\s+off\b|\bcut\s+off\b|\blast\s+day\b|\bmoved\s+out\b/;
export const MOVE_IN_STRONG =
  /\bmov(?:e|es|ed|ing)?[- ]?in\b|\bmove[- ]?ins?\b|\bmovein\b|\bonboard\w*|\bnew\s+(?:resident|tenant|move|arrival)\b|\badd\s+(?:a\s+)?(?:new\s+)?resident\b/;
export const MOVE_IN_WEAK =
  /\badd(?:ing)?\b|\bregister\w*|\bactivat\w*|\bset\s*up\b|\bcheck(?:ing)?[- ]?in\b|\bcheckin\b|\bwelcome\w*|\benrol\w*|\bsign(?:ing)?\s+up\b|\bschedul\w*|\bbook\b|\bmov(?:e|ing)\b[^]*\b(?:into|to|in)\b|\bput\b[^]*\b(?:in|into)\b|\barriv\w*|\bgive\b[^]*\baccess\b/;

export const UPCOMING =
  /\bupcoming\b|\bscheduled\b|\bpending\b|\b(?:who(?:'s|s|\s+is|\s+are)?|anyone|anybody|list|show|any|how\s+many|what|which|whose)\b[^]*\b(?:move[- ]?ins?|move[- ]?outs?|moving\s+(?:in|out)|arrivals?|departures?|moves|moving)\b|\b(?:move[- ]?ins|move[- ]?outs|moveins|moveouts|arrivals|departures)\b/;
export const KIND_IN =
  /\bmove[- ]?ins?\b|\bmoving\s+in\b|\barriv\w*|\bcheck[- ]?ins?\b|\bmoveins?\b/;
export const KIND_OUT =
  /\bmove[- ]?outs?\b|\bmoving\s+out\b|\bdepart\w*|\bleaving\b|\bcheck[- ]?outs?\b|\bmoveouts?\b/;

export const LOOKUP =
  /\bwho(?:'s|\s+is|\s+are|se|s)?\b[^]*\b(?:in|at|living|lives|live|stays|staying|occupies|occupying|renting|rents|resides|residing|assigned|there)\b|^who\b|\bfind\b|\blook\s*up\b|\bsearch\b|\bwhere\b|\bstatus\b|\b(?:which|what)\s+(?:unit|apartment|apt|building)\b|\bshow(?:\s+me)?\b|\binfo\b|\bdetails\b|\bdoes\b[^]*\blive\b|\boccupant|\b(?:tenant|resident)s?\s+(?:of|in|at)\b|\bis\b[^]*\b(?:a\s+resident|living|still)\b|\b(?:anyone|anybody|someone|somebody)\s+(?:in|at|living|staying|there)\b|\b(?:occupied|vacant|empty|available)\b|\bdo\s+we\s+have\b|\bwhat(?:'s|\s+is)\b[^]*'s?\s+(?:unit|apartment|apt|address|room)\b/;

export const HELP =
  /^\?+$|^(?:help|h|commands?|menu|usage|options|instructions|hi|hello|hey|start)\b|\bwhat\s+(?:can|do|does)\s+(?:you|frontdesk|front\s+desk|the\s+bot|this(?:\s+bot)?|it)\s+do\b|\bwhat\s+are\s+(?:my|the|your)\s+options\b|\bhow\s+(?:do|does|can|should)\s+(?:i|you|this|it|we)\b|\bwhat\s+commands\b|\b(?:list|show)\s+(?:me\s+)?(?:the\s+|your\s+|all\s+)?commands\b|\bhelp\b|\bwhat\s+are\s+(?:you|your)\b|\bwhat\s+(?:can|should|do)\s+i\s+(?:ask|say|type|do|use)\b|\bwhat\s+do\s+you\s+(?:support|understand|know)\b|\bhow\s+does\s+(?:this|it|frontdesk)\s+work\b/;

/** A question about using the bot. It wins when the command names no person, unit or date. */
export const HELP_QUESTION =
  /^(?:how\s+(?:do|can|should|would)\s+(?:i|we|you)\b|how\s+to\b|(?:show|list|what\s+are)\s+(?:me\s+)?(?:the\s+|your\s+|all\s+|my\s+)?(?:commands|options)\b|what\s+(?:can|do|does)\s+(?:you|frontdesk|front\s+desk|the\s+bot|this(?:\s+bot)?|it)\s+do\b)/;

/** "Jane Doe is now moving in on Jan 5 instead": a date that replaces an earlier one. */
export const REPLACED_DATE = /\binstead\b|\bis\s+now\s+(?:moving|starting|leaving|ending)\b/;

/** Both kinds of list in one phrase: "who is moving in and out next week". */
export const KIND_BOTH = /\bin\s+(?:and|&|or|\/)\s+out\b|\bins\s+(?:and|&|or|\/)\s+outs\b/;
