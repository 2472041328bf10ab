import httpx


class CrmClient:
    def __init__(self, base: str = "https://crm.example.com") -> None:
        self.base = base

    def push(self, record: dict) -> int:
        return httpx.post(f"{self.base}/records", json=record).status_code

    def describe(self, record: dict) -> str:
        return f"{record.get('id')}@{self.base}"
