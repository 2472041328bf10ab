"""Red team AK (akp): regressions for the general causes behind the misses and false
findings of `tests/corpus/adversarial/ak_py_*` (Python workflows ported from Temporal,
Restate, Luigi, Kedro, Celery and data-team Python).

- WAC102: a logger derived from another by a method that only adds context to its lines
  (structlog's `bind` / `new`, loguru's `bind` / `opt`, pino's `child`) is a logger, also
  kept in a name (`bound = log.bind(district=d)`) or made in place
  (`structlog.get_logger().info(...)`), and what those methods are given reaches log
  lines only: a clock read there is not a finding. `bind` of anything else still is.
- WAC105: a member of an int enum of the file (`IntEnum`, `IntFlag`, `class N(int,
  Enum)`) is an int that hashes as its value (`int.__hash__` precedes `Enum.__hash__` in
  its MRO; checked on CPython 3.11 to 3.13), so a set of them iterates in the same order
  in every process, like a set of int literals. A plain `Enum`'s member hashes its
  name, a str salted per process: still a finding.
- WAC107: standard-library containers that are no `dict` / `list` subclass
  (`collections.ChainMap`, `types.MappingProxyType`, `UserDict`, `UserList`,
  `types.SimpleNamespace`, `argparse.Namespace`) are written by `default=str` as their
  repr, a string; a caught Python exception (`except E as exc`, then `{"error": exc}`)
  as its message, which cannot be raised again.
- WAC102 / WAC101: attrs fields name their factory `factory=` (`attrs.field(factory=
  ...)`, `attr.ib(factory=...)`) or give `default=attrs.Factory(fn)`: building the class
  in the body runs it, as a dataclass's `default_factory` (not when the call gives the
  field).
- WAC102 / WAC101: an attribute namespace built with keyword arguments
  (`wf = types.SimpleNamespace(now=lambda: datetime.now(UTC), uuid4=uuid.uuid4)`,
  `argparse.Namespace(...)`: a Temporal port's stand-in for `workflow.now()`) holds those
  values as its attributes: `wf.now()` runs the lambda, `wf.uuid4()` is `uuid.uuid4()`,
  `wf.rates()` the file's function, as for a dataclass built with functions in its
  fields.
- WAC102 / WAC101 (what building or reading a pydantic model runs): an instance a
  pydantic class method builds (`Forecast.model_validate(raw)`, `model_validate_json`,
  `parse_obj`, ..., `m.model_copy()`) is an instance of that class of the file, so its
  properties (`@computed_field` over `@property` included) are followed where the body
  reads them; a Python name rebound only to instances of one class of the file (`storm =
  Forecast(...)`, later `storm = Forecast.model_validate(...)`) holds that class. And
  building a model of the file (`Site(**raw)`, `Site.model_validate(raw)`) runs its
  `@field_validator` / `@model_validator` (v1 `@validator` / `@root_validator`) methods
  and `model_post_init`; `model_construct` validates nothing.
- WAC201: `stack.push(cb)` (or `push_async_exit`) on the exit stack of a `with` hands
  `cb` each exception leaving the rest of the block, the suspension included, and
  `ExitStack.__exit__` suppresses it when `cb` answers true: a function of the file
  that returns True (or `exc is not None`), or an instance of a class whose `__exit__`
  does, swallows the suspension like `suppress(BaseException)` entered there. A callback
  that returns None, or True only for an `Exception`, lets it through.
- WAC101: SQLAlchemy 2.0 ORM sessions: the methods of a `Session` / `AsyncSession` that
  query or write the database (`get`, `execute`, `scalars`, `merge`, `refresh`,
  `flush`, `commit`, ...) are database I/O, also on a session a module-level
  `sessionmaker(...)` / `async_sessionmaker(...)` builds (`Session()`, `Session.begin()`,
  entered by `async with`); building the factory or the session, and `add`, do none.
"""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


@cache
def run(code: str, ts: bool = False) -> tuple[tuple[int, str, str], ...]:
    lang = LANG_TYPESCRIPT if ts else LANG_PYTHON
    source = SourceFile("<t>.ts" if ts else "<t>.py", code, lang)
    result = analyze_source(source)
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, f.message) for f in result.findings if f.code != "WAC901")


