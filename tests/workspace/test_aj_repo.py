"""Red team AJ, repository (`aj_repo/`): a hospital clinical-lab data team's workspace as
`wmill sync pull` writes it (`wmill.yaml` with `nonDottedPaths: true`, `f/scratch/**`
excluded from sync).

`f/lab/` is the Python layer: a gateway transport, JSON helpers over it, FHIR and e-mail
modules that both define `send`, a clock module, specimen-stability rules reading the
clock through it, HL7 helpers, a retry helper with a bare `except:` that a consent module
hands the task to, and shared tasks / `task_script`s. `f/shared/` is the TypeScript side:
`import * as fhir`, a default-exported object of functions (`export default { page,
email, render }`), a clock built by a factory (`export const clock = makeClock("UTC")`),
two modules importing each other (`codes.ts` / `loinc.ts`), an HL7 module loaded with
`await import(...)`, and shared tasks. `f/lab_ops/` holds the plain scripts the workflows,
flows and by-path runners call (one whose `.script.yaml` predates its `code` parameter, one
without metadata); `u/nurse_kim/` one-off scripts using the by-path runners; two flows
(one running a WAC workflow as a step). Every `.script.yaml` was written by Windmill's own
CLI (`windmill-oracle script-yaml`).

Written blind in two waves; measured before any fix: wave 1, 27 of 28 marked findings on
their line, and 2 unmarked findings, both true and one line off the marks (WAC402
"requires" at the call of a multi-line `run_script_by_path`, WAC506 "gives it no value" at
`input_transforms:`, since marked), so 0 false findings; wave 2, 12 of 13, 0 false
findings. Missed: a star import placed below a local `def msh` rebinds `msh` to the shared
module's (which reads the clock), and the body's call was read as the local one
(`ack_messages.py`); `pager.send` of `export const pager = makePager(url)`, a factory of a
third module returning an object literal (`oncall_digest.ts`). After the fixes: 42 of 42,
0 false findings. A probe beside the batch found a third cause: a member of a default-
exported object of imported functions (`export default { sendMail }`) was not followed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks
from tests.workspace.red_team_repo import Pinned, RepoCorpus
from wac_lint.engine import analyze_bytes, analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "aj_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/lab/", "f/shared/", "f/lab_ops/", "f/scratch/"),
    no_metadata=("f/lab_ops/critical_values.py", "f/scratch/hl7_probe.py"),
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
    # a module-level instance or function a factory builds: the factory of the module
    # itself or of a third one, returning a class instance, a nested function or an
    # object literal (method shorthand or arrow members)
    "f/lib/pfactory.py": (
        "import requests\n\n\nclass Client:\n"
        "    def __init__(self, url):\n        self.url = url\n\n"
        "    def send(self, x):\n        return requests.post(self.url, json=x)\n\n"
        "    def label(self, x):\n        return f'{self.url}:{x}'\n\n\n"
        "def make_client(url):\n    return Client(url)\n\n\n"
        "def make_sender(url):\n    def send(x):\n        return requests.post(url, json=x)\n\n"
        "    return send\n\n\n"
        "def make_label(prefix):\n    return lambda x: f'{prefix}{x}'\n\n\n"
        "c1 = make_client('a')\ns1 = make_sender('a')\nl1 = make_label('a')\n"
    ),
    "f/lib/pinst.py": (
        "import f.lib.pfactory as pf\n"
        "from f.lib.pfactory import make_client, make_label, make_sender\n\n"
        "c2 = make_client('b')\ns2 = make_sender('b')\nl2 = make_label('b')\n"
        "s3 = pf.make_sender('c')\n"
    ),
    "f/app/pw.py": (
        "from wmill import workflow\n\nfrom f.lib.pfactory import c1, l1, s1\n"
        "from f.lib.pinst import c2, l2, s2, s3\n\n\n@workflow\nasync def main(x: str):\n"
        "    c1.send(x)\n"  # 9: WAC101 (a class the module's own factory returns)
        "    s1(x)\n"  # 10: WAC101 (the function the module's own factory returns)
        "    c2.send(x)\n"  # 11: WAC101 (already found: a class, factory of a third module)
        "    s2(x)\n"  # 12: WAC101 (the function a third module's factory returns)
        "    s3(x)\n"  # 13: WAC101 (the same, the factory reached as `pf.make_sender`)
        "    c1.label(x)\n    c2.label(x)\n    l1(x)\n    l2(x)\n"  # pure
        "    return x\n"
    ),
    "f/lib/factory.ts": (
        "export function makeA(url: string) {\n  return {\n"
        "    async send(to: string) { await fetch(url, { body: to }); },\n"
        "    label: (to: string) => `${url}:${to}`,\n  };\n}\n"
        "export const makeB = (url: string) => ({\n"
        "  send: async (to: string) => { await fetch(url, { body: to }); },\n});\n"
    ),
    "f/lib/inst.ts": (
        'import { makeA, makeB } from "./factory.ts";\n'
        'import * as factory from "./factory.ts";\n'
        'export const a2 = makeA("y");\nexport const b2 = makeB("y");\n'
        'export const a3 = factory.makeA("z");\n'
    ),
    "f/app/w.ts": (
        'import { workflow } from "windmill-client";\n'
        'import { a2, a3, b2 } from "/f/lib/inst.ts";\n\n'
        "export const main = workflow(async (x: string) => {\n"
        "  await a2.send(x);\n"  # 5: WAC101 (method shorthand of the literal)
        "  await b2.send(x);\n"  # 6: WAC101 (an arrow member, of an arrow factory)
        "  await a3.send(x);\n"  # 7: WAC101 (the factory of a module imported whole)
        "  const l = a2.label(x);\n"  # pure
        "  return l;\n});\n"
    ),
    # a default-exported object of functions the module imports (aliased or not), also
    # through a name bound to it
    "f/lib/mail.ts": (
        'export async function send(to: string) {\n  await fetch("https://m", { body: to });\n}\n'
    ),
    "f/lib/fhir.ts": "export function send(b: object) {\n  return { queued: b };\n}\n",
    "f/lib/kit.ts": (
        'import { send as sendMail } from "./mail.ts";\nimport { send } from "./fhir.ts";\n'
        "export default { sendMail, send, mail: sendMail };\n"
    ),
    "f/lib/kit2.ts": (
        'import { send } from "./mail.ts";\nconst api = { send };\nexport default api;\n'
    ),
    "f/app/kit.ts": (
        'import { workflow } from "windmill-client";\n'
        'import kit from "/f/lib/kit.ts";\nimport api from "/f/lib/kit2.ts";\n\n'
        "export const main = workflow(async (x: string) => {\n"
        "  kit.send({ x });\n"  # 6: pure
        "  await kit.sendMail(x);\n"  # 7: WAC101
        "  await kit.mail(x);\n"  # 8: WAC101
        "  await api.send(x);\n"  # 9: WAC101
        "  return x;\n});\n"
    ),
    # a function of the file defined above a star import that binds its name again
    "f/lib/hl7.py": (
        "import uuid\n\n\ndef msh(app):\n    return f'{app}|{uuid.uuid4().hex}'\n\n\n"
        "def ack(code):\n    return f'MSA|{code}'\n"
    ),
    "f/app/star.py": (
        "from wmill import workflow\n\n\n"
        "def msh(app):\n    return f'MSH|{app}'\n\n\n"
        "def label(x):\n    return str(x)\n\n\n"
        "from f.lib.hl7 import *  # noqa: E402\n\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    h = msh(x)\n"  # 17: WAC102 (the star import's `msh` runs)
        "    return [h, label(x), ack(x)]\n"  # `label`: the module exports none
    ),
    "f/app/star_before.py": (
        "from wmill import workflow\n\nfrom f.lib.hl7 import *\n\n\n"
        "def msh(app):\n    return f'MSH|{app}'\n\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    return [msh(x), ack(x)]\n"  # the file's own `msh`, defined after the import
    ),
}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[int, str, str]]]:
    forget_projects()
    root = tmp_path_factory.mktemp("aj_small")
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


def test_what_a_module_level_factory_call_builds(small) -> None:
    # oncall_digest.ts: `export const pager = makePager(url)` of a factory another module
    # defines, returning an object literal; only a factory of the module itself was read
    # in TypeScript, and in Python neither a factory of the module itself nor the
    # function a third module's factory returns
    assert rows(small["f/app/pw.py"]) == [
        (9, "WAC101"),
        (10, "WAC101"),
        (11, "WAC101"),
        (12, "WAC101"),
        (13, "WAC101"),
    ]
    assert rows(small["f/app/w.ts"]) == [(5, "WAC101"), (6, "WAC101"), (7, "WAC101")]
    messages = {row: message for row, _, message in small["f/app/pw.py"]}
    assert "(reached through `main → f.lib.pfactory.c1.send → requests.post`)" in messages[9]
    assert (
        "(reached through `main → f.lib.pinst.s2 → f.lib.pfactory.make_sender() → "
        "requests.post`)" in messages[12]
    )
    [(_, _, message), *_] = small["f/app/w.ts"]
    assert (
        "(reached through `main → f/lib/inst.ts.a2.send → f/lib/factory.ts.makeA().send → fetch`)"
        in message
    )


def test_a_default_exported_object_of_imported_functions(small) -> None:
    # a probe beside the batch: `export default { send }` of an imported `send` was only
    # followed for an object exported by name
    assert rows(small["f/app/kit.ts"]) == [(7, "WAC101"), (8, "WAC101"), (9, "WAC101")]
    message = small["f/app/kit.ts"][0][2]
    assert "(reached through `main → f/lib/kit.ts.default.sendMail → f/lib/mail.ts.send → " in (
        message
    )


def test_a_star_import_below_a_function_of_the_file(small) -> None:
    # ack_messages.py: `def msh` of the file, then `from f.lab.hl7 import *` exporting
    # `msh`: the body's `msh(...)` runs the imported one (the last binding)
    assert rows(small["f/app/star.py"]) == [(17, "WAC102")]
    assert "(reached through `main → f.lib.hl7.msh → uuid.uuid4`)" in small["f/app/star.py"][0][2]
    assert small["f/app/star_before.py"] == []


def test_pinned_messages(repo_findings) -> None:
    found = [(rel, *finding) for rel, findings in repo_findings.items() for finding in findings]
    assert found == PINNED


PINNED: Pinned = [
    (
        "f/alerts/critical_value_page.py",
        8,
        "WAC401",
        "info",
        (
            "`f/lab_ops/page_on_call` matches no script in this repository; did you mean "
            "`f/lab_ops/page_oncall`?"
        ),
    ),
    (
        "f/alerts/critical_value_page.py",
        21,
        "WAC402",
        "error",
        (
            "`page_clinician` requires `clinician_id`, which this call does not pass: the "
            "task's job fails (TypeError)"
        ),
    ),
    (
        "f/alerts/critical_value_page.py",
        21,
        "WAC402",
        "error",
        (
            "`clinician` is not a parameter of `page_clinician`: the task's job fails "
            "(TypeError); did you mean `clinician_id`?"
        ),
    ),
    (
        "f/alerts/escalate_critical.ts",
        22,
        "WAC102",
        "error",
        (
            "`new Date()` (reached through `main → f/shared/clock.ts.clock.now → new "
            "Date()`) reads the clock: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "f/alerts/escalate_critical.ts",
        25,
        "WAC103",
        "warning",
        (
            "The step name '`urls_${rung.clinicianId}`' is computed at run time: it is "
            "stable across replays (nothing in it reads the clock, randomness or the "
            "environment), but the guide asks for constant names and Windmill's diagram "
            "shows it as `step`; a literal gives the same keys, numbered `_2`, `_3`"
        ),
    ),
    (
        "f/alerts/escalate_critical.ts",
        26,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/shared/notify.ts.default.page → fetch`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`"
        ),
    ),
    (
        "f/alerts/oncall_digest.ts",
        20,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/shared/pager.ts.pager.send → "
            "f/shared/factory.ts.makePager().send → fetch`) does network I/O in the workflow "
            "body, which re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/alerts/page_by_constant.py",
        23,
        "WAC402",
        "error",
        (
            "`f/lab_ops/page_oncall` requires `message` (no default, from the `main` "
            "signature of f/lab_ops/page_oncall.py), which this call does not pass"
        ),
    ),
    (
        "f/alerts/page_by_constant.py",
        23,
        "WAC402",
        "error",
        (
            "`text` is not a parameter of `f/lab_ops/page_oncall` (it takes `clinician_id`, "
            "`message`, `urgency`, from the `main` signature of f/lab_ops/page_oncall.py)"
        ),
    ),
    (
        "f/billing/close_encounter.py",
        36,
        "WAC402",
        "error",
        (
            "`f/billing/claims_batch` requires `payer` (no default, from the `schema` of "
            "f/billing/claims_batch__flow/flow.yaml), which this call does not pass"
        ),
    ),
    (
        "f/billing/close_encounter.py",
        39,
        "WAC402",
        "error",
        (
            "`f/lab_ops/bill_encounter` requires `cpt_codes` (no default, from the `main` "
            "signature of f/lab_ops/bill_encounter.py), which this call does not pass"
        ),
    ),
    (
        "f/billing/close_encounter.py",
        39,
        "WAC402",
        "error",
        (
            "`cpt` is not a parameter of `f/lab_ops/bill_encounter` (it takes "
            "`encounter_id`, `cpt_codes`, `payer`, `modifier`, from the `main` signature of "
            "f/lab_ops/bill_encounter.py)"
        ),
    ),
    (
        "f/billing/code_review.ts",
        14,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → f/shared/loinc.ts.freshness → "
            "f/shared/codes.ts.cacheStamp → Date.now`) reads the clock: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/billing/code_review.ts",
        22,
        "WAC402",
        "error",
        (
            "`f/lab_ops/consent_lookup` requires `patientId` (no default, from the `main` "
            "signature of f/lab_ops/consent_lookup.ts), which this call does not pass"
        ),
    ),
    (
        "f/billing/code_review.ts",
        22,
        "WAC402",
        "error",
        (
            "`patient_id` is not a parameter of `f/lab_ops/consent_lookup` (it takes "
            "`patientId`, `purpose`, from the `main` signature of "
            "f/lab_ops/consent_lookup.ts); did you mean `patientId`?"
        ),
    ),
    (
        "f/billing/code_review.ts",
        26,
        "WAC101",
        "error",
        (
            "`runScriptByPath` calls the Windmill API in the workflow body, which re-runs on "
            "every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/billing/submit_claims.ts",
        12,
        "WAC401",
        "error",
        (
            "`f/billing/claims_batch` is a flow (f/billing/claims_batch__flow/flow.yaml), "
            "but `taskScript` dispatches a script: the child job fails; use `taskFlow`"
        ),
    ),
    (
        "f/billing/submit_claims.ts",
        25,
        "WAC402",
        "error",
        (
            "`f/billing/claims_batch` requires `encounter_ids` (no default, from the "
            "`schema` of f/billing/claims_batch__flow/flow.yaml), which this call does not "
            "pass"
        ),
    ),
    (
        "f/billing/submit_claims.ts",
        25,
        "WAC402",
        "error",
        (
            "`encounterIds` is not a parameter of `f/billing/claims_batch` (it takes "
            "`encounter_ids`, `payer`, from the `schema` of "
            "f/billing/claims_batch__flow/flow.yaml); did you mean `encounter_ids`?"
        ),
    ),
    (
        "f/consent/research_export.py",
        38,
        "WAC201",
        "error",
        (
            "`require_consent` catches the SDK's suspension (a BaseException) (in "
            "`require_consent → with_retry`, which the workflow calls): the workflow cannot "
            "suspend here; catch `Exception` or `TaskError`, or re-raise"
        ),
    ),
    (
        "f/intake/accession_specimens.py",
        31,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.lab.stability.is_expired → "
            "f.lab.clock.hours_since → f.lab.clock.now_utc → datetime.now`) reads the clock: "
            "the value changes between replays of the workflow body; capture it with "
            "`step(...)`"
        ),
    ),
    (
        "f/intake/accession_specimens.py",
        46,
        "WAC101",
        "error",
        (
            "`requests.request` (reached through `main → f.lab.fhir.send → "
            "f.lab.http.post_json → f.lab.transport.request → requests.request`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`"
        ),
    ),
    (
        "f/intake/admit_registry.py",
        31,
        "WAC101",
        "error",
        (
            "`smtp.send_message` (reached through `main → f.lab.mail.send → "
            "smtp.send_message`) sends a notification in the workflow body, which re-runs on "
            "every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/intake/admit_registry.py",
        32,
        "WAC101",
        "error",
        (
            "`smtp.send_message` (reached through `main → f.lab.mail.send → "
            "smtp.send_message`) sends a notification in the workflow body, which re-runs on "
            "every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/intake/hl7_batch.ts",
        18,
        "WAC102",
        "error",
        (
            "`crypto.randomUUID` (reached through `main → f/shared/hl7.ts.controlId → "
            "crypto.randomUUID`) is random: the value changes between replays of the "
            "workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/intake/hl7_inbound.ts",
        29,
        "WAC102",
        "error",
        (
            "`crypto.randomUUID` (reached through `main → f/shared/hl7.ts.controlId → "
            "crypto.randomUUID`) is random: the value changes between replays of the "
            "workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/intake/reconcile_orders.py",
        8,
        "WAC401",
        "warning",
        (
            "`f/scratch/hl7_probe` is f/scratch/hl7_probe.py, which wmill.yaml's `includes` "
            "/ `excludes` leave out of `wmill sync push`: this script is pushed without that "
            "script, and the task fails unless the workspace already has it"
        ),
    ),
    (
        "f/intake/reconcile_orders.py",
        33,
        "WAC901",
        "warning",
        (
            "`reconcile_orders.script.yaml` is out of date: input `cancel_after_hours` is "
            "missing; run `wac-lint schema`"
        ),
    ),
    (
        "f/intake/reconcile_orders.py",
        42,
        "WAC102",
        "error",
        (
            "`uuid.uuid4` (reached through `main → f.lab.hl7.msh → uuid.uuid4`) is random: "
            "the value changes between replays of the workflow body; capture it with "
            "`step(...)`; the same call also reaches `datetime.now` (line 7, in "
            "`f.lab.clock.now_utc`)"
        ),
    ),
    (
        "f/intake/triage__mod/script.py",
        8,
        "WAC401",
        "error",
        (
            "`./notify_ward.py` matches no module beside this script (in "
            "f/intake/triage__mod): the child job fails when the workflow reaches it"
        ),
    ),
    (
        "f/intake/triage_sweep__flow/flow.yaml",
        8,
        "WAC401",
        "error",
        (
            "`f/lab_ops/fetch_results` is a script (f/lab_ops/fetch_results.py), but this "
            "step's `type: flow` runs a flow: Windmill finds none at that path and the step "
            "fails; use `type: script`"
        ),
    ),
    (
        "f/lab_ops/critical_values.py",
        8,
        "WAC901",
        "warning",
        (
            "`critical_values.script.yaml` is missing: `wmill script push` deploys this "
            "script with an empty input form, and `wmill sync push` generates it only while "
            "it pushes (an uncommitted file); run `wac-lint schema`"
        ),
    ),
    (
        "f/lab_ops/hl7_ack.py",
        6,
        "WAC901",
        "warning",
        ("`hl7_ack.script.yaml` is out of date: input `code` is missing; run `wac-lint schema`"),
    ),
    (
        "f/results/ack_messages.py",
        24,
        "WAC102",
        "error",
        (
            "`uuid.uuid4` (reached through `main → f.lab.hl7.msh → uuid.uuid4`) is random: "
            "the value changes between replays of the workflow body; capture it with "
            "`step(...)`; the same call also reaches `datetime.now` (line 7, in "
            "`f.lab.clock.now_utc`)"
        ),
    ),
    (
        "f/results/amend_result.py",
        22,
        "WAC101",
        "error",
        (
            "`requests.request` (reached through `main → f.lab.fhir.send → "
            "f.lab.http.post_json → f.lab.transport.request → requests.request`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`"
        ),
    ),
    (
        "f/results/chart_summary.ts",
        14,
        "WAC101",
        "error",
        (
            "`globalThis.fetch` (reached through `main → f/shared/ehr.ts.default.fetch → "
            "globalThis.fetch`) does network I/O in the workflow body, which re-runs on "
            "every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/results/critical_callback__flow/flow.yaml",
        26,
        "WAC506",
        "error",
        (
            "`main` of page_oncall.py takes `clinician_id` (no default), but "
            "`input_transforms` gives it no value"
        ),
    ),
    (
        "f/results/critical_callback__flow/flow.yaml",
        27,
        "WAC506",
        "warning",
        ("`clinician` is not a parameter of `main` of page_oncall.py: the value goes nowhere"),
    ),
    (
        "f/results/publish_results.ts",
        18,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/shared/fhir.ts.send → "
            "f/shared/http.ts.postJson → fetch`) does network I/O in the workflow body, "
            "which re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/results/qc_review.py",
        29,
        "WAC102",
        "error",
        (
            "`uuid.uuid4` (reached through `main → f.lab.qc.review → "
            "f.lab.westgard.violations → f.lab.qc.run_id → uuid.uuid4`) is random: the value "
            "changes between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/results/route_result.py",
        23,
        "WAC101",
        "error",
        (
            "`requests.request` (reached through `main → f.lab.fhir.send → "
            "f.lab.http.post_json → f.lab.transport.request → requests.request`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`"
        ),
    ),
    (
        "u/nurse_kim/backfill_results.py",
        16,
        "WAC402",
        "error",
        (
            "`f/lab_ops/fetch_results` requires `accession` (no default, from the `main` "
            "signature of f/lab_ops/fetch_results.py), which this call does not pass"
        ),
    ),
    (
        "u/nurse_kim/backfill_results.py",
        18,
        "WAC402",
        "error",
        (
            "`accession_id` is not a parameter of `f/lab_ops/fetch_results` (it takes "
            "`accession`, `include_preliminary`, from the `main` signature of "
            "f/lab_ops/fetch_results.py); did you mean `accession`?"
        ),
    ),
    (
        "u/nurse_kim/backfill_results.py",
        24,
        "WAC401",
        "error",
        (
            "`f/lab_ops/bill_encounter` is a script (f/lab_ops/bill_encounter.py), but "
            "`wmill.run_flow_async` runs a flow: Windmill finds no flow at that path and the "
            "job fails; use `wmill.run_script_by_path`"
        ),
    ),
    (
        "u/nurse_kim/requeue_bundles.ts",
        14,
        "WAC402",
        "error",
        (
            "`target` is not a parameter of `f/lab_ops/post_bundle` (it takes `bundle`, "
            "`server`, from the `main` signature of f/lab_ops/post_bundle.ts)"
        ),
    ),
    (
        "u/nurse_kim/rerun_qc.ts",
        10,
        "WAC401",
        "error",
        (
            "`f/lab_ops/fetch_results` is a script (f/lab_ops/fetch_results.py), but "
            "`runFlow` runs a flow: Windmill finds no flow at that path and the job fails; "
            "use `runScriptByPath`"
        ),
    ),
    (
        "u/nurse_kim/rerun_qc.ts",
        13,
        "WAC402",
        "error",
        (
            "`f/lab_ops/page_oncall` requires `clinician_id` (no default, from the `main` "
            "signature of f/lab_ops/page_oncall.py), which this call does not pass"
        ),
    ),
    (
        "u/nurse_kim/rerun_qc.ts",
        13,
        "WAC402",
        "error",
        (
            "`clinicianId` is not a parameter of `f/lab_ops/page_oncall` (it takes "
            "`clinician_id`, `message`, `urgency`, from the `main` signature of "
            "f/lab_ops/page_oncall.py); did you mean `clinician_id`?"
        ),
    ),
]
