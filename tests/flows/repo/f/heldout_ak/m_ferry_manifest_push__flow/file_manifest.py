import wmill


def main(sailing: str, people: list[str]):
    port = wmill.get_resource("f/ferry/port_authority")
    return {"sailing": sailing, "souls_on_board": len(people), "endpoint": port["url"]}
