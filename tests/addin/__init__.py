"""Tests of the Excel add-in (vncpc_xl/addin, vncpc_xl/ribbon, addin/)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ADDIN_DIR = ROOT / "addin"
