"""Tests of vncpc_xl.core (a package so that test module names may repeat across folders)."""
