import wmill


def main(month: str):
    rows = wmill.run_script_by_path("f/billing/active_customers", args={"month": month})
    return [{"id": r["id"], "email": r["billing_email"]} for r in rows]
