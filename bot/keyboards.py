"""Inline keyboards, as pure functions. Callback data is versioned: `v1:<feature>:<args>`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from core.display import format_load
from core.entries import Units
from core.faq import TOPICS, Answer
from core.logbook import LoadCheck

SETUP = "v1:setup"
EDIT = "v1:edit"

MORNING_CHOICES = ("06:00", "06:30", "07:00", "07:30", "08:00")
# Common weeks; the index is what travels in the callback data.
RUN_PRESETS: tuple[tuple[str, dict[str, str]], ...] = (
    ("Tue intervals · Thu tempo · Sat long", {"tue": "intervals", "thu": "tempo", "sat": "long"}),
    ("Mon tempo · Thu intervals · Sat long", {"mon": "tempo", "thu": "intervals", "sat": "long"}),
    ("Tue intervals · Sun long", {"tue": "intervals", "sun": "long"}),
    ("Wed tempo · Sat long", {"wed": "tempo", "sat": "long"}),
    ("Only easy runs", {}),
)
SETTING_BUTTONS = (
    ("Time zone", "timezone"), ("Morning time", "morning"), ("Units", "units"),
    ("Key runs", "runs"), ("Add race", "race"), ("Equipment", "equipment"),
    ("Body weight", "weight"),
)  # fmt: skip


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=data)


def setup_keyboard(step: str) -> InlineKeyboardMarkup:
    """Buttons for one set-up step; the last row always lets the runner skip it."""
    rows: list[list[InlineKeyboardButton]] = []
    if step == "morning":
        rows.append([_button(t, f"{SETUP}:morning:{t}") for t in MORNING_CHOICES])
    elif step == "units":
        rows.append(
            [
                _button("Metric (km, kg)", f"{SETUP}:units:metric"),
                _button("Imperial (mi, lb)", f"{SETUP}:units:imperial"),
            ]
        )
    elif step == "runs":
        rows.extend(
            [_button(label, f"{SETUP}:runs:{i}")] for i, (label, _) in enumerate(RUN_PRESETS)
        )
    elif step == "race":
        rows.append([_button("No race planned", f"{SETUP}:race:none")])
    elif step == "equipment":
        rows.append(
            [
                _button("Gym", f"{SETUP}:equipment:gym"),
                _button("Home, no gym", f"{SETUP}:equipment:home"),
            ]
        )
    rows.append([_button("Skip ›", f"{SETUP}:{step}:skip")])
    return InlineKeyboardMarkup(rows)


def settings_keyboard() -> InlineKeyboardMarkup:
    buttons = [_button(label, f"{EDIT}:{name}") for label, name in SETTING_BUTTONS]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    rows.append(rest_day_toggle())
    rows.append([_button("Run the whole set-up", f"{EDIT}:setup")])
    return InlineKeyboardMarkup(rows)


LOG = "v1:log"


def logged_keyboard(activity_id: int) -> InlineKeyboardMarkup:
    """[Undo] [Change date] under a confirmation; the id names the stored batch."""
    return InlineKeyboardMarkup(
        [[_button("Undo", f"{LOG}:undo:{activity_id}"),
          _button("Change date", f"{LOG}:date:{activity_id}")]]
    )  # fmt: skip


def date_choices(activity_id: int, today: dt.date) -> InlineKeyboardMarkup:
    """The last week's days, newest first (logs can't go into the future)."""
    days = [today - dt.timedelta(days=n) for n in range(7)]
    labels = ["Today", "Yesterday"] + [day.strftime("%a %-d %b") for day in days[2:]]
    buttons = [
        _button(label, f"{LOG}:on:{activity_id}:{day.isoformat()}")
        for label, day in zip(labels, days, strict=True)
    ]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:5], buttons[5:]])


def duplicate() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[_button("Log it again", f"{LOG}:answer:again"), _button("No", f"{LOG}:answer:cancel")]]
    )


def load_check(
    checks: Sequence[LoadCheck], units: Units, *, typed_possible: bool = True
) -> InlineKeyboardMarkup:
    """[Yes, 84.5 kg] [No, 845 kg is right] (only when it could be) [Cancel]."""
    likely = ", ".join(format_load(c.likely_kg, units=units) for c in checks)
    typed = ", ".join(format_load(c.typed_kg, units=units) for c in checks)
    first = [_button(f"Yes, {likely}", f"{LOG}:answer:fix")]
    if typed_possible:
        first.append(_button(f"No, {typed} is right", f"{LOG}:answer:keep"))
    return InlineKeyboardMarkup([first, [_button("Cancel", f"{LOG}:answer:cancel")]])


FAQ = "v1:faq"


def answer(reply: Answer) -> InlineKeyboardMarkup | None:
    """[More] [Sources] under an answer; the nearest topics when the question was unclear."""
    if reply.topic is not None:
        return InlineKeyboardMarkup(
            [[_button("More", f"{FAQ}:more:{reply.topic}"),
              _button("Sources", f"{FAQ}:src:{reply.topic}")]]
        )  # fmt: skip
    if reply.suggestions:
        return InlineKeyboardMarkup(
            [[_button(TOPICS[slug], f"{FAQ}:t:{slug}")] for slug in reply.suggestions]
        )
    return None


def topics() -> InlineKeyboardMarkup:
    buttons = [_button(title, f"{FAQ}:t:{slug}") for slug, title in TOPICS.items()]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


PLAN = "v1:plan"
REST_DAYS = "v1:restdays"


def plan_buttons(day: dt.date) -> InlineKeyboardMarkup:
    """[Done ✓] [Skip] [Move to tomorrow] under a morning plan; the date names the session."""
    stamp = day.isoformat()
    return InlineKeyboardMarkup(
        [[_button("Done ✓", f"{PLAN}:done:{stamp}"), _button("Skip", f"{PLAN}:skip:{stamp}"),
          _button("Move to tomorrow", f"{PLAN}:move:{stamp}")]]
    )  # fmt: skip


def rest_day_toggle() -> list[InlineKeyboardButton]:
    """The /settings row that turns rest-day morning messages on or off."""
    return [_button("Rest-day messages on/off", REST_DAYS)]


WHY = "v1:why"


def why(day: dt.date | None) -> InlineKeyboardMarkup:
    value = day.isoformat() if day else "week"
    return InlineKeyboardMarkup([[_button("Why?", f"{WHY}:{value}")]])


DATA = "v1:data"


def delete_confirm() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[_button("Yes, delete everything", f"{DATA}:delete:yes"),
          _button("No, keep it", f"{DATA}:delete:no")]]
    )  # fmt: skip
