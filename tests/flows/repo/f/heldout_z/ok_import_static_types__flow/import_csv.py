import csv
import io
from typing import Optional

import wmill


def main(
    bucket_key: str,
    delimiter: str = ",",
    max_error_ratio: float = 0.05,
    skip_rows: Optional[int] = None,
    column_map: dict = None,
    dry_run: bool = True,
    tags: list[str] = None,
):
    raw = wmill.load_s3_file(bucket_key).decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(raw), delimiter=delimiter)
    rows, errors = [], 0
    for i, row in enumerate(reader):
        if skip_rows and i < skip_rows:
            continue
        try:
            rows.append({(column_map or {}).get(k, k): v for k, v in row.items()})
        except Exception:
            errors += 1
    if rows and errors / len(rows) > max_error_ratio:
        raise ValueError(f"too many bad rows: {errors}")
    return {"imported": 0 if dry_run else len(rows), "errors": errors, "tags": tags or []}
