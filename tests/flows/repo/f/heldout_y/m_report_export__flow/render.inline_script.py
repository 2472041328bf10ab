import csv
import io
from typing import Literal


def main(rows: list, fmt: Literal["csv", "xlsx"] = "csv"):
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0].keys()) if rows else [])
        writer.writeheader()
        writer.writerows(rows)
        return {"content": buf.getvalue(), "mime": "text/csv"}
    return {"content": None, "mime": "application/vnd.ms-excel"}
