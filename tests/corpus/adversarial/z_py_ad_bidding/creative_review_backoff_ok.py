# SDK: wmill 1.850.0 sleep() allocates sleep, sleep_2, ... in call order and suspends server-side; the failed attempt replays as TaskError, so the loop takes the same path every round
import time

from wmill import task, workflow, TaskError, sleep, step

MAX_ATTEMPTS = 4


@task(timeout=300, tag="creative")
async def run_brand_safety_scan(creative_url: str) -> dict:
    import requests

    for i in range(3):
        r = requests.post("https://safety.internal/scan", json={"url": creative_url}, timeout=60)
        if r.status_code != 429:
            break
        time.sleep(2**i)  # inside the task: its own job, never replayed
    r.raise_for_status()
    return r.json()


@workflow
async def main(creative_url: str):
    started = time.perf_counter()
    scan = None
    for attempt in range(MAX_ATTEMPTS):
        try:
            scan = await run_brand_safety_scan(creative_url)
            break
        except TaskError as e:
            print(f"scan attempt {attempt + 1} failed: {e}")
            await sleep(15 * 2**attempt)
    print(f"round took {time.perf_counter() - started:.1f}s")
    if scan is None:
        return {"creative": creative_url, "status": "scan_failed"}
    verdict = await step("verdict", lambda: "approved" if scan["risk"] == "low" else "manual")
    return {"creative": creative_url, "status": verdict}
