"""The xlwings UDF decorators, plus the same ``__xlfunc__`` metadata on platforms where they do nothing.

On Windows, ``xw.func`` / ``xw.arg`` / ``xw.ret`` (from ``xlwings.udfs``) record each function's name,
arguments, argument docs and category in ``f.__xlfunc__``; xlwings reads it to import the UDFs and to show
the docs in Excel's function wizard. Elsewhere (Linux, macOS, where the add-in is built) xlwings 0.37
replaces them by do-nothing decorators. The decorators here call xlwings' own and, when xlwings recorded
nothing, record the same structure themselves, so the add-in build can generate the VBA wrappers anywhere.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

import xlwings as xw

F = TypeVar("F", bound=Callable[..., Any])

RECORDED_HERE = (
    "vncpc_xl"  # value of ``__xlfunc__["recorded_by"]`` when this module, not xlwings, recorded it
)
_SPECIAL_ARG_KEYS = ("vba", "doc")


def _own_metadata(f: Callable[..., Any]) -> dict[str, Any] | None:
    """Return ``f.__xlfunc__`` when this module keeps it (recording it first if nobody has), else None."""
    meta = getattr(f, "__xlfunc__", None)
    if meta is None:
        meta = _record(f)
    return meta if meta.get("recorded_by") == RECORDED_HERE else None


def _record(f: Callable[..., Any]) -> dict[str, Any]:
    """Record `f`'s metadata in the layout of ``xlwings.udfs.xlfunc``."""
    args = []
    for position, parameter in enumerate(inspect.signature(f).parameters.values()):
        if parameter.kind not in (parameter.POSITIONAL_OR_KEYWORD, parameter.VAR_POSITIONAL):
            raise TypeError(f"{f.__name__}: xlwings UDFs take positional arguments only ({parameter.name})")
        info: dict[str, Any] = {
            "name": parameter.name,
            "pos": position,
            "vba": None,
            "doc": f"Positional argument {position + 1}",
            "vararg": parameter.kind is parameter.VAR_POSITIONAL,
            "options": {},
        }
        if parameter.default is not parameter.empty:
            info["optional"] = parameter.default
        args.append(info)
    meta: dict[str, Any] = {
        "name": f.__name__,
        "sub": False,
        "args": args,
        "argmap": {info["name"]: info for info in args},
        "ret": {"doc": f.__doc__ or f"Python function {f.__name__!r}.", "options": {}},
        "category": "xlwings",
        "call_in_wizard": True,
        "volatile": False,
        "async_mode": None,
        "recorded_by": RECORDED_HERE,
    }
    f.__xlfunc__ = meta  # type: ignore[attr-defined]
    return meta


def func(f: F | None = None, **kwargs: Any) -> Any:
    """Mark `f` as an Excel function (``category``, ``volatile``, ``call_in_wizard`` as in ``xw.func``)."""

    def inner(f: F) -> F:
        f = xw.func(**kwargs)(f)
        meta = _own_metadata(f)
        if meta is not None:
            meta["category"] = kwargs.get("category", meta["category"])
            meta["volatile"] = kwargs.get("volatile", meta["volatile"])
            meta["call_in_wizard"] = kwargs.get("call_in_wizard", meta["call_in_wizard"])
        return f

    return inner if f is None else inner(f)


def arg(name: str, convert: Any = None, **kwargs: Any) -> Callable[[F], F]:
    """Describe argument `name` (``doc`` for the function wizard, conversion options) as ``xw.arg`` does."""

    def inner(f: F) -> F:
        f = xw.arg(name, convert, **kwargs)(f)
        meta = _own_metadata(f)
        if meta is not None:
            if name.lstrip("*") not in meta["argmap"]:
                raise TypeError(f"{f.__name__}: no argument {name!r}")
            info = meta["argmap"][name.lstrip("*")]
            options = dict(kwargs)
            for key in _SPECIAL_ARG_KEYS:
                if key in options:
                    info[key] = options.pop(key)
            if convert is not None:
                options["convert"] = convert
            info["options"].update(options)
        return f

    return inner


def ret(convert: Any = None, **kwargs: Any) -> Callable[[F], F]:
    """Set conversion options of the result as ``xw.ret`` does."""

    def inner(f: F) -> F:
        f = xw.ret(convert, **kwargs)(f)
        meta = _own_metadata(f)
        if meta is not None:
            meta["ret"]["options"].update(kwargs if convert is None else {**kwargs, "convert": convert})
        return f

    return inner
