"""The network: depots and lines."""

DEPOTS = {"WIEN_WESTBF", "ST_POELTEN", "AMSTETTEN"}
LINES = ("S50", "R51", "REX5")
