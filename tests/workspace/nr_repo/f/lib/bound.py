from f.lib.singletons import pusher

# Bound methods of the module's singleton, under short names.
push = pusher.push
preview = pusher.preview


def main():
    return preview({})
