# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `filter` calls `reachable` on each host, which opens a TCP connection every round.
import socket

from wmill import task, workflow


def reachable(host: str) -> bool:
    try:
        with socket.create_connection((host, 5432), timeout=2):
            return True
    except OSError:
        return False


@task()
async def migrate(host: str) -> str:
    return f"migrated {host}"


@workflow
async def main(hosts: list[str]):
    live = [h for h in filter(reachable, hosts)]  # expect: WAC101
    done = []
    for host in live:
        done.append(await migrate(host))
    return done
