from f.common.kinds import NOTIFIERS


def pick(kind: str):
    cls = NOTIFIERS[kind]
    return cls()
