import wmill
from twilio.rest import Client


def main(to: str, text: str):
    tw = wmill.get_resource("f/heldout_an/twilio")
    msg = Client(tw["accountSid"], tw["token"]).messages.create(to=to, from_=tw["from"], body=text)
    return {"sid": msg.sid}
