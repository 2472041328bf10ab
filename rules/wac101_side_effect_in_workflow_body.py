"""WAC101: I/O in the workflow body."""

from __future__ import annotations

import re

import tree_sitter

from wac_lint.model import BodyCall, CallKind, HandlerKind, ScriptModel, Span
from wac_lint.rule import Rule, RuleContext, py, ts
from wac_lint.rules import (
    _catalogue,
    _elsewhere,
    _log_handlers,
    _module_level,
    _orm_managers,
    _wrap_in_step,
)
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._race_timers import races_against_timer, ts_parameter_names
from wac_lint.semantic.scopes import BindingKind

CATEGORY_WORDS = {
    "network": "does network I/O",
    "database": "talks to a database or queue",
    "files": "touches the file system",
    "data-io": "reads or writes data outside the workflow (a file, a URL or a database)",
    "process": "starts or signals a process or a thread",
    "waiting": "waits, holding the worker (use the SDK's `sleep`),",
    "notification": "sends a notification",
    "external-api": "calls a cloud or external API",
    "windmill-api": "calls the Windmill API",
    "telemetry": "sends an event or a metric to a monitoring service",
    "configured": "is a side effect (project configuration)",
}


Node = tree_sitter.Node


class SideEffectInWorkflowBody(Rule):
    code = "WAC101"
    name = "side-effect-in-workflow-body"
    summary = "The workflow body does I/O, which runs again on every replay"
    message = "Move this side effect into a task or a `step(...)`"
    fix_kind = "suggestion"
    settings = _catalogue.SIDE_EFFECT_SETTINGS
    docs = """
## What it does
Finds calls in the workflow body that do I/O: network (`requests`, `httpx`,
`aiohttp`, `fetch`, `axios`, ...), databases and queues (`psycopg`, `sqlalchemy`,
`redis`, `boto3`, `pg`, `mysql2`, ...), files (`open`, `pathlib` writes, `fs`,
`Bun.write`, ...), processes (`subprocess`, `os.system`, `child_process`,
`Bun.spawn`), notifications (`smtplib`, Slack clients, ...), waiting
(`time.sleep`, `setTimeout`, `promisify(setTimeout)`; not a timer raced against a
durable call, `Promise.race([t(x), timer(ms)])` or a helper of the file racing the
durable call the body hands it: the race settles at once, see WAC105 and WAC108),
events and metrics sent to monitoring services
(`sentry_sdk.capture_message`, datadog's `statsd.increment`, `push_to_gateway`), and
Windmill API calls that are not WAC primitives (`wmill.set_variable`, `getVariable`,
`setFlowUserState`, `runScript`, ...; `Windmill()`, `wmill.datatable()` and its
`.query(sql)` only build objects, as do windmill-client's `datatable()` / `ducklake()`,
their tagged templates and `upsertPartition(...)`: the query is reported where it is
fetched or executed).
In a file that imports Django or MongoEngine, a model manager's chain
(`Vendor.objects...`, the model imported from the project's own app) is a query: one
that runs it (`.get(...)`, `.first()`, `.count()`, `.create(...)`, `.update(...)`, their
async `a...` forms) where it is written, and a lazy QuerySet (`.filter(...)`,
`.order_by(...)`, `.values(...)`) where the body evaluates it: `list(...)`, `len(...)`,
a `for` loop or an index, directly or through the name it is assigned to (Django's
"When QuerySets are evaluated"; one never evaluated in the body is not reported).
In TypeScript a few database methods are known by their name alone (`.query`,
`.execute`, `.insertOne`, ...): called on an object whose library the analysis cannot
follow (a parameter typed `any`, a value from an untyped helper), the finding says it
"looks like" such a call and why; it is not made when the file's own classes,
interfaces, object literals or type literals define a method of that name.
A log call (`log.error(...)`, `logging.warning(...)`) is a side effect when the
module attached a handler that sends each record (`logging.handlers.SMTPHandler`,
`HTTPHandler`, `SocketHandler`, ... through `addHandler` or `basicConfig(handlers=...)`)
and the record reaches it: its level passes the logger's effective level and the
handler's own (`setLevel`), on the logger or an ancestor it propagates to; likewise
an ERROR record once `sentry_sdk.init(...)` ran at module level (its default logging
integration sends it as a Sentry event, unless `default_integrations=False` or
`LoggingIntegration(event_level=None)`).
Calls made by a plain helper function that the body calls are reported at the
call of the helper, at each place of the body that calls it (each runs it again):
where one call of a helper reaches several catalogued calls, the first is the
finding and its message names the others (`the same call also reaches ...`),
since moving that one call fixes them all. A call the helper makes only behind a test of
one of its parameters (`if refresh:`, `opts.stamp ? ... :`, `if seconds > 0:`, a
comparison with a number) is not reported where the body's arguments make that test
false: a literal, the parameter's default, or a name bound once to a literal at the top
of the file or of a module of the workspace it imports (`refresh=LIVE`, `lotCode(b,
PLAIN)`, `**QUIET` of `QUIET = {"refresh": False}`; a dict / object whose members either
file reads or changes is not read). A function of the file handed to a
helper that calls it (`staged("manifest", fetch_manifest)` of `async def staged(label,
fn, *args): return await fn(*args)`), also inside a list the helper loops over and calls
each item of (`run_pipeline([validate, enrich], p)` with `for stage in stages: p =
await stage(p)`), runs at that call of the helper only: its I/O is reported there, not
at the helper's other calls, which hand it other functions. A loop of the body over
a module list of functions calls each function put in it, in the literal or later: by
a decorator of the file (`@receiver` whose `receiver(fn)` does `HOOKS.append(fn)`) or
by a module-level `HOOKS.append(audit)`.
A library function handed by reference to something that runs it there and then is
called in the body too: `map(requests.post, urls)`, `asyncio.to_thread(s3.upload_file,
...)`, `loop.run_in_executor(None, requests.get, url)` (the running loop's, or a pool's
`submit` / `map`), an exit stack's `callback(requests.delete, url)`, a sort key
(`sorted(paths, key=os.path.getmtime)`). Python 3's `map` / `filter` run it only as
their iterator is iterated: written as a statement of their own (`map(notify, users)`),
they call nothing and are not reported.
A thread or process pool running a plain function (or a lambda) of the file
(`pool.map(parse_trace, texts)`, `pool.submit(plan, batch)`) computes what the body would
compute itself, to the same result in every round: the pool call is not reported, what
that function calls is (as a call of the body), and a task handed to the pool is WAC304's;
`concurrent.futures.as_completed` / `wait` only wait for futures already running.
Building a client that connects lazily (`boto3.client("s3")`,
`OpenAI()`, `redis.Redis.from_url(...)`, `new S3Client()`, an AWS `new
...Command(...)`, an alternate constructor of a library wrapping one:
`instructor.from_openai(OpenAI())`) is not reported; its requests are, wherever they
run in the body. llama-index's `VectorStoreIndex(nodes)` and
`VectorStoreIndex.from_documents(docs)` are requests as they are built (each node is
embedded through the embedding model's API), and so are the index's own calls. A
LangChain chain piped with `|` (`prompt | llm | StrOutputParser()`, kept in a name or
not) runs every member when invoked: its `invoke` / `ainvoke` / `batch` / `stream` are
the calls of its member that is not one of `langchain_core`'s in-memory runnables
(`ChatOpenAI(...)`). A function of the file under a library decorator that makes an
object calling it (LangChain's `@tool`, whose `invoke` / `ainvoke` / `run` / `arun`
call it; Prefect's `@task` / `@flow`, whose `.fn` is the function) runs where that
method is called.
A DB-API `connect()` of a database server (`psycopg.connect(dsn)`, `psycopg2`,
`asyncpg`, `pymysql`, `mysql.connector`) opens the connection as it is called, so it is
reported too, also where a class of another module calls it in its `__init__`, beside
the queries made over it.

The "workflow body" is the workflow function's own code, with its loops,
branches, try blocks and the callbacks it runs itself (the function given to
`parallel`, a `.map` callback, a function registered on a `contextlib.ExitStack` /
`AsyncExitStack` with `callback` / `push`, which runs as its `with` block unwinds, the
listeners an event emitter's `emit` calls, and the implementations of an XState machine
that `actor.send(event)` runs: every function written in the `setup(...)` /
`createMachine(...)` / `.provide(...)` calls that built the machine of a
`createActor(machine)`, since which transition the event takes is not known here),
but not task bodies nor the function given to
`step(...)`, which is where side effects belong.

Also I/O at module level of a workflow script (`CONFIG =
requests.get(url).json()`, a top-level `await fetch(...)`, a data-frame reader given a
URL, `regions = pd.read_csv("https://...")`, where a path on the worker's disk is read
like configuration and not reported): at each suspension
"the script exits" and the next round runs it again from the top (Windmill's
launch post), so module-level code runs on every replay too; so does a function of
the file that module-level code calls (`CONFIG = load_config()`) or registers with
`atexit.register` or `process.on("exit", ...)` (it runs as each round's process
exits, a file it writes included), the callback of a module-level `setTimeout` /
`setInterval` / `queueMicrotask` (scheduled in every round; the timer itself waits
for nothing unless a promise around it is awaited), the function of a module-level
`step("name", fn)` (windmill-client 1.818.0 runs it in place while the module loads,
with no workflow context and no checkpoint), and a TypeScript class's
`static { ... }` blocks and static fields (run when the class is defined), and the
constructor (`constructor` / `__init__`) and instance field initializers of a class of
the file built at load (`const client = new TokenClient(url)`), and the decorators
named on a module-level TypeScript class or its members (they run when the class is
defined; for a factory of the file, `@announce("refund")`, the function it returns
too, which TypeScript calls with the class), reported on that call with the I/O it
makes; a `new Promise(...)` executor written there runs at once
(`await new Promise((r) => setTimeout(r, ms))` waits, and so does a timer whose
callback settles the promise of `Promise.withResolvers()`: `setTimeout(resolve, ms)`
with `resolve` destructured from it, `setTimeout(() => d.resolve(), ms)`). A file written there
(`open(log, "a")`, a mode with `w`, `a`, `x` or `+`; `.write_text(...)`, `os.remove`,
`shutil.copy`) is written again in every round, and a Python method of a client a
module-level name holds (`DB.execute(...)` after `DB = sqlite3.connect(path)`) runs
there and then (Python has no top-level `await` to wait for).
Not reported there: a call whose result a module-level name keeps (`pool = new Pool(...)`,
`engine = create_engine(...)`: clients that connect lazily, whose requests the
body makes), file reads (configuration), directories made (`mkdir(exist_ok=True)`
leaves them as the first round did), and Python's `if __name__ ==
"__main__":` block, which Windmill never runs. A kept result that is already the
answer of a request is reported all the same: an awaited call (`const res = await
fetch(url)`) and one-shot requests (`resp = requests.get(url)`,
`TOKEN = wmill.get_variable(path)`, a name lookup `IP = socket.gethostbyname(host)`),
a server or process kept in a name (`Bun.serve`
listens, `Bun.spawn` / `new Worker(url)` / `subprocess.Popen` start, as soon as they are
built), and an awaited method of a client built there (`await pool.query("select 1")`).
In the body, a query builder of a client instance is reported where it runs: awaited
(`await db("orders")` of knex, whose `then` runs the query), or executed by the method
the chain ends in, but not where it is only rendered to SQL text (`toQuery()`).
A workspace module the script
imports (`from f.lib.flags import FLAGS`, `import { FLAGS } from
"/f/lib/flags.ts"`) runs its module-level code at each import, so on every
replay too: its first such call is reported at the import statement, also when
it is made by a workspace module that module imports in turn (any depth;
`export { x } from` loads its module too, `import type` loads nothing, nor does an
import none of whose names the file reads as a value, such as an interface imported
without `type`: TypeScript and Bun's transpiler drop it whole). The module-level code
of such a module includes its calls of functions another module of the workspace
defines (`LIMITS = load(url)` with `load` imported, calling `httpx.get`), followed to
what they reach; one whose request is the helper's returned or kept client
(`CONN = connect(dsn)` of `def connect(dsn): return psycopg.connect(dsn)`) is left out
like the library's own call kept in a name. A name imported from a Python module of the
workspace that does not bind it (`from f.lib.hops import PRICES`) is served by that
module's `__getattr__` (PEP 562), called by the import: what it reaches is reported at the
import too, and a read of such a name on the module (`hops.PRICES`) in the body is a call of
`__getattr__` there. A Python
import written in the workflow body (`from f.lib.settings import CONFIG` inside
`main`, or `importlib.import_module("f.lib.live")` with a string constant) loads the
module there, in each round's new process: it is reported the
same way; one inside a task or a `step(...)` function is not.

Module-level code includes a Python class body (its class variables are computed
when the `class` statement runs) and the defaults of a Python `def` (evaluated when
the `def` runs); a `class` statement inside the workflow body runs its class body
there. Classes of the file are followed through what builds them: a factory
function, a classmethod (`return cls(...)`) or staticmethod returning an instance
(when it returns one of several classes, each one's method is followed), a
dependency-injection container's lookup (tsyringe `container.resolve(Mailer)`, typedi
`Container.get(Repo)`, inversify `get(TYPES.Mailer)` after `bind(TYPES.Mailer).to(
SmtpMailer)`, awilix `container.cradle.audit` after `register({ audit: asClass(
HttpAudit) })`), and a
base written as a mixin call (TypeScript `class Infra extends Paged(ApiBase)`, `Paged`
a function of the file or of another module returning `class extends Base {...}`)
gives the methods of the class it returns, then those of the class handed to it, and a
subclass of a library class (`class GithubApi(requests.Session)`) calls the
library's own methods where it defines none (`api.get(...)`, `self.post(...)`).
A generic class built subscripted (`Repo[dict](path).load()`) is that class; a
method called on a parameter typed by a `typing.Protocol` of the file
(`sender: Sender`, then `sender.send(...)`) is the method of the one class of the
file that implements it (with several, which one runs is not guessed); one typed
by an abstract base class of the file, the override of its one subclass that
defines the method. A name holding an instance of one of several classes of the
file, chosen where it is bound (`notifier: Notifier = SlackNotifier(hook) if hook
else LogNotifier()`, an `or`, assignments on several branches, a TypeScript `let`
assigned again), calls the method of each class it may hold: any of them may run. A
method of an instance handed to a call that runs it (`asyncio.to_thread(box.refresh)`,
`map(box.refresh, xs)`, `sorted(xs, key=box.refresh)`, a copied context's
`contextvars.copy_context().run(box.refresh)`) is followed like a function of the file.

Data-frame writers are file I/O when given where to write (`df.to_csv(path)`,
`to_parquet(path_or_buf=...)`, polars `write_parquet(file)`), not when they
return the text (`df.to_csv(index=False)`) or write an in-memory buffer
(`io.StringIO()`, `io.BytesIO()`); so are models pickled to a path
(`joblib.dump(model, path)`, `torch.save(state, path)`: the file is the second
argument) and not into a buffer. A database opened in memory is inside the
process (`sqlite3.connect(":memory:")`, `new Database(":memory:")`, DuckDB's
`duckdb.connect()`, whose default database is `:memory:`, or
`database=":memory:"`; Qdrant's local mode, `QdrantClient(":memory:")` or
`location=":memory:"`; chromadb's `EphemeralClient()` and `Client()`): its calls are
not reported, except DuckDB's that read from
outside (`con.read_csv(path)`, and SQL that names a file, a URL or another database:
`read_parquet(...)`, `FROM 'x.csv'`, `ATTACH`, `COPY`, `INSTALL`, ...). The same SQL
test applies to DuckDB's module-level connection (`duckdb.sql(...)`, `duckdb.query`,
`duckdb.execute`), which is in memory too: a literal query over a data frame of the
body (`duckdb.sql("select site, sum(n) from df group by site")`) does no I/O; a query
that is not a literal is reported. A library's exception class is built in memory,
whatever its module does (`raise requests.HTTPError(...)`, `new AxiosError(...)`), and
so are process settings of network modules (`urllib3.disable_warnings()`,
`socket.setdefaulttimeout(30)`). Tables of functions are followed: a member
picked by a literal key (`API["post"](...)`) or, with a computed key
(`HANDLERS[kind](...)`, also one a class body binds: `Rules.handlers[kind](...)`, or
an `__init__` assigns once: `self.handlers = {...}`, read as `reg.handlers[kind](...)`),
every function member, in the file or imported, with
those assigned at module level (`HANDLERS["x"] = fn`) or by a registering
decorator of the file (`@handles("x")`), each function a dict comprehension keeps
looping over a tuple or list of them (`TOOLS = {fn.__name__: fn for fn in (lookup,
refund)}`; tasks there are dispatched), the `__call__` of instances in the table
and the method of classes in it (`STRATEGIES[mode]().run(x)`), also when picked
into a name first (`handler = ROUTES.get(r, default)`). Other indirection
followed: a method looked up by a name built at run time (`getattr(self,
f"_on_{kind}")()`, `globals()["deploy_" + kind]`, `getattr(sys.modules[__name__],
f"pay_{kind}")`: each with that literal prefix), a
`functools.singledispatch` function's registered implementations (the one for the
argument's type when it is plain), a name assigned functions on several branches,
a sort or grouping `key=`, a function kept in a
dataclass / NamedTuple field or given by keyword to an attribute namespace (`wf =
SimpleNamespace(now=..., fetch=fetch_rates)`, then `wf.fetch()`) (a member of an object
literal bound to a name runs
where it is called; one bound by `using` / `await using` runs its
`[Symbol.dispose]` / `[Symbol.asyncDispose]` when the block is left, also when a function
or a method of the file returns the literal: `await using lease = leases.acquire(id)`),
a function
handed to a helper that calls it, a bound client method handed to `map`,
`operator.methodcaller("post", ...)` applied to a client. Types name clients a
spelling cannot: a factory's, a method's or a property's return annotation,
`typing.cast(T, v)`, an annotated assignment, a class-body field annotation, the
items of `dict[str, httpx.Client]` / `list[Redis]`, a type alias, and a
`@contextmanager` annotated `Iterator[redis.Redis]`. A client that connects when
built with a host (`ftplib`, `imaplib`, `poplib`, `telnetlib`) is reported where it
connects; an archive opened
over an `io.BytesIO` (`zipfile.ZipFile(buf, "w")`, `tarfile.open(fileobj=buf)`)
touches no file.

Python runs methods of an object's class without a call written: on an instance
of a class of the file, `len(q)` runs `__len__`, `x in y` `__contains__`, `y[k]`
`__getitem__` (`__setitem__` / `__delitem__`), `f"{x}"` / `format` / `str` /
`print` `__format__` / `__str__` / `__repr__`, `a + b` and comparisons the
operator's method (or the right operand's reflected one), a truth test (`if x:`,
`while`, `not`, `and` / `or`, `assert`) `__bool__` or `__len__`, reading an
attribute a descriptor's `__get__` (assigning it, `__set__`, or a property's
`@name.setter`; a TypeScript `set` accessor runs for `x.k = v`, `x.k += v`, `x.k++`, so
does the `set` (and a read the `get`) of the object a TC39 decorator of the file returns
for a decorated auto-accessor (`@remote accessor setpoint = 0`), building an instance
runs the initializer a field's TC39 decorator returns (`@fromEnv("REGION") region =
"eu"`), and
for each key `Object.assign(x, ...sources)` copies: those of object literals, any for a
source whose keys are not known here) or, for a name the
instance does not hold, `__getattr__`; building an instance also follows its
`__del__`, the field factories of a dataclass, pydantic or attrs class not given by
the call (`default_factory=`, attrs `factory=` / `default=Factory(fn)`), and the
validators of a pydantic model of the file (`@field_validator`, `@model_validator`,
`model_post_init`) where the call (`Site(**raw)`, `Site.model_validate(raw)`) validates
(not `model_construct`), and a module-level subclass of a class of the file defining
`__init_subclass__` runs it at load, as does a decorator of the file named above a
module-level class or function (`@register`, also a factory's: `@registered("0 2 *
* *")`, the factory and the decorator it returns). A decorator of the file written on
the workflow itself (`@alert_on_failure` above or below `@workflow`) returns what
Windmill calls in every round, around the body: its wrapper is body code, reported
at the decorator; so is a class of the file used as a decorator (`@Audited`), whose
`__call__` runs where the decorated function is called. Calling a class whose metaclass (of
the file) defines `__call__` runs it; a function of the file handed to a call by
keyword (`json.dumps(x, default=encode)`, `key=`) is followed like one handed by
position. Each is followed like a method called by
name, and reported where the expression is. A function of the file under a
decorator of the file whose wrapper calls it only inside the function it hands to
`step(...)` (`step(fn.__name__, lambda: fn(*args))`, also the decorator a factory
returns: `@checkpointed("rates")`; a TypeScript method decorator whose wrapper runs
`target.apply(this, args)` / `target.call(this, ...)` only inside the function it hands
to `step(name, ...)`) runs in that step: its body is not body code. A schema another
schema names (`z.array(Line)`, `Stamp.optional()` inside `z.object({...})`) runs its
`.refine` / `.transform` / `.default` callbacks where the outer one is parsed. A
function handed to `step(...)` runs in the step, but what the body evaluates to get it does not:
`step("feed", requests.get(url).json)` sends the request in the body (only
`.json` is deferred), and so do the arguments bound by `functools.partial(f,
...)`. A method called on the result of a reported call
(`conn.execute(q).fetchone()`) is that call's request: one finding.

A name the file binds (an import, the SDK's `sleep` included, or a `def`) and then
binds again by a later standard-library star import that exports it (`from wmill import
sleep, task, workflow`, then `from time import *`) is that module's function in the
functions of the file (`time.sleep`): the message names the rebinding (the names each
module exports: `wac_lint/semantic/star_exports.json`, read on CPython 3.11).

The catalogue is data: `rules/side_effects.toml`. Add project-specific calls
with `extend-side-effects = ["mycompany.api"]`, or accept one with
`allow-side-effects = ["wmill.get_variable"]`.

## Why is this bad
A workflow is replayed from the top after every suspension (each task, sleep
and approval). Anything the body does directly happens again on each replay:
the email is sent five times, the row inserted five times. Completed tasks and
steps are replayed from their checkpoint instead of running again.

## Example
```python
@workflow
async def main(order_id: str):
    order = await fetch_order(order_id)
    requests.post(WEBHOOK, json=order)
```

## Use instead
```python
@workflow
async def main(order_id: str):
    order = await fetch_order(order_id)
    await step("notify", lambda: requests.post(WEBHOOK, json=order).status_code)
```
"""
    VALID = [
        py(
            "import requests\nfrom wmill import task, step, workflow\n\n@task()\n"
            "async def fetch(url: str):\n    return requests.get(url).json()\n\n"
            "@workflow\nasync def main(url: str):\n    data = await fetch(url)\n"
            '    await step("notify", lambda: requests.post(url, json=data).status_code)\n'
            "    return data\n"
        ),
        py(
            "from urllib.parse import quote\nfrom wmill import workflow\n\n@workflow\n"
            "async def main(x: str):\n    return quote(x)\n"
        ),
        ts(
            'import { task, step, workflow } from "windmill-client";\n'
            "const load = task(async (url: string) => (await fetch(url)).json());\n"
            "export const main = workflow(async (url: string) => {\n"
            "  const data = await load(url);\n"
            '  await step("notify", () => fetch(url, { method: "POST" }).then((r) => r.status));\n'
            "  return data;\n});\n"
        ),
    ]
    INVALID = [
        py(
            "import requests\nfrom wmill import workflow\n\n@workflow\nasync def main(url: str):\n"
            "    return «requests.post»(url).status_code\n"
        ),
        py(
            "from wmill import workflow\n\n@workflow\nasync def main(path: str):\n"
            "    with «open»(path) as f:\n        return f.read()\n"
        ),
        py(
            "import wmill\nfrom wmill import workflow\n\n@workflow\nasync def main():\n"
            '    return «wmill.get_variable»("u/me/token")\n'
        ),
        py(
            "import subprocess\nfrom wmill import workflow\n\ndef run():\n"
            '    return subprocess.run(["ls"])\n\n@workflow\nasync def main():\n    «run()»\n'
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export const main = workflow(async (url: string) => {\n"
            "  const res = await «fetch»(url);\n  return res.status;\n});\n"
        ),
        ts(
            'import { workflow, getVariable } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            '  return await «getVariable»("u/me/token");\n});\n'
        ),
        ts(
            'import { workflow, parallel } from "windmill-client";\nimport axios from "axios";\n'
            "export const main = workflow(async (urls: string[]) => {\n"
            "  return await parallel(urls, async (u) => (await «axios.get»(u)).data);\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        extend = ctx.strings(_catalogue.EXTEND_SIDE_EFFECTS)
        allow = ctx.strings(_catalogue.ALLOW_SIDE_EFFECTS)
        matches = list(_catalogue.body_matches(ctx, "side_effects.toml", extend, allow))
        # objects whose methods are reported: `httpx.AsyncClient()` then `c.get(...)`
        # (each level of a chain: `s3.Bucket(...)` of `boto3.resource(...)` too)
        used = {c.qualname[:i] for c, _ in matches for i, ch in enumerate(c.qualname) if ch == "("}
        # `ftp = ftplib.FTP_TLS(host)`: building it opens the connection, the I/O to
        # report; what is then called on it (`ftp.quit()`) goes over that connection
        connecting = {
            c.qualname + ("(…)" if c.arg_count or _catalogue.keyword_names(c) else "()")
            for c, _ in matches
            if c.kind == CallKind.CALL and c.qualname in used and connects_when_built(c)
        }
        semantic = ctx.model.semantic
        composed = (
            composed_calls(ctx.model, [c for c, _ in matches if c.kind != CallKind.READ])
            # where a request returns a promise (TypeScript); a sync Python call in an
            # argument has run by then
            if semantic is not None and semantic.syntax.unawaited_methods_build
            else set()
        )
        # `qb("t").where(...).toQuery()`: a builder chain compiled, not run
        compiled = (
            compiled_builders(ctx, extend, allow)
            if semantic is not None and semantic.syntax.unawaited_methods_build
            else set()
        )
        own: dict[str, bool] = {}
        # `policy.execute(fn)` of a retry library: it runs `fn` (reported on its own
        # calls), it does not execute a query (WAC202 reports the retrying)
        retrying = {h.node.id for h in ctx.model.handlers if h.kind == HandlerKind.RETRYING_CALL}
        kept: list[tuple[BodyCall, _catalogue.Entry]] = []
        found: list[_catalogue.CallFinding] = []
        for call, entry in matches:
            if call.kind == CallKind.READ and "(" not in call.qualname:
                continue  # naming a function (to pass it on) does no I/O
            # (a property of a handle, `Bun.file(p).size`, is a getter: it stats the file)
            if call.node.id in retrying:
                continue
            if call.qualname in used and not connects_when_built(call):
                if not opens_connection(call) and not awaited_instance_call(ctx, call):
                    continue  # building the client does no I/O; its calls are the finding
            if any(call.qualname.startswith(built + ".") for built in connecting):
                continue  # a call over a connection reported where it was opened
            if entry.category == "files" and over_memory(ctx, call.node):
                continue  # `zipfile.ZipFile(io.BytesIO(), "w")` and its writes: memory only
            if guessed_own_method(ctx, call, entry, own):
                continue  # `c.execute(s)` where the file's own classes define `execute`
            if entry.category in ("database", "external-api") and in_memory_database(
                ctx.model, call
            ):
                # `new Database(":memory:")`, `QdrantClient(":memory:")`: a store inside
                # the process
                continue
            if entry.category == "data-io" and duckdb_query_in_memory(ctx.model, call):
                continue  # `duckdb.sql("select ... from df")`: the in-memory connection
            # a wait a helper of another module makes is read there (`pause(ms)` of
            # `new Promise((r) => setTimeout(r, ms))`), not at the body's call of it
            timer = _elsewhere.foreign_call(call) if entry.category == "waiting" else None
            if timer is None:
                timer = (ctx.model, call.node)
            if call.node.id in compiled and call.elsewhere is None:
                continue  # a step of a query builder that is compiled to text, never run
            if id(call) in composed:
                continue  # a query handed un-awaited to its own client's call runs in it
            if entry.category == "waiting" and waits_for_nothing(*timer, call.qualname):
                continue  # `await asyncio.sleep(0)` only yields to the event loop
            if entry.category == "waiting" and schedules_only(*timer, call.qualname):
                continue  # `setTimeout(() => ..., ms)`: nothing waits; its callback is checked
            if entry.category == "waiting" and raced_against_durable_call(ctx.model, call):
                continue  # the race settles at once in every round (WAC105, WAC108)
            if entry.category == "data-io" and writes_to_memory(ctx, call.node, entry):
                continue  # `df.to_csv(buf)` with `buf = io.StringIO()`: no file
            if entry.category == "process" and pool_runs_own_function(ctx, call):
                continue  # `pool.map(parse, xs)`: its calls are followed as the body's
            kept.append((call, entry))
        reported_calls = {call.node.id for call, _ in kept}
        # plain functions a top-level task wraps by name, and that task's name
        wrapped = {
            t.wraps: t.binding
            for t in ctx.model.tasks
            if t.wraps and t.binding and t.binding != t.wraps and t.top_level
        }
        for call, entry in kept:
            if on_reported_result(call.node, reported_calls):
                continue  # `conn.execute(q).fetchone()`: one request, reported on `execute`
            what = CATEGORY_WORDS.get(entry.category, "is a side effect")
            if guessed_by_name(entry, call):
                # the catalogue knows the method's name only, and the receiver's library
                # is not known: say what the guess rests on
                method = call.qualname.rsplit(".", 1)[1]
                message = (
                    f"{_catalogue.describe(ctx, call)} looks like a call that {what} (a method "
                    f"named `{method}` on an object wac-lint cannot follow): in the workflow "
                    "body it would run again on every replay; move it into a task or a "
                    "`step(...)`"
                )
            elif call.chain and call.chain[0] in wrapped:
                # `fetchRoster(id)` next to `const fetchRosterTask = task(fetchRoster)`
                message = (
                    f"{_catalogue.describe(ctx, call)} {what} in the workflow body, which "
                    f"re-runs on every replay: `{call.chain[0]}` is the plain function the "
                    f"task `{wrapped[call.chain[0]]}` wraps; call `{wrapped[call.chain[0]]}`"
                )
            else:
                message = (
                    f"{_catalogue.describe(ctx, call)} {what} in the workflow body, which "
                    "re-runs on every replay; move it into a task or a `step(...)`"
                )
            found.append(_catalogue.CallFinding(call, message, _wrap_in_step.suggestion(ctx, call)))
        for query in _orm_managers.manager_queries(ctx.model, ctx.model.body_calls):
            if query.call.node.id not in reported_calls:
                found.append(_catalogue.CallFinding(query.call, query.message))
        _catalogue.report_per_site(ctx, found)
        self.log_handlers(ctx)
        self.module_level(ctx, extend, allow)

    def log_handlers(self, ctx: RuleContext) -> None:
        """`log.error(...)` in the body where the module attached a handler that sends
        each record (`SMTPHandler`, `HTTPHandler`, ...) reached at that level: the
        record is mailed or posted again on every replay."""
        model = ctx.model
        setup = _log_handlers.setup_of(model)  # finds nothing in TypeScript
        if setup is None:
            return
        for call in model.body_calls:
            handler = _log_handlers.sending_log_call(model, setup, call)
            if handler is None:
                continue
            verb = _log_handlers.SENDING_HANDLERS[handler.kind]
            through = f"`{handler.kind}`"
            if handler.kind == _log_handlers.SENTRY_INIT:
                through = f"`{handler.kind}`'s logging integration (as a Sentry event)"
            ctx.report(
                call.report_span,
                f"{_catalogue.describe(ctx, call)} {verb} its record through "
                f"{through}, set up on line {handler.row}, in the workflow body, "
                "which re-runs on every replay, so it is sent again each time; log it in a "
                "task or a `step(...)`",
                related=_catalogue.related(call),
                silenced=_catalogue.silenced(call),
            )

    def module_level(
        self, ctx: RuleContext, extend: tuple[str, ...], allow: tuple[str, ...]
    ) -> None:
        """I/O the workflow script does at module level: at each suspension "the script
        exits" and the next round runs it again from the top (Windmill's launch post),
        so a call outside every function is made again on every replay."""
        model = ctx.model
        if model.semantic is None or sdk.facts(model).workflow_function is None:
            return
        catalogue, allowed = _catalogue.effective(
            "side_effects.toml", model.language, extend, allow
        )
        for found in _module_level.module_io(model, catalogue, allowed):
            via = f" ({found.via})" if found.via else ""
            # a hook's callback runs later in the round, not where the module level is
            where = "" if found.hooked else " at module level"
            ctx.report(
                found.span,
                f"`{found.qualname}`{via} {CATEGORY_WORDS[found.category]}{where}: the "
                "script runs again from the top on every replay of the workflow, so this "
                "happens again each time; call it in a task or a `step(...)` in the body",
            )
        self.imported_modules(ctx, catalogue, allowed)

    def imported_modules(
        self, ctx: RuleContext, catalogue: _catalogue.Catalogue, allowed: _catalogue.Catalogue
    ) -> None:
        """A workspace module the script imports runs its own module-level code at each
        import, so on every replay too: its I/O is reported at the import."""
        workspace = ctx.workspace
        if workspace is None:
            return
        imports = _module_level.workspace_imports(ctx.model, workspace)
        workflow = sdk.facts(ctx.model).workflow_function
        if workflow is not None:
            imports += _module_level.body_imports(ctx.model, workspace, workflow)
        for statement, file in imports:
            found = _module_level.imported_module_io(
                file, workspace, catalogue, allowed
            ) or _module_level.imported_hook_io(statement, file, workspace, catalogue, allowed)
            if found is None:
                continue
            if found.served is not None:
                name, hook, row = found.served
                what = CATEGORY_WORDS[found.category].removesuffix(",")
                ctx.report(
                    Span.of(statement),
                    f"importing `{name}` from {workspace.shown(file)}, which binds no such "
                    f"name, calls its module `{hook}` (line {row}), which reaches "
                    f"`{found.qualname}` and {what}, on every replay of the workflow: the "
                    "script runs again from the top each time; read the name in a task or a "
                    "`step(...)`",
                    related=(found.related,),
                )
                continue
            what = CATEGORY_WORDS[found.category].removesuffix(",")
            runs = f"runs its module-level `{found.qualname}` (line {found.related.row}), which"
            if found.via:
                # two imports deep or more: each import runs the next module's top level
                path = " → ".join(workspace.shown(m) for m in found.via)
                runs = (
                    f"imports {path} in turn, whose module-level `{found.qualname}` "
                    f"(line {found.related.row})"
                )
            ctx.report(
                Span.of(statement),
                f"importing {workspace.shown(file)} {runs} {what}, on every replay "
                "of the workflow: "
                "the script runs again from the top each time; move that call into a "
                "function the workflow runs in a task or a `step(...)`",
                related=(found.related,),
            )


# In-memory buffers: a data-frame writer given one writes no file.
MEMORY_BUFFERS = frozenset({"io.StringIO", "io.BytesIO", "sys.stdout", "sys.stderr"})


# A pool's methods that run a function on its threads or processes and hand back its
# results (concurrent.futures executors, multiprocessing pools)
POOL_RUNNERS = frozenset(
    {"map", "submit", "starmap", "imap", "imap_unordered", "apply", "apply_async", "map_async"}
)


def pool_runs_own_function(ctx: RuleContext, call: BodyCall) -> bool:
    """`pool.map(parse, xs)` / `pool.submit(parse, x)`, `parse` a plain function (or a
    lambda) of the file: the threads compute what the body would compute itself, again
    in every round but to the same result, and what `parse` calls is followed and
    reported as the body's own calls (a task given there is WAC304's)."""
    if call.kind != CallKind.CALL or call.elsewhere is not None:
        return False
    method = call.qualname.rsplit(".", 1)[-1]
    if method not in POOL_RUNNERS or "." not in call.qualname:
        return False
    node = call.node
    if node.type not in ("call", "call_expression"):
        return False
    args, _, _ = sdk.arguments_of(ctx.model, node)
    if not args:
        return False
    first = sdk.unwrap(args[0])
    if first is not None and first.type == "identifier":
        tasks = {t.binding for t in ctx.model.tasks if t.binding}
        if ctx.model.text(first) in tasks:
            return False
    return sdk.function_named(ctx.model, first) is not None


def on_reported_result(node: Node, reported: set[int]) -> bool:
    """A method called on the result of a call that is reported itself
    (`conn.execute(q).fetchone()`, `(await db.query(q)).rows()`): the statement's I/O is
    that call's, one finding."""
    callee = node.child_by_field_name("function")
    if callee is None or callee.type not in ("attribute", "member_expression"):
        return False
    receiver = callee.child_by_field_name("object")
    while receiver is not None and receiver.type in TRANSPARENT_RECEIVERS:
        receiver = receiver.named_children[-1] if receiver.named_children else None
    return receiver is not None and receiver.id in reported


# wrappers a call's result passes through on its way to a method called on it
TRANSPARENT_RECEIVERS = frozenset({"parenthesized_expression", "await", "await_expression"})


def composed_calls(model: ScriptModel, calls: list[BodyCall]) -> set[int]:
    """TypeScript calls of the body passed, not awaited, as (part of) an argument of a
    call of the same library that is reported too: `prisma.$transaction([prisma.a.update(...)])`, a
    knex subquery in `whereIn`. The outer call runs them (Prisma's queries are lazy
    until awaited or batched), so the outer one is the finding."""
    by_node = {c.node.id: c for c in calls if c.elsewhere is None}
    composed: set[int] = set()
    for call in calls:
        if call.elsewhere is not None or call.chain:
            continue
        # the ancestors found once: `Node.parent` costs the depth (35,000 `!`s)
        above = model.ancestor_walk().ancestors(call.node)
        for at, node in enumerate(above[:-1]):
            if node.type in ("await_expression", "expression_statement"):
                break
            if node.type in ("arguments", "argument_list"):
                outer = by_node.get(above[at + 1].id)
                if outer is not None and library(outer.qualname) == library(call.qualname):
                    composed.add(id(call))
                    break
    return composed


def compiled_builders(
    ctx: RuleContext, extend: tuple[str, ...], allow: tuple[str, ...]
) -> set[int]:
    """TypeScript calls of the body whose result, never awaited, is only the receiver
    of a chain that ends in a call the catalogue calls harmless (`qb("orders").where(
    ...).select("id").toQuery()` of knex, `db.selectFrom("t").where(...).compile()` of
    Kysely) or in a client's call whose result is read for a property
    (`blobs.getContainerClient(c).getBlockBlobClient(b).url`). Such builders run their
    query only when awaited (knex's `then`) or executed (`execute()`), so the chain's
    calls are building steps, not requests. Node ids."""
    catalogue, allowed = _catalogue.effective(
        "side_effects.toml", ctx.model.language, extend, allow
    )
    out: set[int] = set()
    for call in ctx.model.body_calls:
        if call.kind == CallKind.READ or call.elsewhere is not None:
            continue
        entry = catalogue.lookup(call)
        if entry is None:
            continue
        if rendered_to_text(call):
            out.add(call.node.id)  # `kx("t").where(...).toString()`: the SQL text
        elif entry.category != _catalogue.NOT_MATCHING:
            if (
                entry.category not in SDK_CLIENT_CATEGORIES
                or entry.pattern == call.qualname
                or not (property_read(call.node) or kept_for_properties(ctx.model, call.node))
            ):
                # (a function the catalogue names itself, `ai.streamText`, does the I/O
                # when called, though it hands back its stream object at once: reading
                # `.textStream` of it does not make it a building step)
                continue
            # `pubsub.topic(t).name`, `container.getBlockBlobClient(b).url`: a promise has
            # no such property, so the call handed back an object of the library at once
            out.add(call.node.id)
        node = call.node
        while node.type == "call_expression":
            callee = node.child_by_field_name("function")
            receiver = callee.child_by_field_name("object") if callee is not None else None
            while receiver is not None and receiver.type in BUILDER_WRAPPERS:
                receiver = receiver.named_children[0] if receiver.named_children else None
            if callee is None or callee.type != "member_expression" or receiver is None:
                break
            if receiver.type == "call_expression":
                out.add(receiver.id)
            node = receiver
    return out


# Query builders whose `toString()` renders the query's SQL text, as their `toQuery()` /
# `toSQL()` do (knex documents `toString()` first). `.toString` is too common a method
# to be harmless on any receiver (`readFileSync(p).toString()` reads the file), so it
# is taken only at the end of a chain these libraries start.
TEXT_RENDERED_BUILDERS = frozenset({"knex"})


def rendered_to_text(call: BodyCall) -> bool:
    """`kx("orders").whereIn("id", ids).update({...}).toString()`: a builder of
    `TEXT_RENDERED_BUILDERS` turned into its SQL text, without arguments."""
    return (
        call.qualname.endswith(").toString")
        and not call.arg_count
        and library(call.qualname) in TEXT_RENDERED_BUILDERS
    )


def guessed_by_name(entry: _catalogue.Entry, call: BodyCall) -> bool:
    """The catalogue matched a method by its name alone (`.query`, `.execute`) on a
    receiver the model cannot name."""
    return entry.pattern.startswith(".") and call.qualname.startswith(".")


def guessed_own_method(
    ctx: RuleContext, call: BodyCall, entry: _catalogue.Entry, memo: dict[str, bool]
) -> bool:
    """A method the catalogue names by its name alone (`.execute`, `.query`), called
    on a receiver the model cannot name, in a file whose own classes, interfaces or
    object literals define a method of that name: the receiver is most likely one of
    the file's objects (a command pattern's `execute`, a repository's `query`), whose
    body the call graph follows on its own when it can."""
    if not guessed_by_name(entry, call):
        return False
    if call.elsewhere is not None or call.chain:
        return False
    method = call.qualname.rsplit(".", 1)[1]
    if method not in memo:
        memo[method] = defines_method(ctx.model, method)
    return memo[method]


# Where a name is a method of the file's own: a TypeScript class member or interface /
# type literal signature, an object literal's method; a Python `def` in a class body.
METHOD_DEFINITIONS = frozenset(
    {"method_definition", "method_signature", "abstract_method_signature", "function_definition"}
)


def defines_method(model: ScriptModel, method: str) -> bool:
    data = model.source.data
    root = model.tree.root_node
    for found in re.finditer(rb"(?<![\w$])" + re.escape(method.encode()) + rb"(?![\w$])", data):
        node = root.descendant_for_byte_range(found.start(), found.end())
        parent = node.parent if node is not None else None
        if parent is None or parent.child_by_field_name("name") != node:
            continue
        if parent.type in METHOD_DEFINITIONS and parent.type != "function_definition":
            return True
        if parent.type == "function_definition" and in_class_body(parent):
            return True
        if parent.type == "public_field_definition" and is_function(parent, "value"):
            return True
        if parent.type == "property_signature" and function_typed(parent):
            return True  # `{ query: (sql: string) => Row[] }`: a member typed as a function
    for found in re.finditer(rb"(?<![\w$])" + re.escape(method.encode()) + rb"\s*:", data):
        node = root.descendant_for_byte_range(found.start(), found.start() + len(method))
        pair = node.parent if node is not None else None
        if pair is not None and pair.type == "pair" and pair.child_by_field_name("key") == node:
            if is_function(pair, "value"):
                return True
    return False


def in_class_body(function: tree_sitter.Node) -> bool:
    body = function.parent
    if body is not None and body.type == "decorated_definition":
        body = body.parent
    return body is not None and body.parent is not None and body.parent.type == "class_definition"


def function_typed(signature: tree_sitter.Node) -> bool:
    """A TypeScript property signature whose type is a function type."""
    annotation = signature.child_by_field_name("type")
    inner = (
        annotation.named_children[0]
        if annotation is not None and annotation.named_children
        else None
    )
    while inner is not None and inner.type == "parenthesized_type" and inner.named_children:
        inner = inner.named_children[0]
    return inner is not None and inner.type == "function_type"


def is_function(node: tree_sitter.Node, field: str) -> bool:
    value = node.child_by_field_name(field)
    return value is not None and value.type in ("arrow_function", "function_expression", "function")


# Clients of services and databases, whose methods either send a request (and return
# a promise) or build another object of the library synchronously. Not `network` /
# `process` / `files`: `net.connect(p).remoteAddress`, `spawn(cmd).pid` and
# `Bun.file(p).size` act before their properties are read.
SDK_CLIENT_CATEGORIES = frozenset({"external-api", "database"})


def property_read(call: tree_sitter.Node) -> bool:
    """The call's result, not awaited, is only read for a property (`f(x).name`), not
    called on (`f(x).then(...)`)."""
    node = call
    parent = node.parent
    while parent is not None and parent.type in BUILDER_WRAPPERS:
        node, parent = parent, parent.parent
    if parent is None or parent.type != "member_expression":
        return False
    if parent.child_by_field_name("object") != node:
        return False
    holder = parent.parent
    return not (
        holder is not None
        and holder.type == "call_expression"
        and holder.child_by_field_name("function") == parent
    )


# DuckDB (duckdb 1.x): `duckdb.connect()` given no database opens `:memory:`, and the
# module-level functions run SQL on a default connection that is in memory too. What a
# connection does without leaving the process, and the methods that run the SQL they
# are given (judged by SQL_READS_OUTSIDE); its other methods (`read_csv`,
# `from_parquet`, `install_extension`, ...) read or fetch from outside.
DUCKDB_CONNECT = "duckdb.connect"
# Databases opened in memory when given no file name: `duckdb.connect()` (above), and
# bun:sqlite's `new Database()` (bun-types 1.4 `sqlite.d.ts`: "an empty string, `:memory:`
# or undefined for an in-memory database").
# chromadb's `EphemeralClient()` / `Client()` (chromadb 0.4+: `Settings()` defaults to
# `is_persistent=False`) keep their collections in the process's memory
IN_MEMORY_WITHOUT_NAME = frozenset(
    {DUCKDB_CONNECT, "bun:sqlite.Database", "chromadb.EphemeralClient", "chromadb.Client"}
)
DUCKDB_LOCAL_METHODS = frozenset(
    {
        "register",
        "unregister",
        "close",
        "cursor",
        "from_df",
        "from_arrow",
        "begin",
        "commit",
        "rollback",
        "table",
        "view",
        "values",
    }
)
DUCKDB_SQL_METHODS = frozenset({"sql", "query", "execute", "executemany"})
DUCKDB_MODULE_SQL = frozenset({"duckdb.sql", "duckdb.query", "duckdb.execute"})
# SQL that reaches outside DuckDB's memory: table functions over files, URLs and other
# databases (`read_csv_auto(...)`, `postgres_scan(...)`, `glob(...)`), a quoted path
# read as a table (`FROM 'events.parquet'`, also double-quoted: DuckDB's replacement
# scan reads a file for a table name it does not know), a URL, and the statements that attach,
# copy, export / import, install or load (extensions are downloaded), or set options.
SQL_READS_OUTSIDE = re.compile(
    r"\b(?:read_\w+|\w+_scan|glob|sniff_csv|parquet_\w+)\s*\("
    r"|\b(?:from|join)\s+['\"]"
    r"|://"
    r"|(?:^|;)\s*(?:copy|attach|detach|export|import|install|load|force|use|call|pragma|set"
    r"|create\s+(?:or\s+replace\s+)?(?:persistent\s+|temporary\s+)?secret)\b",
    re.IGNORECASE,
)


def first_argument(model: ScriptModel, call: Node, keyword: str) -> Node | None:
    """The first argument of a call (or `new`), or the value of `keyword=` when the
    first is that keyword argument."""
    args = call.child_by_field_name("arguments")
    first = args.named_children[0] if args is not None and args.named_children else None
    if first is not None and first.type == "keyword_argument":
        name = first.child_by_field_name("name")
        if name is None or model.text(name) != keyword:
            return None
        first = first.child_by_field_name("value")
    return first


def has_arguments(call: Node) -> bool:
    args = call.child_by_field_name("arguments")
    return args is not None and bool(args.named_children)


def literal_text(model: ScriptModel, node: Node | None) -> str | None:
    """The text of a plain string literal (no interpolation), or of adjacent ones."""
    if node is None:
        return None
    parts = node.named_children if node.type == "concatenated_string" else [node]
    texts: list[str] = []
    for part in parts:
        if part.type != "string" or any(c.type == "interpolation" for c in part.named_children):
            return None
        texts.append(
            "".join(model.text(c) for c in part.named_children if c.type == "string_content")
        )
    return "".join(texts)


def sql_stays_in_memory(model: ScriptModel, call: Node) -> bool:
    sql = literal_text(model, first_argument(model, call, "query"))
    return sql is not None and SQL_READS_OUTSIDE.search(sql) is None


def duckdb_in_memory(model: ScriptModel, call: Node, qualname: str) -> bool | None:
    """How a DuckDB call (`qualname` is what its callee reaches) bears on memory:
    True where it is, or opens, an in-memory database of its own (`duckdb.connect()`,
    `duckdb.sql("select ... from df")`); None for a step that keeps to the connection
    it is called on (`con.register(...)`, `con.execute("select 1")`: the connection
    decides); False where it reads from outside (a database file, `con.read_csv(p)`,
    SQL naming a file or a URL, a query that is not a literal)."""
    if qualname == DUCKDB_CONNECT:
        return literal_text(model, first_argument(model, call, "database")) == ":memory:"
    if qualname in DUCKDB_MODULE_SQL:
        return sql_stays_in_memory(model, call)
    head, dot, method = qualname.rpartition(").")
    if not dot or not head.startswith(DUCKDB_CONNECT + "("):
        return False  # `duckdb.read_csv(path)`, ...
    if method in DUCKDB_LOCAL_METHODS:
        return None
    if method in DUCKDB_SQL_METHODS and sql_stays_in_memory(model, call):
        return None
    return False


def duckdb_query_in_memory(model: ScriptModel, call: BodyCall) -> bool:
    """`duckdb.sql("select site, sum(n) from df group by site")`: DuckDB's module-level
    connection is in memory; a literal query that reads no file, URL or other
    database works on the process's own data (a data frame of the body)."""
    if call.elsewhere is not None or call.qualname not in DUCKDB_MODULE_SQL:
        return False
    return call.node.type == "call" and sql_stays_in_memory(model, call.node)


def in_memory_database(model: ScriptModel, call: BodyCall) -> bool:
    """A call on (or the building of) a database opened in memory, in the process:
    `new Database(":memory:")` of bun:sqlite / better-sqlite3 / node:sqlite, DuckDB's
    `":memory:"` (also by keyword, or by default: `duckdb.connect()`, and its
    module-level connection), and statements it prepares (`db.prepare(sql).run(...)`).
    Each round builds it again from the round's inputs; nothing outside the worker is
    touched. A DuckDB connection reads files and URLs when asked to: its methods that
    do (`read_csv`) and SQL that does are not in memory."""
    semantic = model.semantic
    if semantic is None or call.elsewhere is not None:
        return False
    node: tree_sitter.Node | None = call.node
    for _ in range(8):
        if node is None:
            return False
        if node.type in ("new_expression", "call_expression", "call"):
            callee = node.child_by_field_name(
                "constructor" if node.type == "new_expression" else "function"
            )
            qualname = semantic.qualified_name(callee) or ""
            if qualname in IN_MEMORY_WITHOUT_NAME and not has_arguments(node):
                return True  # `duckdb.connect()`, `new Database()`: no file named
            if node.type == "call":
                if qualname.startswith("duckdb."):
                    verdict = duckdb_in_memory(model, node, qualname)
                    if verdict is not None:
                        return verdict
                    node = callee
                    continue
            # `database=":memory:"` of sqlite / DuckDB, `location=":memory:"` of Qdrant
            first = first_argument(model, node, "database") or first_argument(
                model, node, "location"
            )
            if (
                first is not None
                and first.type == "string"
                and model.text(first)[1:-1] == ":memory:"
            ):
                return True
            node = callee
            continue
        if node.type in (
            "member_expression",
            "attribute",
            "parenthesized_expression",
            "await_expression",
            "await",
        ):
            node = node.child_by_field_name("object") or (
                node.named_children[0] if node.named_children else None
            )
            continue
        if node.type == "identifier":
            binding = semantic.resolve(node)
            if binding is None or binding.rebound or binding.reassigned or binding.member:
                return False
            node = binding.value
            continue
        return False
    return False


def kept_for_properties(model: ScriptModel, call: tree_sitter.Node) -> bool:
    """`const container = cosmos.database(d).container(c)` whose name is only ever
    read for a property (`container.id`): never awaited, called on or passed on, so
    the call handed back an object, not a promise of an answer."""
    node, parent = call, call.parent
    while parent is not None and parent.type in BUILDER_WRAPPERS:
        node, parent = parent, parent.parent
    if parent is None or parent.type != "variable_declarator":
        return False
    name = parent.child_by_field_name("name")
    if name is None or name.type != "identifier" or parent.child_by_field_name("value") != node:
        return False
    root = model.tree.root_node
    word = re.escape(model.text(name).encode())
    uses = 0
    for found in re.finditer(rb"(?<![\w$.])" + word + rb"(?![\w$])", model.source.data):
        ref = root.descendant_for_byte_range(found.start(), found.end())
        if ref is not None and ref.type == "shorthand_property_identifier":
            return False  # `{ container }`: handed on
        if ref is None or ref.id == name.id or ref.type != "identifier":
            continue  # the declaration itself, or the word in a string / comment
        if ref.start_byte != found.start() or not property_read(ref):
            return False
        uses += 1
    return uses > 0


# What may stand between a builder call and the method called on its result
# (`(qb("t") as Knex.QueryBuilder).toQuery()`, `qb("t")!.toQuery()`); not `await`.
BUILDER_WRAPPERS = frozenset({"parenthesized_expression", "non_null_expression", "as_expression"})


def library(qualname: str) -> str:
    """The module a qualified name starts with (`@prisma/client` of its client's calls)."""
    cut = min((i for i in (qualname.find("."), qualname.find("(")) if i > 0), default=-1)
    return qualname[:cut] if cut > 0 else qualname


def writes_to_memory(ctx: RuleContext, node: Node, entry: _catalogue.Entry | None = None) -> bool:
    """`df.to_csv(buf)` where the argument naming the file is an `io.StringIO()` /
    `io.BytesIO()` built there or bound once to one (by assignment or by `with ... as
    buf`): the first, or for an entry that asks for more positional arguments the last
    of them (`joblib.dump(model, buf)` of `joblib.dump(>1|filename)`), or the keyword
    the entry names."""
    semantic = ctx.model.semantic
    args = node.child_by_field_name("arguments")
    if semantic is None or node.type != "call" or args is None:
        return False
    key = _catalogue.Key.of(entry.pattern if entry is not None else "x")
    given = [a for a in args.named_children if a.type != "comment"]
    for arg in given:
        name = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
        if name is not None and ctx.model.text(name) in key.keywords:
            return is_memory_buffer(ctx, arg.child_by_field_name("value"))
    index = max(key.min_args - 1, 0)
    target = given[index] if index < len(given) else None
    if target is not None and target.type == "keyword_argument":  # `path_or_buf=buf`
        target = target.child_by_field_name("value") if index == 0 else None
    return is_memory_buffer(ctx, target)


def is_memory_buffer(ctx: RuleContext, first: Node | None) -> bool:
    """An `io.StringIO()` / `io.BytesIO()` built there, or a name bound once to one."""
    semantic = ctx.model.semantic
    if semantic is None:
        return False
    value = first
    if first is not None and first.type == "identifier":
        binding = semantic.resolve(first)
        if binding is None or binding.rebound or binding.member:
            return False
        value = (
            binding.value if binding.kind in (BindingKind.ASSIGNMENT, BindingKind.CONTEXT) else None
        )
    if value is None:
        return False
    if value.type == "call":
        value = value.child_by_field_name("function")
    return value is not None and semantic.qualified_name(value) in MEMORY_BUFFERS


# Standard-library clients that connect as they are built, given a host (positionally
# or as `host=`; IMAP4 connects to localhost without one): `ftplib.FTP(host)` logs in
# to nothing yet but has opened the socket and read the server's greeting. (smtplib's
# clients connect too, but what matters there is the mail each `sendmail` sends: those
# calls stay the findings.)
CONNECTING_CLASSES = {
    "ftplib.FTP": 1,
    "ftplib.FTP_TLS": 1,
    "imaplib.IMAP4": 0,
    "imaplib.IMAP4_SSL": 0,
    "poplib.POP3": 1,
    "poplib.POP3_SSL": 1,
    "telnetlib.Telnet": 1,
}


# DB-API `connect()` functions of database servers: the call opens the connection (a
# socket and the login), so it is network I/O of its own, each replay opening one more
# connection; the queries run over it are findings too (what they change matters),
# unlike the calls over a connection of `CONNECTING_CLASSES`. (`sqlite3.connect` opens a
# local file, like the configuration reads that are not reported: its queries are.)
CONNECTING_FUNCTIONS = frozenset(
    {
        "psycopg.connect",
        "psycopg2.connect",
        "asyncpg.connect",
        "pymysql.connect",
        "mysql.connector.connect",
    }
)


def awaited_instance_call(ctx: RuleContext, call: BodyCall) -> bool:
    """`await db("orders")` with `db = knex(...)`: a call of a client instance builds a
    query whose `then` runs it, so awaiting that call itself is the request, even where
    the same builder elsewhere is only the receiver of the reported call
    (`db("audit").insert(row)`)."""
    semantic = ctx.model.semantic
    if call.kind != CallKind.CALL or not call.qualname.endswith(")"):
        return False  # `knex(...)` itself builds the client
    if semantic is None or not semantic.syntax.unawaited_methods_build:
        return False  # Python's builders are run by their methods
    parent = call.node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        parent = parent.parent
    return parent is not None and parent.type == "await_expression"


def opens_connection(call: BodyCall) -> bool:
    return call.kind == CallKind.CALL and (
        call.qualname in CONNECTING_FUNCTIONS
        or (call.qualname in SENDING_WHEN_BUILT and call.arg_count > 0)
    )


# Objects whose building sends requests of its own, given what to send: llama-index's
# `VectorStoreIndex(nodes)` / `VectorStoreIndex.from_documents(docs)` embed every node
# through the embedding model's API as the index is built. Their methods are requests
# of their own too (`index.as_retriever().retrieve(q)` embeds the question).
SENDING_WHEN_BUILT = frozenset(
    {
        "llama_index.core.VectorStoreIndex",
        "llama_index.core.VectorStoreIndex.from_documents",
        "llama_index.core.indices.VectorStoreIndex",
        "llama_index.core.indices.VectorStoreIndex.from_documents",
    }
)


def connects_when_built(call: BodyCall) -> bool:
    needed = CONNECTING_CLASSES.get(call.qualname)
    if needed is None or call.kind != CallKind.CALL:
        return False
    return call.arg_count >= needed or "host" in _catalogue.keyword_names(call)


# The keywords an archive or compressed stream takes its open file object by
# (`tarfile.open(fileobj=buf)`, `gzip.GzipFile(fileobj=buf)`, `zipfile.ZipFile(file=buf)`).
FILE_OBJECT_KEYWORDS = frozenset({"fileobj", "file"})


def over_memory(ctx: RuleContext, node: Node, depth: int = 0) -> bool:
    """A file-like object opened over a buffer in memory, or a method of one:
    `zipfile.ZipFile(io.BytesIO(), "w")`, `tarfile.open(fileobj=buf)`, then
    `zf.writestr(...)` on it. Nothing reaches the disk."""
    semantic = ctx.model.semantic
    if semantic is None or node.type != "call" or depth > 4:
        return False
    if writes_to_memory(ctx, node):
        return True
    args = node.child_by_field_name("arguments")
    for arg in args.named_children if args is not None else ():
        name = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
        if name is not None and ctx.model.text(name) in FILE_OBJECT_KEYWORDS:
            if is_memory_buffer(ctx, arg.child_by_field_name("value")):
                return True
    function = node.child_by_field_name("function")
    receiver = function.child_by_field_name("object") if function is not None else None
    if function is None or function.type != "attribute" or receiver is None:
        return False
    if receiver.type == "identifier":
        binding = semantic.resolve(receiver)
        if binding is None or binding.rebound or binding.member:
            return False
        if binding.kind not in (BindingKind.ASSIGNMENT, BindingKind.CONTEXT):
            return False
        receiver = binding.value
    return receiver is not None and over_memory(ctx, receiver, depth + 1)


# The global timers: they only schedule their callback and return at once; the body
# waits only when one resolves a promise it awaits (`new Promise((r) => setTimeout(r, ms))`).
TIMERS = frozenset({"setTimeout", "setInterval", "setImmediate"})


def raced_against_durable_call(model: ScriptModel, call: BodyCall) -> bool:
    """A timer that is an entrant of `Promise.race([t(x), timer(ms)])` beside a durable
    call, or that a helper of the file races against the durable call the body hands it
    (`withTimeout(t(x), ms)`): windmill-client 1.818.0's durable calls settle in the
    race's first job (the recorded result, or the suspension), so nothing waits for the
    timer."""
    node = call.node
    if call.site is not None:
        node = next(
            (c for c in sdk.call_nodes(model) if c.start_byte == call.site.start_byte), node
        )
        helper = sdk.function_named(model, sdk.callee_of(node))
        if helper is not None:
            args = sdk.arguments_of(model, node)[0]
            params = ts_parameter_names(model, helper)
            for name, arg in zip(params, args, strict=False):
                if sdk.is_durable_call(model, arg) and races_against_timer(model, helper, name):
                    return True
    member = node
    for _ in range(12):  # `new Promise((r) => setTimeout(r, ms))` inside the entrant
        parent = model.parent_of(member)
        if parent is None:
            return False
        if parent.type == "array":
            race = model.parent_of(parent)
            race = model.parent_of(race) if race is not None else None
            if race is None or race.type != "call_expression":
                return False
            if model.text(sdk.callee_of(race) or race) not in ("Promise.race", "Promise.any"):
                return False
            others = [m for m in parent.named_children if m.id != member.id]
            return any(sdk.is_durable_call(model, m) for m in others)
        member = parent
    return False


def schedules_only(model: ScriptModel, node: Node, qualname: str) -> bool:
    """A global timer call outside any `new Promise(...)`: nothing awaits the delay (what
    its callback does is reported on the callback's own lines)."""
    if qualname not in TIMERS or node.type != "call_expression":
        return False
    return not _module_level.awaits_timer(model, node)


# Timers that take the callback first and the delay second (the global ones and
# `node:timers`'); `node:timers/promises`' take the delay first (`setTimeout(ms, value)`).
CALLBACK_TIMERS = frozenset(
    {"setTimeout", "setImmediate", "timers.setTimeout", "timers.setImmediate"}
)


def waits_for_nothing(model: ScriptModel, node: Node, qualname: str) -> bool:
    """`sleep(0)` / `setTimeout(fn)` / `setTimeout(fn, 0)` / `setImmediate(fn)`, and
    `node:timers/promises`' `setImmediate()` / `setTimeout(0)`: no time is waited."""
    args = node.child_by_field_name("arguments")
    if node.type not in ("call", "call_expression") or args is None:
        return False
    values = [a for a in args.named_children if a.type != "comment"]
    if qualname.endswith("setImmediate"):
        return True
    if qualname in CALLBACK_TIMERS:
        if len(values) < 2:
            return True  # no delay: the callback runs on the next turn
        delay: Node | None = values[1]
    else:
        delay = values[0] if values else None
    return delay is not None and model.text(delay) in ("0", "0.0")
