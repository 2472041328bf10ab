"""WAC107 on a pandas column and its reductions returned by a task: `df["n"]` is a
Series, `df[["a", "b"]]` a DataFrame, `df["n"].count()` a `numpy.int64`,
`df["n"].sum()` a scalar of the column's type (a string through the checkpoint for an
integer column), `df.sum()` a Series; `mean()`, `len(df)` and converted scalars are
JSON and not reported."""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def wac107(body: str) -> list[tuple[int, str]]:
    code = (
        "import pandas as pd\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def stats(path: str) -> dict:\n"
        "    df = pd.read_csv(path)\n"
        f"    return {body}\n"
        "@workflow\n"
        "async def main(path: str):\n"
        "    return await stats(path)\n"
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC107"])
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.message) for f in result.findings]


TAIL = "returned by this task: it is checkpointed as JSON and comes back as"


def test_a_column_sum_says_the_integer_case() -> None:
    assert wac107('{"sessions": df["sessions"].sum()}') == [
        (
            6,
            '`df["sessions"].sum()` is a scalar of the column\'s type (a `numpy.int64`, '
            "not an `int`, for integers) inside the value returned by this task: it is "
            'checkpointed as JSON and comes back as a string (`"1234"`) when the column '
            "holds integers",
        )
    ]


def test_a_column_count_is_always_a_numpy_integer() -> None:
    assert wac107('df["sessions"].count()') == [
        (
            6,
            '`df["sessions"].count()` is a numpy integer (`numpy.int64`, not an `int`) '
            f'{TAIL} a string (`"12"`)',
        )
    ]


def test_a_column_any_is_a_numpy_bool() -> None:
    found = wac107('df["late"].any()')
    assert found == [
        (6, f'`df["late"].any()` is a numpy `bool_` {TAIL} a string (`"False"` is truthy)')
    ]


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ('df["sessions"]', "a pandas `Series`"),
        ('df[["a", "b"]]', "a pandas `DataFrame`"),
        ("df.sum()", "a pandas `Series` (one value per column)"),
        ('df.sort_values("n").head(10)', "a pandas `DataFrame`"),
        ('df["n"].dropna()', "a pandas `Series`"),
        ('df["n"].unique()', "a numpy array"),
        ("df.to_numpy()", "a numpy array"),
        ('df.groupby("region")', "a pandas `GroupBy`"),
        (
            'df.groupby("region")["revenue"].sum()',
            "a pandas `Series` or `DataFrame` (one row per group)",
        ),
        ('df.groupby(["a", "b"]).size()', "a pandas `Series` or `DataFrame` (one row per group)"),
    ],
)
def test_columns_and_frame_reductions_are_pandas_objects(body: str, what: str) -> None:
    found = wac107(body)
    assert [(row, message.split(" returned")[0]) for row, message in found] == [
        (6, f"`{body}` is {what}")
    ]


@pytest.mark.parametrize(
    "body",
    [
        'df["sessions"].mean()',
        'int(df["sessions"].sum())',
        'df["sessions"].sum().item()',
        "len(df)",
        'df["sessions"].tolist()',
        'df.to_dict("records")',
        # the sums of every column: their types may differ (a float frame here)
        "df.sum().sum()",
        'df["n"].unique().tolist()',
        'df.head(10).to_dict("records")',
        'df.groupby("region")["revenue"].sum().to_dict()',
    ],
)
def test_json_values_of_a_frame_are_not_reported(body: str) -> None:
    assert wac107(body) == []


def test_a_polars_column_sum_is_a_python_number() -> None:
    code = (
        "import polars as pl\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def stats(path: str) -> int:\n"
        "    df = pl.read_csv(path)\n"
        '    return df["sessions"].sum()\n'
        "@workflow\n"
        "async def main(path: str):\n"
        "    return await stats(path)\n"
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC107"])
    assert result.findings == []


@pytest.mark.parametrize(
    "body",
    [
        '    data = data["items"]\n    return data\n',
        "    n = n.sum()\n    return n\n",
        '    df = df[["a", "b"]]\n    return df.count()\n',
    ],
)
def test_a_name_bound_to_its_own_column_or_reduction_is_read_once(body: str) -> None:
    code = (
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def stats(data: dict, n: list) -> dict:\n"
        f"{body}"
        "@workflow\n"
        "async def main(path: str):\n"
        "    return await stats({}, [])\n"
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC107"])
    assert not result.errors, [e.error for e in result.errors]
    assert result.findings == []


def numpy_task(body: str) -> list[tuple[int, str]]:
    code = (
        "import numpy as np\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def stats(xs: list[int]) -> dict:\n"
        "    arr = np.array(xs)\n"
        f"    return {body}\n"
        "@workflow\n"
        "async def main(xs: list[int]):\n"
        "    return await stats(xs)\n"
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC107"])
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.message) for f in result.findings]


def test_an_array_reduction_says_the_integer_case() -> None:
    assert numpy_task("arr.max()") == [
        (
            6,
            "`arr.max()` is a numpy scalar of the array's type (a `numpy.int64`, not an "
            f'`int`, for integers) {TAIL} a string (`"1234"`) when the array holds integers',
        )
    ]


def test_an_array_argmax_is_a_numpy_index() -> None:
    assert numpy_task("arr.argmax()") == [
        (6, f'`arr.argmax()` is a numpy integer (`numpy.intp`) {TAIL} a string (`"12"`)')
    ]


@pytest.mark.parametrize("body", ["arr.mean()", "arr.sum().item()", "int(arr.argmax())"])
def test_json_reductions_of_an_array_are_not_reported(body: str) -> None:
    assert numpy_task(body) == []


def test_an_array_reduced_along_an_axis_is_not_called_a_scalar() -> None:
    # an array again (its printed form through JSON), which this reading does not follow
    assert numpy_task("arr.sum(axis=0)") == []


def polars_task(body: str) -> list[tuple[int, str]]:
    code = (
        "import polars as pl\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def stats(path: str):\n"
        "    df = pl.read_parquet(path)\n"
        f"    return {body}\n"
        "@workflow\n"
        "async def main(path: str):\n"
        "    return await stats(path)\n"
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC107"])
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.message.split(" returned")[0]) for f in result.findings]


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ('df.filter(pl.col("n") > 3).head(5)', "a polars `DataFrame`"),
        ('df["n"]', "a polars `Series`"),
        ('df.group_by("region").agg(pl.col("n").sum())', "a polars `DataFrame`"),
    ],
)
def test_polars_frames_and_columns_are_printed(body: str, what: str) -> None:
    assert polars_task(body) == [(6, f"`{body}` is {what}")]


@pytest.mark.parametrize(
    "body", ['df["n"].sum()', "df.head(5).to_dicts()", 'df["n"].to_list()', "df.height"]
)
def test_json_values_of_a_polars_frame_are_not_reported(body: str) -> None:
    assert polars_task(body) == []


def test_a_name_bound_to_a_slice_of_itself_is_read_once() -> None:
    code = (
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def t(data: bytes) -> bytes:\n"
        "    data = data[:10]\n"
        "    return data\n"
        "@workflow\n"
        "async def main(blob: bytes):\n"
        "    return await t(blob)\n"
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC107"])
    assert not result.errors, [e.error for e in result.errors]
