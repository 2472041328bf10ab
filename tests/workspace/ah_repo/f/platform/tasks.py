"""Tasks every SRE workflow shares. Each runs as its own job."""

import subprocess

import requests
from wmill import task

from f.platform.pagerduty import build_page, client


@task(timeout=300)
async def restart_service(host: str, service: str, graceful: bool = True) -> dict:
    cmd = ["ssh", host, "sudo", "systemctl", "reload" if graceful else "restart", service]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    return {"host": host, "service": service, "rc": proc.returncode}


@task(timeout=120)
async def health_check(host: str, port: int = 8080) -> bool:
    try:
        return requests.get(f"http://{host}:{port}/healthz", timeout=5).ok
    except requests.RequestException:
        return False


@task()
async def send_page(service: str, summary: str) -> str:
    return client().trigger(build_page(service, summary))


@task()
async def post_slack(channel: str, text: str) -> None:
    requests.post("https://hooks.slack.example/sre", json={"channel": channel, "text": text})
