class BaseClient:
    def __init__(self, base: str):
        self.base = base

    def send(self, payload: dict) -> dict:
        return self._deliver(self.base, payload)

    def _deliver(self, base: str, payload: dict) -> dict:
        # Dry run: the subclasses that talk to a server override this.
        return {"base": base, "payload": payload}


def main(base: str):
    return BaseClient(base).send({})
