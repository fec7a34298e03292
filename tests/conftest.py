"""Shared fixtures: the five real seed pages shipped in examples/seeds and their hand annotation."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed id (file stem) -> the page text exactly as scraped."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def gold() -> dict:
    """Hand annotation of the seeds (a copy of shared/corpus/seeds.gold.json kept as a test fixture)."""
    return json.loads((FIXTURES / "seeds.gold.json").read_text(encoding="utf-8"))


def gold_lines(text: str, numbers: list[int]) -> list[str]:
    """The stripped text of the given 1-based line numbers."""
    lines = text.split("\n")
    return [lines[n - 1].strip() for n in numbers]


def gold_spans(text: str, numbers) -> list[tuple[int, int]]:
    """Character spans of the given 1-based lines of ``text`` (the lines a gold annotation names)."""
    wanted = set(numbers)
    spans, pos = [], 0
    for no, line in enumerate(text.split("\n"), start=1):
        if no in wanted:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared when it is there; tests that need it are skipped otherwise."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


def bench_module(name: str) -> ModuleType:
    """``bench/<name>.py`` imported as a module, so an eval gate measures with the very code the bench prints from."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module
