# SDK: wmill.username_to_email GETs /users/username_to_email/<username>; wmill.whoami GETs /users/whoami; both are API calls the body repeats on every replay
import wmill
from wmill import task, workflow


@task()
async def create_ticket(title: str, reporter_email: str, assignee_email: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://helpdesk.internal/api") as http:
        resp = await http.post(
            "/tickets",
            json={"title": title, "reporter": reporter_email, "assignee": assignee_email},
        )
        resp.raise_for_status()
        return resp.json()


@workflow
async def main(title: str, assignee: str = "oncall-db"):
    me = wmill.whoami()  # expect: WAC101
    assignee_email = wmill.username_to_email(assignee)  # expect: WAC101
    ticket = await create_ticket(title=title, reporter_email=me["email"], assignee_email=assignee_email)
    return {"ticket": ticket["id"], "assignee": assignee_email}
