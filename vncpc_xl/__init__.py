"""vncpc-xl: Excel templates, add-in and Word annual report for a Cleaner Production Centre."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vncpc-xl")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
