"""Slurm reservations as the workflows see them."""

import time
from dataclasses import dataclass


@dataclass
class Reservation:
    name: str
    start_epoch: int
    end_epoch: int

    @property
    def active(self) -> bool:
        return self.start_epoch <= time.time() < self.end_epoch

    @property
    def hours(self) -> float:
        return (self.end_epoch - self.start_epoch) / 3600
