from f.lib.base_client import BaseClient


class RetryingClient(BaseClient):
    retries = 3

    def describe(self) -> str:
        return f"{self.base} x{self.retries}"


def main(base: str):
    return RetryingClient(base).describe()
