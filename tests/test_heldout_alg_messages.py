"""Red team AL-G (blind flows, `tests/flows/repo/f/heldout_alg`): 34 whole flows as teams
write them (`wmill sync pull` folders with `'!inline ...'` step files), about the steps
themselves and what they call: Python, Bun, Deno, Go, Bash, PostgreSQL, BigQuery,
Snowflake and GraphQL steps, a WAC script by path (`lib/triage_referral.py`), a subflow
(`lib/tariff_lookup__flow`) whose last step is a GraphQL query, a TypeScript and a Python
preprocessor, `./shared` with and without `same_worker`, an approval with `resume_form`,
`approvers` and a failure module reading `error.step_id`, `flow_env`, `cache_ttl`,
`timeout`, `priority` and concurrency settings. The mistakes are results that do not
reach the flow as the code seems to return them (Windmill's Python wrapper writes a
dataclass, a set, a generator, a `Decimal` or a plain `Enum` member as its text, a
namedtuple as a list, a DataFrame as lists of row values; a GraphQL step answers with the
response's `data` unwrapped; Snowflake and PostgreSQL fold unquoted column names;
BigQuery answers with a list of rows), bash declarations Windmill's parser does not read
(`readonly`, a trailing `;`), inputs of a WAC script by path, a Go integer given a
string, a preprocessor's keys and `./shared` without `same_worker`. 18 with mistakes,
16 correct.

Blind score (wac-lint at 44dfb20d): 13 of 26 marked findings found on their line; 0
unmarked findings, 0 false. Missed: the Python wrapper's JSON forms (9 marks), the
GraphQL result (2), Snowflake's upper-case columns (1), a BigQuery result read as an
object (1). After the fixes: 26 of 26, 0 false. Every finding with its exact message and
severity; the correct flows have none."""

from __future__ import annotations

from pathlib import Path

