"""The tree's rules hold: the import contracts in pyproject.toml (import-linter), no project
imports hidden in function bodies but the CLI's documented lazy loads, and every package's
`__all__` names what it has."""

from __future__ import annotations

import ast
import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ("bot", "handlers", "storage")
# module -> what it may import inside a function: python-telegram-bot only when it is needed
LAZY_LOADS = {
    "bot/cli/commands.py": {"handlers.application", "bot.cli.console"},
}


def test_the_import_contracts_are_kept() -> None:
    script = Path(sys.executable).with_name("lint-imports")
    command = str(script) if script.exists() else shutil.which("lint-imports")
    assert command, "lint-imports is not installed (pip install -e '.[test]')"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([command], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def _imports_in_functions(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Import):
                found |= {alias.name for alias in inner.names}
            elif isinstance(inner, ast.ImportFrom) and inner.module and not inner.level:
                found.add(inner.module)
    return {name for name in found if name.split(".")[0] in PROJECT}


def test_no_project_imports_hide_in_functions_but_the_documented_lazy_loads() -> None:
    for package in PROJECT:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            hidden = _imports_in_functions(ast.parse(path.read_text(encoding="utf-8")))
            assert hidden <= LAZY_LOADS.get(relative, set()), relative


def _packages() -> list[str]:
    found = []
    for package in PROJECT:
        for init in sorted((ROOT / package).rglob("__init__.py")):
            found.append(".".join(init.parent.relative_to(ROOT).parts))
    return found


@pytest.mark.parametrize("name", _packages())
def test_each_public_name_a_package_declares_exists(name: str) -> None:
    module = importlib.import_module(name)
    for public in getattr(module, "__all__", []):
        assert hasattr(module, public), f"{name}.__all__ names {public!r}, which is not there"
