import socket

MLLP_HOST = ("hl7-engine.stmarys.internal", 2575)


def main(control_id: str, code: str = "AA") -> str:  # expect: WAC901
    frame = b"\x0b" + f"MSA|{code}|{control_id}".encode() + b"\x1c\r"
    with socket.create_connection(MLLP_HOST, timeout=10) as s:
        s.sendall(frame)
    return control_id
