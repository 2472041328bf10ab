import wmill


def main(cluster: str):
    inventory = wmill.get_variable(f"f/dba/{cluster}_databases")
    names = [line.strip() for line in inventory.splitlines() if line.strip() and not line.startswith("#")]
    return [{"name": n, "bucket_key": f"{cluster}/{n}"} for n in names]
