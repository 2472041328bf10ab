"""Red team Z (zp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/z_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code) for f in result.findings]


CONTEXTVARS = (
    "import contextvars\n"
    "from contextvars import ContextVar\n"
    "import redis\n"
    "from wmill import step, workflow\n\n"
    "CURRENCY: ContextVar[str] = ContextVar('currency', default='USD')\n"
    "TENANT = contextvars.ContextVar('tenant')\n"
    "cache = redis.Redis()\n\n"
    "@workflow\nasync def main(c: str, t: str):\n"
    "    await step('currency', lambda: CURRENCY.set(c))\n"
    "    await step('tenant', lambda: TENANT.set(t))\n"
    "    await step('cache', lambda: cache.set('k', c))\n"
    "    local = ContextVar('local')\n"
    "    token = CURRENCY.set(c)\n"
    "    CURRENCY.reset(token)\n"
    "    return CURRENCY.get()\n"
)


def test_a_step_setting_a_module_context_var() -> None:
    # `ContextVar.set` inside a step's function is skipped on replay: the variable the
    # body reads next is unset then. A redis client's `set` writes a server (not
    # workflow state), and the body's own `set` / `reset` are fine.
    assert findings(CONTEXTVARS, "WAC104") == [(12, "WAC104"), (13, "WAC104")]
