from typing import Optional


def main(
    p01: str, p02: str = "2", p03: int = 3, p04: float = 4.0, p05: bool = True,
    p06: Optional[str] = None, p07: list = [], p08: dict = {}, p09: str = "9", p10: int = 10,
    p11: str = "11", p12: int = 12, p13: float = 13.5, p14: bool = False, p15: list[str] = ["15"],
    p16: str = "16", p17: int = 17, p18: float = 18.0, p19: bool = True, p20: dict = {"k": 20},
    p21: str = "21", p22: int = 22, p23: float = 23.25, p24: bool = False, p25: list = [25],
    p26: str = "26", p27: int = 27, p28: float = 28.0, p29: bool = True, p30: str = "30",
    p31: str = "31", p32: int = 32, p33: float = 33.0, p34: bool = False, p35: list = [],
    p36: str = "36", p37: int = 37, p38: float = 38.0, p39: bool = True, p40: str = "40",
):
    return p01
