# SDK: wmill 1.850.0 step() runs fn when the step coroutine is awaited; lambdas bound with a default (h=h) and functools.partial capture each host, and gather awaits them in list order
import asyncio
import functools
import socket

from wmill import step, task, workflow


def resolve(host: str) -> list[str]:
    return sorted({ai[4][0] for ai in socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)})


@task()
async def open_ticket(hosts: list[str]) -> str:
    import httpx

    r = httpx.post("https://tickets.netops.example/api", json={"title": "unresolvable hosts", "hosts": hosts})
    return r.json()["id"]


@workflow
async def main(hosts: list[str], via_partial: bool = False):
    if via_partial:
        lookups = [step("resolve", functools.partial(resolve, h)) for h in hosts]
    else:
        lookups = [step("resolve", lambda h=h: resolve(h)) for h in hosts]
    addresses = await asyncio.gather(*lookups)
    empty = [h for h, a in zip(hosts, addresses) if not a]
    ticket = await open_ticket(hosts=empty) if empty else None
    return {"resolved": dict(zip(hosts, addresses)), "ticket": ticket}
