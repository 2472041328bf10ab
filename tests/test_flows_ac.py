"""Red team AC (flows): the general causes behind heldout_ac's misses, as small inline flows.

- `approvers` / `resumes` entries read in a step that does not follow an approval: the
  flow runner starts both as empty lists and fills them only from the approval just before.
- Entries of a list read through `.filter(...)` / `.slice(...)` / `.find(...)`, or at a
  computed index, with `?.` before the field.
- A field of an object field of a step's result (`results.inv.customer.emial`).
- An iterator that maps a step's list to one field of its objects, read for a field of
  those objects.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings


def _findings(tmp_path: Path, text: str, files: dict[str, str] | None = None) -> list[object]:
    folder = tmp_path / "f" / "ac" / "probe__flow"
    folder.mkdir(parents=True)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    (folder / "flow.yaml").write_text(text)
    for name, code in (files or {}).items():
        (folder / name).write_text(code)
    return [(r, c, s) for r, c, s, _ in file_findings(folder / "flow.yaml")]


def _messages(tmp_path: Path, text: str, files: dict[str, str] | None = None) -> list[str]:
    folder = tmp_path / "f" / "ac" / "probe__flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    for name, code in (files or {}).items():
        (folder / name).write_text(code)
    return [m for _, _, _, m in file_findings(folder / "flow.yaml")]


# --- the approval's lists -------------------------------------------------------------

APPROVAL_FLOW = """\
summary: s
value:
  modules:
    - id: ask
      value: {{type: identity}}
      suspend: {{required_events: 1, timeout: 600}}
{middle}    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(v: any) {{ return v }}"
        input_transforms:
          v: {{type: javascript, expr: '{expr}'}}
"""

LATER = """\
    - id: between
      value: {type: identity}
"""


@pytest.mark.parametrize(
    ("middle", "expr", "expected"),
    [
        # a step between the approval and the read: both lists are empty there
        (LATER, "approvers[0]", [(13, "WAC509", "error")]),
        (LATER, 'approvers.join("-")', [(13, "WAC509", "error")]),
        (LATER, "resumes[0].comment", [(13, "WAC509", "error")]),
        (LATER, "resumes.map((r) => r.decision)", [(13, "WAC509", "error")]),
        # right after the approval, a length test, a fallback, the whole list
        ("", "approvers[0]", []),
        ("", "resumes.map((r) => r.decision)", []),
        (LATER, "approvers.length > 0", []),
        (LATER, 'approvers[0] ?? "system"', []),
        (LATER, "approvers", []),
    ],
)
def test_approval_lists_after_a_later_step(
    tmp_path: Path, middle: str, expr: str, expected: list[object]
) -> None:
    text = APPROVAL_FLOW.format(middle=middle, expr=expr)
    got = _findings(tmp_path, text)
    # the line of `v:` moves with the step between
    assert [(c, s) for _, c, s in got] == [(c, s) for _, c, s in expected]


def test_approval_list_message(tmp_path: Path) -> None:
    text = APPROVAL_FLOW.format(middle=LATER, expr="approvers[0]")
    assert _messages(tmp_path, text) == [
        "`approvers` holds the approvers' names only in the step right after an approval "
        "(`suspend`) step; after `between`, `approvers` is an empty list, so every entry "
        "read from it is undefined"
    ]


def test_approval_list_after_a_skipped_approval(tmp_path: Path) -> None:
    text = APPROVAL_FLOW.format(middle="", expr="approvers[0]").replace(
        "      suspend:", "      skip_if: {expr: flow_input.auto}\n      suspend:"
    )
    assert [(c, s) for _, c, s in _findings(tmp_path, text)] == [("WAC509", "error")]


# --- entries of a loop's result ---------------------------------------------------------

LOOP_FLOW = """\
summary: s
value:
  modules:
    - id: each
      value:
        type: {kind}
        {iterator}
        skip_failures: true
        modules:
          - id: calc
            value:
              type: rawscript
              language: bun
              content: "export function main() {{ return {{ km: 1, fuel_l: 2, done: false }} }}"
              input_transforms: {{}}
            {stop}
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(v: any) {{ return v }}"
        input_transforms:
          v: {{type: javascript, expr: '{expr}'}}
