# SDK: wmill 1.850.0 client.py: _StepSuspend is not an Exception; the helper called first re-raises whatever is not one, so only task failures reach the fallback.
from wmill import task, workflow


def reraise_control_flow(exc: BaseException) -> None:
    if not isinstance(exc, Exception):
        raise exc


@task()
async def score_applicant(applicant_id: str) -> dict:
    return {"id": applicant_id, "score": 710}


@workflow
async def main(applicant_id: str):
    try:
        return await score_applicant(applicant_id)
    except BaseException as exc:
        reraise_control_flow(exc)
        return {"id": applicant_id, "score": None}
