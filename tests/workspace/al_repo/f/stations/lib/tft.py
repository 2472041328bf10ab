"""TFT screens: the board service pulls their content, so showing only renders it."""

from .displays import Display


class TftDisplay(Display):
    def show(self, lines: list[str]) -> int:
        self.last = self.render(lines)
        return len(lines)