def rows(code: str, ts: bool = False) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code, ts)]


HEAD = (
    "import time\n"
    "from datetime import UTC, datetime\n"
    "from wmill import step, task, workflow\n"
    "\n"
    "@task()\n"
    "async def t(x: str) -> str:\n"
    "    return x\n"
    "\n"
)
HEAD_ROWS = HEAD.count("\n")


def body(*lines: str, head: str = HEAD, extra: str = "") -> str:
    return (
        head
        + extra
        + "@workflow\nasync def main(d: str):\n"
        + "".join(f"    {line}\n" for line in lines)
    )


def at(code: str, line: str) -> int:
    return code.splitlines().index(f"    {line}") + 1


CLOCK = (
    "`time.time` reads the clock: the value changes between replays of the workflow body; "
    "capture it with `step(...)`"
)


# --- WAC102: loggers derived by context-binding methods ---------------------------


def test_structlog_bound_logger_kept_in_a_name_is_a_log_sink() -> None:
    code = body(
        "bound = log.bind(d=d, started=time.time())",
        'bound.info("go", at=datetime.now(UTC).isoformat())',
        'structlog.get_logger().info("made in place", at=time.time())',
        "return await t(d)",
        extra='import structlog\nlog = structlog.get_logger("x")\n',
    )
    assert rows(code) == []


def test_structlog_stdlib_loggers_are_log_sinks() -> None:
    code = body(
        'structlog.stdlib.get_logger(__name__).bind(at=time.time()).info("a")',
        'slog.new(started=time.time()).warning("b")',
        "return await t(d)",
        extra='import structlog\nslog = structlog.getLogger("x")\n',
    )
    assert rows(code) == []


def test_loguru_bind_and_opt_chains_are_log_sinks() -> None:
    code = body(
        'logger.bind(at=time.time()).info("a")',
        "ctx = logger.opt(lazy=True).bind(started=time.time())",
        'ctx.info("b")',
        "return await t(d)",
        extra="from loguru import logger\n",
    )
    assert rows(code) == []


def test_pino_child_bindings_are_a_log_sink() -> None:
    code = (
        'import pino from "pino";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const log = pino();\n"
        "const t = task(async (x: number) => x);\n"
        "export const main = workflow(async (d: string) => {\n"
        "  const child = log.child({ startedAt: Date.now() });\n"
        '  child.info("go");\n'
        '  log.child({ at: new Date().toISOString() }).info("x");\n'
        "  return await t(1);\n"
        "});\n"
    )
    assert rows(code, ts=True) == []


def test_bind_of_something_else_and_a_bound_value_used_elsewhere_stay_findings() -> None:
    code = body(
        "marker = Marker().bind(time.time())",
        "return await t(str(marker))",
        extra="class Marker:\n    def bind(self, v):\n        return v\n\n",
    )
    assert run(code) == ((at(code, "marker = Marker().bind(time.time())"), "WAC102", CLOCK),)


# --- WAC105: sets of int enum members ---------------------------------------------

ENUMS = (
    "from enum import Enum, IntEnum, IntFlag\n"
    "class Line(IntEnum):\n    RED = 1\n    BLUE = 2\n"
    "class Mixed(int, Enum):\n    A = 1\n    B = 2\n"
    "class Perm(IntFlag):\n    R = 4\n    W = 2\n"
    "class Plain(Enum):\n    X = 1\n    Y = 2\n"
    "\n"
)
SET_ORDER = (
    "Durable calls are dispatched in the order of a set, which can differ between "
    "replays; checkpoint keys follow call order, so results can be swapped; iterate "
    "`sorted(...)`"
)


def test_a_set_of_int_enum_members_iterates_the_same_in_every_process() -> None:
    code = body(
        "for line in {Line.RED, Line.BLUE}:",
        "    await t(str(int(line)))",
        "for m in frozenset((Mixed.A, Mixed.B)):",
        "    await t(str(m))",
        "both = set(SHARED)",
        "for p in both:",
        "    await t(str(p))",
        "return None",
        extra=ENUMS + "SHARED = {Perm.R, Perm.W}\n\n",
    )
    assert rows(code) == []


