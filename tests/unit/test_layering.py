"""model, analysis and io never import Qt: checked by import-linter and by reading the code."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

CORE = ("model", "analysis", "io")


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    command = [str(lint)] if lint.exists() else [shutil.which("lint-imports") or "lint-imports"]
    result = subprocess.run(command + ["--no-cache"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_no_core_module_names_pyside6():
    offenders = []
    for package in CORE:
        for path in (REPO / "assetmap" / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path}: {n}" for n in names if n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6")
                              or n.startswith("assetmap.ui")]
    assert offenders == []


def test_core_imports_without_qt_loaded():
    code = ("import sys, assetmap.model, assetmap.io.gpkg_store, assetmap.io.asset_import, "
            "assetmap.analysis, assetmap.cli; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
