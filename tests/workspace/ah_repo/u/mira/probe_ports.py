import socket


def main(host: str, ports: list[int]):
    open_ports = []
    for port in ports:
        with socket.socket() as s:
            s.settimeout(1)
            if s.connect_ex((host, port)) == 0:
                open_ports.append(port)
    return {"host": host, "open": open_ports}
