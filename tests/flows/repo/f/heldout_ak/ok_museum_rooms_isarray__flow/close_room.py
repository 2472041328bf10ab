import wmill


def main(room: str, event: str, evening: str):
    rota = wmill.get_resource("f/museum/guard_rota")
    return {"room": room, "event": event, "evening": evening, "rota": rota["sheet_id"]}