"""

FOR = {"kind": "forloopflow", "iterator": "iterator: {type: javascript, expr: '[1, 2]'}"}
WHILE = {"kind": "whileloopflow", "iterator": ""}


@pytest.mark.parametrize(
    ("loop", "expr", "expected"),
    [
        # through the methods that keep the entries as they are, or pick one
        (FOR, "results.each.filter((r) => r && !r.error).map((r) => r.distance)", 1),
        (FOR, "results.each.slice(1).map((r) => r.distance)", 1),
        (FOR, "results.each.filter((r) => r.km > 0)[0].distance", 1),
        (FOR, "results.each.find((r) => r.km > 0).distance", 1),
        (FOR, "(results.each.filter((r) => r.km > 0)).map((r) => r.distance)", 1),
        # at a computed index, `?.` before the field
        (WHILE, "results.each[results.each.length - 1]?.finished", 1),
        (FOR, "results.each[0]?.distance", 1),
        # fields the entries have, a fallback, a method that makes new entries
        (FOR, "results.each.filter((r) => r && !r.error).map((r) => r.km)", 0),
        (WHILE, "results.each[results.each.length - 1]?.done", 0),
        (FOR, "results.each.find((r) => r.km > 0)?.distance ?? 0", 0),
        (FOR, "results.each.filter((r) => !r?.error).map((r) => ({ d: r.km })).map((r) => r.d)", 0),
    ],
)
def test_loop_entries_read_through_a_chain(
    tmp_path: Path, loop: dict[str, str], expr: str, expected: int
) -> None:
    stop = "stop_after_if: {expr: result.done}" if loop is WHILE else ""
    text = LOOP_FLOW.format(expr=expr, stop=stop, **loop)
    got = _findings(tmp_path, text)
    assert [c for _, c, _ in got] == ["WAC503"] * expected


def test_loop_entry_at_a_computed_index_message(tmp_path: Path) -> None:
    text = LOOP_FLOW.format(
        expr="!results.each[results.each.length - 1]?.finished",
        stop="stop_after_if: {expr: result.done}",
        **WHILE,
    )
    assert _messages(tmp_path, text) == [
        "`results.each[results.each.length - 1]?.finished`: an entry of the result of loop "
        "`each` is the result of the last step of its body, `calc`, and every `return` of "
        "step `calc`'s `main` gives an object with `done`, `fuel_l`, `km` and no "
        "`finished`, so it is undefined"
    ]


# --- a field of an object field of a step's result -----------------------------------

NESTED_FLOW = """\
summary: s
value:
  modules:
    - id: inv
      value:
        type: rawscript
        language: {language}
        content: '!inline inv.{ext}'
        input_transforms: {{}}
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(v: any) {{ return v }}"
        input_transforms:
          v: {{type: javascript, expr: '{expr}'}}
"""

PY_INV = """\
def main():
    email = None
    return {"id": 1, "customer": {"id": "c1", "email": email, "locale": "en"}}