from tests.heldout_flows import folder_tests
from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_alg"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_allotment_namedtuple_result__flow": [
        (
            33,
            "WAC503",
            "error",
            (
                "`results.fees.plots`: every `return` of step `fees`'s `main` gives a "
                "`FeeSummary` namedtuple, which Windmill's Python wrapper writes "
                "(`json.dumps(..., default=str)`) as the list of its values, which has no "
                "`plots`; return a dict (`._asdict()`)"
            ),
        ),
        (
            36,
            "WAC503",
            "error",
            (
                "`results.fees.total_gbp`: every `return` of step `fees`'s `main` gives a "
                "`FeeSummary` namedtuple, which Windmill's Python wrapper writes "
                "(`json.dumps(..., default=str)`) as the list of its values, which has no "
                "`total_gbp`; return a dict (`._asdict()`)"
            ),
        ),
    ],
    "m_backup_bash_readonly__flow": [
        (
            23,
            "WAC506",
            "error",
            (
                "`bucket` is not an input of the bash script sync_galleries.sh: Windmill's bash"
                ' parser reads only lines written `name="$N"` (double quotes, at the start of '
                'the line), so line 2, `readonly bucket="$1"`, declares no input; the value '
                "goes nowhere and `$1` is empty when the script runs"
            ),
        ),
        (
            26,
            "WAC506",
            "error",
            (
                "`day` is not an input of the bash script sync_galleries.sh: Windmill's bash "
                'parser reads only lines written `name="$N"` (double quotes, at the start of '
                'the line), so line 3, `readonly day="$2"`, declares no input; the value goes '
                "nowhere and `$2` is empty when the script runs"
            ),
        ),
    ],
    "m_backup_bash_semicolon__flow": [
        (
            26,
            "WAC506",
            "error",
            (
                "`day` is not an input of the bash script sync_galleries.sh: Windmill's bash "
                'parser reads only lines written `name="$N"` with nothing after the closing '
                'quote but a `# comment`, so line 3, `day="$2";` (`;` after the value), '
                "declares no input; the value goes nowhere and `$2` is empty when the script "
                "runs"
            ),
        ),
    ],
    "m_bakehouse_pg_camel_alias__flow": [
        (
            44,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.billingEmail`: loop `each_cafe` iterates over "
                "`results.weekly_totals`, and step `weekly_totals`'s query selects "
                "`billingemail`, `cafename`, `totalamount` and no `billingEmail`, so it is "
                "undefined; PostgreSQL folds a column name written without quotes to lower "
                "case: read `billingemail`, or quote the name in the query (`AS "
                '"billingEmail"`)'
            ),
        ),
        (
            47,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.totalAmount`: loop `each_cafe` iterates over "
                "`results.weekly_totals`, and step `weekly_totals`'s query selects "
                "`billingemail`, `cafename`, `totalamount` and no `totalAmount`, so it is "
                "undefined; PostgreSQL folds a column name written without quotes to lower "
                'case: read `totalamount`, or quote the name in the query (`AS "totalAmount"`)'
            ),
        ),
    ],
    "m_clinic_wac_step_args__flow": [
        (
            37,
            "WAC506",
            "error",
            (
                "`main` of triage_referral.py takes `referral_id` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            38,
            "WAC506",
            "warning",
            (
                "`referral` is not a parameter of `main` of triage_referral.py: the value goes "
                "nowhere"
            ),
        ),
        (
            55,
            "WAC503",
            "error",
            (
                "`results.triage.visit`: every `return` of step `triage`'s `main` gives an "
                "object with `referral_id`, `urgency`, `visit_id` and no `visit`, so it is "
                "undefined; did you mean `visit_id`?"
            ),
        ),
    ],
    "m_customs_subflow_graphql__flow": [
        (
            47,
            "WAC503",
            "error",
            (
                "`results.tariff.data`: the result of flow f/heldout_alg/lib/tariff_lookup (its"
                " last step `duty_rate`) is that step's result, and that step is a GraphQL "
                "query, whose result is the response's `data` itself (Windmill unwraps it), an "
                "object with the query's top-level fields, `tariff`, and no `data`, so it is "
                "undefined; drop `.data`"
            ),
        ),
    ],
    "m_fleet_go_static_string__flow": [
        (
            24,
            "WAC506",
            "warning",
            ("`thresholdKm` is an integer, but the static value is a string"),
        ),
        (
            27,
            "WAC503",
            "error",
            (
                "`results.due_vans.count`: every `return` of step `due_vans`'s `main` gives an "
                "object with `plates`, `total` and no `count`, so it is undefined"
            ),
        ),
    ],
    "m_kennel_decimal_result__flow": [
        (
            33,
            "WAC506",
            "warning",
            (
                "`amount_eur` is a number, but `results.bill.total` is a string (every `return`"
                " of step `bill`'s `main` gives `total` as a `Decimal`, which Windmill's Python"
                " wrapper writes (`json.dumps(..., default=str)`) as its text (`str(...)`)): "
                "Windmill passes the value as it is, without converting it"
            ),
        ),
    ],
    "m_lab_samples_generator__flow": [
        (
            28,
            "WAC506",
            "error",
            (
                "`iterator` must give the list to loop over, but `results.over_limit` is not a "
                "list (every `return` of step `over_limit`'s `main` gives a generator, which "
                "Windmill's Python wrapper does not write as a list: it streams the items as "
                "text (an item that is not a string fails the step), or, in older workers, "
                "writes its `str(...)`): Windmill wants an array and the flow fails at this "
                "loop; return a list (`list(...)`) in step `over_limit`"
            ),
        ),
    ],
    "m_newsletter_set_result__flow": [
        (
            27,
            "WAC506",
            "error",
            (
                "`iterator` must give the list to loop over, but `results.recipients` is not a "
                "list (every `return` of step `recipients`'s `main` gives a set, which "
                "Windmill's Python wrapper writes (`json.dumps(..., default=str)`) as its text "
                "(`str(...)`)): Windmill wants an array and the flow fails at this loop; return"
                " a list (`sorted(...)`) in step `recipients`"
            ),
        ),
    ],
    "m_printshop_shared_bash__flow": [
        (
            32,
            "WAC500",
            "error",
            (
                "step `upload_proof` uses the folder `./shared`, as step `render_proof` does, "
                "but the flow does not set `same_worker: true` (under `value`): only then do a "
                "flow's steps share that folder; without it each step's job has a folder of its"
                " own, deleted with the job, so what `render_proof` left there is gone and this"
                " step fails; set `value.same_worker: true`, or pass the data (or an S3 object)"
                " as a result"
            ),
        ),
    ],
    "m_quotes_dataclass_result__flow": [
        (
            40,
            "WAC503",
            "error",
            (
                "`results.price_move.crew_size`: every `return` of step `price_move`'s `main` "
                "gives an instance of the dataclass `MoveQuote`, which Windmill's Python "
                "wrapper writes (`json.dumps(..., default=str)`) as its text (`str(...)`), "
                "which has no `crew_size`, so it is undefined; return `dataclasses.asdict(...)`"
            ),
        ),
        (
            51,
            "WAC503",
            "error",
            (
                "`results.price_move.total_eur`: every `return` of step `price_move`'s `main` "
                "gives an instance of the dataclass `MoveQuote`, which Windmill's Python "
                "wrapper writes (`json.dumps(..., default=str)`) as its text (`str(...)`), "
                "which has no `total_eur`, so it is undefined; return `dataclasses.asdict(...)`"
            ),
        ),
    ],
    "m_regional_sales_dataframe__flow": [
        (
            34,
            "WAC503",
            "error",
            (
                "`row.region`: every `return` of step `sales_by_region`'s `main` gives a "
                "DataFrame, which Windmill's Python wrapper turns into the list of its rows, "
                "each a list of the row's values without the column names, so each entry of "
                "`results.sales_by_region` is a list and has no `region`, which is undefined; "
                'return `df.to_dict(orient="records")`'
            ),
        ),
        (
            34,
            "WAC503",
            "error",
            (
                "`row.revenue`: every `return` of step `sales_by_region`'s `main` gives a "
                "DataFrame, which Windmill's Python wrapper turns into the list of its rows, "
                "each a list of the row's values without the column names, so each entry of "
                "`results.sales_by_region` is a list and has no `revenue`, which is undefined; "
                'return `df.to_dict(orient="records")`'
            ),
        ),
    ],
    "m_ski_lift_snowflake_upper__flow": [
        (
            36,
            "WAC503",
            "error",
            (
                "`r.lift_name`: each entry of `results.lift_scans` is a row of step "
                "`lift_scans`'s query, which selects `LIFT_NAME`, `RIDERS` and no `lift_name`, "
                "so it is undefined; Snowflake folds a column name written without quotes to "
                "upper case: read `LIFT_NAME`, or quote the name in the query (`AS "
                '"lift_name"`)'
            ),
        ),
        (
            36,
            "WAC503",
            "error",
            (
                "`r.riders`: each entry of `results.lift_scans` is a row of step `lift_scans`'s"
                " query, which selects `LIFT_NAME`, `RIDERS` and no `riders`, so it is "
                "undefined; Snowflake folds a column name written without quotes to upper case:"
                ' read `RIDERS`, or quote the name in the query (`AS "riders"`)'
            ),
        ),
    ],
    "m_tracker_graphql_data_wrapper__flow": [
        (
            39,
            "WAC503",
            "error",
            (
                "`results.stale_bugs.data`: step `stale_bugs` is a GraphQL query, whose result "
                "is the response's `data` itself (Windmill unwraps it), an object with the "
                "query's top-level fields, `issues`, and no `data`, so it is undefined; drop "
                "`.data`"
            ),
        ),
    ],
    "m_vivarium_enum_status__flow": [
        (
            27,
            "WAC503",
            "warning",
            (
                "`results.climate.status` is never `'ALERT'`: every `return` of step "
                "`climate`'s `main` gives `status` as a member of the enum `Status` (a plain "
                "`Enum`), which Windmill's Python wrapper writes (`json.dumps(..., "
                "default=str)`) as its text, `'Status.ALERT'` or `'Status.OK'`, so this "
                "comparison is always false; return `.value`, or declare `class Status(str, "
                "Enum)`"
            ),
        ),
    ],
    "m_warehouse_bq_list_field__flow": [
        (
            37,
            "WAC503",
            "error",
            (
                "`results.low_stock.total_units`: step `low_stock` is a BigQuery query, whose "
                "result is the list of its last statement's rows, which has no `total_units`; "
                "read the first row (`results.low_stock[0].total_units`) or map over them"
            ),
        ),
    ],
    "m_webshop_ts_preprocessor_keys__flow": [
        (
            34,
            "WAC504",
            "error",
            (
                "`flow_input.order_id`: the preprocessor returns `amountCents`, "
                "`customer_email`, `orderId` and no `order_id`, and a triggered run's inputs "
                "are what it returns, so this reads undefined whenever a trigger starts the "
                "flow"
            ),
        ),
        (
            37,
            "WAC504",
            "error",
            (
                "`flow_input.amount_cents`: the preprocessor returns `amountCents`, "
                "`customer_email`, `orderId` and no `amount_cents`, and a triggered run's "
                "inputs are what it returns, so this reads undefined whenever a trigger starts "
                "the flow"
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


def test_the_library_has_no_finding() -> None:
    assert file_findings(ROOT / "lib" / "triage_referral.py") == []
    assert file_findings(flow_file(ROOT / "lib" / "tariff_lookup__flow")) == []


def test_the_counts() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 16
    assert len([f for f in ROOT.iterdir() if f.name.startswith("m_")]) == 18
