"""Phrases that show what a question is about when its words are shared with other topics.

Bag-of-words scoring cannot tell "how many sets per week" from "how many sessions per week";
these patterns name the question's focus. Each match adds a fixed bonus to its topic.
"""

from __future__ import annotations

import re

_DAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)s?"
)
_LIFT = r"(?:lift\w*|weights?|gym|strength|squat\w*|deadlift\w*|legs?|leg day|lunges?|s&c)"
_RACE = r"(?:race|marathon|half|10k|5k|event|parkrun|ultra)"

TOPIC_CUES: dict[str, tuple[str, ...]] = {
    "lift_run_order": (
        (
            r"\b(?:before|after|afterwards?|first|then)\b.{0,40}\bor\b.{0,40}"
            r"\b(?:before|after|afterwards?|first|then)\b"
        ),
        rf"\b(?:run\w*|{_LIFT})\s+(?:first|then)\b",
        r"\bwhich (?:one )?(?:goes |comes |should go |to do )?first\b",
        r"\b(?:first|before) or (?:after|second|last)\b",
        r"\bsame (?:day|session)\b.{0,40}\b(?:order|first)\b",
        r"\b(?:order|sequence)\b",
        r"\bhours? (?:between|apart|gap)\b|\bgap between\b",
        # "Lift straight after intervals": one kind of training right after the other.
        (
            rf"\b{_LIFT}\w*\b(?: \w+){{0,3}} (?:right|straight|directly|immediately|just) "
            r"(?:after|before)\b(?: \w+){0,3} (?:run\w*|intervals?|tempo|track|workout)\b|"
            r"\b(?:run\w*|intervals?|tempo|track)\b(?: \w+){0,3} (?:right|straight|directly|"
            rf"immediately|just) (?:after|before)\b(?: \w+){{0,3}} {_LIFT}"
        ),
        (
            r"\bflip (?:it|them)\b|\bswap (?:it|them|the order)\b|\bother way (?:round|around)\b|"
            r"\bthe reverse\b|\bvice versa\b"
        ),
    ),
    "rest_between_sets": (
        r"\b(?:short|shorter|long|longer|quick|full) rests?\b|\brests? (?:short|long)\b",
        r"\b(?:rest|break|wait|recover\w*|pause)\w*\b.{0,25}\bbetween\b.{0,15}\bsets?\b",
        r"\bbetween (?:each |my |the )?sets?\b",
        r"\bnext set\b",
        r"\brest (?:periods?|intervals?|times?)\b",
        (
            r"\b\d+\s*(?:s|sec|secs|seconds|min|mins|minutes)\b.{0,20}\brest\b|"
            r"\brest\w*\b.{0,12}\d+\s*(?:s|sec|secs|seconds)\b"
        ),
    ),
    "rir_failure": (
        r"\bfail(?:ure|ing|s)?\b",
        r"\bin reserve\b|\brir\b|\brpe\b",
        r"\bin the tank\b",
        r"\bthe burn\b",
        r"\blast reps?\b",
        (
            r"\b(?:can ?not|cant|can't|couldn't) (?:do|lift|get|move)\b.{0,10}\b(?:another|"
            r"one more|any ?more)\b"
        ),
        r"\bpush\w* (?:until|till|til|to)\b",
        r"\b(?:until|till|til) (?:i|you)\b.{0,25}\b(?:can'?t|cannot|can ?not|fail\w*)\b",
        r"\b(?:grind\w*|all out|max(?:imal)? effort)\b",
        r"\bform (?:breaks|goes|fails|slips)\b|\bto the point (?:where|of|that)\b",
    ),
    "session_length": (
        # "How long does soreness last after leg day" is about soreness, not session length.
        (
            r"\bhow long\b(?:(?!sore|doms|stiff|ach|rest|wait|between|recover|before|after).)"
            rf"{{0,30}}\b(?:session|workout|sesh|{_LIFT}|routine|circuit)"
        ),
        (
            r"\b\d+\s*(?:min|mins|minutes?|hours?|hrs?)\b.{0,25}\b(?:session|workout|sesh|"
            r"lift\w*|strength|circuit|routine|weights|gym)\b"
        ),
        (
            r"\b(?:session|workout|sesh|lift\w*|strength|circuit|routine|weights|"
            r"gym)\b.{0,15}\b\d+\s*(?:min|mins|minutes?)\b"
        ),
        (
            r"\bduration\b|\bhow much time\b|\bhalf an hour\b|\bhow long (?:should|does|do|will|"
            r"can|would) (?:a |my |the |your |each )?(?:\w+ )?(?:session|workout|sesh|routine|"
            r"circuit|gym|lift\w*|strength|weights|leg day)\w*\b.{0,10}\b(?:take|last)\b"
        ),
        r"\b(?:session|workout|gym) (?:length|duration|time)\b|\blength of (?:a|my|the|each)\b",
        r"\btime (?:cap|limit|budget)\b|\b(?:trim|shorten|cut down) (?:it|my|the)\b",
        r"\blong enough\b|\btoo (?:long|short)\b",
    ),
    "sessions_per_week": (
        r"\bhow (?:many|often|frequently)\b.{0,40}\b(?:a|per|each|every) week\b",
        r"\bhow (?:many|often|frequently)\b.{0,40}\bweekly\b",
        (
            r"\b(?<!running )(?<!run )(?:once|twice|\d+x|\d+ ?times|three times|four times|"
            r"\d+ days?) (?:a|per|each|"
            r"every) week\b"
        ),
        r"\bfreq\w+\b|\bhow many (?:gym|lifting|strength|weights?|leg) (?:days|sessions)\b",
        (
            r"\bhow many (?:days|times|sessions)\b.{0,20}"
            r"\b(?:lift\w*|gym|strength|weights|squat\w*)\b"
        ),
        r"\bevery (?:single |other )?day\b",
        (
            # "Running 3 times a week" is context; the question is how often to lift.
            r"\b(?<!running )(?<!run )(?:\d+|one|two|three|four|five)\b(?: \w+){0,2} "
            r"(?:sessions?|days?|times?|"
            r"lifts?)(?: or (?:\d+|one|two|three|four|five))? (?:a|per|each|every) week\b"
        ),
        (
            r"\b(?:sessions|workouts|gym days|lifting days|strength days|visits) (?:per|a|each|"
            r"every) week\b|\bnumber of (?:\w+ )?(?:sessions|days|workouts|times)\b"
        ),
        (
            r"\b(?:once|twice|1x|2x|3x|one|two|three|\d+ (?:times|days|sessions))\b.{0,40}"
            r"\benough\b"
        ),
    ),
    "race_taper": (
        r"\btaper\w*\b",
        rf"\b{_RACE} (?:week|day)\b",
        rf"\b(?:before|until|to|from) (?:my|the|a|race|an) ?(?:big )?{_RACE}\b",
        rf"\b(?:days?|weeks?) (?:out|before|away|from)\b.{{0,20}}\b{_RACE}?",
        rf"\b{_RACE}\b.{{0,20}}\b(?:in \d+|is in|this|next|on {_DAY}|tomorrow)\b",
        r"\bafter (?:a|my|the) (?:race|marathon|half)\b",
        rf"\b(?:week|day|days|morning) of (?:my|the|a) (?:\w+ )?{_RACE}\b",
        rf"\b{_RACE}\b.{{0,25}}\b(?:on|this|next) {_DAY}\b.{{0,60}}\b{_LIFT}",
        rf"\b{_LIFT}.{{0,60}}\b{_RACE}\b.{{0,25}}\b(?:on|this|next) {_DAY}\b",
    ),
    "scheduling_week": (
        rf"\b{_DAY}\b.{{0,60}}\b{_DAY}\b",
        r"\bday (?:before|after)\b",
        r"\bwhich days?\b|\bwhat days?\b",
        r"\b(?:easy|hard|rest|run|recovery) days?\b",
        r"\bmy (?:running |training )?week\b|\bweekly (?:plan|schedule)\b",
        r"\b(?:schedul\w*|fit|slot|structure|arrange|lay ?out|layout)\b",
        rf"\b{_LIFT} on (?:my |a |the )?(?:rest|off|easy|recovery|run) days?\b",
    ),
    "progression": (
        (
            r"\b(?:add|increase|bump|go up|move up|put\w* (?:more|extra)|raise|adding)\b.{0,25}"
            r"\b(?:weight|(?:the|my|more) weights|load|kg|lb|kilos|reps|bar|dumbbells?)\b"
        ),
        r"\bprogress\w*\b",
        r"\bplateau\w*|\bstall\w*|\bstuck\b",
        (
            r"\b(?:weights?|load|squat|deadlift|lifts?|numbers)\b.{0,15}\b(?:go(?:es)? up|"
            r"increase|"
            r"moved|moving|budg\w*|progress\w*|improv\w*)\b|\b(?:go|going|move|moving) (?:up )?"
            r"(?:from .{1,15} )?to heavier\b"
        ),
        r"\b(?:heavier|go up|move up)\b.{0,20}\b(?:when|how often|how fast|how quickly)\b",
    ),
    "how_heavy": (
        r"\bhow (?:heavy|much weight)\b",
        r"\b(?:heavy|heavier) or (?:light|lighter)\b|\b(?:light|lighter) or (?:heavy|heavier)\b",
        r"\b(?:light|heavy)\b.{0,30}\bvs\b|\bvs\b.{0,30}\b(?:light|heavy)\b",
        r"%|\bpercent\b|\b1rm\b|\bone rep max\b|\bof (?:my )?max\b",
        r"\b(?:what|which|right) (?:kind of )?(?:load|weight)\b",
        r"\btoo (?:light|heavy|easy)\b",
        r"\b(?:much|way|lot|lots|bit) heavier\b|\b(?:go|going|lift|lifting) heavy\b",
    ),
    "reps_and_sets": (
        r"\bhow many (?:reps|sets|repetitions)\b",
        r"\b\d+\s?x\s?\d+\b",
        r"\bsets? (?:of|and|n|&) reps?\b|\breps? (?:and|&) sets?\b|\bsets and reps\b",
        r"\brep (?:range|scheme)s?\b|\bvolume\b",
        r"\b\d+ sets? of \d+\b",
    ),
    "protein": (r"\bprotein\b", r"\bwhey\b", r"\bg ?/ ?kg\b"),
    "calories": (
        r"\bcalori\w*\b|\bkcal\b|\bsurplus\b|\bdeficit\b|\bmaintenance\b",
        (
            r"\b(?:lose|losing|lost|gain|gaining|drop|dropping) (?:some )?(?:weight|fat|kilos|kg|"
            r"pounds)\b"
        ),
        r"\b(?:eat|eating) (?:enough|more|less)\b|\bunder ?fuel\w*|\brecomp\b|\blean out\b",
        r"\bhungry\b|\bstarving\b|\bweight (?:keeps|is) (?:dropping|going)\b",
        r"\brac(?:e|ing) weight\b|\bget down to\b|\bscales?\b",
        r"\b(?:cut|cutting) (?:and|while|phase|weight)\b|\bon a cut\b|\blean (?:out|down)\b",
    ),
    "carbs_fueling": (
        r"\bcarb\w*\b|\bglycogen\b|\bfasted\b|\bempty stomach\b",
        r"\b(?:eat\w*|food|meals?|snacks?)\b.{0,30}\b(?:before|after|between)\b",
        r"\b(?:pre|post)[ -]?(?:run|workout|lift|session|gym)\b",
        r"\bfuel\w*\b",
    ),
    "hydration": (
        r"\bhydrat\w*\b|\bdehydrat\w*\b|\belectrolyte\w*\b|\bsodium\b|\bsalt\w*\b",
        (
            r"\b(?:drink|drinking) (?:enough|more|water)\b|\bwater\b|\blitres?\b|\bliters?\b|"
            r"\burine\b|\bpee\b|\bfluids?\b|\bsweat\w*\b"
        ),
    ),
    "sleep_recovery": (
        r"\bsleep\w*\b|\bovertrain\w*\b|\boverreach\w*\b|\bburn ?out\b|\bburnt out\b|\bdeload\b",
        r"\brest days?\b|\bdays? off\b",
        (
            r"\b(?:tired|exhausted|knackered|fatigued|drained|run down|"
            r"flat)\b.{0,30}\b(?:all the time|always|constantly|lately)\b"
        ),
        r"\b(?:always|constantly) (?:tired|exhausted|knackered|fatigued)\b",
        r"\bresting (?:hr|heart rate)\b|\bhrv\b",
        r"\brecover(?:y)? (?:better|faster|between)\b",
        r"\bnap\w*\b|\bhow many (?:rest ?days|days off)\b",
    ),
    "soreness": (
        r"\bsore\w*\b|\bdoms\b|\bach\w*\b|\bstiff\b",
        r"\bhow long\b.{0,25}\b(?:sore\w*|doms|stiff\w*|ach\w*)\b",
        (
            r"\blegs? (?:are|r|feel|feels|feeling|is) "
            r"(?:dead|toast|wrecked|trashed|fried|shot|heavy|jelly|destroyed|cooked|smashed|"
            r"like lead)\b"
        ),
        r"\b(?:barely|can'?t|cannot|hardly) walk\b|\bstairs\b|\bhobbl\w*\b|\bwaddl\w*\b",
    ),
    "stretching_mobility": (
        r"\bstretch\w*\b|\bfoam roll\w*\b|\bmobility\b|\byoga\b|\bflexib\w*\b|\btight\b",
        r"\bwarm ?up\b|\brange of motion\b",
    ),
    "running_muscles": (
        (
            r"\bmuscles?\b.{0,30}\b(?:used|use|uses|work|works|worked|involved|"
            r"target)\b.{0,30}\b(?:run|running|jog|jogging|runners?)\b"
        ),
        (
            r"\b(?:run|running|jogging)\b.{0,20}\b(?:use|uses|work|works|build|builds|"
            r"strengthen\w*|tone\w*|target\w*)\b.{0,20}\b(?:muscles?|quads|glutes|calves|"
            r"hamstrings|core|legs)\b"
        ),
        r"\bwhich muscles?\b|\bwhat muscles?\b|\bmuscle groups?\b|\bbody parts\b",
        (
            r"\b(?:running|it)\b.{0,10}\bfull[ -]?body\b|"
            r"\bwhat (?:else )?does (?:running|it) (?:build|work)\b"
        ),
    ),
    "beginners": (
        r"\bbeginner\w*|\bnewbie\b|\bnovice\b|\bnever (?:lifted|done|been|touched)\b|\bnew to\b",
        (
            r"\b(?:how|where) (?:do i|to|should i) (?:start|begin)\b|\bgetting started\b|"
            r"\bfirst time\b"
        ),
        r"\bc25k\b|\bcouch to 5k\b",
        r"\bjust (?:started|starting|took up|getting into)\b|\bease (?:myself )?into\b",
    ),
    "home_training": (
        r"\bat home\b|\bhome (?:gym|workout|routine|strength|training)\b|\bno gym\b",
        r"\bwithout (?:a )?(?:gym|weights|equipment|barbell)\b|\bno equipment\b|\bbodyweight\b",
        r"\bresistance bands?\b|\bhotel\b|\bliving room\b|\bgarage\b|\bjoin a gym\b",
        (
            r"\b(?:no|without|don'?t have|dont have|cancel\w*|afford\w*)\b(?: a| the)? gym "
            r"(?:membership|fees?|access)\b|\bneed (?:to join )?a gym\b"
        ),
        r"\b(?:pair of|one|a single|just a|only a) (?:dumbbells?|kettlebells?|bands?)\b",
        r"\bspare (?:room|bedroom)\b|\badjustable dumbbells?\b|\bshed\b",
    ),
    "plyometrics": (
        (
            r"\bplyo\w*\b|\bbox jumps?\b|\bpogo\w*\b|\bbound\w*\b|\bjump\w*\b|\bhops?\b|"
            r"\bhopping\b|\bexplosive\b"
        ),
        # "Jumps before or after my lifts" asks where plyometrics go in a session.
        (
            r"\b(?:plyo\w*|jump\w*|hops?|bound\w*)\b.{0,30}\b(?:before|after|start|end)\b.{0,25}"
            r"\b(?:lift\w*|weights?|session|strength|gym|squats?)\b"
        ),
    ),
    "core_training": (
        r"\bcore\b|\babs?\b|\bab work\b|\bplanks?\b|\bcrunch\w*|\bsit ?ups?\b|\bdead ?bugs?\b",
        r"\bpallof\b|\brussian twists?\b|\bbird ?dogs?\b|\bmidsection\b|\btrunk\b",
        r"\banti[ -]?(?:rotation|extension|lateral)\b|\bsuperm[ae]n\b|\bleg raises?\b",
    ),
    "upper_body": (
        r"\bupper ?body\b|\barms?\b|\bshoulders?\b|\bchest\b|\bpush ?ups?\b|\bpress ?ups?\b",
        r"\bpull ?ups?\b|\brows?\b|\bdips?\b|\bbench(?: press\w*)?\b|\bbiceps?\b",
    ),
    "bulk_and_speed": (
        (
            r"\bbulk\w*\b|\b(?:big|bigger|thick|thicker|chunky|chunkier) (?:legs|thighs|quads|"
            r"muscles?)\b|\bhuge\b|\bmassive\b|\bjacked\b|\blose (?:my )?(?:kick|speed|sprint)\b"
        ),
        r"\b(?:make|makes|making|turn) (?:me|you|runners?) (?:slow\w*|heav\w*|big\w*|bulky)\b",
        (
            r"\bslow(?:er)? (?:me )?down\b|\bput on (?:mass|muscle|weight|size)\b|"
            r"\bpower[ -]to[ -]weight\b"
        ),
        r"\bbodybuilder\b|\bmeathead\b|\bhypertroph\w*\b|\bdead weight\b",
        (
            r"\bmake\w* (?:\w+ ){0,2}(?:slow\w*|heav\w*|bulky|sluggish|big\w*)\b|"
            r"\b(?:hulk\w*|hench|swole|beefy|muscly|muscley)\b|"
            r"\bsluggish\b|\bpack on\b|\btree trunks?\b"
        ),
        (
            r"\b(?:scared|worried|afraid|terrified|fear\w*|worry\w*|nervous)\b.{0,40}"
            r"\b(?:weight|heav\w*|bulk\w*|big\w*|mass|slow\w*|size)\b"
        ),
    ),
    "injury_prevention": (
        r"\binjur\w*\b|\bprehab\b|\bbulletproof\b|\bniggles?\b",
        r"\bshin splints?\b|\bit ?band\b|\bitb\b|\brunner'?s knee\b|\bachilles\b|\bplantar\b",
        r"\bstress (?:fracture|reaction)s?\b|\bstay(?:ing)? healthy\b|\bhurt\b",
        (
            r"\bresil\w*|\brobust\b|\bdurab\w*|\btweak\w*|\bsidelined\b|\bbreaks? down\b|"
            r"\bsomething (?:breaks|goes|gives)\b|\bkeeps? (?:coming back|happening|recurring)\b"
        ),
    ),
    "benefits": (
        (
            r"\bbenefit\w*\b|\bworth (?:it|the|lifting|bothering)\b|\bpoint of\b|"
            r"\bwhy (?:should|do|would|are)\b"
        ),
        (
            r"\brunning economy\b|\beconomy\b|\b(?:help|improve|"
            r"translate)\w*\b.{0,30}\b(?:running|race|times|pace|performance|faster)\b"
        ),
        r"\bmake (?:me|you|runners?) (?:a )?(?:faster|better)\b",
        r"\b(?:pros|upside|advantages?)\b",
        (
            r"\bwhat (?:would|will|does|could|can) (?:it|lifting|strength|the gym|weights)\b"
            r".{0,25}\b(?:give|do for|actually do|change)\b|\bwhat (?:would|will|do|could|can) i\b"
            r".{0,25}\b(?:gain|get out of)\b|\bmissing out\b"
        ),
        (
            r"\b(?:a must|must[- ]have|nice[- ]to[- ]have|mandatory|necessary|essential|optional|"
            r"pointless|overrated|propaganda)\b|\bdoes (?:it|lifting|strength) (?:do )?anything\b"
        ),
        (
            r"\bwhy\b.{0,15}\b(?:runners?|people|coaches|everyone)\b|\b(?:knock|take|shave|cut)"
            r" (?:\w+ )?(?:time|seconds|minutes|mins) off\b|\bbreak through\b"
        ),
        (
            r"\bwould (?:adding |some |doing )?(?:weights|lifting|strength\w*|gym\w*|squats)\b"
            r".{0,20}\b(?:help|make|improve)\b|\b(?:instead|just run more|more miles)\b"
        ),
    ),
    "periodization": (
        (
            r"\bperiodi[sz]\w*\b|\boff[ -]?season\b|\bin[ -]?season\b|\bbase (?:phase|period|"
            r"building)\b"
        ),
        (
            r"\b(?:build|peak) (?:phase|weeks?|block)\b|\btraining (?:cycle|block)\b|"
            r"\bmarathon (?:build|block)\b"
        ),
        r"\bwhole year\b|\byear[ -]round\b|\bphases?\b|\bmaintenance lifting\b",
        r"\bin the (?:build|base|peak)\b|\bmileage (?:goes up|increases|climbs|rises|peaks)\b",
    ),
    "best_exercises": (
        (
            r"\b(?:best|key|main|essential|basic|fundamental) (?:exercises?|lifts?|moves?|"
            r"movements?|workouts?)\b"
        ),
        r"\bwhich (?:exercises?|lifts?|moves?|movements?)\b|\bwhat (?:exercises?|lifts?|moves?)\b",
        (
            r"\b(?:leg press|leg extension|free weights?|split squats?|bulgarian|step ?ups?|"
            r"lunges?)\b.{0,30}\b(?:useful|worth|good|better|best|or)\b"
        ),
        r"\b(?:squats?|deadlifts?|lunges?)\b.{0,15}\bvs\b",
        r"\brecommend\b.{0,25}\b(?:exercises?|workout|routine|lifts?)\b",
        (
            r"\bmust[- ]?do\b|\bstaples?\b|\bgo[- ]to (?:exercises?|lifts?|moves?)\b|"
            r"\b(?:only|just) (?:do|pick|choose|have time for) (?:\d+|one|two|three|four|five)\b|"
            r"\bwhat (?:\d+|few|three|four|five)(?: or (?:\d+|four|five|six))? "
            r"(?:lifts|exercises)\b"
        ),
        (
            r"\bwhat (?:should|do|can) (?:i|runners?|we) (?:actually |even )?do\b.{0,20}"
            r"\b(?:gym|in there|there|leg day)\b|\bleg day look\b"
        ),
    ),
}

