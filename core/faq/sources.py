"""Where the coach's facts come from: the studies and guides each answer rests on."""

from __future__ import annotations

ECONOMY_META = (
    "Llanos-Lagos C, Ramirez-Campillo R, Moran J, Sáez de Villarreal E. Effect of strength "
    "training programs in middle- and long-distance runners' economy at different running "
    "speeds: a systematic review with meta-analysis. Sports Med, 2024."
)
INJURY_META = (
    "Meta-analysis of exercise interventions to prevent sports injuries (strength training "
    "roughly halved overuse injuries), British Journal of Sports Medicine."
)
RESISTANCE_REVIEW = (
    "Šuc A, Šarko P, Pleša J, Kozinc Ž. Resistance exercise for improving running economy and "
    "running biomechanics and decreasing running-related injury risk: a narrative review. "
    "Sports (Basel), 2022."
)
HIP_ITB_META = (
    "Foch E, Brindle RA, Pohl MB. Lower extremity kinematics during running and hip abductor "
    "strength in iliotibial band syndrome: a systematic review and meta-analysis. "
    "Gait Posture, 2023."
)
KNEE_PAIN_META = (
    "Na Y, et al. Is isolated hip strengthening or traditional knee-based strengthening more "
    "effective in patients with patellofemoral pain syndrome? A systematic review with "
    "meta-analysis. Orthop J Sports Med, 2021."
)
LOWER_LEG = (
    "Koldenhoven RM, et al. Increased contact time and strength deficits in runners with "
    "exercise-related lower leg pain. J Athl Train, 2020."
)
FOUNDATIONAL_HEALTH = (
    "Silva M, Ready LV, Etzel CM. Foundational health for runners: is it the key to "
    "minimizing injury? R I Med J, 2020."
)

PRACTICAL_GUIDE = "Strength Training for Runners: A Practical Guide (Apex Zone)."
TWO_SESSIONS_GUIDE = (
    "Strength training for runners: 2 sessions a week that actually help (Get-Split.com)."
)
COMPLETE_GUIDE = "Best Strength Training For Runners: The Complete Guide (Valen Steven)."
WELL_GOOD = (
    "Well+Good: the benefits of weight lifting for runners, with physical therapist Claire "
    "Morrow and dietitians Stephanie Darby and Sarah Schlichter."
)
MUSCLE_GUIDE = "Building muscle as a runner: a strength and nutrition guide (9 December 2025)."
