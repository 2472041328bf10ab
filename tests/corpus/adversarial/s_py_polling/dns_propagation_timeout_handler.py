# SDK: wmill 1.850.0 a failed task reaches the body as _task_error_from_marker(...) -> TaskError, never as the exception class the task raised
from wmill import sleep, task, workflow


@task(timeout=120)
async def check_record(fqdn: str, expected: str) -> bool:
    import dns.resolver

    resolver = dns.resolver.Resolver()
    resolver.nameservers = ["1.1.1.1", "8.8.8.8"]
    try:
        answers = resolver.resolve(fqdn, "CNAME", lifetime=10)
    except dns.resolver.LifetimeTimeout as exc:
        raise TimeoutError(f"resolver timed out for {fqdn}") from exc
    return any(str(a.target).rstrip(".") == expected for a in answers)


@task()
async def issue_certificate(fqdn: str) -> dict:
    import requests

    resp = requests.post("https://acme-proxy.internal/certificates", json={"domain": fqdn}, timeout=60)
    resp.raise_for_status()
    return resp.json()


@workflow
async def main(fqdn: str, expected_target: str, attempts: int = 30):
    propagated = False
    timeouts = 0
    for _ in range(attempts):
        try:
            propagated = await check_record(fqdn, expected_target)
        except TimeoutError:  # expect: WAC204
            timeouts += 1
            propagated = False
        if propagated:
            break
        await sleep(120)
    if not propagated:
        return {"fqdn": fqdn, "issued": False, "timeouts": timeouts}
    cert = await issue_certificate(fqdn)
    return {"fqdn": fqdn, "issued": True, "serial": cert["serial"]}
