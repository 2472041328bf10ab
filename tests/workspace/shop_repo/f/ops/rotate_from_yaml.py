from wmill import task_script, workflow

rotate = task_script("f/ops/rotate_keys")


@workflow
async def main(services: list[str]):
    done = []
    for service in services:
        done.append(await rotate(service=service, dryrun=True))  # expect: WAC402
    return done
