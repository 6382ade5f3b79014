"""Tests of the vncpc-xl command line (a package so that test module names may repeat across folders)."""
