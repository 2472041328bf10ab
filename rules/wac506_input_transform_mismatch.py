"""WAC506: input transforms that do not fit the script or flow they feed."""

from __future__ import annotations

import difflib
import json
import re
from typing import TYPE_CHECKING, Any

from wac_lint.flows.json_values import json_type
from wac_lint.rule import WARNING, Rule, RuleContext, code_span, flow, with_article
from wac_lint.rules._references import near_miss, variable_near_miss
from wac_lint.source import LANG_FLOW

if TYPE_CHECKING:
    from wac_lint.flows.model import FlowModel, FlowModule, Transform
    from wac_lint.flows.targets import Param, Target
    from wac_lint.flows.yaml_tree import YNode


# Options Windmill parses from a static value (windmill-worker `worker_flow.rs`,
# `evaluate_input_transform`: a number of seconds, a concurrency, the loop's list);
# a value of another type stops the flow with "Error parsing static value".
OptionSpec = tuple[tuple[str, ...], str, str]  # types accepted, what it is, what happens
OPTION_SECONDS: OptionSpec = (
    ("integer", "number"),
    "is a number of seconds",
    "Windmill cannot read it and the flow fails at this step",
)
OPTION_PARALLELISM: OptionSpec = (
    ("integer", "number"),
    "is a number of iterations run at once",
    "Windmill cannot read it and the flow fails at this loop",
)
# a suspend's static `user_groups_required`, read only with `user_auth_required: true`:
# `serde_json::from_str::<Vec<String>>(value).expect("Unable to deserialize group
# names")` (worker_flow.rs), which panics on anything but a list of names
OPTION_GROUPS: OptionSpec = (
    ("array",),
    "is the list of the groups whose members may approve",
    "Windmill's flow runner cannot read it as a list of group names (`expect(\"Unable to "
    'deserialize group names")`) and the flow fails at this approval step; write a '
    "list (`value: [<group>]`)",
)
OPTION_ITERATOR: OptionSpec = (
    ("array",),
    "must give the list to loop over",
    "Windmill wants an array and the flow fails at this loop",
)


# What `push_next_flow_job` (worker_flow.rs) makes of a static number: `timeout` is
# read as an i32 and refused when negative, `parallelism` as a u16, `sleep` as a u64
# (whole seconds) or an f64 (a fraction, in milliseconds): a negative whole number
# is neither ("Expected an integer"). A JSON number with no fraction (`600.0`) is
# written `600` by the CLI, so it counts as whole.
_WHOLE_RANGES = {"timeout": (0, 2**31 - 1), "parallelism": (0, 2**16 - 1)}


def _out_of_range(key: str, value: Any, consequence: str) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    if key == "sleep":
        if value < 0 and float(value).is_integer():
            return (
                f"`sleep` is a number of seconds, but the static value is {shown}, a negative "
                f"whole number: {consequence}"
            )
        return None
    limits = _WHOLE_RANGES.get(key)
    if limits is None:
        return None
    if not float(value).is_integer():
        return f"`{key}` is read as a whole number, but the static value is {shown}: {consequence}"
    low, high = limits
    if key == "timeout" and value < 0:
        return (
            f"`timeout` cannot be negative, but the static value is {shown}: Windmill refuses it "
            '("Timeout value cannot be negative") and the flow fails at this step'
        )
    if not low <= value <= high:
        return (
            f"`{key}` is read as a whole number from {low} to {high}, but the static value is "
            f"{shown}: {consequence}"
        )
    return None


def contradicts(param: Param, value: Any) -> str | None:
    """Why a static value does not fit the parameter's type (None: it fits)."""
    if isinstance(value, str) and (near_miss(value) or variable_near_miss(value) is not None):
        return None  # meant as a reference, in the wrong form: WAC508 names it
    if isinstance(value, str) and value.startswith(("$res:", "$var:")):
        return _reference_contradicts(param, value)  # resolved by Windmill before the call
    if value is None or value == "" or param.type is None or param.resource is not None:
        return None  # null / "" is what the flow editor leaves in an input not filled in
    found = json_type(value)
    wanted = param.type
    if found == wanted or (wanted == "number" and found == "integer"):
        if param.enum is not None and isinstance(value, str) and value not in param.enum:
            allowed = ", ".join(param.enum)
            return f"`{value}` is not one of the values `{param.name}` accepts ({allowed})"
        if isinstance(value, dict):
            return _no_member_given(param, value)
        if isinstance(value, list) and param.items is not None:
            return _item_contradicts(param, param.items, value)
        return None
    if wanted == "integer" and isinstance(value, float) and value.is_integer():
        return None
    problem = (
        f"`{param.name}` is {with_article(wanted)}, but the static value is {with_article(found)}"
    )
    if wanted == "object" and isinstance(value, str) and WORKSPACE_PATH.fullmatch(value):
        problem += f"; write `$res:{value}` if that is a resource's path"
    return problem


def _item_contradicts(param: Param, wanted: str, value: list[Any]) -> str | None:
    """The first item of a static list that is not of the parameter's item type
    (`ids: list[int]` given `["101", "102"]`): Windmill converts no item either."""
    for item in value:
        if item is None:
            continue
        found = json_type(item)
        if found == wanted or (wanted == "number" and found == "integer"):
            continue
        if wanted == "integer" and isinstance(item, float) and item.is_integer():
            continue
        shown = f'"{item}"' if isinstance(item, str) else json.dumps(item)
        return (
            f"`{param.name}` is a list of {wanted}s, but the static list holds "
            f"{with_article(found)} (`{shown}`), which `main` receives as it is"
        )
    return None


def _list_items_contradict(
    ctx: RuleContext, model: FlowModel, transform: Transform, param: Param
) -> bool:
    """A javascript transform whose own form builds a list of strings (`.split(',')`,
    `Object.keys(...)`) handed to a parameter typed as a list of numbers or booleans
    (`ids: list[int]`): Windmill converts no item, as for a static list, so `main`
    gets strings (`min(['12', '9'])` is `'12'`, `sum(...)` raises a TypeError)."""
    from wac_lint.flows.expressions import list_item_kind

    assert transform.expr is not None
    wanted = param.items
    found = list_item_kind(transform.expr.text)
    why = found.why if found is not None else None
    kind = found.kind if found is not None else None
    if found is None:
        declared = _input_item_kind(model, transform.expr.text)
        if declared is not None:
            kind, why = declared
    if why is None or wanted is None or kind == wanted or {kind, wanted} <= {"number", "integer"}:
        return False
    convert = "Number" if wanted in ("integer", "number") else "(s) => s === 'true'"
    ctx.report(
        model.key_span(transform.expr),
        f"`{param.name}` is a list of {wanted}s, but the expression gives {why}, "
        f"which `main` receives as they are: Windmill converts no item; convert them in "
        f"the expression (`.map({convert})`)",
        severity=WARNING,
    )
    return True


_WHOLE_INPUT = re.compile(r"\s*flow_input\s*\.\s*([A-Za-z_$][\w$]*)\s*;?\s*")


def _enum_input_contradicts(
    ctx: RuleContext, model: FlowModel, transform: Transform, param: Param
) -> bool:
    """A whole flow input whose schema `enum` lists values the parameter's own choices
    (`Literal[...]`, a string union, a subflow's `enum`) do not (`plan: [starter,
    business]` for `tier: Literal["free", "pro"]`): Windmill passes the value as it is,
    so every run given one of those gets a value the step was not written for, as a
    static value outside the choices does."""
    assert transform.expr is not None
    found = _WHOLE_INPUT.fullmatch(transform.expr.text)
    if found is None or param.enum is None or _schema_type(model, found.group(1), None) != "string":
        return False
    schema = model.schema
    props = schema.get("properties") if schema is not None and schema.is_map else None
    prop = props.get(found.group(1)) if props is not None and props.is_map else None
    enum = prop.get("enum") if prop is not None and prop.is_map else None
    if enum is None or not enum.is_seq:
        return False
    values = [str(v.value()) for v in enum.items if v.is_scalar]
    outside = [v for v in values if v not in param.enum]
    if not outside:
        return False
    listed = " or ".join(f"`{v}`" for v in outside)
    if len(outside) == len(values):
        which = "none of which is among them"
    else:
        which = f"and {listed} {'is' if len(outside) == 1 else 'are'} not among them"
    ctx.report(
        model.key_span(transform.expr),
        f"`{param.name}` accepts {', '.join(param.enum)}, but the flow's schema lets input "
        f"`{found.group(1)}` be {', '.join(values)}, {which}: Windmill passes the value as "
        f"it is, so a run given {listed} hands the step a value it does not list; map the "
        "values in the expression",
        severity=WARNING,
    )
    return True


def _input_item_kind(model: FlowModel, text: str) -> tuple[str, str] | None:
    """For an expression that is one whole flow input (`flow_input.ids`) the flow's
    schema declares as a list of strings, numbers or booleans (`type: array`, `items:
    {type: string}`): the items' JSON type and words for messages. The form and the
    triggers give the items as the schema types them."""
    found = _WHOLE_INPUT.fullmatch(text)
    if found is None or _schema_type(model, found.group(1), None) != "array":
        return None
    schema = model.schema
    props = schema.get("properties") if schema is not None and schema.is_map else None
    prop = props.get(found.group(1)) if props is not None and props.is_map else None
    items = prop.get("items") if prop is not None and prop.is_map else None
    kind = items.get("type") if items is not None and items.is_map else None
    if kind is None or not kind.is_scalar or kind.text not in ("string", "number", "integer"):
        return None
    return kind.text, (
        f"`flow_input.{found.group(1)}`, which the flow's schema declares as a list of {kind.text}s"
    )


def _report_foreign_template(
    ctx: RuleContext, model: FlowModel, transform: Transform, text: str, tool: str, shown: str
) -> None:
    """A static value holding another orchestrator's template (`_foreign_template`)."""
    assert transform.value is not None
    gets = "the step gets this text as written"
    severity: str | None = WARNING
    if text.startswith(("$res:", "$var:")):
        kind = "resource" if text.startswith("$res:") else "variable"
        gets = (
            f"Windmill looks up the {kind} `{text[5:]}` by that literal path, which names "
            "none, and the step fails"
        )
        severity = None  # the rule's: an error
    ctx.report(
        model.key_span(transform.value),
        f"the static value of `{transform.name}` holds {tool}, `{shown}`, which Windmill "
        f"never evaluates: {gets}; compute the value in a `javascript` transform from "
        "`flow_input`, `results` and `flow_env` (a secret or a connection: a static "
        "`$var:<path>` / `$res:<path>`)",
        severity=severity,
    )


# what a resource's value can be handed to: resources are JSON objects (their resource
# type's fields), which a parameter typed as one of these never receives as meant
_NOT_A_RESOURCE = frozenset({"string", "integer", "number", "boolean", "array"})


_INPUT_READ = re.compile(r"\s*flow_input\s*\.\s*([A-Za-z_$][\w$]*)\s*;?\s*")