"""

TS_INV = """\
export async function main() {
  const flag = Date.now() % 2 === 0;
  if (flag) return { id: 1, customer: { id: "c1", email: null, locale: "en" } };
  return { id: 2, customer: { id: "c2", email: "a@b.c", locale: "de" } };
}
"""

TS_SPREAD = """\
export async function main() {
  const extra = { email: "a@b.c" };
  return { id: 1, customer: { id: "c1", ...extra } };
}
"""


@pytest.mark.parametrize(
    ("code", "expr", "expected"),
    [
        (PY_INV, "results.inv.customer.emial", 1),
        (PY_INV, "results.inv?.customer?.emial", 1),
        # a fallback does not excuse a near spelling of a key the object has
        (PY_INV, "results.inv?.customer?.emial ?? null", 1),
        (TS_INV, "results.inv.customer.emial", 1),
        (TS_INV, "`${results.inv.customer.locle}-x`", 1),
        # a key it has, a fallback for a name unlike every key, a method, a spread
        (PY_INV, "results.inv.customer.email", 0),
        (PY_INV, "results.inv.customer.phone ?? null", 0),
        (TS_INV, "results.inv.customer.toString()", 0),
        (TS_INV, "results.inv.customer.locale.toUpperCase()", 0),
        (TS_SPREAD, "results.inv.customer.email", 0),
    ],
)
def test_a_field_of_an_object_field(tmp_path: Path, code: str, expr: str, expected: int) -> None:
    ext, language = ("py", "python3") if code is PY_INV else ("ts", "bun")
    text = NESTED_FLOW.format(language=language, ext=ext, expr=expr)
    got = _findings(tmp_path, text, {f"inv.{ext}": code})
    assert got == [(16, "WAC503", "error")] * expected


def test_a_field_of_an_object_field_message(tmp_path: Path) -> None:
    text = NESTED_FLOW.format(language="python3", ext="py", expr="results.inv.customer.emial")
    assert _messages(tmp_path, text, {"inv.py": PY_INV}) == [
        "`results.inv.customer.emial`: every `return` of step `inv`'s `main` gives "
        "`customer` as an object with `email`, `id`, `locale` and no `emial`, so it is "
        "undefined; did you mean `email`?"
    ]


# --- an iterator mapped to one field ---------------------------------------------------

MAPPED_FLOW = """\
summary: s
value:
  modules:
    - id: users
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return [{{"email": "a@b.c", "first_name": "A"}}, {{"email": "d", "first_name": "D"}}]
        input_transforms: {{}}
    - id: send
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: '{iterator}'}}
        skip_failures: false
        modules:
          - id: one
            value:
              type: rawscript
              language: bun
              content: "export function main(v: any) {{ return v }}"
              input_transforms:
                v: {{type: javascript, expr: '{expr}'}}
"""


@pytest.mark.parametrize(
    ("iterator", "expr", "expected"),
    [
        ("results.users.map((u) => u.email)", "flow_input.iter.value.first_name", 1),
        ("results.users.map((u) => u.email)", "flow_input.iter.value.email", 1),
        (
            "results.users.map((u) => u.email).filter((e) => e.length)",
            "flow_input.iter.value.first_name",
            1,
        ),
        # the value itself, a name the objects do not have, the objects themselves
        ("results.users.map((u) => u.email)", "flow_input.iter.value", 0),
        ("results.users.map((u) => u.email)", "flow_input.iter.value.length", 0),
        ("results.users", "flow_input.iter.value.first_name", 0),
        ("results.users.map((u) => u.email)", "flow_input.iter.value.first_name ?? null", 0),
    ],
)
def test_an_iterator_mapped_to_one_field(
    tmp_path: Path, iterator: str, expr: str, expected: int
) -> None:
    got = _findings(tmp_path, MAPPED_FLOW.format(iterator=iterator, expr=expr))
    assert got == [(24, "WAC503", "error")] * expected


def test_an_iterator_mapped_to_one_field_message(tmp_path: Path) -> None:
    text = MAPPED_FLOW.format(
        iterator="results.users.map((u) => u.email)", expr="flow_input.iter.value.first_name"
    )
    assert _messages(tmp_path, text) == [
        "`flow_input.iter.value.first_name`: loop `send` iterates over "
        "`results.users.map((u) => u.email)`, so each item is the `email` of an object, not "
        "the object itself, and `.first_name` reads a field of that `email` value; not the "
        "object's `first_name`; iterate over the objects and read "
        "`flow_input.iter.value.email`"
    ]


def test_an_iterator_mapped_to_a_field_holding_objects_is_not_judged(tmp_path: Path) -> None:
    # `customer` is an object of its own, with an `id` of its own
    text = MAPPED_FLOW.replace(
        '{{"email": "a@b.c", "first_name": "A"}}, {{"email": "d", "first_name": "D"}}',
        '{{"id": 1, "customer": {{"id": 7, "name": "A"}}}}',
    ).format(iterator="results.users.map((u) => u.customer)", expr="flow_input.iter.value.id")
    assert _findings(tmp_path, text) == []


# --- Python grouping idioms: a nested loop over a list field of the outer item ---------

NESTED_LOOP_FLOW = """\
summary: s
value:
  modules:
    - id: groups
      value:
        type: rawscript
        language: python3
        content: '!inline groups.py'
        input_transforms: {}
    - id: outer
      value:
        type: forloopflow
        iterator: {type: javascript, expr: results.groups}
        skip_failures: false
        modules:
          - id: inner
            value:
              type: forloopflow
              iterator: {type: javascript, expr: flow_input.iter.value.lines}
              skip_failures: false
              modules:
                - id: one
                  value:
                    type: rawscript
                    language: bun
                    content: "export function main(v: any) { return v }"
                    input_transforms:
                      v: {type: javascript, expr: flow_input.iter.value.owner}
