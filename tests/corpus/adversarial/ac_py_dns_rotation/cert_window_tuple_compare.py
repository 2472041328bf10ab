# SDK: wmill 1.850.0 a task's result crosses json.dumps/json.loads: a returned tuple comes back as a list, and a list never equals a tuple, so the "no certificate" branch is dead
import ssl
import socket

from wmill import task, wait_for_approval, workflow

NO_CERT = ("", "")


@task(timeout=60)
async def cert_window(host: str) -> tuple[str, str]:
    ctx = ssl.create_default_context()
    try:
        with socket.create_connection((host, 443), timeout=10) as sock:
            with ctx.wrap_socket(sock, server_hostname=host) as tls:
                cert = tls.getpeercert()
    except OSError:
        return NO_CERT
    return cert["notBefore"], cert["notAfter"]


@task()
async def order_certificate(host: str) -> str:
    import httpx

    r = httpx.post("https://acme-proxy.netops.example/orders", json={"host": host})
    return r.json()["order_id"]


@workflow
async def main(hosts: list[str]):
    missing, ordered = [], []
    for host in hosts:
        window = await cert_window(host=host)
        if window == NO_CERT:  # expect: WAC107
            missing.append(host)
            continue
        ordered.append(await order_certificate(host=host))
    if missing:
        await wait_for_approval(timeout=3600, key="hosts_without_tls")
    return {"ordered": ordered, "missing": missing}
