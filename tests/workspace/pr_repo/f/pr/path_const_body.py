from wmill import task_script, workflow

from f.common.paths import ROOT, SCORE

scores = task_script(f"{ROOT}/scores")  # expect: WAC401
enrich = task_script(f"{ROOT}/enrich")
score = task_script(SCORE)


@workflow
async def main(uid: str):
    a = await scores(values=[1])
    b = await enrich(user=uid)  # expect: WAC402
    c = await score(values=[1, 2], mode="max")  # expect: WAC402
    return [a, b, c]
