import wmill


def main(network: str):
    registry = wmill.get_resource("f/canal_ops/lock_registry")
    return [
        {"lock_id": lock["id"], "sensor_url": lock["sensor"]}
        for lock in registry["networks"][network]
        if lock.get("active", True)
    ]
