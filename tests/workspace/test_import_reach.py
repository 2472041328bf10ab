"""Which imports can lead to a workspace function, decided from their spelling alone:
the rules that resolve every call's name skip the others (a package's `requests.post`)
before asking the cross-file resolver, and nothing that could reach the workspace is
skipped."""

from __future__ import annotations

from wac_lint.frontends import build_model
from wac_lint.source import SourceFile
from wac_lint.workspace.helper_resolution import workspace_import_names

PYTHON = """\
import requests
import f.lib.helpers
import os.path as osp
from datetime import datetime
from wmill import task, workflow
from f.common.http import post_json as send
from .siblings import audit
from . import fmt


def later():
    from u.alice.tools import slugify
    import httpx
    return slugify, httpx
"""

TYPESCRIPT = """\
import { task, workflow } from "windmill-client";
import * as wmill from "windmill-client";
import axios from "axios";
import { postJson } from "/f/lib/net.ts";
import * as fmt from "./fmt.ts";
import helpers = require("../shared/helpers");
import { z } from "npm:zod";
import nodeFs from "node:fs";
import { leak } from "/etc/passwd";
"""


def names(text: str, path: str, language: str) -> frozenset[str]:
    return workspace_import_names(build_model(SourceFile(path, text, language)))


def test_python_imports_that_may_reach_the_workspace() -> None:
    # `f` of `import f.lib.helpers` (a dotted import binds its root), relative imports,
    # an import inside a function; never a package's name
    assert names(PYTHON, "f/flows/main.py", "python") == {
        "f",
        "send",
        "audit",
        "fmt",
        "slugify",
    }


def test_a_star_import_keeps_every_imported_name() -> None:
    # a later `from f.lib.alerts import *` may bind any of the names again
    text = "from wmill import workflow\nfrom requests import post\nfrom f.lib.alerts import *\n"
    assert names(text, "f/flows/main.py", "python") == {"workflow", "post"}


def test_typescript_imports_that_may_reach_the_workspace() -> None:
    assert names(TYPESCRIPT, "f/flows/main.ts", "typescript") == {"postJson", "fmt", "helpers"}


def test_a_script_importing_only_packages_has_none() -> None:
    text = "import requests\nfrom wmill import task, workflow\n"
    assert names(text, "f/flows/main.py", "python") == frozenset()
