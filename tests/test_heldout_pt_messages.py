"""Red team PT: Bun TypeScript WAC scripts that reach their helpers through
indirection (`.call` / `.apply`, `satisfies` tables), Node libraries, modern syntax and
correct code shaped like mistakes; pinned with their messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


CATCH_AROUND_DEPLOY = (
    'import { task, workflow } from "windmill-client";\n'
    "const deploy = task(async (s: string) => ({ s }));\n"
    "function isSuspension(e: unknown): boolean {\n"
    '  return typeof e === "object" && e !== null && GUARD;\n'
    "}\n"
    "export const main = workflow(async (s: string) => {\n"
    "  try {\n"
    "    return await deploy(s);\n"
    "  } catch (e) {\n"
    "    if (isSuspension(e)) throw e;\n"
    '    console.error("deploy failed", e);\n'
    "  }\n"
    "  return null;\n"
    "});\n"
)

SWALLOWS = (
    "This catch also catches the SDK's suspension (`StepSuspend` is an Error): its handler "
    'runs on every suspension; rethrow it first: `if (e?.name === "StepSuspend") throw e`'
)


def test_a_guard_testing_the_suspensions_own_dispatch_info_field_rethrows_it() -> None:
    code = CATCH_AROUND_DEPLOY.replace("GUARD", '"dispatchInfo" in e')
    assert findings(code, "WAC202") == []
    cast = CATCH_AROUND_DEPLOY.replace("GUARD", '"dispatchInfo" in (e as object)')
    assert findings(cast, "WAC202") == []


def test_a_guard_testing_another_field_does_not() -> None:
    code = CATCH_AROUND_DEPLOY.replace("GUARD", '"code" in e')
    assert findings(code, "WAC202") == [(9, "WAC202", SWALLOWS)]


FORWARDED = (
    'import { task, workflow } from "windmill-client";\n'
    "const deploy = task(async (s: string) => ({ s }));\n"
    "async function notify(this: unknown, url: string) {\n"
    "  await fetch(url, { method: 'POST' });\n"
    "}\n"
    "const rpc = { call: async (m: string) => m };\n"
    "export const main = workflow(async (url: string) => {\n"
    "  const d = await deploy(url);\n"
    "  CALL;\n"
    "  await rpc.call('eth_blockNumber');\n"
    "  return d;\n"
    "});\n"
)

NOTIFY_POSTS = (
    "`fetch` (reached through `main → notify → fetch`) does network I/O in the workflow "
    "body, which re-runs on every replay; move it into a task or a `step(...)`"
)


def test_a_helper_run_through_call_apply_bind_or_reflect_apply_runs_in_the_body() -> None:
    for call in (
        "await notify.call(null, url)",
        "await notify.apply(undefined, [url])",
        "await Reflect.apply(notify, undefined, [url])",
        "await notify.bind(null)(url)",
    ):
        code = FORWARDED.replace("CALL", call)
        assert findings(code, "WAC101", "WAC106") == [(9, "WAC101", NOTIFY_POSTS)], call


def test_a_task_run_through_call_or_apply_is_a_durable_call() -> None:
    code = FORWARDED.replace("CALL", "deploy.apply(null, [url])")
    assert findings(code, "WAC101", "WAC106") == [
        (
            9,
            "WAC106",
            "The result of `deploy(...)` is never awaited: the SDK still dispatches the task, "
            "but its result and its failure are lost; `await` it or gather it",
        )
    ]
    awaited = FORWARDED.replace("CALL", "await deploy.call(null, url)")
    assert findings(awaited, "WAC101", "WAC106") == []


SATISFIES_TABLE = (
    'import { task, workflow } from "windmill-client";\n'
    "type Loader = (u: string) => Promise<unknown>;\n"
    "const loaders = {\n"
    "  rates: async (u: string) => (await fetch(u)).json(),\n"
    "  fixed: async (u: string) => u.trim(),\n"
    "} satisfies Record<string, Loader>;\n"
    "const convert = task(async (x: unknown) => x);\n"
    "export const main = workflow(async (u: string, kind: string) => {\n"
    "  const fixed = await loaders.fixed(u);\n"
    "  const rates = await loaders.rates(u);\n"
    "  const picked = await loaders[kind](u);\n"
    "  return await convert([fixed, rates, picked]);\n"
    "});\n"
)


RATES_FETCH = (
    "`fetch` (reached through `main → loaders.rates → fetch`) does network I/O in "
    "the workflow body, which re-runs on every replay; move it into a task or a "
    "`step(...)`"
)


def test_members_of_a_table_checked_with_satisfies_are_the_tables_functions() -> None:
    # one finding per place: the computed key on line 11 may call `rates` again
    assert findings(SATISFIES_TABLE, "WAC101") == [
        (10, "WAC101", RATES_FETCH),
        (11, "WAC101", RATES_FETCH),
    ]
    computed = SATISFIES_TABLE.replace("  const rates = await loaders.rates(u);\n", "")
    assert findings(computed, "WAC101") == [(10, "WAC101", RATES_FETCH)]


ENUM_DEADLINE = (
    'import { task, workflow } from "windmill-client";\n'
    "enum Window {\n"
    "  Hour = 3_600_000,\n"
    "  Deadline = Date.now() + 24 * 3_600_000,\n"
    "}\n"
    "const remind = task(async (user: string, at: number) => ({ user, at }));\n"
    "export const main = workflow(async (user: string) => {\n"
    "  await remind(user, Window.Hour);\n"
    "  return await remind(user, Window.Deadline);\n"
    "});\n"
)


def test_an_enum_member_computed_from_the_clock_is_read_where_the_body_reads_it() -> None:
    assert findings(ENUM_DEADLINE, "WAC102") == [
        (
            9,
            "WAC102",
            "`Window.Deadline` is computed in an initializer of the enum from `Date.now()`, "
            "which runs when the module loads: the script runs again from the top on every "
            "replay, so its value changes between replays of the workflow body; compute it "
            "with `step(...)` in the body",
        )
    ]
    exported = ENUM_DEADLINE.replace("enum Window", "export enum Window")
    assert [(r, c) for r, c, _ in findings(exported, "WAC102")] == [(9, "WAC102")]


def test_an_enum_of_constants_or_a_local_of_the_same_name_is_not() -> None:
    constants = ENUM_DEADLINE.replace("Date.now()", "Number('1')")
    assert findings(constants, "WAC102") == []
    shadowed = ENUM_DEADLINE.replace(
        "  await remind(user, Window.Hour);\n",
        "  const Window = { Deadline: 5 };\n",
    )
    assert findings(shadowed, "WAC102") == []


KUBERNETES = (
    'import * as k8s from "@kubernetes/client-node";\n'
    'import { task, workflow } from "windmill-client";\n'
    "const restart = task(async (pod: string) => ({ pod }));\n"
    "export const main = workflow(async (kubeconfig: string, namespace: string) => {\n"
    "  const kc = new k8s.KubeConfig();\n"
    "  kc.loadFromString(kubeconfig);\n"
    "  const core = kc.makeApiClient(k8s.CoreV1Api);\n"
    "  const pods = await core.listNamespacedPod({ namespace });\n"
    '  return await restart(pods.items[0]?.metadata?.name ?? "");\n'
    "});\n"
)


def test_a_kubernetes_api_clients_methods_are_requests_and_building_it_is_not() -> None:
    assert findings(KUBERNETES, "WAC101") == [
        (
            8,
            "WAC101",
            "`core.listNamespacedPod` does network I/O in the workflow body, which re-runs "
            "on every replay; move it into a task or a `step(...)`",
        )
    ]


LIBRARIES = (
    'import { $, chalk, YAML } from "zx";\n'
    'import { execa } from "execa";\n'
    'import WebSocket from "ws";\n'
    'import { PostHog } from "posthog-node";\n'
    'import * as Sentry from "@sentry/node";\n'
    'import { task, workflow } from "windmill-client";\n'
    "const t = task(async (s: string) => s);\n"
    "export const main = workflow(async (s: string) => {\n"
    '  Sentry.init({ dsn: "https://key@sentry.example.com/1" });\n'
    '  const ph = new PostHog("phc_key");\n'
    "  console.log(chalk.red(YAML.stringify({ s })));\n"
    "  const head = (await $`git rev-parse HEAD`).stdout;\n"
    '  const built = await execa("make", ["build"]);\n'
    '  const ws = new WebSocket("wss://live.example.com");\n'
    '  Sentry.captureMessage("deploy started");\n'
    '  ph.capture({ distinctId: s, event: "deploy" });\n'
    "  return await t(`${head}${built.stdout}${ws.url}`);\n"
    "});\n"
)


def test_shell_websocket_and_analytics_libraries_in_the_body() -> None:
    body = (
        "in the workflow body, which re-runs on every replay; move it into a task or a `step(...)`"
    )
    assert findings(LIBRARIES, "WAC101") == [
        (12, "WAC101", f"`$` starts or signals a process or a thread {body}"),
        (13, "WAC101", f"`execa` starts or signals a process or a thread {body}"),
        (14, "WAC101", f'`new WebSocket("wss://live.example.com")` does network I/O {body}'),
        (
            15,
            "WAC101",
            f"`Sentry.captureMessage` sends an event or a metric to a monitoring service {body}",
        ),
        (16, "WAC101", f"`ph.capture` sends an event or a metric to a monitoring service {body}"),
    ]


TEXT_GUARD = (
    'import { task, workflow } from "windmill-client";\n'
    "const migrate = task(async (db: string) => ({ db }));\n"
    "export const main = workflow(async (db: string) => {\n"
    "  try {\n"
    "    return await migrate(db);\n"
    "  } catch (e) {\n"
    "    if (GUARD) throw e;\n"
    '    console.warn("migration failed", e);\n'
    "  }\n"
    "  return null;\n"
    "});\n"
)


def test_guards_on_the_suspensions_text_rethrow_it() -> None:
    # StepSuspend: name "StepSuspend", message "__step_suspend__"
    for guard in (
        'String(e).includes("__step_suspend__")',
        'e instanceof Error && e.message.startsWith("__step_suspend")',
        '(e as Error).toString().startsWith("StepSuspend")',
        '(e as Error).name.startsWith("Step")',
        'String((e as Error).message).endsWith("suspend__")',
    ):
        assert findings(TEXT_GUARD.replace("GUARD", guard), "WAC202") == [], guard


def test_text_tests_false_for_the_suspension_still_swallow_it() -> None:
    negated = TEXT_GUARD.replace("GUARD", '!String(e).includes("__step_suspend__")')
    assert findings(negated, "WAC202") == [(6, "WAC202", SWALLOWS)]
    other = TEXT_GUARD.replace("GUARD", 'String(e).includes("declined")')
    assert [(r, c) for r, c, _ in findings(other, "WAC202")] == [(6, "WAC202")]


LOGGED_CLOCKS = (
    'import { task, workflow } from "windmill-client";\n'
    "const t = task(async (s: string) => s);\n"
    "async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {\n"
    "  const started = performance.now();\n"
    "  try {\n"
    "    return await fn();\n"
    "  } finally {\n"
    "    console.log(label, performance.now() - started);\n"
    "  }\n"
    "}\n"
    "function stamp(label: string) {\n"
    "  const at = Date.now();\n"
    "  console.log(label, at);\n"
    "  return at;\n"
    "}\n"
    "export const main = workflow(async (s: string) => {\n"
    "  const out = await timed('t', () => t(s));\n"
    '  if (Math.random() < 0.05) console.debug("sampled", out);\n'
    '  else if (s === "") console.info("empty");\n'
    "  for (const x of [1, 2]) {\n"
    "    if (Math.random() < 0.5) break;\n"
    "  }\n"
    "  return await t(String(stamp(out)));\n"
    "});\n"
)


def test_clock_and_random_reads_that_only_reach_log_lines_in_helpers_or_branches() -> None:
    assert findings(LOGGED_CLOCKS, "WAC102") == [
        (
            21,
            "WAC102",
            "`Math.random` is random: the value changes between replays of the workflow body; "
            "capture it with `step(...)`",
        ),
        (
            23,
            "WAC102",
            "`Date.now` (reached through `main → stamp → Date.now`) reads the clock: the value "
            "changes between replays of the workflow body; capture it with `step(...)`",
        ),
    ]


OBJECT_SHAPES = (
    'import { task, workflow } from "windmill-client";\n'
    "const base = {\n"
    "  async get(path: string) {\n"
    "    return (await fetch(`https://api.example.com${path}`)).json();\n"
    "  },\n"
    "};\n"
    "const users = { ...base, path: (id: string) => `/users/${id}` };\n"
    "const Billing = (() => {\n"
    "  async function refund(id: string) {\n"
    "    return (await fetch('https://billing.example.com', { body: id })).status;\n"
    "  }\n"
    "  const describe = (id: string) => `refund ${id}`;\n"
    "  return { refund, describe };\n"
    "})();\n"
    "const slack = {\n"
    "  async post(text: string) {\n"
    "    await fetch('https://hooks.slack.com/x', { method: 'POST', body: text });\n"
    "  },\n"
    "  async announce(release: string) {\n"
    "    await this.post(`${release} is live`);\n"
    "  },\n"
    "  label: (release: string) => `v${release}`,\n"
    "};\n"
    "const record = task(async (note: string) => note);\n"
    "export const main = workflow(async (id: string) => {\n"
    "  const { announce, label } = slack;\n"
    "  const note = Billing.describe(id) + users.path(id) + label(id);\n"
    "  CALL;\n"
    "  return await record(note);\n"
    "});\n"
)


def test_functions_reached_through_object_literal_shapes() -> None:
    post = (
        "does network I/O in the workflow body, which re-runs on every replay; move it "
        "into a task or a `step(...)`"
    )
    for call, chain in (
        ("await users.get(id)", "base.get"),
        ("await Billing.refund(id)", "refund"),
        ("await slack.announce(id)", "slack.announce → this.post"),
        ("await announce(id)", "slack.announce → this.post"),
    ):
        code = OBJECT_SHAPES.replace("CALL", call)
        assert findings(code, "WAC101") == [
            (28, "WAC101", f"`fetch` (reached through `main → {chain} → fetch`) {post}")
        ], call
    assert findings(OBJECT_SHAPES.replace("CALL", "void 0"), "WAC101") == []


LOOPED = (
    'import { task, workflow } from "windmill-client";\n'
    "const validate = async (d: string) => d.trim();\n"
    "async function publish(d: string) {\n"
    "  await fetch('https://cms.example.com/hook', { method: 'POST', body: d });\n"
    "  return d;\n"
    "}\n"
    "const enrich = task(async (d: string) => `${d}!`);\n"
    "const hooks = { log: async (e: string) => console.log(e), audit: publish };\n"
    "const STAGES = [validate, enrich, publish];\n"
    "const PURE = [validate, enrich];\n"
    "export const main = workflow(async (doc: string) => {\n"
    "  let d = doc;\n"
    "  for (const stage of LIST) d = await stage(d);\n"
    "  return d;\n"
    "});\n"
)


def test_functions_an_array_or_a_tables_values_hold_run_in_a_loop() -> None:
    publish = (
        "`fetch` (reached through `main → publish → fetch`) does network I/O in the workflow "
        "body, which re-runs on every replay; move it into a task or a `step(...)`"
    )
    assert findings(LOOPED.replace("LIST", "STAGES"), "WAC101") == [(13, "WAC101", publish)]
    values = LOOPED.replace("LIST", "Object.values(hooks)")
    assert findings(values, "WAC101") == [(13, "WAC101", publish)]
    assert findings(LOOPED.replace("LIST", "PURE"), "WAC101") == []


HANDED = (
    'import { task, workflow } from "windmill-client";\n'
    "async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {\n"
    "  const out = await fn();\n"
    "  console.log(label);\n"
    "  return out;\n"
    "}\n"
    "function keep<T>(label: string, fn: T): T {\n"
    "  return fn;\n"
    "}\n"
    "async function loadPrices() {\n"
    "  return (await fetch('https://pricing.example.com')).json();\n"
    "}\n"
    "const loadTask = task(async () => (await fetch('https://pricing.example.com')).json());\n"
    "export const main = workflow(async () => {\n"
    "  CALL;\n"
    "  return 1;\n"
    "});\n"
)


def test_a_function_handed_to_a_helper_that_calls_it_runs_in_the_body() -> None:
    assert findings(HANDED.replace("CALL", "await timed('p', loadPrices)"), "WAC101") == [
        (
            15,
            "WAC101",
            "`fetch` (reached through `main → timed → loadPrices → fetch`) does network I/O in "
            "the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`",
        )
    ]
    for fine in ("await timed('p', loadTask)", "keep('p', loadPrices)"):
        assert findings(HANDED.replace("CALL", fine), "WAC101") == [], fine


REGISTERED = (
    'import { task, workflow } from "windmill-client";\n'
    "type Notify = (text: string) => Promise<unknown>;\n"
    "const notifiers = new Map<string, Notify>();\n"
    "const pageTask = task(async (text: string) => text);\n"
    'notifiers.set("console", async (text) => console.log(text));\n'
    'notifiers.set("page", pageTask);\n'
    "REGISTER;\n"
    "export const main = workflow(async (text: string, channel: string) => {\n"
    "  await notifiers.get(channel)?.(text);\n"
    "  return text;\n"
    "});\n"
)


def test_functions_registered_in_a_module_map_with_set_run_through_get() -> None:
    posting = (
        'notifiers.set("teams", async (text) => {\n'
        "  await fetch('https://outlook.office.com/webhook', { method: 'POST', body: text });\n"
        "})"
    )
    assert findings(REGISTERED.replace("REGISTER", posting), "WAC101") == [
        (
            11,
            "WAC101",
            "`fetch` (reached through `main → notifiers.get → fetch`) does network I/O in the "
            "workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`",
        )
    ]
    assert findings(REGISTERED.replace("REGISTER", "void 0"), "WAC101") == []


CHOSEN = (
    'import { task, workflow } from "windmill-client";\n'
    "async function viaWebhook(msg: string) {\n"
    "  await fetch('https://hooks.example.com/alerts', { method: 'POST', body: msg });\n"
    "}\n"
    "async function viaLog(msg: string) {\n"
    "  console.warn(msg);\n"
    "}\n"
    "const viaTask = task(async (msg: string) => msg);\n"
    "const table: Record<string, (m: string) => Promise<unknown>> = { hook: viaWebhook };\n"
    "function pick(kind: string) {\n"
    "  switch (kind) {\n"
    "    case 'webhook':\n"
    "      return viaWebhook;\n"
    "    default:\n"
    "      return viaLog;\n"
    "  }\n"
    "}\n"
    "function pickQuiet(kind: string) {\n"
    "  return kind === 'task' ? viaTask : viaLog;\n"
    "}\n"
    "export const main = workflow(async (msg: string, loud: boolean, kind: string) => {\n"
    "  CALL;\n"
    "  return msg;\n"
    "});\n"
)

WEBHOOK = (
    "`fetch` (reached through `main → viaWebhook → fetch`) does network I/O in the workflow "
    "body, which re-runs on every replay; move it into a task or a `step(...)`"
)


def test_a_callee_that_is_one_of_several_functions_runs_each() -> None:
    for call in (
        "const send = loud ? viaWebhook : viaLog;\n  await send(msg)",
        "const handle = table[kind] ?? viaLog;\n  await handle(msg)",
        "await (loud ? viaWebhook : viaLog)(msg)",
        "await pick(kind)(msg)",
    ):
        code = CHOSEN.replace("CALL", call)
        row = 22 if "\n" not in call else 23
        assert findings(code, "WAC101") == [(row, "WAC101", WEBHOOK)], call
    for fine in (
        "const send = loud ? viaTask : viaLog;\n  await send(msg)",
        "await pickQuiet(kind)(msg)",
    ):
        assert findings(CHOSEN.replace("CALL", fine), "WAC101") == [], fine


def test_bun_fetch_is_a_request() -> None:
    code = CHOSEN.replace("CALL", "await Bun.fetch('https://api.example.com')")
    assert findings(code, "WAC101") == [
        (
            22,
            "WAC101",
            "`Bun.fetch` does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`",
        )
    ]


STATIC_REGISTRY = (
    'import { task, workflow } from "windmill-client";\n'
    "type Handler = (id: string) => Promise<string>;\n"
    "const pageTask = task(async (id: string) => id);\n"
    "class Dispatcher {\n"
    "  static handlers: Record<string, Handler> = {};\n"
    "  static register(kind: string, h: Handler) {\n"
    "    Dispatcher.handlers[kind] = h;\n"
    "  }\n"
    "  static async run(kind: string, id: string) {\n"
    "    return await Dispatcher.handlers[kind](id);\n"
    "  }\n"
    "}\n"
    "REGISTER;\n"
    "export const main = workflow(async (id: string) => {\n"
    '  return await Dispatcher.run("page", id);\n'
    "});\n"
)


def test_a_handler_registered_in_a_static_table_at_load_runs_from_the_table() -> None:
    posting = (
        'Dispatcher.register("page", async (id) => {\n'
        "  return String((await fetch('https://alerts.example.com', { body: id })).status);\n"
        "})"
    )
    assert findings(STATIC_REGISTRY.replace("REGISTER", posting), "WAC101") == [
        (
            17,
            "WAC101",
            "`fetch` (reached through `main → Dispatcher.run → Dispatcher.handlers[] → fetch`) "
            "does network I/O in the workflow body, which re-runs on every replay; move it "
            "into a task or a `step(...)`",
        )
    ]
    task_only = STATIC_REGISTRY.replace("REGISTER", 'Dispatcher.register("page", pageTask)')
    assert findings(task_only, "WAC101") == []


MAPPED = (
    'import { task, workflow } from "windmill-client";\n'
    "async function postSlack(m: string) {\n"
    "  await fetch('https://hooks.slack.com/x', { method: 'POST', body: m });\n"
    "}\n"
    "async function logIt(m: string) {\n"
    "  console.log(m);\n"
    "}\n"
    "const notifyTask = task(async (m: string) => m);\n"
    "const notifiers = [postSlack, logIt];\n"
    "const quiet = [logIt, notifyTask];\n"
    "export const main = workflow(async (m: string) => {\n"
    "  await Promise.all(LIST.map((n) => n(m)));\n"
    "  return m;\n"
    "});\n"
)


def test_functions_of_an_array_called_by_an_array_methods_callback() -> None:
    assert findings(MAPPED.replace("LIST", "notifiers"), "WAC101") == [
        (
            12,
            "WAC101",
            "`fetch` (reached through `main → postSlack → fetch`) does network I/O in the "
            "workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`",
        )
    ]
    assert findings(MAPPED.replace("LIST", "quiet"), "WAC101") == []
