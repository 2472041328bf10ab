def main(week: str):
    return {"week": week, "signups": 412, "churned": 9, "mrr_eur": 182340}
