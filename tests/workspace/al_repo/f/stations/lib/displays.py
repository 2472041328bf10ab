"""Platform displays: LED matrix signs spoken to over TCP, TFT screens fed by the board service."""

import socket


class Display:
    def __init__(self, host: str):
        self.host = host

    def render(self, lines: list[str]) -> bytes:
        return "\n".join(lines).encode("latin-1", "replace")

    def show(self, lines: list[str]) -> int:
        raise NotImplementedError


class LedDisplay(Display):
    def show(self, lines: list[str]) -> int:
        with socket.create_connection((self.host, 9100), timeout=5) as conn:
            conn.sendall(self.render(lines))
        return len(lines)
