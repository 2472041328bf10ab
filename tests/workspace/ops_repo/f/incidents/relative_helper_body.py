# SDK: wmill 1.850.0 replays the body; .incident_utils.fetch_open (same folder) calls requests.get.
from wmill import task_script, workflow

from .incident_utils import fetch_open

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(team: str):
    incidents = fetch_open(team)  # expect: WAC101, WAC102
    for incident in incidents:
        await page_oncall(service=incident["service"], severity="high")
    return len(incidents)
