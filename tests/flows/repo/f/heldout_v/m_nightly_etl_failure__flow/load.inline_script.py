import clickhouse_connect


def main(clickhouse: dict, sessions: list[dict], event_count: int):
    client = clickhouse_connect.get_client(
        host=clickhouse["host"], username=clickhouse["user"], password=clickhouse["password"], secure=True
    )
    client.insert(
        "analytics.sessions",
        [[s["visitor"], s["start"], s["seconds"], s["pages"]] for s in sessions],
        column_names=["visitor", "start", "seconds", "pages"],
    )
    return {"sessions": len(sessions), "events": event_count}
