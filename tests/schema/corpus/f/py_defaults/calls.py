import datetime
import os

def main(a: str = os.environ.get("X"), b: datetime.datetime = datetime.datetime.now(), c = dict(), d = list(), e: int = int("5"), f = [f(1)], g = {"k": g()}):
    pass
