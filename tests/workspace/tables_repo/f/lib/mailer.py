from f.lib.http_base import HttpService


class Mailer(HttpService):
    def send(self, to: str, body: str) -> str:
        return self._post("/messages", {"to": to, "body": body})["id"]

    def preview(self, to: str, body: str) -> str:
        return f"To: {to}\n\n{body}"