def test_a_set_of_plain_enum_members_is_still_reported() -> None:
    code = body(
        "for x in {Plain.X, Plain.Y}:",
        "    await t(x.name)",
        "for y in {Line.RED, Plain.Y}:",
        "    await t(str(y))",
        "return None",
        extra=ENUMS,
    )
    assert run(code) == (
        (at(code, "for x in {Plain.X, Plain.Y}:"), "WAC105", SET_ORDER),
        (at(code, "for y in {Line.RED, Plain.Y}:"), "WAC105", SET_ORDER),
    )


# --- WAC107: standard-library containers and caught exceptions -------------------


def test_library_containers_that_are_no_dict_come_back_as_their_repr() -> None:
    code = body(
        'a = await step("a", lambda: ChainMap({"x": 1}, {"y": 2}))',
        'b = await step("b", lambda: types.MappingProxyType({"x": d}))',
        "c = await crew(d)",
        'e = await step("e", lambda: argparse.Namespace(x=d))',
        'return a["x"], b["x"], c.lead, e.x',
        extra=(
            "import argparse\nimport types\nfrom collections import ChainMap\n"
            "from types import SimpleNamespace\n\n"
            "@task()\nasync def crew(d: str):\n    return SimpleNamespace(lead=d)\n\n"
        ),
    )
    assert [(r, c) for r, c, _ in run(code)] == [
        (code.splitlines().index("    return SimpleNamespace(lead=d)") + 1, "WAC107"),
        (at(code, 'a = await step("a", lambda: ChainMap({"x": 1}, {"y": 2}))'), "WAC107"),
        (at(code, 'b = await step("b", lambda: types.MappingProxyType({"x": d}))'), "WAC107"),
        (at(code, 'e = await step("e", lambda: argparse.Namespace(x=d))'), "WAC107"),
    ]
    messages = [m for _, _, m in run(code)]
    assert messages[1] == (
        '`ChainMap({"x": 1}, {"y": 2})` is a `ChainMap` returned by this step: it is '
        "checkpointed as JSON and comes back as a string of its repr "
        '(`"ChainMap({...}, {...})"`)'
    )


def test_converted_library_containers_are_plain_json() -> None:
    code = body(
        'a = await step("a", lambda: dict(ChainMap({"x": 1}, {"y": 2})))',
        'b = await step("b", lambda: vars(SimpleNamespace(x=d)))',
        "layered = ChainMap(a, {'z': 3})",
        "return layered['x'], b['x']",
        extra="from collections import ChainMap\nfrom types import SimpleNamespace\n\n",
    )
    assert rows(code) == []


def test_a_caught_exception_returned_in_a_value_comes_back_as_its_message() -> None:
    code = body(
        'outcome = await step("q", lambda: quote(d))',
        'if not outcome["ok"]:',
        '    raise outcome["error"]',
        "return outcome",
        extra=(
            "async def quote(d: str) -> dict:\n"
            "    try:\n"
            "        return {'ok': True, 'v': int(d)}\n"
            "    except ValueError as exc:\n"
            "        return {'ok': False, 'error': exc}\n\n"
            "@task()\nasync def guarded(d: str) -> dict:\n"
            "    try:\n        return {'v': int(d)}\n"
            "    except ValueError as err:\n"
            "        return {'error': str(err), 'kind': type(err).__name__}\n\n"
        ),
    )
    line = code.splitlines().index("        return {'ok': False, 'error': exc}") + 1
    assert run(code) == (
        (
            line,
            "WAC107",
            "`exc` is the caught exception inside the value returned by `quote` as a step's "
            "result: it is checkpointed as JSON and comes back as a string of its message "
            "(`str()`): its class and attributes are gone, and `raise` of it is a `TypeError`",
        ),
    )


# --- WAC102: attrs factories -------------------------------------------------------

