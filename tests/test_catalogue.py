"""Matching calls against the side-effect and non-determinism catalogues."""

from __future__ import annotations

import pytest

from wac_lint.model import BodyCall, Span
from wac_lint.rules._catalogue import Catalogue, Entry, effective, prefixes

SPAN = Span(0, 0, 0, 0, 0, 0)


def call(name: str, kind: str = "call", args: int = 1) -> BodyCall:
    return BodyCall(name, kind, None, SPAN, args)  # type: ignore[arg-type]


CATALOGUE = Catalogue(
    tuple(
        Entry(p, "test")
        for p in ("requests", "fs", ".write_text", "new WebSocket", "new Date()", "os.environ")
    )
)


@pytest.mark.parametrize(
    ("body_call", "matched"),
    [
        (call("requests.post"), "requests"),
        (call("requests"), "requests"),
        (call("requestsx.post"), None),
        (call("fs/promises.readFile"), "fs"),
        # a method name matches on an object a factory built, or a receiver we cannot name,
        (call("pathlib.Path(…).write_text"), ".write_text"),
        (call(".write_text"), ".write_text"),
        (call(".write_text", kind="read"), None),
        # not on a module's own function, nor on the file's own class
        (call("jsonpath.write_text"), None),
        (call("~Report().write_text"), None),
        (call("WebSocket", kind="new"), "new WebSocket"),
        (call("WebSocket"), None),
        (call("Date", kind="new", args=0), "new Date()"),
        (call("Date", kind="new", args=1), None),
        (call("os.environ", kind="read"), "os.environ"),
        (call("os.environ.get"), "os.environ"),
    ],
)
def test_lookup(body_call: BodyCall, matched: str | None) -> None:
    entry = CATALOGUE.lookup(body_call)
    assert (entry.pattern if entry else None) == matched


def test_prefixes() -> None:
    assert prefixes("fs/promises.readFile") == ["fs/promises.readFile", "fs/promises", "fs"]
    assert prefixes("postgres(…).unsafe") == ["postgres(…).unsafe", "postgres(…)", "postgres"]


def test_argument_limits_apply_to_the_call_itself() -> None:
    catalogue = Catalogue((Entry("Date()", "clock"), Entry("time.strftime(<2)", "clock")))
    assert catalogue.lookup(call("Date", args=0)) is not None
    assert catalogue.lookup(call("Date(…).getTime", args=0)) is None  # a method of Date(ts)
    assert catalogue.lookup(call("time.strftime", args=1)) is not None
    assert catalogue.lookup(call("time.strftime", args=2)) is None


def test_project_additions_and_allowances() -> None:
    catalogue, allowed = effective(
        "side_effects.toml", "python", ("billing.charge",), ("requests",)
    )
    assert catalogue.lookup(call("billing.charge")) is not None
    assert catalogue.lookup(call("requests.get")) is None  # trimmed from the catalogue
    assert allowed.lookup(call("requests.get")) is not None


def test_any_arguments_pattern_matches_the_call_itself_only() -> None:
    catalogue = Catalogue((Entry("boto3.client(*)", "harmless"), Entry("boto3", "cloud")))

    def matched(body_call: BodyCall) -> str | None:
        entry = catalogue.lookup(body_call)
        return entry.category if entry else None

    assert matched(call("boto3.client", args=0)) == "harmless"
    assert matched(call("boto3.client", args=3)) == "harmless"
    assert matched(call("boto3.client(…).put_object")) == "cloud"  # what it built still does I/O
    assert matched(call("boto3.client", kind="read")) == "cloud"


@pytest.mark.parametrize(
    ("name", "args", "harmless"),
    [
        # transport settings and credentials are built locally ...
        ("requests.adapters.HTTPAdapter", 1, True),
        ("urllib3.util.retry.Retry", 2, True),
        ("requests.auth.HTTPBasicAuth", 2, True),
        # ... and so are a session's settings, with or without constructor arguments
        ("requests.Session().mount", 2, True),
        ("requests.Session(…).headers.update", 1, True),
        ("httpx.AsyncClient(…).headers.update", 1, True),
        # its requests are not
        ("requests.Session().get", 1, False),
        ("httpx.AsyncClient(…).post", 1, False),
        ("urllib3.PoolManager(…).request", 2, False),
    ],
)
def test_client_settings_are_not_requests(name: str, args: int, harmless: bool) -> None:
    catalogue, allowed = effective("side_effects.toml", "python", (), ())
    entry = catalogue.lookup(call(name, args=args))
    assert entry is not None
    assert (entry.category == "harmless") is harmless
