"""Red team AN-F (blind flows, `tests/flows/repo/f/heldout_an`): 44 flows as the newer
parts of the Windmill flow editor write them, exported by `wmill sync pull` (`__flow`
folders, `'!inline ...'` Python and Bun steps): AI agent steps (flow-module tools with
`{type: ai}` inputs, websearch and MCP tools, a static `provider`, `output_schema`,
`memory`, `streaming`), `retry` with `retry_if` and `exponential` backoff, `skip_if`,
`sleep`, `stop_after_if` with `skip_if_stopped` / `error_message` (also on a loop), a
`preprocessor_module` whose result becomes the inputs, a `failure_module` reading
`error`, `flow_env`, `chat_input_enabled`, `notes` (free and group), schema details
(`order`, `format: resource-...`, `nullable`, `contentEncoding`, `x-windmill-*`),
static objects and lists holding `$res:` / `$var:` strings, templates and
`variable(...)`, and expressions typed by hand (`results.a?.b ?? flow_input.c`,
`resource(...)`, template strings). 22 with mistakes, 22 correct look-alikes. Every
mark checked against the OpenFlow schema, `windmill-oracle sig` and windmill-worker
(`agent_runner.rs`, `ai/types.rs`, `ai/utils.rs`, `common.rs`).

Blind score (wac-lint at 20127a50, batch committed as 3145dcb9): 16 of 24 marked
findings found on their line; 1 unmarked finding, true (a marking error: `db: dict`
given the input the schema types `string`, WAC506, marked since), 0 false. Missed: a
`$res:` path, a template and a `variable(...)` call inside a static object (3), an AI
agent provider's `resource` without `$res:` (1), a field an AI agent's result has not
(1), an AI tool's transform naming no parameter (1), `error.msg` with a fallback in the
failure module (1), a misspelt input as the fallback of a step's result (1). After the
fixes: 25 of 25, 0 false. Every finding with its exact message and severity; the
correct flows have none."""

from __future__ import annotations

from pathlib import Path

