"""Where the ops scripts live."""

OPS = "f/rcc_ops"


class Scripts:
    PROVISION = "f/rcc_ops/provision_account"
    SET_QUOTA = "f/rcc_ops/set_quota"
    SBATCH = "f/rcc_ops/sbatch_submit"


def ops_script(name: str) -> str:
    return f"{OPS}/{name}"


class Flows:
    DRAIN = "f/hpc/drain_node"
    ARCHIVE = "f/storage/archive_project"
