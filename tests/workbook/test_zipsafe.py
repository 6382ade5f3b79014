"""The container checks done before any parsing: size, magic, member count, uncompressed size, ratio, lies."""

from __future__ import annotations

import io
import zipfile

import pytest

from vncpc_xl.workbook._zipsafe import OLE_MAGIC, Limits, SafeZip, ZipRejected, check_file_size

from ._samples import lie_about_size


def make_zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Return the bytes of a zip holding `members`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def rejected(data: bytes, limits: Limits | None = None) -> ZipRejected:
    with pytest.raises(ZipRejected) as info:
        zip_ = SafeZip(data, limits or Limits())
        for name in zip_.names():
            zip_.read(name)
    return info.value


def test_reads_members_of_a_sound_zip() -> None:
    zip_ = SafeZip(make_zip({"a.xml": b"<a/>" * 100, "b.bin": b"xyz"}))
    assert zip_.read("a.xml") == b"<a/>" * 100
    assert zip_.read("b.bin") == b"xyz"
    assert zip_.names() == {"a.xml", "b.bin"}


def test_reads_stored_members() -> None:
    assert SafeZip(make_zip({"a": b"hello"}, zipfile.ZIP_STORED)).read("a") == b"hello"


def test_file_size_is_checked_before_reading() -> None:
    check_file_size(1000, Limits(file_bytes=1000))
    with pytest.raises(ZipRejected) as info:
        check_file_size(1001, Limits(file_bytes=1000))
    assert info.value.code == "file.too_large"
    assert info.value.params == {"size": 1001, "limit": 1000}


def test_plain_text_is_not_a_workbook() -> None:
    assert rejected(b"Name,Value\nA,1\n").code == "file.not_workbook"


def test_ole_container_is_legacy_or_encrypted() -> None:
    assert rejected(OLE_MAGIC + b"\0" * 600).code == "file.legacy_or_encrypted"


def test_truncated_zip_is_corrupt() -> None:
    data = make_zip({"a.xml": b"<a>" + b"x" * 5000 + b"</a>"})
    assert rejected(data[: len(data) // 2]).code == "file.corrupt"


def test_damaged_member_is_corrupt() -> None:
    data = bytearray(make_zip({"a.xml": bytes(range(256)) * 40}, zipfile.ZIP_STORED))
    data[100] ^= 0xFF  # inside the stored data: the CRC no longer matches
    assert rejected(bytes(data)).code == "file.corrupt"


def test_too_many_members() -> None:
    data = make_zip({f"m{i}.xml": b"<a/>" for i in range(11)})
    problem = rejected(data, Limits(members=10))
    assert problem.code == "file.zip_bomb"
    assert "11 parts" in problem.detail


def test_declared_total_over_the_limit() -> None:
    data = make_zip({"a.xml": b"a" * 600, "b.xml": b"b" * 600})
    problem = rejected(data, Limits(total_uncompressed=1000))
    assert problem.code == "file.zip_bomb"
    assert "uncompressed size" in problem.detail


def test_compression_ratio_over_the_limit() -> None:
    data = make_zip({"xl/worksheets/sheet1.xml": b"\0" * 2_000_000})
    problem = rejected(data)
    assert problem.code == "file.zip_bomb"
    assert "compressed" in problem.detail


def test_small_members_may_compress_well() -> None:
    zip_ = SafeZip(make_zip({"a.xml": b"\0" * 500_000}))
    assert len(zip_.read("a.xml")) == 500_000


def test_member_lying_about_its_size_is_never_inflated_past_it() -> None:
    data = lie_about_size(make_zip({"a.xml": b"<a/>" * 10_000}), "a.xml", 100)
    zip_ = SafeZip(data)  # the central directory looks harmless
    with pytest.raises(ZipRejected) as info:
        zip_.read("a.xml")
    assert info.value.code == "file.zip_bomb"
    assert "past its declared size" in info.value.detail


def test_encrypted_member() -> None:
    data = bytearray(make_zip({"a.xml": b"<a/>"}))
    for magic, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(magic)
        data[at + offset] |= 0x1
    assert rejected(bytes(data)).code == "file.encrypted"


def test_missing_member() -> None:
    with pytest.raises(ZipRejected) as info:
        SafeZip(make_zip({"a": b"1"})).read("b")
    assert info.value.code == "file.corrupt"


def test_a_shared_part_is_kept_only_for_the_same_bytes_declared_the_same_way() -> None:
    """A part read once as shared is not inflated again; a copy that lies about it is still refused."""
    honest = make_zip({"xl/workbook.xml": b"<workbook/>" * 200})
    first = SafeZip(honest).read("xl/workbook.xml", shared=True)
    again = SafeZip(honest).read("xl/workbook.xml", shared=True)
    assert again is first and first == b"<workbook/>" * 200
    lying = lie_about_size(honest, "xl/workbook.xml", 100)  # the same compressed bytes, a smaller size
    with pytest.raises(ZipRejected) as info:
        SafeZip(lying).read("xl/workbook.xml", shared=True)
    assert info.value.code == "file.zip_bomb"
    damaged = bytearray(make_zip({"xl/workbook.xml": b"<workbook/>" * 200}, zipfile.ZIP_STORED))
    damaged[damaged.find(b"<workbook/>") + 3] ^= 0xFF
    with pytest.raises(ZipRejected) as info:
        SafeZip(bytes(damaged)).read("xl/workbook.xml", shared=True)
    assert info.value.code == "file.corrupt"


def test_a_copy_for_the_parser_holds_the_given_parts_stored_and_the_others_as_they_were() -> None:
    """`copy_with` writes a zip any reader takes: the given parts stored, the others still compressed."""
    original = make_zip(
        {"a.xml": b"<a/>" * 500, "Giải pháp.xml": "<b>Việt</b>".encode() * 50, "c.bin": b"xyz"}
    )
    copy = SafeZip(original).copy_with({"a.xml": b"<short/>"})
    with zipfile.ZipFile(io.BytesIO(copy)) as archive:
        assert archive.testzip() is None  # every CRC right
        infos = {info.filename: info for info in archive.infolist()}
        assert list(infos) == ["a.xml", "Giải pháp.xml", "c.bin"]
        assert archive.read("a.xml") == b"<short/>" and infos["a.xml"].compress_type == zipfile.ZIP_STORED
        assert archive.read("Giải pháp.xml") == "<b>Việt</b>".encode() * 50
        assert infos["Giải pháp.xml"].compress_type == zipfile.ZIP_DEFLATED
    again = SafeZip(copy)  # and it passes our own checks
    assert again.read("c.bin") == b"xyz" and again.read("a.xml") == b"<short/>"
