"""Configuration: config files found from the document, reloaded when they change;
editor settings (initializationOptions, didChangeConfiguration, workspace/configuration)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from tests.lsp.conftest import Client, Starter, wait_until
from tests.lsp.support import BAD_PY, codes

pytestmark = pytest.mark.asyncio(loop_scope="module")


def open_flow(client: Client, directory: Path) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "flow.py"
    path.write_text(BAD_PY, encoding="utf-8")
    client.open(path.as_uri(), BAD_PY)
    return path.as_uri()


async def test_config_file_found_from_the_document_and_reloaded_when_it_changes(
    start: Starter, tmp_path: Path
) -> None:
    config = tmp_path / "repo" / "wac-lint.toml"
    config.parent.mkdir()
    config.write_text('ignore = ["WAC102"]\n', encoding="utf-8")
    client = await start(watch_files=True, root=tmp_path / "repo")

    # The server asked to be told about configuration files (after `initialized`).
    await wait_until(lambda: client.registrations)
    (registration,) = client.registrations
    assert registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    # register_options is `LSPAny` on the wire: the client leaves it as JSON.
    globs = [w["globPattern"] for w in registration.register_options["watchers"]]
    assert set(globs) == {
        "**/wac-lint.toml",
        "**/.wac-lint.toml",
        "**/pyproject.toml",
        "**/*.script.yaml",
        "**/*.py",
        "**/*.ts",
        "**/flow.yaml",
        "**/wmill.yaml",
        "**/wmill-lock.yaml",
    }

    uri = open_flow(client, tmp_path / "repo" / "f" / "flows")
    assert codes(await client.wait_for_version(uri, 1)) == ["WAC101", "WAC106"]

    config.write_text('ignore = ["WAC101", "WAC106"]\n', encoding="utf-8")
    count = len(client.published)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    params = await client.wait_for_publish(uri, after=count)
    assert codes(list(params.diagnostics)) == ["WAC102"]
    assert params.version == 1  # same text, new configuration

    # A broken configuration is logged, and the defaults apply meanwhile.
    config.write_text('selectt = ["WAC1"]\n', encoding="utf-8")
    count = len(client.published)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    params = await client.wait_for_publish(uri, after=count)
    assert codes(list(params.diagnostics)) == ["WAC101", "WAC102", "WAC106"]
    message = await client.wait_for_log("unknown configuration key 'selectt'")
    assert message.type == types.MessageType.Error


async def test_excluded_files_are_not_checked(start: Starter, tmp_path: Path) -> None:
    (tmp_path / "wac-lint.toml").write_text('extend-exclude = ["legacy"]\n', encoding="utf-8")
    client = await start()
    excluded = open_flow(client, tmp_path / "legacy")
    checked = open_flow(client, tmp_path / "f")
    assert codes(await client.wait_for_version(checked, 1)) == ["WAC101", "WAC102", "WAC106"]
    assert await client.wait_for_version(excluded, 1) == []
    await client.wait_for_log("not checked: excluded by the configuration")


async def test_unrelated_file_changes_do_not_recheck(start: Starter, tmp_path: Path) -> None:
    client = await start()
    uri = open_flow(client, tmp_path)
    await client.wait_for_version(uri, 1)
    count = len(client.published)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[
                types.FileEvent(
                    uri=(tmp_path / "other.py").as_uri(), type=types.FileChangeType.Changed
                )
            ]
        )
    )
    # A request round-trip: the notification before it has been handled by now.
    await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=0),
        )
    )
    assert len(client.published) == count


async def test_initialization_options_select_and_ignore(start: Starter, tmp_path: Path) -> None:
    client = await start(init_options={"select": ["WAC1"], "ignore": ["WAC106"]})
    uri = open_flow(client, tmp_path)
    assert codes(await client.wait_for_version(uri, 1)) == ["WAC101", "WAC102"]


async def test_bad_initialization_options_are_logged(start: Starter, tmp_path: Path) -> None:
    client = await start(init_options={"select": "WAC1", "colour": "red"})
    uri = open_flow(client, tmp_path)
    # The bad values are ignored: every rule runs.
    assert codes(await client.wait_for_version(uri, 1)) == ["WAC101", "WAC102", "WAC106"]
    await client.wait_for_log("'select' must be a list of rule codes")
    await client.wait_for_log("unknown setting 'colour'")


async def test_did_change_configuration_with_settings(start: Starter, tmp_path: Path) -> None:
    client = await start(init_options={"ignore": ["WAC106"]})
    uri = open_flow(client, tmp_path)
    assert codes(await client.wait_for_version(uri, 1)) == ["WAC101", "WAC102"]
    count = len(client.published)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"wac-lint": {"select": ["WAC106"]}})
    )
    params = await client.wait_for_publish(uri, after=count)
    # Editor settings apply over the initialization options.
    assert codes(list(params.diagnostics)) == []
    count = len(client.published)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"wac-lint": {"ignore": []}})
    )
    params = await client.wait_for_publish(uri, after=count)
    assert codes(list(params.diagnostics)) == ["WAC101", "WAC102", "WAC106"]


async def test_did_change_configuration_pulls_workspace_configuration(
    start: Starter, tmp_path: Path
) -> None:
    client = await start(configuration=True)
    uri = open_flow(client, tmp_path)
    await client.wait_for_publish(uri, lambda p: len(p.diagnostics) == 3)
    client.set_configuration({"ignore": ["WAC101", "WAC102"]}, section="wac-lint")
    count = len(client.published)
    # Modern clients send no settings: the server asks for its section.
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    params = await client.wait_for_publish(uri, after=count)
    assert codes(list(params.diagnostics)) == ["WAC106"]


async def test_pull_client_is_asked_to_refresh_after_a_configuration_change(
    start: Starter, tmp_path: Path
) -> None:
    client = await start(pull=True)
    uri = open_flow(client, tmp_path)
    request = types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
    report = await client.text_document_diagnostic_async(request)
    assert isinstance(report, types.RelatedFullDocumentDiagnosticReport)
    assert codes(list(report.items)) == ["WAC101", "WAC102", "WAC106"]
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"wac-lint": {"ignore": ["WAC1"]}})
    )
    report = await client.text_document_diagnostic_async(request)
    assert isinstance(report, types.RelatedFullDocumentDiagnosticReport)
    assert codes(list(report.items)) == []
    assert client.diagnostic_refresh_count == 1
