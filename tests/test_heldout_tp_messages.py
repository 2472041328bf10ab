"""Red team T (tp): Python workflows using newer wmill features, dependency
injection, code written the way an LLM assistant writes it, and values handed to
`step` by imported functions, pinned with their messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    assert not result.errors, result.errors
    return [(f.row, f.code, f.message) for f in result.findings]


def rows(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(row, code_) for row, code_, _ in findings(code, *codes)]


HEAD = "from wmill import step, task, workflow\n\n"


# --- WAC107: a function handed to step through functools.partial ---------------------


def test_a_partial_given_to_step_returns_what_its_function_returns() -> None:
    code = (
        "import os\nfrom decimal import Decimal\nfrom email.utils import parsedate_to_datetime\n"
        "from functools import partial\n" + HEAD + "@workflow\nasync def main(h: str, rate: str):\n"
        "    key = await step('key', partial(os.urandom, 32))\n"
        "    per = await step('per', partial(Decimal, rate))\n"
        "    tags = await step('tags', partial(frozenset, ['a']))\n"
        "    at = await step('at', partial(partial(parsedate_to_datetime), h))\n"
        "    ok = await step('ok', partial(sorted, {'a', 'b'}))\n"
        "    return key, per, tags, at, ok\n"
    )
    assert findings(code, "WAC107") == [
        (
            9,
            "WAC107",
            "`os.urandom` returns `bytes`, which this step checkpoints as JSON: it comes "
            "back as a string of its repr (`\"b'...'\"`)",
        ),
        (
            10,
            "WAC107",
            "`Decimal` returns a `Decimal`, which this step checkpoints as JSON: it comes "
            "back as a string",
        ),
        (
            11,
            "WAC107",
            "`frozenset` returns a `frozenset`, which this step checkpoints as JSON: it comes "
            "back as a string of its repr (`\"frozenset({'a', 'b'})\"`)",
        ),
        (
            12,
            "WAC107",
            "`parsedate_to_datetime` returns a `datetime`, which this step checkpoints as "
            'JSON: it comes back as a string like `"2024-05-01 12:00:00"` (`str()`, not '
            "ISO 8601)",
        ),
    ]


def test_a_struct_time_given_to_step_is_a_list_when_its_fields_are_read() -> None:
    code = (
        "import time\n" + HEAD + "@workflow\nasync def main():\n"
        "    local = await step('local', time.localtime)\n"
        "    parts = await step('parts', time.gmtime)\n"
        "    return local.tm_hour, parts[0]\n"
    )
    assert findings(code, "WAC107") == [
        (
            6,
            "WAC107",
            "`time.localtime` returns a named tuple, and the workflow reads `local.tm_hour` "
            "from this step's result: it is checkpointed as JSON and comes back as a list, "
            "which has no fields",
        ),
    ]


def test_a_named_tuple_declared_as_the_return_type_of_a_task() -> None:
    code = (
        "from typing import NamedTuple\n" + HEAD + "class Quote(NamedTuple):\n"
        "    carrier: str\n    days: int\n\n"
        "@task()\nasync def cheapest(xs: list[str]) -> Quote:\n"
        "    return min((Quote(x, len(x)) for x in xs), key=lambda q: q.days)\n\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    quote = await cheapest(xs=xs)\n    return quote.carrier\n"
    )
    assert rows(code, "WAC107") == [(10, "WAC107")]


# --- WAC301: get_approval_urls checks its step key as wait_for_approval does --------


def test_a_step_key_with_a_slash_given_to_get_approval_urls() -> None:
    code = (
        "import wmill\nfrom wmill import get_approval_urls, wait_for_approval\n"
        + HEAD
        + "@workflow\nasync def main():\n"
        "    a = await step('a', lambda: get_approval_urls('release/notes'))\n"
        "    b = await step('b', lambda: wmill.get_approval_urls(step_key='..'))\n"
        "    c = await step('c', lambda: get_approval_urls('release_notes'))\n"
        "    return await wait_for_approval(key='release_notes')\n"
    )
    assert findings(code, "WAC301") == [
        (
            7,
            "WAC301",
            "The step key `'release/notes'` given to `get_approval_urls` is refused by the SDK "
            "(a key must be a non-empty step name without `/` or dot segments): the workflow "
            "fails here",
        ),
        (
            8,
            "WAC301",
            "The step key `'..'` given to `get_approval_urls` is refused by the SDK (a key "
            "must be a non-empty step name without `/` or dot segments): the workflow fails "
            "here",
        ),
    ]


def test_a_step_key_with_a_slash_given_to_get_approval_urls_in_typescript() -> None:
    from wac_lint.source import LANG_TYPESCRIPT

    code = (
        'import { getApprovalUrls, step, waitForApproval, workflow } from "windmill-client";\n'
        "export const main = workflow(async () => {\n"
        '  const u = await step("u", () => getApprovalUrls("a/b"));\n'
        '  const v = await step("v", () => getApprovalUrls("ok"));\n'
        '  return waitForApproval({ key: "ok" });\n});\n'
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC301"])
    assert [(f.row, f.code) for f in result.findings] == [(3, "WAC301")]


# --- WAC101: wmill's lazy SQL queries; a call written over several lines -------------


def test_a_lazy_query_read_or_built_in_the_body_sends_nothing() -> None:
    code = (
        "import wmill\n" + HEAD + "db = wmill.datatable('analytics')\nlake = wmill.ducklake()\n\n"
        "@workflow\nasync def main(day: str):\n"
        "    q = db.query('SELECT 1 WHERE $1', day)\n    print(q.sql.splitlines()[-1])\n"
        "    merge = lake.upsert_partition('orders', 'SELECT 1', partition=day)\n"
        "    print(merge.sql)\n"
        "    return merge.fetch()\n"
    )
    assert rows(code, "WAC101") == [(13, "WAC101")]


def test_a_call_written_over_several_lines_is_named_without_its_arguments() -> None:
    code = (
        "import wmill\n" + HEAD + "db = wmill.datatable('analytics')\n\n"
        "@workflow\nasync def main(day: str):\n"
        "    rows = db.query(  # the day's events\n"
        "        'SELECT kind FROM events WHERE day = $1',\n        day,\n    ).fetch()\n"
        "    return rows\n"
    )
    assert findings(code, "WAC101") == [
        (
            8,
            "WAC101",
            "`db.query(…).fetch` calls the Windmill API in the workflow body, which re-runs on "
            "every replay; move it into a task or a `step(...)`",
        ),
    ]


# --- WAC103: members of a str enum of the file are constant names -------------------


def test_a_str_enum_member_as_a_step_name_is_a_constant() -> None:
    code = (
        "from enum import Enum, StrEnum\n" + HEAD + "class Stage(StrEnum):\n"
        "    PLAN = 'plan'\n\nclass Kind(Enum):\n    LOAD = 'load'\n\n"
        "@workflow\nasync def main():\n"
        "    a = await step(Stage.PLAN, lambda: 1)\n"
        "    b = await step(Kind.LOAD.value, lambda: 2)\n"
        "    c = await step(Kind.LOAD, lambda: 3)\n"
        "    return a, b, c\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=["WAC103"])
    assert [(f.row, f.severity, f.message) for f in result.findings] == [
        (
            12,
            "info",
            'The step name `Stage.PLAN` is the constant `"plan"`: stable across replays, but '
            "Windmill's parser only reads a literal at the call, so its diagram shows this "
            'step as `step`; write `"plan"` here',
        ),
        (
            13,
            "info",
            'The step name `Kind.LOAD.value` is the constant `"load"`: stable across '
            "replays, but Windmill's parser only reads a literal at the call, so its diagram "
            'shows this step as `step`; write `"load"` here',
        ),
    ]


# --- WAC301: step given a call's result; a plain Enum member as a step name ----------


def test_step_given_the_result_of_a_call_instead_of_a_function() -> None:
    code = (
        "import requests\n" + HEAD + "def notify(text: str) -> None:\n"
        "    requests.post('https://hooks.example.com', json={'text': text})\n\n"
        "async def page(who: str):\n    return who\n\n"
        "def loader(day: str):\n    return lambda: day\n\n"
        "@workflow\nasync def main(day: str):\n"
        "    await step('notify', notify(day))\n"
        "    await step('page', page(day))\n"
        "    await step('load', loader(day))\n"
        "    return await step('ok', lambda: notify(day))\n"
    )
    assert findings(code, "WAC301") == [
        (
            15,
            "WAC301",
            "`step` calls the function it is given, and this gives it what `notify(day)` "
            "returns, `None`: the call runs in the workflow body on every replay, and the step "
            "fails with `TypeError` (not callable); pass `lambda: notify(day)`",
        ),
        (
            16,
            "WAC301",
            "`step` calls the function it is given, and this gives it what `page(day)` "
            "returns, a coroutine: its code never runs (the coroutine is never awaited), and "
            "the step fails with `TypeError` (not callable); pass `lambda: page(day)`",
        ),
    ]
    assert rows(code, "WAC101") == [(15, "WAC101")]


def test_a_plain_enum_member_as_a_step_name_raises() -> None:
    code = (
        "from enum import Enum\n" + HEAD + "class Kind(Enum):\n    LOAD = 'load'\n\n"
        "@workflow\nasync def main():\n    return await step(Kind.LOAD, lambda: 1)\n"
    )
    assert findings(code, "WAC301", "WAC103") == [
        (
            9,
            "WAC301",
            "The step name `Kind.LOAD` is a member of the plain enum `Kind`, not a string: "
            "wmill 1.850.0 logs the step's key with `json.dumps`, which raises `TypeError` on "
            "it before the step runs; use `Kind.LOAD.value` or a literal",
        ),
    ]


# --- a task reached through a constant key of a table of tasks is a task call ---------


def test_a_task_called_through_a_constant_key_of_a_table() -> None:
    code = (
        HEAD + "@task()\nasync def refund(charge_id: str, amount_cents: int) -> dict:\n"
        "    return {}\n\n"
        "@task()\nasync def void(charge_id: str) -> dict:\n    return {}\n\n"
        "ACTIONS = {'refund': refund, 'void': void}\n\n"
        "@workflow\nasync def main(charge_id: str):\n"
        "    ACTIONS['void'](charge_id=charge_id)\n"
        "    return await ACTIONS['refund'](charge_id=charge_id, amount=5)\n"
    )
    assert findings(code, "WAC106", "WAC402") == [
        (
            15,
            "WAC106",
            "The result of `ACTIONS['void'](...)` is never awaited: the SDK still dispatches "
            "the task, but its result is lost (a failure still raises `TaskError` at this "
            "call when the body replays); `await` it or gather it",
        ),
        (
            16,
            "WAC402",
            "`refund` requires `amount_cents`, which this call does not pass: the task's job "
            "fails (TypeError)",
        ),
        (
            16,
            "WAC402",
            "`amount` is not a parameter of `refund`: the task's job fails (TypeError); did "
            "you mean `amount_cents`?",
        ),
    ]


def test_a_task_called_through_a_member_of_a_constant_object_in_typescript() -> None:
    from wac_lint.source import LANG_TYPESCRIPT

    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const refund = task(async (chargeId: string, cents: number) => ({ chargeId, cents }));\n"
        "const ACTIONS = { refund } as const;\n"
        "export const main = workflow(async (id: string) => {\n"
        "  ACTIONS.refund(id, 5);\n"
        '  return await ACTIONS["refund"](id, 5);\n});\n'
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC106"])
    assert [(f.row, f.code) for f in result.findings] == [(5, "WAC106")]


# --- a local annotated with a class (or Protocol) of the file holds an instance of it --


def test_a_local_annotated_with_a_protocol_of_the_file_reaches_its_implementation() -> None:
    code = (
        "import smtplib\nfrom typing import Protocol\n"
        + HEAD
        + "class Mailer(Protocol):\n    def send(self, to: str) -> None: ...\n\n"
        "class SmtpMailer:\n    def send(self, to: str) -> None:\n"
        "        smtplib.SMTP('smtp.internal').sendmail('a@x', [to], 'hi')\n\n"
        "class Container:\n    def resolve(self, iface):\n        return self.made[iface]\n\n"
        "container = Container()\n\n"
        "@workflow\nasync def main(to: str):\n"
        "    mailer: Mailer = container.resolve(Mailer)\n"
        "    mailer.send(to)\n"
    )
    assert findings(code, "WAC101") == [
        (
            21,
            "WAC101",
            "`smtplib.SMTP('smtp.internal').sendmail` (reached through `main → SmtpMailer.send → "
            "smtplib.SMTP('smtp.internal').sendmail`) sends a notification in the workflow "
            "body, which re-runs on every replay; move it into a task or a `step(...)`",
        ),
    ]


def test_a_local_annotated_with_a_class_of_the_file_reaches_its_methods() -> None:
    code = (
        "from datetime import datetime, timezone\n"
        + HEAD
        + "class SystemClock:\n    def now(self) -> datetime:\n"
        "        return datetime.now(timezone.utc)\n\n"
        "SERVICES = {}\n\n"
        "@workflow\nasync def main():\n"
        "    clock: SystemClock = SERVICES['clock']\n"
        "    return clock.now().isoformat()\n"
    )
    assert rows(code, "WAC102") == [(13, "WAC102")]


# --- WAC107: model_dump() of a pydantic model built with model_validate --------------


def test_a_model_validated_then_dumped_keeps_its_datetimes() -> None:
    code = (
        "from datetime import datetime\nfrom pydantic import BaseModel\n"
        + HEAD
        + "class Sub(BaseModel):\n    id: str\n    renews_at: datetime\n\n"
        "@task()\nasync def load(raw: dict) -> dict:\n"
        "    return Sub.model_validate(raw).model_dump()\n\n"
        "@task()\nasync def load_json(raw: dict) -> dict:\n"
        "    return Sub.model_validate(raw).model_dump(mode='json')\n\n"
        "@workflow\nasync def main(raw: dict):\n"
        "    return await load(raw=raw), await load_json(raw=raw)\n"
    )
    assert findings(code, "WAC107") == [
        (
            11,
            "WAC107",
            "`Sub.model_validate(raw).model_dump()` is a dict whose `renews_at` is a "
            "`datetime` returned by this task: it is checkpointed as JSON and comes back as a "
            'dict whose `renews_at` is a string like `"2024-05-01 12:00:00"` (`str()`, not '
            "ISO 8601)",
        ),
    ]


# --- an attribute kept from the constructor: a module reference, also via super() -----


def test_a_client_method_handed_to_the_base_class_through_super_init() -> None:
    code = (
        "import boto3\n" + HEAD + "s3 = boto3.client('s3')\n\n"
        "class Exporter:\n"
        "    def __init__(self, uploader, bucket: str) -> None:\n"
        "        self.uploader = uploader\n        self.bucket = bucket\n\n"
        "    def export(self, path: str) -> None:\n"
        "        self.uploader(path, self.bucket, path)\n\n"
        "class LedgerExporter(Exporter):\n"
        "    def __init__(self, bucket: str) -> None:\n"
        "        super().__init__(uploader=s3.upload_file, bucket=bucket)\n\n"
        "@workflow\nasync def main(path: str):\n"
        "    LedgerExporter('finance').export(path)\n"
    )
    assert findings(code, "WAC101") == [
        (
            20,
            "WAC101",
            "`self.uploader` (reached through `main → Exporter.export → self.uploader`) calls "
            "a cloud or external API in the workflow body, which re-runs on every replay; "
            "move it into a task or a `step(...)`",
        ),
    ]


def test_a_task_handed_to_the_base_class_through_super_init_is_dispatched() -> None:
    code = (
        HEAD + "@task()\nasync def upload(path: str) -> str:\n    return path\n\n"
        "class Exporter:\n"
        "    def __init__(self, uploader) -> None:\n        self.uploader = uploader\n\n"
        "    async def export(self, path: str) -> str:\n"
        "        return await self.uploader(path=path)\n\n"
        "class LedgerExporter(Exporter):\n"
        "    def __init__(self) -> None:\n        super().__init__(uploader=upload)\n\n"
        "@workflow\nasync def main(path: str):\n"
        "    return await LedgerExporter().export(path)\n"
    )
    assert findings(code) == []


# --- functions of the module looked up with globals() --------------------------------


def test_functions_looked_up_in_globals_by_a_spelled_name() -> None:
    code = (
        "import httpx\n" + HEAD + "async def sync_crm(a: dict) -> int:\n"
        "    return (await httpx.AsyncClient().post('https://crm', json=a)).status_code\n\n"
        "@task()\nasync def sync_erp(a: dict) -> int:\n    return 1\n\n"
        "def render(a: dict) -> str:\n    return str(a)\n\n"
        "@workflow\nasync def main(a: dict, system: str, other: str):\n"
        "    fn = globals()[f'sync_{system}']\n"
        "    await fn(a)\n"
        "    globals()[other](a)\n"
        "    return globals()['render'](a)\n"
    )
    assert rows(code, "WAC101") == [(17, "WAC101")]


# --- class variables read through an instance; dependency_injector providers ---------


def test_a_class_variable_read_through_an_instance_of_the_class() -> None:
    code = (
        "import requests\n" + HEAD + "class Api:\n    session = requests.Session()\n\n"
        "class Typed:\n    session: requests.Session = requests.Session()\n\n"
        "api = Api()\n\n"
        "@workflow\nasync def main():\n"
        "    return api.session.get('https://x').json()\n"
    )
    assert findings(code, "WAC101") == [
        (
            14,
            "WAC101",
            "`api.session.get` does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`",
        ),
    ]


def test_a_dependency_injector_provider_called_builds_its_factory() -> None:
    code = (
        "import requests\nfrom dependency_injector import containers, providers\n"
        + HEAD
        + "class Services(containers.DeclarativeContainer):\n"
        "    http = providers.Singleton(requests.Session)\n\n"
        "services = Services()\n\n"
        "@workflow\nasync def main():\n"
        "    return services.http().post('https://crm', json={}).json()\n"
    )
    assert rows(code, "WAC101") == [(12, "WAC101")]


# --- a named tuple returned by a step callback; a TypeScript string enum step name ----


def test_a_struct_time_returned_by_a_step_callback_read_by_field() -> None:
    code = (
        "import time\n" + HEAD + "@workflow\nasync def main():\n"
        "    lt = await step('lt', lambda: time.localtime())\n"
        "    parts = await step('parts', lambda: time.gmtime())\n"
        "    return lt.tm_hour, parts[0]\n"
    )
    assert findings(code, "WAC107") == [
        (
            6,
            "WAC107",
            "`time.localtime()` is a `NamedTuple` returned by this step, and the workflow "
            "reads `lt.tm_hour` from the result: it is checkpointed as JSON and comes back as "
            "a list, which has no fields",
        ),
    ]


def test_a_typescript_string_enum_member_as_a_step_name_is_a_constant() -> None:
    from wac_lint.source import LANG_TYPESCRIPT

    code = (
        'import { step, workflow } from "windmill-client";\n'
        'enum Stage {\n  PLAN = "plan",\n  COUNT = 2,\n}\n'
        "export const main = workflow(async () => {\n"
        "  const a = await step(Stage.PLAN, () => 1);\n"
        "  const b = await step(Stage.COUNT, () => 2);\n"
        "  return [a, b];\n});\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC103"])
    assert [(f.row, f.severity) for f in result.findings] == [(7, "info"), (8, "warning")]


# --- TypeScript fn.bind(thisArg) makes a function: it calls nothing ------------------


def test_bind_in_typescript_names_the_function_without_calling_it() -> None:
    from wac_lint.source import LANG_TYPESCRIPT

    code = (
        'import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";\n'
        'import { workflow } from "windmill-client";\n'
        "const s3 = new S3Client({});\n"
        "export const main = workflow(async (key: string) => {\n"
        "  const send = s3.send.bind(s3);\n"
        "  const log = console.log.bind(console);\n"
        '  log("put", key);\n'
        '  return await send(new PutObjectCommand({ Bucket: "b", Key: key }));\n});\n'
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC101"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            8,
            "`send` calls a cloud or external API in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`",
        ),
    ]


def test_a_container_lookup_given_a_class_of_the_file_gives_an_instance_of_it() -> None:
    code = (
        "import smtplib\nfrom typing import Protocol\nfrom injector import Injector\n"
        + HEAD
        + "class Mailer(Protocol):\n    def send(self, to: str) -> None: ...\n\n"
        "class SmtpMailer:\n    def send(self, to: str) -> None:\n"
        "        smtplib.SMTP('smtp.internal').sendmail('a@x', [to], 'hi')\n\n"
        "class Render:\n    def page(self) -> str:\n        return 'x'\n\n"
        "injector = Injector()\n\n"
        "@workflow\nasync def main(to: str, key: str):\n"
        "    page = injector.get(Render).page()\n"
        "    mailer = injector.get(Mailer)\n"
        "    mailer.send(to)\n"
        "    return page, {'a': 1}.get(key)\n"
    )
    assert rows(code, "WAC101") == [(23, "WAC101")]
