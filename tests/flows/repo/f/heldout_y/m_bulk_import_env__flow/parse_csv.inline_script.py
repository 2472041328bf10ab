import csv
import io

import wmill


def main(file: dict):
    raw = wmill.load_s3_file(file)
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    contacts = [{"email": r["email"].lower(), "name": r.get("name", "")} for r in reader]
    return {"contacts": contacts, "count": len(contacts)}