def _resource_input(model: FlowModel, text: str) -> tuple[str, str] | None:
    """For an expression that is one whole flow input the schema declares as a
    resource (`type: object`, `format: resource-<type>`, the guide's way): the read
    and the resource type. Windmill hands the step the resource's value, an object."""
    found = _INPUT_READ.fullmatch(text)
    schema = model.schema
    props = schema.get("properties") if schema is not None and schema.is_map else None
    prop = (
        props.get(found.group(1))
        if found is not None and props is not None and props.is_map
        else None
    )
    fmt = prop.get("format") if prop is not None and prop.is_map else None
    kind = prop.get("type") if prop is not None and prop.is_map else None
    if found is None or fmt is None or not fmt.is_scalar or kind is None or kind.text != "object":
        return None
    name = str(fmt.value())
    if not name.startswith("resource-") or len(name) == len("resource-"):
        return None
    return f"flow_input.{found.group(1)}", name[len("resource-") :]


def _reference_contradicts(param: Param, value: str) -> str | None:
    """A `$var:` / `$res:` static value, which the worker replaces with the variable's
    value (always a string) or the resource's value (an object) before the call
    (windmill-worker `transform_json`): a parameter of another type gets that."""
    if value.startswith("$var:"):
        if param.resource is not None:
            wanted = f"a `{param.resource}` resource"
        elif param.type not in (None, "string"):
            wanted = with_article(param.type)
        else:
            return None
        return (
            f"`{param.name}` is {wanted}, but `{value}` is replaced by the variable's value, "
            "which is always a string"
        )
    if param.word and param.type is None:
        return (
            f"`{param.name}` is an input of a bash script, a command-line word, but `{value}` "
            "is replaced by the resource's value, an object, which reaches the script as its "
            "JSON text; a connection string or secret belongs in a variable (`$var:`)"
        )
    if param.resource is None and param.type in _NOT_A_RESOURCE:
        hint = "; a secret string belongs in a variable (`$var:`)" if param.type == "string" else ""
        return (
            f"`{param.name}` is {with_article(param.type)}, but `{value}` is replaced by the "
            f"resource's value, an object{hint}"
        )
    return None


def _no_member_given(param: Param, value: dict[Any, Any]) -> str | None:
    """A static object none of whose keys is a member of the parameter's object type
    (`{zone_id: ...}` for `{ zoneId: string }`): `main` reads undefined for every
    member it was written for (neither the flow runner nor the worker renames keys)."""
    fields = param.fields
    if not fields or not value:
        return None
    if any(key in fields for key in value):
        return _misspelt_member_given(param, fields, value)
    given = ", ".join(f"`{key}`" for key in value)
    members = ", ".join(f"`{name}`" for name in fields)
    pairs = [
        f"`{close[0]}` for `{key}`"
        for key in value
        if (close := _close_member(str(key), fields)) is not None
    ]
    hint = f"; did you mean {', '.join(pairs)}?" if pairs else ""
    return (
        f"`{param.name}` is an object with {members}, but the static value has none of them "
        f"({given}): `main` reads undefined for each{hint}"
    )


def _misspelt_member_given(
    param: Param, fields: tuple[str, ...], value: dict[Any, Any]
) -> str | None:
    """A static object that gives some members of the parameter's object type and, for
    another, a key spelt like it that the type does not have (`{weight_kg: 2.5, dims:
    {...}}` for `{ weightKg: number; dims: ... }`): the key goes nowhere and `main`
    reads undefined for the member it was meant as."""
    pairs = [
        (str(key), close[0])
        for key in value
        if key not in fields
        and (close := _close_member(str(key), fields)) is not None
        and close[0] not in value
    ]
    if not pairs:
        return None
    members = ", ".join(f"`{name}`" for name in fields)
    given = ", ".join(f"`{key}` (the type has `{member}`)" for key, member in pairs)
    missing = ", ".join(f"`{member}`" for _, member in pairs)
    return (
        f"`{param.name}` is an object with {members}, but the static value gives {given}: "
        f"`main` reads undefined for {missing}; rename the key"
    )


def _close_member(key: str, fields: tuple[str, ...]) -> list[str] | None:
    """The member `key` was meant as: spelt alike, or alike once case and `_` are
    dropped (`zone_id` / `zoneId`)."""
    folded = {name.replace("_", "").lower(): name for name in fields}
    same = folded.get(key.replace("_", "").lower())
    if same is not None:
        return [same]
    close = difflib.get_close_matches(key, list(fields), n=1, cutoff=0.75)
    return close or None


# the path of a workspace item (`f/<folder>/<name>`, `u/<user>/<name>`)
WORKSPACE_PATH = re.compile(r"[fu]/[^\s/]+/\S+")


# `results.<id>` / `results["<id>"]` / `flow_input.<name>` alone (the whole value
# the loop iterates over)
_WHOLE_READ = re.compile(
    r"\s*(?:return\s+)?(?P<root>results|flow_input)\s*"
    r"(?:\.\s*(?P<name>[A-Za-z_$][\w$]*)|\[\s*\"(?P<quoted>[^\"]+)\"\s*\])"
    r"(?:\s*\.\s*(?P<field>[A-Za-z_$][\w$]*))?\s*;?\s*"
)
# how to get a list out of a value of each type
_LIST_OF = {
    "object": "loop over one of its list fields, or `Object.values({read})`",
    "string": "split it (`{read}.split(',')`)",
    "number": "build the list (`Array.from({{ length: {read} }}, (_, i) => i)`)",
    "integer": "build the list (`Array.from({{ length: {read} }}, (_, i) => i)`)",
    "boolean": "give the list itself",
}


# what the flow's expressions can read (`js_eval.rs` defines these names)
_FLOW_NAMES = r"(?:flow_input|results|flow_env|previous_result)"
_TEMPLATE = re.compile(r"\$\{[^}]*\b" + _FLOW_NAMES + r"\b[^}]*\}")
_MUSTACHE = re.compile(r"\{\{\s*(" + _FLOW_NAMES + r"\b[^}]*?)\s*\}\}")
_BARE_READ = re.compile(_FLOW_NAMES + r"(?:\.[A-Za-z_$][\w$]*|\[[^\]]+\])+")
# `variable('f/x/key')` / `resource("f/x/db")`: the evaluator's lookups, as a whole
_LOOKUP_CALL = re.compile(r"(?:variable|resource)\(\s*(['\"`])[\w./-]+\1\s*\)")


# The expression syntaxes of the tools flows are ported from, kept in a static value:
# GitHub Actions (`${{ secrets.TOKEN }}`, `${{ github.sha }}`), n8n (`{{ $json.email }}`,
# `={{ $node["Fetch"].json.id }}`, `{{ $('Fetch').item.json.id }}`), Zapier's field
# references (`{{219402__email}}`), and the Jinja templates Airflow and Prefect render
# (`{{ ds }}`, `{{ params.table }}`, `{{ var.value.bucket }}`,
# `{{ ti.xcom_pull(task_ids='x') }}`, `{{ flow_run.name }}`), told apart from a template
# the step renders itself (`Hi {{first_name}}` handed to a Mustache `template` input) by
# the template context those tools define (Airflow's "Templates reference", Prefect's
# runtime context): Windmill renders none of them, so the step gets the text.
_ACTIONS_EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")
_N8N_EXPRESSION = re.compile(r"\{\{\s*(\$[\w$(][^}]*?)\s*\}\}")
# a Step Functions path into the state's input or its context object (`$.detail.id`,
# `$$.Map.Item.Value`, `$.items[0]`), or an intrinsic function (`States.Format(...)`)
_STATES_PATH = re.compile(r"\s*(\$\$?(?:\.[A-Za-z_][\w-]*|\[\d+\])+)\s*")
_STATES_INTRINSIC = re.compile(r"\s*(States\.[A-Z]\w*\(.*\))\s*", re.DOTALL)
_ZAPIER_FIELD = re.compile(r"\{\{\s*(\d+__[\w.-]+)\s*\}\}")
_JINJA_EXPRESSION = re.compile(r"\{\{\s*([A-Za-z_]\w*)((?:\.\w+)*)[^}]*?\s*\}\}")
# The template context of Airflow (its "Templates reference") and Prefect (its runtime
# context): names only those tools define, read as they are (`{{ ds }}`), and
# generic names read with the attributes only those tools give them (`{{ params.table
# }}`, `{{ var.value.bucket }}`, `{{ flow_run.name }}`), so that `{{ params }}` or
# `{{ task }}` in a template the step renders itself is not taken for one.
_ORCHESTRATOR_NAMES = {
    "Airflow": frozenset(
        {
            "ds",
            "ds_nodash",
            "ts",
            "ts_nodash",
            "ts_nodash_with_tz",
            "logical_date",
            "execution_date",
            "data_interval_start",
            "data_interval_end",
            "prev_ds",
            "next_ds",
            "prev_ds_nodash",
            "next_ds_nodash",
            "yesterday_ds",
            "tomorrow_ds",
            "yesterday_ds_nodash",
            "tomorrow_ds_nodash",
            "prev_execution_date",
            "next_execution_date",
            "prev_data_interval_start_success",
            "prev_data_interval_end_success",
            "prev_start_date_success",
            "dag_run",
            "ti",
            "task_instance",
            "task_instance_key_str",
            "macros",
            "triggering_dataset_events",
            "expanded_ti_count",
        }
    ),
    "Prefect": frozenset({"flow_run", "task_run"}),
}
# generic names, with the attributes only those tools give them: a pattern over the
# attributes read (`.value.bucket` for `var`; `conn` is `conn.<conn_id>.<field>`)
_ORCHESTRATOR_ATTRIBUTES = {
    "Airflow": {
        "params": r"\.\w+",
        "var": r"\.(?:value|json)\.\w+",
        "conn": r"\.\w+\.\w+",
        "dag": r"\.dag_id\b",
        "task": r"\.task_id\b",
    },
    "Prefect": {"prefect": r"\.variables\.\w+"},
}


def _orchestrator_of(root: str, attributes: str) -> str | None:
    """The tool whose Jinja template context reads `root` with `attributes` this way."""
    for tool, names in _ORCHESTRATOR_NAMES.items():
        if root in names:
            return tool
    for tool, shapes in _ORCHESTRATOR_ATTRIBUTES.items():
        shape = shapes.get(root)
        if shape is not None and re.match(shape, attributes):
            return tool
    return None


_HEREDOC = re.compile(r"<<-?\s*(['\"]?)([A-Za-z_]\w*)\1")


