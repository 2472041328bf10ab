"""Red team RP: Python workflows ported from other durable-execution frameworks,
modern Python in the body and values across the task boundary, pinned with their
messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


LAYERS = (
    "from datetime import date, datetime, timezone\n"
    "from wmill import step, task, workflow\n\n"
    "def _utc_now() -> datetime:\n    return datetime.now(timezone.utc)\n\n"
    "def _today() -> date:\n    return date.today()\n\n"
)


def test_a_helper_the_task_or_step_only_calls_is_not_its_result() -> None:
    # the datetime / date never leave the helpers: the results are ISO strings
    code = LAYERS + (
        "def window() -> dict:\n    end = _today()\n    return {'end': end.isoformat()}\n\n"
        "@task()\nasync def stamp() -> str:\n    return _utc_now().isoformat()\n\n"
        "@workflow\nasync def main():\n"
        "    w = await step('window', window)\n    return w, await stamp()\n"
    )
    assert findings(code, "WAC107") == []


def test_a_helper_returned_by_steps_and_tasks_is_reported_once_on_its_return() -> None:
    code = LAYERS + (
        "def stamp():\n    return _utc_now()\n\n"
        "@task()\nasync def started() -> str:\n    return stamp()\n\n"
        "@workflow\nasync def main():\n"
        "    a = await started()\n    b = await step('later', stamp)\n"
        "    c = await step('again', lambda: stamp())\n    return a, b, c\n"
    )
    assert findings(code, "WAC107") == [
        (
            5,
            "WAC107",
            "`datetime.now(timezone.utc)` is a `datetime` returned by `_utc_now` as a step's "
            "result: it is checkpointed as JSON and comes back as a string like "
            '`"2024-05-01 12:00:00"` (`str()`, not ISO 8601)',
        )
    ]


def test_a_generator_function_returned_by_a_task_is_the_generator() -> None:
    code = (
        "from wmill import task, workflow\n\n"
        "def rows(xs):\n    for x in xs:\n        yield {'x': x}\n    return None\n\n"
        "@task()\nasync def plan(xs: list[int]):\n    return rows(xs)\n\n"
        "@workflow\nasync def main(xs: list[int]):\n    return await plan(xs)\n"
    )
    assert [(row, code) for row, code, _ in findings(code, "WAC107")] == [(10, "WAC107")]


def network(what: str, chain: str | None = None) -> str:
    via = f" (reached through `{chain}`)" if chain else ""
    return (
        f"`{what}`{via} does network I/O in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`"
    )


POST = "httpx.AsyncClient().post"


def test_functions_registered_on_an_exit_stack_run_in_the_body() -> None:
    code = (
        "import contextlib\nfrom contextlib import AsyncExitStack\n\nimport httpx\n"
        "import requests\nfrom wmill import task, workflow\n\n"
        "def release(lease: str) -> None:\n    httpx.delete(lease)\n\n"
        "async def report(batch: str) -> None:\n    await httpx.AsyncClient().post(batch)\n\n"
        "@task()\nasync def process(item: str) -> int:\n    return len(item)\n\n"
        "@workflow\nasync def main(lease: str, items: list[str]):\n"
        "    async with AsyncExitStack() as stack:\n"
        "        stack.callback(release, lease)\n"
        "        stack.push_async_callback(report, lease)\n"
        "        total = sum([await process(i) for i in items])\n"
        "    with contextlib.ExitStack() as plain:\n"
        "        plain.callback(requests.post, lease, json={})\n"
        "        plain.callback(print, 'unwound')\n"
        "    return total\n"
    )
    assert findings(code, "WAC101") == [
        (21, "WAC101", network("httpx.delete", "main → release → httpx.delete")),
        (22, "WAC101", network(POST, f"main → report → {POST}")),
        (25, "WAC101", network("requests.post")),
    ]


def test_a_container_annotation_holding_values_json_cannot_carry() -> None:
    code = (
        "from collections import defaultdict\nfrom datetime import date\n"
        "from typing import Optional\nfrom wmill import task, workflow\n\n"
        "@task()\nasync def groups(rows: list[dict]) -> dict[str, set[str]]:\n"
        "    out = defaultdict(set)\n    for r in rows:\n        out[r['t']].add(r['u'])\n"
        "    return dict(out)\n\n"
        "@task()\nasync def days(rows: list[dict]) -> Optional[list[date]]:\n"
        "    if not rows:\n        return []\n"
        "    return [date.fromisoformat(r['d']) for r in rows]\n\n"
        "@task()\nasync def by_day(rows: list[dict]) -> dict[date, list[str]]:\n"
        "    return {}\n\n"
        "@workflow\nasync def main(rows: list[dict]):\n"
        "    return await groups(rows), await days(rows), await by_day(rows)\n"
    )
    assert findings(code, "WAC107") == [
        (
            11,
            "WAC107",
            "`dict(out)` is a `dict[str, set[str]]` returned by this task: it is checkpointed "
            "as JSON and comes back as a dict with each `set` in it turned into a string of "
            "its repr (`\"{'a', 'b'}\"`)",
        ),
        (
            17,
            "WAC107",
            "`[date.fromisoformat(r['d']) for r in rows]` is a `list[date]` returned by this "
            "task: it is checkpointed as JSON and comes back as a list with each `date` in it "
            'turned into a string like `"2024-05-01"`',
        ),
    ]


def test_sums_and_roundings_keep_the_type_of_their_numbers() -> None:
    code = (
        "from decimal import Decimal\nfrom wmill import step, task, workflow\n\n"
        "@task()\nasync def total(xs: list[str]):\n"
        "    return round(sum(Decimal(x) for x in xs), 2)\n\n"
        "@task()\nasync def count(xs: list[str]):\n"
        "    return round(sum(Decimal(x) for x in xs)), sum(len(x) for x in xs)\n\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    t = await step('t', lambda: sum((Decimal(x) for x in xs), Decimal('0')))\n"
        "    return await total(xs), await count(xs), t\n"
    )
    assert findings(code, "WAC107") == [
        (
            6,
            "WAC107",
            "`round(sum(Decimal(x) for x in xs), 2)` is a `Decimal` returned by this task: "
            "it is checkpointed as JSON and comes back as a string",
        ),
        (
            14,
            "WAC107",
            "`sum((Decimal(x) for x in xs), Decimal('0'))` is a `Decimal` returned by this "
            "step: it is checkpointed as JSON and comes back as a string",
        ),
    ]


JSON_BACK = "which comes back from JSON (strings, numbers, lists, plain objects)"


def test_class_patterns_matched_against_a_checkpointed_result_never_match() -> None:
    code = (
        "from dataclasses import dataclass\nfrom datetime import datetime\n"
        "from wmill import task, workflow\n\n"
        "@dataclass\nclass Verdict:\n    approved: bool\n\n"
        "@task()\nasync def review(x: str) -> dict:\n    return {'approved': True}\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    v = await review(x)\n"
        "    match v:\n"
        "        case Verdict(approved=True):\n            return 1\n"
        "        case {'at': datetime()}:\n            return 2\n"
        "        case Verdict() | {'approved': True}:\n            return 3\n"
        "        case dict() | list() | (_, _):\n            return 4\n"
        "    match await review(x):\n"
        "        case tuple():\n            return 5\n"
        "        case str(s):\n            return s\n"
        "    match Verdict(True):\n        case Verdict():\n            return 6\n"
    )
    assert findings(code, "WAC107") == [
        (
            17,
            "WAC107",
            f"`Verdict(approved=True)` never matches: `v` is a checkpointed result, {JSON_BACK}",
        ),
        (19, "WAC107", f"`datetime()` never matches: `v` is a checkpointed result, {JSON_BACK}"),
        (
            26,
            "WAC107",
            f"`tuple()` never matches: `review(x)` is a checkpointed result, {JSON_BACK}",
        ),
    ]


def test_http_responses_and_their_parts_do_not_survive_the_checkpoint() -> None:
    code = (
        "import httpx\nimport requests\nfrom urllib.parse import urlparse\n"
        "from wmill import step, task, workflow\n\n"
        "session = requests.Session()\n\n"
        "@task()\nasync def head(url: str):\n    r = session.head(url)\n    return r.headers\n\n"
        "@task()\nasync def page(url: str):\n    r = requests.get(url)\n"
        "    return {'status': r.status_code, 'body': r.content, 'etag': dict(r.headers)}\n\n"
        "@task()\nasync def final(url: str):\n    return urlparse(url)\n\n"
        "@workflow\nasync def main(url: str):\n"
        "    h = await head(url)\n    p = await page(url)\n    f = await final(url)\n"
        "    got = await step('get', lambda: httpx.get(url))\n"
        "    await step('ping', lambda: httpx.post(url))\n"
        "    return h, p, got, f.netloc\n"
    )
    repr_of = "it is checkpointed as JSON and comes back as a string of its repr"
    assert findings(code, "WAC107") == [
        (
            11,
            "WAC107",
            "`r.headers` is a response's headers (a case-insensitive mapping, not a `dict`) "
            f"returned by this task: {repr_of}",
        ),
        (
            16,
            "WAC107",
            f"`r.content` is `bytes` inside the value returned by this task: {repr_of} "
            "(`\"b'...'\"`)",
        ),
        (
            20,
            "WAC107",
            "`urlparse(url)` is a `NamedTuple` returned by this task, and the workflow reads "
            "`f.netloc` from the result: it is checkpointed as JSON and comes back as a "
            "list, which has no fields",
        ),
        (
            27,
            "WAC107",
            "`httpx.get(url)` is an HTTP response object returned by this step: "
            f'{repr_of} (`"<Response [200]>"`)',
        ),
    ]


def test_a_task_result_is_not_the_library_object_the_task_returns() -> None:
    # the body reads a JSON value: no OpenAI call runs in it
    code = (
        "from openai import OpenAI\nfrom wmill import task, workflow\n\n"
        "@task()\nasync def ask(text: str) -> str:\n"
        "    completion = OpenAI().chat.completions.create(model='m', messages=[])\n"
        "    return completion.choices[0].message.content\n\n"
        "@task()\nasync def raw(text: str) -> dict:\n"
        "    return OpenAI().chat.completions.create(model='m', messages=[]).model_dump()\n\n"
        "@workflow\nasync def main(text: str):\n"
        "    answer = await ask(text)\n    full = await raw(text)\n"
        "    return answer.strip().lower(), full.get('id')\n"
    )
    assert findings(code, "WAC101") == []


def test_library_answers_json_does_not_carry() -> None:
    code = (
        "import subprocess\n\nimport boto3\nimport redis\nfrom openai import OpenAI\n"
        "from slack_sdk import WebClient\nfrom wmill import task, workflow\n\n"
        "cache = redis.Redis.from_url('redis://c')\n"
        "text_cache = redis.Redis(host='c', decode_responses=True)\n\n"
        "@task()\nasync def ask(q: str):\n"
        "    return OpenAI().chat.completions.create(model='m', messages=[])\n\n"
        "@task()\nasync def post(q: str):\n"
        "    return WebClient(token='t').chat_postMessage(channel='c', text=q)\n\n"
        "@task()\nasync def meta(q: str):\n"
        "    return boto3.client('s3').head_object(Bucket='b', Key=q)\n\n"
        "@task()\nasync def cursor(q: str):\n"
        "    return cache.get(q), text_cache.get(q)\n\n"
        "@task()\nasync def sha(q: str):\n"
        "    out = subprocess.run(['git', 'rev-parse', q], capture_output=True)\n"
        "    txt = subprocess.run(['git', 'log'], capture_output=True, text=True)\n"
        "    quiet = subprocess.run(['git', 'fetch'])\n"
        "    return out.stdout, txt.stdout, quiet.stdout, subprocess.check_output(['ls'])\n\n"
        "@workflow\nasync def main(q: str):\n"
        "    return await ask(q), await post(q), await meta(q), await cursor(q), await sha(q)\n"
    )
    repr_of = "it is checkpointed as JSON and comes back as a string of its repr"
    bytes_back = f"{repr_of} (`\"b'...'\"`)"
    assert findings(code, "WAC107") == [
        (
            14,
            "WAC107",
            "`OpenAI().chat.completions.create(model='m', messages=[])` is an `openai` response "
            f"object returned by this task: {repr_of} (a pydantic model, not a dict)",
        ),
        (
            18,
            "WAC107",
            "`WebClient(token='t').chat_postMessage(channel='c', text=q)` is a `SlackResponse` "
            f"(not a dict) returned by this task: {repr_of}",
        ),
        (
            22,
            "WAC107",
            "`boto3.client('s3').head_object(Bucket='b', Key=q)` is a boto3 answer holding "
            "`datetime`s (`LastModified`, `LaunchTime`) returned by this task: it is "
            "checkpointed as JSON and comes back as a dict with each of them turned into a "
            'string like `"2024-05-01 12:00:00+00:00"`',
        ),
        (
            26,
            "WAC107",
            f"`cache.get(q)` is `bytes` inside the value returned by this task: {bytes_back}",
        ),
        (
            33,
            "WAC107",
            f"`out.stdout` is `bytes` inside the value returned by this task: {bytes_back}",
        ),
        (
            33,
            "WAC107",
            "`subprocess.check_output(['ls'])` is `bytes` inside the value returned by this "
            f"task: {bytes_back}",
        ),
    ]


def test_datetimes_from_libraries_and_method_chains_and_pymongo_results() -> None:
    code = (
        "from datetime import datetime\nfrom zoneinfo import ZoneInfo as Z\n\nimport pendulum\n"
        "from dateutil import parser\nfrom pymongo import MongoClient\n"
        "from wmill import step, task, workflow\n\n"
        "@task()\nasync def due(s: str):\n    return parser.isoparse(s)\n\n"
        "@task()\nasync def start(s: str):\n    return pendulum.parse(s).add(days=1)\n\n"
        "@task()\nasync def store(doc: dict):\n"
        "    coll = MongoClient('mongodb://db')['app']['events']\n"
        "    return coll.insert_one(doc), str(coll.insert_one(doc).inserted_id)\n\n"
        "@workflow\nasync def main(s: str, tz: str):\n"
        "    local = await step('local', lambda: datetime.fromisoformat(s).astimezone(Z(tz)))\n"
        "    day = await step('day', lambda: datetime.fromisoformat(s).date())\n"
        "    hour = await step('hour', lambda: datetime.fromisoformat(s).astimezone(Z(tz)).hour)\n"
        "    return await due(s), await start(s), await store({}), local, day, hour\n"
    )
    iso = 'a string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601)'
    assert findings(code, "WAC107") == [
        (
            11,
            "WAC107",
            "`parser.isoparse(s)` is a `datetime` returned by this task: it is checkpointed as "
            f"JSON and comes back as {iso}",
        ),
        (
            15,
            "WAC107",
            "`pendulum.parse(s).add(days=1)` is a `datetime` returned by this task: it is "
            f"checkpointed as JSON and comes back as {iso}",
        ),
        (
            20,
            "WAC107",
            "`coll.insert_one(doc)` is a pymongo write result (`InsertOneResult`, "
            "`UpdateResult`...) inside the value returned by this task: it is checkpointed as "
            "JSON and comes back as a string of its repr "
            '(`"<pymongo.results.InsertOneResult ...>"`)',
        ),
        (
            24,
            "WAC107",
            "`datetime.fromisoformat(s).astimezone(Z(tz))` is a `datetime` returned by "
            f"this step: it is checkpointed as JSON and comes back as {iso}",
        ),
        (
            25,
            "WAC107",
            "`datetime.fromisoformat(s).date()` is a `date` returned by this step: it is "
            'checkpointed as JSON and comes back as a string like `"2024-05-01"`',
        ),
    ]


def test_bytes_from_files_buffers_compressors_and_cryptography() -> None:
    code = (
        "import io\nimport lzma\n\nfrom cryptography.fernet import Fernet\n"
        "from wmill import step, task, workflow\n\n"
        "@task()\nasync def pdf(path: str):\n"
        "    with open(path, 'rb') as fh:\n        return fh.read()\n\n"
        "@task()\nasync def text(path: str):\n"
        "    with open(path, encoding='utf-8') as fh:\n        return fh.read()\n\n"
        "@task()\nasync def sheet(path: str):\n"
        "    buf = io.BytesIO()\n    out = io.StringIO()\n"
        "    return buf.getvalue(), out.getvalue()\n\n"
        "@task()\nasync def seal(secret: str, key: str):\n"
        "    return Fernet(key).encrypt(secret.encode()), Fernet(key).encrypt(b'x').decode()\n\n"
        "@workflow\nasync def main(path: str, key: str):\n"
        "    packed = await step('pack', lambda: lzma.compress(path.encode()))\n"
        "    a, b, c = await pdf(path), await text(path), await sheet(path)\n"
        "    return a, b, c, await seal(path, key), packed\n"
    )
    bytes_back = "it is checkpointed as JSON and comes back as a string of its repr (`\"b'...'\"`)"
    inside = "inside the value returned by this task"
    assert findings(code, "WAC107") == [
        (10, "WAC107", f"`fh.read()` is `bytes` returned by this task: {bytes_back}"),
        (21, "WAC107", f"`buf.getvalue()` is `bytes` {inside}: {bytes_back}"),
        (
            25,
            "WAC107",
            f"`Fernet(key).encrypt(secret.encode())` is `bytes` {inside}: {bytes_back}",
        ),
        (
            29,
            "WAC107",
            f"`lzma.compress(path.encode())` is `bytes` returned by this step: {bytes_back}",
        ),
    ]


def test_faker_draws_after_a_seed_and_humanize_relative_texts() -> None:
    head = "import humanize\nfrom faker import Faker\nfrom wmill import task, workflow\n\n"
    tail = (
        "@task()\nasync def load(rows: list) -> int:\n    return len(rows)\n\n"
        "@workflow\nasync def main(seen: str, n: int):\n"
        "    rows = [fake.name() for _ in range(n)]\n"
        "    text = humanize.naturaltime(seen)\n"
        "    fixed = humanize.naturaltime(seen, when=seen)\n"
        "    return await load([rows, text, fixed])\n"
    )
    seeded = head + "Faker.seed(7)\nfake = Faker()\n\n" + tail
    assert findings(seeded, "WAC102") == [
        (
            15,
            "WAC102",
            "`humanize.naturaltime` reads the clock unless given `when=`: the value changes "
            "between replays of the workflow body; capture it with `step(...)`",
        )
    ]
    unseeded = head + "fake = Faker()\n\n" + tail
    assert findings(unseeded, "WAC102")[0] == (
        13,
        "WAC102",
        "`fake.name` is random: the value changes between replays of the workflow body; "
        "capture it with `step(...)`",
    )


def test_dead_task_error_handlers_in_except_star_and_suppress() -> None:
    code = (
        "import asyncio\nimport contextlib\n\nfrom wmill import TaskError, task, workflow\n\n"
        "@task()\nasync def parse(doc: str) -> dict:\n    raise ValueError(doc)\n\n"
        "@workflow\nasync def main(docs: list[str]):\n"
        "    out: list = []\n"
        "    try:\n"
        "        out = list(await asyncio.gather(*(parse(d) for d in docs)))\n"
        "    except* ValueError:\n"
        "        print('bad')\n"
        "    with contextlib.suppress(ValueError, KeyError):\n"
        "        out.append(await parse(docs[0]))\n"
        "    with contextlib.suppress(TaskError):\n"
        "        out.append(await parse(docs[-1]))\n"
        "    return out\n"
    )
    original = "the original class is only in `e.result['error']['name']`"
    assert findings(code, "WAC204") == [
        (
            15,
            "WAC204",
            "`except* ValueError` never matches here: the guarded code only runs tasks and "
            f"steps, and the SDK raises `TaskError` for their failures ({original}); catch "
            "`TaskError` instead of `ValueError`",
        ),
    ]


def test_suppress_of_a_task_failure_by_its_own_class() -> None:
    code = (
        "import contextlib\n\nfrom wmill import TaskError, task, workflow\n\n"
        "@task()\nasync def enrich(lead: str) -> dict:\n    raise ValueError(lead)\n\n"
        "@workflow\nasync def main(lead: str):\n"
        "    data: dict = {}\n"
        "    with contextlib.suppress(ValueError):\n"
        "        data = await enrich(lead)\n"
        "    with contextlib.suppress(TaskError):\n"
        "        data = await enrich(lead)\n"
        "    return data\n"
    )
    assert findings(code, "WAC204") == [
        (
            12,
            "WAC204",
            "`contextlib.suppress(ValueError)` never suppresses anything here: the block only "
            "runs tasks and steps, and the SDK raises `TaskError` for their failures (the "
            "original class is only in `e.result['error']['name']`); suppress `TaskError` "
            "instead of `ValueError`",
        ),
    ]


STAGES = (
    "import functools\n\nfrom wmill import task, workflow\n\n"
    "@task()\nasync def fetch(payload: object) -> object:\n    return payload\n\n"
    "@task()\nasync def parse(payload: object) -> object:\n    return payload\n\n"
    "@task()\nasync def notify(channel: str, text: str) -> None:\n    return None\n\n"
    "CHAIN = (fetch, parse)\n\n"
)


def test_tasks_called_through_a_loop_variable_or_a_fold_over_them() -> None:
    code = STAGES + (
        "@workflow\nasync def main(url: str):\n"
        "    value: object = url\n"
        "    for stage in CHAIN:\n        value = await stage(value)\n"
        "    for stage in [fetch, parse]:\n        stage(value)\n"
        "    try:\n        for stage in CHAIN:\n            await stage(value)\n"
        "    except:\n        pass\n"
        "    folded = await functools.reduce(lambda acc, stage: stage(acc), CHAIN, url)\n"
        "    for mixed in (fetch, notify):\n        mixed(value)\n"
        "    return value, folded\n"
    )
    never = (
        "is never awaited: the SDK still dispatches the task, but its result is lost (a "
        "failure still raises `TaskError` at this call when the body replays); `await` it "
        "or gather it"
    )
    assert findings(code, "WAC106", "WAC201") == [
        (25, "WAC106", f"The result of `stage(...)` {never}"),
        (
            29,
            "WAC201",
            "`except:` catches the SDK's suspension (a BaseException): the workflow "
            "cannot suspend here; catch `Exception` or `TaskError`, or re-raise",
        ),
        (
            31,
            "WAC106",
            "`functools.reduce` hands each `stage(...)` coroutine to the next call as its "
            "accumulator: only the last is awaited, and every call after the first receives "
            "the previous call's un-awaited coroutine as its argument, not its result; fold "
            "in a loop: `acc = await ...`",
        ),
    ]


def test_timeit_default_timer_is_a_clock() -> None:
    code = (
        "import timeit\nfrom wmill import task, workflow\n\n"
        "@task()\nasync def work(x: str) -> int:\n    return 1\n\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    started = timeit.default_timer()\n"
        "    for x in xs:\n"
        "        if timeit.default_timer() - started > 60:\n            break\n"
        "        await work(x)\n"
    )
    clock = (
        "`timeit.default_timer` reads the clock: the value changes between replays of the "
        "workflow body; capture it with `step(...)`"
    )
    assert findings(code, "WAC102") == [(10, "WAC102", clock), (12, "WAC102", clock)]


def test_a_task_reached_through_the_module_returns_json_too() -> None:
    code = (
        "import wmill\nfrom openai import OpenAI\n\n"
        "@wmill.task()\nasync def ask(text: str):\n"
        "    return OpenAI().chat.completions.create(model='m', messages=[])\n\n"
        "@wmill.workflow\nasync def main(text: str):\n"
        "    full = await ask(text)\n    return full.choices[0].message.content.strip()\n"
    )
    assert findings(code, "WAC101") == []
