# SDK: wmill 1.850.0 client.py: the body re-runs every round; socket.gethostbyname asks the resolver over the network each time, and the address can change between rounds.
import socket

from wmill import task, workflow


@task()
async def allowlist(ip: str) -> bool:
    return True


@workflow
async def main(host: str):
    ip = socket.gethostbyname(host)  # expect: WAC101
    return await allowlist(ip)
