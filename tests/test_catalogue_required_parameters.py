"""WAC102's `X(?a|b)` catalogue entries: a call is non-deterministic unless it gives
every one of the named parameters a value other than `None`, by position or by name.

Python's signatures read for these: `uuid.uuid8(a=None, b=None, c=None)` draws each part
not given at random (3.14); `datetime.fromtimestamp(timestamp, tz=None)`,
`dt.astimezone(tz=None)`, `email.utils.formatdate(timeval=None, ...)`,
`email.utils.localtime(dt=None, ...)` and dateutil's `tz.gettz(name=None)` use the
worker's local zone or clock when the parameter is `None`, whether it is left out or
passed as `None` by position or by name."""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source
from wac_lint.rules._catalogue import Key
from wac_lint.source import LANG_PYTHON, SourceFile

SCRIPT = (
    "import uuid\nimport email.utils\nfrom datetime import datetime, timezone\n"
    "from dateutil import tz\nfrom wmill import task, workflow\n\n"
    "@task()\nasync def t(x: str) -> str:\n    return x\n\n"
    "@workflow\nasync def main(ts: float, parts: dict, d: datetime):\n"
    "    v = {call}\n    return await t(str(v))\n"
)
RANDOM = (
    "`uuid.uuid8` is random: the value changes between replays of the workflow body; "
    "capture it with `step(...)`"
)
CONVERTS = (
    "converts with the worker's local time zone (`TZ`), which may differ between the "
    "workers running the rounds, so the value differs between replays of the workflow "
    "body; give it a zone (`datetime.fromtimestamp(ts, timezone.utc)`, `calendar.timegm`, "
    "`time.gmtime(ts)`) or capture it with `step(...)`"
)


def messages(call: str) -> list[str]:
    code = SCRIPT.replace("{call}", call)
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=["WAC102"])
    assert all(f.row == 13 for f in result.findings)
    return [f.message for f in result.findings]


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ("uuid.uuid8()", RANDOM),
        ("uuid.uuid8(1, 2)", RANDOM),
        ("uuid.uuid8(1, 2, None)", RANDOM),
        ("uuid.uuid8(a=1, b=2)", RANDOM),
        ("uuid.uuid8(1, c=3)", RANDOM),
        ("d.astimezone(None)", f"`d.astimezone` {CONVERTS}"),
        ("d.astimezone(tz=None)", f"`d.astimezone` {CONVERTS}"),
        ("d.astimezone()", f"`d.astimezone` {CONVERTS}"),
        ("datetime.fromtimestamp(ts, None)", f"`datetime.fromtimestamp` {CONVERTS}"),
        ("datetime.fromtimestamp(ts)", f"`datetime.fromtimestamp` {CONVERTS}"),
        (
            "email.utils.formatdate(None)",
            "`email.utils.formatdate` reads the clock: the value changes between replays "
            "of the workflow body; capture it with `step(...)`",
        ),
    ],
)
def test_a_parameter_left_to_none_is_reported(call: str, expected: str) -> None:
    assert messages(call) == [expected]


@pytest.mark.parametrize(
    "call",
    [
        "uuid.uuid8(1, 2, 3)",
        "uuid.uuid8(a=1, b=2, c=3)",
        "uuid.uuid8(1, b=2, c=3)",
        "uuid.uuid8(**parts)",
        "d.astimezone(timezone.utc)",
        "d.astimezone(tz=timezone.utc)",
        "datetime.fromtimestamp(ts, timezone.utc)",
        "datetime.fromtimestamp(ts, tz=timezone.utc)",
        "email.utils.formatdate(ts)",
        'tz.gettz("Europe/Paris")',
    ],
)
def test_every_parameter_given_is_not_reported(call: str) -> None:
    assert messages(call) == []


def test_gettz_of_none_is_the_local_zone() -> None:
    (message,) = messages("tz.gettz(None)")
    assert message.startswith("`tz.gettz` is the worker's local time zone (`TZ`)")


def test_the_pattern_keeps_the_parameters_in_order() -> None:
    key = Key.of("uuid.uuid8(?a|b|c)")
    assert (key.name, key.required) == ("uuid.uuid8", ("a", "b", "c"))
