"""Inline keyboards, as pure functions. Callback data is versioned: `v1:<feature>:<args>`."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

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
    rows.append([_button("Run the whole set-up", f"{EDIT}:setup")])
    return InlineKeyboardMarkup(rows)
