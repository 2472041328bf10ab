from f.lib.http_client import HttpClient


class DryRunClient(HttpClient):
    def _deliver(self, base: str, payload: dict) -> dict:
        # Never sends: records what would have gone out.
        return {"dry_run": True, "base": base, "payload": payload}


def main(base: str):
    return DryRunClient(base).send({})
