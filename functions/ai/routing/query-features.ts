/**
 * The weighted lexicon behind the classifier. Each feature is evidence for one query type;
 * a type's score is the sum of the weights of its features found in the message. A
 * `supporting` feature (a condition, a filter word, a count of quantities) only adds to a
 * type that already has direct evidence: "in Ohio" makes a code question deeper, it does not
 * make a mulch question a code question.
 *
 * Weights: 7–10 a phrase that names the task outright ("draft", "summarize", "convert 3 m to
 * ft"); 4–6 a strong cue; 2–3 a cue shared with other tasks; 1 a hint.
 */
import type { QueryType } from '../types'
import { detectTrade } from './trade-vocabulary'

export type FeatureType = Exclude<QueryType, 'safety'>

export type QueryFeature = {
  type: FeatureType
  /** Points when matched; the trade-vocabulary feature scales with the number of terms. */
  weight: number | ((text: string) => number)
  /** A pattern over the normalised message, or a function returning the matched signal. */
  match: RegExp | ((text: string) => string | null)
  supporting?: true
}

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?(?:/\d+)?(?: \d+/\d+)?`
const UNIT =
  String.raw`(?:mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|met(?:er|re)s?|m|km|kilomet(?:er|re)s?|inch(?:es)? (?:of )?water(?: column)?|in\.? ?w\.?c\.?|wc|inch(?:es)?|in|ft|feet|foot|yards?|yds?|miles?|gallons?|gal|gpm|lit(?:er|re)s?|l|quarts?|cubic (?:feet|foot|ft|yards?|met(?:er|re)s?|inch(?:es)?)(?: per (?:hour|minute))?|cu ?ft|cu ?yds?|cfm|m3/h|psig?|kpa|pa|bar|fahrenheit|celsius|centigrade|kelvin|°f|°c|f|c|degrees(?: [fc])?|btus?|btuh|mbh|tons?|kw|kilowatts?|watts?|w|hp|horsepower|amps?|a|volts?|v|kva|va|lbs?|pounds?|kg|kilograms?|oz|ounces?|grams?|g|sq ?ft|square (?:feet|foot|yards?|met(?:er|re)s?|inch(?:es)?)|sq ?yds?|acres?|squares|kwh|therms?)`
const QUANTITY = new RegExp(String.raw`(?<![\w.])${NUMBER} ?-?${UNIT}(?![\w/])`, 'g')

const RECORD = String.raw`(?:invoices?|jobs?|bids?|estimates?|quotes?|leads?|customers?|clients?|expenses?|receipts?|appointments?|payments?|time ?entries|timesheets?|visits?|work orders?|tickets?|messages?|tasks?|calendar|schedule)`
const RECORD_PLURAL = String.raw`(?:invoices|jobs|bids|estimates|quotes|leads|customers|clients|expenses|receipts|appointments|payments|time ?entries|timesheets|visits|work orders|tickets|tasks|installs|service calls)`
/** Things made from records: asking for one of these is not asking for the list itself. */
const RECORD_PRODUCT = String.raw`(?:summary|summari[sz]e|recap|overview|rundown|email|message|text|note|letter|reminder|breakdown|analysis|comparison|forecast|trend)`

/** Words that filter a list of records by state or date. */
const RECORD_FILTER = String.raw`(?:overdue|unpaid|outstanding|open|pending|draft|drafts|scheduled|upcoming|sent|accepted|declined|won|lost|expired|completed|finished|cancel+ed|approved|today|tomorrow|yesterday|tonight|this (?:week|month)|last (?:week|month)|next (?:week|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|past due|due)`

const APP_VERB =
  String.raw`(?:add|create|make|start|edit|change|update|delete|remove|send|resend|upload|export|import|download|print|invite|assign|reassign|attach|mark|convert|clock|find|see|view|open|set up|setup|turn on|turn off|enable|disable|reset|sign|log|switch|archive|duplicate|void|record|share|connect|approve|schedule|move|text|email|message|call|filter|sort|search|pay|set)`
const APP_OBJECT =
  String.raw`(?:app|zafto|crm|dashboard|settings?|profile|password|logo|account|photos?|pictures?|attachments?|invoices?|bids?|estimates?|customers?|leads?|jobs?|expenses?|receipts?|reports?|calendar|team|members?|payments?|payment history|portal|notifications?|templates?|signature|time ?sheets?|time entr(?:y|ies)|pipeline|kanban|crew|techs?|notes?|pdf|propert(?:y|ies)|page|screen|tab|button|menu|due date|online|link|employees?|staff|users?|roles?|hourly cost|tax rate|branding|office (?:manager|staff|person)|admins?|technicians?|apprentices?|helpers?)`

/** Numbers a business tracks; asking for one is a lookup, asking why it moved is analysis. */
const METRIC = String.raw`(?:revenue|sales|income|profit|gross profit|net profit|margins?|gross margin|win rate|close rate|closing rate|average ticket|ticket size|backlog|outstanding|receivables|a/r|cash ?flow|overhead|payroll)`

const SMALL_TALK_CORE = /^(?:hi|hello|hey|hiya|howdy|yo|morning|afternoon|evening|thanks|thank|thx|ty|tysm|appreciate|appreciated|bye|goodbye|cheers|later|night)$/
const SMALL_TALK_FILLER =
  /^(?:z|there|team|everyone|all|good|so|much|very|a|lot|you|you're|youre|u|it|that|that's|thats|is|ok|okay|k|cool|great|perfect|awesome|nice|got|see|ya|for|the|help|your|again|how|are|doing|today|what's|whats|up|sounds|and|have|day|one|just|wanted|to|say|oh|ah|alright|sure|man|buddy|sir|ma'am|set|i'm|im|ready|when|best|rock|legend|helpful|really|super|was|this|me|my|friend|pal|again|tons|once|more|no|problem|np|welcome|bud|boss|happy|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|new|year|holidays|hope|well|safe|stay|mate|dude|bro|folks|y'all|guys|earlier|before|now)$/

/** The whole message is a greeting, thanks or goodbye (a few filler words allowed). */
function smallTalk(text: string): string | null {
  const words = text.replace(/[^a-z' ]/g, ' ').split(' ').filter(Boolean)
  if (words.length === 0 || words.length > 12) return null
  const greeting = words.find((word) => SMALL_TALK_CORE.test(word))
  return greeting && words.every((word) => SMALL_TALK_CORE.test(word) || SMALL_TALK_FILLER.test(word)) ? greeting : null
}

/**
 * "how do I add a photo to a job", "where are my bid templates": a how-question whose verb
 * and object are the app's, or a where-question about an app object.
 */
function appHowTo(text: string): string | null {
  const where = /\b(?:where (?:do|can|would|is|are|should) (?:i|we|the|my)?|where's|where are)\b/.test(text)
  const how = /\b(?:how (?:do|can|would|should|does) (?:i|we|you|(?:the |a |my )?(?:customers?|clients?|homeowners?|techs?|office))|how to|is there a way to|can (?:i|you|we)|show me how)\b/.test(text)
  if (where) {
    const object = new RegExp(String.raw`\b${APP_OBJECT}\b`).exec(text.replace(/^.*?\bwhere\b/, ''))
    if (object) return object[0]
  }
  if (!how && !where) return null
  const session = /\b(?:clock|log|sign|check) ?(?:in|out|on|off)\b/.exec(text)
  if (session) return session[0]
  return new RegExp(String.raw`\b${APP_VERB}\b[^.?!]{0,30}?\b${APP_OBJECT}\b`).exec(text)?.[0] ?? null
}

/** "how many amps is 5000 W at 240 V": one formula over at most two givens, nothing to size. */
function oneStepElectrical(text: string): string | null {
  const asked = /\bhow many (?:amps|watts|volts|kw|kva|va|btus?)\b[^?]*\d/.exec(text)
  if (!asked || /\b(?:need|needed|enough|size|heat|cool)\b/.test(text)) return null
  return (text.match(QUANTITY) ?? []).length <= 2 ? asked[0] : null
}

/** Three or more quantities with units: a problem with several givens, i.e. several steps. */
function manyQuantities(text: string): string | null {
  const found = text.match(QUANTITY) ?? []
  return found.length >= 3 ? `${found.length} quantities` : null
}

/** "bids sent last week", "today's jobs": a record noun with a state or date filter and nothing to reason about. */
function filteredRecords(text: string): string | null {
  if (new RegExp(String.raw`\b${RECORD_PRODUCT}\b`).test(text)) return null
  const noun = new RegExp(String.raw`\b(?:${RECORD_PLURAL}|schedule|calendar|agenda)\b`).exec(text)
  const filter = new RegExp(String.raw`\b${RECORD_FILTER}\b`).exec(text)
  return noun && filter && text.split(' ').length <= 12 ? `${filter[0]} ${noun[0]}` : null
}

/** Trade words are evidence of a trade-practice question: one point per distinct term, at most three. */
const tradeTermPoints = (text: string) => Math.min(detectTrade(text).terms.length, 3)

const states =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|nyc|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|ontario|quebec|british columbia|alberta'

export const queryFeatures: QueryFeature[] = [
  { type: 'greeting', weight: 10, match: smallTalk },

  { type: 'app_help', weight: 7, match: appHowTo },
  { type: 'app_help', weight: 3, match: /\b(?:in|on|from|inside|with|using) (?:the |this )?(?:app|zafto|crm|portal|dashboard)\b|\b(?:on|from) my phone\b/ },
  { type: 'app_help', weight: 3, match: /\b(?:settings|my account|my profile|password|log ?in|sign ?in|log ?out|notifications?)\b/ },

  { type: 'conversion', weight: 7, match: /\bconvert(?:ing)?\b[^?]{0,60}\d[^?]{0,40}\b(?:to|into|in)\b/ },
  { type: 'conversion', weight: 7, match: new RegExp(String.raw`(?<![\w.])${NUMBER} ?${UNIT} (?:to|in|into|=|equals) ${UNIT}\b`) },
  // "what is 3/8 in millimeters": a bare number (often a fraction of an inch) asked in a unit.
  { type: 'conversion', weight: 7, match: new RegExp(String.raw`\bwhat(?:'s| is| are)? (?:${NUMBER}) (?:${UNIT} )?(?:in|to|into|as) ${UNIT}\b`) },
  { type: 'conversion', weight: 7, match: new RegExp(String.raw`\bhow many (?:${UNIT}|[a-z0-9]+(?: (?:of|for) [a-z0-9 ]{1,25}?)?) (?:are |is |does it take to |would it take to |will |would |to )?(?:in|per|cover|make up|fill|fit in|go in) (?:a|an|one|\d)`) },
  { type: 'conversion', weight: 6, match: oneStepElectrical },
  { type: 'conversion', weight: 6, match: /\b(?:how (?:many|much) (?:square|sq|cubic|cu|linear|lineal|running|area)\b|square footage|area of|perimeter|how many squares|volume of)/ },
  { type: 'conversion', weight: 6, match: new RegExp(String.raw`${NUMBER} ?(?:${UNIT} )?(?:times|\*|plus|minus|divided by|multiplied by|\+) ?\d|\b\d[\d.,]* ?(?:%|percent) of \$?\d`) },
  { type: 'conversion', weight: 1, match: /\d ?(?:x|by|×) ?\d/, supporting: true },

  { type: 'lookup', weight: 9, match: /\b(?:phone(?: number)?|cell(?: number)?|email(?: address)?|address|contact(?: info)?) (?:for|of)\b/ },
  { type: 'lookup', weight: 7, match: /\b(?:lot|parcel|permit|account|model|serial|policy|po|job|invoice|bid|tracking|license|licence) (?:number|#|no\.?)(?= |$|\?)/ },
  { type: 'lookup', weight: 6, match: /^(?:did|has|have|is|was) (?:the )?[a-z]+ (?:pay|paid|sign|signed|accept|accepted|approve|approved|respond|responded|reply|replied|book|booked|call|called|open|opened|see|seen)\b/ },
  { type: 'lookup', weight: 6, match: /\bwhat(?:'s| is) (?:the |their |his |her |[a-z]+'s )?(?:phone|email|address|number|cell)\b|\b[a-z]+'s (?:cell|phone|number|email|address|contact)\b/ },
  { type: 'lookup', weight: 6, match: /\bstatus of\b|\bwhere(?:'s| is) (?:my|our|the) (?:tech|technician|crew|invoice|bid|estimate|order|payment|refund)\b/ },
  { type: 'lookup', weight: 6, match: /\b(?:when(?:'s| is| are| will| does)|what time (?:is|are|will|does))\b[^?]{0,25}\b(?:appointment|visit|install\w*|service call|job|inspection|tech|crew|meeting|walkthrough|payment)\b/ },
  { type: 'lookup', weight: 6, match: /\bwhen (?:did|was|were|is|are|will) (?:we|i|they|you|the \w+)? ?(?:last|next|first)\b/ },
  { type: 'lookup', weight: 6, match: /\bwho(?:'s| is| was)\b[^?]{0,20}\b(?:assigned|scheduled|on|working|the tech|technician|lead)\b/ },
  { type: 'lookup', weight: 6, match: /\bwho\b[^?]{0,15}\b(?:owes?|owing|hasn't paid|haven't paid|still owes|is late|is overdue)\b/ },
  { type: 'lookup', weight: 6, match: /\bhow (?:many|much)\b[^?]{0,30}\b(?:did|have|has|do|does)\b[^?]{0,25}\b(?:log\w*|clock\w*|work\w*|bill\w*|invoic\w*|collect\w*|paid|pay|owe|spen[dt]|s[eo]l[dl]|clos\w*|finish\w*|complet\w*)\b/ },
  { type: 'lookup', weight: 6, match: new RegExp(String.raw`^(?:what(?:'s| is| was| are| were)|how much (?:is|was|did)|show me|give me) (?:my |our |the )?(?:total )?${METRIC}\b`) },
  { type: 'lookup', weight: 5, match: /\bbalance (?:on|of|due)\b/ },
  { type: 'lookup', weight: 5, match: /\bwhat (?:colou?r|gauge|voltage|wattage|amperage|temperature)\b/ },
  { type: 'lookup', weight: 5, match: /\bwhat(?:'s| is| are) (?:the )?(?:standard|typical|normal|nominal|actual|average|usual|default|minimum|maximum|max|min|recommended)\b|\bwhat size (?:is|are) (?:a |an |the )?(?:standard|typical|normal|common)\b/ },
  { type: 'lookup', weight: 4, match: /\bwhat(?:'s| is| are) (?:the )?[a-z -]{0,20}(?:factor|rating|ampacity|capacity|r-value|spacing|torque|lifespan|life expectancy|specs?|specifications?)\b (?:of|for)\b/ },
  { type: 'lookup', weight: 6, match: /\b(?:gate|lockbox|lock box|door|alarm|access|garage|wifi|wi-fi|entry) (?:code|password)\b|\bpassword for\b/ },
  { type: 'lookup', weight: 4, match: /\b(?:weigh|weighs|weight of|per (?:linear )?(?:foot|ft|square foot|sq ft|yard|gallon))\b/ },
  { type: 'lookup', weight: 4, match: /\bhow (?:tall|wide|high|thick|heavy|big) (?:is|are) (?:a|an|the|standard|typical)\b|\bactual (?:size|dimensions?)\b|\bdimensions of\b/ },
  { type: 'lookup', weight: 5, match: /\bwhat (?:does|do) [^?]{1,25} (?:stand for|mean)\b/ },
  { type: 'lookup', weight: 1, match: /\b(?:roughly|approximately|approx|ballpark)\b/, supporting: true },

  { type: 'record_list', weight: 6, match: new RegExp(String.raw`\b(?:show|list|display|pull up|bring up|give me|get me|find|see|view|open (?:up )?(?:the|a|an|that|this))\b(?: me)?(?:(?!${RECORD_PRODUCT}\b)[^?.]){0,40}\b${RECORD}\b`) },
  { type: 'record_list', weight: 5, match: new RegExp(String.raw`\b(?:which|what|any) ${RECORD_PLURAL}\b`) },
  { type: 'record_list', weight: 5, match: filteredRecords },
  { type: 'record_list', weight: 5, match: /\b(?:schedule|calendar|agenda)\b[^?]{0,20}\b(?:today|tomorrow|this week|next week)\b|\bwhat(?:'s| is) on (?:my|our|the)\b/ },
  { type: 'record_list', weight: 1, match: new RegExp(String.raw`\b${RECORD_FILTER}\b`), supporting: true },

  { type: 'trade_general', weight: 5, match: /\bbest (?:practices?|way|method|approach|material|brand|option|choice|\w+ (?:for|to))\b|\bwhat(?:'s| is) the best\b/ },
  { type: 'trade_general', weight: 4, match: /\b(?:tips?|advice|recommend\w*|suggest\w*|pointers)\b/ },
  { type: 'trade_general', weight: 6, match: /\bwhat(?:'s| is) the (?:usual|normal|typical|standard|best|right|proper) (?:process|procedure|way|approach|method|steps|sequence)\b|\b(?:process|procedure|steps) (?:for|to)\b/ },
  { type: 'trade_general', weight: 5, match: /\bwhat (?:tools|materials|parts|supplies|gear|ppe)\b|\bwhat(?:'s| is) involved\b/ },
  { type: 'trade_general', weight: 2, match: /\bhow (?:should|would|do|can|to) (?:i|we|you)?\b/ },
  { type: 'trade_general', weight: 4, match: /\b(?:right|proper|correct|best|easiest|fastest|cleanest) (?:way|method|technique)\b|\b(?:correctly|properly)\b|\bhow (?:do|can) (?:i|you|we) (?:keep|prevent|stop|avoid|get a)\b/ },
  { type: 'trade_general', weight: 4, match: /\b(?:explain|how does|how do (?:they|these|those)|what happens when|walk me through)\b/ },
  { type: 'trade_general', weight: 5, match: /\b(?:difference between|vs\.?|versus|pros and cons|better than|worth it over|instead of)\b/ },
  { type: 'trade_general', weight: 3, match: /\b[a-z0-9]+ or (?:an? )?[a-z0-9]+\b[^?]{0,30}\bfor\b|^(?:should (?:i|we) (?:use|go with|install|get) )?(?:an? )?[a-z0-9-]+ or (?:an? )?[a-z0-9-]+(?: [a-z]+)?\??$/ },
  { type: 'trade_general', weight: 4, match: /\bwhat should (?:i|we|they|the homeowner) (?:look for|check|bring|use|know|expect|include)\b/ },
  { type: 'trade_general', weight: 4, match: /\bhow (?:long|often|soon) (?:should|does|do|will|can|to|before|after)\b/ },
  { type: 'trade_general', weight: 2, match: /\b(?:maintenance|tune[- ]?up|winteriz\w*|prep(?:are|aring)?|layout|lay out|install(?:ing)?)\b/ },
  { type: 'trade_general', weight: 4, match: /\b(?:what order|in what order|sequence|order of (?:work|operations|trades))\b/ },
  { type: 'trade_general', weight: 4, match: /\b(?:is|are) [^?]{1,30} (?:worth it|a good idea|good for|ok for|okay for|suitable)\b|\bgood (?:mulch|material|brand|choice|option|plant|way)\b|\bwhat(?:'s| is) a good\b|\bworks? best\b/ },
  { type: 'trade_general', weight: tradeTermPoints, match: (text) => detectTrade(text).terms[0] ?? null },

  { type: 'drafting', weight: 7, match: /(?<!\b(?:in|as|a|the|still|saved|to|my|our|is|are|of) )\b(?:draft|compose|rewrite|reword|proofread)\b(?! (?:status|stage|state|mode|bids?|invoices?|estimates?|quotes?|jobs?)\b)/ },
  { type: 'drafting', weight: 5, match: /\b(?:write|put together|come up with|craft)\b/ },
  { type: 'drafting', weight: 7, match: /\bhelp me (?:write|word|say|draft|respond|reply|tell)\b|\bhow (?:should|do|can) i (?:tell|word|say|explain to|respond to|reply to|break it to)\b|^(?:reply|respond) to\b/ },
  { type: 'drafting', weight: 5, match: /\b(?:an?|the|short|quick|friendly|polite|nice)\s(?:[a-z-]+ )?(?:email|e-mail|text|sms|message|note|letter|reply|response|announcement|script|apology|review request)\s(?:to|for|asking|inviting|explaining|telling|thanking|letting|about|reminding|that)\b/ },
  { type: 'drafting', weight: 3, match: /\b(?:email|e-mail|text|sms|message|note|letter|reply|response|post|posting|review request|review|reminder|follow[- ]?up|announcement|script|thank[- ]you(?: note)?|apology|job (?:description|posting|ad))\b/, supporting: true },
  { type: 'drafting', weight: 3, match: /\b(?:tell|telling|ask|asking|remind|reminding|thank|notify|apologi[sz]e|invit\w*)\b[^?]{0,30}\b(?:customers?|homeowners?|clients?|mrs?\.?|ms\.?|them|they|him|her)\b/, supporting: true },

  { type: 'summary', weight: 10, match: /\b(?:summari[sz]\w*|summary|recap|tl;?dr|overview of|catch me up|brief me|rundown|run-down|highlights of|key points|sum (?:it |this |that )?up)\b/ },

  { type: 'diagnosis', weight: 4, match: /\bwhy (?:is|are|does|do|would|did|won't|wont|isn't|doesn't|can't|cant|might|could|my|the|there)\b/ },
  { type: 'diagnosis', weight: 5, match: /\bwhat (?:could|would|might|can) (?:be|cause)\b|\bwhat(?:'s| is) (?:causing|wrong|going on)\b|\bcauses? (?:of|for)\b|\bwhat (?:causes|makes)\b|\bnormal\?/ },
  { type: 'diagnosis', weight: 5, match: /\b(?:troubleshoot\w*|diagnos\w*|culprit)\b/ },
  { type: 'diagnosis', weight: 3, match: /\bwhat should i check\b|\bwhere (?:do|should) i (?:start|look)\b/ },
  {
    type: 'diagnosis',
    weight: 3,
    match:
      /\b(?:keeps? (?:tripping|running|cycling|beeping|chirping|leaking|dripping|going off|shutting off|turning off|clicking|dropping|losing|failing|freezing)|won'?t (?:start|turn on|turn off|shut off|stop|work|cool|heat|drain|flush|light|ignite|record|connect|charge|close|open|spin)|(?:doesn'?t|does not|isn'?t|is not|aren'?t|not) (?:work\w*|cool\w*|heat\w*|drain\w*|flush\w*|start\w*|stop\w*|spin\w*|record\w*|charg\w*|connect\w*|produc\w*|getting|coming on|turning on)|stopped (?:working|cooling|heating|recording|producing|draining)|tripping|trips|leaking|leaks|dripping|short[- ]?cycl\w*|noisy|rattl\w*|squeal\w*|grinding|hums|humming|buzzing|whooshing|banging|knocking|flicker\w*|error|(?<!arc[- ]|ground[- ])fault|blink\w*|frozen|freez\w* up|ic(?:ed|ing) up|low (?:water )?pressure|no hot water|lukewarm|warm air|drop(?:s|ping|ped)? off|offline|clog\w*|backing up|backs up|slow drain|weak (?:flow|signal|airflow)|barely|intermittent\w*|ponding|blister\w*|curling|cupping|stains?|spreading|brown(?:ing)? (?:spots?|patches)|dead (?:patches|spots|grass)|yellow\w* (?:leaves|grass)|dying|sagging|condensation|musty|mold\w*|black screen|no picture|(?:making|makes) (?:a |an )?(?:\w+ )?(?:noise|sound)|went to zero|too (?:hot|cold))\b/,
  },

  {
    type: 'code_interpretation',
    weight: 5,
    match:
      /\b(?:nec|nfpa(?: ?\d+)?|irc|ibc|ipc|upc|imc|iecc|ifc|ifgc|umc|osha|ada|title 24|ashrae(?: \d+)?|ul ?\d{2,4}|(?:energy|fire|building|electrical|plumbing|mechanical|residential|gas|local|state|city|county) codes?)\b/,
  },
  { type: 'code_interpretation', weight: 4, match: /(?<!(?:error|fault|trouble|blink|zip|promo|discount|qr|colou?r|access|door|alarm|reset|gate|energy|fire|building|electrical|plumbing|mechanical|residential|gas|local|state|city|county) )\bcodes?\b(?! ?\d)/ },
  { type: 'code_interpretation', weight: 5, match: /(?<![$\d.,])\b\d{3}\.\d{1,3}(?:\([a-z0-9]+\))*(?![\d%])|\b[rpmeg]\d{3,4}(?:\.\d+)+\b|\b(?:article|section|table) \d/ },
  {
    type: 'code_interpretation',
    weight: 4,
    match:
      /\b(?:requires?|required|requirements?|mandatory|mandated|must i|allowed|allow|allows|permitted|permits?|legal|illegal|compliant|compliance|violation|violates?|inspector|inspections?|ahj|listed|exceptions?|exempt\w*|setbacks?|clearances?|egress|grandfathered|let (?:me|us|you|one|a|an)|does (?:that|this|it) apply)\b/,
  },
  {
    type: 'code_interpretation',
    weight: 2,
    match:
      /\b(?:ampacity|derat\w*|working (?:space|clearance)|bonding|bonding jumper|grounding electrode|gec|ground rods?|ufer|concrete[- ]encased|tap rule|120 ?% rule|arc[- ]fault|ground[- ]fault protection|busbar|bus rating|backfeed\w*|load[- ]side|supply[- ]side|interconnection|rapid shutdown|raceways?|afci|gfci|tamper[- ]resistant|trap arm|wet vent\w*|fixture units?|dfu|makeup air|combustion air|fire[- ]rated|firestop\w*|fire separation|handrails?|guard height|stair (?:rise|run)|risers?|headroom)\b/,
  },
  { type: 'code_interpretation', weight: 2, match: /^(?:can|may) (?:i|we|they|the \w+|an? \w+)\b|^(?:am i allowed to|are we allowed to|is it legal to|is it ok(?:ay)? to)\b/ },
  { type: 'code_interpretation', weight: 3, match: new RegExp(String.raw`\b(?:${states}|county|counties|city of|town of|township|municipal\w*|jurisdiction|locally|my area|state law|amendments?)\b`), supporting: true },
  { type: 'code_interpretation', weight: 2, match: /\b(?:19|20)\d{2}(?:'?s)?\b/, supporting: true },
  { type: 'code_interpretation', weight: 2, match: /\b(?:if|when|unless|provided|existing|extend\w*|replac\w*|remodel\w*|addition|conver(?:t|ting|sion)|new construction|retrofit|upgrade|with an?|without|on an?|under|less than|more than|over|within)\b/, supporting: true },

  {
    type: 'business_analysis',
    weight: 5,
    match:
      /\b(?:margins?|profit\w*|revenue|income|cash ?flow|overhead|break[- ]?even|roi|return on investment|win rate|close rate|closing rate|conversion rate|backlog|utili[sz]ation|forecast\w*|markup|gross|net profit|p&l|profit and loss|kpis?|job costing|labou?r costs?|hourly rate|billable|average ticket|ticket size|customer acquisition|marketing|advertis\w*|makes? money|making money|losing money|lose money|bleeding|underbid\w*|service lines|grow (?:the|my|our) (?:business|company|revenue)|payroll|headcount|commercial work|residential work|price increase|raise (?:my |our |the )?(?:rates?|prices?)|lose (?:customers|clients|business)|division|new location|second location|expand\w* into|branch out|acquisition|charg\w* enough|undercharg\w*|overcharg\w*|(?:my|our) costs|cost of doing business|labou?r hours|overruns?|callbacks|outsourc\w*|in[- ]house|staffing|office (?:person|manager|staff|help)|estimated (?:vs\.?|versus) actual)\b/,
  },
  { type: 'business_analysis', weight: 5, match: /\b(?:worth (?:buying|investing|the investment)|invest(?:ing|ment)|lease or buy|buy or (?:lease|rent)|keep renting|rent or buy)\b/ },
  { type: 'business_analysis', weight: 5, match: /\bhow (?:should|do|can) (?:i|we) price\b|\bpricing (?:strategy|model|structure)\b|\bprice (?:my|our) (?:services?|jobs?|work|labou?r)\b/ },
  { type: 'business_analysis', weight: 5, match: /\b(?:the|my|our) (?:business|company|shop)\b[^?]{0,40}\b(?:doing|perform\w*|health|numbers|finances?)\b|\bhow(?:'s| is) (?:the|my|our) (?:business|company)\b|\bmake sense (?:to|for) (?:my|our|the) (?:business|company|shop)\b|\bto (?:my|our) (?:\w+ )?(?:company|business)\b/ },
  { type: 'business_analysis', weight: 2, match: /\b(?:hire|hiring|apprentices?|analy[sz]\w*|compar\w*|trend\w*|why (?:are|is|did|do|have|has) (?:my|our)|what(?:'s| is) (?:driving|causing)|what changed|where (?:we're|we are|i'm) (?:losing|bleeding)|break ?down|should (?:i|we)|make sense|given|year over year|per (?:job|tech|truck|hour))\b/, supporting: true },

  {
    type: 'calculation',
    weight: 6,
    match:
      /\b(?:voltage drop|load calc\w*|load calculation|service (?:size|sizing)|size (?:the|a|an|my)|sizing|conductor siz\w*|wire siz\w*|heat (?:loss|gain)|manual [jds]|(?:cooling|heating|btu) load|string (?:size|sizing|length|count)|pipe siz\w*|duct siz\w*|static pressure|friction loss|conduit fill|box fill|rafter length|span (?:table|length)|fault current|short[- ]circuit current|demand factor|(?:standard|optional) (?:method|calculation)|total (?:load|demand)|material takeoff|takeoff)\b/,
  },
  { type: 'calculation', weight: 6, match: /\bhow many (?:btus?|tons?|amps|watts|kw|panels|modules) (?:do|will|would|does) (?:i|we|you|it|this|that) need\b|\bhow (?:big|large) (?:a |of a )?[a-z ]{0,20}(?:do|will|would|should) (?:i|we) need\b/ },
  { type: 'calculation', weight: 3, match: /\b(?:calculate|calculation|calc|compute|work out|figure(?: out)?|estimate)\b/ },
  { type: 'calculation', weight: 4, match: /\bshow (?:the |your |me the |all the )?(?:math|work|steps|calculation)\b|\bstep[- ]by[- ]step\b|\bwalk me through (?:it|the (?:math|numbers|calc\w*))\b|\bshow (?:me )?how (?:you|to|i) (?:get|got|calculate|figure|arrive)\b/ },
  { type: 'calculation', weight: 5, match: /\bhow many [\w ]{0,20}(?:circuits|breakers|fixtures|lights|heads|zones|panels|modules|devices|receptacles|outlets|units|appliances) (?:can|could|should|will) (?:i|we|you|it|they)\b/ },
  { type: 'calculation', weight: 2, match: /\bwhat size (?:wire|conductors?|breaker|ocpd|fuse|pipe|gas (?:line|pipe)|duct|unit|furnace|ac|a\/c|heat pump|inverter|panel|service|transformer|generator|boiler|water heater|condenser|disconnect|feeder)\b/ },
  { type: 'calculation', weight: 2, match: /\bhow (?:many|much)\b[^?]{0,60}\b(?:do i need|will i need|needed)\b/ },
  { type: 'calculation', weight: 4, match: /\b(?:is|are|be) (?:it |that |this )?(?:big |large )?enough\b|\b(?:adequate|sufficient|undersized|oversized)\b|\b(?:can|will) (?:it|that|the \w+) (?:handle|carry|support)\b/ },
  { type: 'calculation', weight: 2, match: manyQuantities, supporting: true },
]
