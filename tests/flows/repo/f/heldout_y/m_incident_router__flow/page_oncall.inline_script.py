def main(service: str):
    return {"channel": "pagerduty", "reference": f"PD-{service}"}
