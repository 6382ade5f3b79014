"""Names a package re-exports but imports only when first used (PEP 562), to keep start-up cheap."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_names(
    package: str, namespace: dict[str, object], modules: Mapping[str, str]
) -> Callable[[str], object]:
    """Return the module ``__getattr__`` of `package` that imports ``package.<modules[name]>`` for `name`.

    The value found is stored in the package's `namespace`, so each name is imported once.
    """

    def __getattr__(name: str) -> object:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return __getattr__
