from pydantic import BaseModel


class M(BaseModel):
    """A model.

    Args:
        x: not main's
    """
    x: int


def main(m: M, x: int = 2):
    """Run.

    Args:
        m: the model
        x: the x
    """
    return m
