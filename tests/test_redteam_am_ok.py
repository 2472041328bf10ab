"""Red team AM (amo): regressions for the general causes behind false findings on the
correct-script corpus (`tests/corpus/adversarial/am_ok_*`: 41 scripts; blind, 7
findings, none false: WAC103 info on constant step names, a marking error of mine) and on
the shapes probed after it, and on public Windmill scripts (12 triaged: Windmill's docs
examples as an LLM skill file repeats them, a public booking bot's two workflows,
Windmill's own test fixtures, a demo workspace; 21 findings, all true).

- WAC105: `sorted(s, key=lambda k: k.value)` (also `.name`, `attrgetter("value")`) of a
  set of members of an enum of the file (`{Kind.RED, Kind.WHITE}`, `set(Region)`, a name
  bound to one) was read as a sort whose keys may tie, so the set's salted order would
  decide between tied items. Two members of one enum never share a name, nor a value (a
  repeated value makes an alias: the same member), so the order is total; it is no longer
  reported. A key that does project (`len(r.value)`) still is, and its fix now breaks
  the ties by the member's `.name`: a plain `Enum`'s members do not support `<`, so the
  tuple `(len(r.value), r)` it proposed raised `TypeError` whenever two lengths tied.
- WAC102: `aware.astimezone(tz=ZoneInfo(...))` was read as `.astimezone()` (the
  catalogue's `()` counted positional arguments only), so a zone given by keyword was
  reported as the worker's local zone; the catalogue entry is now `.astimezone(<1!tz)`
  (`tz=None` is still the local zone). Found probing the corpus's zone conversions.
- WAC102: the `astimezone(zone)` of a datetime built without a zone (`datetime(y, m, d,
  h)`, `datetime.strptime(s, fmt)` without `%z`, also through a name, and with `tz=`) was
  not reported; Python presumes a naive datetime is in the system time zone, so the
  instant it converts follows the worker's `TZ`, as its `timestamp()` does (reported).
  One corpus script (`caster_schedule_ok.py`, whose input may be naive) now gives a naive
  input its UTC zone first, as careful code does.
- WAC102, the same cause in two more catalogue entries: `dateutil.tz.gettz(name="...")`
  was reported as the local zone and `email.utils.formatdate(timeval=ts)` as a clock read
  (only `gettz()` / `formatdate()` without the argument are); they are now written
  `gettz(<1!name)`, `formatdate(<1!timeval)`, `email.utils.localtime(<1!dt)`.
"""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile

HEAD = (
    "from enum import Enum\n"
    "from operator import attrgetter\n"
    "from wmill import task, workflow\n\n\n"
    "class Region(Enum):\n"
    '    EU = "eu"\n'
    '    US = "us"\n\n\n'
    "ACTIVE = {Region.EU, Region.US}\n\n\n"
    "@task()\nasync def save(x: str) -> str:\n    return x\n\n\n"
    "@workflow\nasync def main(names: list[str]):\n"
)
LINE = HEAD.count("\n") + 1


@cache
def run(body: str) -> tuple[tuple[int, str, str, str], ...]:
    result = analyze_source(SourceFile("<t>.py", HEAD + body, LANG_PYTHON))
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, str(f.severity), f.message) for f in result.findings)


def tied(key: str, of: str, fix: str, by: str) -> str:
    return (
        f"Durable calls are dispatched in the order of `sorted(..., key={key})` of {of} "
        "(items whose keys are equal keep its order), which can differ between replays; "
        "checkpoint keys follow call order, so results can be swapped; break ties by "
        f"{by} (`key={fix}`)"
    )


def test_enum_members_sorted_by_value_are_in_one_order() -> None:
    body = (
        "    for r in sorted({Region.EU, Region.US}, key=lambda r: r.value):\n"
        "        await save(r.value)\n"
    )
    assert run(body) == ()


def test_by_name_of_a_module_set_and_attrgetter_of_every_member() -> None:
    by_name = "    for r in sorted(ACTIVE, key=lambda r: r.name):\n        await save(r.value)\n"
    assert run(by_name) == ()
    body = (
        '    for r in sorted(set(Region), key=attrgetter("value")):\n        await save(r.value)\n'
    )
    assert run(body) == ()


def test_a_projecting_key_of_members_breaks_ties_by_name() -> None:
    body = "    for r in sorted(ACTIVE, key=lambda r: len(r.value)):\n        await save(r.value)\n"
    assert run(body) == (
        (
            LINE,
            "WAC105",
            "error",
            tied(
                "lambda r: len(r.value)",
                "a set",
                "lambda r: (len(r.value), r.name)",
                "the member's name",
            ),
        ),
    )


def test_value_of_items_not_known_to_be_members_still_ties() -> None:
    body = "    for n in sorted(set(names), key=lambda n: n.value):\n        await save(n)\n"
    assert run(body) == (
        (
            LINE,
            "WAC105",
            "error",
            tied("lambda n: n.value", "a `set`", "lambda n: (n.value, n)", "the item itself"),
        ),
    )


TZ_HEAD = (
    "from datetime import datetime, timezone\n"
    "from zoneinfo import ZoneInfo\n"
    "from wmill import task, workflow\n\n\n"
    "@task()\nasync def book(at: str) -> str:\n    return at\n\n\n"
    "@workflow\nasync def main(day: str, hhmm: str):\n"
)
TZ_LINE = TZ_HEAD.count("\n") + 1


@cache
def run_tz(body: str) -> tuple[tuple[int, str, str, str], ...]:
    result = analyze_source(SourceFile("<t>.py", TZ_HEAD + body, LANG_PYTHON))
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, str(f.severity), f.message) for f in result.findings)


