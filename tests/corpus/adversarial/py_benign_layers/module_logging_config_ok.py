# SDK: wmill 1.850.0 client.py: dictConfig with a StreamHandler only writes to stderr (the job log); logging in the body prints again on replay, which is harmless.
import logging
import logging.config

from wmill import task, workflow

logging.config.dictConfig(
    {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "level": "INFO"}},
        "root": {"handlers": ["console"], "level": "INFO"},
    }
)
log = logging.getLogger("reindex")
log.setLevel(logging.DEBUG)


@task()
async def reindex(index: str) -> int:
    log.info("reindexing %s", index)
    return 42


@workflow
async def main(indices: list[str]):
    done = {}
    for index in indices:
        log.debug("dispatching %s", index)
        done[index] = await reindex(index)
    log.info("reindexed %d indices", len(done))
    return done
