# SDK: wmill 1.850.0 client.py: get_resource / set_variable / run_script_by_path called inside a @task body run once in the child job.
import wmill
from wmill import task, workflow


@task()
async def rotate_key(service: str) -> str:
    cfg = wmill.get_resource(f"f/services/{service}")
    new_key = f"{cfg['prefix']}-rotated"
    wmill.set_variable(f"f/services/{service}_key", new_key)
    wmill.run_script_by_path("f/services/notify_rotation", args={"service": service})
    return service


@workflow
async def main(services: list[str]):
    done = []
    for service in services:
        done.append(await rotate_key(service))
    return done
