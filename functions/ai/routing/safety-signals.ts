/** What a homeowner must do first when something may be dangerous; every homeowner answer that warns says it this way. */
export const SAFETY_FIRST =
  'If you smell gas, see sparks or smoke, or a carbon monoxide alarm is sounding: leave the house now and call 911 or your gas utility from outside.'

/**
 * Safety-critical topics. Any one of them sends a question to the deep tier with
 * `safetyCritical`, whatever else it asks: a wrong answer here can hurt someone. The patterns
 * lean towards flagging (an extra careful answer costs tokens; a casual one can cost a life)
 * but exclude the everyday uses of the same words: "fire code", "smoke detector chirping",
 * "flame sensor", "gas water heater", "hot wire", a shallow irrigation trench.
 */

type SafetySignal = {
  label: string
  patterns: RegExp[]
  /** Pairs that flag only together in one sentence: a hazard's object and its state ("cord" + "melted"). */
  together?: [RegExp, RegExp][]
}

/** Electrical things that can overheat or catch fire. */
const ELECTRICAL_THING =
  /\b(?:cords?|plugs?|outlets?|receptacles?|breakers?|panel|wires?|wiring|switch(?:es)?|fixtures?|meter|extension cord|power strip|space heater|heater|dimmer|lugs?|transformer|charger|batter(?:y|ies)|knob and tube|insulation)\b/
/**
 * Signs of overheating. "Hot wire", "which wire is hot", "hot water", "warm white", "black
 * wire" and "burner" name a conductor, a part or a colour, not a temperature.
 */
const OVERHEAT_STATE =
  /(?<!\b(?:which|what|one|wires?|conductors?|legs?|terminals?|screws?) (?:is|are) )\b(?:hot|warm)\b(?! (?:wire|wires|leg|legs|side|conductor|water|tub|terminal|lead|bus|and neutral|white|colou?r|tone|glow|light|lighting)\b)|\b(?:is|are|turned|gone|looks?|went) (?:brown|black)\b|\b(?:browned|blackened|scorch\w*|melt(?:ed|ing|s)?|charred|burn(?:ing|t|ed|s)?|smok\w*|spark\w*|discolou?r\w*|buzz\w*|crackl\w*|sizzl\w*|overheat\w*|arcing)\b/
/** Members that carry a building's load. */
const STRUCTURAL_MEMBER =
  /\b(?:framing|joists?|rafters?|truss(?:es)?|beams?|lvl|glulam|headers?|girders?|studs?(?! (?:walls?|finders?|sensors?))|(?:top|bottom|sill) plates?|(?<!fence |mailbox |sign )posts?|columns?|lally|load[- ]bearing|bearing walls?|holding up|holds up)\b/
const STRUCTURAL_DAMAGE =
  /\b(?:cut\w*|notch\w*|drill\w*|bor(?:e|ed|ing)|remov\w*|take out|took out|taking out|tak\w* down|knock\w*|widen\w*|rott\w*|rot|termite\w*|sag|sags|sagg\w*|crack\w*|split|crushed)\b/
/** Being high up, or a height given in feet. */
const AT_HEIGHT =
  /\b(?:roof edge|edge of the roof|ladders?|scaffold\w*|aerial lift|parapet|at height|\d{1,3} ?(?:ft|feet|foot) (?:up|high|off the ground|in the air))\b/
const HEIGHT_EXPOSURE =
  /\b(?:work\w*|install\w*|climb\w*|stand\w*|alone|no (?:parapet|rail|railing|guardrail|harness|tie[- ]?off)|without (?:a )?(?:harness|rail|railing|tie[- ]?off|guardrail|spotter)|fall\w*|fell|slip\w*)\b/

/** A depth of 4 ft or more next to a dig word (OSHA protective systems start at 5 ft; hazardous air is tested from 4 ft). */
const DEPTH =
  /(\d+(?:\.\d+)?) ?(?:ft|foot|feet|')(?: deep| down| trench| hole| excavation| ditch)|(?:deep|depth|trench\w*|dig\w*|excavat\w*|down)(?: of| to| about| around)? (\d+(?:\.\d+)?) ?(?:ft|foot|feet|')/g
