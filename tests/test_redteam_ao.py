"""Red team AO (aos): regressions for the general causes behind its long real-world
scripts (`tests/corpus/adversarial/ao_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def set_order(what: str = "a set") -> str:
    return (
        f"Durable calls are dispatched in the order of {what}, which can differ between "
        "replays; checkpoint keys follow call order, so results can be swapped; iterate "
        "`sorted(...)`"
    )


def run(code: str, *codes: str):
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return result.findings


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(f.row, f.message) for f in run(code, *codes)]


def dispatch_over(header: str, loop: str) -> str:
    return (
        "from itertools import product\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def stage(aisle: int, bay: int) -> str:\n"
        "    return f'{aisle}-{bay}'\n"
        "@workflow\n"
        "async def main(plan: list[dict], bays: list[tuple[int, int]]):\n"
        f"    {header}\n"  # 8
        f"    {loop}\n"  # 9
        "        await stage(aisle, bay)\n"
        "    return 1\n"
    )


# --- a set of tuples of ints ------------------------------------------------------------


def test_a_set_of_int_tuples_iterates_the_same_in_every_process() -> None:
    # CPython hashes a tuple from its items' hashes, and an int hashes to itself (no
    # per-process salt, unlike str): `{(int(a), int(b)) ...}` has the same order in every
    # round's process (checked: `python3 -c "print(hash((3, 4)))"` prints the same value
    # in two processes)
    for header, loop in (
        ('spots = {(int(j["aisle"]), int(j["bay"])) for j in plan}', "for aisle, bay in spots:"),
        ("spots = {(1, 2), (3, 4), (5, len(plan))}", "for aisle, bay in spots:"),
        ("spots = set(bays)", "for aisle, bay in spots:"),
        ("spots = {(a % 4, (b, 2)) for a, b in bays}", "for aisle, (bay, _) in spots:"),
        ("spots = None", "for aisle, bay in sorted({(2, 1), (1, 2)}, key=hash):"),
        ("spots = set(zip(range(3), range(4)))", "for aisle, bay in spots:"),
        ("spots = {(a, b) for a, b in product(range(3), range(4))}", "for aisle, bay in spots:"),
        ("spots = frozenset((i, i + 1) for i in range(3))", "for aisle, bay in spots:"),
        ("spots = {(i, b) for i, b in enumerate(range(3))}", "for aisle, bay in spots:"),
    ):
        assert findings(dispatch_over(header, loop), "WAC105") == [], header


def test_a_set_of_tuples_holding_a_str_is_still_reported() -> None:
    # a str inside the tuple brings its salted hash with it
    for header, what in (
        ('spots = {(j["aisle"], int(j["bay"])) for j in plan}', "a set"),
        ('spots = {(1, "b"), (3, 4)}', "a set"),
        ("spots = {(a, None) for a, b in bays}", "a set"),
        ('spots = set(zip(range(3), [p["x"] for p in plan]))', "a `set`"),
        ('spots = set(enumerate([p["x"] for p in plan]))', "a `set`"),
    ):
        found = findings(dispatch_over(header, "for aisle, bay in spots:"), "WAC105")
        assert found == [(9, set_order(what))], header


# --- a cache a helper fills only when the key is absent ---------------------------------


def step_callback_over(helper: str, body_read: str = "") -> str:
    return (
        "import httpx\n"
        "from wmill import step, workflow\n"
        "_CLIENTS: dict = {}\n"
        f"{helper}\n"
        "def arrivals(base: str) -> list:\n"
        "    return client(base).get('/arrivals').json()\n"
        "@workflow\n"
        "async def main(base: str):\n"
        "    rows = await step('arrivals', lambda: arrivals(base))\n"  # 9
        f"    {body_read or 'pass'}\n"
        "    return rows\n"
    )


def test_a_client_cache_filled_with_setdefault_in_a_step_is_not_state() -> None:
    # `dict.setdefault(k, v)` stores `v` only when `k` is absent, like `if k not in d:
    # d[k] = v`: a client the helper builds again in a round that needs it
    for helper in (
        "def client(base):\n    return _CLIENTS.setdefault(base, httpx.Client(base_url=base))",
        "def client(base):\n"
        "    _CLIENTS.setdefault(base, httpx.Client(base_url=base))\n"
        "    return _CLIENTS[base]",
        "def client(base):\n"
        "    if base not in _CLIENTS:\n"
        "        _CLIENTS.update({base: httpx.Client(base_url=base)})\n"
        "    return _CLIENTS[base]",
    ):
        assert findings(step_callback_over(helper), "WAC104") == [], helper


def test_the_same_cache_read_by_the_body_is_still_reported() -> None:
    helper = "def client(base):\n    return _CLIENTS.setdefault(base, httpx.Client(base_url=base))"
    found = findings(step_callback_over(helper, "print(len(_CLIENTS))"), "WAC104")
    assert found == [
        (
            5,
            "The helper `client`, which a `step(...)` callback calls, changes `_CLIENTS`, which "
            "belongs to the workflow body: once the step is checkpointed it is not called again "
            "and only its return value comes back, so the change is lost on replay; return the "
            "value from the step and assign it in the body",
        )
    ]


def test_a_typescript_map_filled_under_a_has_test_in_a_step_is_not_state() -> None:
    code = (
        'import { step, workflow } from "windmill-client";\n'
        "const cache = new Map<string, { base: string }>();\n"
        "function clientFor(base: string) {\n"
        "  if (!cache.has(base)) cache.set(base, { base });\n"
        "  return cache.get(base)!;\n"
        "}\n"
        "export const main = workflow(async (base: string) => {\n"
        '  const c = await step("c", () => clientFor(base).base);\n'
        "  return c;\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC104"])
    assert not result.errors
    assert result.findings == []


# --- relative-time methods of date libraries measure against now ------------------------


def relative_text(setup: str, expr: str) -> str:
    return (
        "import arrow\n"
        "import pendulum\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def send(text: str) -> str:\n"
        "    return text\n"
        "@workflow\n"
        "async def main(sent_at: str, other_at: str):\n"
        f"    {setup or 'pass'}\n"
        f"    return await send({expr})\n"  # 10
    )


def test_a_relative_time_method_without_a_reference_reads_the_clock() -> None:
    # arrow 1.3 `Arrow.humanize(other=None, ...)` and pendulum 3 `DateTime.diff_for_humans(
    # other=None, ...)` compare with the current time when not given another date ("2 days
    # ago" on one round, "3 days ago" on the next)
    for setup, expr, shown in (
        ("", "arrow.get(sent_at).humanize()", "arrow.get(sent_at).humanize"),
        ("a = arrow.get(sent_at)", 'a.humanize(granularity="day")', "a.humanize"),
        (
            "",
            "pendulum.parse(sent_at).diff_for_humans()",
            "pendulum.parse(sent_at).diff_for_humans",
        ),
    ):
        found = findings(relative_text(setup, expr), "WAC102")
        assert [row for row, _ in found] == [10], (expr, found)
        assert f"`{shown}`" in found[0][1] and "reads the clock" in found[0][1], found


def test_the_same_methods_given_a_reference_are_fine() -> None:
    for setup, expr in (
        ("", "arrow.get(sent_at).humanize(arrow.get(other_at))"),
        ("a = arrow.get(sent_at)", "a.humanize(other=arrow.get(other_at))"),
        ("", "pendulum.parse(sent_at).diff_for_humans(pendulum.parse(other_at))"),
        ("", "str(pendulum.parse(sent_at).diff(pendulum.parse(other_at)).in_days())"),
        ("", 'arrow.get(sent_at).format("YYYY-MM-DD")'),
    ):
        assert findings(relative_text(setup, expr), "WAC102") == [], expr


# --- security libraries that read the clock or draw a salt inside ------------------------


def py_token_flow(setup: str, expr: str) -> str:
    return (
        "import bcrypt\n"
        "import jwt\n"
        "import pyotp\n"
        "from argon2 import PasswordHasher\n"
        "from cryptography.fernet import Fernet\n"
        "from itsdangerous import URLSafeTimedSerializer\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def store(value: str) -> str:\n"
        "    return value\n"
        "@workflow\n"
        "async def main(token: str, key: str, secret: str, pw: str, salt: str):\n"
        f"    {setup or 'pass'}\n"
        f"    return await store(str({expr}))\n"  # 14
    )


def test_python_security_calls_reading_the_clock_or_a_salt_are_reported() -> None:
    # PyJWT 2.x `jwt.decode` checks `exp` / `nbf` / `iat` against `datetime.now(tz=utc)`;
    # cryptography's `Fernet.encrypt` stamps `int(time.time())` and draws an IV from
    # `os.urandom`; itsdangerous' timed serializers stamp the time; pyotp's `TOTP.now()`
    # and `verify()` use the current time; `bcrypt.gensalt()` and argon2-cffi's
    # `PasswordHasher().hash` draw a random salt
    for setup, expr, kind in (
        ("", 'jwt.decode(token, key, algorithms=["HS256"])', "clock"),
        ("f = Fernet(key)", "f.encrypt(pw.encode())", "clock"),
        ("", "Fernet(key).encrypt(pw.encode())", "clock"),
        ("", "URLSafeTimedSerializer(secret).dumps({'pw': pw})", "clock"),
        ("", "pyotp.TOTP(secret).now()", "clock"),
        ("", "pyotp.TOTP(secret).verify(token)", "clock"),
        ("", "bcrypt.gensalt()", "randomness"),
        ("", "PasswordHasher().hash(pw)", "randomness"),
    ):
        found = findings(py_token_flow(setup, expr), "WAC102")
        assert [row for row, _ in found] == [14], (expr, found)
        verb = "reads the clock" if kind == "clock" else "is random"
        assert verb in found[0][1], (expr, found)


def test_python_security_calls_of_given_values_are_fine() -> None:
    for setup, expr in (
        ("", 'jwt.encode({"sub": pw}, key, algorithm="HS256")'),
        ("", "bcrypt.hashpw(pw.encode(), salt.encode())"),
        ("", "Fernet(key).decrypt(token.encode())"),
        ("", "pyotp.TOTP(secret).at(1700000000)"),
        ("", "pyotp.TOTP(secret).verify(token, for_time=1700000000)"),
    ):
        assert findings(py_token_flow(setup, expr), "WAC102") == [], expr


def test_typescript_token_verification_reads_the_clock() -> None:
    # jsonwebtoken 9 `verify` compares `exp` / `nbf` with `Math.floor(Date.now() / 1000)`
    # unless given `clockTimestamp`; jose 5 `jwtVerify` with the current time unless
    # given `currentDate`
    for expr, fine in (
        ("jwt.verify(token, secret)", False),
        ("jwt.verify(token, secret, { clockTimestamp: at })", True),
        ("jwt.decode(token)", True),
        ("(await jwtVerify(token, key)).payload", False),
        ("(await jwtVerify(token, key, { currentDate: new Date(at * 1000) })).payload", True),
        ("decodeJwt(token)", True),
    ):
        code = (
            'import { task, workflow } from "windmill-client";\n'
            'import jwt from "jsonwebtoken";\n'
            'import { jwtVerify, decodeJwt } from "jose";\n'
            "const store = task(async (v: unknown) => v);\n"
            "export const main = workflow(async (token: string, secret: string, at: number) => {\n"
            "  const key = new TextEncoder().encode(secret);\n"
            f"  return await store({expr});\n"  # 7
            "});\n"
        )
        result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC102"])
        assert not result.errors
        rows = [f.row for f in result.findings]
        assert rows == ([] if fine else [7]), (expr, [f.message for f in result.findings])
