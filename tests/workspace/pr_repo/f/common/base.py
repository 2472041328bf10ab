class Notifier:
    channel = "default"

    def send(self, text: str) -> str:
        body = self.render(text)
        return self._deliver(body)

    def render(self, text: str) -> str:
        return f"[{self.channel}] {text}"

    def _deliver(self, body: str) -> str:
        return body
