# SDK: wmill 1.850.0 client.py: an IPv4Network is written by default=str as "10.0.0.0/24"; the body's .num_addresses fails on the str.
import ipaddress

from wmill import task, workflow


@task()
async def allocate_subnet(vpc: str) -> ipaddress.IPv4Network:
    return ipaddress.ip_network("10.0.0.0/24")  # expect: WAC107


@task()
async def size_pool(vpc: str, hosts: int) -> bool:
    return True


@workflow
async def main(vpc: str):
    subnet = await allocate_subnet(vpc)
    return await size_pool(vpc, subnet.num_addresses)
