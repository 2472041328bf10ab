# SDK: wmill 1.850.0: parallel() dispatches fn(item) per item in list order and returns results in that order; task values cross as JSON (the task returns lists of dicts, GPA as float); environment read at module level is configuration
"""Transcript ingest: the registrar drops PDFs of transcripts in S3; OCR each, parse
the course table, normalise the GPA to a 4.0 scale and attach it to the application."""

from __future__ import annotations

import io
import logging
import os
import re
from collections import OrderedDict
from typing import Iterable, Iterator

import wmill
from wmill import parallel, step, task, workflow

log = logging.getLogger("admissions.transcripts")

BUCKET = os.environ.get("TRANSCRIPT_BUCKET", "admissions-transcripts")
SCALES = OrderedDict([("4.0", 4.0), ("5.0", 5.0), ("10", 10.0), ("100", 100.0)])
GRADE_RE = re.compile(r"^(?P<code>[A-Z]{2,4}\s?\d{3})\s+(?P<title>.+?)\s+(?P<credits>\d(?:\.\d)?)\s+(?P<grade>[A-F][+-]?|\d{1,3})$")


class TranscriptParser:
    """Pure text parsing; used inside the OCR task and, for a sanity check, in the body."""

    letter_points = {"A+": 4.0, "A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "D": 1.0, "F": 0.0}

    def rows(self, text: str) -> list[dict]:
        out = []
        for line in text.splitlines():
            m = GRADE_RE.match(line.strip())
            if m:
                out.append({**m.groupdict(), "credits": float(m["credits"])})
        return out

    def points(self, grade: str, scale: float) -> float:
        if grade in self.letter_points:
            return self.letter_points[grade]
        return round(float(grade) / scale * 4.0, 2)

    def gpa(self, rows: list[dict], scale: float) -> float:
        credits = sum(r["credits"] for r in rows) or 1.0
        return round(sum(self.points(r["grade"], scale) * r["credits"] for r in rows) / credits, 2)


PARSER = TranscriptParser()


def batched(items: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@task(timeout=120)
async def list_new_files(prefix: str) -> list[dict]:
    import boto3

    s3 = boto3.client("s3")
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix)
    return [{"key": o["Key"], "size": o["Size"]} for p in pages for o in p.get("Contents", []) if o["Key"].endswith(".pdf")]


@task(timeout=900, tag="ocr")
async def ocr_transcript(item: dict) -> dict:
    import boto3
    import pytesseract
    from pdf2image import convert_from_bytes

    body = boto3.client("s3").get_object(Bucket=BUCKET, Key=item["key"])["Body"].read()
    text = "\n".join(pytesseract.image_to_string(img) for img in convert_from_bytes(body))
    scale = next((v for k, v in SCALES.items() if f"scale {k}" in text.lower()), 4.0)
    rows = PARSER.rows(text)
    return {"key": item["key"], "rows": rows, "scale": scale, "gpa": PARSER.gpa(rows, scale)}


@task()
async def attach_to_application(key: str, gpa: float, course_count: int) -> str:
    app_id = key.rsplit("/", 1)[-1].removesuffix(".pdf")
    sis = wmill.get_resource("f/admissions/sis")
    import httpx

    async with httpx.AsyncClient(base_url=sis["url"], headers={"authorization": sis["token"]}) as c:
        r = await c.patch(f"/applications/{app_id}", json={"transcript_gpa": gpa, "courses": course_count})
        r.raise_for_status()
    return app_id


@workflow
async def main(prefix: str = "incoming/", batch_size: int = 25):
    files = await list_new_files(prefix)
    files.sort(key=lambda f: f["key"])
    attached: list[str] = []
    flagged: list[dict] = []
    seen_ids: set[int] = set()

    for batch in batched(files, batch_size):
        parsed = await parallel(batch, ocr_transcript, concurrency=5)
        for doc in parsed:
            if id(doc) in seen_ids:
                continue
            seen_ids.add(id(doc))
            recheck = PARSER.gpa(doc["rows"], doc["scale"])
            if not doc["rows"] or abs(recheck - doc["gpa"]) > 0.01:
                flagged.append({"key": doc["key"], "reason": "no rows" if not doc["rows"] else "gpa mismatch"})
                continue
            attached.append(await attach_to_application(doc["key"], doc["gpa"], len(doc["rows"])))

    buf = io.StringIO()
    for f in flagged:
        buf.write(f"{f['key']}\t{f['reason']}\n")
    log.info("flagged:\n%s", buf.getvalue())
    summary = await step("summary", lambda: {"attached": len(attached), "flagged": len(flagged)})
    return {**summary, "flagged_files": flagged}