# Questions that ask for a diagnosis or medical advice: declined, whatever else they mention.
MEDICAL_CUES: tuple[str, ...] = (
    r"\b(?:do|could|might|would) i have\b.{0,40}\b(?:\w+itis|fracture|tear|torn|syndrome|"
    r"sprain|spur|clot|infection|splints|arthritis|hernia|bursitis|a break)\b",
    r"\bis (?:my|it|this|that)\b.{0,30}\b(?:torn|broken|fractured|sprained|ruptured|"
    r"infected|dislocated|a (?:stress )?fracture|a tear|serious)\b",
    r"\bwhat(?:'s| is) wrong with\b",
    r"\bdiagnos\w*\b|\bmri\b|\bx ?rays?\b|\bscan results?\b|\bblood tests?\b",
    (
        r"\bchest pains?\b|\bblood clot\b|\bpalpitations?\b|\bfaint\w*\b|\bdizz\w*\b|"
        r"\bnumb(?:ness)?\b"
    ),
    (
        r"\bcovid\b|\bflu\b|\bchest infection\b|\billness\b|\bvirus\b|\bsick\b(?! of)|"
        r"\b(?:a|the|my) cold\b(?! (?:plunge|bath|shower|day|morning|run|weather|snap))"
    ),
    r"\bpregnan\w*\b|\bmy period\b|\bperiods? (?:stop\w*|missing|late|gone)\b|\bmenstrua\w*\b",
    r"\b(?:ibuprofen|painkillers?|paracetamol|medication|meds|antibiotics|injection)\b",
    r"\b(?:swollen|swelling|bruised|clicked|popped|stabbing)\b",
    (
        r"\b(?:get|have|getting) (?:it|this|them) (?:looked at|checked|seen)\b|\bsee (?:a|my|the) "
        r"(?:doctor|gp|physio|specialist)\b|\b(?:ached|aching|hurt|hurting|sore|painful|pain) "
        r"(?:for|since) (?:a|two|three|several|\d+) (?:weeks?|months?)\b"
    ),
    (
        r"\b(?:sharp|shooting|burning|throbbing) pains?\b|"
        r"\bwhat (?:could|might|can) (?:it|this|that) be\b"
    ),
    (
        r"\bpain\w*\b.{0,40}\b(?:when i walk|walking|first thing|in the morning|at night|to the "
        r"touch|when i press)\b"
    ),
    r"\b(?:broke|broken|sprained|torn)\b\s+(?:my\s+)?\w+",
)

