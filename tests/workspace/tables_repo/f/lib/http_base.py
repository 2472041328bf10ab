import requests


class HttpService:
    base_url = "https://mail.example.com/api"

    def _post(self, path: str, payload: dict) -> dict:
        return requests.post(self.base_url + path, json=payload, timeout=10).json()