ATTRS = (
    "import uuid\n"
    "import attr\n"
    "import attrs\n"
    "from attrs import Factory, define, field\n\n"
    "@define\nclass A:\n    x: str\n"
    "    at: str = field(factory=lambda: datetime.now(UTC).isoformat())\n\n"
    "@attr.s\nclass B:\n    x = attr.ib()\n    ref = attr.ib(default=attr.Factory(uuid.uuid4))\n\n"
    "@attrs.frozen\nclass C:\n    x: str\n    tags: list = attrs.field(factory=list)\n"
    "    ref: str = attrs.field(default=Factory(lambda: uuid.uuid4().hex))\n\n"
)


def test_attrs_field_factories_run_where_the_instance_is_built() -> None:
    code = body(
        "a = A(d)",
        "b = B(d)",
        "c = C(d)",
        "return await t(a.at + str(b.ref) + c.ref)",
        extra=ATTRS,
    )
    assert run(code) == (
        (
            at(code, "a = A(d)"),
            "WAC102",
            "`datetime.now` (reached through `main → A.__init__ → datetime.now`) reads the "
            "clock: the value changes between replays of the workflow body; capture it with "
            "`step(...)`",
        ),
        (
            at(code, "b = B(d)"),
            "WAC102",
            "`uuid.uuid4` (reached through `main → B → uuid.uuid4`) is random: the value "
            "changes between replays of the workflow body; capture it with `step(...)`",
        ),
        (
            at(code, "c = C(d)"),
            "WAC102",
            "`uuid.uuid4` (reached through `main → C.__init__ → uuid.uuid4`) is random: the "
            "value changes between replays of the workflow body; capture it with `step(...)`",
        ),
    )


def test_attrs_fields_given_by_the_call_or_with_pure_factories_are_fine() -> None:
    code = body(
        "a = A(d, at='2026-01-01')",
        "b = B(d, ref='r-1')",
        'c = C(d, [], "given")',
        "c.tags.append(d)",
        "return await t(a.at + b.ref + c.ref)",
        extra=ATTRS,
    )
    assert rows(code) == []


# --- WAC102 / WAC101: attribute namespaces of functions ----------------------------

NAMESPACES = (
    "import argparse\nimport uuid\nfrom types import SimpleNamespace\nimport requests\n\n"
    "def fetch_rates():\n    return requests.get('https://rates.example').json()\n\n"
    "wf = SimpleNamespace(now=lambda: datetime.now(UTC), uuid4=uuid.uuid4, rates=fetch_rates,"
    " region='eu')\n"
    "opts = argparse.Namespace(post=requests.post)\n\n"
)


def test_functions_kept_in_a_simple_namespace_run_where_they_are_called() -> None:
    code = body(
        "a = wf.now()",
        "b = wf.uuid4()",
        "c = wf.rates()",
        "opts.post('https://hooks.example', json={})",
        "return await t(str(a) + str(b) + str(c) + wf.region)",
        extra=NAMESPACES,
    )
    assert run(code) == (
        (
            at(code, "a = wf.now()"),
            "WAC102",
            "`datetime.now` (reached through `main → wf.now → datetime.now`) reads the clock: "
            "the value changes between replays of the workflow body; capture it with "
            "`step(...)`",
        ),
        (
            at(code, "b = wf.uuid4()"),
            "WAC102",
            "`wf.uuid4` is random: the value changes between replays of the workflow body; "
            "capture it with `step(...)`",
        ),
        (
            at(code, "c = wf.rates()"),
            "WAC101",
            "`requests.get` (reached through `main → fetch_rates → requests.get`) does network "
            "I/O in the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`",
        ),
        (
            at(code, "opts.post('https://hooks.example', json={})"),
            "WAC101",
            "`opts.post` does network I/O in the workflow body, which re-runs on every replay; "
            "move it into a task or a `step(...)`",
        ),
    )


def test_a_namespace_read_inside_steps_or_for_plain_values_is_fine() -> None:
    code = body(
        'a = await step("now", lambda: wf.now().isoformat())',
        'b = await step("id", lambda: str(wf.uuid4()))',
        "return await t(a + b + wf.region)",
        extra=NAMESPACES,
    )
    assert rows(code) == []


