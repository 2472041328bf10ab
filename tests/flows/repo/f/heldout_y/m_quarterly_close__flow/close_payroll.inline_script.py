def main(period_end: str):
    return {"area": "payroll", "total": 402118.0, "locked_through": period_end}
