from wmill import task_script, workflow

enrich = task_script("f/pr/targets/enrich")


@workflow
async def main(uid: str):
    a = await enrich(user_id=uid, field=["email"])  # expect: WAC402
    b = await enrich(verbose=True)  # expect: WAC402
    c = await enrich(user_id=uid, fields="email")  # expect: WAC402
    return [a, b, c]
