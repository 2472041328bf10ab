"""Scripts the station workflows run by path."""

BOOK_BUS = "f/rail_ops/book_bus"