const DIG = /\b(?:trench\w*|dig|digs|digging|dug|auger\w*|boring|directional drill\w*|ditch\w*)\b/
const DIG_HAZARD =
  /\b(?:shoring|shored|cave[- ]?ins?|trench box|benching|sloping|excavators?|backhoe|mini ?ex\w*|811|call before you dig|utility locates?|buried (?:gas|electric|power|utility|lines?|cables?|services?)|utility lines?|power lines?|gas (?:line|meter|main|service|pipe)|electric (?:line|service))\b/

function isDeepOrHazardousDig(text: string): boolean {
  if (/\bexcavat\w*/.test(text)) return true
  if (!DIG.test(text)) return false
  if (DIG_HAZARD.test(text)) return true
  return [...text.matchAll(DEPTH)].some((match) => Number(match[1] ?? match[2]) >= 4)
}

const signals: SafetySignal[] = [
  {
    label: 'a gas smell or leak',
    patterns: [
      /\b(?:smell\w*|odou?r|whiff)\b[^.?!]{0,30}\b(?:gas|propane|rotten eggs?|sulfur|sulphur|mercaptan)\b/,
      /\b(?:gas|propane|sulfur|sulphur|mercaptan)\b[^.?!]{0,15}\b(?:smell\w*|odou?r)\b/,
      /\brotten eggs?\b/,
      /\b(?:gas|propane)\b[^.?!]{0,40}\b(?:leak\w*|hiss\w*|bubbl\w*)\b/,
      /\b(?:leak\w*|hiss\w*)\b[^.?!]{0,30}\b(?:gas|propane)\b/,
      /\b(?:hit|cut|nicked|punctured|damaged|broke|struck|drilled (?:into|through))\b[^.?!]{0,20}\b(?:gas|propane)\b/,
    ],
  },
  {
    label: 'carbon monoxide',
    together: [
      [
        /\b(?:headaches?|dizz\w*|nause\w*|light[- ]?headed|(?:feels?|feeling|felt|got|getting) (?:sick|ill|sleepy|drowsy))\b/,
        /\b(?:furnace|heater|boiler|generator|fireplace|flue|chimney|stove|water heater|alarm|detector|monitor|co)\b/,
      ],
    ],
    patterns: [
      /\bcarbon monoxide\b/,
      /\bco (?:detectors?|alarms?|monitors?|poisoning|levels?|readings?)\b/,
      /\b(?:cracked heat exchanger|back ?draft\w*|flue gas spillage)\b/,
      /\b(?:flue|vent pipe|exhaust pipe|chimney connector)\b[^.?!]{0,20}\b(?:came loose|loose|disconnected|separated|fell|fallen|cracked|rusted through|blocked)\b/,
      /\bgenerator\b[^.?!]{0,30}\b(?:in the garage|indoors|inside|in the basement)\b/,
    ],
  },
  {
    label: 'energized (live) electrical work',
    patterns: [
      /\benergi[sz]ed\b/,
      /\blive (?:work|wires?|panels?|circuits?|conductors?|bus|busbars?|terminals?|parts|lugs)\b/,
      /\b(?:wires?|conductors?|circuits?|panel|terminals?|bus|lugs|lines?)\b[^.?!]{0,30}\b(?:(?:is|are) still (?:live|hot|energi[sz]ed|on)|(?:is|are) (?:live|energi[sz]ed))\b/,
      /\b(?:with|while) (?:the )?(?:power|it|circuit|panel|breaker|main) (?:is |are )?(?:still )?(?:on|live|hot)\b/,
      /\bwithout (?:shutting|turning|killing|cutting) (?:off )?(?:the )?(?:power|main|breaker|circuit|electricity)\b/,
      /\bwork\w* (?:on )?(?:it |them |the |a |this |that )?(?:[\w-]+ ){0,3}(?:hot|live|energi[sz]ed)\b(?! (?:water|tub|glue|tar|mop|air|weather|days?|summer|attic|wire|leg|side|surface)\b)/,
      /\b(?:arc flash|lockout|tagout|lock out tag out|loto|line side)\b/,
      /\b(?:while|with) (?:the )?(?:utility|service|power|mains) (?:is |are )?(?:still )?(?:connected|on|live|hot)\b|\b(?:utility|service) (?:is |are )?still (?:connected|live|on)\b/,
      /\b(?:pull\w*|chang\w*|replac\w*|swap\w*|work\w* on)\b[^.?!]{0,20}\bmeter (?:socket|base|can|pan)\b|\b(?:pull\w*|remov\w*) (?:the |a |my |that )?(?:electric )?meter\b/,
      /\b(?:ladder|pole|boom|lift|crane)\b[^.?!]{0,40}\b(?:power lines?|overhead lines?|service drop)\b/,
    ],
  },
  {
    label: 'an electric shock',
    patterns: [/\b(?:shocked|electrocut\w*|zap|zaps|zapped|zapping|jolt(?:ed)?|got (?:a )?(?:little |small |mild )?shock|getting (?:a )?shocks?|electric(?:al)? shocks?|tingl\w*)\b/],
  },
  {
    label: 'water near live electrical equipment',
    patterns: [
      /\b(?:water|flood\w*|wet|leak\w*|dripp\w*|pooling|puddl\w*)\b[^.?!]{0,40}\b(?:electrical panel|breaker (?:box|panel)|service panel|main panel|panel box|load center|meter base|electrical outlets?|receptacles?|junction box|live wires?|wiring)\b/,
      /\b(?:electrical panel|breaker (?:box|panel)|service panel|main panel|panel box|load center|meter base)\b[^.?!]{0,30}\b(?:wet|flooded|under water|water)\b/,
    ],
  },
  {
    label: 'fire, smoke or overheating',
    together: [[ELECTRICAL_THING, OVERHEAT_STATE]],
    patterns: [
      /\b(?:on fire|caught fire|catch(?:es|ing)? fire|fire (?:started|broke out)|flaming|ablaze)\b/,
      /\bflames?\b(?! (?:sensor|rod|retention|signal))/,
      /\bsmok(?:e|ing|y)\b(?! (?:detector|alarm|test|pencil))/,
      /\b(?:sparks|sparking|sparked|arcing|arced|scorch\w*|charred|singed|soot)\b/,
      /(?<!snow |ice )\bmelt(?:ed|ing)\b/,
      /\b(?:burn(?:ing|t|ed)?(?: [a-z]+)?|electrical|fishy) (?:smell|odou?r)\b/,
      /\bsmell\w* (?:like |of )?(?:burn\w*|smoke|electrical|melting|hot plastic)\b/,
      /\b(?:breakers?|outlets?|receptacles?|panel|plug|cord|wires?|wiring|switch|dimmer|meter|disconnect|cables?)\b[^.?!]{0,25}\b(?:feels?|gets?|getting|got|running|too|very|really|extremely) (?:hot|warm)\b/,
      /\b(?:hot|warm|overheating) (?:breakers?|outlets?|receptacles?|plugs?|cords?|switch|dimmers?)\b/,
      /\b(?:hot|warm) to the touch\b/,
      /\b(?:breakers?|breaker box|panel|meter|outlets?|receptacles?|switch|transformer)\b[^.?!]{0,25}\b(?:buzz\w*|crackl\w*|sizzl\w*|popping)\b/,
      /\b(?:breakers?|outlets?|receptacles?|panel|plug|cord|wires?|wiring|switch|cables?|transformer|batter(?:y|ies))\b[^.?!]{0,25}\boverheat\w*/,
    ],
  },
  {
    label: 'cutting or removing structural members',
    together: [[STRUCTURAL_MEMBER, STRUCTURAL_DAMAGE]],
    patterns: [
      /\bload[- ]?bearing\b|\bbearing walls?\b|\bstructural\b/,
      /\b(?:cut\w*|notch\w*|drill\w*|bor(?:e|ing)|remov\w*|take out|taking out|pull(?:ing)? out|knock\w* out|trim\w*|shorten\w*|mov(?:e|ing)|relocat\w*)\b[^.?!]{0,60}\b(?:joists?|rafters?|truss(?:es)?|beams?|headers?|girders?|(?<!fence |mailbox |sign |deck rail )posts?|columns?|lally|ridge board|top plate|sill plate)\b/,
      /\b(?:remov\w*|take out|taking out|tear\w* out|knock\w* (?:down|out)|open(?:ing)? up)\b (?:the |a |an |that |this |my |our )?(?:\w+ )?walls?\b/,
      /\b(?:widen\w*|enlarg\w*|cut\w*|add\w*|creat\w*|mak\w*|frame|framing)\b[^.?!]{0,25}\b(?:doorway|wall opening|opening in (?:a|the|that|this) (?:\w+ )?wall|pass[- ]through|window opening)\b/,
    ],
  },
  {
    label: 'a confined space',
    together: [[/\b(?:crawl ?spaces?|pits?|vaults?|tanks?|sewers?|attic)\b/, /\b(?:sewage|fumes|gas|smell|odou?r|no (?:air|ventilation)|stale air|standing water)\b/]],
    patterns: [
      /\b(?:confined spaces?|utility vaults?|underground vaults?|manholes?)\b/,
      /\b(?:enter\w*|go(?:ing)? (?:into|in|down)|climb\w* (?:into|down))\b[^.?!]{0,30}\b(?:vaults?|septic tanks?|storage tanks?|silos?|cisterns?|sewers?|wells?|pits?)\b/,
    ],
  },
  {
    label: 'working at height (fall risk)',
    together: [[AT_HEIGHT, HEIGHT_EXPOSURE]],
    patterns: [
      /\b(?:fall protection|harness|tie[- ]?off|guardrails?|fall arrest|scaffold\w*|aerial lift|scissor lift|boom lift)\b/,
      /\b(?:fall|fell|falling|slipp\w*|slid)\b[^.?!]{0,30}\b(?:roof|ladder|scaffold\w*|height)\b/,
      /\b(?:walk\w*|stand\w*|work\w* on|safe)\b[^.?!]{0,20}\b(?:steep|(?:[89]|1\d)\/12)\b/,
      /\bsteep (?:roof|pitch|slope)\b|\b(?:[89]|1\d)\/12 (?:pitch|roof|slope)\b/,
      /\b(?:walk\w*|get\w*|climb\w*|go|going|stand\w*) (?:up )?on (?:the |my |a |this |that )?(?:[\w/-]+ ){0,3}roof\b/,
    ],
  },
  {
    label: 'a pressure or scalding hazard',
    patterns: [
      /\b(?:t ?& ?p|t and p|temperature and pressure|pressure relief|relief) valve\b[^.?!]{0,40}\b(?:spray\w*|spit\w*|blow\w*|discharg\w*|popp\w*|gush\w*|steam\w*)\b/,
      /\b(?:tank|water heater|boiler)\b[^.?!]{0,30}\b(?:bulg\w*|explod\w*)\b/,
      /\bexplo(?:de|ded|des|sion|sive|ding)\b/,
      /\bscald\w*\b/,
    ],
  },
  {
    label: 'asbestos or lead paint',
    patterns: [
      /\b(?:asbestos|vermiculite|lead[- ]based paint|lead paint|silica dust|popcorn ceiling|transite)\b/,
      /\b(?:old|crumbling|friable|white|wrapped)\b[^.?!]{0,20}\b(?:pipe|boiler|duct) (?:insulation|wrap|lagging)\b/,
    ],
  },
  {
    label: 'backfeeding a house from a generator',
    patterns: [/\b(?:suicide cord|double[- ]male|male[- ]to[- ]male)\b/, /\bgenerator\b[^.?!]{0,60}\b(?:backfeed\w*|dryer (?:outlet|plug|receptacle))\b/, /\bbackfeed\w*\b[^.?!]{0,60}\bgenerator\b/],
  },
]

/**
 * The safety-critical topic a normalised message raises, as a phrase for the route's
 * reason ("a gas smell or leak"), or null. The first listed topic wins.
 */
export function findSafetySignal(text: string): string | null {
  const sentences = text.split(/[.?!;]+/)
  for (const signal of signals) {
    if (signal.patterns.some((pattern) => pattern.test(text))) return signal.label
    const pairs = signal.together ?? []
    if (sentences.some((sentence) => pairs.some(([thing, state]) => thing.test(sentence) && state.test(sentence)))) return signal.label
  }
  return isDeepOrHazardousDig(text) ? 'trenching or excavation' : null
}
