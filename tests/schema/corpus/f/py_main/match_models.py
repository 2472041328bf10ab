from pydantic import BaseModel
def main(a: int):
    match a:
        case 1:
            pass
    return f"{a!r:>{10}}"
