from wmill import task_flow, task_script, workflow

with_ext = task_script("f/nr/targets/load.py")  # expect: WAC401
as_folder = task_flow("f/nr/nightly_ok.flow")  # expect: WAC401
wrong_case = task_script("u/bob/Digest")  # expect: WAC401


@workflow
async def main(table: str, day: str):
    a = await with_ext(table=table)
    b = await as_folder(table=table)
    c = await wrong_case(day=day)
    return [a, b, c]
