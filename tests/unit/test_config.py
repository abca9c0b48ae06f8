"""Configuration: defaults, one clear line for a bad value, and a token that never leaks."""

from __future__ import annotations

import logging

import pytest

from bot.cli import _RedactSecrets, main
from bot.config import ConfigError, load_settings

TOKEN = "123456:AAH-secret-token-value"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path):
    for name in ("TOKEN", "TELEGRAM_TOKEN", "TELEGRAM_API_URL", "DATABASE_URL", "WEBHOOK_URL",
                 "WEBHOOK_SECRET", "LISTEN", "ADMIN_IDS", "LOG_LEVEL"):  # fmt: skip
        monkeypatch.delenv(f"COACH_{name}", raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env file


def test_defaults_follow_the_contract():
    settings = load_settings()
    assert settings.telegram_token is None
    assert settings.telegram_api_url == "https://api.telegram.org/bot"
    assert settings.database_url.startswith("sqlite:///")
    assert settings.listen_host == "127.0.0.1" and settings.listen_port == 8080
    assert settings.admin_ids == ()
    assert settings.log_level == "INFO"


def test_values_come_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COACH_TELEGRAM_TOKEN", TOKEN)
    monkeypatch.setenv("COACH_ADMIN_IDS", "11, 22,33")
    monkeypatch.setenv("COACH_LOG_LEVEL", "debug")
    monkeypatch.setenv("COACH_LISTEN", "0.0.0.0:9000")
    settings = load_settings()
    assert settings.telegram_token is not None
    assert settings.telegram_token.get_secret_value() == TOKEN
    assert settings.admin_ids == (11, 22, 33)
    assert settings.log_level == "DEBUG"
    assert settings.listen_port == 9000
    assert TOKEN not in repr(settings) and TOKEN not in str(settings.model_dump())


def test_a_dotenv_file_works(tmp_path):
    (tmp_path / ".env").write_text("COACH_MORNING=ignored\nCOACH_LOG_LEVEL=WARNING\n")
    assert load_settings().log_level == "WARNING"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("COACH_LISTEN", "localhost"),
        ("COACH_LISTEN", "127.0.0.1:99999"),
        ("COACH_ADMIN_IDS", "12,abc"),
        ("COACH_LOG_LEVEL", "LOUD"),
        ("COACH_DATABASE_URL", "mysql://x"),
        ("COACH_TELEGRAM_API_URL", "ftp://example"),
        ("COACH_TELEGRAM_TOKEN", "not-a-token"),
    ],
)
def test_a_bad_value_is_named_in_one_line(monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as error:
        load_settings()
    message = str(error.value)
    assert message.startswith(f"{variable}: ") and "\n" not in message


def test_a_webhook_needs_its_secret(monkeypatch):
    monkeypatch.setenv("COACH_WEBHOOK_URL", "https://coach.example.org/hook")
    with pytest.raises(ConfigError, match=r"^COACH_WEBHOOK_SECRET: "):
        load_settings()


def test_the_program_stops_with_exit_2_and_one_line(monkeypatch, capsys):
    monkeypatch.setenv("COACH_LISTEN", "nowhere")
    assert main(["migrate"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("COACH_LISTEN: ") and "\n" not in err


def test_the_token_is_redacted_from_log_lines(caplog):
    logger = logging.getLogger("test.redaction")
    redact = _RedactSecrets([TOKEN])
    record = logger.makeRecord(
        "x", logging.INFO, __file__, 1, "POST https://api.telegram.org/bot%s/getMe", (TOKEN,), None
    )
    assert redact.filter(record)
    assert TOKEN not in record.getMessage() and "[redacted]" in record.getMessage()
