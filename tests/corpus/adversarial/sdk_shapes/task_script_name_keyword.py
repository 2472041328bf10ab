# SDK: wmill 1.850.0 client.py task_script wrapper: `ctx._next_step(name, path, dispatch_type="script", **kwargs)` -> a `name=` keyword is a TypeError (got multiple values for argument 'name').
from wmill import task_script, workflow

create_folder = task_script("f/drive/create_folder", timeout=60)


@workflow
async def main(project: str, owner: str):
    folder = await create_folder(name=project, owner=owner)  # expect: WAC301
    return {"folder": folder}
