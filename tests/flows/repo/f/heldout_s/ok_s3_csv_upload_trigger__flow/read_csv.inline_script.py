import csv
import io

import wmill
from wmill import S3Object


def main(file: S3Object, delimiter: str = ","):
    raw = wmill.load_s3_file(file)
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter)
    rows = [dict(r) for r in reader]
    return {"rows": rows, "columns": reader.fieldnames or []}