# --- WAC102 / WAC101: pydantic models built and read in the body -------------------

MODELS = (
    "import httpx\n"
    "from pydantic import BaseModel, computed_field, field_validator, model_validator\n\n"
    "class Storm(BaseModel):\n    at: datetime\n\n"
    "    @computed_field\n    @property\n    def hours_left(self) -> float:\n"
    "        return (self.at - datetime.now(UTC)).total_seconds() / 3600\n\n"
    "class Site(BaseModel):\n    lot: str\n\n"
    "    @field_validator('lot')\n    @classmethod\n    def lot_exists(cls, v: str) -> str:\n"
    "        httpx.get(f'https://gis.example/lots/{v}')\n        return v\n\n"
    "class Stamp(BaseModel):\n    at: str = ''\n\n"
    "    @model_validator(mode='after')\n    def stamp(self):\n"
    "        self.at = self.at or datetime.now(UTC).isoformat()\n        return self\n\n"
    "class Audited(BaseModel):\n    x: str\n\n"
    "    def model_post_init(self, ctx):\n"
    "        httpx.post('https://audit.example', json={'x': self.x})\n\n"
)
HOURS = (
    "`datetime.now` (reached through `main → Storm.hours_left → datetime.now`) reads the "
    "clock: the value changes between replays of the workflow body; capture it with "
    "`step(...)`"
)
LOT = (
    "`httpx.get` (reached through `main → Site.lot_exists → httpx.get`) does network I/O in "
    "the workflow body, which re-runs on every replay; move it into a task or a `step(...)`"
)


def test_properties_of_a_model_pydantic_builds_or_a_rebound_name_holds() -> None:
    code = body(
        "storm = Storm.model_validate({'at': d})",
        "if storm.hours_left > 12:",
        "    storm = Storm.model_validate({'at': await t(d)})",
        "late = Storm.model_validate_json(d).model_copy()",
        "return await t(str(late.hours_left))",
        extra=MODELS,
    )
    assert run(code) == (
        (at(code, "if storm.hours_left > 12:"), "WAC102", HOURS),
        (at(code, "return await t(str(late.hours_left))"), "WAC102", HOURS),
    )


def test_building_a_model_runs_its_validators_and_post_init() -> None:
    code = body(
        "a = Site(**{'lot': d})",
        "b = Site.model_validate({'lot': d})",
        "c = Site.model_construct(lot=d)",
        "s = Stamp()",
        "e = Audited(x=d)",
        "return await t(a.lot + b.lot + c.lot + s.at + e.x)",
        extra=MODELS,
    )
    assert run(code) == (
        (at(code, "a = Site(**{'lot': d})"), "WAC101", LOT),
        (at(code, "b = Site.model_validate({'lot': d})"), "WAC101", LOT),
        (
            at(code, "s = Stamp()"),
            "WAC102",
            "`datetime.now` (reached through `main → Stamp.stamp → datetime.now`) reads the "
            "clock: the value changes between replays of the workflow body; capture it with "
            "`step(...)`",
        ),
        (
            at(code, "e = Audited(x=d)"),
            "WAC101",
            "`httpx.post` (reached through `main → Audited.model_post_init → httpx.post`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`",
        ),
    )


# --- WAC201: exit callbacks pushed on an exit stack ---------------------------------

CALLBACKS = (
    "import contextlib\n\n"
    "def keep(et, exc, tb):\n    return True\n\n"
    "def keep_if_raised(et, exc, tb):\n    return exc is not None\n\n"
    "def log_only(et, exc, tb):\n    print(exc)\n\n"
    "def drop_errors(et, exc, tb):\n    return et is not None and issubclass(et, Exception)\n\n"
    "class Shield:\n    def __exit__(self, et, exc, tb):\n        return True\n\n"
    "async def akeep(et, exc, tb):\n    return True\n\n"
)


