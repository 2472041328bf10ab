from datetime import datetime, timedelta, timezone


def main(queue: str, sla_minutes: int = 60):
    limit = datetime.now(timezone.utc) - timedelta(minutes=sla_minutes)
    tickets = [
        {"ticket_id": 4411, "assignee_email": "ana@acme.test", "opened": limit.isoformat()},
    ]
    return {"queue": queue, "count": len(tickets), "tickets": tickets}
