"""Credentials, fetched once per process."""

import functools

import wmill


@functools.cache
def slurm_token() -> str:
    return wmill.get_variable("f/rcc/slurm_token")
