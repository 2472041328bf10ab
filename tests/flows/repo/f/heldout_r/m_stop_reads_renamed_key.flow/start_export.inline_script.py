def main(gcp: dict, table: str):
    return {"job_id": f"export-{table}", "table": table}
