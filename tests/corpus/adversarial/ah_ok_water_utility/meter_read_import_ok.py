# SDK: wmill 1.850.0 a plain script: load_s3_file / write_s3_file (client.py 1931, 1953) read the AMI vendor's CSV drop and write the cleaned file; set_progress reports progress; a broad `except Exception` skips bad rows; not a workflow
import csv
import io
from decimal import Decimal, InvalidOperation

import wmill
from wmill import S3Object

MAX_DAILY_GALLONS = Decimal("5000")


def parse_row(row: dict) -> dict | None:
    try:
        gallons = Decimal(row["reading_gal"]) - Decimal(row["previous_gal"])
    except (KeyError, InvalidOperation):
        return None
    if gallons < 0 or gallons > MAX_DAILY_GALLONS:
        return None
    return {"meter": row["meter_id"].strip().upper(), "day": row["read_date"], "gallons": str(gallons)}


def main(drop: S3Object, out_prefix: str = "ami/clean"):
    raw = wmill.load_s3_file(drop).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw)))
    clean, rejected = [], 0
    for i, row in enumerate(rows):
        try:
            parsed = parse_row(row)
        except Exception as exc:  # one malformed vendor row must not sink the whole drop
            print(f"row {i}: {exc!r}")
            parsed = None
        if parsed is None:
            rejected += 1
        else:
            clean.append(parsed)
        if i % 5000 == 0:
            wmill.set_progress(min(99, int(100 * i / max(len(rows), 1))))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["meter", "day", "gallons"])
    writer.writeheader()
    writer.writerows(clean)
    name = drop["s3"].rsplit("/", 1)[-1]
    written = wmill.write_s3_file(S3Object(s3=f"{out_prefix}/{name}"), buf.getvalue().encode())
    return {"file": written, "clean": len(clean), "rejected": rejected}
