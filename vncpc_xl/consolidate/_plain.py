"""Plain-data encoding of the consolidation's records, for the re-run cache: JSON text, never pickle.

`dumps` writes a record as JSON in which every object that JSON has no word for is tagged, under the key ``$``, with what it is
(``{"$": "Assessment", "v": [...]}`` for a dataclass, its fields in order, ``{"$": "tuple", "v": [...]}`` for a tuple,
``{"$": "date", "v": "2003-05-01"}`` for a date, ...). `loads` rebuilds only the classes named in `CLASSES`, field by field through their
constructors: an unknown tag or a field that does not fit raises `NotPlain`, so a damaged or foreign entry
is never trusted. Floats are written with their exact repr, so a decoded record equals the original.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import operator
from collections.abc import Callable
from enum import Enum
from typing import Any

from vncpc_xl.consolidate import model
from vncpc_xl.consolidate.load import Loaded
from vncpc_xl.consolidate.training import Register
from vncpc_xl.core import Factor, FuelProperties
from vncpc_xl.errors import Issue, Severity


class NotPlain(ValueError):
    """A value cannot be written as plain data, or a text is not one this module wrote."""


def _records() -> dict[str, type]:
    found: dict[str, type] = {cls.__name__: cls for cls in (Loaded, Register, Factor, FuelProperties, Issue)}
    for name in dir(model):
        cls = getattr(model, name)
        if isinstance(cls, type) and cls.__module__ == model.__name__:
            found[name] = cls
    return found


CLASSES: dict[str, type] = _records()
ENUMS: dict[str, type[Enum]] = {"Severity": Severity}
_SCALARS = frozenset({str, int, float, bool, type(None)})  # written as they are (an Enum is not one of them)


@functools.cache
def _init_fields(cls: type) -> tuple[str, ...]:
    """Return the fields of dataclass `cls` its constructor takes, in order (records are written by position)."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)


@functools.cache
def _getter(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """Return a function giving the constructor fields of a dataclass instance of `cls` as a tuple."""
    names = _init_fields(cls)
    get = operator.attrgetter(*names)
    return get if len(names) > 1 else lambda obj: (get(obj),)


def _is_named_tuple(cls: type) -> bool:
    return issubclass(cls, tuple) and hasattr(cls, "_fields")


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list:
        return [item if type(item) in _SCALARS else _encode(item) for item in value]
    if kind is tuple:
        return {"$": "tuple", "v": [item if type(item) in _SCALARS else _encode(item) for item in value]}
    if kind is dict:
        return _encode_dict(value)
    if kind is dt.datetime or kind is dt.date:
        return {"$": kind.__name__, "v": value.isoformat()}
    name = kind.__name__
    if isinstance(value, Enum) and ENUMS.get(name) is kind:
        return {"$": name, "v": value.value}
    if CLASSES.get(name) is kind:
        items = value if _is_named_tuple(kind) else _getter(kind)(value)
        return {"$": name, "v": [item if type(item) in _SCALARS else _encode(item) for item in items]}
    raise NotPlain(f"cannot write a {name} as plain data")


def _encode_dict(value: dict[Any, Any]) -> Any:
    if not all(type(key) is str for key in value):
        raise NotPlain("dict keys must be text")
    if "$" in value:
        return {"$": "dict", "v": [[key, _encode(item)] for key, item in value.items()]}
    return {key: item if type(item) in _SCALARS else _encode(item) for key, item in value.items()}


_BUILTIN_TAGS: dict[str, Any] = {
    "tuple": tuple,
    "date": dt.date.fromisoformat,
    "datetime": dt.datetime.fromisoformat,
    "dict": dict,
}


def _decode(obj: dict[str, Any]) -> Any:
    """Return the object a tagged JSON object stands for (json's ``object_hook``; untagged dicts stay)."""
    tag = obj.get("$")
    if tag is None:
        return obj
    try:
        if tag in _BUILTIN_TAGS:
            return _BUILTIN_TAGS[tag](obj["v"])
        if tag in ENUMS:
            return ENUMS[tag](obj["v"])
        cls = CLASSES[tag]
        values = obj["v"]
        if not _is_named_tuple(cls) and len(values) != len(_init_fields(cls)):
            raise ValueError(f"{tag} has {len(_init_fields(cls))} fields, not {len(values)}")
        return cls(*values)
    except (KeyError, TypeError, ValueError) as exc:
        raise NotPlain(f"not an entry of this program: {exc!r}") from None


def dumps(value: Any) -> str:
    """Return `value` as JSON text; raise `NotPlain` when it holds an object this module does not know."""
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Any:
    """Return the value `dumps` wrote as `text`; raise `NotPlain` for any other text."""
    try:
        return json.loads(text, object_hook=_decode)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise NotPlain(f"not JSON: {exc}") from None
