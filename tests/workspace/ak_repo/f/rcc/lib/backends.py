"""Archive backends by storage tier."""

import shutil

import boto3


class TapeBackend:
    def archive(self, path: str) -> dict:
        shutil.copytree(path, f"/tape/staging/{path.strip('/').replace('/', '_')}")
        return {"tier": "tape", "path": path}


class GlacierBackend:
    def archive(self, path: str) -> dict:
        boto3.client("s3").upload_file(path, "rcc-cold", path.lstrip("/"))
        return {"tier": "glacier", "path": path}


class NullBackend:
    def archive(self, path: str) -> dict:
        return {"tier": "none", "path": path}


BACKENDS = {"tape": TapeBackend, "glacier": GlacierBackend, "none": NullBackend}
