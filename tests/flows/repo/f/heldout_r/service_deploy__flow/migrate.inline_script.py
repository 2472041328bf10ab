def main(database: dict, version: str):
    return {"applied": 3, "version": version}
