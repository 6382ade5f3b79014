"""The data of the 2003 reference year, as plain Python modules read by `examples/make_2003.py`."""