# Words that tie a question to strength training, food or recovery. A question without any of
# them ("what pace for my long run?", "best shoes?") is about something else.
DOMAIN_WORDS = frozenset(
    [
        "lift",
        "lifting",
        "lifter",
        "lifts",
        "weights",
        "weight",
        "gym",
        "strength",
        "strong",
        "stronger",
        "squat",
        "squats",
        "squatting",
        "deadlift",
        "deadlifts",
        "rdl",
        "rdls",
        "lunge",
        "lunges",
        "exercise",
        "exercises",
        "movement",
        "movements",
        "move",
        "moves",
        "rep",
        "reps",
        "set",
        "sets",
        "failure",
        "reserve",
        "rir",
        "rpe",
        "rest",
        "resting",
        "taper",
        "tapering",
        "plyometric",
        "plyometrics",
        "plyo",
        "plyos",
        "jump",
        "jumps",
        "jumping",
        "box",
        "pogo",
        "bounding",
        "hops",
        "core",
        "plank",
        "planks",
        "abs",
        "ab",
        "crunches",
        "sit",
        "situps",
        "twists",
        "twist",
        "upper",
        "arms",
        "arm",
        "push",
        "pull",
        "rows",
        "row",
        "bench",
        "press",
        "dips",
        "protein",
        "whey",
        "calorie",
        "calories",
        "kcal",
        "surplus",
        "deficit",
        "carb",
        "carbs",
        "carbohydrate",
        "fuel",
        "fueling",
        "fuelling",
        "eat",
        "eating",
        "meal",
        "food",
        "snack",
        "diet",
        "drink",
        "water",
        "hydration",
        "hydrated",
        "dehydrated",
        "electrolytes",
        "sodium",
        "salt",
        "sweat",
        "sleep",
        "overtraining",
        "overtrained",
        "burnout",
        "burnt",
        "tired",
        "exhausted",
        "recovery",
        "recover",
        "deload",
        "sore",
        "soreness",
        "doms",
        "stiff",
        "ache",
        "aching",
        "stretch",
        "stretching",
        "stretches",
        "foam",
        "roll",
        "rolling",
        "roller",
        "mobility",
        "yoga",
        "flexibility",
        "muscle",
        "muscles",
        "muscular",
        "quads",
        "glutes",
        "hamstrings",
        "calves",
        "calf",
        "hip",
        "hips",
        "body",
        "bulky",
        "bulk",
        "mass",
        "heavy",
        "heavier",
        "light",
        "lighter",
        "load",
        "dumbbell",
        "dumbbells",
        "kettlebell",
        "barbell",
        "bodyweight",
        "band",
        "bands",
        "equipment",
        "injury",
        "injuries",
        "injured",
        "prevent",
        "prevention",
        "hurt",
        "niggles",
        "knee",
        "knees",
        "shin",
        "splints",
        "achilles",
        "tendon",
        "tendons",
        "resistance",
        "session",
        "sessions",
        "workout",
        "workouts",
        "routine",
        "program",
        "programme",
        "progress",
        "progression",
        "progressive",
        "overload",
        "plateau",
        "periodization",
        "periodisation",
        "season",
        "phase",
        "block",
        "peak",
        "maintenance",
        "beginner",
        "novice",
        "newbie",
        "nordic",
        "nordics",
        "bulgarian",
        "thrust",
        "thrusts",
        "step",
        "legs",
        "leg",
        "economy",
        "benefit",
        "benefits",
        "weightlifting",
        "circuit",
        "upperbody",
        "restday",
        "fluid",
        "fluids",
        "drinks",
        "drinking",
        "thirsty",
        "kg",
        "lb",
        "grams",
        "burn",
        "banana",
        "toast",
        "oats",
        "porridge",
        "bagel",
        "rice",
        "pasta",
        "smoothie",
        "breakfast",
    ]
)

