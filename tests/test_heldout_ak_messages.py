"""Red team AK-F (blind flows, `tests/flows/repo/f/heldout_ak`): 35 whole flows as teams
write them (`wmill sync pull` folders with `'!inline ...'` scripts in Python, Bun and Deno
TypeScript, PostgreSQL, Bash, PHP, Rust and C#, a Python script by path in `lib/` called
with a `hash`): for loops with `parallel` and `parallelism` holding while loops with
`stop_after_if`, branchones holding loops, approvals with `resume_form`, `retry`,
`cache_ttl`, `timeout`, a preprocessor and a failure module, `flow_env`, concurrency
settings and `priority`. The mistakes are JavaScript that parses and is wrong whatever
the data (`a == 'x' || 'y'`, `!list` as an emptiness test, `typeof x === 'array'`,
`=== NaN`, `x[-1]`, a boolean sort comparator, `.map(parseInt)`, `.forEach(...)` as a
value, an assignment in a `.filter` predicate, `!x === 'y'`, `new Date() + n`,
`x !== A || x !== B`, `JSON.parse` of an object result), values of another type than the
step's parameter (`JSON.stringify`, `.join`, `.toFixed`, `.push` for list / float
parameters, a Rust `f64`, a PHP `array` given an object), a PHP step's result field and a
Bun step's `Map` / `Date` result after the JSON round trip. 19 with mistakes, 15 correct.

Blind score (wac-lint at e998e74e): 0 of 22 marked findings found; 1 unmarked finding,
true (my marking error: ok_cinema read `results.price` inside a `.map` callback, which
Windmill's `await` rewrite breaks; the flow was corrected), 0 false. After the fixes:
22 of 22, 0 false. Every finding with its exact message and severity; the correct flows
have none."""

from __future__ import annotations

from pathlib import Path

