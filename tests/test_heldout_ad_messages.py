"""Red team AD (blind flows, `tests/flows/repo/f/heldout_ad`): 32 whole flows as teams write
them (`wmill sync pull` folders with `'!inline ...'` scripts in Python, TypeScript, Bash, Go and
PostgreSQL; a Python and a TypeScript script and a subflow called by path in `lib/`, a hub
script): fields read on loop results in grouping idioms (`Object.groupBy`, `reduce` into a
record, `Object.fromEntries(...map(...))`, `flatMap` over SQL rows, a `toSorted` comparator,
destructured callback parameters, `every`), loop iterators that build their items
(`.map(...)` to objects, `Object.entries(...)`), Python grouping with `setdefault` read by
nested loops, a renamed step still read, a copied step id, `flow_input.iter` outside a loop,
a while loop whose only stop is in a nested loop, script / subflow inputs by path (a renamed
parameter, a value outside the enum), an approval form field misspelt, TypeScript syntax in
an expression, and WAC workflows written inside a flow step (`task_script` arguments, network
I/O and the clock in the body) and a plain step running a script by path. 19 with the one or
two mistakes a hand edit leaves, 13 correct. Every finding with its exact message and
severity; the correct flows have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_ad"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_app_strings_translate_ts_expr__flow": [
        (
            85,
            "WAC503",
            "error",
            (
                "`t.locale`: an entry of the result of loop `translate` is the result of the last"
                " step of its body, `deepl`, and every `return` of step `deepl`'s `main` gives an"
                " object with `chars`, `language`, `text` and no `locale`, so it is undefined"
            ),
        ),
        (
            88,
            "WAC507",
            "error",
            (
                "the input transform expression does not parse as JavaScript near `sum:`: the "
                "step fails when Windmill evaluates it"
            ),
        ),
    ],
    "m_bikeshare_rebalance_reduce__flow": [
        (
            71,
            "WAC503",
            "error",
            (
                "`s.free_docks`: an entry of the result of loop `check_station` is the result of "
                "the last step of its body, `station_status`, and every `return` of step "
                "`station_status`'s `main` gives an object with `bikes`, `capacity`, `free`, "
                "`station_id` and no `free_docks`, so it is undefined"
            ),
        ),
        (
            80,
            "WAC503",
            "error",
            ("`results.plan` names no step of this flow"),
        ),
    ],
    "m_cfp_talks_groupby_field__flow": [
        (
            73,
            "WAC503",
            "error",
            (
                "`t.trak`: an entry of the result of loop `score_talk` is the result of the last "
                "step of its body, `score_one`, and every `return` of step `score_one`'s `main` "
                "gives an object with `code`, `score`, `title`, `track` and no `trak`, so it is "
                "undefined; did you mean `track`?"
            ),
        ),
    ],
    "m_coldchain_zone_flatmap_rows__flow": [
        (
            66,
            "WAC503",
            "error",
            (
                "`z.rows`: an entry of the result of loop `read_zone` is the result of the last "
                "step of its body, `zone_readings`, and step `zone_readings` is a PostgreSQL "
                "query, whose result is the list of its last statement's rows, which has no "
                "`rows`"
            ),
        ),
    ],
    "m_dental_recall_wac_inline__flow": [
        (
            75,
            "WAC402",
            "error",
            (
                "`f/heldout_ad/lib/send_sms` requires `body` (no default, from the `main` "
                "signature of f/heldout_ad/lib/send_sms.py), which this call does not pass"
            ),
        ),
        (
            78,
            "WAC402",
            "error",
            (
                "`message` is not a parameter of `f/heldout_ad/lib/send_sms` (it takes "
                "`twilio_account`, `phone`, `body`, `sender_id`, from the `main` signature of "
                "f/heldout_ad/lib/send_sms.py)"
            ),
        ),
        (
            81,
            "WAC101",
            "error",
            (
                "`requests.post` does network I/O in the workflow body, which re-runs on every "
                "replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "m_dunning_grouped_iterator_field__flow": [
        (
            59,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.billing_email`: the items of loop `per_customer` are the "
                "objects the callback of its `iterator` builds, with `customer`, `email`, "
                "`invoices` and no `billing_email`, so it is undefined"
            ),
        ),
    ],
    "m_firmware_waves_iter_on_loop__flow": [
        (
            90,
            "WAC505",
            "error",
            (
                "`flow_input.iter` exists only inside a loop's modules; this step is not inside a"
                " loop"
            ),
        ),
    ],
    "m_gym_waitlist_every_destructure__flow": [
        (
            55,
            "WAC503",
            "error",
            (
                "`c.has_space`: an entry of the result of loop `check_capacity` is the result of "
                "the last step of its body, `capacity`, and every `return` of step `capacity`'s "
                "`main` gives an object with `class_id`, `free_spots`, `waitlist` and no "
                "`has_space`, so it is undefined"
            ),
        ),
        (
            93,
            "WAC503",
            "error",
            (
                "`title`: an entry of the result of loop `check_capacity` is the result of the "
                "last step of its body, `capacity`, and every `return` of step `capacity`'s "
                "`main` gives an object with `class_id`, `free_spots`, `waitlist` and no `title`,"
                " so it is undefined"
            ),
        ),
    ],
    "m_hiring_pipeline_grouped_stage__flow": [
        (
            82,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.stage_name`: loop `per_stage` iterates over "
                "`results.group_by_stage`, and every `return` of step `group_by_stage`'s `main` "
                "gives a list of objects with `candidates`, `stage` and no `stage_name`, so it is"
                " undefined; did you mean `stage`?"
            ),
        ),
        (
            115,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.email`: loop `tag_each` iterates over "
                "`flow_input.iter.value.candidates` of each item of `results.group_by_stage`, and"
                " in every `return` of step `group_by_stage`'s `main` the `candidates` of each "
                "item is a list of objects with `candidate_id`, `score` and no `email`, so it is "
                "undefined"
            ),
        ),
    ],
    "m_library_holds_run_by_path__flow": [
        (
            55,
            "WAC402",
            "error",
            (
                "`f/heldout_ad/lib/send_sms` requires `body` (no default, from the `main` "
                "signature of f/heldout_ad/lib/send_sms.py), which this call does not pass"
            ),
        ),
        (
            60,
            "WAC402",
            "error",
            (
                "`text` is not a parameter of `f/heldout_ad/lib/send_sms` (it takes "
                "`twilio_account`, `phone`, `body`, `sender_id`, from the `main` signature of "
                "f/heldout_ad/lib/send_sms.py)"
            ),
        ),
    ],
    "m_marathon_stop_input_typo__flow": [
        (
            64,
            "WAC504",
            "error",
            (
                "`flow_input.allow_waitlist` is not an input of this flow (its schema declares "
                "`allow_wait_list`, `birth_date`, `distance`, `email`, `first_name`, "
                "`last_name`): nothing asks for it, so it is undefined unless a caller passes it "
                "anyway"
            ),
        ),
    ],
    "m_offboarding_resume_subflow_enum__flow": [
        (
            80,
            "WAC509",
            "error",
            (
                "`resume.keep_mail_box` is not a field of the approval form of `manager_confirms`"
                " (its `resume_form` declares `last_day`, `keep_mailbox`, `forward_to`): the "
                "approval page posts only those, so it is undefined unless the approver's call "
                "passes it anyway"
            ),
        ),
        (
            97,
            "WAC506",
            "warning",
            ("`notice` is not one of the values `severity` accepts (info, warning, critical)"),
        ),
    ],
    "m_pharmacy_preauth_wac_ts_clock__flow": [
        (
            78,
            "WAC102",
            "error",
            (
                "`Date.now` reads the clock: the value changes between replays of the workflow "
                "body; capture it with `step(...)`"
            ),
        ),
    ],
    "m_quiz_leaderboard_sort_field__flow": [
        (
            65,
            "WAC503",
            "error",
            (
                "`b.score`: an entry of the result of loop `grade_each` is the result of the last"
                " step of its body, `grade`, and every `return` of step `grade`'s `main` gives an"
                " object with `attempt_id`, `points`, `student_id` and no `score`, so it is "
                "undefined"
            ),
        ),
        (
            65,
            "WAC503",
            "error",
            (
                "`a.score`: an entry of the result of loop `grade_each` is the result of the last"
                " step of its body, `grade`, and every `return` of step `grade`'s `main` gives an"
                " object with `attempt_id`, `points`, `student_id` and no `score`, so it is "
                "undefined"
            ),
        ),
    ],
    "m_roadside_claim_script_args__flow": [
        (
            63,
            "WAC503",
            "error",
            (
                "`results.geocode.lon`: every `return` of step `geocode`'s `main` gives an object"
                " with `lat`, `lng`, `precision` and no `lon`, so it is undefined; did you mean "
                "`lng`?"
            ),
        ),
        (
            95,
            "WAC506",
            "error",
            (
                "`main` of send_sms.py takes `phone` (no default), but `input_transforms` gives "
                "it no value"
            ),
        ),
        (
            99,
            "WAC506",
            "warning",
            ("`phone_number` is not a parameter of `main` of send_sms.py: the value goes nowhere"),
        ),
    ],
    "m_ski_lifts_while_nested_stop__flow": [
        (
            34,
            "WAC510",
            "error",
            (
                "while loop `poll_until_open` has no `stop_after_if`, on itself or on a step of "
                "its body (the one on `lift_status` stops only the nested loop `check_lifts`): "
                "nothing ends it, so it runs until one of its steps fails, which fails the flow"
            ),
        ),
    ],
    "m_vat_return_renamed_step__flow": [
        (
            49,
            "WAC503",
            "error",
            ("`results.compute_vat` names no step of this flow"),
        ),
        (
            125,
            "WAC503",
            "error",
            (
                "`results.tell_finance.message_ts`: the result of flow "
                "f/heldout_ad/lib/notify_channel (its last step `post`) is what that step "
                "returns, and every `return` of its `main` gives an object with `channel`, `ok`, "
                "`ts` and no `message_ts`, so it is undefined"
            ),
        ),
    ],
    "m_vet_reminders_entries_item__flow": [
        (
            55,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.email`: loop `remind_owners` iterates over "
                "`Object.entries(results.due_vaccinations)`, whose items are `[key, value]` "
                "arrays, which have no `email`: it is undefined; read the key as "
                "`flow_input.iter.value[0]` and the value as `flow_input.iter.value[1]`"
            ),
        ),
    ],
    "m_wine_cellar_copied_branch_id__flow": [
        (
            54,
            "WAC501",
            "error",
            (
                "module id `fetch_prices` is already used on line 36: `results.fetch_prices` can "
                "name only one step"
            ),
        ),
    ],
}


def _param(name: str) -> object:
    if name in GAPS:
        return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=GAPS[name]))
    return name


@pytest.mark.parametrize("name", [_param(n) for n in sorted(EXPECTED)])
def test_messages(name: str) -> None:
    got = file_findings(flow_file(ROOT / name))
    want = EXPECTED[name]
    assert got == want


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


def test_every_marker_is_pinned() -> None:
    # the `expect: WACxxx` markers in flow.yaml are the findings pinned above, and
    # every finding pinned has its marker
    for name, want in EXPECTED.items():
        lines = flow_file(ROOT / name).read_text().splitlines()
        marked = [
            (i, code.strip())
            for i, line in enumerate(lines, 1)
            if "expect:" in line  # `# expect:`, or `// # expect:` in a step's code
            for code in line.split("expect:")[1].split(",")
        ]
        assert set(marked) == {(r, c) for r, c, _, _ in want}, name


@pytest.mark.parametrize(
    "name", [f.name for f in sorted(ROOT.iterdir()) if f.name.startswith("ok_")]
)
def test_correct_flows_have_no_finding(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == []


def test_the_scripts_and_the_subflow_called_by_path_have_no_finding() -> None:
    lib = ROOT / "lib"
    for script in sorted([*lib.glob("*.py"), *lib.glob("*.ts")]):
        assert file_findings(script) == [], script.name
    assert file_findings(flow_file(lib / "notify_channel__flow")) == []


def test_the_correct_flows_are_thirteen() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 13
