import socket


def main(host: str, port: int = 2575) -> bool:
    with socket.create_connection((host, port), timeout=5):
        return True
