"""The cache's plain-data encoding: every record comes back equal, anything else is refused, never trusted."""

from __future__ import annotations

import datetime as dt

import pytest

from vncpc_xl.consolidate import _plain
from vncpc_xl.consolidate.load import Loaded
from vncpc_xl.consolidate.model import Abbreviation, Outreach
from vncpc_xl.errors import Issue, Severity


def issue(value: object, **extra: object) -> Issue:
    return Issue(
        "value.bad", "a.xlsx", "sai", "wrong", "Giải pháp", "E5", "Đầu tư", value, Severity.WARNING, extra
    )


@pytest.mark.parametrize(
    "value",
    [
        issue(dt.date(2003, 5, 1)),
        issue(dt.datetime(2003, 5, 1, 8, 30)),
        issue((1, "x", None), rows=[55, 56], table="tblOptions"),
        issue(0.1 + 0.2, weird={"$": "not a tag", "v": 1}),
        issue(float("inf")),
        Outreach("Bài báo", "SXSH", None, "Báo Nhân dân"),
        Abbreviation("SXSH", "Sản xuất sạch hơn"),
        Loaded(
            "audits/a.xlsx", "audit", "ab" * 32, 2003, "Công ty A", (issue(True),), None, ("Thông tin", "B4")
        ),
    ],
)
def test_records_come_back_equal_and_of_the_same_types(value: object) -> None:
    back = _plain.loads(_plain.dumps(value))
    assert back == value and type(back) is type(value)
    if isinstance(value, Issue):
        assert type(back.value) is type(value.value) and back.severity is value.severity
        assert back.extra == value.extra  # not part of Issue's equality: checked on its own


@pytest.mark.parametrize("value", [{1: "int key"}, {"a": {1, 2}}, object(), issue(b"bytes")])
def test_values_that_are_not_plain_data_are_refused(value: object) -> None:
    with pytest.raises(_plain.NotPlain):
        _plain.dumps(value)


@pytest.mark.parametrize(
    "text",
    [
        '{"$": "Popen", "v": ["rm"]}',
        '{"$": "Issue", "v": [1]}',
        '{"$": "date", "v": "yesterday"}',
        "[",
        '{"$":',
    ],
)
def test_texts_it_did_not_write_are_refused(text: str) -> None:
    with pytest.raises(_plain.NotPlain):
        _plain.loads(text)
