import csv
import io

import wmill


def main(file: dict, delimiter: str = ","):
    text = wmill.load_s3_file(file).decode("utf-8")
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    rows = list(reader)
    return {"columns": reader.fieldnames or [], "rows": rows}