# Words that mark a question as being about something the coach does not cover: gear,
# weather, races as events, running-only training, other sports, life outside training.
OFF_TOPIC_WORDS = frozenset(
    [
        "shoe",
        "shoes",
        "trainers",
        "sneakers",
        "footwear",
        "insoles",
        "orthotics",
        "spikes",
        "weather",
        "rain",
        "raining",
        "snow",
        "forecast",
        "storm",
        "thunderstorm",
        "lightning",
        "humidity",
        "pollution",
        "garmin",
        "coros",
        "polar",
        "suunto",
        "strava",
        "watch",
        "gps",
        "app",
        "podcast",
        "podcasts",
        "headphones",
        "earbuds",
        "music",
        "playlist",
        "movie",
        "film",
        "netflix",
        "book",
        "tax",
        "taxes",
        "money",
        "insurance",
        "mortgage",
        "registration",
        "register",
        "entry",
        "ballot",
        "lottery",
        "bib",
        "qualify",
        "qualifying",
        "deferral",
        "refund",
        "pace",
        "pacing",
        "cadence",
        "vo2",
        "vo2max",
        "zone",
        "zones",
        "toenail",
        "blister",
        "blisters",
        "chafing",
        "alcohol",
        "beer",
        "wine",
        "hangover",
        "caffeine",
        "coffee",
        "dog",
        "bike",
        "cycling",
        "swim",
        "swimming",
        "triathlon",
        "ironman",
        "jacket",
        "clothing",
        "socks",
        "bra",
        "vest",
        "belt",
        "cost",
        "price",
        "sponsor",
        "sponsored",
        "creatine",
        "vitamin",
        "vitamins",
    ]
)

COMPILED_TOPIC_CUES: dict[str, tuple[re.Pattern[str], ...]] = {
    topic: tuple(re.compile(p) for p in patterns) for topic, patterns in TOPIC_CUES.items()
}
COMPILED_MEDICAL: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in MEDICAL_CUES)


def topic_cues(text: str, *variants: str) -> dict[str, int]:
    """How many cue patterns of each topic match a folded, lower-case question.

    A pattern counts once when it matches the question or any variant of it (the same
    question with its typos repaired).
    """
    texts = (text, *(v for v in variants if v != text))
    found: dict[str, int] = {}
    for topic, patterns in COMPILED_TOPIC_CUES.items():
        hits = sum(1 for p in patterns if any(p.search(t) for t in texts))
        if hits:
            found[topic] = hits
    return found


def asks_for_diagnosis(text: str) -> bool:
    """True when a folded question asks about symptoms or medical matters."""
    return any(p.search(text) for p in COMPILED_MEDICAL)
