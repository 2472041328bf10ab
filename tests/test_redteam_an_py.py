"""Red team AN (anp): regressions for the general causes behind the misses and false
findings of `tests/corpus/adversarial/an_py_*` (Python workflows written with an
assistant, ported from notebooks, and LLM pipelines).

- WAC102: a Python call whose every argument is the literal `None` is the call without
  them, since `None` is what those parameters default to: `np.random.default_rng(seed=
  None)`, `default_rng(None)`, `random.Random(None)`, `RandomState(seed=None)` seed
  themselves from the OS (a seed that is a name is still trusted); so does
  `random.seed(None)` / `np.random.seed(None)` in the body before a draw from the
  module's generator (found after the blind run, probing other spellings).
- WAC102 (found after the blind run, probing other spellings of the solver-choice
  script): the worker's hardware is environment like `os.cpu_count()`:
  `torch.cuda.is_available()`, `torch.cuda.device_count()`, `platform.machine()` decide
  differently on a GPU or ARM worker than on the one that ran the round before.
- WAC102: scikit-learn's K-fold splitters shuffle only with `shuffle=True` (`KFold(5)`
  keeps the order; `KFold(5, shuffle=True)` without `random_state` draws from numpy's
  global generator), `train_test_split(..., shuffle=False)` keeps the order while
  `shuffle=True` alone is random. Catalogue entries say so with `+keyword` (required)
  and `keyword=False` (excusing) in their `(!...)` conditions.
- WAC101: `joblib.dump(model, path)` / `torch.save(state, path)` write the file named
  by their second argument (or `filename=` / `f=`); into an `io.BytesIO` they stay in
  memory, like a data-frame writer given a buffer.
- Semantic model: `a, b = x, y` binds `a` to `x` and `b` to `y` (a tuple or list
  written out, as long as the targets, none starred), so a buffer or a client bound
  that way is known (`raw, text = io.BytesIO(), io.StringIO()`, `session, url =
  requests.Session(), u`).
- WAC107: an element-wise comparison of a numpy array or a pandas column (`arr > 5`,
  `df["n"] == 0`) is an array / Series of booleans; its `sum()` is a `numpy.int64`
  (the count), which the checkpoint's `default=str` writes as a string. And a
  comparison of a numpy scalar (`arr.sum() > limit`, `np.mean(x) >= 3`,
  `df["t"].mean() > 3`) is a `numpy.bool_`, written `"False"`, a truthy string (found
  after the blind run, probing other spellings).
- WAC101: a store opened in the process's memory is not I/O for an API client either:
  Qdrant's local mode, `QdrantClient(":memory:")` / `location=":memory:"` (a server
  URL still is).
- WAC101: a library's `from_*` alternate constructor builds an object of that library
  (`instructor.from_openai(OpenAI())`, so its `chat.completions.create` is the
  request); instructor's clients and llama-index's `VectorStoreIndex(nodes)` /
  `.from_documents(docs)` (which embed every node through the embedding API as the
  index is built) are catalogued.
- WAC101 (catalogue, found after the blind run probing other LLM libraries): Python
  chromadb clients (a server's collections) and LiteLLM's other endpoints
  (`aembedding`, `rerank`, ...) and its `Router`'s calls.
- WAC101 (the call graph): a dict comprehension whose values are its loop variable over
  a tuple or list of functions of the file (`{fn.__name__: fn for fn in (lookup,
  refund)}`) is a table of those functions: a computed-key call (`TOOLS[name](**args)`)
  may run any of them; tasks in it are dispatched, not run.
- WAC101 (semantic model): a LangChain chain piped with `|` (`prompt | llm |
  StrOutputParser()`, in a name or inline) is named after its member that may send
  (the first object of a library other than `langchain_core`), so its `invoke` /
  `ainvoke` / `batch` are that client's requests; a pipe of core runnables, a set
  union and a rendered prompt are not.
- WAC101 (the call graph): a function of the file under a library decorator that
  wraps it in an object calling it (LangChain's `@tool`: `invoke` / `ainvoke` / `run` /
  `arun`; Prefect's `@task` / `@flow`: `.fn`) runs where that method is called.
- WAC301 (found after the blind run; the brief's "approval return values used wrongly"):
  wmill 1.850.0's `wait_for_approval` returns a dict (`value`, `approver`, `approved`),
  so `decision.approved` (a name assigned the approval, or the awaited call itself)
  raises `AttributeError` once the approval resumes; dict methods and subscripts are
  fine. Likewise a step returning `get_resume_urls()` / `get_approval_urls(key)` (a
  dict: `urls.resume`).
- WAC301 / WAC302: `step("x", func=fn)` is reported once, by WAC302 naming `fn`, not
  also as a `step` without a function.
"""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


