import wmill


def main(month: str):
    args = {"mnth": month}  # expect: WAC402
    return wmill.run_flow_async("f/billing/month_close", args)  # expect: WAC402
