import requests


class ApiBase:
    base_url = "https://api.example"

    def __init__(self) -> None:
        self.session = requests.Session()

    def get_json(self, route: str) -> dict:
        return self.session.get(f"{self.base_url}{route}", timeout=10).json()

    def route(self, name: str) -> str:
        return f"{self.base_url}/{name}"
