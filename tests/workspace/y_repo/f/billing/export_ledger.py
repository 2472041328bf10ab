# SDK: none (plain script, no WAC): Windmill builds its form from export_ledger.script.yaml.
import csv
import io

import wmill

from f.shared.models import DEFAULT_REGION


def main(period: str, region: str = "eu-west", dry_run: bool = False):  # expect: WAC901
    rows = wmill.get_variable(f"f/billing/ledger_{region}").splitlines()
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        if row.startswith(period):
            writer.writerow(row.split(";"))
    if dry_run:
        return {"rows": len(rows), "region": region or DEFAULT_REGION}
    wmill.write_s3_file(None, out.getvalue().encode(), f"ledger/{period}.csv")
    return {"rows": len(rows), "written": True}
