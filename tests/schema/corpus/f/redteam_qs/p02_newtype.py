from typing import NewType

UserId = NewType("UserId", int)
Email = NewType("Email", str)


def main(user: UserId, email: Email = "a@b.c"):
    return user, email