@cache
def run(code: str) -> tuple[tuple[int, str, str], ...]:
    source = SourceFile("<t>.py", code, LANG_PYTHON)
    result = analyze_source(source)
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, f.message) for f in result.findings if f.code != "WAC901")


def rows(code: str) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code)]


def random_message(name: str, unless: bool = False) -> str:
    condition = " unless given `random_state=`" if unless else ""
    return (
        f"`{name}` is random{condition}: the value changes between replays of the workflow "
        "body; capture it with `step(...)`"
    )


SEEDS = """\
import random

import numpy as np
from sklearn.model_selection import KFold, StratifiedKFold, train_test_split

from wmill import task, workflow


@task
async def work(x: list) -> str:
    return "ok"


@workflow
async def main(xs: list, ys: list, seed: int):
    a = np.random.default_rng(seed=None)
    b = np.random.default_rng(None)
    c = random.Random(None)
    d = np.random.RandomState(seed=None)
    e = np.random.default_rng(seed)
    f = random.Random(seed)
    g = KFold(n_splits=5)
    h = KFold(n_splits=5, shuffle=True)
    i = KFold(n_splits=5, shuffle=True, random_state=seed)
    j = StratifiedKFold(n_splits=3, shuffle=True)
    k = KFold(n_splits=5, shuffle=False)
    l = train_test_split(xs, ys, shuffle=False)
    m = train_test_split(xs, ys, shuffle=True)
    n = train_test_split(xs, ys, random_state=seed)
    return await work([a, b, c, d, e, f, g, h, i, j, k, l, m, n])
"""


def test_none_seed_is_no_seed() -> None:
    found = run(SEEDS)
    assert (16, "WAC102", random_message("np.random.default_rng")) in found
    assert (17, "WAC102", random_message("np.random.default_rng")) in found
    assert (18, "WAC102", random_message("random.Random")) in found
    assert (19, "WAC102", random_message("np.random.RandomState")) in found
    assert not {20, 21} & {row for row, _ in rows(SEEDS)}  # seeded by a name


def test_kfold_shuffles_only_when_asked() -> None:
    found = run(SEEDS)
    assert (23, "WAC102", random_message("KFold", unless=True)) in found
    assert (25, "WAC102", random_message("StratifiedKFold", unless=True)) in found
    assert (28, "WAC102", random_message("train_test_split", unless=True)) in found
    # KFold(5), seeded, shuffle=False; train_test_split(shuffle=False) and seeded
    assert not {22, 24, 26, 27, 29} & {row for row, _ in rows(SEEDS)}


IO = """\
import io

import joblib
import numpy as np
import pandas as pd
import requests
import torch
from qdrant_client import QdrantClient

from wmill import step, task, workflow


@task
async def work(x: str) -> str:
    return x


@workflow
async def main(rows: list, url: str):
    model = {"w": rows}
    joblib.dump(model, "/tmp/model.joblib")
    torch.save(model, "/tmp/state.pt")
    raw, text = io.BytesIO(), io.StringIO()
    joblib.dump(model, raw)
    torch.save(model, f=raw)
    pd.DataFrame(rows).to_csv(text)
    session, endpoint = requests.Session(), url
    session.post(endpoint, json=rows)
    local = QdrantClient(":memory:")
    local.create_collection("c", vectors_config=None)
    other = QdrantClient(location=":memory:")
    other.upsert("c", points=[])
    remote = QdrantClient(url=url)
    remote.upsert("c", points=[])
    arr = np.array(rows, dtype=float)
    frame = pd.DataFrame(rows)
    a = await step("a", lambda: (arr > 5).sum())
    b = await step("b", lambda: (frame["n"] == 0).sum())
    c = await step("c", lambda: int((arr > 5).sum()))
    d = await step("d", lambda: (arr > 5).mean())
    return await work(str([a, b, c, d]))
"""

DATA_IO = (
    "reads or writes data outside the workflow (a file, a URL or a database) in the "
    "workflow body, which re-runs on every replay; move it into a task or a `step(...)`"
)


def test_model_dumps_to_a_path_not_to_a_buffer() -> None:
    found = run(IO)
    assert (21, "WAC101", f"`joblib.dump` {DATA_IO}") in found
    assert (22, "WAC101", f"`torch.save` {DATA_IO}") in found
    assert not {24, 25, 26} & {row for row, _ in rows(IO)}


