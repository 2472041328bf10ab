# Renew TLS certificates that expire within 21 days and reload the edge
# proxies once at the end if anything changed.
from wmill import task, task_script, workflow

reload_proxies = task_script("f/infra/reload_edge_proxies", tag="infra")


@task()
async def list_certificates(zone: str) -> list:
    import requests

    return requests.get(f"https://certs.internal.example/api/zones/{zone}/certificates", timeout=30).json()


@task(timeout=600, tag="infra")
async def renew_certificate(domain: str) -> dict:
    import subprocess

    subprocess.run(["certbot", "renew", "--cert-name", domain, "--non-interactive"], check=True)
    return {"domain": domain, "renewed": True}


@workflow
async def main(zone: str, threshold_days: int = 21):
    certificates = await list_certificates(zone)
    renewed = []
    for cert in certificates:
        if cert["days_left"] > threshold_days:
            continue
        result = await renew_certificate(cert["domain"])
        renewed.append(result["domain"])
    if renewed:
        await reload_proxies(zone=zone)
    return {"renewed": renewed}
