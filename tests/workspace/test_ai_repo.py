"""Red team AI, repository (`ai_repo/`): a payments operations team's workspace as `wmill
sync pull` writes it (`wmill.yaml` with `nonDottedPaths: true`, so flows are `__flow/`
folders; a script with modules, `f/treasury/fx_hedge__mod/`).

`f/payments/` is the Python layer: a folder `__init__.py` re-exporting with `__all__`
(which Windmill never runs), a module named `time` importing the standard library's
`time`, `json_utils`, shared tasks and `task_script`s, a treasury desk class whose method
waits for an approval with a literal key, `safety.guarded` handing the task to
`retry.attempt`, which catches `BaseException` (two modules down), an exchange-rate module
loaded with `importlib.import_module` of a constant, and a client module with a conditional
import (`try: import orjson ... except ImportError`) and a module-level
`requests.Session()`. `f/ts/` is the TypeScript side: a barrel (`export *`, `export {
default as Ledger }`, `export type`, `export * as review`), a module fetching its flags with
a top-level `await`, a review-queue class waiting for an approval, and `bestEffort` handing
the task to `withBackoff` of a third module, whose catch keeps the suspension. `f/ops/`
holds plain scripts the workflows and flows run by path (one with a syntax error, one whose
`.script.yaml` predates its `book` parameter, one pinning a script by hash); `u/dana/`
one-off scripts using the by-path runners. Every `.script.yaml` was written by Windmill's
own CLI (`windmill-oracle script-yaml`).

Written blind; measured before any fix: 20 of 24 marked findings on their line, and 2
unmarked findings, both true and one line off the marks (WAC401 at the path argument of a
multi-line call, WAC402 "requires" at the call line), so 0 false findings. Missed: WAC303
through a method of another module's class, called on an instance the body builds
(`desk = TreasuryDesk(...)`, `new ReviewQueue(...)`, `new pay.review.ReviewQueue(...)` of a
barrel's `export * as review`). Misleading: WAC201 / WAC202 named the helper the body calls
(`guarded`, `bestEffort`) as holding the catch, which sits in a helper of a third module.
After the fixes: 25 of 25, 0 false findings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks
from tests.workspace.red_team_repo import Pinned, RepoCorpus
from wac_lint.engine import analyze_bytes, analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "ai_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/payments/", "f/ts/", "f/ops/"),
    support_files=("f/payouts/payout_rules.py",),
    min_callers=24,
    min_correct_share=0.4,
)
# What wac-lint gets wrong today: strict xfails, removed as they are fixed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.fixture(scope="module")
def repo_findings() -> dict[str, list[tuple[int, str, str, str]]]:
    """Every finding of every file of the repository, analysed once for the module."""
    forget_projects()
    out = {}
    for path in CORPUS.files:
        result = analyze_bytes(path.read_bytes(), str(path))
        assert not result.errors, [f"{e.code}: {e.error}" for e in result.errors]
        out[CORPUS.rel(path)] = [(f.row, f.code, f.severity, f.message) for f in result.findings]
    return out


def test_repository_shape() -> None:
    CORPUS.check_shape()


@pytest.mark.parametrize("path", CORPUS.cases(KNOWN_GAPS), ids=CORPUS.test_id)
def test_findings_are_the_marked_ones(path: Path, repo_findings) -> None:
    found = {(row, code) for row, code, _, _ in repo_findings[CORPUS.rel(path)]}
    assert found == expected_marks(path)


# Small cases, one per general cause the batch found; one workspace, analysed once.
SMALL = {
    # a class of another module whose methods wait for approvals: a literal key, the
    # key the construction gives (`self.key`), a key parameter, a static method
    "f/lib/desk.py": (
        "from wmill import wait_for_approval\n\n\n"
        "class Desk:\n"
        "    def __init__(self, key: str, team: str = 'ops') -> None:\n"
        "        self.key = key\n        self.team = team\n\n"
        "    async def ask(self, note: str) -> bool:\n"
        "        answer = await wait_for_approval(key=self.key, description=note)\n"
        "        return bool(answer.get('approved'))\n\n"
        "    async def ask_for(self, key: str, note: str = '') -> bool:\n"
        "        answer = await wait_for_approval(key=key, description=note)\n"
        "        return bool(answer.get('approved'))\n\n"
        "    async def fixed(self) -> bool:\n"
        "        answer = await wait_for_approval(key='fixed')\n"
        "        return bool(answer.get('approved'))\n\n"
        "    @staticmethod\n    async def once() -> bool:\n"
        "        answer = await wait_for_approval(key='static')\n"
        "        return bool(answer.get('approved'))\n"
    ),
    "f/app/desk.py": (
        "from wmill import workflow\n\nfrom f.lib.desk import Desk\n\n\n"
        "@workflow\nasync def main(items: list[str]):\n"
        "    d = Desk('treasury')\n"
        "    await d.ask('a')\n"
        "    await d.ask('b')\n"  # 10: WAC303 (`self.key` of `Desk("treasury")`)
        "    for i in items:\n"
        "        await Desk('x').fixed()\n"  # 12: WAC303 (in a loop)
        "    await d.ask_for('k1')\n"
        "    await d.ask_for(key='k1')\n"  # 14: WAC303 (its parameter `key`)
        "    await d.ask_for('k2', 'first')\n"  # 15: another key
        "    for i in items:\n"
        "        await Desk.once()\n"  # 17: WAC303 (a static method)
        "    for i in items:\n"
        "        await Desk(i).ask('per item')\n"  # 19: a key per item
        "    Desk('y').fixed()\n"  # 20: WAC106 only: the coroutine never runs
        "    return items\n"
    ),
    "f/lib/queue.ts": (
        'import { waitForApproval } from "windmill-client";\n'
        "export class Queue {\n  constructor(private readonly key: string) {}\n"
        "  async ask(note: string) {\n"
        "    return await waitForApproval({ key: this.key, description: note });\n  }\n"
        '  async fixed() {\n    return await waitForApproval({ key: "fixed" });\n  }\n}\n'
        "export default class Other {\n"
        '  async fixed() {\n    return await waitForApproval({ key: "other" });\n  }\n}\n'
    ),
    "f/lib/index.ts": 'export * as queues from "./queue.ts";\n',
    "f/app/queue.ts": (
        'import { workflow } from "windmill-client";\n'
        'import Other, { Queue } from "../lib/queue.ts";\n'
        'import * as kit from "/f/lib/index.ts";\n\n'
        "export const main = workflow(async (items: string[]) => {\n"
        '  const q = new Queue("rev");\n'
        '  await q.ask("a");\n'
        '  await q.ask("b");\n'  # 8: WAC303 (`this.key` of `new Queue("rev")`)
        "  for (const i of items) await new Queue(i).fixed();\n"  # 9: WAC303 (in a loop)
        "  const o = new Other();\n"
        "  await o.fixed();\n"
        "  await o.fixed();\n"  # 12: WAC303 (a default-exported class)
        '  const k = new kit.queues.Queue("k");\n'
        "  for (const i of items) await k.ask(i);\n"  # 14: WAC303 (`export * as`)
        "  return items;\n});\n"
    ),
    # the same methods dispatching a task: a loop over a set, a call never awaited
    "f/lib/runner.py": (
        "from f.lib.tasks import charge\n\n\nclass Runner:\n"
        "    def __init__(self, rail: str) -> None:\n        self.rail = rail\n\n"
        "    async def run(self, card: str) -> str:\n        return await charge(card)\n"
    ),
    "f/app/runner.py": (
        "from wmill import workflow\n\nfrom f.lib.runner import Runner\n\n\n"
        "@workflow\nasync def main(cards: list[str]):\n"
        "    r = Runner('sepa')\n"
        "    for card in set(cards):\n"  # 9: WAC105
        "        await r.run(card)\n"
        "    r.run('dropped')\n"  # 11: WAC106
        "    for card in sorted(set(cards)):\n"
        "        await Runner('x').run(card)\n"
        "    return cards\n"
    ),
    # a broad catch two modules down: the message names the helper that holds it
    "f/lib/retry.py": (
        "async def attempt(fn, *args):\n    try:\n        return await fn(*args)\n"
        "    except BaseException:\n        return None\n"
    ),
    "f/lib/safety.py": (
        "from f.lib.retry import attempt\n\n\n"
        "async def guarded(fn, *args):\n    return await attempt(fn, *args)\n"
    ),
    "f/lib/tasks.py": (
        "from wmill import task\n\n\n@task()\nasync def charge(card: str) -> str:\n"
        "    return card\n"
    ),
    "f/app/guarded.py": (
        "from wmill import workflow\n\nfrom f.lib.safety import guarded\n"
        "from f.lib.tasks import charge\n\n\n@workflow\nasync def main(card: str):\n"
        "    return await guarded(charge, card)\n"  # 9: WAC201, in `guarded → attempt`
    ),
    "f/lib/backoff.ts": (
        "export async function withBackoff<T>(fn: () => Promise<T>): Promise<T | undefined> {\n"
        "  try {\n    return await fn();\n  } catch {\n    return undefined;\n  }\n}\n"
    ),
    "f/lib/safe.ts": (
        'import { withBackoff } from "./backoff.ts";\n'
        "export async function bestEffort<T>(fn: () => Promise<T>) {\n"
        "  return await withBackoff(fn);\n}\n"
    ),
    "f/app/safe.ts": (
        'import { task, workflow } from "windmill-client";\n'
        'import { bestEffort } from "/f/lib/safe.ts";\n\n'
        "const charge = task(async (card: string) => card);\n\n"
        "export const main = workflow(async (card: string) => {\n"
        "  return await bestEffort(() => charge(card));\n"  # 7: WAC202
        "});\n"
    ),
}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[int, str, str]]]:
    forget_projects()
    root = tmp_path_factory.mktemp("ai_small")
    (root / "wmill.yaml").write_text("defaultTs: bun\n")
    for name, text in SMALL.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    out: dict[str, list[tuple[int, str, str]]] = {}
    for name in SMALL:
        result = analyze_source(read_source(root / name))
        assert result.errors == [], result.errors
        out[name] = sorted(
            (f.row, f.code, f.message) for f in result.findings if f.code != "WAC901"
        )
    return out


def rows(found: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    return [(row, code) for row, code, _ in found]


def test_approvals_of_a_method_of_an_imported_class_on_an_instance_the_body_builds(
    small,
) -> None:
    # release_batches.py: `desk = TreasuryDesk(...)`, then `desk.sign_off(...)` in a loop;
    # screen_customers.ts / periodic_review.ts: `new ReviewQueue(...)`, `new
    # pay.review.ReviewQueue(...)`: only a module-level instance's methods were read
    assert rows(small["f/app/desk.py"]) == [
        (10, "WAC303"),
        (12, "WAC303"),
        (14, "WAC303"),
        (17, "WAC303"),
        (20, "WAC106"),
    ]
    assert rows(small["f/app/queue.ts"]) == [
        (8, "WAC303"),
        (9, "WAC303"),
        (12, "WAC303"),
        (14, "WAC303"),
    ]


def test_tasks_dispatched_by_a_method_of_an_imported_class(small) -> None:
    # the calls of a method of an instance the body builds were not read as calls of a
    # helper of another module (WAC105, WAC106 read the same list as WAC303)
    assert rows(small["f/app/runner.py"]) == [(9, "WAC105"), (11, "WAC106")]


def test_a_catch_two_modules_down_is_named_where_it_is(small) -> None:
    # dispute.py / respond.ts: the catch is in `attempt` / `withBackoff`, which the
    # helper the body calls hands the task on to
    [(row, code, message)] = small["f/app/guarded.py"]
    assert (row, code) == (9, "WAC201")
    assert "(in `guarded → attempt`, which the workflow calls)" in message
    [(row, code, message)] = small["f/app/safe.ts"]
    assert (row, code) == (7, "WAC202")
    assert "(in `bestEffort → withBackoff`, which the workflow calls)" in message


def test_pinned_messages(repo_findings) -> None:
    found = [(rel, *finding) for rel, findings in repo_findings.items() for finding in findings]
    assert found == PINNED


PINNED: Pinned = [
    (
        "f/chargebacks/dispute.py",
        32,
        "WAC201",
        "error",
        (
            "`guarded` catches the SDK's suspension (a BaseException) (in `guarded → "
            "attempt`, which the workflow calls): the workflow cannot suspend here; catch "
            "`Exception` or `TaskError`, or re-raise"
        ),
    ),
    (
        "f/chargebacks/respond.ts",
        30,
        "WAC202",
        "error",
        (
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in "
            "`bestEffort → withBackoff`, which the workflow calls): its handler runs on every"
            ' suspension; rethrow it first: `if (e?.name === "StepSuspend") throw e`'
        ),
    ),
    (
        "f/kyc/onboard.py",
        7,
        "WAC403",
        "error",
        (
            "`f.payments` is the folder f/payments/: Windmill loads it as an empty module and"
            " never runs f/payments/__init__.py, so `LedgerClient` is fetched as the script "
            "`f/payments/LedgerClient`, which does not exist, and is bound to an empty "
            "module; import it from the script that defines it"
        ),
    ),
    (
        "f/kyc/onboard.py",
        28,
        "WAC101",
        "error",
        (
            "`session.post` (reached through `main → f.payments.clients.notify_finance → "
            "session.post`) does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/kyc/periodic_review.ts",
        24,
        "WAC303",
        "error",
        (
            '`queue.escalate(...)` waits for the approval keyed `"kyc-escalation"` (in '
            "f/ts/review.ts), already used on line 20: the SDK raises `WAC step key ... is "
            "already used` here; give each approval its own key"
        ),
    ),
    (
        "f/kyc/screen_customers.ts",
        33,
        "WAC303",
        "error",
        (
            '`queue.escalate(...)` waits for the approval keyed `"kyc-escalation"` (in '
            "f/ts/review.ts) inside a loop: the SDK raises on its second use; drop the key "
            "(approvals are then numbered) or call it once"
        ),
    ),
    (
        "f/ledger/month_end.py",
        34,
        "WAC101",
        "error",
        (
            "`wmill.run_script_by_path_async` calls the Windmill API in the workflow body, "
            "which re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/ledger/month_end.py",
        35,
        "WAC402",
        "error",
        (
            "`digest` is not a parameter of `f/ops/export_gl` (it takes `period`, `book`, "
            "from the `main` signature of f/ops/export_gl.py)"
        ),
    ),
    (
        "f/ops/export_gl.py",
        7,
        "WAC901",
        "warning",
        ("`export_gl.script.yaml` is out of date: input `book` is missing; run `wac-lint schema`"),
    ),
    (
        "f/ops/fee_report.py",
        12,
        "WAC000",
        "error",
        ("Syntax error: Windmill cannot run this script until it parses"),
    ),
    (
        "f/payouts/batch_payouts.ts",
        3,
        "WAC101",
        "error",
        (
            "importing f/ts/flags.ts runs its module-level `fetch` (line 2), which does "
            "network I/O, on every replay of the workflow: the script runs again from the top"
            " each time; move that call into a function the workflow runs in a task or a "
            "`step(...)`"
        ),
    ),
    (
        "f/payouts/release_batches.py",
        36,
        "WAC303",
        "error",
        (
            '`desk.sign_off(...)` waits for the approval keyed `"treasury-release"` (in '
            "f/payments/desk.py) inside a loop: the SDK raises on its second use; drop the "
            "key (approvals are then numbered) or call it once"
        ),
    ),
    (
        "f/payouts/sweep_wallets.py",
        26,
        "WAC102",
        "error",
        (
            "`uuid.uuid4` (reached through `main → f.payouts.payout_rules.sweep_ref → "
            "uuid.uuid4`) is random: the value changes between replays of the workflow body; "
            "capture it with `step(...)`"
        ),
    ),
    (
        "f/recon/ledger_recon.py",
        30,
        "WAC402",
        "error",
        (
            "`f/ops/fetch_bank_statement` requires `account_id` (no default, from the `main` "
            "signature of f/ops/fetch_bank_statement.py), which this call does not pass"
        ),
    ),
    (
        "f/recon/ledger_recon.py",
        30,
        "WAC402",
        "error",
        (
            "`account` is not a parameter of `f/ops/fetch_bank_statement` (it takes "
            "`account_id`, `statement_date`, `bank`, from the `main` signature of "
            "f/ops/fetch_bank_statement.py); did you mean `account_id`?"
        ),
    ),
    (
        "f/recon/ledger_recon.py",
        38,
        "WAC101",
        "error",
        (
            "`requests.get` (reached through `main → f.payments.fx.live_rate → requests.get`)"
            " does network I/O in the workflow body, which re-runs on every replay; move it "
            "into a task or a `step(...)`"
        ),
    ),
    (
        "f/recon/statement_match.ts",
        14,
        "WAC102",
        "error",
        (
            "`new Date()` (reached through `main → f/ts/index.ts.stampedRef → "
            "f/ts/money.ts.stampedRef → new Date()`) reads the clock: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/recon/statement_match.ts",
        20,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/ts/index.ts.Ledger.balance → "
            "f/ts/ledger.ts.default.balance → fetch`) does network I/O in the workflow body, "
            "which re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/settlement/close_day.ts",
        31,
        "WAC402",
        "error",
        (
            "`f/settlement/daily_close` requires `business_date`, `settlement_account` (no "
            "default, from the `schema` of f/settlement/daily_close__flow/flow.yaml), which "
            "this call does not pass"
        ),
    ),
    (
        "f/settlement/close_day.ts",
        31,
        "WAC402",
        "error",
        (
            "`businessDate` is not a parameter of `f/settlement/daily_close` (it takes "
            "`business_date`, `settlement_account`, from the `schema` of "
            "f/settlement/daily_close__flow/flow.yaml); did you mean `business_date`?"
        ),
    ),
    (
        "f/settlement/close_day.ts",
        31,
        "WAC402",
        "error",
        (
            "`settlementAccount` is not a parameter of `f/settlement/daily_close` (it takes "
            "`business_date`, `settlement_account`, from the `schema` of "
            "f/settlement/daily_close__flow/flow.yaml); did you mean `settlement_account`?"
        ),
    ),
    (
        "f/settlement/settle_batch.py",
        27,
        "WAC102",
        "error",
        (
            "`time.monotonic` (reached through `main → f.payments.time.monotonic_ms → "
            "time.monotonic`) reads the clock: the value changes between replays of the "
            "workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/settlement/settle_batch.py",
        33,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.payments.time.settlement_date → "
            "datetime.now`) reads the clock: the value changes between replays of the "
            "workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/settlement/settle_batch.py",
        47,
        "WAC102",
        "error",
        (
            "`time.monotonic` (reached through `main → f.payments.time.monotonic_ms → "
            "time.monotonic`) reads the clock: the value changes between replays of the "
            "workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/treasury/fx_hedge__mod/script.ts",
        20,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → "
            "f/treasury/fx_hedge__mod/quote.ts.expiresSoon → Date.now`) reads the clock: the "
            "value changes between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "u/dana/backfill_fees.py",
        19,
        "WAC401",
        "error",
        (
            "`f/settlement/daily_close` is a flow (f/settlement/daily_close__flow/flow.yaml),"
            " but `wmill.run_script_by_path_async` runs a script: Windmill finds no script at"
            " that path and the job fails; use `wmill.run_flow_async`"
        ),
    ),
    (
        "u/dana/retry_failed_payouts.ts",
        16,
        "WAC402",
        "error",
        (
            "`f/ops/send_payout` requires `payoutId` (no default, from the `main` signature "
            "of f/ops/send_payout.ts), which this call does not pass"
        ),
    ),
    (
        "u/dana/retry_failed_payouts.ts",
        17,
        "WAC402",
        "error",
        (
            "`payout_id` is not a parameter of `f/ops/send_payout` (it takes `payoutId`, "
            "`amountCents`, `currency`, `iban`, from the `main` signature of "
            "f/ops/send_payout.ts); did you mean `payoutId`?"
        ),
    ),
]