def test_tuple_assignment_binds_each_item() -> None:
    found = run(IO)
    assert (
        28,
        "WAC101",
        "`session.post` does network I/O in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`",
    ) in found


def test_qdrant_in_memory_is_in_the_process() -> None:
    found = rows(IO)
    assert not {30, 32} & {row for row, _ in found}
    assert (34, "WAC101") in found


def test_sum_of_a_boolean_array_is_a_numpy_integer() -> None:
    found = run(IO)
    what = (
        "is a numpy integer (`numpy.int64`, not an `int`: the sum of booleans counts them) "
        "returned by this step: it is checkpointed as JSON and comes back as a string "
        '(`"12"`)'
    )
    assert (37, "WAC107", f"`(arr > 5).sum()` {what}") in found
    assert (38, "WAC107", f'`(frame["n"] == 0).sum()` {what}') in found
    assert not {39, 40} & {row for row, _ in rows(IO)}


LLM = """\
import httpx
import instructor
from anthropic import Anthropic
from instructor import from_openai
from llama_index.core import Document, VectorStoreIndex
from llama_index.core.node_parser import SentenceSplitter
from openai import OpenAI

from wmill import step, task, workflow

client = from_openai(OpenAI())
claude = instructor.from_anthropic(Anthropic())


def lookup(q: str) -> dict:
    return httpx.get("https://x.example", params={"q": q}).json()


def shout(q: str) -> str:
    return q.upper()


@task
async def search(q: str) -> dict:
    return {"q": q}


PLAIN = {fn.__name__: fn for fn in (lookup, shout)}
PURE = {fn.__name__: fn for fn in [shout]}
TASKS = {fn.__name__: fn for fn in (search,)}


@workflow
async def main(texts: list[str], q: str, tool: str):
    a = client.chat.completions.create(model="m", response_model=dict, messages=[])
    b = claude.messages.create(model="m", max_tokens=10, response_model=dict, messages=[])
    docs = [Document(text=t) for t in texts]
    nodes = SentenceSplitter(chunk_size=256).get_nodes_from_documents(docs)
    index = VectorStoreIndex(nodes)
    again = VectorStoreIndex.from_documents(docs)
    c = PLAIN[tool](q)
    d = PURE[tool](q)
    e = await TASKS[tool](q)
    f = await step("f", func=lambda: q)
    return [a, b, index, again, c, d, e, f]
"""

API = (
    "calls a cloud or external API in the workflow body, which re-runs on every replay; "
    "move it into a task or a `step(...)`"
)


def test_wrapped_llm_clients_and_vector_index() -> None:
    found = run(LLM)
    assert (35, "WAC101", f"`client.chat.completions.create` {API}") in found
    assert (36, "WAC101", f"`claude.messages.create` {API}") in found
    assert (39, "WAC101", f"`VectorStoreIndex` {API}") in found
    assert (40, "WAC101", f"`VectorStoreIndex.from_documents` {API}") in found
    assert not {37, 38} & {row for row, _ in rows(LLM)}  # documents and splitting


def test_comprehension_table_of_functions() -> None:
    found = run(LLM)
    assert (
        41,
        "WAC101",
        "`httpx.get` (reached through `main → lookup → httpx.get`) does network I/O in the "
        "workflow body, which re-runs on every replay; move it into a task or a `step(...)`",
    ) in found
    assert not {42, 43} & {row for row, _ in rows(LLM)}  # pure functions; tasks


def test_step_misspelt_function_keyword_reported_once() -> None:
    found = [f for f in run(LLM) if f[0] == 44]
    assert found == [
        (
            44,
            "WAC302",
            "`func` is not an option of `step`: the SDK raises `TypeError` on this call; it "
            "reads fn, name",
        )
    ]


LANGCHAIN = """\
import prefect
import requests
from langchain_anthropic import ChatAnthropic
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI

from wmill import task, workflow

prompt = ChatPromptTemplate.from_messages([("human", "{text}")])
llm = ChatOpenAI(model="gpt-4o-mini")
render = prompt | StrOutputParser()
chain = prompt | ChatAnthropic(model="claude-sonnet-4-5") | StrOutputParser()


@tool("search_web", parse_docstring=True)
def search_web(query: str) -> str:
    \"\"\"Search.\"\"\"
    return requests.get("https://s.example", params={"q": query}).text


@tool
def shout(text: str) -> str:
    \"\"\"Upper.\"\"\"
    return text.upper()


@prefect.task(retries=2)
def load(url: str) -> str:
    return requests.get(url).text


@task
async def work(x: str) -> str:
    return x


@workflow
async def main(text: str, tags: list[str], more: list[str]):
    a = (prompt | llm).invoke({"text": text})
    b = await chain.ainvoke({"text": text})
    c = chain.batch([{"text": text}])
    d = render.invoke({"text": text})
    e = set(tags) | set(more)
    f = prompt.invoke({"text": text})
    g = search_web.invoke({"query": text})
    h = shout.invoke({"text": text})
    i = load.fn(text)
    j = search_web.name
    return await work(str([a, b, c, d, sorted(e), f, g, h, i, j]))
"""


