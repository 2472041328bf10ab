# Survey campaign: invite every respondent (numbered in the order given), then
# check the response rate once a day and remind the ones who have not answered
# until the target rate is reached or the campaign is closed.
from wmill import task, task_script, workflow, sleep

close_survey = task_script("f/surveys/close_survey")


@task()
async def send_invite(survey_id: str, respondent: str, position: int):
    import requests

    requests.post("https://surveys.example/api/invites", json={"survey": survey_id, "to": respondent, "position": position}, timeout=30)


@task()
async def response_stats(survey_id: str) -> dict:
    import requests

    return requests.get(f"https://surveys.example/api/surveys/{survey_id}/stats", timeout=30).json()


@task()
async def remind_pending(survey_id: str, pending: list) -> int:
    import requests

    requests.post("https://surveys.example/api/reminders", json={"survey": survey_id, "to": pending}, timeout=60)
    return len(pending)


@workflow
async def main(survey_id: str, respondents: list, target_rate: float = 0.6, max_days: int = 10):
    for position, respondent in enumerate(respondents, start=1):
        await send_invite(survey_id, respondent, position)
    days = 0
    while True:
        await sleep(86400)
        days += 1
        stats = await response_stats(survey_id)
        if stats["rate"] >= target_rate or days >= max_days:
            break
        await remind_pending(survey_id, stats["pending"])
    await close_survey(survey_id=survey_id)
    return {"days": days, "rate": stats["rate"]}