def naive_conversion(shown: str) -> str:
    return (
        f"`{shown}` converts a datetime without a time zone: `astimezone` takes it as the "
        "worker's local time (`TZ`), which may differ between the workers running the "
        "rounds, so the value differs between replays of the workflow body; give it its "
        "zone first (`tzinfo=timezone.utc`, `.replace(tzinfo=timezone.utc)`) or capture it "
        "with `step(...)`"
    )


LOCAL_ZONE_CONVERSION = (
    "`aware.astimezone` converts with the worker's local time zone (`TZ`), which may differ "
    "between the workers running the rounds, so the value differs between replays of the "
    "workflow body; give it a zone (`datetime.fromtimestamp(ts, timezone.utc)`, "
    "`calendar.timegm`, `time.gmtime(ts)`) or capture it with `step(...)`"
)


def test_a_zone_given_by_keyword_is_a_zone() -> None:
    # `.astimezone(tz=zone)` of an aware datetime was read as `.astimezone()`: only
    # positional arguments were counted
    body = (
        "    aware = datetime.fromisoformat(day).replace(tzinfo=timezone.utc)\n"
        '    return await book(aware.astimezone(tz=ZoneInfo("Asia/Seoul")).isoformat())\n'
    )
    assert run_tz(body) == ()


def test_no_zone_or_tz_none_is_still_the_local_zone() -> None:
    body = (
        "    aware = datetime(2026, 1, 1, 10, tzinfo=timezone.utc)\n"
        "    a = aware.astimezone()\n"
        "    b = aware.astimezone(tz=None)\n"
        "    return await book(a.isoformat() + b.isoformat())\n"
    )
    assert run_tz(body) == (
        (TZ_LINE + 1, "WAC102", "error", LOCAL_ZONE_CONVERSION),
        (TZ_LINE + 2, "WAC102", "error", LOCAL_ZONE_CONVERSION),
    )


def test_a_naive_datetime_converted_to_a_zone_is_read_as_local_time() -> None:
    # Python: a naive datetime's `astimezone(tz)` presumes the system time zone
    body = (
        "    a = datetime(2026, 1, 1, 10).astimezone(timezone.utc)\n"
        '    b = datetime.strptime(f"{day} {hhmm}", "%Y-%m-%d %H:%M").astimezone(ZoneInfo("UTC"))\n'
        "    start = datetime(2026, 3, 1, 9)\n"
        "    c = start.astimezone(tz=timezone.utc)\n"
        '    d = datetime.strptime(day, "%Y-%m-%d%z").astimezone(timezone.utc)\n'
        "    e = datetime(2026, 1, 1, tzinfo=timezone.utc).astimezone(ZoneInfo('UTC'))\n"
        "    return await book(str((a, b, c, d, e)))\n"
    )
    assert run_tz(body) == (
        (TZ_LINE, "WAC102", "error", naive_conversion("datetime(2026, 1, 1, 10).astimezone")),
        (
            TZ_LINE + 1,
            "WAC102",
            "error",
            naive_conversion('datetime.strptime(f"{day} {hhmm}", "%Y-%m-%d %H:%M").astime…'),
        ),
        (TZ_LINE + 3, "WAC102", "error", naive_conversion("start.astimezone")),
    )


KW_HEAD = (
    "import email.utils\n"
    "from dateutil import tz\n"
    "from wmill import task, workflow\n\n\n"
    "@task()\nasync def send(x: str) -> str:\n    return x\n\n\n"
    "@workflow\nasync def main(ts: float):\n"
)
KW_LINE = KW_HEAD.count("\n") + 1


@cache
def run_kw(body: str) -> tuple[tuple[int, str, str, str], ...]:
    result = analyze_source(SourceFile("<t>.py", KW_HEAD + body, LANG_PYTHON))
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, str(f.severity), f.message) for f in result.findings)


LOCAL_ZONE = (
    "`tz.gettz` is the worker's local time zone (`TZ`), which may differ between the "
    "workers running the rounds, so what is computed with it differs between replays of "
    'the workflow body; name the zone (`ZoneInfo("Europe/Paris")`, `timezone.utc`) or '
    "capture the value with `step(...)`"
)
FORMATDATE_CLOCK = (
    "`email.utils.formatdate` reads the clock: the value changes between replays of the "
    "workflow body; capture it with `step(...)`"
)


def test_the_argument_given_by_keyword_is_given() -> None:
    # the catalogue's `gettz()` / `formatdate()` (no argument) counted positional
    # arguments only: `gettz(name=...)` is a named zone, `formatdate(timeval=ts)` formats ts
    body = (
        '    paris = tz.gettz(name="Europe/Paris")\n'
        "    stamp = email.utils.formatdate(timeval=ts, usegmt=True)\n"
        '    return await send(f"{paris} {stamp}")\n'
    )
    assert run_kw(body) == ()


def test_without_it_or_given_none_they_still_read_the_worker() -> None:
    body = (
        "    a = tz.gettz()\n"
        "    b = email.utils.formatdate(usegmt=True)\n"
        "    c = email.utils.formatdate(timeval=None)\n"
        '    return await send(f"{a} {b} {c}")\n'
    )
    assert run_kw(body) == (
        (KW_LINE, "WAC102", "error", LOCAL_ZONE),
        (KW_LINE + 1, "WAC102", "error", FORMATDATE_CLOCK),
        (KW_LINE + 2, "WAC102", "error", FORMATDATE_CLOCK),
    )
