"""Red team AL-F (blind flows, `tests/flows/repo/f/heldout_al`): 35 whole flows as teams
write them (`wmill sync pull` folders with `'!inline ...'` scripts in Python and Bun
TypeScript) on how data moves through control structure: for loops whose body ends with a
`branchall`, a `branchone` or a nested loop, `branchone`s whose branches end with loops,
`whileloopflow`s with their own `stop_after_if` (result fields, `flow_input.iter`,
`previous_result`, `all_iters`), `stop_after_all_iters_if` on loops and `branchall`s,
`continue_on_error` on a body's last step and `skip_failure` branches, iterators built
with `.slice`, spread, ternaries, `.flat()` and `Array.from`, template strings. 17 with
mistakes, 18 correct look-alikes. Every mark checked in windmill-worker `worker_flow.rs`
(`update_flow_status_after_job_completion_internal`, `compute_bool_from_expr`).

Blind score (wac-lint at 44dfb20d, batch committed as 742cf603): 2 of 19 marked findings
found (a template string reading `.count` on a loop's result; `flow_input.iter` in a
while loop's own `stop_after_if`); 0 unmarked findings, 0 false. After the fixes: 19 of
19, 0 false. Every finding with its exact message and severity; the correct flows have
none."""

from __future__ import annotations

from pathlib import Path

