"""Red team MP: Python scripts written blind (wmill's own API in the body, data and ML
libraries, module scope and process state, helpers the body is split into), pinned with
the messages their findings give."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile

HEAD = "from wmill import step, task, workflow\n"


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


def io(what: str, kind: str) -> str:
    return (
        f"`{what}` {kind} in the workflow body, which re-runs on every replay; "
        "move it into a task or a `step(...)`"
    )


API = "calls the Windmill API"


def test_wmill_sql_clients_run_when_fetched_not_when_built() -> None:
    code = (
        "import wmill\n" + HEAD + "\n\n"
        "@workflow\n"
        "async def main(region: str):\n"
        "    db = wmill.datatable()\n"
        '    query = db.query("SELECT id FROM t WHERE r = $1", region)\n'
        '    later = await step("rows", query.fetch)\n'
        "    rows = query.fetch()\n"
        '    one = wmill.datatable("analytics").query("SELECT 1").fetch_one()\n'
        "    return rows, later, one\n"
    )
    assert findings(code, "WAC101") == [
        (10, "WAC101", io("query.fetch", API)),
        (11, "WAC101", io('wmill.datatable("analytics").query("SELECT 1").fetch_one', API)),
    ]


def test_windmill_client_built_in_body_is_no_request_its_methods_are() -> None:
    code = (
        "from wmill import Windmill\n" + HEAD + "\n\n"
        "@workflow\n"
        "async def main(path: str):\n"
        "    wm = Windmill()\n"
        '    kept = await step("v", lambda: wm.get_variable(path))\n'
        "    return kept, wm.get_resource(path)\n"
    )
    assert findings(code, "WAC101") == [(9, "WAC101", io("wm.get_resource", API))]


def test_result_stream_helpers_only_print() -> None:
    code = (
        "import wmill\n" + HEAD + "\n\n"
        "@workflow\n"
        "async def main(chunks: list):\n"
        "    for c in chunks:\n"
        "        wmill.append_to_result_stream(c)\n"
        "    wmill.stream_result(iter(chunks))\n"
        "    return len(chunks)\n"
    )
    assert findings(code, "WAC101") == []


TELEMETRY = "sends an event or a metric to a monitoring service"


def test_events_and_metrics_sent_from_the_body() -> None:
    code = (
        "import sentry_sdk\n"
        "from datadog import statsd\n"
        "from prometheus_client import CollectorRegistry, Counter, push_to_gateway\n" + HEAD + "\n"
        'sentry_sdk.init(dsn="https://k@o0.ingest.sentry.io/0")\n'
        'DONE = Counter("done", "rows done")\n\n\n'
        "@workflow\n"
        "async def main(tenant: str):\n"
        "    DONE.inc()\n"
        '    sentry_sdk.capture_message(f"{tenant} skipped rows")\n'
        '    statsd.increment("runs", tags=[tenant])\n'
        "    registry = CollectorRegistry()\n"
        '    push_to_gateway("pg:9091", job="j", registry=registry)\n'
        '    await step("sent", lambda: sentry_sdk.capture_message("once"))\n'
        "    return tenant\n"
    )
    assert findings(code, "WAC101") == [
        (13, "WAC101", io("sentry_sdk.capture_message", TELEMETRY)),
        (14, "WAC101", io("statsd.increment", TELEMETRY)),
        (16, "WAC101", io("push_to_gateway", TELEMETRY)),
    ]


def rand(what: str, unless: str = "") -> str:
    extra = f" unless given `{unless}=`" if unless else ""
    return (
        f"`{what}` is random{extra}: the value changes between replays of the workflow "
        "body; capture it with `step(...)`"
    )


def test_data_and_ml_draws_without_a_seed_keyword() -> None:
    code = (
        "import pandas as pd\n"
        "import torch\n"
        "from sklearn.cluster import KMeans\n"
        "from sklearn.model_selection import train_test_split\n" + HEAD + "\n\n"
        "@workflow\n"
        "async def main(rows: list, g: int):\n"
        "    df = pd.DataFrame(rows)\n"
        "    a = df.sample(n=2)\n"
        "    b = df.sample(n=2, random_state=g)\n"
        "    c = df.sample(n=2, random_state=None)\n"
        "    tr, te = train_test_split(rows, test_size=0.5)\n"
        "    tr2, te2 = train_test_split(rows, test_size=0.5, random_state=0)\n"
        "    km = KMeans(n_clusters=2).fit_predict(rows)\n"
        "    noise = torch.randn(3)\n"
        "    return a, b, c, tr, tr2, km, noise\n"
    )
    assert findings(code, "WAC102") == [
        (11, "WAC102", rand("df.sample", "random_state")),
        (13, "WAC102", rand("df.sample", "random_state")),
        (14, "WAC102", rand("train_test_split", "random_state")),
        (16, "WAC102", rand("KMeans", "random_state")),
        (17, "WAC102", rand("torch.randn", "generator")),
    ]


def test_global_generators_seeded_with_a_value_first() -> None:
    code = (
        "import random\n"
        "import numpy as np\n"
        "import pandas as pd\n" + HEAD + "\n"
        "np.random.seed(7)\n\n\n"
        "@workflow\n"
        "async def main(xs: list, pr: int):\n"
        "    first = random.choice(xs)\n"
        "    random.seed(pr)\n"
        "    pick = random.choice(xs)\n"
        "    order = np.random.permutation(len(xs))\n"
        "    rows = pd.DataFrame({'x': xs}).sample(n=1)\n"
        "    rng = np.random.default_rng()\n"
        "    random.seed()\n"
        "    again = random.random()\n"
        "    return first, pick, order.tolist(), rows, rng\n"
    )
    assert findings(code, "WAC102") == [
        (11, "WAC102", rand("random.choice")),
        (16, "WAC102", rand("np.random.default_rng")),
    ]


def test_a_step_between_seed_and_draw_unsettles_the_seed() -> None:
    code = (
        "import random\n"
        "from wmill import get_resume_urls\n" + HEAD + "\n\n"
        "@workflow\n"
        "async def main(xs: list):\n"
        "    random.seed(3)\n"
        "    for x in xs:\n"
        "        pick = random.choice(xs)\n"
        '        urls = await step("urls", lambda: get_resume_urls())\n'
        "    return pick, urls\n"
    )
    assert findings(code, "WAC102") == [(10, "WAC102", rand("random.choice"))]


def clock(what: str) -> str:
    return (
        f"`{what}` reads the clock: the value changes between replays of the workflow "
        "body; capture it with `step(...)`"
    )


def test_a_helper_forwarding_its_function_to_step() -> None:
    code = (
        "import time\n" + HEAD + "\n\n"
        "async def checkpoint(label: str, fn):\n"
        '    print("checkpoint", label)\n'
        "    return await step(label, fn)\n\n\n"
        "async def eager(label: str, fn):\n"
        "    fn()\n"
        "    return await step(label, fn)\n\n\n"
        "def now() -> float:\n"
        "    return time.time()\n\n\n"
        "@workflow\n"
        "async def main(batches: list):\n"
        '    a = await checkpoint("a", lambda: time.time())\n'
        '    b = await checkpoint("b", now)\n'
        '    c = await checkpoint(fn=lambda: time.time(), label="c")\n'
        '    d = await eager("d", lambda: time.time())\n'
        "    for batch in batches:\n"
        '        await checkpoint(f"stamp_{batch}", now)\n'
        '    await checkpoint(f"at_{time.time()}", now)\n'
        "    return a, b, c, d\n"
    )
    assert findings(code, "WAC102", "WAC103") == [
        (24, "WAC102", clock("time.time")),
        (
            26,
            "WAC103",
            (
                'The step name `f"stamp_{batch}"` (given to `checkpoint`, which passes it to '
                "`step`) is computed at run time: it is stable across replays (nothing in it "
                "reads the clock, randomness or the environment), but the guide asks for "
                "constant names; a literal gives the same keys, numbered `_2`, `_3`"
            ),
        ),
        (
            27,
            "WAC103",
            (
                'The step name `f"at_{time.time()}"` is built from `time.time()`, which changes '
                "between replays: checkpoint keys come from names, so the completed step is not "
                "found and runs again; use a constant string literal"
            ),
        ),
        (27, "WAC102", clock("time.time")),
    ]


def test_a_typescript_helper_forwarding_its_function_to_step() -> None:
    from wac_lint.source import LANG_TYPESCRIPT

    code = (
        'import { step, workflow } from "windmill-client";\n'
        "async function checkpoint<T>(label: string, fn: () => T): Promise<T> {\n"
        "  return await step(label, fn);\n"
        "}\n"
        "export const main = workflow(async () => {\n"
        '  const a = await checkpoint("a", () => Date.now());\n'
        "  const b = Date.now();\n"
        "  return [a, b];\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC102"])
    assert [(f.row, f.code) for f in result.findings] == [(7, "WAC102")]


def test_map_and_starmap_over_a_task_are_iterators_not_awaitables() -> None:
    code = (
        "import asyncio\n"
        "import itertools\n" + HEAD + "\n\n"
        "@task()\n"
        "async def move(a: str, b: str) -> str:\n"
        "    return a\n\n\n"
        "@workflow\n"
        "async def main(pairs: list, xs: list):\n"
        "    itertools.starmap(move, pairs)\n"
        "    kept = list(itertools.starmap(move, pairs))\n"
        "    done = await asyncio.gather(*itertools.starmap(move, pairs))\n"
        "    return len(kept), done\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=["WAC106"])
    assert [(f.row, f.message, f.fix) for f in result.findings] == [
        (
            13,
            "`itertools.starmap(...)` is never iterated: a Python `map` / `starmap` object is "
            "lazy, so the task is never called; gather the calls: "
            "`await asyncio.gather(*itertools.starmap(...))`",
            None,
        ),
        (
            14,
            "The task calls `itertools.starmap(...)` makes are never awaited: the SDK still "
            "dispatches them, but their results are lost (a failure still raises "
            "`TaskError` at the call when the body replays); gather them: "
            "`await asyncio.gather(*itertools.starmap(...))`",
            None,
        ),
    ]


def test_set_order_in_a_recursive_helper_and_through_a_helper_call() -> None:
    code = (
        HEAD + "\n\n"
        "@task()\n"
        "async def provision(path: str) -> str:\n"
        "    return path\n\n\n"
        "async def walk(node: dict, out: list) -> None:\n"
        '    out.append(await provision(node["name"]))\n'
        '    for child in set(node["children"]):\n'
        '        await walk(node["children"][child], out)\n\n\n'
        "async def one(name: str) -> str:\n"
        "    return await provision(name)\n\n\n"
        "@workflow\n"
        "async def main(tree: dict, names: list):\n"
        "    out: list = []\n"
        "    await walk(tree, out)\n"
        "    for n in set(names):\n"
        "        out.append(await one(n))\n"
        "    for n in sorted(set(names)):\n"
        "        out.append(await one(n))\n"
        "    return out\n"
    )
    assert findings(code, "WAC105") == [
        (
            22,
            "WAC105",
            "Durable calls are dispatched (in `walk`) in the order of a `set`, which can "
            "differ between replays; checkpoint keys follow call order, so results can be "
            "swapped; iterate `sorted(...)` there",
        ),
        (
            23,
            "WAC105",
            "Durable calls are dispatched in the order of a `set`, which can differ between "
            "replays; checkpoint keys follow call order, so results can be swapped; iterate "
            "`sorted(...)`",
        ),
    ]


def module_io(what: str, where: str, at: str = " at module level") -> str:
    # a hook's callback (`atexit.register`) runs at exit, not at module level
    return (
        f"`{what}` ({where}) does network I/O{at}: the script runs again from "
        "the top on every replay of the workflow, so this happens again each time; call it "
        "in a task or a `step(...)` in the body"
    )


def test_functions_of_the_file_run_at_module_level_or_at_exit() -> None:
    code = (
        "import atexit\n"
        "import boto3\n"
        "import requests\n" + HEAD + "\n\n"
        "def fetch_config() -> dict:\n"
        '    return requests.get("https://cfg.example.com", timeout=5).json()\n\n\n'
        "def load_config() -> dict:\n"
        "    return fetch_config()\n\n\n"
        "def make_s3():\n"
        '    return boto3.client("s3")\n\n\n'
        "def report_done() -> None:\n"
        '    requests.post("https://hooks.example.com", json={}, timeout=5)\n\n\n'
        "def bye() -> None:\n"
        '    print("bye")\n\n\n'
        "CONFIG = load_config()\n"
        "S3 = make_s3()\n"
        "atexit.register(report_done)\n"
        "atexit.register(bye)\n\n\n"
        "@workflow\n"
        "async def main(x: str):\n"
        '    return CONFIG["a"] + x\n'
    )
    assert findings(code, "WAC101") == [
        (27, "WAC101", module_io("requests.get", "reached through `load_config → fetch_config`")),
        (
            29,
            "WAC101",
            module_io(
                "requests.post",
                "in `report_done`, which `atexit.register` runs as the process of every "
                "round exits",
                at="",
            ),
        ),
    ]


def sent(what: str, verb: str, kind: str, row: int) -> str:
    return (
        f"`{what}` {verb} its record through `{kind}`, set up on line {row}, in the workflow "
        "body, which re-runs on every replay, so it is sent again each time; log it in a "
        "task or a `step(...)`"
    )


def test_log_calls_reaching_a_handler_that_sends() -> None:
    code = (
        "import logging\n"
        "import logging.handlers\n"
        "import sys\n" + HEAD + "\n"
        'log = logging.getLogger("billing")\n'
        'jobs = logging.getLogger("billing.jobs")\n'
        'quiet = logging.getLogger("billing.quiet")\n'
        "quiet.propagate = False\n"
        'mailer = logging.handlers.SMTPHandler("smtp.example.com", "a@x.io", ["b@x.io"], "s")\n'
        "mailer.setLevel(logging.ERROR)\n"
        "log.addHandler(mailer)\n"
        "log.addHandler(logging.StreamHandler(sys.stdout))\n\n\n"
        "@workflow\n"
        "async def main(x: str):\n"
        '    log.info("fine %s", x)\n'
        '    log.error("mailed %s", x)\n'
        '    jobs.critical("mailed too %s", x)\n'
        '    quiet.error("kept %s", x)\n'
        '    logging.error("root has no handler %s", x)\n'
        "    return x\n"
    )
    smtp = "logging.handlers.SMTPHandler"
    assert findings(code, "WAC101") == [
        (19, "WAC101", sent("log.error", "e-mails", smtp, 10)),
        (20, "WAC101", sent("jobs.critical", "e-mails", smtp, 10)),
    ]


def test_basic_config_handlers_take_the_root_level() -> None:
    code = (
        "import logging\n"
        "from logging.handlers import HTTPHandler\n" + HEAD + "\n"
        'logging.basicConfig(handlers=[HTTPHandler("logs.example.com", "/in", "POST")])\n\n\n'
        "@workflow\n"
        "async def main(x: str):\n"
        '    logging.info("below the root default WARNING %s", x)\n'
        '    logging.warning("posted %s", x)\n'
        "    return x\n"
    )
    assert findings(code, "WAC101") == [
        (11, "WAC101", sent("logging.warning", "posts", "logging.handlers.HTTPHandler", 5)),
    ]


def test_numpy_scalars_from_steps_and_tasks() -> None:
    code = (
        "import numpy as np\n" + HEAD + "\n\n"
        "@task()\n"
        "async def best(scores: list) -> int:\n"
        "    return np.argmax(scores)\n\n\n"
        "@task()\n"
        "async def mean(scores: list) -> float:\n"
        "    return np.mean(scores)\n\n\n"
        "@workflow\n"
        "async def main(xs: list):\n"
        '    total = await step("t", lambda: np.sum(np.array(xs, dtype=np.int64)))\n'
        '    ok = await step("ok", lambda: np.all(np.array(xs) > 0))\n'
        '    fine = await step("f", lambda: int(np.sum(np.array(xs, dtype=np.int64))))\n'
        '    rows = await step("r", lambda: np.sum(np.array(xs, dtype=int), axis=0).tolist())\n'
        "    return total, ok, fine, rows, await best(xs), await mean(xs)\n"
    )
    assert findings(code, "WAC107") == [
        (
            7,
            "WAC107",
            "`np.argmax(scores)` is a numpy integer (`numpy.intp`) returned by this task: it "
            'is checkpointed as JSON and comes back as a string (`"12"`)',
        ),
        (
            17,
            "WAC107",
            "`np.sum(np.array(xs, dtype=np.int64))` is a numpy integer returned by this step: "
            'it is checkpointed as JSON and comes back as a string (`"12"`)',
        ),
        (
            18,
            "WAC107",
            "`np.all(np.array(xs) > 0)` is a numpy `bool_` returned by this step: it is "
            'checkpointed as JSON and comes back as a string (`"False"` is truthy)',
        ),
    ]


def test_polars_frames_cross_json_as_printed_tables() -> None:
    code = (
        "import polars as pl\n" + HEAD + "\n\n"
        "@task()\n"
        "async def frame(day: str):\n"
        '    return pl.DataFrame({"d": [day]})\n\n\n'
        "@task()\n"
        "async def rows(day: str) -> list:\n"
        '    return pl.DataFrame({"d": [day]}).to_dicts()\n\n\n'
        "@workflow\n"
        "async def main(day: str):\n"
        "    return await frame(day), await rows(day)\n"
    )
    assert findings(code, "WAC107") == [
        (
            7,
            "WAC107",
            '`pl.DataFrame({"d": [day]})` is a polars `DataFrame` returned by this task: it '
            "is checkpointed as JSON and comes back as a string of its printed form (`str()`)",
        ),
    ]


def test_windmill_client_datatable_runs_when_fetched() -> None:
    code = (
        "from wmill import Windmill\n" + HEAD + "\n\n"
        "@workflow\n"
        "async def main(account: str):\n"
        '    db = Windmill().datatable("billing")\n'
        '    query = db.query("SELECT plan FROM a WHERE id = $1", account)\n'
        '    kept = await step("plan", lambda: query.fetch_one())\n'
        "    return kept, query.fetch_one()\n"
    )
    assert findings(code, "WAC101") == [(10, "WAC101", io("query.fetch_one", API))]


def test_set_loop_dispatching_through_a_method() -> None:
    code = (
        HEAD + "\n\n"
        "@task()\n"
        "async def invite(email: str) -> str:\n"
        "    return email\n\n\n"
        "class Inviter:\n"
        "    async def one(self, email: str) -> str:\n"
        "        return await invite(email)\n\n\n"
        "@workflow\n"
        "async def main(emails: list):\n"
        "    inviter = Inviter()\n"
        "    for email in set(emails):\n"
        "        await inviter.one(email)\n"
        "    return True\n"
    )
    assert [(r, c) for r, c, _ in findings(code, "WAC105")] == [(17, "WAC105")]


def test_a_method_forwarding_its_function_to_step() -> None:
    code = (
        "import time\n" + HEAD + "\n\n"
        "class Checkpoints:\n"
        "    async def save(self, label: str, fn):\n"
        "        return await step(label, fn)\n\n\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    ck = Checkpoints()\n"
        '    a = await ck.save("a", lambda: time.time())\n'
        "    return a, time.time()\n"
    )
    assert [(r, c) for r, c, _ in findings(code, "WAC102")] == [(14, "WAC102")]


def test_module_value_minted_by_a_helper_of_the_file() -> None:
    code = (
        "import uuid\n" + HEAD + "\n\n"
        "def new_run_id() -> str:\n"
        '    return f"run-{uuid.uuid4().hex}"\n\n\n'
        "def label(sku: str) -> str:\n"
        "    return sku.upper()\n\n\n"
        "RUN_ID = new_run_id()\n"
        'LABEL = label("x")\n\n\n'
        "@workflow\n"
        "async def main(sku: str):\n"
        "    return RUN_ID, LABEL\n"
    )
    assert findings(code, "WAC102") == [
        (
            19,
            "WAC102",
            "`RUN_ID` is computed at module level from `uuid.uuid4()`: the script runs again "
            "from the top on every replay, so its value changes between replays of the "
            "workflow body; compute it with `step(...)` in the body",
        )
    ]


def test_a_set_handed_to_a_helper_that_loops_over_it() -> None:
    code = (
        HEAD + "\n\n"
        "@task()\n"
        "async def notify(email: str) -> bool:\n"
        "    return True\n\n\n"
        "async def notify_all(recipients) -> int:\n"
        "    for email in recipients:\n"
        "        await notify(email)\n"
        "    return 0\n\n\n"
        "@workflow\n"
        "async def main(emails: list):\n"
        "    await notify_all(sorted(set(emails)))\n"
        "    return await notify_all(recipients=set(emails))\n"
    )
    assert findings(code, "WAC105") == [
        (
            18,
            "WAC105",
            "Durable calls are dispatched (in `notify_all`, looping over `recipients`) in the "
            "order of a `set`, which can differ between replays; checkpoint keys follow call "
            "order, so results can be swapped; pass `sorted(...)`",
        )
    ]


def test_a_function_named_by_reference_for_a_step_wrapper() -> None:
    code = (
        "import time\n" + HEAD + "\n\n"
        "async def timed_step(label: str, fn):\n"
        "    return await step(label, fn)\n\n\n"
        "async def cached(label: str, fn):\n"
        "    value = fn()\n"
        "    return await step(label, lambda: value)\n\n\n"
        "@workflow\n"
        "async def main(x: str):\n"
        '    a = await timed_step("a", time.time)\n'
        '    b = await cached("b", lambda: time.time())\n'
        "    return a, b\n"
    )
    assert [(r, c) for r, c, _ in findings(code, "WAC102")] == [(17, "WAC102")]


def test_sentry_logging_integration_sends_error_records() -> None:
    code = (
        "import logging\n"
        "import sentry_sdk\n" + HEAD + "\n"
        'sentry_sdk.init(dsn="https://k@o0.ingest.sentry.io/0")\n'
        'log = logging.getLogger("jobs")\n'
        "log.propagate = False\n\n\n"
        "@workflow\n"
        "async def main(x: str):\n"
        '    log.warning("a breadcrumb only %s", x)\n'
        '    log.error("an event %s", x)\n'
        "    return x\n"
    )
    assert findings(code, "WAC101") == [
        (
            13,
            "WAC101",
            "`log.error` sends its record through `sentry_sdk.init`'s logging integration (as "
            "a Sentry event), set up on line 5, in the workflow body, which re-runs on every "
            "replay, so it is sent again each time; log it in a task or a `step(...)`",
        )
    ]
    silent = code.replace(
        'sentry_sdk.init(dsn="https://k@o0.ingest.sentry.io/0")',
        'sentry_sdk.init(dsn="https://k@o0.ingest.sentry.io/0", default_integrations=False)',
    )
    assert findings(silent, "WAC101") == []