def test_lcel_pipe_invokes_its_sending_member() -> None:
    found = run(LANGCHAIN)
    assert (41, "WAC101", f"`(prompt | llm).invoke` {API}") in found
    assert (42, "WAC101", f"`chain.ainvoke` {API}") in found
    assert (43, "WAC101", f"`chain.batch` {API}") in found
    # a pipe of langchain_core's runnables only, a set union, a prompt rendered
    assert not {44, 45, 46} & {row for row, _ in rows(LANGCHAIN)}


def test_library_decorated_function_called_through_its_object() -> None:
    found = run(LANGCHAIN)
    for row, name in ((47, "search_web"), (49, "load")):
        assert (
            row,
            "WAC101",
            f"`requests.get` (reached through `main → {name} → requests.get`) does network "
            "I/O in the workflow body, which re-runs on every replay; move it into a task or "
            "a `step(...)`",
        ) in found
    assert not {48, 50} & {row for row, _ in rows(LANGCHAIN)}  # a pure tool; an attribute


GLOBAL_SEEDS = """\
import random

import numpy as np

from wmill import task, workflow


@task
async def work(x: list) -> str:
    return "ok"


@workflow
async def main(xs: list, seed: int):
    random.seed(None)
    a = random.choice(xs)
    random.seed()
    b = random.choice(xs)
    np.random.seed(None)
    c = np.random.permutation(xs)
    random.seed(seed)
    d = random.choice(xs)
    return await work([a, b, list(c), d])
"""


def test_global_seed_of_none_fixes_nothing() -> None:
    found = run(GLOBAL_SEEDS)
    assert (16, "WAC102", random_message("random.choice")) in found
    assert (18, "WAC102", random_message("random.choice")) in found
    assert (20, "WAC102", random_message("np.random.permutation")) in found
    assert 22 not in {row for row, _ in rows(GLOBAL_SEEDS)}  # seeded with a value


NUMPY_BOOLS = """\
import numpy as np
import pandas as pd

from wmill import step, task, workflow


@task
async def work(x: str) -> str:
    return x


@workflow
async def main(rows: list, limit: float):
    arr = np.array(rows, dtype=float)
    frame = pd.DataFrame(rows)
    a = await step("a", lambda: arr.sum() > limit)
    b = await step("b", lambda: np.mean(arr) >= limit)
    c = await step("c", lambda: frame["t"].mean() > limit)
    d = await step("d", lambda: float(np.mean(arr)) > limit)
    e = await step("e", lambda: bool(arr.sum() > limit))
    f = await step("f", lambda: len(rows) > 3)
    g = await step("g", lambda: np.mean(arr))
    return await work(str([a, b, c, d, e, f, g]))
"""


def test_comparison_of_a_numpy_scalar_is_a_numpy_bool() -> None:
    found = run(NUMPY_BOOLS)
    tail = (
        "is a numpy `bool_` (a comparison of a numpy scalar) returned by this step: it is "
        'checkpointed as JSON and comes back as a string (`"False"` is truthy)'
    )
    assert (16, "WAC107", f"`arr.sum() > limit` {tail}") in found
    assert (17, "WAC107", f"`np.mean(arr) >= limit` {tail}") in found
    assert (18, "WAC107", f'`frame["t"].mean() > limit` {tail}') in found
    # converted first, a Python comparison, a float64 itself (a `float`)
    assert not {19, 20, 21, 22} & {row for row, _ in rows(NUMPY_BOOLS)}


VECTOR_AND_ROUTER = """\
import chromadb
import litellm

from wmill import task, workflow

chroma = chromadb.HttpClient(host="chroma.internal", port=8000)
router = litellm.Router(model_list=[])


@task
async def work(x: str) -> str:
    return x


@workflow
async def main(q: str):
    b = chroma.get_or_create_collection("docs").add(ids=["1"], documents=[q])
    c = await litellm.aembedding(model="text-embedding-3-small", input=[q])
    d = await router.acompletion(model="m", messages=[])
    return await work(str([b, c, d]))
"""