def _code_foreign_template(code: str, comment: str) -> tuple[int, str, str, bool] | None:
    """The first line of a Bash script or a query (outside `comment`s and, in Bash,
    heredoc bodies) holding another orchestrator's expression: its number, the tool,
    the expression, and whether it is in single quotes."""
    ending: str | None = None
    for row, line in enumerate(code.splitlines(), 1):
        if ending is not None:
            if line.strip() == ending:
                ending = None
            continue
        heredoc = _HEREDOC.search(line) if comment == "#" else None
        if heredoc is not None:
            ending = heredoc.group(2)
        if line.lstrip().startswith(comment):
            continue
        text = line.split(" " + comment, 1)[0]
        found = _foreign_template(text, whole=False)
        if found is not None:
            quoted = _single_quoted(text, text.index(found[1]))
            return row, found[0], found[1], quoted
    return None


def _single_quoted(line: str, at: int) -> bool:
    """Is position `at` of a Bash line inside single quotes (where nothing expands)?"""
    single = double = False
    escaped = False
    for char in line[:at]:
        if escaped:
            escaped = False
        elif char == "\\" and not single:
            escaped = True
        elif char == "'" and not double:
            single = not single
        elif char == '"' and not single:
            double = not double
    return single


def _foreign_template(text: str, whole: bool = True) -> tuple[str, str] | None:
    """The tool and the expression of another orchestrator's template syntax kept in
    a static value (`("GitHub Actions", "${{ secrets.TOKEN }}")`), or None. With
    `whole` false (a line of code), a Step Functions path is not looked for: only as
    the whole value is `$.x` one."""
    found = _ACTIONS_EXPRESSION.search(text)
    if found is not None:
        return "a GitHub Actions expression", found.group(0)
    found = _N8N_EXPRESSION.search(text)
    if found is not None:
        return "an n8n expression", found.group(0)
    found = _ZAPIER_FIELD.search(text)
    if found is not None:
        return "a Zapier field reference", found.group(0)
    found = _STATES_PATH.fullmatch(text) if whole else None
    if found is not None:
        return "a Step Functions JSONPath", found.group(1)
    found = _STATES_INTRINSIC.fullmatch(text) if whole else None
    if found is not None:
        return "a Step Functions intrinsic function", found.group(1)
    for found in _JINJA_EXPRESSION.finditer(text):
        tool = _orchestrator_of(found.group(1), found.group(2))
        if tool is not None:
            return f"{with_article(tool)} (Jinja) template", found.group(0)
    return None


def _static_template(text: str, steps: set[str]) -> str | None:
    """How a static string looks like an expression over the flow's values (a bare
    `results.<x>` only when `x` is a step: `results.csv` may be a file name)."""

    def reads_flow(inner: str) -> bool:
        # `results` alone may be a template engine's own variable (`{{ results|length }}`)
        found = re.search(_FLOW_NAMES + r"\b(?:\s*\.\s*([A-Za-z_$][\w$]*))?", inner)
        if found is None:
            return False
        return not found.group(0).startswith("results") or found.group(1) in steps

    if any(reads_flow(m.group(0)) for m in _TEMPLATE.finditer(text)):
        return "a template (`${...}`)"
    if any(reads_flow(m.group(1)) for m in _MUSTACHE.finditer(text)):
        return "a `{{ ... }}` template"
    bare = text.strip()
    if _LOOKUP_CALL.fullmatch(bare):
        return f"the call `{bare}`"
    if _BARE_READ.fullmatch(bare):
        root, _, rest = bare.partition(".")
        if root == "results" and re.split(r"[.\[]", rest, maxsplit=1)[0] not in steps:
            return None
        return f"the expression `{bare}`"
    return None


def _as_expression(text: str) -> str:
    """The javascript `expr` that computes what the static value meant."""
    found = _MUSTACHE.fullmatch(text.strip())
    if found is not None:
        return found.group(1).strip()
    whole = re.fullmatch(r"\$\{([^}]*)\}", text.strip())
    if whole is not None:
        return whole.group(1).strip()
    if _TEMPLATE.search(text) or _MUSTACHE.search(text):
        body = _MUSTACHE.sub(lambda m: "${" + m.group(1).strip() + "}", text)
        return "'`" + body.replace("`", "\\`") + "`'"
    return text.strip()


def whole_read_kind(
    model: FlowModel, text: str, reader: FlowModule | None = None
) -> tuple[str, str, str] | None:
    """For an expression that is one whole read (`results.load`, `flow_input.limit`,
    `results.load.rows`): the read, the JSON type its value is known to have, and
    why it is known (every `return` of the step says so, or the flow's schema).
    With `reader`, a step inside a loop or branch that does not hold the reader is
    not judged: what that read gives is WAC503's finding."""
    from wac_lint.flows.model import ModuleKind
    from wac_lint.flows.returns import (
        SQL_ROWS,
        python_json_form,
        return_kind,
        sql_gives_first_row,
        text_result_why,
        ts_serialized_builtin,
        why_kind,
    )
    from wac_lint.flows.targets import step_code, subflow_result_code, subflow_result_step

    if reader is not None:
        special = (
            _item_read_kind(model, text, reader)
            or _resume_read_kind(text, reader)
            or _iteration_read_kind(text, reader)
        )
        if special is not None:
            return special
    found = _WHOLE_READ.fullmatch(text)
    if found is None:
        return None
    name = found.group("name") or found.group("quoted")
    field = found.group("field")
    read = f"{found.group('root')}.{name}" + (f".{field}" if field else "")
    if found.group("root") == "results":
        step = model.by_id.get(name)
        kinds = (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT, ModuleKind.FLOW)
        if step is None or step.kind not in kinds:
            return None
        if step.mocked or step.node.get("skip_if") is not None:
            return None  # its result is the mock's `return_value`, or not its code's when skipped
        if reader is not None and not set(step.ancestors()) <= {reader, *reader.ancestors()}:
            return None
        if reader is not None and not _ran_before(step, reader):
            return None  # a later step (WAC503's finding): its value is not what it returns
        via = None  # a `flow` step: its result is the flow's last step's
        if step.kind is ModuleKind.FLOW:
            sub = subflow_result_code(model, step)
            last = subflow_result_step(model, step)
            if sub is None or last is None:
                return None
            code: tuple[str, str] | None = (sub[0], sub[1])
            name, via = str(last[1].id), sub[2]
        else:
            code = step_code(model, step)
        kind = return_kind(*code, field) if code is not None else None
        if kind is None and code is not None and code[0] in SQL_ROWS and not field:
            # the first row (an object), or null when there is none: not a list either
            kind = "object" if sql_gives_first_row(code[1]) else None
        gives = f"gives {with_article(kind or '')}"
        if field:
            gives = f"gives an object whose `{field}` is {with_article(kind or '')}"
        why = f"every `return` of step `{name}`'s `main` {gives}"
        built = ts_serialized_builtin(*code, field) if code is not None else None
        if built is not None:
            # a `Map` / `Set` / `Date` the wrapper's JSON.stringify turns into `{}` / text
            json_form = "its ISO text" if built == "Date" else "`{}`"
            what = f"`{field}` as a `{built}`" if field else f"a `{built}`"
            why = (
                f"every `return` of step `{name}`'s `main` gives {what}, which JSON makes "
                f"{json_form}"
            )
        form = python_json_form(*code, field) if code is not None else None
        if form is not None:
            why = form.words(name, field)
        text_why = text_result_why(code[0], name) if code is not None and not field else None
        if text_why is not None:
            why = text_why
        if code is not None and code[0] in SQL_ROWS:
            why = why_kind(code[0], name)
            if kind == "object":
                why = (
                    f"step `{name}` is a {SQL_ROWS[code[0]]} query with "
                    "`-- result_collection=last_statement_first_row`, whose result is its "
                    "first row (null when there is none)"
                )
        if via is not None:
            why = f"`results.{step.id}` is the result of {via}, and {why}"
    else:
        if name == "iter":
            return None
        kind = _schema_type(model, name, field)
        shown = f"`{name}.{field}`" if field else f"`{name}`"
        why = f"the flow's schema declares input {shown} as {with_article(kind or '')}"
    return None if kind is None else (read, kind, why)


def _ran_before(step: FlowModule, reader: FlowModule) -> bool:
    """`step` (or the step holding it) comes before `reader` (or the step holding it)
    in the block they share: it has run when `reader`'s expressions are evaluated."""
    mine = {id(m.block): m for m in [reader, *reader.ancestors()]}
    for outer in [step, *step.ancestors()]:
        held = mine.get(id(outer.block))
        if held is not None:
            return outer is not held and outer.position < held.position
    return False


_ITER_READ = re.compile(
    r"\s*(?:return\s+)?flow_input\s*\.\s*iter\s*\.\s*value"
    r"(?:\s*\.\s*(?P<field>[A-Za-z_$][\w$]*))?\s*;?\s*"
)
_RESUME_READ = re.compile(r"\s*(?:return\s+)?resume\s*\.\s*(?P<field>[A-Za-z_$][\w$]*)\s*;?\s*")
_RESULT_READ = re.compile(r"\s*results\s*\.\s*([A-Za-z_$][\w$]*)\s*;?\s*")
_JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object"})


def _declared_type(prop: YNode | None) -> str | None:
    """The one JSON type a schema property declares (not a dynamic select's)."""
    kind = prop.get("type") if prop is not None and prop.is_map else None
    if kind is None or not kind.is_scalar or kind.text not in _JSON_TYPES:
        return None
    assert prop is not None
    fmt = prop.get("format")
    if fmt is not None and fmt.is_scalar and str(fmt.value()).startswith(DYNAMIC_SELECTS):
        return None
    return kind.text


_WHOLE_ITERATION = re.compile(r"\s*flow_input\s*\.\s*iter\s*;?\s*")
# what Windmill gives each iteration as `flow_input.iter` (windmill-worker
# `worker_flow.rs`), and nothing else
ITERATION_KEYS = ("index", "value")


def _iteration_read_kind(text: str, reader: FlowModule) -> tuple[str, str, str] | None:
    """`flow_input.iter` handed whole by a step inside a loop: the iteration's
    `{index, value}`, an object, not the item (`flow_input.iter.value`)."""
    from wac_lint.flows.query import enclosing_loop

    if _WHOLE_ITERATION.fullmatch(text) is None or enclosing_loop(reader) is None:
        return None
    why = "the iteration's `{index, value}`, not its item"
    return "flow_input.iter", "object", why


