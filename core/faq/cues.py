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
        r"\b(?:before|after)\b.{0,40}\bor\b.{0,40}\b(?:before|after)\b",
        rf"\b(?:run\w*|{_LIFT})\s+(?:first|then)\b",
        r"\bwhich (?:one )?(?:goes |comes |should go |to do )?first\b",
        r"\b(?:first|before) or (?:after|second|last)\b",
        r"\bsame (?:day|session)\b.{0,40}\b(?:order|first)\b",
        r"\b(?:order|sequence)\b",
        r"\bhours? (?:between|apart|gap)\b|\bgap between\b",
    ),
    "rest_between_sets": (
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
        r"\bfailure\b",
        r"\bin reserve\b|\brir\b|\brpe\b",
        r"\bin the tank\b",
        r"\bthe burn\b",
        r"\blast reps?\b",
        (
            r"\b(?:can ?not|cant|can't|couldn't) (?:do|lift|get|move)\b.{0,10}\b(?:another|"
            r"one more|any ?more)\b"
        ),
        r"\bpush\w* (?:until|till|til|to)\b",
    ),
    "session_length": (
        rf"\bhow long\b.{{0,30}}\b(?:session|workout|sesh|{_LIFT}|routine|circuit)",
        (
            r"\b\d+\s*(?:min|mins|minutes?|hours?|hrs?)\b.{0,25}\b(?:session|workout|sesh|"
            r"lift\w*|strength|circuit|routine|weights|gym)\b"
        ),
        (
            r"\b(?:session|workout|sesh|lift\w*|strength|circuit|routine|weights|"
            r"gym)\b.{0,15}\b\d+\s*(?:min|mins|minutes?)\b"
        ),
        r"\bduration\b|\bhow much time\b|\bhalf an hour\b|\bhow long\b.{0,20}\blast\b",
    ),
    "sessions_per_week": (
        r"\bhow (?:many|often|frequently)\b.{0,40}\b(?:a|per|each|every) week\b",
        r"\bhow (?:many|often|frequently)\b.{0,40}\bweekly\b",
        (
            r"\b(?:once|twice|\d+x|\d+ ?times|three times|four times|\d+ days?) (?:a|per|each|"
            r"every) week\b"
        ),
        r"\bfrequen\w+\b",
        r"\bevery (?:single )?day\b",
    ),
    "race_taper": (
        r"\btaper\w*\b",
        rf"\b{_RACE} (?:week|day)\b",
        rf"\b(?:before|until|to|from) (?:my|the|a|race|an) ?(?:big )?{_RACE}\b",
        rf"\b(?:days?|weeks?) (?:out|before|away|from)\b.{{0,20}}\b{_RACE}?",
        rf"\b{_RACE}\b.{{0,20}}\b(?:in \d+|is in|this|next|on {_DAY}|tomorrow)\b",
        r"\bafter (?:a|my|the) (?:race|marathon|half)\b",
    ),
    "scheduling_week": (
        rf"\b{_DAY}\b.{{0,60}}\b{_DAY}\b",
        r"\bday (?:before|after)\b",
        r"\bwhich days?\b|\bwhat days?\b",
        r"\b(?:easy|hard|rest|run|recovery) days?\b",
        r"\bmy (?:running |training )?week\b|\bweekly (?:plan|schedule)\b",
        r"\b(?:schedul\w*|fit|slot|structure|arrange)\b",
    ),
    "progression": (
        (
            r"\b(?:add|increase|bump|go up|move up|put more|raise|adding)\b.{0,25}\b(?:weight|"
            r"load|kg|lb|kilos|reps|bar|dumbbells?)\b"
        ),
        r"\bprogress\w*\b",
        r"\bplateau\w*|\bstall\w*|\bstuck\b",
        r"\b(?:heavier|go up|move up)\b.{0,20}\b(?:when|how often|how fast|how quickly)\b",
    ),
    "how_heavy": (
        r"\bhow (?:heavy|much weight)\b",
        r"\b(?:heavy|heavier) or (?:light|lighter)\b|\b(?:light|lighter) or (?:heavy|heavier)\b",
        r"\b(?:light|heavy)\b.{0,30}\bvs\b|\bvs\b.{0,30}\b(?:light|heavy)\b",
        r"%|\bpercent\b|\b1rm\b|\bone rep max\b|\bof (?:my )?max\b",
        r"\b(?:what|which|right) (?:kind of )?(?:load|weight)\b",
        r"\btoo (?:light|heavy|easy)\b",
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
        r"\bhungry\b|\bweight (?:keeps|is) (?:dropping|going)\b",
    ),
    "carbs_fueling": (
        r"\bcarb\w*\b|\bglycogen\b|\bfasted\b|\bempty stomach\b",
        r"\b(?:eat|food|meal|snack)\b.{0,30}\b(?:before|after|between)\b",
        r"\b(?:pre|post)[ -]?(?:run|workout|lift|session|gym)\b",
        r"\bfuel\w*\b",
    ),
    "hydration": (
        r"\bhydrat\w*\b|\bdehydrat\w*\b|\belectrolyte\w*\b|\bsodium\b|\bsalt\w*\b",
        (
            r"\b(?:drink|drinking) (?:enough|more|water)\b|\bwater\b|\blitres?\b|\bliters?\b|"
            r"\burine\b|\bpee\b"
        ),
    ),
    "sleep_recovery": (
        r"\bsleep\w*\b|\bovertrain\w*\b|\bburn ?out\b|\bburnt out\b|\bdeload\b",
        r"\brest days?\b|\bdays? off\b",
        (
            r"\b(?:tired|exhausted|knackered|fatigued|drained|run down|"
            r"flat)\b.{0,30}\b(?:all the time|always|constantly|lately)\b"
        ),
        r"\b(?:always|constantly) (?:tired|exhausted|knackered|fatigued)\b",
        r"\bresting (?:hr|heart rate)\b|\bhrv\b",
        r"\brecover(?:y)? (?:better|faster|between)\b",
    ),
    "soreness": (
        r"\bsore\w*\b|\bdoms\b|\bach\w*\b|\bstiff\b",
        (
            r"\blegs? (?:are|r|feel|feels|feeling|is) "
            r"(?:dead|toast|wrecked|trashed|fried|shot|heavy|jelly|destroyed|cooked|smashed|"
            r"like lead)\b"
        ),
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
            r"\b(?:run|running|jogging)\b.{0,20}\b(?:use|uses|work|works|build|"
            r"builds)\b.{0,20}\b(?:muscles?|quads|glutes|calves|hamstrings|core)\b"
        ),
        r"\bwhich muscles?\b|\bwhat muscles?\b|\bmuscle groups?\b|\bbody parts\b",
    ),
    "beginners": (
        r"\bbeginner\w*|\bnewbie\b|\bnovice\b|\bnever (?:lifted|done|been|touched)\b|\bnew to\b",
        (
            r"\b(?:how|where) (?:do i|to|should i) (?:start|begin)\b|\bgetting started\b|"
            r"\bfirst time\b"
        ),
        r"\bc25k\b|\bcouch to 5k\b",
    ),
    "home_training": (
        r"\bat home\b|\bhome (?:gym|workout|routine|strength|training)\b|\bno gym\b",
        r"\bwithout (?:a )?(?:gym|weights|equipment|barbell)\b|\bno equipment\b|\bbodyweight\b",
        r"\bresistance bands?\b|\bhotel\b|\bliving room\b|\bgym membership\b|\bjoin a gym\b",
    ),
    "plyometrics": (
        (
            r"\bplyo\w*\b|\bbox jumps?\b|\bpogo\w*\b|\bbound\w*\b|\bjump\w*\b|\bhops?\b|"
            r"\bhopping\b|\bexplosive\b"
        ),
    ),
    "core_training": (
        r"\bcore\b|\babs?\b|\bab work\b|\bplanks?\b|\bcrunch\w*|\bsit ?ups?\b|\bdead ?bugs?\b",
        r"\bpallof\b|\brussian twists?\b|\bbird ?dogs?\b|\bmidsection\b|\btrunk\b",
    ),
    "upper_body": (
        r"\bupper ?body\b|\barms?\b|\bshoulders?\b|\bchest\b|\bpush ?ups?\b|\bpress ?ups?\b",
        r"\bpull ?ups?\b|\brows?\b|\bdips?\b|\bbench(?: press\w*)?\b|\bbiceps?\b",
    ),
    "bulk_and_speed": (
        r"\bbulk\w*\b|\bbig(?:ger)? (?:legs|thighs|muscles?)\b|\bhuge\b|\bmassive\b|\bjacked\b",
        r"\b(?:make|makes|making|turn) (?:me|you|runners?) (?:slow\w*|heav\w*|big\w*|bulky)\b",
        (
            r"\bslow(?:er)? (?:me )?down\b|\bput on (?:mass|muscle|weight|size)\b|"
            r"\bpower[ -]to[ -]weight\b"
        ),
        r"\bbodybuilder\b|\bmeathead\b|\bhypertroph\w*\b|\bdead weight\b",
    ),
    "injury_prevention": (
        r"\binjur\w*\b|\bprehab\b|\bbulletproof\b|\bniggles?\b",
        r"\bshin splints?\b|\bit ?band\b|\bitb\b|\brunner'?s knee\b|\bachilles\b|\bplantar\b",
        r"\bstress (?:fracture|reaction)s?\b|\bstay(?:ing)? healthy\b|\bhurt\b",
    ),
    "benefits": (
        r"\bbenefit\w*\b|\bworth (?:it|the)\b|\bpoint of\b|\bwhy (?:should|do|would|are)\b",
        (
            r"\brunning economy\b|\beconomy\b|\b(?:help|improve|"
            r"translate)\w*\b.{0,30}\b(?:running|race|times|pace|performance|faster)\b"
        ),
        r"\bmake (?:me|you|runners?) (?:a )?(?:faster|better)\b",
        r"\b(?:pros|upside|advantages?)\b",
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
        r"\bbest (?:exercises?|lifts?|moves?|movements?|workouts?)\b",
        r"\bwhich (?:exercises?|lifts?|moves?|movements?)\b|\bwhat (?:exercises?|lifts?|moves?)\b",
        (
            r"\b(?:leg press|leg extension|free weights?|split squats?|bulgarian|step ?ups?|"
            r"lunges?)\b.{0,30}\b(?:useful|worth|good|better|best|or)\b"
        ),
        r"\b(?:squats?|deadlifts?|lunges?)\b.{0,15}\bvs\b",
        r"\brecommend\b.{0,25}\b(?:exercises?|workout|routine|lifts?)\b",
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
    r"\bpregnan\w*\b|\bmy period\b|\bperiods? (?:stop\w*|missing|late|gone)\b|\bmenstrua\w*\b",
    r"\b(?:ibuprofen|painkillers?|paracetamol|medication|meds|antibiotics|injection)\b",
    r"\b(?:swollen|swelling|bruised|clicked|popped|stabbing)\b",
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
        "treadmill",
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


def topic_cues(text: str) -> dict[str, int]:
    """How many cue patterns of each topic match a folded, lower-case question."""
    found: dict[str, int] = {}
    for topic, patterns in COMPILED_TOPIC_CUES.items():
        hits = sum(1 for p in patterns if p.search(text))
        if hits:
            found[topic] = hits
    return found


def asks_for_diagnosis(text: str) -> bool:
    """True when a folded question asks about symptoms or medical matters."""
    return any(p.search(text) for p in COMPILED_MEDICAL)
