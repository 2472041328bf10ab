"""`new this(...)` in a static method of a TypeScript class builds the class it is
called on (or a subclass, which the file's own class stands for): its constructor and
field initializers run where the static method is called, as for `new Ledger(...)`.
An arrow function inside the method keeps the method's `this`."""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


@cache
def run(code: str) -> tuple[tuple[int, str, str], ...]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT))
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, f.message) for f in result.findings)


BUILT_BY_THIS = """\
import { workflow, task } from "windmill-client";
class Ledger {
  entries: string[];
  constructor(seed: string) {
    this.entries = [seed];
    void fetch("https://audit.example.com/open", { method: "POST", body: seed });
  }
  static open(seed: string): Ledger {
    return new this(seed);
  }
}
class Batch {
  openedAt = Date.now();
  constructor(public label: string) {}
  static start(label: string): Batch {
    const build = () => new this(label);
    return build();
  }
}
class Quiet {
  constructor(public label: string) {}
  static start(label: string): Quiet {
    return new this(label);
  }
}
const record = task(async (x: string) => x.length);
export const main = workflow(async (name: string) => {
  const ledger = Ledger.open(name);
  const batch = Batch.start(name);
  const quiet = Quiet.start(name);
  return await record(ledger.entries[0] + batch.label + quiet.label);
});
"""


def test_new_this_runs_the_constructor_of_the_class() -> None:
    assert run(BUILT_BY_THIS)[0] == (
        28,
        "WAC101",
        "`fetch` (reached through `main → Ledger.open → Ledger.constructor → fetch`) does "
        "network I/O in the workflow body, which re-runs on every replay; move it into a "
        "task or a `step(...)`",
    )


def test_new_this_in_an_arrow_of_the_method_runs_the_field_initializers() -> None:
    assert run(BUILT_BY_THIS)[1] == (
        29,
        "WAC102",
        "`Date.now` (reached through `main → Batch.start → build → Batch → Date.now`) reads "
        "the clock: the value changes between replays of the workflow body; capture it with "
        "`step(...)`",
    )


def test_a_class_whose_constructor_only_stores_is_no_finding() -> None:
    # `Quiet.start` (line 30) builds a class whose constructor only stores its argument
    assert [row for row, _, _ in run(BUILT_BY_THIS)] == [28, 29]