"""

# a dict of entries, each a literal whose list field is filled by appends
ENTRIES = """\
def main(rows: list = []):
    grouped: dict[str, dict] = {}
    for r in rows:
        entry = grouped.get(r["k"])
        if entry is None:
            entry = {"owner": r["owner"], "lines": []}
            grouped[r["k"]] = entry
        entry["lines"].append({"sku": r["sku"], "qty": r["qty"]})
    return list(grouped.values())
"""

# a dict of lists filled by setdefault, looped over to build the result
SETDEFAULT = """\
def main(rows: list = []):
    by_owner: dict[str, list] = {}
    for r in rows:
        by_owner.setdefault(r["owner"], []).append({"sku": r["sku"], "qty": r["qty"]})
    out = []
    for owner, lines in by_owner.items():
        out.append({"owner": owner, "lines": lines})
    return out
"""


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (ENTRIES, [(28, "WAC503", "error")]),
        (SETDEFAULT, [(28, "WAC503", "error")]),
        # the entries are handed to other code, which may change them
        (ENTRIES.replace("    return list(", "    audit(grouped)\n    return list("), []),
        # an entry read from another dict, whose values are not known
        (ENTRIES.replace("entry = grouped.get(", "entry = cache.get("), []),
        # a line list extended in another way
        (ENTRIES.replace('entry["lines"].append(', 'entry["lines"].extend('), []),
        (SETDEFAULT.replace(".append(", ".extend("), []),
        # the lines have the field
        (ENTRIES.replace('"qty": r["qty"]}', '"qty": r["qty"], "owner": r["owner"]}'), []),
    ],
)
def test_an_outer_items_field_in_a_nested_loop_over_grouped_lists(
    tmp_path: Path, code: str, expected: list[object]
) -> None:
    assert _findings(tmp_path, NESTED_LOOP_FLOW, {"groups.py": code}) == expected


# --- `flow_input.iter.value` in a while loop ---------------------------------------------

WHILE_IN_FOR_FLOW = """\
summary: s
value:
  modules:
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: '[{{"id": 1}}]'}}
        skip_failures: false
        modules:
          - id: pages
            value:
              type: whileloopflow
              skip_failures: false
              modules:
                - id: page
                  value:
                    type: rawscript
                    language: bun
                    content: "export function main(v: any) {{ return v }}"
                    input_transforms:
                      v: {{type: javascript, expr: '{expr}'}}
                  stop_after_if: {{expr: result == null}}
"""


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        # the iteration's number, not the for loop's item
        ("flow_input.iter.value.id", [(21, "WAC504", "error")]),
        # the number itself, a number member, the index, a fallback
        ("flow_input.iter.value", []),
        ("flow_input.iter.value.toString()", []),
        ("flow_input.iter.index + 1", []),
        ("flow_input.iter.value.id ?? 0", []),
    ],
)
def test_a_field_of_a_while_loops_iteration(
    tmp_path: Path, expr: str, expected: list[object]
) -> None:
    assert _findings(tmp_path, WHILE_IN_FOR_FLOW.format(expr=expr)) == expected
