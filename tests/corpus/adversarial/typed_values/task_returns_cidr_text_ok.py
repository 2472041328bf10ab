# SDK: wmill 1.850.0 client.py: the CIDR crosses as text and the body parses it back with ipaddress.ip_network.
import ipaddress

from wmill import task, workflow


@task()
async def allocate_subnet(vpc: str) -> str:
    return str(ipaddress.ip_network("10.0.0.0/24"))


@task()
async def size_pool(vpc: str, hosts: int) -> bool:
    return True


@workflow
async def main(vpc: str):
    subnet = ipaddress.ip_network(await allocate_subnet(vpc))
    return await size_pool(vpc, subnet.num_addresses)