from tests.heldout_flows import folder_tests
from tests.helpers import file_findings

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_ak"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_bakery_orders_empty__flow": [
        (
            34,
            "WAC507",
            "error",
            (
                "`!results.orders` is always false: step `orders` gives a list, and every list "
                "is truthy in JavaScript, the empty one too (unlike Python's), so the skip_if "
                "does not depend on it; test its length (`results.orders.length === 0`)"
            ),
        ),
        (
            48,
            "WAC507",
            "error",
            (
                "`!results.orders` is always false: step `orders` gives a list, and every list "
                "is truthy in JavaScript, the empty one too (unlike Python's), so the skip_if "
                "does not depend on it; test its length (`results.orders.length === 0`)"
            ),
        ),
    ],
    "m_bike_share_fare_text__flow": [
        (
            33,
            "WAC506",
            "warning",
            (
                "`amount` is a number, but `(Math.max(results.trip.minutes, 1) * "
                "0.12).toFixed(2)` is a string (`.toFixed(...)`, a string): Windmill passes the"
                " value as it is, without converting it"
            ),
        ),
    ],
    "m_brewery_rows_stringified__flow": [
        (
            34,
            "WAC506",
            "warning",
            (
                "`rows` is an array, but `JSON.stringify(results.fermenters)` is a string "
                "(`JSON.stringify(...)`, a string): Windmill passes the value as it is, without"
                " converting it"
            ),
        ),
    ],
    "m_concert_reminder_date_plus__flow": [
        (
            42,
            "WAC507",
            "error",
            (
                "`new Date() + 86400000` is a string, not a later time: `+` turns `new Date()` "
                "into its text and appends `86400000` to it, so what uses it gets text, and a "
                "comparison of it with a number or a date is always false (the text is no "
                "number); add to the time: `new Date().getTime() + 86400000`"
            ),
        ),
    ],
    "m_dairy_last_reading__flow": [
        (
            34,
            "WAC504",
            "error",
            (
                "`flow_input.readings[-1]`: input `readings` is an array in the flow's schema, "
                'and JavaScript has no negative index: `[-1]` reads the property named `"-1"`, '
                "which an array does not have, so it is undefined (Python's item from the end);"
                " write `flow_input.readings.at(-1)`"
            ),
        ),
        (
            42,
            "WAC503",
            "error",
            (
                "`results.batches[-1]`: the result of step `batches` is a list, and JavaScript "
                'has no negative index: `[-1]` reads the property named `"-1"`, which a list '
                "does not have, so it is undefined (Python's item from the end); write "
                "`results.batches.at(-1)`"
            ),
        ),
    ],
    "m_ferry_manifest_push__flow": [
        (
            36,
            "WAC506",
            "warning",
            (
                "`people` is an array, but "
                "`results.manifest.passengers.push(flow_input.crew_member)` is a number "
                "(`.push(...)`, which gives the list's new length): Windmill passes the value "
                "as it is, without converting it"
            ),
        ),
    ],
    "m_fish_market_grade_or__flow": [
        (
            28,
            "WAC507",
            "error",
            (
                "`flow_input.grade !== 'A' || flow_input.grade !== 'B'` is always true: "
                "`flow_input.grade` always differs from `'A'` or from `'B'`; `&&` was meant (or"
                " `!['A', 'B'].includes(flow_input.grade)`)"
            ),
        ),
    ],
    "m_harbour_berths_assign__flow": [
        (
            46,
            "WAC507",
            "error",
            (
                "the `.filter` callback assigns `true && b.length_m >= "
                "flow_input.iter.value.length_m` to `b.free` (`=`) instead of comparing them: "
                "it changes every element it is given, and decides by the assigned value, "
                "whatever `b.free` was; compare with `===`"
            ),
        ),
    ],
    "m_library_isbns_joined__flow": [
        (
            49,
            "WAC506",
            "warning",
            (
                "`isbns` is an array, but `flow_input.isbns.join(',')` is a string "
                "(`.join(...)`, a string): Windmill passes the value as it is, without "
                "converting it"
            ),
        ),
    ],
    "m_museum_rooms_typeof__flow": [
        (
            44,
            "WAC507",
            "error",
            (
                "`typeof flow_input.rooms === 'array'` is always false: `typeof` never gives "
                "`'array'` (only `undefined`, `object`, `boolean`, `number`, `bigint`, "
                "`string`, `symbol` or `function`); write `Array.isArray(flow_input.rooms)`"
            ),
        ),
    ],
    "m_observatory_bool_comparator__flow": [
        (
            31,
            "WAC507",
            "error",
            (
                "the `.sort` comparator `(a, b) => a.altitude < b.altitude` gives a boolean: a "
                "comparator must give a negative number, zero or a positive number, and `true` "
                "/ `false` (1 / 0) never say 'before', so the sort does not order the list by "
                "it (V8 often leaves it as it was); subtract (`(a, b) => a.x - b.x`) or use "
                "`localeCompare` for strings"
            ),
        ),
    ],
    "m_pantry_php_stock__flow": [
        (
            33,
            "WAC506",
            "warning",
            (
                "`stock` is an array, but `results.stock_levels` is an object (every `return` "
                "of step `stock_levels`'s `main` gives an object): Windmill passes the value as"
                " it is, without converting it; PHP's wrapper decodes an object as a `stdClass`"
                " (`json_decode` without `true`), which an `array` parameter refuses with a "
                "TypeError: type it `object` and read its fields with `->`"
            ),
        ),
        (
            39,
            "WAC503",
            "error",
            (
                "`results.plan_orders.total`: every `return` of step `plan_orders`'s `main` "
                "gives an object with `count`, `orders` and no `total`, so it is undefined"
            ),
        ),
    ],
    "m_parking_bays_parseint__flow": [
        (
            36,
            "WAC507",
            "error",
            (
                "`flow_input.bay_csv.split(',').map(parseInt)` calls `parseInt(item, index)`: "
                "`.map` passes each item's index as the radix, so the second item onwards "
                "parses as NaN (null in JSON) or in the wrong base; write `.map((s) => "
                "parseInt(s, 10))` (or `.map(Number)`)"
            ),
        ),
    ],
    "m_radio_playlist_foreach__flow": [
        (
            37,
            "WAC507",
            "error",
            (
                "`results.playlist.plays.forEach((p) => p.isrc)` is undefined: `.forEach` drops"
                " what its callback gives, so the input transform gets nothing (null); use "
                "`.map(...)` for a list of the values"
            ),
        ),
    ],
    "m_ski_school_nan__flow": [
        (
            34,
            "WAC507",
            "error",
            (
                "`Number(results.snow_report.depth_cm) === NaN` is always false: NaN is not "
                "equal to anything, itself included; test it with "
                "`Number.isNaN(Number(results.snow_report.depth_cm))`"
            ),
        ),
    ],
    "m_tannery_parse_object__flow": [
        (
            30,
            "WAC503",
            "error",
            (
                "`JSON.parse(results.hides)`: `results.hides` is an object already (every "
                "`return` of step `hides` gives an object literal, and Windmill hands the "
                "expression the result parsed), so `JSON.parse` reads it as the text `[object "
                "Object]`, throws a SyntaxError, and the step fails; use `results.hides` as it "
                "is"
            ),
        ),
    ],
    "m_textile_dye_map_result__flow": [
        (
            33,
            "WAC503",
            "error",
            (
                "`results.dye_used.get`: every `return` of step `dye_used`'s `main` gives a "
                "`Map`, which reaches the flow as `{}` (JSON keeps none of its entries), so "
                "`get` is not there and calling it throws a TypeError; return "
                "`Object.fromEntries(map)` instead"
            ),
        ),
        (
            33,
            "WAC503",
            "error",
            (
                "`results.next_run.starts.getTime`: every `return` of step `next_run`'s `main` "
                "gives `starts` as a `Date`, which reaches the flow as its ISO text (JSON keeps"
                " a date as a string), which has no `getTime`, so calling it throws a "
                "TypeError; parse it first (`new Date(results.next_run.starts).getTime(...)`)"
            ),
        ),
    ],
    "m_vineyard_press_status__flow": [
        (
            71,
            "WAC507",
            "error",
            (
                "`result.status == 'done' || 'failed'` is always true: `'failed'` is an operand"
                " of `||` on its own, not a second value `result.status == 'done'` compares "
                "with, and it is truthy, so the stop_after_if holds whatever the data; compare "
                "each value (`x === 'a' || x === 'b'`, or `['a', 'b'].includes(x)`)"
            ),
        ),
    ],
    "m_zoo_feeding_not_compare__flow": [
        (
            23,
            "WAC507",
            "error",
            (
                "`!flow_input.mode === 'manual'` is always false: `!` applies to "
                "`flow_input.mode` before `===` compares, and `!flow_input.mode`, a boolean, is"
                " never equal to `'manual'`; write `flow_input.mode !== 'manual'`"
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


def test_the_script_called_by_path_has_no_finding() -> None:
    assert file_findings(ROOT / "lib" / "post_to_kitchen.py") == []


def test_the_counts() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 15
    assert len([f for f in ROOT.iterdir() if f.name.startswith("m_")]) == 19
