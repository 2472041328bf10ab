def main(jira: dict, title: str):
    return {"ticket_id": "OPS-1", "title": title}
