# -*- coding: utf-8 -*-
from typing import Optional


def main(name: str = "bom", n: Optional[int] = None):
    return name