def test_chromadb_and_litellm_endpoints() -> None:
    found = run(VECTOR_AND_ROUTER)
    assert (17, "WAC101", f"`chroma.get_or_create_collection` {API}") in found
    assert (18, "WAC101", f"`litellm.aembedding` {API}") in found
    assert (19, "WAC101", f"`router.acompletion` {API}") in found
    assert [row for row, _ in rows(VECTOR_AND_ROUTER)] == [17, 18, 19]


def test_chromadb_in_memory_clients_are_in_the_process() -> None:
    """chromadb 0.4+: `EphemeralClient()` and `Client()` (`Settings()` defaults to
    `is_persistent=False`) keep collections in the process; a server's are WAC101's."""
    for client in ("chromadb.EphemeralClient()", "chromadb.Client()"):
        code = VECTOR_AND_ROUTER.replace(
            'chromadb.HttpClient(host="chroma.internal", port=8000)', client
        )
        assert [row for row, _ in rows(code)] == [18, 19]


HARDWARE = """\
import platform

import torch

from wmill import task, workflow


@task
async def big(x: int) -> int:
    return x


@workflow
async def main(x: int):
    if torch.cuda.is_available():
        await big(x)
    if platform.machine() == "arm64":
        await big(x)
    if torch.cuda.device_count() > 1:
        await big(x)
    print(f"cuda: {torch.cuda.is_available()}")
    return x
"""


def test_worker_hardware_is_environment() -> None:
    found = run(HARDWARE)
    for row, name in (
        (15, "torch.cuda.is_available"),
        (17, "platform.machine"),
        (19, "torch.cuda.device_count"),
    ):
        assert (
            row,
            "WAC102",
            f"`{name}` reads the process environment: the value changes between replays of "
            "the workflow body; capture it with `step(...)`",
        ) in found
    assert 21 not in {row for row, _ in rows(HARDWARE)}  # a log line


APPROVAL_RESULT = """\
from wmill import task, wait_for_approval, workflow


@task
async def ship(x: int) -> int:
    return x


@workflow
async def main(x: int):
    decision = await wait_for_approval(timeout=3600, key="lead")
    if not decision.approved:
        return {"by": decision.get("approver"), "note": decision["value"]}
    again = (await wait_for_approval(key="qa")).approver
    ok = (await wait_for_approval(key="ops"))["approved"]
    return await ship(x) if ok and again else None
"""


def test_approval_result_is_a_dict() -> None:
    found = run(APPROVAL_RESULT)

    def message(read: str, attr: str, owner: str) -> str:
        return (
            f"`{read}`: `wait_for_approval` returns a dict (`value`, `approver`, `approved`), "
            f"which has no attribute `{attr}`: this raises `AttributeError` once the approval "
            f'resumes; read `{owner}["{attr}"]`'
        )

    assert (12, "WAC301", message("decision.approved", "approved", "decision")) in found
    owner = '(await wait_for_approval(key="qa"))'
    assert (14, "WAC301", message(f"{owner}.approver", "approver", owner)) in found
    assert not {13, 15, 16} & {row for row, _ in rows(APPROVAL_RESULT)}  # get, subscripts


STORED_APPROVAL = """\
from wmill import wait_for_approval, workflow


@workflow
async def main(x: int):
    pending = wait_for_approval(key="lead")
    if x < 0:
        pending.close()
        return None
    decision = await pending
    return decision["approved"]
"""


def test_stored_approval_coroutine_is_no_dict() -> None:
    assert 8 not in {row for row, _ in rows(STORED_APPROVAL)}  # the coroutine's `close`


URL_STEPS = """\
import wmill
from wmill import get_resume_urls, step, task, wait_for_approval, workflow


@task
async def notify(url: str) -> None:
    return None


@workflow
async def main(x: int):
    urls = await step("urls", lambda: get_resume_urls())
    await notify(urls.resume)
    links = await step("links", lambda: wmill.get_approval_urls("lead"))
    await notify(links["resume"])
    await notify(links.get("cancel"))
    other = await step("other", lambda: {"resume": "x"})
    await notify(other["resume"])
    d = await wait_for_approval(key="lead")
    return d["approved"]
"""


def test_url_helper_step_result_is_a_dict() -> None:
    assert run(URL_STEPS) == (
        (
            13,
            "WAC301",
            "`urls.resume`: the step returns what `get_resume_urls` answers, a dict "
            "(`approvalPage`, `resume`, `cancel`), which has no attribute `resume`: this "
            'raises `AttributeError` in every round; read `urls["resume"]`',
        ),
    )
