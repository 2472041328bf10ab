import wmill

# The GL exporter is pinned by hash: finance audited this exact version.
GL_EXPORTER_HASH = "a3f9c2e17b04d5e8"


def main(period: str, book: str = "main"):  # expect: WAC901
    job = wmill.run_script_by_hash_async(
        GL_EXPORTER_HASH, args={"period": period, "book": book}
    )
    return {"job": job, "period": period}
