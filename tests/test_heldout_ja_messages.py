"""Red team JA: library subclasses, receivers built by factories and classmethods,
overrides, code that runs when a class statement or a `def` runs, set-ordered dicts,
and what wmill 1.850.0 does with a `timedelta` or a non-int `attempts`: the exact
findings of the corpus scripts (tests/corpus/adversarial/library_subclasses,
sdk_surface) that main's analysis got wrong (a missed finding, or one on a correct
look-alike). Each script's first line says what was read in the SDK for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source, read_source

ROOT = Path(__file__).parent / "corpus" / "adversarial"


def findings(rel: str) -> list[tuple[int, str, str]]:
    result = analyze_source(read_source(ROOT / rel))
    return [(f.row, f.code, f.message) for f in result.findings]


def io(what: str, chain: str | None, words: str) -> str:
    via = f" (reached through `{chain}`)" if chain else ""
    return (
        f"`{what}`{via} {words} in the workflow body, which re-runs on every replay; "
        "move it into a task or a `step(...)`"
    )


def varies(what: str, chain: str | None, words: str) -> str:
    via = f" (reached through `{chain}`)" if chain else ""
    return (
        f"`{what}`{via} {words}: the value changes between replays of the workflow body; "
        "capture it with `step(...)`"
    )


def class_value(what: str, source: str) -> str:
    return (
        f"`{what}` is computed in the class body from `{source}`, which runs when the module "
        "loads: the script runs again from the top on every replay, so its value changes "
        "between replays of the workflow body; compute it with `step(...)` in the body"
    )


def order(what: str) -> str:
    return (
        f"Durable calls are dispatched in the order of {what}, which can differ between "
        "replays; checkpoint keys follow call order, so results can be swapped; iterate "
        "`sorted(...)`"
    )


CASES: dict[str, list[tuple[int, str, str]]] = {
    "library_subclasses/annotated_parameter_receiver.py": [
        (
            25,
            "WAC101",
            io("httpx.post", "main → settle → Ledger.record → httpx.post", "does network I/O"),
        ),
    ],
    "library_subclasses/class_attribute_clock_module.py": [
        (19, "WAC102", class_value("Batch.started", "datetime.now(timezone.utc)")),
    ],
    "library_subclasses/class_attribute_instance_read.py": [
        (23, "WAC102", class_value("Batch.run_id", "uuid.uuid4()")),
    ],
    "library_subclasses/class_attribute_run_id_module.py": [
        (23, "WAC102", class_value("Run.id", "uuid.uuid4()")),
    ],
    "library_subclasses/class_body_in_workflow_fetch.py": [
        (14, "WAC101", io("requests.get", None, "does network I/O")),
    ],
    "library_subclasses/class_in_body_static_id.ts": [
        (8, "WAC102", varies("crypto.randomUUID", None, "is random")),
    ],
    "library_subclasses/classmethod_constructor_fetch.py": [
        (25, "WAC101", io("httpx.get", "main → Inventory.levels → httpx.get", "does network I/O")),
    ],
    "library_subclasses/context_manager_subclass_get.py": [
        (19, "WAC101", io("http.get", None, "does network I/O")),
    ],
    "library_subclasses/datetime_subclass_class_attribute.py": [
        (18, "WAC102", class_value("Stamp.boot", "datetime.utcnow()")),
    ],
    "library_subclasses/datetime_subclass_now.py": [
        (19, "WAC102", varies("Moment.now", None, "reads the clock")),
    ],
    "library_subclasses/factory_function_client_method.py": [
        (
            27,
            "WAC101",
            io("requests.post", "main → Ledger.record → requests.post", "does network I/O"),
        ),
    ],
    "library_subclasses/factory_picks_subclass.py": [
        (
            40,
            "WAC101",
            # the factory picks one of the two: one finding on the call, naming both
            io(
                "requests.post",
                "main → WebhookNotifier.deliver → requests.post",
                "does network I/O",
            )
            + "; the same call also reaches `smtp.sendmail` (line 22, in "
            "`EmailNotifier.deliver`)",
        ),
    ],
    "library_subclasses/factory_returns_class_fetch.ts": [
        (20, "WAC101", io("fetch", "main → Crm.upsert → fetch", "does network I/O")),
    ],
    "library_subclasses/factory_subclass_template_method.py": [
        (
            37,
            "WAC101",
            io(
                'boto3.client("s3").put_object',
                'main → Exporter.run → S3Exporter.write → boto3.client("s3").put_object',
                "calls a cloud or external API",
            ),
        ),
    ],
    "library_subclasses/httpx_client_subclass_method.py": [
        (22, "WAC101", io("self.post", "main → Billing.charge → self.post", "does network I/O")),
    ],
    "library_subclasses/main_default_clock.py": [
        (
            18,
            "WAC102",
            (
                "`date.today()` in the default of `day` is evaluated when the"
                " script loads, and the script runs again from the top on "
                "every replay: a run started without `day` gets another value"
                " each round; default to `None` and read the value with "
                "`step(...)` in the body"
            ),
        ),
    ],
    "library_subclasses/main_default_uuid.py": [
        (
            18,
            "WAC102",
            (
                "`uuid.uuid4()` in the default of `idempotency_key` is "
                "evaluated when the script loads, and the script runs again "
                "from the top on every replay: a run started without "
                "`idempotency_key` gets another value each round; default to "
                "`None` and read the value with `step(...)` in the body"
            ),
        ),
    ],
    "library_subclasses/module_function_default_fetch.py": [
        (
            6,
            "WAC101",
            (
                "`requests.get` does network I/O at module level: the script "
                "runs again from the top on every replay of the workflow, so "
                "this happens again each time; call it in a task or a "
                "`step(...)` in the body"
            ),
        ),
    ],
    "library_subclasses/module_helper_default_clock.py": [
        (
            18,
            "WAC102",
            (
                "`datetime.now(timezone.utc)` in the default of `at` of "
                "`audit_entry` is evaluated when the script loads, and the "
                "script runs again from the top on every replay: this call "
                "leaves `at` out, so it gets another value each round; pass "
                "the value, read with `step(...)` in the body"
            ),
        ),
    ],
    "library_subclasses/nested_subclass_in_body_get.py": [
        (16, "WAC101", io("Probe().get", None, "does network I/O")),
    ],
    "library_subclasses/octokit_subclass_issue.ts": [
        (
            17,
            "WAC101",
            io(
                "this.rest.issues.create",
                "main → Triage.file → this.rest.issues.create",
                "calls a cloud or external API",
            ),
        ),
    ],
    "library_subclasses/override_in_subclass_template.py": [
        (
            30,
            "WAC101",
            io(
                "requests.post",
                "main → Notifier.announce → SlackNotifier.deliver → requests.post",
                "does network I/O",
            ),
        ),
    ],
    "library_subclasses/override_in_subclass_webhook.ts": [
        (
            26,
            "WAC101",
            io(
                "fetch",
                "main → Notifier.announce → WebhookNotifier.deliver → fetch",
                "does network I/O",
            ),
        ),
    ],
    "library_subclasses/random_subclass_init_unseeded.py": [
        (25, "WAC102", varies("random.Random", "main → Shuffler → random.Random", "is random")),
    ],
    "library_subclasses/random_subclass_unseeded.py": [
        (19, "WAC102", varies("random.Random", "main → Dice → random.Random", "is random")),
    ],
    "library_subclasses/return_annotated_factory.py": [
        (28, "WAC101", io("httpx.post", "main → Ledger.record → httpx.post", "does network I/O")),
    ],
    "library_subclasses/self_attribute_from_factory.py": [
        (
            28,
            "WAC101",
            io("self.http.put", "main → Uploader.push → self.http.put", "does network I/O"),
        ),
    ],
    "library_subclasses/session_request_override.py": [
        (20, "WAC101", io("http.get", None, "does network I/O")),
    ],
    "library_subclasses/session_subclass_chain.py": [
        (26, "WAC101", io("self.put", "main → Crm.upsert → self.put", "does network I/O")),
    ],
    "library_subclasses/session_subclass_get.py": [
        (20, "WAC101", io("api.get", None, "does network I/O")),
    ],
    "library_subclasses/static_factory_method_fetch.ts": [
        (17, "WAC101", io("fetch", "main → Inventory.levels → fetch", "does network I/O")),
    ],
    "library_subclasses/static_field_random_id.ts": [
        (13, "WAC102", class_value("Run.id", "crypto.randomUUID()")),
    ],
    "library_subclasses/staticmethod_factory_variable.py": [
        (
            33,
            "WAC101",
            io(
                "smtp.send_message",
                "main → Mailer.send → smtp.send_message",
                "sends a notification",
            ),
        ),
    ],
    "sdk_surface/approval_positional_timedelta.py": [
        (
            16,
            "WAC302",
            (
                "`timeout` is a number of seconds (`int`) in the SDK, which "
                "passes it on unconverted, and `REVIEW_WINDOW` is a "
                "`timedelta`; give `int(REVIEW_WINDOW.total_seconds())`"
            ),
        ),
    ],
    "sdk_surface/approval_timeout_timedelta.py": [
        (
            14,
            "WAC302",
            (
                "`timeout` is a number of seconds (`int`) in the SDK, which "
                "passes it on unconverted, and `timedelta(days=2)` is a "
                "`timedelta`; give `int(timedelta(days=2).total_seconds())`"
            ),
        ),
    ],
    "sdk_surface/catalogue_clock_spellings.py": [
        (17, "WAC102", varies("time.process_time", None, "reads the clock")),
        (18, "WAC102", varies("time.clock_gettime", None, "reads the clock")),
        (19, "WAC102", varies("email.utils.formatdate", None, "reads the clock")),
        (20, "WAC102", varies("pd.Timestamp", None, "reads the clock")),
        (21, "WAC102", varies("np.datetime64", None, "reads the clock")),
        (22, "WAC102", varies("pd.to_datetime", None, "reads the clock")),
    ],
    "sdk_surface/catalogue_environment_spellings.py": [
        (15, "WAC102", varies("os.cpu_count", None, "reads the process environment")),
        (16, "WAC102", varies("threading.get_ident", None, "reads the process environment")),
    ],
    "sdk_surface/catalogue_ids_lookalikes_ok.py": [],
    "sdk_surface/catalogue_ids_spellings.py": [
        (17, "WAC102", varies("email.utils.make_msgid", None, "is random")),
        (18, "WAC102", varies("np.random.default_rng", None, "is random")),
        (20, "WAC101", io("tempfile.mktemp", None, "touches the file system")),
        (21, "WAC102", varies("random.SystemRandom().sample", None, "is random")),
    ],
    "sdk_surface/counter_of_set_dispatch.py": [
        (16, "WAC105", order("a dict built from a set")),
    ],
    "sdk_surface/dict_fromkeys_set_dispatch.py": [
        (13, "WAC105", order("a dict built from a `set`")),
    ],
    "sdk_surface/ids_from_lengths_ok.py": [],
    "sdk_surface/map_task_over_set.py": [
        (
            15,
            "WAC105",
            (
                "Tasks are dispatched in the order of a set, which can differ"
                " between replays; checkpoint keys follow call order, so "
                "results can be swapped; pass `sorted(...)`"
            ),
        ),
    ],
    "sdk_surface/ordered_dict_from_set_items.py": [
        (18, "WAC105", order("a dict built from a set")),
    ],
    "sdk_surface/parallel_over_set.py": [
        (
            12,
            "WAC105",
            (
                "Tasks are dispatched in the order of a `set`, which can "
                "differ between replays; checkpoint keys follow call order, "
                "so results can be swapped; pass `sorted(...)`"
            ),
        ),
    ],
    "sdk_surface/retry_attempts_bool.py": [
        (
            5,
            "WAC302",
            (
                "retry `attempts` must be a whole number from 0 to 100, not a"
                " bool: the SDK rejects this policy where it is written"
            ),
        ),
    ],
    "sdk_surface/retry_attempts_float.py": [
        (
            5,
            "WAC302",
            (
                "retry `attempts` must be an `int` from 0 to 100 (the SDK "
                "checks `isinstance(attempts, int)`), and `3.0` is a float: "
                "the SDK rejects this policy where it is written"
            ),
        ),
    ],
    "sdk_surface/retry_attempts_string.ts": [
        (
            4,
            "WAC302",
            (
                "retry `attempts` must be a whole number from 0 to 100: the "
                "SDK rejects this policy where it is written"
            ),
        ),
    ],
    "sdk_surface/retry_delay_string.py": [
        (
            5,
            "WAC302",
            (
                "retry `delay` is a number, not a string: the SDK compares "
                "`delay` with 0 (`base <= 0`) and raises `TypeError` when a "
                "retry is due; give seconds"
            ),
        ),
    ],
    "sdk_surface/retry_delay_string.ts": [
        (
            4,
            "WAC302",
            (
                'retry `delay` is typed `number` in the SDK, and `"30s" as '
                "unknown as number` is not one"
            ),
        ),
    ],
    "sdk_surface/retry_delay_timedelta.py": [
        (
            7,
            "WAC302",
            (
                "retry `delay` is a number, not a `timedelta`: the SDK "
                "compares `delay` with 0 (`base <= 0`) and raises `TypeError`"
                " when a retry is due; give seconds"
            ),
        ),
    ],
    "sdk_surface/retry_dict_call_unknown_key.py": [
        (
            5,
            "WAC302",
            (
                "`tries` is not a key of a retry policy (attempts, delay, "
                "multiplier, max_delay): the SDK raises `ValueError` where "
                "the policy is written; did you mean `attempts`?"
            ),
        ),
    ],
    "sdk_surface/set_of_ints_dispatch_ok.py": [],
    "sdk_surface/task_timeout_timedelta.py": [
        (
            7,
            "WAC302",
            (
                "`timeout` is a number of seconds (`int`) in the SDK, which "
                "passes it on unconverted, and `timedelta(minutes=10)` is a "
                "`timedelta`; give "
                "`int(timedelta(minutes=10).total_seconds())`"
            ),
        ),
    ],
    "sdk_surface/timeout_constant_timedelta.py": [
        (
            8,
            "WAC302",
            (
                "`timeout` is a number of seconds (`int`) in the SDK, which "
                "passes it on unconverted, and `LONG` is a `timedelta`; give "
                "`int(LONG.total_seconds())`"
            ),
        ),
    ],
    "sdk_surface/uuid7_and_uptime.ts": [
        (7, "WAC102", varies("Bun.randomUUIDv7", None, "is random")),
        (8, "WAC102", varies("process.uptime", None, "reads the clock")),
    ],
    "sdk_surface/uuid7_python.py": [
        (13, "WAC102", varies("uuid6.uuid7", None, "is random")),
    ],
    "sdk_surface/zip_map_over_set_dispatch.py": [
        (13, "WAC105", order("a `set`")),
        (15, "WAC105", order("a set")),
    ],
}


@pytest.mark.parametrize("rel", sorted(CASES))
def test_exact_findings(rel: str) -> None:
    assert findings(rel) == CASES[rel]


def test_every_new_script_is_pinned_or_passed_before() -> None:
    """The two folders' scripts: each is pinned here, or main already got it right."""
    scripts = {
        p.relative_to(ROOT).as_posix()
        for folder in ("library_subclasses", "sdk_surface")
        for p in (ROOT / folder).iterdir()
        if p.suffix in (".py", ".ts")
    }
    assert set(CASES) <= scripts