from tests.heldout_flows import folder_tests

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_al"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_bakery_oven_temps_template__flow": [
        (
            46,
            "WAC503",
            "error",
            (
                "`results.probe_ovens.count`: the result of loop `probe_ovens` is a list with "
                "one entry per iteration, which has no `count`; index it or map over it "
                "(`results.probe_ovens.map((r) => r.count)`)"
            ),
        ),
    ],
    "m_bottling_line_reject__flow": [
        (
            43,
            "WAC509",
            "error",
            (
                "`all_iters` is not defined in a `stop_after_all_iters_if`: Windmill gives it "
                "only to a loop's own `stop_after_if`; here `result` is already the list of "
                "every iteration's (branch's) result: evaluating it throws a ReferenceError and"
                " the step fails"
            ),
        ),
    ],
    "m_brewery_fermentation_stable__flow": [
        (
            31,
            "WAC507",
            "error",
            (
                "`previous_result.sg` is `result.sg` here: Windmill evaluates a `stop_after_if`"
                " with `result` and `previous_result` bound to one value, the result that just "
                "came in (the step's, or a loop's iteration's), so setting them against each "
                "other compares a value with itself and the condition does not depend on how it"
                " changed; to compare with an earlier result, let a step take it "
                "(`results.<id>`) and return the comparison"
            ),
        ),
    ],
    "m_cinema_screens_ready__flow": [
        (
            43,
            "WAC503",
            "error",
            (
                "`c.is_ready`: in the `stop_after_all_iters_if` of branchall `checks`, `result`"
                " is the list of the results of every branch, each the result of the last step "
                "of its branch, and none of `projector`, `sound` gives `is_ready`, so it is "
                "undefined"
            ),
        ),
    ],
    "m_courier_redelivery_cap__flow": [
        (
            46,
            "WAC509",
            "error",
            (
                "`all_iters` is defined only in a loop's own `stop_after_if`, where it holds "
                "the results of the iterations so far; move the condition onto the loop, "
                "`deliver`: evaluating it throws a ReferenceError and the step fails"
            ),
        ),
    ],
    "m_ferry_sailings_branchone__flow": [
        (
            94,
            "WAC503",
            "error",
            (
                "`results.route.fare`: the result of branchone `route` is the result of the "
                "last step of the branch it takes, and each of `price_direct`, `price_hops` "
                "gives a list (one entry per iteration or branch), which has no `fare`"
            ),
        ),
    ],
    "m_kiln_firing_stop__flow": [
        (
            49,
            "WAC503",
            "error",
            (
                "`result.temperature`: in the `stop_after_if` of loop `firing`, `result` is the"
                " result of the iteration that just ran, the result of the last step of its "
                "body, `log_reading`, and every `return` of step `log_reading`'s `main` gives "
                "an object with `kiln`, `minute`, `temp_c` and no `temperature`, so it is "
                "undefined; the condition never holds as meant"
            ),
        ),
    ],
    "m_library_overdue_batch__flow": [
        (
            42,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.email`: each item of loop `remind_each` is an item of "
                "`results.loans`, objects with `days_late`, `isbn`, `member_email` and no "
                "`email` (as the steps' code returns them), so it is undefined"
            ),
        ),
    ],
    "m_orchard_crates_branchall__flow": [
        (
            73,
            "WAC503",
            "error",
            (
                "`c.kg`: an entry of the result of loop `grade` is the result of the last step "
                "of its body, `tag_and_shoot`, and `tag_and_shoot` is a branchall, whose result"
                " is a list with one entry per branch, which has no `kg`"
            ),
        ),
    ],
    "m_payroll_contractors_pay__flow": [
        (
            60,
            "WAC503",
            "warning",
            (
                "`results.pay_each.map`: `pay`, the last step of loop `pay_each`'s body, has "
                "`continue_on_error: true`, and the entry of an iteration where it failed is "
                "its error (`{error: ...}`), which has no `amount`: the `map` callback reads "
                "undefined from it; drop failed entries first (`.filter((r) => !r?.error)`)"
            ),
        ),
    ],
    "m_pharmacy_stock_branches__flow": [
        (
            71,
            "WAC503",
            "warning",
            (
                "`results.count_sites.map`: branch 2 of branchall `count_sites` has "
                "`skip_failure: true`, and the entry of that branch, when it failed, is its "
                "error (`{error: ...}`), which has no `units`: the `map` callback reads "
                "undefined from it; drop failed entries first (`.filter((r) => !r?.error)`)"
            ),
        ),
    ],
    "m_print_shop_queue_merge__flow": [
        (
            51,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.pages`: each item of loop `press_run` is an item of "
                "`results.rush` or `results.queue`, objects with `job_id`, `sheets`, `stock` "
                "and no `pages` (as the steps' code returns them), so it is undefined"
            ),
        ),
    ],
    "m_roastery_lots_profile__flow": [
        (
            78,
            "WAC503",
            "error",
            (
                "`r.roasted_at`: an entry of the result of loop `roast_each` is the result of "
                "the last step of its body, `decide`, and branchone `decide` gives the result "
                "of the last step of the branch it takes: none of `roast`, `hold` gives "
                "`roasted_at`, so it is undefined"
            ),
        ),
    ],
    "m_ski_lift_cabin_check__flow": [
        (
            46,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.name`: loop `cabins` iterates over `Array.from({ "
                "length: flow_input.iter.value.cabins }, (_, ...`, whose items are the numbers "
                "its callback gives, which have no `name`: it is undefined; inside loop "
                "`cabins`, `flow_input.iter` is its own item, and the item of the outer loop "
                "`lifts` is out of reach: carry what it needs into the items the callback "
                "builds (`({ ..., n: i + 1 })`)"
            ),
        ),
        (
            58,
            "WAC503",
            "error",
            (
                "`l.ok`: an entry of the result of loop `lifts` is the result of the last step "
                "of its body, `cabins`, and `cabins` is a loop, whose result is a list with one"
                " entry per iteration, which has no `ok`"
            ),
        ),
    ],
    "m_tide_gauge_settle__flow": [
        (
            43,
            "WAC505",
            "error",
            (
                "`flow_input.iter` exists only inside a loop's modules; the loop's own "
                "`stop_after_if` is evaluated outside its iterations"
            ),
        ),
    ],
    "m_vet_recall_urgent__flow": [
        (
            57,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.pet_name`: each item of loop `text_each` is an item of "
                "`results.urgent` or `results.visits`, objects with `owner_phone`, `pet`, "
                "`vaccine` and no `pet_name` (as the steps' code returns them), so it is "
                "undefined"
            ),
        ),
    ],
    "m_warehouse_pages_restock__flow": [
        (
            42,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.sku`: each item of loop `restock_each` is an item of "
                "`results.pages.flat()`, objects with `items`, `next_cursor` and no `sku` (as "
                "the steps' code returns them), so it is undefined (`.flat()` flattens only "
                "entries that are lists, and these are objects; for a list field of each, use "
                "`.flatMap((r) => r.<field>)`)"
            ),
        ),
        (
            45,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.missing`: each item of loop `restock_each` is an item "
                "of `results.pages.flat()`, objects with `items`, `next_cursor` and no "
                "`missing` (as the steps' code returns them), so it is undefined (`.flat()` "
                "flattens only entries that are lists, and these are objects; for a list field "
                "of each, use `.flatMap((r) => r.<field>)`)"
            ),
        ),
    ],
}


(
    _findings,
    test_messages,
    test_every_mistake_flow_is_pinned,
    test_every_marker_is_pinned,
    test_correct_flows_have_no_finding,
) = folder_tests(ROOT, EXPECTED, GAPS)


def test_the_counts() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 18
    assert len([f for f in ROOT.iterdir() if f.name.startswith("m_")]) == 17