from tests.heldout_flows import folder_tests

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_an"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_billing_charge_retry_if__flow": [
        (
            42,
            "WAC509",
            "error",
            (
                "`results` is not defined in `retry_if`: Windmill evaluates it without the "
                "flow's step results (read the failed attempt's `result` and `flow_input`): "
                "evaluating it throws a ReferenceError and the step fails"
            ),
        ),
    ],
    "m_content_translate_provider_kind__flow": [
        (
            28,
            "WAC500",
            "error",
            (
                "`value.modules[0].value.input_transforms.provider.value.kind`: `gemini` is "
                "not one of openai, azure_openai, azure_foundry, anthropic, mistral, "
                "deepseek, googleai, groq, openrouter, togetherai, customai, aws_bedrock "
                "(AIProviderKind)"
            ),
        ),
    ],
    "m_crm_contacts_backoff__flow": [
        (
            29,
            "WAC500",
            "warning",
            (
                "exponential retries wait `multiplier * seconds^n` seconds, n counting every "
                "attempt so far: `seconds` is the base of the power, not the first delay, so "
                "these wait 40 s, 13.3 min, 4.44 h, 18.2 h, ... (Windmill computes them in "
                "16-bit integers: past 65535 s the power saturates and the product with "
                "`multiplier` wraps around); use a base of 2 or 3 and set the first delay "
                "with `multiplier`"
            ),
        ),
    ],
    "m_data_sales_row_counts_res__flow": [
        (
            18,
            "WAC508",
            "error",
            (
                "`connections.warehouse`: `$res:data/snowflake_sales` names no resource: "
                "workspace paths start with `u/<user>/` or `f/<folder>/`, so Windmill's "
                "lookup of `data/snowflake_sales` finds nothing and the step fails; did you "
                "mean `$res:f/data/snowflake_sales`?"
            ),
        ),
    ],
    "m_eng_metrics_digest_flow_env__flow": [
        (
            26,
            "WAC504",
            "error",
            (
                "`flow_env.METRICS_API_BASE` is not a variable of this flow's `flow_env` (it "
                "defines `DIGEST_CHANNEL`, `METRICS_API_URL`): Windmill has no such variable, "
                "so the expression gets no value for it"
            ),
        ),
    ],
    "m_eng_release_notes_provider__flow": [
        (
            33,
            "WAC508",
            "error",
            (
                "the AI agent's `provider.resource` is `f/heldout_an/openai`, a plain string: "
                "Windmill reads it as the provider resource's value (an object with its "
                "`api_key`), which a static value becomes only as `$res:<path>`, so the agent "
                "step fails; write `$res:f/heldout_an/openai`"
            ),
        ),
    ],
    "m_growth_kpi_email_static__flow": [
        (
            34,
            "WAC506",
            "warning",
            (
                "the static value of `message.subject` is a template (`${...}`), but a static "
                "value is passed as written, never evaluated: the step gets this text; make "
                "`message` a `javascript` transform that builds the object, with `subject: "
                "`KPI report ${flow_input.week}``"
            ),
        ),
    ],
    "m_hr_bamboo_changed_resource__flow": [
        (
            21,
            "WAC509",
            "error",
            (
                "`f` is not defined in a flow expression: evaluating it throws a "
                "ReferenceError and the step fails"
            ),
        ),
        (
            21,
            "WAC509",
            "error",
            (
                "`heldout_an` is not defined in a flow expression: evaluating it throws a "
                "ReferenceError and the step fails"
            ),
        ),
        (
            21,
            "WAC509",
            "error",
            (
                "`bamboohr` is not defined in a flow expression: evaluating it throws a "
                "ReferenceError and the step fails"
            ),
        ),
    ],
    "m_inbox_sales_classify_agent__flow": [
        (
            69,
            "WAC503",
            "error",
            (
                "`results.classify.content`: the result of AI agent `classify` is an object "
                "with `output` (the model's answer: its text, or the object `output_schema` "
                "asks for) and `messages` (the conversation), and no `content`, so it is "
                "undefined; did you mean `output`, the answer?"
            ),
        ),
    ],
    "m_inventory_reserve_skip_if__flow": [
        (
            34,
            "WAC503",
            "error",
            (
                "`results.reserve_stock` is this step's own result, which does not exist "
                "before it runs"
            ),
        ),
    ],
    "m_logistics_parcel_eta_template__flow": [
        (
            38,
            "WAC503",
            "error",
            (
                "`results.track.tracking_no`: every `return` of step `track`'s `main` gives "
                "an object with `eta`, `status`, `tracking_number` and no `tracking_no`, so "
                "it is undefined; did you mean `tracking_number`?"
            ),
        ),
    ],
    "m_ops_purge_sessions_schema__flow": [
        (
            11,
            "WAC508",
            "warning",
            (
                "input `database` has `format: resource-postgresql` but `type: string`: "
                "declare resource inputs as `type: object` for Windmill's resource picker"
            ),
        ),
        (
            16,
            "WAC500",
            "warning",
            (
                "the `default` of `older_than_days` in the flow's input schema is a string "
                '`"30"`, but the property\'s `type` is `integer`: a run left at its default '
                "gets a string where the steps expect an integer"
            ),
        ),
        (
            33,
            "WAC506",
            "warning",
            (
                "`db` is an object, but `flow_input.database` is a string (the flow's schema "
                "declares input `database` as a string): Windmill passes the value as it is, "
                "without converting it; declare input `database` as an object in the flow's "
                "schema"
            ),
        ),
    ],
    "m_platform_deploy_failure_step__flow": [
        (
            52,
            "WAC509",
            "warning",
            (
                "`error.msg`: the error the failure module receives has `message`, `name`, "
                "`stack` and `step_id` (and only what the failing code adds besides), so this "
                "is undefined; did you mean `error.message`?"
            ),
        ),
        (
            55,
            "WAC503",
            "error",
            (
                "`error.step_id` is never `'image_scan'`: the failure module's "
                "`error.step_id` is the id of the step that failed, and no step of this flow "
                "has that id, so this comparison is always false"
            ),
        ),
    ],
    "m_pricing_convert_later_rate__flow": [
        (
            29,
            "WAC503",
            "error",
            ("`results.fx_rate`: step `fx_rate` runs after this one"),
        ),
    ],
    "m_qa_ready_issues_stop__flow": [
        (
            22,
            "WAC503",
            "error",
            (
                "`result.length`: every `return` of step `ready_issues`'s `main` gives an "
                "object with `count`, `keys`, `project` and no `length`, so it is undefined"
            ),
        ),
    ],
    "m_shop_shopify_paid_preprocessor__flow": [
        (
            52,
            "WAC504",
            "error",
            (
                "`flow_input.customer_email`: the preprocessor returns `currency`, "
                "`order_id`, `total` and no `customer_email`, and a triggered run's inputs "
                "are what it returns, so this reads undefined whenever a trigger starts the "
                "flow"
            ),
        ),
    ],
    "m_sre_backup_missing_page__flow": [
        (
            35,
            "WAC506",
            "warning",
            (
                "the static value of `event.routing_key` is the call "
                "`variable('f/heldout_an/pagerduty_routing_key')`, but a static value is "
                "passed as written, never evaluated: the step gets this text; make `event` a "
                "`javascript` transform that builds the object, with `routing_key: "
                "variable('f/heldout_an/pagerduty_routing_key')`"
            ),
        ),
    ],
    "m_sre_probe_endpoints_loop_stop__flow": [
        (
            37,
            "WAC500",
            "warning",
            (
                "Windmill drops `error_message` on a loop's `stop_after_if`: a true condition "
                "only ends the loop, and the flow goes on with the next step without an "
                "error; put the condition on the step inside the loop, or use "
                "`stop_after_all_iters_if`"
            ),
        ),
    ],
    "m_success_concierge_tool_order__flow": [
        (
            51,
            "WAC503",
            "error",
            ("`results.resolve_account`: step `resolve_account` runs after this one"),
        ),
    ],
    "m_support_ticket_agent_tool__flow": [
        (
            55,
            "WAC506",
            "warning",
            ("`ticketId` is not a parameter of `main` of get_ticket.py: the value goes nowhere"),
        ),
    ],
    "m_treasury_fx_requote_sleep__flow": [
        (
            26,
            "WAC509",
            "error",
            (
                "`results` is not defined in a step's `sleep`: Windmill evaluates it without "
                "the flow's step results (it runs when the next step is pushed: read the "
                "step's own `result`): evaluating it throws a ReferenceError and the step "
                "fails"
            ),
        ),
    ],
    "m_web_nearest_stores_fallback__flow": [
        (
            38,
            "WAC504",
            "error",
            (
                "`flow_input.defualt_city` is not an input of this flow (its schema declares "
                "`default_city`, `ip`, `radius_km`): nothing asks for it, so it is undefined "
                "unless a caller passes it anyway"
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
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 22
    assert len([f for f in ROOT.iterdir() if f.name.startswith("m_")]) == 22
