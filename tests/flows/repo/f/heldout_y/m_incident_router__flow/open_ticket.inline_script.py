def main(service: str):
    return {"channel": "jira", "reference": f"OPS-{service}"}
