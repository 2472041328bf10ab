# SDK: wmill 1.850.0: task results cross as JSON (the CSV text and base64 zip come back as str); pandas read_csv / zipfile.ZipFile over io.StringIO / io.BytesIO parse bytes already in memory (no file, no request); humanize.naturalsize / intcomma / naturaldelta of a given number or timedelta read no clock
"""Official test score import: the testing agency drops a zip of CSV score reports on
its SFTP; fetch it in a task, parse it in memory, and match scores to applications."""

from __future__ import annotations

import base64
import io
import logging
import zipfile
from datetime import timedelta

import humanize
import pandas as pd
import wmill
from wmill import parallel, step, task, workflow

log = logging.getLogger("admissions.scores")

SECTIONS = ("ebrw", "math")


@task(timeout=900)
async def fetch_report_zip(report_date: str) -> str:
    import paramiko

    sftp_res = wmill.get_resource("f/admissions/agency_sftp")
    transport = paramiko.Transport((sftp_res["host"], 22))
    transport.connect(username=sftp_res["user"], password=sftp_res["password"])
    try:
        with paramiko.SFTPClient.from_transport(transport) as sftp, sftp.open(f"/outbound/scores_{report_date}.zip") as fh:
            data = fh.read()
    finally:
        transport.close()
    return base64.b64encode(data).decode()


@task()
async def attach_scores(row: dict) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post("https://sis.example-university.edu/api/test-scores", json=row)
        return {"agency_id": row["agency_id"], "matched": r.status_code == 201}


def frames_from_zip(blob: bytes) -> list[pd.DataFrame]:
    frames = []
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        for name in sorted(zf.namelist()):
            if name.lower().endswith(".csv"):
                frames.append(pd.read_csv(io.StringIO(zf.read(name).decode("utf-8")), dtype={"agency_id": str}))
    return frames


@workflow
async def main(report_date: str, min_total: int = 400):
    encoded = await fetch_report_zip(report_date)
    blob = base64.b64decode(encoded)
    log.info("report zip is %s", humanize.naturalsize(len(blob)))

    frames = frames_from_zip(blob)
    if not frames:
        return {"report_date": report_date, "rows": 0}
    df = pd.concat(frames, ignore_index=True)
    df["total"] = df[list(SECTIONS)].sum(axis=1)
    df = df[df["total"] >= min_total].sort_values(["agency_id", "test_date"]).drop_duplicates("agency_id", keep="last")

    rows = [
        {"agency_id": r.agency_id, "test_date": str(r.test_date), **{s: int(getattr(r, s)) for s in SECTIONS}}
        for r in df.itertuples(index=False)
    ]
    results = await parallel(rows, attach_scores, concurrency=8)
    matched = sum(1 for r in results if r["matched"])
    turnaround = humanize.naturaldelta(timedelta(hours=len(rows) / 400))
    summary = await step("summary", lambda: {"rows": len(rows), "matched": matched})
    log.info("matched %s of %s", humanize.intcomma(matched), humanize.intcomma(len(rows)))
    return {"report_date": report_date, "turnaround": turnaround, "size": humanize.naturalsize(len(blob)), **summary}
