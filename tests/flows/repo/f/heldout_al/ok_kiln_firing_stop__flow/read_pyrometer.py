import wmill


def main(kiln_id: str):
    gateway = wmill.get_resource("f/pottery/kiln_gateway")
    return {"kiln": kiln_id, "raw_mv": 41.2, "gateway": gateway["host"]}
