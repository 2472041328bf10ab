"""Pinned WAC101 messages for cloud / hosted-API clients and factory-built clients
(found by the adversarial `replay_io/` scripts)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def wac101(code: str, language: str) -> list[tuple[int, str]]:
    name = "t.py" if language == LANG_PYTHON else "t.ts"
    result = analyze_source(SourceFile(name, code, language), select=["WAC101"])
    return [(f.row, f.message) for f in result.findings]


TAIL = " in the workflow body, which re-runs on every replay; move it into a task or a `step(...)`"


def test_llm_client_built_at_module_level() -> None:
    code = (
        "from openai import OpenAI\nfrom wmill import workflow\n\nllm = OpenAI()\n\n"
        "@workflow\nasync def main(q: str):\n"
        '    r = llm.chat.completions.create(model="m", messages=[])\n    return r.id\n'
    )
    assert wac101(code, LANG_PYTHON) == [
        (8, "`llm.chat.completions.create` calls a cloud or external API" + TAIL)
    ]


def test_an_awaited_query_builder_runs_even_where_another_builds_a_call() -> None:
    # knex's builder runs its query when awaited; `db("x").where(...).toQuery()` only
    # renders SQL text, and `db("audit")` is the receiver of the reported `insert`
    code = (
        'import { workflow } from "windmill-client";\nimport knex from "knex";\n'
        'const db = knex({ client: "pg" });\n'
        "export const main = workflow(async (id: string) => {\n"
        '  const rows = await (db("orders"));\n'
        '  const sql = db("x").where({ id }).toQuery();\n'
        '  await db("audit").insert({ id });\n'
        "  return [rows, sql];\n});\n"
    )
    assert wac101(code, LANG_TYPESCRIPT) == [
        (5, "`db` talks to a database or queue" + TAIL),
        (7, '`db("audit").insert` talks to a database or queue' + TAIL),
    ]


def test_a_chain_of_built_objects_is_one_finding() -> None:
    code = (
        'import boto3\nfrom wmill import workflow\n\ns3 = boto3.resource("s3")\n\n'
        '@workflow\nasync def main(p: str):\n    s3.Bucket("b").upload_file(p, "k")\n'
    )
    assert wac101(code, LANG_PYTHON) == [
        (8, '`s3.Bucket("b").upload_file` calls a cloud or external API' + TAIL)
    ]


def test_aws_command_object_is_not_io_its_send_is() -> None:
    code = (
        'import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";\n'
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async (k: string) => {\n"
        "  const s3 = new S3Client({});\n"
        '  await s3.send(new PutObjectCommand({ Bucket: "b", Key: k }));\n});\n'
    )
    assert wac101(code, LANG_TYPESCRIPT) == [(5, "`s3.send` calls a cloud or external API" + TAIL)]


def test_client_from_a_create_factory_is_followed() -> None:
    code = (
        'import nodemailer from "nodemailer";\nimport { workflow } from "windmill-client";\n'
        'const mail = nodemailer.createTransport({ host: "smtp" });\n'
        "export const main = workflow(async (to: string) => {\n"
        '  await mail.sendMail({ to, subject: "x" });\n});\n'
    )
    assert wac101(code, LANG_TYPESCRIPT) == [(5, "`mail.sendMail` sends a notification" + TAIL)]


def test_hosted_api_client_constructed_in_the_body_is_not_io() -> None:
    code = (
        'import Stripe from "stripe";\nimport { task, workflow } from "windmill-client";\n'
        "const charge = task(async (c: string) => c);\n"
        "export const main = workflow(async (c: string) => {\n"
        '  const client = new Stripe("sk_test");\n'
        "  return await charge(c);\n});\n"
    )
    assert wac101(code, LANG_TYPESCRIPT) == []


def wac107(code: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("t.py", code, LANG_PYTHON), select=["WAC107"])
    return [(f.row, f.severity, f.message) for f in result.findings]


HEAD = "from decimal import Decimal\nimport hashlib\nfrom wmill import step, task, workflow\n\n"


def test_declared_return_type_says_what_crosses_the_checkpoint() -> None:
    code = HEAD + (
        "@task()\nasync def total(xs: list) -> Decimal:\n"
        "    t = sum(xs)\n    return t.quantize(Decimal('0.01'))\n"
    )
    assert wac107(code) == [
        (
            8,
            "warning",
            "`t.quantize(Decimal('0.01'))` is a `Decimal` returned by this task: it is "
            "checkpointed as JSON and comes back as a string",
        )
    ]


def test_digest_is_bytes() -> None:
    code = HEAD + (
        "@workflow\nasync def main(b: str):\n"
        "    return await step('h', lambda: hashlib.sha256(b.encode()).digest())\n"
    )
    assert wac107(code) == [
        (
            7,
            "error",
            "`hashlib.sha256(b.encode()).digest()` is `bytes` returned by this step: it is "
            "checkpointed as JSON and comes back as a string of its repr (`\"b'...'\"`)",
        )
    ]


def test_dead_check_before_the_name_is_reassigned() -> None:
    code = (
        "from datetime import datetime\n"
        + HEAD
        + (
            "@task()\nasync def since() -> str:\n    return '2024'\n\n"
            "@workflow\nasync def main():\n    s = await since()\n"
            "    if isinstance(s, datetime):\n        s = s.isoformat()\n    return s\n"
        )
    )
    assert [row for row, _, _ in wac107(code)] == [13]


def test_reassigned_in_a_loop_around_the_check_is_not_known() -> None:
    code = (
        "from datetime import datetime\n"
        + HEAD
        + (
            "@task()\nasync def since() -> str:\n    return '2024'\n\n"
            "@workflow\nasync def main():\n    s = await since()\n    for _ in range(2):\n"
            "        if isinstance(s, datetime):\n            pass\n"
            "        s = datetime(2024, 1, 1)\n"
        )
    )
    assert wac107(code) == []


def test_datetime_arithmetic_passed_to_a_task_is_a_datetime() -> None:
    # to another script: a task of the file gets the replay's own datetime (red team OP)
    code = (
        "from datetime import datetime, timedelta\nfrom wmill import task_script\n"
        + HEAD
        + (
            "purge = task_script('f/ops/purge')\n\n\n"
            "@workflow\nasync def main(since: str):\n"
            "    cutoff = datetime.fromisoformat(since) - timedelta(days=3)\n"
            "    return await purge(cutoff)\n"
        )
    )
    assert [(row, severity) for row, severity, _ in wac107(code)] == [(13, "warning")]


def test_difference_of_two_datetimes_is_not_a_datetime() -> None:
    code = (
        "from datetime import datetime\n"
        + HEAD
        + (
            "@task()\nasync def report(age) -> int:\n    return 0\n\n"
            "@workflow\nasync def main(a: str, b: str):\n"
            "    age = datetime.fromisoformat(a) - datetime.fromisoformat(b)\n"
            "    return await report(age.days)\n"
        )
    )
    assert wac107(code) == []


def test_step_name_bound_once_to_a_literal_is_info() -> None:
    code = (
        'import { step, workflow } from "windmill-client";\nconst NAME = "quota";\n'
        "export const main = workflow(async (r: string) => {\n"
        "  const n = await step(NAME, () => r.length);\n  return n;\n});\n"
    )
    result = analyze_source(SourceFile("t.ts", code, LANG_TYPESCRIPT), select=["WAC103"])
    assert [(f.row, f.severity, f.message) for f in result.findings] == [
        (
            4,
            "info",
            'The step name `NAME` is the constant `"quota"`: stable across replays, but '
            "Windmill's parser only reads a literal at the call, so its diagram shows this "
            'step as `step`; write `"quota"` here',
        )
    ]


def test_a_constant_expression_of_literals_is_a_constant() -> None:
    code = HEAD + (
        'PREFIX = "fetch"\nNAME = (PREFIX + "-"\n        "users")\n\n'
        "@workflow\nasync def main(r: str):\n"
        '    a = await step(NAME, lambda: r)\n    b = await step("x-" + "y", lambda: r)\n'
        "    return a + b\n"
    )
    result = analyze_source(SourceFile("t.py", code, LANG_PYTHON), select=["WAC103"])
    assert [(f.severity, f.message) for f in result.findings] == [
        (
            "info",
            'The step name `NAME` is the constant `"fetch-users"`: stable across replays, '
            "but Windmill's parser only reads a literal at the call, so its diagram shows "
            'this step as `step`; write `"fetch-users"` here',
        ),
        (
            "info",
            'The step name `"x-" + "y"` is the constant `"x-y"`: stable across replays, '
            "but Windmill's parser only reads a literal at the call, so its diagram shows "
            'this step as `step`; write `"x-y"` here',
        ),
    ]


# Where Windmill's WAC parser draws no step at all (checked with `windmill-oracle dag`:
# a `return`, an argument of `.append`, an approval, which it labels
# `wait_for_approval` whatever its key), the diagram is no reason: a constant name is
# not reported, a name built from the loop is reported for the guide's reason alone.
def test_where_the_diagram_draws_no_step_it_is_not_the_reason() -> None:
    code = HEAD.replace("import step,", "import step, wait_for_approval,") + (
        'NAME = "quota"\n\n'
        "@workflow\nasync def main(ids: list[str]):\n"
        "    out = []\n"
        "    for i in ids:\n"
        '        out.append(await step(f"load_{i}", lambda: i))\n'
        "    await wait_for_approval(key=NAME)\n"
        "    return await step(NAME, lambda: out)\n"
    )
    result = analyze_source(SourceFile("t.py", code, LANG_PYTHON), select=["WAC103"])
    assert [(f.severity, f.message) for f in result.findings] == [
        (
            "warning",
            'The step name `f"load_{i}"` is computed at run time: it is stable across '
            "replays (nothing in it reads the clock, randomness or the environment), but the "
            "guide asks for constant "
            "names; a literal gives the same keys, numbered `_2`, `_3`",
        )
    ]


def test_step_name_from_an_fstring_variable_is_not_a_constant() -> None:
    code = HEAD + (
        "@workflow\nasync def main(r: str):\n    name = f'quota_{r}'\n"
        "    return await step(name, lambda: 1)\n"
    )
    result = analyze_source(SourceFile("t.py", code, LANG_PYTHON), select=["WAC103"])
    assert [(f.row, f.severity) for f in result.findings] == [(8, "warning")]


def wac105(code: str) -> list[int]:
    result = analyze_source(SourceFile("t.py", code, LANG_PYTHON), select=["WAC105"])
    return [f.row for f in result.findings]


LOOP = (
    HEAD
    + "@task()\nasync def t(x: str) -> str:\n    return x\n\n"
    + "@workflow\nasync def main(a: list, b: list):\n"
)


def test_list_of_a_set_and_set_algebra_keep_the_set_order() -> None:
    assert wac105(LOOP + "    for x in list(set(a)):\n        await t(x)\n") == [11]
    assert wac105(LOOP + "    for x in set(a) - set(b):\n        await t(x)\n") == [11]
    assert wac105(LOOP + "    s = set(a)\n    for x in s.union(b):\n        await t(x)\n") == [12]


def test_insertion_ordered_dedupe_is_stable() -> None:
    assert wac105(LOOP + "    for x in list(dict.fromkeys(a)):\n        await t(x)\n") == []
    assert wac105(LOOP + "    for x in sorted(set(a) | set(b)):\n        await t(x)\n") == []


def test_uuid_object_from_a_step_comes_back_a_string() -> None:
    code = (
        "import uuid\n"
        + HEAD
        + ("@workflow\nasync def main():\n    return await step('id', lambda: uuid.uuid4())\n")
    )
    assert wac107(code) == [
        (
            8,
            "warning",
            "`uuid.uuid4()` is a `UUID` returned by this step: it is checkpointed as JSON and "
            "comes back as its string (`str()`)",
        )
    ]


def test_object_assign_on_an_outer_object_in_a_step() -> None:
    code = (
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async () => {\n  const p: any = {};\n"
        '  await step("e", () => Object.assign(p, { a: 1 }));\n'
        '  await step("f", () => Object.assign({}, p, { b: 2 }));\n  return p;\n});\n'
    )
    result = analyze_source(SourceFile("t.ts", code, LANG_TYPESCRIPT), select=["WAC104"])
    assert [(f.row, f.message.split(",")[0]) for f in result.findings] == [
        (4, "This `step(...)` callback changes `p`")
    ]


def test_buffers_and_typed_arrays_do_not_survive_json() -> None:
    code = (
        'import { createHash } from "node:crypto";\n'
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async (s: string) => {\n"
        '  const a = await step("a", () => createHash("sha256").update(s).digest());\n'
        '  const b = await step("b", () => createHash("sha256").update(s).digest("hex"));\n'
        '  const c = await step("c", () => new Uint8Array([1, 2]));\n'
        "  return [a, b, c];\n});\n"
    )
    result = analyze_source(SourceFile("t.ts", code, LANG_TYPESCRIPT), select=["WAC107"])
    assert [(f.row, f.severity, f.message.split(":")[0]) for f in result.findings] == [
        (
            4,
            "error",
            '`createHash("sha256").update(s).digest()` is a `Buffer` returned by this step',
        ),
        (6, "error", "`new Uint8Array([1, 2])` is a `Uint8Array` returned by this step"),
    ]


def test_module_level_random_value_read_in_the_body() -> None:
    code = (
        "import uuid\nimport os\n"
        + HEAD
        + (
            "RUN = str(uuid.uuid4())\nREGION = os.environ.get('REGION', 'eu')\nSIZE = 10\n\n"
            "@workflow\nasync def main():\n    a = RUN\n    b = RUN\n"
            "    return await step('x', lambda: RUN + REGION + str(SIZE))\n"
        )
    )
    result = analyze_source(SourceFile("t.py", code, LANG_PYTHON), select=["WAC102"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            13,
            "`RUN` is computed at module level from `uuid.uuid4()`: the script runs again "
            "from the top on every replay, so its value changes between replays of the "
            "workflow body; compute it with `step(...)` in the body",
        )
    ]


def test_a_draw_from_a_module_level_generator_is_one_finding() -> None:
    code = (
        "import random\n" + HEAD + "RNG = random.SystemRandom()\n\n"
        "@workflow\nasync def main():\n    n = RNG.randint(1, 10)\n    return n\n"
    )
    result = analyze_source(SourceFile("t.py", code, LANG_PYTHON), select=["WAC102"])
    assert [(f.row, f.column, f.message) for f in result.findings] == [
        (
            10,
            9,
            "`RNG.randint` is random: the value changes between replays of the workflow "
            "body; capture it with `step(...)`",
        )
    ]
