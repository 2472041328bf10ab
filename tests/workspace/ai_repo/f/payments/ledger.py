from __future__ import annotations

import os

import requests

LEDGER_URL = os.environ.get("LEDGER_URL", "https://ledger.internal.example")


class LedgerClient:
    def __init__(self, book: str, timeout: float = 10.0) -> None:
        self.book = book
        self.timeout = timeout

    def _url(self, suffix: str) -> str:
        return f"{LEDGER_URL}/books/{self.book}/{suffix}"

    def balance(self, account: str) -> int:
        resp = requests.get(self._url(f"accounts/{account}/balance"), timeout=self.timeout)
        resp.raise_for_status()
        return int(resp.json()["balance_minor"])

    def post(self, entry: dict) -> str:
        resp = requests.post(self._url("entries"), json=entry, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["entry_id"]


def post_entry(book: str, debit: str, credit: str, amount_minor: int, ref: str) -> str:
    return LedgerClient(book).post(
        {"debit": debit, "credit": credit, "amount_minor": amount_minor, "ref": ref}
    )
