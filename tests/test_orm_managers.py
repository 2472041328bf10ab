"""WAC101 on queries through an ORM's model manager (`rules/_orm_managers.py`): a
Django or MongoEngine `Model.objects` chain that runs a query in the workflow body,
or a lazy QuerySet the body evaluates (Django's "When QuerySets are evaluated":
iteration, `list()`, `len()`, indexing; slicing without a step stays lazy)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile

HEAD = (
    "import django\n"
    "from shop.models import Customer, Order\n"
    "from wmill import step, task, workflow\n\n"
    "django.setup()\n\n"
    "@task()\nasync def ship(order_id: int) -> int:\n"
    "    return Order.objects.filter(pk=order_id).update(shipped=True)\n\n"
    "@workflow\nasync def main(city: str):\n"
)
REPLAY = "in the workflow body, which re-runs on every replay; move it into a task or a `step(...)`"
LAZY = "(a QuerySet is lazy: evaluating it reads the database) " + REPLAY


def findings(body: str, head: str = HEAD) -> list[tuple[int, str]]:
    code = head + "".join(f"    {line}\n" for line in body.splitlines())
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=["WAC101"])
    return [(f.row, f.message) for f in result.findings]


ROW = 13  # the body's first line


def test_a_method_that_runs_the_query() -> None:
    assert findings("first = Order.objects.filter(city=city).first()\nreturn first") == [
        (
            ROW,
            "`Order.objects.filter(…).first()` queries the database through the model manager "
            f"`Order.objects` (`first` runs the query) {REPLAY}",
        )
    ]
    assert findings("n = await Customer.objects.acount()\nreturn n") == [
        (
            ROW,
            "`Customer.objects.acount()` queries the database through the model manager "
            f"`Customer.objects` (`acount` runs the query) {REPLAY}",
        )
    ]


def test_a_lazy_queryset_is_reported_where_it_is_evaluated() -> None:
    assert findings(
        'rows = list(\n    Order.objects.filter(city=city).values("pk")\n)\nreturn rows'
    ) == [(ROW, f"`list(…)` runs the query of `Order.objects.filter(…).values(…)` {LAZY}")]
    assert findings(
        "pending = Order.objects.filter(city=city)\nfor o in pending:\n    await ship(o.pk)"
    ) == [(ROW + 1, f"Looping over `pending` runs the query of `Order.objects.filter(…)` {LAZY}")]
    assert findings("top = Order.objects.order_by('-total')[0]\nreturn top") == [
        (ROW, f"Indexing the QuerySet runs the query of `Order.objects.order_by(…)` {LAZY}")
    ]


def test_lazy_querysets_never_evaluated_in_the_body_are_not_reported() -> None:
    body = (
        "pending = Order.objects.filter(city=city)\n"
        "page = Order.objects.order_by('-total')[:10]\n"
        "ids = await step('ids', lambda: list(Order.objects.values_list('pk', flat=True)))\n"
        "return ids"
    )
    assert findings(body) == []


def test_a_shadowed_builtin_does_not_evaluate() -> None:
    body = "def list(qs):\n    return qs\nrows = list(Order.objects.all())\nreturn rows"
    assert findings(body) == []


def test_mongoengine_managers_are_called() -> None:
    head = HEAD.replace("import django\n", "import mongoengine\n").replace("django.setup()", "")
    assert [row for row, _ in findings("p = Order.objects(city=city).first()", head)] == [ROW]


def test_a_file_without_an_orm_import_has_no_manager() -> None:
    head = HEAD.replace("import django\n", "import json\n").replace("django.setup()", "")
    assert findings("first = Order.objects.filter(city=city).first()", head) == []
