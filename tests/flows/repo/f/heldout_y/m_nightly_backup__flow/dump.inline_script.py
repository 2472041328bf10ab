import datetime


def main(database: str):
    key = f"backups/{database}/{datetime.date.today().isoformat()}.sql.gz"
    return {"s3_key": key, "bytes": 0}
