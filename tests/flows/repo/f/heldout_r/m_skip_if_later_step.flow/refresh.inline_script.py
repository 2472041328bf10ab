def main(dashboard: int, metabase: dict):
    return {"refreshed": dashboard}