def _item_read_kind(model: FlowModel, text: str, reader: FlowModule) -> tuple[str, str, str] | None:
    """`flow_input.iter.value` (or a field of it) in a for loop over an array input
    whose `items` schema types it, or the whole item of a loop over a step's rows
    (a PostgreSQL / MySQL step) or list of object literals: an object."""
    from wac_lint.flows.model import ModuleKind
    from wac_lint.flows.query import enclosing_loop
    from wac_lint.flows.returns import SQL_ROWS, returned_item_keys, sql_gives_rows
    from wac_lint.flows.targets import step_code

    found = _ITER_READ.fullmatch(text)
    loop = enclosing_loop(reader) if found is not None else None
    if found is None or loop is None or loop.kind is not ModuleKind.FORLOOP:
        return None
    spec = loop.value.get("iterator") if loop.value is not None and loop.value.is_map else None
    source = spec.get("expr") if spec is not None and spec.is_map else None
    if source is None or not source.is_scalar:
        return None
    field = found.group("field")
    read = "flow_input.iter.value" + (f".{field}" if field else "")
    looped = _INPUT_READ.fullmatch(source.text)
    if looped is not None:
        name = looped.group(1)
        schema = model.schema
        props = schema.get("properties") if schema is not None and schema.is_map else None
        prop = props.get(name) if props is not None and props.is_map else None
        items = prop.get("items") if prop is not None and prop.is_map else None
        if _declared_type(prop) != "array" or items is None or not items.is_map:
            return None
        if field is not None:
            inner = items.get("properties")
            kind = _declared_type(inner.get(field) if inner is not None and inner.is_map else None)
            why = (
                f"the flow's schema declares the items of input `{name}`, which loop "
                f"`{loop.id}` iterates over, with `{field}` {with_article(kind or '')}"
            )
        else:
            kind = _declared_type(items)
            why = (
                f"the flow's schema declares the items of input `{name}`, which loop "
                f"`{loop.id}` iterates over, as {with_article(kind or '')}"
            )
        return (read, kind, why) if kind is not None else None
    whole = _RESULT_READ.fullmatch(source.text)
    step = model.by_id.get(whole.group(1)) if whole is not None and field is None else None
    if step is None or step.kind not in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT):
        return None
    if step.mocked or any(step.node.get(k) is not None for k in ("skip_if", "continue_on_error")):
        return None
    code = step_code(model, step)
    if code is None:
        return None
    if code[0] in SQL_ROWS and sql_gives_rows(*code):
        what = f"a {SQL_ROWS[code[0]]} query, whose rows are objects"
    elif returned_item_keys(*code):
        what = "whose `main` returns a list of object literals"
    else:
        return None
    why = f"loop `{loop.id}` iterates over `results.{step.id}`, {what}"
    return read, "object", why


def _resume_read_kind(text: str, reader: FlowModule) -> tuple[str, str, str] | None:
    """`resume.<field>` right after an approval step whose `resume_form` types that
    field: the approval page posts the form's values as they are."""
    found = _RESUME_READ.fullmatch(text)
    if found is None or reader.position == 0:
        return None
    before = reader.block.modules[reader.position - 1]
    suspend = before.node.get("suspend")
    if suspend is None or not suspend.is_map or before.node.get("skip_if") is not None:
        return None
    form = suspend.get("resume_form")
    schema = form.get("schema") if form is not None and form.is_map else None
    props = schema.get("properties") if schema is not None and schema.is_map else None
    field = found.group("field")
    kind = _declared_type(props.get(field) if props is not None and props.is_map else None)
    if kind is None:
        return None
    why = (
        f"the approval form of `{before.id}` declares `{field}` as {with_article(kind)}, which the "
        "approval page posts as it is"
    )
    return f"resume.{field}", kind, why


def _whole_read_hint(model: FlowModel, read: str, param: Param, found: str) -> str:
    """What the flow probably meant: the field of the step's object named like the
    parameter (`results.list.branches`), or the input declared with the right type."""
    from wac_lint.flows.returns import returned_keys
    from wac_lint.flows.targets import step_code

    root, _, rest = read.partition(".")
    if root == "flow_input" and "." not in rest and param.type is not None:
        return f"; declare input `{rest}` as {with_article(param.type)} in the flow's schema"
    step = model.by_id.get(rest) if root == "results" and found == "object" else None
    code = step_code(model, step) if step is not None else None
    keys = returned_keys(*code) if code is not None else None
    if keys is not None and param.name in keys:
        return f"; read its field (`{read}.{param.name}`)"
    return ""


# a declaration written `name="$N"` at the start of its line (`export` / unquoted ones not)
_BASH_PREFIXED = re.compile(r'^(?!\w+="\$)')


def _unread_bash_declaration(target: Target, name: str) -> str | None:
    """Why a bash script's line naming `name` (`HOST=$1`) is no input Windmill reads:
    its parser (windmill-parser-bash) reads only lines `name="$1"`, from `$1` up to
    the first position no such line declares, and the worker passes the script only
    the inputs it read, so that position is empty when the script runs."""
    wanted = name.lower()
    found = next((u for u in target.unread if u.name.lower() == wanted), None)
    if found is None:
        return None
    declared = {p.name for p in target.params}
    if found.strict:
        first = len(declared) + 1
        gap = next((u for u in target.unread if u.position == first and not u.strict), None)
        why = (
            f"Windmill's bash parser reads inputs from `$1` up and stops at `${first}`, which "
            'no line declares as it reads them (`name="$' + str(first) + '"` at the start '
            "of a line" + (f"; line {gap.line} has `{gap.text}`)" if gap is not None else ")")
        )
    elif found.trailing and not _BASH_PREFIXED.match(found.text):
        why = (
            'Windmill\'s bash parser reads only lines written `name="$N"` with nothing after '
            f"the closing quote but a `# comment`, so line {found.line}, `{found.text}` "
            f"(`{found.trailing}` after the value), declares no input"
        )
    else:
        why = (
            'Windmill\'s bash parser reads only lines written `name="$N"` (double quotes, '
            f"at the start of the line), so line {found.line}, `{found.text}`, declares no input"
        )
    return (
        f"`{name}` is not an input of {target.label}: {why}; the value goes nowhere and "
        f"`${found.position}` is empty when the script runs"
    )


def _option_read_problem(
    ctx: RuleContext, model: FlowModel, spec: YNode, key: str, option: OptionSpec
) -> None:
    """An option Windmill parses into a number (`sleep`, `timeout`, `parallelism`)
    whose expression hands over one flow input the schema types otherwise
    (`parallelism: flow_input.max_parallel`, a string input): the evaluated value is
    parsed as the option's number (`evaluate_input_transform`), which a string, a list
    or an object is not. The iterator, which wants a list, has its own check."""
    wanted, what, consequence = option
    if key not in ("sleep", "timeout", "parallelism"):
        return
    expr = spec.get("expr")
    if expr is None or not expr.is_scalar or not expr.text.strip().startswith("flow_input."):
        return
    known = whole_read_kind(model, expr.text.strip())
    if known is None:
        return
    read, found, why = known
    if found in wanted:
        return
    ctx.report(
        model.key_span(expr),
        f"`{key}` {what}, but `{read}` is {with_article(found)} ({why}), which Windmill "
        f"does not convert: {consequence}; type the input as an integer",
    )


def iterator_value_problem(ctx: RuleContext, model: FlowModel, module: FlowModule) -> None:
    """A `forloopflow` iterator that reads a whole value known not to be a list: the
    flow runner deserializes the iterator's value as an array (windmill-worker
    `worker_flow.rs`: "Expected an array value in the iterator expression, found:
    invalid type: map ...") and the flow fails at the loop."""
    value = module.value
    spec = value.get("iterator") if value is not None and value.is_map else None
    if spec is None or not spec.is_map:
        return
    kind_node, expr = spec.get("type"), spec.get("expr")
    if kind_node is None or kind_node.text != "javascript" or expr is None or not expr.is_scalar:
        return
    known = whole_read_kind(model, expr.text)
    if known is None:
        _iterator_form_problem(ctx, model, expr)
        return
    read, kind, why = known
    step = model.by_id.get(read.split(".")[1]) if read.startswith("results.") else None
    if step is not None and not _ran_before(step, module):
        return  # a later step, or one of the loop's own body: WAC503's finding
    if kind == "array":
        return
    hint = _LIST_OF[kind].format(read=read)
    if "which JSON makes `{}`" in why:
        # a `Map` / `Set` the step returns: the list has to be made in the step
        hint = "return a list from the step (`[...set]`, `[...map.values()]`)"
    if "Python wrapper" in why and step is not None:
        from wac_lint.flows.returns import python_json_form
        from wac_lint.flows.targets import step_code

        code = step_code(model, step)
        form = python_json_form(*code) if code is not None else None
        if form is not None:
            hint = f"{form.fix} in step `{step.id}`"
    ctx.report(
        model.key_span(expr),
        f"`iterator` must give the list to loop over, but `{read}` is not a list ({why}): "
        f"Windmill wants an array and the flow fails at this loop; {hint}",
    )


# what to write instead of an iterator whose form gives no list
_FORM_HINTS = {
    "object": "loop over `Object.values(...)` or `Object.entries(...)` of it",
    "string": "give the list itself, or split the string (`.split(',')`)",
    "number": "build the list (`Array.from({ length: n }, (_, i) => i)`)",
    "boolean": "give the list itself",
}


def _iterator_form_problem(ctx: RuleContext, model: FlowModel, expr: YNode) -> None:
    """An iterator expression whose own form gives no list (`new Set(...)`, an object
    literal, `.join(...)`, `.length`, a comparison): the runner wants an array."""
    from wac_lint.flows.expressions import expression_value_kind

    found = expression_value_kind(expr.text)
    if found is None:
        return
    if found.collection:
        hint = (
            f"spread it into a list (`[...new {found.collection}(...)]`, or "
            f"`Array.from(...)`{' of its entries' if found.collection == 'Map' else ''})"
        )
    else:
        hint = _FORM_HINTS[found.kind]
    ctx.report(
        model.key_span(expr),
        f"`iterator` must give the list to loop over, but this expression gives "
        f"{found.why}: the flow runner wants an array and fails at this loop; {hint}",
    )


def _schema_type(model: FlowModel, name: str, field: str | None) -> str | None:
    """The single JSON type the flow's schema gives input `name` (or its `field`)."""
    schema = model.schema
    props = schema.get("properties") if schema is not None and schema.is_map else None
    prop = props.get(name) if props is not None and props.is_map else None
    if field is not None:
        inner = prop.get("properties") if prop is not None and prop.is_map else None
        prop = inner.get(field) if inner is not None and inner.is_map else None
    kind = prop.get("type") if prop is not None and prop.is_map else None
    if kind is None or not kind.is_scalar or kind.text not in _LIST_OF and kind.text != "array":
        return None
    assert prop is not None
    fmt = prop.get("format")
    if fmt is not None and fmt.is_scalar and str(fmt.value()).startswith(DYNAMIC_SELECTS):
        return None  # its value is what the select's function lists, whatever `type` says
    default = prop.get("default")
    if default is not None and _node_kind(default) not in (None, kind.text):
        return None  # the schema contradicts itself: the form fills in the default's kind
    return kind.text


# Windmill's dynamic selects (`format: dynselect-<fn>` / `dynmultiselect-<fn>`): the
# form's value comes from a function of the script (a multiselect gives an array, typed
# `object` in the schema the editor writes).
DYNAMIC_SELECTS = ("dynselect", "dynmultiselect")


def _node_kind(node: YNode) -> str | None:
    """The JSON type of a YAML value (None for `null`)."""
    if node.is_map:
        return "object"
    if node.is_seq:
        return "array"
    kind = json_type(node.value())
    return None if kind == "null" else kind


