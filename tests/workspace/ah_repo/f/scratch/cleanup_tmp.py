import shutil


def main(host: str):
    shutil.rmtree(f"/mnt/scratch/{host}", ignore_errors=True)
    return {"host": host}
