"""Fuzz cases from one `random.Random`: a mutated seed or a generated script, sometimes
with a mutated `.script.yaml`, configuration or `wmill.yaml` beside it."""

from __future__ import annotations

import random

from tests.fuzz import generate, mutate, seeds
from tests.fuzz.mutate import Lang
from tests.fuzz.seeds import Case

CONFIGS = [
    b'select = ["ALL"]\n',
    b'select = ["WAC1"]\nignore = ["WAC102"]\n',
    b'extend-side-effects = ["mycompany.billing"]\nallow-nondeterminism = ["random"]\n',
    b'[per-file-ignores]\n"f/**/*.py" = ["WAC101"]\n',
    b'exclude = []\nextend-exclude = ["f/legacy"]\n',
]


OPTION_SALT = 0x5EED


def case_for_seed(seed: int) -> tuple[Case, random.Random]:
    """The case of a seed, and the generator of its command options (kept apart, so
    that shrinking the case's files does not change the options)."""
    return make_case(random.Random(seed)), random.Random(seed ^ OPTION_SALT)


def make_case(rng: random.Random, generated_share: float = 0.35) -> Case:
    if rng.random() < generated_share:
        lang = rng.choice([Lang.PYTHON, Lang.TYPESCRIPT])
        name = "f/flows/job.py" if lang is Lang.PYTHON else "f/flows/job.ts"
        data = generate.script(rng, lang)
        case = Case(name, {name: data}, ["generated"])
        if rng.random() < 0.4:
            data, applied = mutate.mutate(data, rng, lang)
            case.files[name] = data
            case.description += applied
    else:
        seed = rng.choice(seeds.seeds())
        data, applied = mutate.mutate(seed.script, rng, seed.lang, list(seeds.donors(seed.lang)))
        case = seeds.case_from_seed(seed, data)
        case.description += applied
    if rng.random() < 0.15:
        metadata = case.files.get(case.metadata_name) or rng.choice(seeds.metadata_seeds())
        metadata, applied = mutate.mutate(metadata, rng, Lang.YAML)
        case.files[case.metadata_name] = metadata
        case.description.append("metadata: " + ", ".join(applied))
    if rng.random() < 0.1:
        config = rng.choice(CONFIGS)
        if rng.random() < 0.5:
            config, applied = mutate.mutate(config, rng, Lang.TOML, max_steps=2)
            case.description.append("config: " + ", ".join(applied))
        case.files["wac-lint.toml"] = config
    if rng.random() < 0.3:
        case.files["wmill.yaml"] = b"defaultTs: bun\nincludes:\n  - f/**\n"
    if rng.random() < 0.05:
        hostile_file_system(case, rng)
    return case


UP = "../" * 3  # from proj/f/flows/ to the directory holding proj/ and outside/


def hostile_file_system(case: Case, rng: random.Random) -> None:
    """A link leaving the project, or a read-only script: nothing outside the project
    may change, and a read-only file may not be rewritten."""
    choice = rng.randrange(4)
    if choice == 0:  # the metadata is a link to a file outside
        case.files.pop(case.metadata_name, None)
        case.outside["meta.script.yaml"] = b"summary: keep me\n"
        case.links[case.metadata_name] = UP + "outside/meta.script.yaml"
        case.description.append("metadata links outside")
    elif choice == 1:  # ... to a file that does not exist
        case.files.pop(case.metadata_name, None)
        case.links[case.metadata_name] = UP + "outside/created.script.yaml"
        case.description.append("metadata is a dangling link")
    elif choice == 2:  # the script itself lives outside
        name = "linked" + case.script[case.script.rindex(".") :]
        case.outside[name] = case.files.pop(case.script)
        case.links[case.script] = UP + "outside/" + name
        case.description.append("script links outside")
    else:
        case.modes[case.script] = 0o444
        case.description.append("read-only script")
