import csv
import io

import wmill
from wmill import S3Object


def main(file: S3Object, delimiter: str = ","):
    raw = wmill.load_s3_file(file).decode("utf-8-sig")
    reader = csv.reader(io.StringIO(raw), delimiter=delimiter)
    header = next(reader)
    rows = [row for row in reader if any(cell.strip() for cell in row)]
    return {"header": header, "rows": rows, "count": len(rows)}
