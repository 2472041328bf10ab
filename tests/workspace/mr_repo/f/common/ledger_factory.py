from f.common.ledger import Ledger


def ledger_for(name: str) -> Ledger:
    return Ledger(name)


def main(name: str):
    return ledger_for(name).total()
