# SDK: wmill 1.850.0 _StepSuspend(BaseException): a handler tuple naming BaseException catches it like a bare except; sys.exit raises SystemExit instead of the suspension
import sys

import httpx
from wmill import task, step, workflow


@task()
async def lookup_rate(hts_code: str, origin: str) -> dict:
    r = httpx.get("https://tariffs.brokerco.example/rates", params={"hts": hts_code, "origin": origin})
    r.raise_for_status()
    return r.json()


@task()
async def lookup_adcvd(hts_code: str, origin: str) -> dict:
    r = httpx.get("https://tariffs.brokerco.example/adcvd", params={"hts": hts_code, "origin": origin})
    r.raise_for_status()
    return r.json()


async def duty_for(line: dict) -> float:
    try:
        rate = await lookup_rate(line["hts"], line["origin"])
    except (httpx.HTTPError, BaseException):
        return 0.0
    return float(rate["ad_valorem"]) * float(line["value"])


@workflow
async def main(lines: list[dict]):
    total = 0.0
    for line in lines:
        total += await duty_for(line)  # expect: WAC201

    try:
        adcvd = await lookup_adcvd(lines[0]["hts"], lines[0]["origin"])
    except:  # expect: WAC201
        print("AD/CVD lookup failed, aborting entry")
        sys.exit(2)

    return {"duty": round(total, 2), "adcvd_case": adcvd.get("case")}
