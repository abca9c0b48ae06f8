"""The coach's answers: one entry per topic of `coach ask`, in our own words."""

from __future__ import annotations

from dataclasses import dataclass

from core.faq import sources as src


@dataclass(frozen=True, slots=True)
class TopicEntry:
    """One topic the coach can answer: a short reply, a longer one and where it comes from."""

    slug: str
    title: str
    short: str
    more: str
    sources: tuple[str, ...]


_ENTRIES: tuple[TopicEntry, ...] = (
    TopicEntry(
        "benefits",
        "Why runners should lift",
        "Strength work makes you a more economical runner: heavy lifting (about 80 % of your "
        "max or more) lowers the oxygen cost of a given pace by roughly 2–8 % in trained "
        "runners. It also about halves the risk of overuse injuries and helps you hold your "
        "form late in a race when fatigue sets in. Two short sessions a week are enough to "
        "get most of it.",
        "The running-economy gains showed up with heavy loads, 2–4 days a week for 6–14 "
        "weeks. Stronger muscles and stiffer tendons push harder into the ground and return "
        "more elastic energy, so the same pace costs less. Tendons, bone and muscle that were "
        "loaded progressively also cope better with running's repeated impact: every stride "
        "puts two to three times your bodyweight through one leg, about 90 times a minute. "
        "None of this needs you to become a gym rat — the gains are mostly in the nervous "
        "system and connective tissue, not size.",
        (
            src.ECONOMY_META,
            src.INJURY_META,
            src.RESISTANCE_REVIEW,
            src.TWO_SESSIONS_GUIDE,
            src.PRACTICAL_GUIDE,
        ),
    ),
    TopicEntry(
        "bulk_and_speed",
        "Will lifting make me bulky or slow?",
        "No. Heavy, low-rep lifting makes you stronger mostly through your nervous system and "
        "connective tissue, not bigger muscles. Real bulk needs a steady calorie surplus and "
        "lots of high-volume muscle-building work — hard to pile up while you're running real "
        "mileage. The 'lifting makes you slow' idea comes from burnout-style, high-rep leg "
        "days that leave you trashed for your runs. Lift heavy, keep the volume modest, stop "
        "1–3 reps short of failure, and most runners feel springier, not slower.",
        "Research on trained runners doing two sessions a week of compound and single-leg "
        "work found better running economy without measurable muscle growth. If you do gain a "
        "little muscle it sits in the hips, glutes and legs that drive your stride. The real "
        "risk of adding strength isn't bulk, it's badly timed fatigue — so keep heavy leg "
        "work away from the day before your key runs.",
        (src.ECONOMY_META, src.PRACTICAL_GUIDE, src.TWO_SESSIONS_GUIDE, src.COMPLETE_GUIDE),
    ),
    TopicEntry(
        "injury_prevention",
        "Lifting to prevent running injuries",
        "Strength training roughly halves the risk of overuse injuries in runners. Tendons, "
        "bones and muscles that are loaded progressively cope much better with the pounding "
        "of running. Focus on hips (weak abductors go with IT-band trouble), hip and knee "
        "strength for knee pain, and calves/Achilles for the lower leg. Two sessions a week is "
        "plenty. If something already hurts sharply or keeps getting worse, see a physio or "
        "doctor — this is prevention, not a diagnosis.",
        "Useful moves: side-lying and banded hip work, hip thrusts and glute bridges to keep "
        "your pelvis level, split squats and step-ups for knee control, slow straight- and "
        "bent-knee calf raises for the Achilles and shins, Copenhagen planks for the groin "
        "and Nordic curls for the hamstrings. Build load gradually — tissue adapts over weeks, "
        "not days — and keep the day before your key runs free of heavy leg work so you don't "
        "run on tired, sloppy legs.",
        (
            src.INJURY_META,
            src.HIP_ITB_META,
            src.KNEE_PAIN_META,
            src.LOWER_LEG,
            src.TWO_SESSIONS_GUIDE,
            src.WELL_GOOD,
        ),
    ),
    TopicEntry(
        "sessions_per_week",
        "How many strength sessions a week",
        "2 full-body sessions a week is the sweet spot for most runners. In the off-season "
        "or base phase you can add a third, lighter one if you're recovering well. In the "
        "race-specific weeks keep two, a bit lighter; in the peak, highest-mileage weeks one "
        "session (or half the sets) is enough to hold on to what you built.",
        "Two sessions give enough stimulus to keep getting stronger without crowding out the "
        "miles. Three fit the off-season, when some runs can even be swapped for strength or "
        "cross-training. One session a week maintains strength during the heaviest training "
        "blocks. Whatever the number, keep at least one or two real rest days in the week.",
        (src.TWO_SESSIONS_GUIDE, src.PRACTICAL_GUIDE, src.MUSCLE_GUIDE, src.WELL_GOOD),
    ),
    TopicEntry(
        "session_length",
        "How long a session should take",
        "20–45 minutes is enough. Two 20-minute sessions a week is a workable minimum in a "
        "busy training block; 30–40 minutes is typical. A heavy compound session runs about "
        "45 minutes with proper rests, a single-leg and plyometric one about 40. You don't "
        "need long gym sessions — a handful of key exercises done well beats a long circuit.",
        "Most of the time goes on rest between heavy sets (1.5–3 minutes), which is what lets "
        "you lift with quality. If time is short, cut the number of exercises rather than the "
        "rests: 3 sets of two big lifts plus a calf or core move fits in 20–25 minutes. Start "
        "with 8–12 working sets in total.",
        (src.TWO_SESSIONS_GUIDE, src.WELL_GOOD, src.COMPLETE_GUIDE, src.MUSCLE_GUIDE),
    ),
    TopicEntry(
        "lift_run_order",
        "Lift before or after running?",
        "Do the day's priority first. On a hard run day the run usually matters most, so run "
        "first and lift afterwards — straight after or later the same day. If the strength "
        "session is the priority, lift first. On an easy day the order hardly matters. If you "
        "double up with less than 4 hours between, eat some quick carbs and a bit of protein "
        "in the gap.",
        "Running and lifting on the same hard day keeps your other days truly easy, which is "
        "why we like pairing them. A few hours between sessions helps if you can manage it. "
        "What to avoid is heavy leg work that leaves you tired for a key run the next day — "
        "keep at least 24 hours between heavy legs and intervals, tempo, a long run or a race.",
        (src.PRACTICAL_GUIDE, src.TWO_SESSIONS_GUIDE, src.MUSCLE_GUIDE),
    ),
    TopicEntry(
        "scheduling_week",
        "Where strength fits in the week",
        "Mark your key runs first (intervals, tempo, long run, races) and fit strength around "
        "them. Best: lift on a hard run day, run first and lift after, or on the day after a "
        "hard run — so your easy days stay truly easy. Never do heavy legs the day before a "
        "key run; keep at least 24 hours between them. The day after the long run stays "
        "light: easy jog or rest.",
        "A week that works: Mon tempo + strength A · Tue easy · Wed easy or rest · Thu "
        "intervals + strength B · Fri easy or rest · Sat long run · Sun rest or shake-out. "
        "With intervals on Tuesday and a long run on Saturday: lift after Tuesday's intervals "
        "(lighter, power-focused) and again on Thursday, with Friday easy. Lifting on easy "
        "days is possible — some guides suggest it — but it turns recovery days into stress "
        "days, so we only do it if you choose it in settings.",
        (src.TWO_SESSIONS_GUIDE, src.PRACTICAL_GUIDE, src.MUSCLE_GUIDE, src.WELL_GOOD),
    ),
    TopicEntry(
        "how_heavy",
        "How heavy to lift",
        "Heavy enough to count: about 70–85 % of your one-rep max on the main lifts, a weight "
        "you could manage only 1–3 more reps with at the end of a set. High-rep 'toning' with "
        "light weights adds little — your runs already train endurance. The running-economy "
        "gains came from loads of about 80 % of max and up. Smaller accessory moves (calves, "
        "hips, core) can be lighter for 8–12 reps.",
        "If you don't know your max, don't test it: pick a weight you can lift for the target "
        "reps with good form and 1–3 reps left in the tank. Beginners start lighter and earn "
        "the load over a few weeks. Don't be afraid of the weight — heavy, low-rep sets are "
        "less tiring per session than burnout sets, so they interfere less with running.",
        (src.ECONOMY_META, src.TWO_SESSIONS_GUIDE, src.PRACTICAL_GUIDE, src.COMPLETE_GUIDE),
    ),
    TopicEntry(
        "reps_and_sets",
        "Reps, sets and weekly volume",
        "Main lifts: 3–6 reps (up to 8 if you're new), 2–4 working sets each. Accessory work "
        "(calves, hips, core, upper body): 8–12 reps. Start around 8–12 working sets per "
        "session and build to 12–16 if you recover well. Across the week, 8–12 hard sets per "
        "major muscle group is plenty for a runner. Example: 3 sets squat, 3 RDL, 2 lunges, 2 "
        "core.",
        "Low reps with heavy loads train force and your nervous system, not a pump. More "
        "volume isn't better at high mileage — when in doubt, do less and do it well. In race "
        "prep, single-leg moves can go lighter and higher: 3–4 sets of 15 per leg.",
        (src.PRACTICAL_GUIDE, src.MUSCLE_GUIDE, src.TWO_SESSIONS_GUIDE, src.WELL_GOOD),
    ),
    TopicEntry(
        "rir_failure",
        "Train to failure? Reps in reserve",
        "Don't train to failure. Finish most sets with 1–3 reps in reserve (RIR): you could "
        "have done 1–3 more good reps. That's hard enough to get stronger, and leaves your "
        "legs fit for your running. Chasing the burn or grinding out ugly reps piles on "
        "fatigue that spills into your key runs.",
        "RIR is a handy way to set the weight without knowing your max: if the last rep flew "
        "up, you had more than 3 in reserve, so go heavier next time; if form broke down, you "
        "hit failure, so go lighter. Only advanced lifters occasionally go closer to failure, "
        "and not in the middle of a running block.",
        (src.MUSCLE_GUIDE, src.PRACTICAL_GUIDE),
    ),
    TopicEntry(
        "rest_between_sets",
        "Rest between sets",
        "Rest 1.5–3 minutes between heavy compound sets (squats, deadlifts, split squats) and "
        "60–90 seconds between accessory sets (calves, hips, core). Longer rests let you keep "
        "the weight and the form — the gym isn't your cardio session, your running already "
        "takes care of endurance.",
        "Short on time? Pair moves that don't tire the same muscles, like a set of rows or a "
        "plank during the rest after a squat set. Keep the heavy leg lifts fully rested; "
        "that's where the benefit for running comes from.",
        (src.MUSCLE_GUIDE, src.TWO_SESSIONS_GUIDE),
    ),
    TopicEntry(
        "progression",
        "Progressive overload: when to add weight",
        "Add a little over time — weight, a rep or a set, one thing at a time. Simple rule: "
        "once you hit the top of your rep range with good form for 2–3 sessions in a row, "
        "go slightly heavier next time. Romanian deadlifts and hip thrusts can often take "
        "2.5–5 kg more a week; for Nordic curls and Bulgarian split squats add a rep per set "
        "each week before adding load. Same weight every week stops working after about 3 "
        "weeks.",
        "Plyometrics progress by jump height or quicker ground contact, not more reps. In "
        "peak mileage and taper weeks the aim flips to maintenance: hold the weight, cut the "
        "sets. If a lift stalls, check sleep, food and your running load before adding more.",
        (src.TWO_SESSIONS_GUIDE, src.MUSCLE_GUIDE, src.PRACTICAL_GUIDE),
    ),
    TopicEntry(
        "best_exercises",
        "The best exercises for runners",
        "Keep it to a handful: a squat (back, front or goblet), a hinge (Romanian or trap-bar "
        "deadlift), single-leg work (Bulgarian split squat, step-ups, lunges, single-leg "
        "RDL), calf raises (straight and bent knee), hip work (hip thrust, glute bridge, band "
        "walks, Copenhagen plank), Nordic curls, and anti-movement core. 6–8 moves done "
        "consistently beat a long list.",
        "Session A (compound): Romanian deadlift, Bulgarian split squat, hip thrust, calf "
        "raise, a core move. Session B (single-leg and spring): pogo hops or box jumps, "
        "step-ups, single-leg RDL, Nordic curl, Copenhagen plank, single-leg calf raise. "
        "Single-leg work copies the one-leg landings of running and shows left-right "
        "imbalances that two-leg lifts hide.",
        (src.TWO_SESSIONS_GUIDE, src.PRACTICAL_GUIDE, src.MUSCLE_GUIDE, src.COMPLETE_GUIDE),
    ),
    TopicEntry(
        "home_training",
        "Strength training at home",
        "You don't need a gym. Split squats, step-ups, single-leg calf raises on a stair, "
        "hip work, planks, Nordic curls (a partner or a door anchor holding your heels), "
        "pistol squat progressions and Copenhagen planks all load you well. Add a backpack "
        "with books or a pair of dumbbells for weight. A barbell makes long-term progress "
        "easier, but you can start without one.",
        "At home, progress by making the move harder, not just doing more reps: slower "
        "lowering, a pause, a higher step, more weight in the backpack, one leg instead of "
        "two. Dumbbells, kettlebells or resistance bands widen the options a lot for little "
        "money.",
        (src.PRACTICAL_GUIDE, src.TWO_SESSIONS_GUIDE, src.MUSCLE_GUIDE),
    ),
    TopicEntry(
        "plyometrics",
        "Plyometrics and jumps",
        "A little goes a long way. Pogo hops, box jumps and bounding sharpen the springiness "
        "of your stride. Do a few low-rep sets at the start of a session while you're fresh, "
        "aim for quick, light ground contact, and stop as soon as the reps lose their snap. "
        "Build a strength base first, then add them.",
        "Progress plyos by jump height or shorter ground contact time, not more volume. "
        "They fit nicely into a single-leg session (session B) after a hard run day. Keep them "
        "out of the days right before a key run or race.",
        (src.PRACTICAL_GUIDE, src.TWO_SESSIONS_GUIDE, src.WELL_GOOD),
    ),
    TopicEntry(
        "core_training",
        "Core training for runners",
        "Train your core to resist movement, not to crunch: front and side planks, dead bugs "
        "and Pallof presses keep your torso quiet while your legs and arms swing. Two or three "
        "sets of a core move at the end of each strength session is enough. A stable trunk "
        "passes force into the ground better and can ease back and hip niggles.",
        "Back extensions, leg raises and Russian twists also appear in runners' programmes, "
        "but the anti-movement moves carry over best. Progress by holding longer, adding a "
        "band or weight, or making the lever longer rather than doing endless reps.",
        (src.MUSCLE_GUIDE, src.PRACTICAL_GUIDE, src.COMPLETE_GUIDE),
    ),
    TopicEntry(
        "upper_body",
        "Upper-body work for runners",
        "Legs come first, but a little upper-body work pays off: push-ups (press-ups), rows "
        "with dumbbells, a cable or a barbell, and dips build shoulder and back stability for "
        "posture and arm drive, which helps you hold form late in long runs and races. One or "
        "two moves of 2–3 sets for 8–12 reps per session is plenty.",
        "Multi-joint moves give you the most for your time. Pair an upper-body set with the "
        "rest after a leg set to keep sessions short. There's no need for heavy arm days — "
        "the goal is posture and stability, not size.",
        (src.MUSCLE_GUIDE, src.WELL_GOOD, src.COMPLETE_GUIDE),
    ),
    TopicEntry(
        "race_taper",
        "Lifting before a race and in the taper",
        "Taper by distance: for a marathon or half, the last 14 days; for a 10k or shorter, "
        "the last 7. In race week cut strength volume by 50–70 %, use lighter weights and "
        "activation work, and do no heavy lower-body lifting within 4 days of the race. For a "
        "marathon, nothing beyond light activation in the final 7 days. The week after the "
        "race: mobility and easy moves, no heavy lifting.",
        "Keep the habit but shrink the dose: fewer sets, smooth reps, nothing that makes you "
        "sore. A few bodyweight moves, glute bridges and light band work keep things "
        "switched on. The guides differ on the final two weeks — some drop strength entirely — "
        "so we set the cut by race distance: a longer race gets a longer taper.",
        (src.MUSCLE_GUIDE, src.PRACTICAL_GUIDE, src.TWO_SESSIONS_GUIDE),
    ),
    TopicEntry(
        "periodization",
        "Strength through the training cycle",
        "Strength follows your running cycle. Off-season (no race within 16 weeks): 2–3 "
        "sessions, heaviest loads. Base (16–9 weeks out): 2 sessions, push the lifts hardest. "
        "Build (8–4 weeks out): 2 sessions, fewer sets but still heavy — maintenance. Peak "
        "weeks of a marathon or half: 1 session or half the sets. Then the taper, and an easy "
        "recovery week after the race.",
        "When running gets hard, lifting gets out of the way — but don't drop it: strength "
        "works best as a year-round habit with the volume adjusted. During race prep "
        "single-leg work can go lighter and higher-rep (3–4 sets of 15 per leg). In the peak "
        "weeks, cut strength volume by 30–50 %.",
        (src.PRACTICAL_GUIDE, src.TWO_SESSIONS_GUIDE, src.WELL_GOOD, src.MUSCLE_GUIDE),
    ),
    TopicEntry(
        "protein",
        "How much protein",
        "Aim for 1.6–2.2 g of protein per kg of bodyweight a day, spread over 3–5 meals of "
        "roughly 20–40 g each. Eggs, dairy, meat, fish, tofu, and beans with grains all count. "
        "A protein-and-carb meal within 1–2 hours after a hard session helps recovery.",
        "The upper end fits heavy training blocks, a calorie deficit, or trying to add "
        "muscle. Spreading protein through the day works better than one huge serving. Food "
        "covers it for most runners; a shake is just a convenient way to top up.",
        (src.MUSCLE_GUIDE, src.FOUNDATIONAL_HEALTH),
    ),
    TopicEntry(
        "calories",
        "Eating enough: calories and body weight",
        "Running plus lifting burns a lot, so eat at least maintenance on most days and a "
        "bit more on hard run-plus-lift days. To build muscle, a small surplus of about "
        "150–300 kcal a day is enough. Under-eating shows up as stalled lifts, heavy legs, "
        "poor sleep and niggles that won't heal.",
        "Watch the trend of your weight and energy over a couple of weeks, not day to day. If "
        "you want to lose weight, keep the deficit small and protein high (1.6–2.2 g/kg), and "
        "don't diet hard in a race block. Fuel your key sessions first.",
        (src.MUSCLE_GUIDE, src.FOUNDATIONAL_HEALTH),
    ),
    TopicEntry(
        "carbs_fueling",
        "Carbs and fuelling around sessions",
        "Carbs fuel both hard runs and heavy lifting. Have a carb-focused meal 2–3 hours "
        "before a key workout and carbs plus protein within 1–2 hours after. If you run and "
        "lift on the same day with less than 4 hours between, refuel in the gap with "
        "something quick: yoghurt and fruit, a sandwich or a smoothie.",
        "Going into the second session of a double day on empty makes both worse and slows "
        "recovery. On easy days carb needs are lower; on hard run-plus-lift days eat a bit "
        "more overall.",
        (src.MUSCLE_GUIDE,),
    ),
    TopicEntry(
        "hydration",
        "Hydration and electrolytes",
        "Drink so that your urine is pale yellow most of the day. Dehydration makes both "
        "running and lifting feel harder. On hot or long days, or if you sweat heavily, add "
        "sodium: a sports drink, electrolyte tablets or salty food.",
        "There's no need to force litres down: drink with meals, around sessions and when "
        "thirsty, and check the colour. Weighing yourself before and after a long, hot run "
        "shows how much you sweat out.",
        (src.MUSCLE_GUIDE,),
    ),
    TopicEntry(
        "sleep_recovery",
        "Sleep, rest days and overtraining",
        "Sleep 7–9 hours a night — it's one of the best performance and injury-prevention "
        "tools you have. Keep at least one or two genuine rest days a week. Overtraining and "
        "burnout are real: if you're constantly tired, sleeping badly, your easy pace feels "
        "hard or your lifts keep going backwards, back off for a few days.",
        "Clustering hard runs and lifting on the same days leaves other days truly easy, "
        "which is where recovery happens. Stress, work and poor food add to training load "
        "too. A lighter week every few weeks helps you keep going all year.",
        (src.MUSCLE_GUIDE, src.WELL_GOOD, src.FOUNDATIONAL_HEALTH),
    ),
    TopicEntry(
        "beginners",
        "Getting started with lifting",
        "Start small: two short sessions a week with a few basic moves (goblet squat, "
        "split squat or step-up, Romanian deadlift, calf raise, plank), learning the form with "
        "light weights and adding load over a few weeks. If you're new to running as well, "
        "build a steady running base first with very light strength work, and change only "
        "one thing at a time.",
        "New lifters can use up to 8 reps on the main lifts while they learn. Expect some "
        "soreness the first couple of weeks; it fades as you adapt. Keep heavy leg work away "
        "from the day before your key runs from the start, and progress slowly and "
        "conservatively.",
        (src.MUSCLE_GUIDE, src.COMPLETE_GUIDE, src.PRACTICAL_GUIDE),
    ),
    TopicEntry(
        "soreness",
        "Sore legs and running",
        "Some soreness (DOMS) is normal for a day or two after lifting, especially when you "
        "start or change exercises. If your legs are sore before a key run, make the run "
        "count — an easy jog, mobility, or lighter lifting is fine; next time move heavy legs "
        "further from the key session. Sharp, one-sided or worsening pain isn't DOMS: rest it "
        "and get it checked.",
        "Soreness shrinks within a few weeks as you adapt. Training with 1–3 reps in reserve, "
        "avoiding the burn and keeping volume modest stop you from wrecking your legs. Never "
        "do heavy leg work the day before intervals, a tempo, a long run or a race.",
        (src.WELL_GOOD, src.MUSCLE_GUIDE, src.PRACTICAL_GUIDE),
    ),
    TopicEntry(
        "stretching_mobility",
        "Stretching, foam rolling and mobility",
        "Stretching and foam rolling can help recovery and range of motion — some guides "
        "suggest a little daily. Keep it simple: a dynamic warm-up before running or lifting, "
        "and gentle stretching or rolling after, or on easy days. Mobility work can be "
        "stacked into your strength session to save time.",
        "Move through the ranges your lifts need, like hips for split squats and ankles for "
        "squats and calf raises. Stretching doesn't replace strength work for injury "
        "prevention; see it as a recovery and range-of-motion tool.",
        (src.COMPLETE_GUIDE, src.WELL_GOOD),
    ),
    TopicEntry(
        "running_muscles",
        "Which muscles running uses",
        "Running leans most on the quadriceps, which absorb the landing, and the calves "
        "(gastrocnemius, plus the soleus), which push you into the next step. Hamstrings, "
        "glutes and core keep you stable and drive your hips forward. Hip abductors keep your "
        "pelvis level on each one-legged landing.",
        "That's why a runner's programme centres on squats or split squats for the quads, "
        "hinges for hamstrings and glutes, calf raises for the lower leg, hip work for the "
        "abductors and anti-movement core.",
        (src.COMPLETE_GUIDE, src.TWO_SESSIONS_GUIDE, src.MUSCLE_GUIDE),
    ),
)

ENTRIES: dict[str, TopicEntry] = {e.slug: e for e in _ENTRIES}
