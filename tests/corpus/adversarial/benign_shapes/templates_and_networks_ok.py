# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `string.Template`, `textwrap` and `ipaddress` only work on the inputs.
import ipaddress
import string
import textwrap

from wmill import task, workflow

BANNER = string.Template("Allocating $count addresses in $net")


@task()
async def allocate(addresses: list[str]) -> int:
    return len(addresses)


@workflow
async def main(cidr: str, count: int = 4):
    net = ipaddress.ip_network(cidr, strict=False)
    picked = [str(ip) for _, ip in zip(range(count), net.hosts())]
    note = textwrap.shorten(BANNER.substitute(count=count, net=net), width=60)
    print(note)
    return await allocate(picked)
