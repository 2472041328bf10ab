# SDK: wmill 1.850.0 a plain script that runs a WAC workflow by path and waits for it (run_script_by_path), then reads the clock and writes a CSV to S3 with write_s3_file; a module-level helper named `step` formats a progress line
import csv
import io
from datetime import datetime

import wmill

RATE_PER_MILE = 0.67


def step(n: int, total: int, what: str) -> None:
    print(f"[{n}/{total}] {what}")


def main(month: str, drivers: list[str]):
    step(1, 3, f"collecting trips for {len(drivers)} drivers")
    trips = wmill.run_script_by_path(
        "f/food_bank/collect_trips_wac",
        args={"month": month, "drivers": sorted(drivers)},
        timeout=1800,
    )

    step(2, 3, "computing reimbursements")
    rows = []
    for driver in sorted(trips):
        miles = round(sum(t["miles"] for t in trips[driver]), 1)
        rows.append({"driver": driver, "trips": len(trips[driver]), "miles": miles, "amount": round(miles * RATE_PER_MILE, 2)})

    step(3, 3, "writing report")
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["driver", "trips", "miles", "amount"])
    writer.writeheader()
    writer.writerows(rows)
    key = f"mileage/{month}-{datetime.now():%Y%m%d%H%M}.csv"
    obj = wmill.write_s3_file({"s3": key}, buf.getvalue().encode(), s3_resource_path="f/food_bank/reports_bucket")
    return {"month": month, "drivers": len(rows), "total": round(sum(r["amount"] for r in rows), 2), "file": obj}
