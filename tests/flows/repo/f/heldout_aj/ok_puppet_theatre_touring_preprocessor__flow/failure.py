import requests
import wmill


def main(step: str, message: str, venue_id: str = ""):
    chat = wmill.get_resource("f/puppets/tour_manager_chat")
    requests.post(chat["url"], json={"text": f"Touring flow failed at {step} ({venue_id}): {message}"}, timeout=10)
    return {"notified": True}
