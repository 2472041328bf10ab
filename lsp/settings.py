"""The editor's settings and the files that change findings without an edit.

Settings come from `initializationOptions` and from the client's `wac-lint`
section (`workspace/configuration`, `workspace/didChangeConfiguration`); the
configuration files and `.script.yaml` metadata are watched when the client
can watch files for the server.
"""

from __future__ import annotations

import os
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.uris import to_fs_path

from wac_lint.config import CONFIG_FILES
from wac_lint.lsp.analysis import settings_section
from wac_lint.workspace.root import forget_projects

if TYPE_CHECKING:
    from wac_lint.lsp.server import WacLintServer

CONFIG_SECTION = "wac-lint"
# Files whose change can change findings without any open document changing: the
# configuration, and the `.script.yaml` metadata that stale-metadata checks read.
# Scripts and flows: a document's findings can be drawn from the helpers it imports
# and the scripts and flows it calls as tasks (`recheck_dependents`).
WATCHED_GLOBS = (
    *(f"**/{name}" for name in CONFIG_FILES),
    "**/*.script.yaml",
    "**/*.py",
    "**/*.ts",
    "**/flow.yaml",
    "**/wmill.yaml",
    "**/wmill-lock.yaml",
)
# What makes a directory a Windmill project root (and sets its layout).
PROJECT_FILES = ("wmill.yaml", "wmill-lock.yaml")


def register(server: WacLintServer) -> None:
    server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)(did_change_watched_files)
    server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)(did_change_configuration)


def affects_findings(uri: str) -> bool:
    name = PurePosixPath((to_fs_path(uri) or uri).replace("\\", "/")).name
    return name in CONFIG_FILES or name in PROJECT_FILES or name.endswith(".script.yaml")


async def watch_files(ls: WacLintServer) -> None:
    """Ask the client to report changes to configuration and metadata files."""
    workspace = ls.client_capabilities.workspace
    watched = workspace.did_change_watched_files if workspace else None
    if not (watched and watched.dynamic_registration):
        return
    watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED_GLOBS]
    registration = types.Registration(
        id="wac-lint-config-files",
        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
        register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
    )
    try:
        await ls.client_register_capability_async(
            types.RegistrationParams(registrations=[registration])
        )
    except Exception as exc:  # the client refused: config edits need a restart
        ls.log(f"could not watch configuration files: {exc}", types.MessageType.Warning)


def did_change_watched_files(ls: WacLintServer, params: types.DidChangeWatchedFilesParams) -> None:
    if any(affects_findings(change.uri) for change in params.changes):
        ls.log("configuration or metadata changed: re-checking open documents")
        forget_projects()  # a wmill.yaml may have appeared, gone or changed the layout
        ls.reload()
        return
    paths = [path for change in params.changes if (path := to_fs_path(change.uri))]
    # A file created or deleted changes its folder's names: a task path or an import
    # that matched nothing there (or matched that file) is looked up again.
    paths += [
        os.path.dirname(path)
        for change in params.changes
        if change.type != types.FileChangeType.Changed and (path := to_fs_path(change.uri))
    ]
    ls.recheck_dependents(paths)


async def did_change_configuration(
    ls: WacLintServer, params: types.DidChangeConfigurationParams
) -> None:
    section = settings_section(params.settings)
    workspace = ls.client_capabilities.workspace
    if section is None and workspace and workspace.configuration:
        # The modern way: the notification only says "something changed".
        await fetch_settings(ls, reload=False)
    else:
        ls.client_settings = section
    ls.reload()


async def fetch_settings(ls: WacLintServer, reload: bool = True) -> None:
    """Ask the client for our settings section (`workspace/configuration`)."""
    try:
        values = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section=CONFIG_SECTION)])
        )
    except Exception as exc:
        ls.log(f"could not read the editor's settings: {exc}", types.MessageType.Warning)
        return
    value = values[0] if values else None
    if (value or None) == (ls.client_settings or None):  # null and {} alike: nothing set
        return
    ls.client_settings = value
    if reload:
        ls.reload()
