"""Red team OP (Python blind round O): SaaS clients kept at module level as handles,
generator tasks, task arguments as wmill 1.850.0 delivers them, and decorated helpers,
pinned with their messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, select: list[str]) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=select)
    return [(f.row, f.code, f.message) for f in result.findings]


def body(what: str, kind: str) -> str:
    return (
        f"`{what}` {kind} in the workflow body, which re-runs on every replay; "
        "move it into a task or a `step(...)`"
    )


CLOUD = "calls a cloud or external API"
DATABASE = "talks to a database or queue"


def test_a_gcs_bucket_handle_kept_at_module_level_is_no_request() -> None:
    code = (
        "from google.cloud import storage\nfrom wmill import step, workflow\n\n"
        'bucket = storage.Client().bucket("exports")\n\n'
        "@workflow\nasync def main(name: str, data: str):\n"
        "    blob = bucket.blob(name)\n"
        '    await step("up", lambda: blob.upload_from_string(data))\n'
        "    bucket.blob(name).upload_from_string(data)\n    return name\n"
    )
    assert findings(code, ["WAC101"]) == [
        (10, "WAC101", body("bucket.blob(name).upload_from_string", CLOUD))
    ]


def test_a_mongo_database_taken_by_key_is_a_handle_of_the_client() -> None:
    code = (
        "from motor.motor_asyncio import AsyncIOMotorClient\nfrom wmill import workflow\n\n"
        'db = AsyncIOMotorClient("mongodb://m")["crm"]\n\n'
        "@workflow\nasync def main(doc: dict):\n"
        '    await db["leads"].insert_one(doc)\n    await db.leads.insert_one(doc)\n'
        "    return 1\n"
    )
    assert findings(code, ["WAC101"]) == [
        (8, "WAC101", body('db["leads"].insert_one', DATABASE)),
        (9, "WAC101", body("db.leads.insert_one", DATABASE)),
    ]


def test_query_settings_and_resource_paths_are_built_locally() -> None:
    code = (
        "from google.cloud import bigquery, pubsub_v1\nfrom sendgrid.helpers.mail import Mail\n"
        "from wmill import workflow\n\npublisher = pubsub_v1.PublisherClient()\n\n"
        "@workflow\nasync def main(day: str, project: str, to: str):\n"
        '    p = [bigquery.ScalarQueryParameter("day", "DATE", day)]\n'
        "    c = bigquery.QueryJobConfig(query_parameters=p)\n"
        '    topic = publisher.topic_path(project, "t")\n'
        '    m = Mail(from_email="a@b.c", to_emails=to, subject="s")\n'
        "    return [str(c), topic, str(m)]\n"
    )
    assert findings(code, ["WAC101"]) == []


def test_an_azure_cosmos_container_handle_and_its_write() -> None:
    code = (
        "from azure.cosmos import CosmosClient\nfrom wmill import workflow\n\n"
        'cosmos = CosmosClient("https://x", credential="k")\n'
        'orders = cosmos.get_database_client("shop").get_container_client("orders")\n\n'
        "@workflow\nasync def main(doc: dict):\n    orders.upsert_item(doc)\n    return 1\n"
    )
    assert findings(code, ["WAC101"]) == [(9, "WAC101", body("orders.upsert_item", DATABASE))]


def test_a_task_of_the_file_gets_the_replays_own_arguments() -> None:
    # wmill 1.850.0 `_execute_directly(func, **kwargs)`: the child job replays the body
    code = (
        "from datetime import datetime, timedelta\nfrom wmill import task, workflow\n\n"
        "@task()\nasync def purge(cutoff: datetime, tags: set) -> int:\n    return 0\n\n"
        "@workflow\nasync def main(since: str):\n"
        "    cutoff = datetime.fromisoformat(since) - timedelta(days=3)\n"
        '    return await purge(cutoff, {"a"})\n'
    )
    assert findings(code, ["WAC107"]) == []


def test_arguments_of_another_script_or_flow_arrive_as_json() -> None:
    code = (
        "from datetime import date, timedelta\nfrom decimal import Decimal\n"
        "from wmill import task, task_flow, task_script, workflow\n\n"
        'archive = task_script("f/storage/archive")\nonboard = task_flow("f/hr/onboard")\n\n'
        '@task(path="f/billing/charge")\nasync def charge(amount: Decimal) -> str:\n'
        '    return "ch"\n\n'
        "@workflow\nasync def main(day: str, emails: list[str], cents: int):\n"
        "    await archive(cutoff=date.fromisoformat(day) - timedelta(days=9))\n"
        "    await onboard(emails=set(emails))\n"
        "    return await charge(Decimal(cents) / 100)\n"
    )
    assert findings(code, ["WAC107"]) == [
        (
            14,
            "WAC107",
            "`date.fromisoformat(day) - timedelta(days=9)` is a `date` passed to the script "
            "`f/storage/archive`: the job's arguments are sent as JSON, so it arrives as a "
            'string like `"2024-05-01"`',
        ),
        (
            15,
            "WAC107",
            "`set(emails)` is a `set` passed to the flow `f/hr/onboard`: the job's arguments "
            "are sent as JSON, so it arrives as a string of its repr (`\"{'a', 'b'}\"`)",
        ),
        (
            16,
            "WAC107",
            "`Decimal(cents) / 100` is a `Decimal` passed to the script `f/billing/charge` "
            "(the task's path): the job's arguments are sent as JSON, so it arrives as a string",
        ),
    ]


DECORATOR = (
    "import functools\n\n"
    "def wrap(fn):\n    @functools.wraps(fn)\n    async def wrapper(*a):\n"
    "        try:\n            return await fn(*a)\n        except:\n            return None\n"
    "    return wrapper\n\n"
)


def test_a_swallowing_wrapper_is_judged_for_the_durable_helper_called_second() -> None:
    code = (
        "from wmill import task, workflow\n"
        + DECORATOR
        + "@task()\nasync def t(x: str) -> str:\n    return x\n\n"
        "@wrap\nasync def pure(x: str) -> str:\n    return x\n\n"
        "@wrap\nasync def durable(x: str) -> str:\n    return await t(x)\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = await pure(x)\n    b = await durable(x)\n    return a, b\n"
    )
    assert findings(code, ["WAC201"]) == [
        (
            28,
            "WAC201",
            "`except:` catches the SDK's suspension (a BaseException) (in `wrap`, which the "
            "workflow calls): the workflow cannot suspend here; catch `Exception` or "
            "`TaskError`, or re-raise",
        )
    ]


def test_a_function_wrapped_by_calling_a_decorator_runs_when_the_wrapper_is_called() -> None:
    code = (
        "import requests\nfrom wmill import workflow\n\n"
        "def traced(fn):\n    def wrapper(*a):\n        return fn(*a)\n    return wrapper\n\n"
        "def _norm(s):\n    return s.strip()\n\n"
        "def _fetch(u):\n    return requests.get(u).text\n\n"
        "norm = traced(_norm)\nfetch = traced(_fetch)\n\n"
        "@workflow\nasync def main(u: str):\n    x = norm(u)\n    return fetch(x)\n"
    )
    assert findings(code, ["WAC101"]) == [
        (
            21,
            "WAC101",
            "`requests.get` (reached through `main → fetch → _fetch → requests.get`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into "
            "a task or a `step(...)`",
        )
    ]


def test_a_generator_task_never_runs_its_body() -> None:
    code = (
        "from wmill import task, workflow\n\n"
        "@task()\nasync def rows(t: str):\n    yield t\n\n"
        "@task()\ndef chunks(xs: list):\n    yield from xs\n\n"
        "@task()\nasync def listed(xs: list) -> list:\n"
        "    def gen():\n        yield from xs\n    return list(gen())\n\n"
        "@workflow\nasync def main(t: str):\n"
        "    return await rows(t), await chunks([t]), await listed([t])\n"
    )
    tail = (
        "wmill calls it and awaits only a coroutine, so its body never runs and the task's "
        'result is the generator\'s repr (`"<{}generator object ...>"`); collect the items '
        "and return a list"
    )
    assert findings(code, ["WAC004"]) == [
        (4, "WAC004", "The task function is a generator: " + tail.format("async_")),
        (8, "WAC004", "The task function is a generator: " + tail.format("")),
    ]


def test_an_async_generator_workflow_cannot_be_awaited() -> None:
    code = (
        "from wmill import task, workflow\n\n@task()\nasync def t(x: str) -> str:\n"
        "    return x\n\n@workflow\nasync def main(xs: list[str]):\n"
        "    for x in xs:\n        yield await t(x)\n"
    )
    assert findings(code, ["WAC004"]) == [
        (
            8,
            "WAC004",
            "The workflow function is a generator: the SDK runs `await main(...)`, which fails "
            "on an async generator (`yield` in the body); return the result instead",
        )
    ]


def test_a_plain_def_handing_back_task_coroutines_that_nobody_awaits() -> None:
    code = (
        "import asyncio\nfrom wmill import task, workflow\n\n"
        "@task()\nasync def resize(i: str) -> str:\n    return i\n\n"
        "def each(xs):\n    for x in xs:\n        yield resize(x)\n\n"
        "def one(x):\n    return resize(x)\n\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    ok = await asyncio.gather(*each(xs))\n    fine = await one(xs[0])\n"
        "    jobs = list(each(xs))\n    c = one(xs[0])\n    each(xs)\n"
        "    return ok, fine, len(jobs), str(c)\n"
    )
    lost = (
        "hands back the coroutines of durable calls (a plain `def` that returns or yields "
        "them), and they are never awaited: the SDK still dispatches the calls, but their "
        "results are lost (a failure still raises `TaskError` at the call when the body "
        "replays); "
    )
    assert findings(code, ["WAC106"]) == [
        (19, "WAC106", "`each(...)` " + lost + "gather them: `await asyncio.gather(*each(...))`"),
        (20, "WAC106", "`one(...)` " + lost + "`await` what it returns"),
        (
            21,
            "WAC106",
            "`each(...)` is a generator of durable calls that is never iterated: its body never "
            "runs, so the tasks are never called; gather them: `await asyncio.gather(*each(...))`",
        ),
    ]


def test_firebase_app_credentials_and_messages_are_built_locally() -> None:
    code = (
        "import firebase_admin\nfrom firebase_admin import credentials, messaging\n"
        "from google.cloud import bigquery\nfrom wmill import workflow\n\n"
        "firebase_admin.initialize_app(credentials.ApplicationDefault())\n\n"
        "@workflow\nasync def main(token: str, t: str):\n"
        "    ref = bigquery.TableReference.from_string(t)\n"
        '    msg = messaging.Message(notification=messaging.Notification(title="x"), token=token)\n'
        "    messaging.send(msg)\n    return str(ref)\n"
    )
    assert findings(code, ["WAC101"]) == [
        (12, "WAC101", body("messaging.send", "sends a notification"))
    ]


def test_saas_sdks_their_handles_and_payloads() -> None:
    code = (
        "from pyairtable import Api\nfrom atlassian import Jira\nimport resend\n"
        "from discord_webhook import DiscordEmbed, DiscordWebhook\nfrom wmill import workflow\n\n"
        'leads = Api("k").table("app", "Leads")\njira = Jira(url="https://j", username="u")\n\n'
        "@workflow\nasync def main(email: str, url: str):\n"
        '    leads.create({"Email": email})\n'
        '    jira.issue_create(fields={"summary": email})\n'
        '    resend.Emails.send({"to": [email]})\n'
        "    hook = DiscordWebhook(url=url, content=email)\n"
        '    hook.add_embed(DiscordEmbed(title="x"))\n    return 1\n'
    )
    assert findings(code, ["WAC101"]) == [
        (12, "WAC101", body("leads.create", CLOUD)),
        (13, "WAC101", body("jira.issue_create", CLOUD)),
        (14, "WAC101", body("resend.Emails.send", "sends a notification")),
    ]