def _yaml12_note(node: YNode) -> str:
    """Why a plain `on` / `1_000` is a string: the reader a YAML 1.1 habit expects
    is not the one `wmill` uses (the yaml npm package, YAML 1.2 core schema)."""
    from wac_lint.flows.yaml_tree import yaml11_reading

    reading = yaml11_reading(node)
    if reading is None:
        return ""
    return (
        f" (`wmill` reads flow.yaml as YAML 1.2, where `{node.text}` is a string, "
        f"not {reading} as in YAML 1.1)"
    )


def _unquoted_scalar_note(node: YNode, param: Param) -> str:
    """For a string parameter given an unquoted number or boolean (`code: 0042`): what
    YAML made of the text, and the quotes that keep it text."""
    if param.type != "string" or not node.is_scalar or node.style is not None:
        return ""
    value = node.value()
    if isinstance(value, bool):
        shown = "the boolean " + ("true" if value else "false")
    elif isinstance(value, int | float):
        number = int(value) if isinstance(value, float) and value.is_integer() else value
        shown = f"the number {number}"
        digits = node.text.lstrip("+-")
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            shown += ", without its leading zeros"
    else:
        return ""
    text = node.text.replace("'", "''")
    return (
        f" (YAML reads the unquoted `{node.text}` as {shown}; quote it, `'{text}'`, "
        "to pass the text)"
    )


class InputTransformMismatch(Rule):
    code = "WAC506"
    name = "input-transform-mismatch"
    summary = (
        "`input_transforms` that miss a required parameter of the script / flow, name one it "
        "does not have, or give a static value of the wrong type"
    )
    message = "Make `input_transforms` match the parameters of the script or flow"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Compares a step's `input_transforms` with what it calls: the `main` signature
