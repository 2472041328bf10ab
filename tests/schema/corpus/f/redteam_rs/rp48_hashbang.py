#!/usr/bin/env python3
def main(a: str = "hashbang"):
    return a
