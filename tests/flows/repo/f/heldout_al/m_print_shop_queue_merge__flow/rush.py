import wmill


def main(shop: str):
    mis = wmill.get_resource("f/print/mis")
    return [{"job_id": j["id"], "sheets": j["sheets"], "stock": j["paper"]} for j in mis["jobs"] if j["rush"]]
