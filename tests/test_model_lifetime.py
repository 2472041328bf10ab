"""A model is freed when its last user drops it, without the cycle collector: the
language server turns automatic collection off between idle moments
(`gc_policy.IdleCollector`), so a model kept alive by a reference cycle (the front-end
and its function table held each other, and the front-end holds the model) stayed in
memory, whole, until the next collection."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from bench.bench_lsp import python_script, typescript_script
from wac_lint.lsp.analysis import Options, Snapshot, analyze
from wac_lint.lsp.incremental import EditLog
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT


@pytest.mark.parametrize("language", [LANG_PYTHON, LANG_TYPESCRIPT])
def test_an_edit_frees_the_models_before_it_without_the_collector(
    language: str, tmp_path: Path
) -> None:
    code = (python_script if language == LANG_PYTHON else typescript_script)(40)
    uri = (tmp_path / ("w.py" if language == LANG_PYTHON else "w.ts")).as_uri()
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        log = EditLog(code)
        latest = analyze(Snapshot(uri, 1, code, language, epoch=log.epoch), 0, Options())
        earlier = []
        for version in range(2, 5):  # as the language server analyses edits
            earlier.append(weakref.ref(latest.model))
            text = code.replace("started", "s" * version)
            snapshot = Snapshot(uri, version, text, language, epoch=log.epoch, previous=latest)
            latest = analyze(snapshot, 0, Options())
            assert latest.model is not None and latest.findings
        del snapshot  # it holds the analysis before the latest
        assert [model() is None for model in earlier] == [True, True, True]
    finally:
        if was_enabled:
            gc.enable()
