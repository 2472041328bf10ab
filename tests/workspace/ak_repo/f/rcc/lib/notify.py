"""Notifications: one `notify` for every channel, the delivery left to subclasses."""


class Notifier:
    channel = "none"

    def notify(self, to: str, text: str) -> dict:
        body = f"[RCC] {text.strip()}"
        return self.deliver(to, body)

    def deliver(self, to: str, body: str) -> dict:
        raise NotImplementedError(self.channel)