def swallowed(call: str) -> str:
    return (
        f"`{call}` suppresses every exception leaving its `with` block, the SDK's "
        "suspension (a BaseException) included: the workflow carries on as if the task "
        "had returned; let exceptions that are not `Exception` through (return False / "
        "re-raise them)"
    )


def test_an_exit_callback_answering_true_swallows_the_suspension() -> None:
    code = body(
        "with contextlib.ExitStack() as stack:",
        "    stack.push(keep)",
        "    await t(d)",
        "with contextlib.ExitStack() as s2:",
        "    s2.push(keep_if_raised)",
        "    await t(d)",
        "with contextlib.ExitStack() as s4:",
        "    s4.push(Shield())",
        "    await t(d)",
        "async with contextlib.AsyncExitStack() as s5:",
        "    s5.push_async_exit(akeep)",
        "    await t(d)",
        "with contextlib.ExitStack() as s7:",
        "    s7.push(lambda *exc: True)",
        "    await t(d)",
        "return 1",
        extra=CALLBACKS,
    )
    assert run(code) == (
        (at(code, "    stack.push(keep)"), "WAC201", swallowed("stack.push(keep)")),
        (at(code, "    s2.push(keep_if_raised)"), "WAC201", swallowed("s2.push(keep_if_raised)")),
        (at(code, "    s4.push(Shield())"), "WAC201", swallowed("s4.push(Shield())")),
        (
            at(code, "    s5.push_async_exit(akeep)"),
            "WAC201",
            swallowed("s5.push_async_exit(akeep)"),
        ),
        (
            at(code, "    s7.push(lambda *exc: True)"),
            "WAC201",
            swallowed("s7.push(lambda *exc: True)"),
        ),
    )


def test_exit_callbacks_that_let_the_suspension_through_or_guard_nothing_are_fine() -> None:
    code = body(
        "with contextlib.ExitStack() as s3:",
        "    s3.push(log_only)",
        "    s3.push(drop_errors)",
        "    s3.push(lambda *exc: None)",
        "    await t(d)",
        "with contextlib.ExitStack() as s6:",
        "    await t(d)",
        "    s6.push(keep)",
        "return 1",
        extra=CALLBACKS,
    )
    assert rows(code) == []


# --- WAC101: SQLAlchemy ORM sessions -------------------------------------------------

SESSIONS = (
    "from sqlalchemy import create_engine, select\n"
    "from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine\n"
    "from sqlalchemy.orm import sessionmaker\n\n"
    "engine = create_async_engine('postgresql+asyncpg://fleet@db/fleet')\n"
    "Session = async_sessionmaker(engine, expire_on_commit=False)\n"
    "SyncSession = sessionmaker(bind=create_engine('postgresql://fleet@db/fleet'))\n\n"
)


def db(call: str) -> str:
    return (
        f"`{call}` talks to a database or queue in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`"
    )


def test_orm_session_queries_are_database_io_in_the_body() -> None:
    code = body(
        "async with Session() as session:",
        "    plow = await session.get(dict, d)",
        "    session.add(plow)",
        "async with Session.begin() as tx:",
        "    rows = await tx.scalars(select(1))",
        "s2 = SyncSession()",
        "s2.merge(plow)",
        "async with AsyncSession(engine) as s3:",
        "    await s3.refresh(plow)",
        "return await t(d)",
        extra=SESSIONS,
    )
    assert run(code) == (
        (at(code, "    plow = await session.get(dict, d)"), "WAC101", db("session.get")),
        (at(code, "    rows = await tx.scalars(select(1))"), "WAC101", db("tx.scalars")),
        (at(code, "s2.merge(plow)"), "WAC101", db("s2.merge")),
        (at(code, "    await s3.refresh(plow)"), "WAC101", db("s3.refresh")),
    )


def test_orm_sessions_used_only_in_tasks_are_fine() -> None:
    code = body(
        "return await load(d)",
        extra=SESSIONS
        + "@task()\nasync def load(d: str) -> str:\n"
        + "    async with Session() as session:\n"
        + "        row = await session.get(dict, d)\n"
        + "        await session.commit()\n"
        + "        return str(row)\n\n",
    )
    assert rows(code) == []