of an inline script (`content: !inline extract.py`, or the code itself), of a
`script` step's file found in the repository (`path: f/etl/extract` ->
`f/etl/extract.py`, or the entry point `script.<ext>` of a script with modules,
`f/etl/extract__mod/script.deno.ts`), or the `schema` of a `flow` step's flow folder. A bash
script (inline, or `f/x/y.sh` by path) takes the inputs Windmill's bash parser
reads (windmill-parser-bash: lines `name="$1"`, `name="${2:-default}"`, from
`$1` up to the first number no line declares), every one a string. A Go
step takes the parameters of its `func main(...)` line, all required (as
windmill-parser-go reads them; parameters grouped under one type are not
judged). A SQL step (inline, `!inline x.pg.sql`, or `f/x/y.pg.sql` by path)
takes the inputs Windmill's SQL parsers read (windmill-parser-wasm-regex):
for PostgreSQL every `$N` of the query outside quotes, comments and
dollar-quoted bodies (as Windmill's scanner reads them: a backslash escapes
nothing, so `E'a\\'b'` ends at the backslash-quote), named by a `-- $N name`
line (with `= default`, optional) and typed by its `::cast`, and every
`-- $N name (type)` line whether or not the query uses `$N`; for MySQL, BigQuery,
Snowflake, MS SQL, Oracle and DuckDB the declaration comments
(`-- ? name (int)`, `-- @name (string) = x`, ...); and, in every dialect but
DuckDB, the `database` resource input `wmill` adds first (not needed when a
`-- database f/x/y` line names the resource). A GraphQL step (or `f/x/y.gql`)
takes every `$name: Type` of its text (required on `!` without a default) and
the `api` resource; a PowerShell step (or `f/x/y.ps1`) the `$Name`s of its
leading `param(...)` block (required only with `[Parameter(Mandatory)]` and no
default; the worker passes each by its exact name). An inline PHP, Rust,
C# or Ruby step takes the parameters of its `main` (`Main` in C#), as
Windmill's parsers for those languages name them; optional when the code gives
a default, or in Rust an `Option<...>` type (serde leaves it `None`); Ruby
keyword and splat parameters, which Windmill's Ruby parser does not read, leave
the step unjudged. An inline Ansible playbook takes the `extra_vars` of its header
(the first YAML document; required without a `default`) and an optional
resource input per `inventory` entry (`inventory.ini`, `inventory-1.ini`...),
as windmill-parser-wasm-yaml's `parse_ansible` reads them; a transform for
another name is not judged. A script by path in one of these languages
(`f/x/y.php`, `.rs`, `.cs`, `.rb`, `.playbook.yml`) is read the same way. A script
by path in another language takes the inputs of the
`.script.yaml` beside it, which `wmill generate-metadata` wrote (a SQL
file is read itself first: the worker parses the query when it runs, so a
stale `.script.yaml` does not decide). The
signature is read by wac-lint's schema extraction, as `wmill generate-metadata`
reads it. Reports a parameter without a default that gets no transform
(error); a transform that names no parameter (warning; for a `flow`
step, unless the subflow reads that name as `flow_input.<name>`: every
argument reaches its flow input, declared or not); a static value whose
type contradicts the parameter's (warning), for example a string for an
`int` (a string that looks like a workspace path, `f/data/db`, given to an
object parameter is likely a resource's path: the message says to write
`$res:`; a misspelt reference, `res:f/data/db`, is WAC508's), or a static
object none of whose keys is a member of the parameter's object type
(`{zone_id: ...}` for `{ zoneId: string }`: `main` reads undefined for each) or that
gives, beside members of it, a key spelt like a member it lacks (`{weight_kg: 2, dims:
{...}}` for `{ weightKg: number; dims: ... }`: the key goes nowhere and `main` reads
undefined for `weightKg`), or a
static list with an item of another type than a list of numbers or booleans takes
(`ids: list[int]` given `["101", "102"]`; lists of strings are not judged, since
Windmill's parsers read a bare `list` as one), and a javascript transform whose own
form builds a list of strings (`.split(',')`, `Object.keys(...)`, also filtered or
sorted after), or that hands over a flow input the schema declares as a list of strings
(`items: {type: string}`), for such a list: Windmill converts no item (`.map(Number)` does).
A whole flow input whose schema `enum` lists values that a parameter with choices of its own
(`Literal["free", "pro"]`, a string union, a subflow's `enum`) does not (`plan: [starter,
business]`) is a warning too, as a static value outside the choices is: Windmill passes the
value as it is, so a run given one of those hands the step a value it does not list.
An AI agent's static `output_type` other than `text` or `image` is an error:
windmill-worker reads the agent's arguments as `AIAgentArgs`, whose `OutputType` takes
only those two (a JSON answer is `text` with an `output_schema`), so the step fails.
An AI agent's flow-module tool is judged the same way, except for a parameter
with no transform or an empty one: the agent fills every parameter without a
completed value itself (windmill-worker `filter_schema_by_input_transforms`), so
none is missing there; a transform that names no parameter goes nowhere.
Steps whose target cannot be found (a hub script, a script not in the
repository) are not checked; nor is the preprocessor module, whose function
is `preprocessor`, not `main`. The parameters (names, defaults, types,
`**kwargs`) are checked against Windmill's own parsers
(`windmill-parser-wasm-py` / `-ts`, through the project's oracle) on every
script of the test corpus.

A javascript transform that hands over one whole value of a known type
(`flow_input.limit`, typed by the flow's schema; `results.list`, when every
`return` of that step's `main` is a literal of one type, or a call that always
gives a string: `", ".join(...)`, `json.dumps(...)`, `d.isoformat()`; a field,
`results.list.tags`, likewise; `results.sub` of a `flow` step, by its flow's last step:
a subflow ending with a query gives rows) that contradicts the
parameter's type is reported too (warning): `limit: int` given an input the
schema types as a string (the flow editor's type for a new input), `branches:
list` given a step's whole object instead of its field. Neither the flow
runner nor the worker's wrapper converts an argument (windmill-worker
`python_executor.rs` converts only `bytes` and `datetime` parameters), so
`main` receives the other type. Parameters typed as strings are left alone
(most code formats what it is given), as are numbers and integers given one
another, and a step inside a loop or branch the reader is not in (WAC503).
A transform whose own form gives a string or a number is judged the same way
(`rows: list` given `JSON.stringify(results.load)`, `ids: list` given
`flow_input.ids.join(',')`, `amount: float` given `(x * 1.2).toFixed(2)`, `people:
list` given `xs.push(y)`, which gives the new length, not the list). A PHP step's
`array` and `object` parameters are typed as windmill-parser-php types them (a
list, an object); an object given to `array` fails the step: PHP's wrapper decodes
its arguments with `json_decode` without `true`, so an object is a `stdClass`,
which an `array` parameter refuses with a TypeError. A Bun or Deno step whose
every `return` gives a `Map` or a `Set` reaches the flow as `{}`, which JSON makes
of it: an object to a parameter, and no list to loop over.

A static `$var:<path>` is replaced by the variable's value, always a string, and
`$res:<path>` by the resource's value, an object, before the call: a `$var:` given
to a parameter typed as anything but a string (a resource, an object, a number...)
and a `$res:` given to a string, number, boolean or list parameter, or to an
input of a bash script (which gets the object's JSON text as a word), are reported
(warning; `token: str` given `$res:f/x/slack` receives the whole resource). The
same holds for a flow input the schema declares as a resource (`type: object`,
`format: resource-postgresql`) handed whole to such a parameter (`dsn: str`
given `flow_input.warehouse`): the step receives the resource's value.
The same comparison is made for a loop's item and the answer to an approval:
`flow_input.iter.value` (or a field of it) in a for loop over an array input whose
`items` schema types it, or the whole item of a loop over a step's rows (a
PostgreSQL / MySQL step) or list of object literals, which is an object (`id:
int` given the row instead of its `id`); and `resume.<field>` right after an
approval step whose `resume_form` types that field (`limit: float` given a field
the form declares as a string), which the approval page posts as it is.
`flow_input.iter` handed whole by a step inside a loop is the iteration's `{index,
value}`, not its item: reported for a parameter typed as anything but a string or an
object, and for an object type whose fields (`{ sku: string; qty: number }`) are
neither `index` nor `value`, whose every field `main` reads as undefined.

A parameter without a default given an empty static value (no `value`,
`null` or `""`: what the flow editor leaves in an input nobody filled in, and
marks as missing) is reported as a warning: with no `value` the step runs without
it; `null` only for a typed parameter and `""` only for one whose type is not a
string (an empty string for a string, or `null` for an untyped parameter, may be
meant). A flow input whose schema property is a dynamic select (`format:
dynselect-...` / `dynmultiselect-...`) or whose `default` contradicts its `type` is
not taken to have that type.

A static string written as if Windmill evaluated it (a `${...}` or
`{{ ... }}` template over `flow_input`, `results`, `flow_env` or
`previous_result`, a bare `flow_input.x` / `results.<step>.x`, or a whole
`variable('f/x/key')` / `resource('f/x/db')` call) is reported
as a warning: only `javascript` transforms are evaluated, and the step gets
the text as written. When that text is a `$res:` / `$var:` reference
(`$res:f/data/${flow_input.env}_db`), the worker looks the resource or variable
up by the literal path when the job starts (`transform_json_value`), finds none
and fails the step: an error. The message gives the `expr` to write instead.
The strings inside a static object (`message: {subject: 'Report ${flow_input.week}'}`)
are judged the same way: the object is passed as written too, and the worker resolves
a `$res:` / `$var:` reference in every object of an argument.
So is a static value that keeps the expression syntax of the tool a flow was
ported from: a GitHub Actions expression (`${{ secrets.TOKEN }}`,
`${{ github.sha }}`), an n8n expression (`={{ $json.email }}`,
`{{ $node["Fetch"].json.id }}`), a Zapier field reference (`{{219402__email}}`), or
a Jinja template over Airflow's or Prefect's template context (`{{ ds }}`,
`{{ params.table }}`, `{{ var.value.bucket }}`, `{{ ti.xcom_pull(...) }}`,
`{{ flow_run.name }}`), or a Step Functions JSONPath or intrinsic function as the
whole value (`$.detail.order_id`, `$$.Map.Item.Value`, `States.Format(...)`):
Windmill renders none of them. A template over other names
(`Hi {{first_name}}`, which the step may render itself) is left alone.
The same expressions in the code of a Bash or SQL step (a GitHub Actions `run:`
block's `${{ inputs.tag }}`, an Airflow `bash_command`'s or `PostgresOperator`
query's `{{ ds }}`; not in a comment or a heredoc's body) are an error: Windmill
passes a Bash step its inputs as positional arguments (`tag="$1"`), a query as its
declared arguments (`-- $1 day`), and renders nothing, so bash refuses `${{` ("bad
substitution") and does not run that command (in single quotes, it passes it on as
text), and passes `{{ ds }}` on as text, as a query does.

In flow.yaml, plain scalars are read as `wmill` reads them, with the yaml
npm package's YAML 1.2 core schema: `on`, `no`, `1_000` and `2024-01-01` are
strings (YAML 1.1 read them as a boolean, a number and a date), and a message
about such a value says so; an unquoted number or boolean given to a string
parameter is a number or a boolean there (`0042` is the number 42, without its
leading zeros; `1717171717.000200` loses its trailing zeros), and the message
says what YAML read and how to quote it.

A Python `main` parameter after `*` (or `*args`) is keyword-only:
windmill-parser-py leaves it out of the script's inputs, and the worker's
wrapper calls `main(**args)` with only the inputs the parser read
(windmill-worker `python_executor.rs`), so it never gets a value. One with no
default fails every run with a TypeError, given or not (error); a transform
for one with a default goes nowhere (warning). With `**kwargs` the wrapper
passes every argument, so nothing is reported. A parameter before `/`
(positional-only) is left out the same way, and `**kwargs` does not help it.

A Bun or Deno step (inline, or a `.ts` script by path other than
`.fetch.ts` / `.native.ts`) whose `main` is not a named export (`async
function main` with no `export`, or `export default function main`) is an
error: the
worker's wrapper runs `import { main } from "./main.ts"` (windmill-worker
`bun_executor.rs`, `deno_executor.rs`), which fails. One whose `main` is a
function assigned to a variable (`export const main = async (a) => ...`) and
that is given inputs is an error too: Windmill's parser reads parameters only
from a `function main` declaration, finds none (a library to it), and the
wrapper spreads exactly the parameters it read, so `main()` runs with none.

A Python step whose code has no `main` at all (Windmill's parser reads it as
a library, `auto_kind: lib`) is reported as an error: the worker imports
`main` to run the step. So is a Bun or Deno step (inline, or a `.ts` script by
path) with no `main` anywhere in its code, such as a "Code by Zapier" port
(`output = [...]`) or a Lambda handler (`export const handler = ...`): the
wrapper's `import { main } from "./main.ts"` finds nothing to run.

The preprocessor module's code must define a `preprocessor` function (found
as Windmill's parser finds it, `has_preprocessor`): Windmill runs that step
with the entrypoint `preprocessor` (windmill-worker `worker_flow.rs` adds the
entrypoint override to its arguments), so code with only `main` fails (error).

A transform for a bash input that the script names in a form Windmill's bash
parser does not read (`HOST=$1` unquoted, indented, behind `export` / `local`,
followed by more than a comment, `HOST="$1";` or `HOST="$1" && shift`, or a proper
`name="$2"` past a `$1` no line declares) is an error, not the plain
warning: the worker passes only the inputs the parser read, so that position is
empty when the script runs.

`$args[<name>]` in an inline step's `custom_concurrency_key` must name one of
its `input_transforms`: the step's job runs with those as its arguments, and
windmill-queue (`interpolate_args`) puts an empty string for any other name, so
every run of the step gets the same key and shares one concurrency limit. An
expression or a template written there (`${flow_input.x}`, `{{x}}`) stays in the
key as written, the same for every run.

A `{type: static, expr: ...}` transform (an expression under the static type,
which Windmill never evaluates) is reported as an error.

The options Windmill reads as input transforms of their own are checked too
(error): a `sleep`, `timeout` or `parallelism` expression that hands over one flow
input the schema types as a string, a list or an object (`parallelism:
flow_input.max_parallel` with `max_parallel: {type: string}`: the evaluated value is
parsed as the option's number, "Error parsing result as u16"); a static `sleep` or
`timeout` that is not a number of seconds
(`30s`, `"5m"`), a loop's static `parallelism` that is not a number, a for
loop's static `iterator` that is not a list (`"eu,us,ap"`); and numbers
`push_next_flow_job` does not take: a negative or fractional `timeout` (an
i32, refused below 0), a negative or fractional `parallelism` (a u16), a
negative whole `sleep` (read as a u64, or as an f64 when it has a fraction).
So is an approval's static `user_groups_required` that is not a list of group
names (`value: finance`), under `user_auth_required: true`, where the runner reads
it: `serde_json::from_str::<Vec<String>>(...).expect(...)` fails on it.
A for loop's `iterator` expression that is a whole value known not to be a
list is an error too: `results.<id>` of a step (inline, or a Python /
TypeScript script by path, or a `flow` step whose flow's last step is one, followed down
through the flows that step runs) whose every `return` is an object, string, number
or boolean literal, `results.<id>.<field>` when that field of every returned
object literal is one, or `flow_input.<name>` (`.<field>`) whose schema type is
one of those, or a Python step whose every `return` gives what Windmill's wrapper
writes as text (`json.dumps(res, default=str)`: a set, a `Decimal`, an instance of a
class of the script) or streams (a generator); the same form is used to judge a
step's value or field handed to a typed parameter (`amount: number` given a
`Decimal` field). The
runner reads the iterator's value as an
array ("Expected an array value in the iterator expression"). A PostgreSQL
or MySQL step with `-- result_collection=last_statement_first_row` gives one row,
an object, not a list. So is an iterator whose own form gives no list: a
`new Set(...)` or `new Map(...)` (`{}` once serialized: JSON keeps none of its
entries; spread it, `[...new Set(...)]`), an object literal, `.join(...)`,
`JSON.stringify(...)`, `.length`, arithmetic or a comparison. A `Set` or `Map`
handed to any step's parameter (`ids: new Set(...)`) is an error as well: the step
gets `{}`.

## Why is this bad
Every rawscript parameter needs an input transform, or it receives no value
(Windmill's flow guide); a transform for a parameter that does not exist is
dropped, which usually means a parameter was renamed. Windmill parses a
static option into the type it needs (windmill-worker `worker_flow.rs`,
`evaluate_input_transform`); another type stops the flow at that step with
"Error parsing static value".

## Example
```yaml
- id: extract
  value:
    type: rawscript
    language: python3
    content: |
      def main(table: str, limit: int = 100):
          return []
    input_transforms:
      limit: {type: static, value: "ten"}
```

## Use instead
```yaml
    input_transforms:
      table: {type: static, value: orders}
      limit: {type: static, value: 10}
```
"""
    VALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: extract\n"
            "      value:\n"
            "        type: rawscript\n"
            "        language: python3\n"
            "        content: |\n"
            "          def main(table: str, limit: int = 100):\n"
            "              return []\n"
            "        input_transforms:\n"
            "          table: {type: static, value: orders}\n"
            "          limit: {type: static, value: 10}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: upload\n"
            "      value:\n"
            "        type: rawscript\n"
            "        language: bash\n"
            "        content: |\n"
            '          bucket="$1"\n'
            '          prefix="${2:-exports}"\n'
            '          echo "$bucket/$prefix"\n'
            "        input_transforms:\n"
            "          bucket: {type: static, value: invoices}\n"
        ),
    ]
    INVALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: extract\n"
            "      value:\n"
            "        type: rawscript\n"
            "        language: python3\n"
            "        content: |\n"
            "          def main(table: str, limit: int = 100):\n"
            "              return []\n"
            "        «input_transforms»:\n"
            "          limit: {type: static, value: 10}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: extract\n"
            "      value:\n"
            "        type: rawscript\n"
            "        language: bun\n"
            "        content: |\n"
            "          export async function main(table: string) {\n"
            "            return [];\n"
            "          }\n"
            "        input_transforms:\n"
            "          table: {type: static, value: orders}\n"
            "          «tabel»: {type: static, value: orders}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: extract\n"
            "      value:\n"
            "        type: rawscript\n"
            "        language: python3\n"
            "        content: |\n"
            "          def main(limit: int):\n"
            "              return []\n"
            "        input_transforms:\n"
            "          limit: {type: static, value: «ten»}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: wait\n"
            "      sleep: {type: static, value: «30s»}\n"
            "      value: {type: identity}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: upload\n"
            "      value:\n"
            "        type: rawscript\n"
            "        language: bash\n"
            "        content: |\n"
            '          bucket="$1"\n'
            '          prefix="${2:-exports}"\n'
            '          echo "$bucket/$prefix"\n'
            "        «input_transforms»:\n"
            "          prefix: {type: static, value: daily}\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        # flows load only when one is checked
        from wac_lint.flows.model import BlockKind, ModuleKind
        from wac_lint.flows.targets import target_of

        callers = (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT, ModuleKind.FLOW)
        model = ctx.flow
        for module in model.modules:
            self.check_options(ctx, model, module)
            self.check_concurrency_key(ctx, model, module)
            self.check_kinds(ctx, model, module)
            self.check_static_templates(ctx, model, module)
            if module.kind is ModuleKind.AIAGENT:
                self.check_agent_output_type(ctx, model, module)
            self.check_code_templates(ctx, model, module)
            if module.kind not in callers or module.value is None:
                continue
            if module.root_block().kind is BlockKind.PREPROCESSOR:
                self.check_preprocessor(ctx, model, module)
                continue
            target = target_of(model, module)
            if target is not None:
                # the agent fills a tool's parameters that have no value itself
                # (windmill-worker `filter_schema_by_input_transforms` shows the model
                # every one without a completed transform), so none is missing there
                tool = module.block.kind is BlockKind.TOOLS
                self.compare(ctx, model, module, target, tool=tool)

    @staticmethod
    def check_agent_output_type(ctx: RuleContext, model: FlowModel, module: FlowModule) -> None:
        """An AI agent's static `output_type` other than `text` or `image`: windmill-worker
        reads the agent's arguments as `AIAgentArgs`, whose `output_type` is the enum
        `OutputType` (lowercase `text` / `image`), so another value does not deserialize
        and the agent step fails (a structured answer is `text` with an `output_schema`)."""
        given = {t.name: t for t in module.transforms}
        transform = given.get("output_type")
        if transform is None or transform.type != "static" or transform.value is None:
            return
        value = transform.value.value()
        if value is None or value in ("text", "image"):
            return
        shown = code_span(json.dumps(value) if not isinstance(value, str) else value)
        structured = (
            "; for a JSON answer keep `text` and give the agent an `output_schema`"
            if isinstance(value, str) and value.lower() in ("json", "object", "structured")
            else ""
        )
        ctx.report(
            model.key_span(transform.value),
            f"the AI agent's `output_type` is {shown}, but Windmill reads it as one of `text` "
            f"and `image` (`OutputType`), so the agent step fails{structured}",
        )

    @staticmethod
    def check_preprocessor(ctx: RuleContext, model: FlowModel, module: FlowModule) -> None:
        """The preprocessor module runs the code's `preprocessor` function: Windmill
        adds the entrypoint override `preprocessor` to its arguments (windmill-worker
        `worker_flow.rs`, `Step::PreprocessorStep`), so `main` alone does not run."""
        from wac_lint.flows.model import ModuleKind
        from wac_lint.flows.targets import defines_preprocessor

        if module.kind is not ModuleKind.RAWSCRIPT or module.value is None:
            return
        found = defines_preprocessor(model, module)
        if found is None or found[0]:
            return
        label = found[1]
        where = module.value.key_node("content") or module.anchor
        ctx.report(
            model.key_span(where),
            f"{label} defines no `preprocessor` function: the preprocessor module runs "
            "that function (Windmill sets the step's entrypoint to `preprocessor`), not "
            "`main`, so the step fails; name the function `preprocessor`",
        )

    def compare(
        self,
        ctx: RuleContext,
        model: FlowModel,
        module: FlowModule,
        target: Target,
        tool: bool = False,
    ) -> None:
        given = {t.name: t for t in module.transforms}
        value = module.value
        assert value is not None
        if target.unexported is not None:
            where = value.key_node("content") or value.key_node("path") or module.anchor
            how = (
                "is the module's default export"
                if target.unexported == "default"
                else "is not exported"
            )
            ctx.report(
                model.key_span(where),
                f"{target.label} {how}: Windmill's wrapper runs `import {{ main }} from "
                '"./main.ts"`, which finds no export named `main`, so the step fails; write '
                "`export async function main(...)`",
            )
            return
        if target.unread_main:
            if module.transforms:
                holder = value.key_node("input_transforms") or module.anchor
                names = ", ".join(f"`{t.name}`" for t in module.transforms)
                reach = "reach" if len(module.transforms) > 1 else "reaches"
                ctx.report(
                    model.key_span(holder),
                    f"{target.label} is a function assigned to a variable: Windmill's parser "
                    "reads parameters only from a `function main(...)` declaration, finds "
                    "none here, and the worker calls `main()` with no arguments, so "
                    f"{names} never {reach} it; write `export async function main(...)`",
                )
            return
        if target.no_main:
            where = value.key_node("content") or value.key_node("path") or module.anchor
            ctx.report(
                model.key_span(where),
                f"{target.label} does not exist: the code defines no `main` function, which "
                "Windmill imports to run the step, so the step fails",
            )
            return
        holder = value.key_node("input_transforms") or value.key_node("type") or module.anchor
        missing = [p.name for p in target.params if p.required and p.name not in given]
        if missing and not tool:
            names = ", ".join(f"`{n}`" for n in missing)
            plural = "s" if len(missing) > 1 else ""
            ctx.report(
                model.key_span(holder),
                f"{target.label} takes {names} (no default), but `input_transforms` gives "
                f"{'them' if plural else 'it'} no value",
            )
        self.check_keyword_only(ctx, model, module, target, holder)
        hidden = {p.name for p in (*target.keyword_only, *target.positional_only)}
        for transform in module.transforms:
            param = target.param(transform.name)
            if param is None and transform.name in hidden:
                continue  # check_keyword_only's
            if param is None:
                # a subflow reading the name gets the value in its flow_input
                if transform.name in target.reads:
                    continue
                unread = _unread_bash_declaration(target, transform.name)
                if unread is not None:
                    ctx.report(model.span(transform.key), unread)
                elif not target.open_ended and transform.name != "<<":  # WAC500's (merge key)
                    ctx.report(
                        model.span(transform.key),
                        f"`{transform.name}` is not a parameter of {target.label}: "
                        "the value goes nowhere",
                        severity=WARNING,
                    )
                continue
            self.check_static(ctx, model, transform, param)
            if not tool:  # an empty value is not a completed one: the agent fills it
                self.check_left_empty(ctx, model, target, transform, param)
            self.check_whole_read(ctx, model, module, transform, param)

    @staticmethod
    def check_keyword_only(
        ctx: RuleContext, model: FlowModel, module: FlowModule, target: Target, holder: YNode
    ) -> None:
        """Python `main(a, *, b)`: Windmill's parser leaves `b` out of the script's
        inputs and its wrapper calls `main(**args)` with only the inputs it read
        (windmill-worker `python_executor.rs`), so `b` gets nothing from the flow."""
        given = {t.name: t for t in module.transforms}
        hidden = (
            ("keyword-only", "after `*`", "before the `*`", target.keyword_only),
            ("positional-only", "before `/`", "after the `/`", target.positional_only),
        )
        for kind, marker, fix, params in hidden:
            why = (
                f"Windmill's parser leaves {kind} parameters ({marker}) out of the "
                "script's inputs and calls `main` with only the others"
            )
            for param in params:
                transform = given.get(param.name)
                where = (
                    model.span(transform.key) if transform is not None else model.key_span(holder)
                )
                if param.required:
                    ctx.report(
                        where,
                        f"`{param.name}` is {kind} in {target.label}, with no default: {why}, "
                        "so `main` never receives it and the step always fails with a "
                        f"TypeError; move `{param.name}` {fix}",
                    )
                elif transform is not None:
                    ctx.report(
                        where,
                        f"`{param.name}` is {kind} in {target.label}: {why}, so the value "
                        f"never reaches `main` and its default applies; move `{param.name}` "
                        f"{fix}",
                        severity=WARNING,
                    )

    @staticmethod
    def check_concurrency_key(ctx: RuleContext, model: FlowModel, module: FlowModule) -> None:
        """`$args[name]` in an inline step's `custom_concurrency_key` with no input
        `name`: the step's job runs with its `input_transforms` as its arguments, and
        windmill-queue (`interpolate_args`) puts an empty string for a missing one."""
        from wac_lint.flows.model import ModuleKind
        from wac_lint.flows.query import arg_tags, key_templates

        value = module.value
        if module.kind is not ModuleKind.RAWSCRIPT or value is None or not value.is_map:
            return
        node = value.get("custom_concurrency_key")
        if node is None or node.str_value() is None:
            return
        given = {t.name for t in module.transforms}
        if value.get("input_transforms") is None:
            return
        limit = value.get("concurrent_limit")
        active = limit is not None and limit.value() not in (None, 0, "")
        for written, name, span in key_templates(model, node) if active else ():
            ctx.report(
                span,
                f"`{written}` in `custom_concurrency_key` is kept as written: Windmill "
                "evaluates no expression in a key, it replaces only `$args[<input>]` (and "
                "`$workspace`) with the job's arguments, so every run of the step gets the "
                f"same key and they all share one concurrency limit; write `$args[{name}]` "
                "with an input of the step",
            )
        for name, span in arg_tags(model, node):
            if name in given:
                continue
            known = ", ".join(f"`{n}`" for n in sorted(given)) or "none"
            ctx.report(
                span,
                f"`$args[{name}]` in `custom_concurrency_key` names no input of step "
                f"`{module.id}` (its `input_transforms` give {known}): Windmill puts an "
                "empty string in its place, so every run of the step gets the same key and "
                "they all share one concurrency limit",
            )

    @staticmethod
    def check_kinds(ctx: RuleContext, model: FlowModel, module: FlowModule) -> None:
        """`{type: static, expr: ...}`: Windmill reads `expr` only for `type: javascript`."""
        for transform in module.transforms:
            node = transform.node
            if transform.type != "static" or transform.expr is None or not node.is_map:
                continue
            if node.key_node("value") is not None:
                continue
            ctx.report(
                model.key_span(node.key_node("expr") or transform.key),
                f"`{transform.name}` is a static transform with an `expr`, which Windmill "
                "evaluates only for `type: javascript`: the step does not get the "
                "expression's value",
            )

    @staticmethod
    def check_options(ctx: RuleContext, model: FlowModel, module: FlowModule) -> None:
        """Static values of the options Windmill parses into numbers or a list."""
        loop = module.kind is not None and module.kind.is_loop
        options: list[tuple[YNode, str, OptionSpec]] = [
            (module.node, "sleep", OPTION_SECONDS),
            (module.node, "timeout", OPTION_SECONDS),
        ]
        if loop and module.value is not None:
            options.append((module.value, "parallelism", OPTION_PARALLELISM))
            if module.kind is not None and module.kind.value == "forloopflow":
                options.append((module.value, "iterator", OPTION_ITERATOR))
        if module.kind is not None and module.kind.value == "forloopflow":
            iterator_value_problem(ctx, model, module)
        suspend = module.node.get("suspend")
        auth = suspend.get("user_auth_required") if suspend is not None and suspend.is_map else None
        if auth is not None and auth.is_scalar and auth.value() is True:
            assert suspend is not None
            options.append((suspend, "user_groups_required", OPTION_GROUPS))
        for holder, key, (wanted, what, consequence) in options:
            spec = holder.get(key)
            value = spec.get("value") if spec is not None and spec.is_map else None
            kind = spec.get("type") if spec is not None and spec.is_map else None
            if kind is not None and kind.text == "javascript" and spec is not None:
                _option_read_problem(ctx, model, spec, key, (wanted, what, consequence))
                continue
            if value is None or kind is None or kind.text != "static":
                continue
            found = json_type(value.value())
            if key == "user_groups_required" and found == "array":
                if all(item.is_scalar and isinstance(item.value(), str) for item in value.items):
                    continue
                found = "list with an entry that is not a group name"
            if found in wanted:
                problem = _out_of_range(key, value.value(), consequence)
                if problem is not None:
                    ctx.report(model.key_span(value), problem)
                continue
            if found == "null":
                continue
            ctx.report(
                model.key_span(value),
                f"`{key}` {what}, but the static value is {with_article(found)}"
                f"{_yaml12_note(value)}: {consequence}",
            )

    @staticmethod
    def check_left_empty(
        ctx: RuleContext, model: FlowModel, target: Target, transform: Transform, param: Param
    ) -> None:
        """A parameter without a default given an empty static value: what the flow
        editor writes for an input nobody filled in (no `value`, `null`, `""`), and
        marks as missing. The worker passes it on as it is (`python_executor.rs`:
        `args["x"] = kwargs.get("x")`): no `value` runs `main` without it; `null` and
        `""` are values, reported only where the parameter's declared type excludes
        them (`""` for a string parameter, `null` for an untyped one, may be meant)."""
        if transform.type != "static" or not param.required or transform.expr is not None:
            return  # a static `expr` is check_kinds' finding
        if param.resource is not None:
            return  # an empty resource is WAC508's finding
        value = transform.value
        name = transform.name
        if value is None:
            got = "a static transform with no `value`"
            runs = f"the step runs without a `{name}`"
        elif value.is_scalar and value.value() is None and param.type is not None:
            got = "a static `null`"
            runs = f"`main` receives `null` for {with_article(param.type)}"
        elif value.is_scalar and value.value() == "" and param.type not in (None, "string"):
            got = "an empty static string"
            runs = f'`main` receives `""` for {with_article(param.type)}'
        else:
            return
        where = value if value is not None else transform.key
        ctx.report(
            model.key_span(where),
            f"{target.label} takes `{name}` (no default), but it is given {got}, "
            f"what the flow editor leaves in an input nobody filled in: {runs}; give it "
            "a value or an expression",
            severity=WARNING,
        )

    @staticmethod
    def check_static_templates(ctx: RuleContext, model: FlowModel, module: FlowModule) -> None:
        """A static value written as if Windmill evaluated it (`Report for
        ${flow_input.day}`, `{{ flow_input.email }}`, `results.fetch.rows`): the worker
        passes a static value as written (windmill-worker `worker_flow.rs` evaluates
        only `javascript` transforms), so the step gets that text."""
        from wac_lint.flows.yaml_tree import object_strings

        for transform in module.transforms:
            if transform.type != "static" or transform.value is None:
                continue
            for path, value in object_strings(transform.value, lists=True):
                InputTransformMismatch.check_static_template(ctx, model, transform, path, value)

    @staticmethod
    def check_static_template(
        ctx: RuleContext, model: FlowModel, transform: Transform, path: str, value: YNode
    ) -> None:
        """One string of a static value, the value itself (`path` empty) or one inside
        an object of it (`path` `.subject`): a static object is passed as written too."""
        text = value.value()
        if not isinstance(text, str):
            return
        how = _static_template(text, set(model.by_id))
        if how is None:
            foreign = _foreign_template(text) if not path else None
            if foreign is not None:
                _report_foreign_template(ctx, model, transform, text, *foreign)
            return
        gets = "the step gets this text"
        severity: str | None = WARNING
        if text.startswith(("$res:", "$var:")) and "[" not in path:
            # the worker resolves a `$res:` / `$var:` argument by its path when the job
            # starts (windmill-worker `common.rs` `transform_json_value`), and a path
            # holding the template's `${` / `{{` names nothing in the workspace
            kind = "resource" if text.startswith("$res:") else "variable"
            gets = (
                f"Windmill looks up the {kind} `{text[5:]}` by that literal path, which "
                "names none, and the step fails"
            )
            severity = None  # the rule's: an error
        fix = f"make it a `javascript` transform, expr: {_as_expression(text)}"
        if path:
            member = _as_expression(text)
            if member.startswith("'`") and member.endswith("`'"):
                member = member[1:-1]  # quoted for YAML as a whole `expr:`, not inside one
            key = path.rsplit(".", 1)[-1]
            if path.endswith("]"):
                place, within = f"`{member}` as that item", "value"
            else:
                place, within = f"`{key}: {member}`", "object"
            fix = (
                f"make `{transform.name}` a `javascript` transform that builds the {within}, "
                f"with {place}"
            )
        ctx.report(
            model.key_span(value),
            f"the static value of `{transform.name}{path}` is {how}, but a static value is "
            f"passed as written, never evaluated: {gets}; {fix}",
            severity=severity,
        )

    @staticmethod
    def check_code_templates(ctx: RuleContext, model: FlowModel, module: FlowModule) -> None:
        """A Bash or SQL step whose code keeps another orchestrator's expression (a
        GitHub Actions `run:` block's `${{ inputs.tag }}`, an Airflow `bash_command`'s
        or `PostgresOperator` query's `{{ ds }}`): Windmill hands the code its inputs
        as arguments (`tag="$1"`, `-- $1 ds`) and renders nothing, so bash refuses
        `${{` ("bad substitution", the command is not run) and passes `{{ ds }}` on as
        text, as a query does. Comments and the body of a heredoc are left alone (a
        script may write a workflow file)."""
        from wac_lint.flows.sql_signature import is_sql
        from wac_lint.flows.targets import inline_code

        found = inline_code(model, module)
        if found is None:
            return
        language, code = found
        sql = is_sql(language)
        if language != "bash" and not sql:
            return
        hit = _code_foreign_template(code, "--" if sql else "#")
        if hit is None:
            return
        row, tool, shown, quoted = hit
        value = module.value
        assert value is not None
        if sql:
            what = f"the {language} query"
            fails = "the query gets it as text"
            instead = (
                "declare the value as an argument of the query (`-- $1 name` and `$1` in "
                "PostgreSQL) and give it in `input_transforms`"
            )
        else:
            what = "the bash script"
            fails = (
                'bash refuses `${{` ("bad substitution") and does not run that command'
                if shown.startswith("${{") and not quoted
                else "bash passes it on as text"
            )
            instead = (
                'declare the value as an input of the script (`name="$1"`) and give it in '
                "`input_transforms`"
            )
        ctx.report(
            model.key_span(value.key_node("content") or module.anchor),
            f"line {row} of {what} of step `{module.id}` holds {tool}, `{shown}`, which "
            f"Windmill never evaluates: {fails}; {instead}",
        )

    @staticmethod
    def check_whole_read(
        ctx: RuleContext, model: FlowModel, module: FlowModule, transform: Transform, param: Param
    ) -> None:
        """A javascript transform that hands over one whole value of a known type that
        the parameter does not take (`limit: int` given `flow_input.limit`, which the
        schema types as a string, the flow editor's default for a new input). Neither
        the flow runner nor the script's wrapper converts arguments (windmill-worker
        `python_executor.rs` passes `kwargs` as the JSON gave them; the Bun / Deno
        wrappers spread the parsed JSON), so `main` gets the other type. A parameter
        typed as a string is left alone: most code formats what it is given."""
        if transform.type != "javascript" or transform.expr is None or not transform.expr.is_scalar:
            return
        wanted = param.type
        resource = _resource_input(model, transform.expr.text)
        if resource is not None and param.resource is None and wanted in _NOT_A_RESOURCE:
            read, kind = resource
            hint = ""
            if wanted == "string":
                hint = f"; type the parameter as the resource (`{kind}`) and read its fields"
            ctx.report(
                model.key_span(transform.expr),
                f"`{param.name}` is {with_article(wanted)}, but `{read}` is a `{kind}` resource "
                f"(the flow's schema: `format: resource-{kind}`), which reaches the step as "
                f"the resource's value, an object{hint}",
                severity=WARNING,
            )
            return
        from wac_lint.flows.expressions import expression_value_kind

        form = expression_value_kind(transform.expr.text)
        if form is not None and form.collection:
            ctx.report(
                model.key_span(transform.expr),
                f"`{param.name}` is given {form.why}: the step gets an empty object; "
                + (
                    "convert it (`Object.fromEntries(map)` for an object, `[...map]` for "
                    "a list of its entries)"
                    if form.collection == "Map"
                    else f"spread it into a list (`[...new {form.collection}(...)]`)"
                ),
            )
            return
        if param.items is not None and _list_items_contradict(ctx, model, transform, param):
            return
        if param.enum is not None and _enum_input_contradicts(ctx, model, transform, param):
            return
        if wanted is None or wanted == "string" or param.resource is not None:
            return
        known = whole_read_kind(model, transform.expr.text, module)
        by_form = False
        if known is None and form is not None and form.kind in ("string", "number"):
            # the expression's own form gives the type: `JSON.stringify(...)`, `.join(...)`,
            # `.toFixed(...)` a string, `.push(...)` a number (the new length)
            known = (" ".join(transform.expr.text.split()), form.kind, form.why)
            by_form = True
        if known is None:
            return
        read, found, why = known
        if read == "flow_input.iter" and wanted == "object" and param.fields:
            if not set(param.fields) & set(ITERATION_KEYS):
                fields = ", ".join(f"`{f}`" for f in param.fields[:3])
                ctx.report(
                    model.key_span(transform.expr),
                    f"`{param.name}` is an object with {fields}, but `flow_input.iter` is "
                    f"{why}, so `main` reads undefined for each of them; give the item, "
                    "`flow_input.iter.value`",
                    severity=WARNING,
                )
            return
        if found == wanted or {found, wanted} == {"number", "integer"}:
            return
        if by_form and wanted not in ("array", "object", "number", "integer", "boolean"):
            return
        if wanted == "object" and found == "array":
            from wac_lint.flows.returns import TYPESCRIPT
            from wac_lint.flows.targets import step_code

            code = step_code(model, module)
            if code is None or code[0] in TYPESCRIPT:
                return  # a TypeScript `object` parameter takes an array as well
        hint = (
            "; give the item, `flow_input.iter.value`"
            if read == "flow_input.iter"
            else _whole_read_hint(model, read, param, found)
        )
        if wanted == "array" and found == "object":
            from wac_lint.flows.targets import step_code

            code = step_code(model, module)
            if code is not None and code[0] == "php":
                hint += (
                    "; PHP's wrapper decodes an object as a `stdClass` (`json_decode` without "
                    "`true`), which an `array` parameter refuses with a TypeError: type it "
                    "`object` and read its fields with `->`"
                )
        given = with_article(found)
        shown = f"`{read}`"
        because = f" ({why})"
        if by_form:
            shown = code_span(read, 100)
            if why == given:
                because = ""  # a literal: the type is all there is to say
        ctx.report(
            model.key_span(transform.expr),
            f"`{param.name}` is {with_article(wanted)}, but {shown} is {given}{because}: "
            f"Windmill passes the value as it is, without converting it{hint}",
            severity=WARNING,
        )

    @staticmethod
    def check_static(
        ctx: RuleContext, model: FlowModel, transform: Transform, param: Param
    ) -> None:
        if transform.type != "static" or transform.value is None:
            return
        problem = contradicts(param, transform.value.value())
        if problem is not None:
            problem += _yaml12_note(transform.value) + _unquoted_scalar_note(transform.value, param)
            ctx.report(model.key_span(transform.value), problem, severity=WARNING)
