"""Checks an untrusted .xlsx container before anything parses it: size, zip structure and zip-bomb limits.

`SafeZip(data)` takes the file's bytes and checks, from the zip's central directory, the number of
members, the declared total uncompressed size and each member's compression ratio. `SafeZip.read(name)`
then inflates one member itself, never past the declared size, and checks its CRC, so a member whose
header lies about its size is refused instead of being inflated without bound.
Any refusal raises `ZipRejected` with a stable code. `SafeZip.copy_with(stored)` writes the copy a parser
reads: the members it names hold the given (verified) bytes uncompressed, the others are copied as they are.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

MAX_FILE_BYTES = 50 * 1024 * 1024  # a VNCPC workbook is well under 1 MB
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_MEMBERS = 5_000
MAX_RATIO = 200  # uncompressed / compressed, for members big enough to matter
RATIO_MIN_BYTES = 1024 * 1024

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, or an .xlsx encrypted with a password
ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")  # directory entry of an encrypted OOXML package
LOCAL_HEADER = struct.Struct("<4s22xHH")
# Headers of the copy written for the parser (`SafeZip.copy_with`): no flags, no extra field, a fixed date.
_COPY_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_COPY_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_COPY_END = struct.Struct("<4sHHHHIIH")
_COPY_DATE = (1 << 5) | 1  # 1980-01-01, DOS format
CENTRAL_MAGIC = b"PK\x01\x02"
END_MAGIC = EMPTY_ZIP_MAGIC  # an empty zip is its end-of-directory record alone
# The small parts every workbook of one template shares byte for byte (workbook, relationships, tables,
# styles) are inflated and verified once per process: keyed by their compressed bytes and declared size/CRC.
SMALL_PART = 4096
SMALL_PART_INFLATED = 64 * 1024
SMALL_PARTS_KEPT = 256
_INFLATED: dict[tuple[bytes, int, int, int], bytes] = {}


@dataclass(frozen=True)
class Limits:
    """The limits an untrusted file must respect (bytes, members, ratio)."""

    file_bytes: int = MAX_FILE_BYTES
    total_uncompressed: int = MAX_TOTAL_UNCOMPRESSED
    members: int = MAX_MEMBERS
    ratio: float = MAX_RATIO
    ratio_min_bytes: int = RATIO_MIN_BYTES


DEFAULT_LIMITS = Limits()


class ZipRejected(Exception):
    """The container is not a usable workbook: `code` says why, `detail` gives the evidence (English)."""

    def __init__(self, code: str, detail: str = "", **params: object) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
        self.params = params


def check_file_size(size: int, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise `ZipRejected` (``file.too_large``) when a file of `size` bytes is over the limit."""
    if size > limits.file_bytes:
        raise ZipRejected(
            "file.too_large", f"{size} bytes > {limits.file_bytes}", size=size, limit=limits.file_bytes
        )


class SafeZip:
    """A zip container checked against `limits`; `read` inflates a member, never past its declared size."""

    def __init__(self, data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
        check_file_size(len(data), limits)
        _check_magic(data)
        self._data = data
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError) as exc:
            raise ZipRejected("file.corrupt", f"zip directory unreadable: {exc}") from None
        _check_members(infos, limits)
        self._infos = {info.filename: info for info in infos}

    def names(self) -> set[str]:
        """Return the member names."""
        return set(self._infos)

    def has(self, name: str) -> bool:
        """Return True when member `name` exists."""
        return name in self._infos

    def read(self, name: str, *, shared: bool = False) -> bytes:
        """Return member `name` inflated; raise `ZipRejected` when it lies about its size or is damaged.

        A `shared` part (one that workbooks of a template have byte for byte alike) is kept, when small, and
        returned again for the same compressed bytes and declared size and CRC instead of inflated again.
        """
        info = self._infos.get(name)
        if info is None:
            raise ZipRejected("file.corrupt", f"missing part {name}", part=name)
        if info.flag_bits & 0x1:
            raise ZipRejected("file.encrypted", f"encrypted part {name}", part=name)
        raw = self._compressed(info)
        small = shared and len(raw) <= SMALL_PART and info.file_size <= SMALL_PART_INFLATED
        key = (bytes(raw), info.compress_type, info.file_size, info.CRC) if small else None
        known = _INFLATED.get(key) if key else None
        if known is not None:  # the same bytes, declared the same way, inflated and verified before
            return known
        data = self._inflated(name, info, raw)
        if key:
            if len(_INFLATED) >= SMALL_PARTS_KEPT:
                _INFLATED.clear()
            _INFLATED[key] = data
        return data

    def copy_with(self, stored: dict[str, bytes]) -> bytes:
        """Return a copy of the container in which each member named in `stored` holds those bytes, uncompressed.

        The other members are copied as they are, still compressed. The parser then reads the verified parts
        without inflating them again, and only the rows of a sheet that hold values (see `Package`).
        """
        local: list[bytes] = []
        central: list[bytes] = []
        offset = 0
        for name, info in self._infos.items():
            encoded = name.encode()
            flags = 0 if encoded.isascii() else 0x800  # a name beyond ASCII is flagged UTF-8
            data: bytes | memoryview | None = stored.get(name)
            if data is None:
                data, method, crc, size = self._compressed(info), info.compress_type, info.CRC, info.file_size
            else:
                method, crc, size = zipfile.ZIP_STORED, zlib.crc32(data), len(data)
            fields = (20, flags, method, 0, _COPY_DATE, crc, len(data), size, len(encoded))
            local += (_COPY_LOCAL.pack(ZIP_MAGIC, *fields, 0), encoded, data)
            central.append(_COPY_CENTRAL.pack(CENTRAL_MAGIC, 20, *fields, 0, 0, 0, 0, 0, offset) + encoded)
            offset += _COPY_LOCAL.size + len(encoded) + len(data)
        directory = b"".join(central)
        count = len(central)
        end = _COPY_END.pack(END_MAGIC, 0, 0, count, count, len(directory), offset, 0)
        return b"".join([*local, directory, end])

    def _inflated(self, name: str, info: zipfile.ZipInfo, raw: memoryview) -> bytes:
        if info.compress_type == zipfile.ZIP_STORED:
            data = bytes(raw)
        elif info.compress_type == zipfile.ZIP_DEFLATED:
            data = _inflate(raw, info)
        else:
            raise ZipRejected(
                "file.corrupt", f"unsupported compression {info.compress_type} in {name}", part=name
            )
        if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
            raise ZipRejected("file.corrupt", f"part {name} is damaged (size or CRC mismatch)", part=name)
        return data

    def _compressed(self, info: zipfile.ZipInfo) -> memoryview:
        start = info.header_offset
        header = self._data[start : start + LOCAL_HEADER.size]
        if len(header) < LOCAL_HEADER.size:
            raise ZipRejected("file.corrupt", f"truncated header of {info.filename}")
        magic, name_len, extra_len = LOCAL_HEADER.unpack(header)
        if magic != ZIP_MAGIC:
            raise ZipRejected("file.corrupt", f"bad local header of {info.filename}")
        begin = start + LOCAL_HEADER.size + name_len + extra_len
        end = begin + info.compress_size
        if end > len(self._data):
            raise ZipRejected("file.corrupt", f"truncated data of {info.filename}")
        return memoryview(self._data)[begin:end]


def _check_magic(data: bytes) -> None:
    head = data[:8]
    if head.startswith(OLE_MAGIC):
        if ENCRYPTION_STREAM in data:  # an .xlsx saved with an opening password
            raise ZipRejected(
                "file.legacy_or_encrypted", "password-protected workbook", variant="file.password"
            )
        raise ZipRejected("file.legacy_or_encrypted", "OLE compound file (.xls or password-protected .xlsx)")
    if not (head.startswith(ZIP_MAGIC) or head.startswith(EMPTY_ZIP_MAGIC)):
        raise ZipRejected("file.not_workbook", "not a zip container")


def _check_members(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.members:
        raise ZipRejected("file.zip_bomb", f"{len(infos)} parts > {limits.members}")
    total = 0
    for info in infos:
        total += info.file_size
        if total > limits.total_uncompressed:
            raise ZipRejected("file.zip_bomb", f"uncompressed size over {limits.total_uncompressed} bytes")
        if info.file_size >= limits.ratio_min_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.ratio:
                raise ZipRejected(
                    "file.zip_bomb", f"part {info.filename} compressed {ratio:.0f}:1 > {limits.ratio:.0f}:1"
                )


def _inflate(raw: memoryview, info: zipfile.ZipInfo) -> bytes:
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        data = inflater.decompress(raw, info.file_size + 1)
    except zlib.error as exc:
        raise ZipRejected("file.corrupt", f"part {info.filename} cannot be inflated: {exc}") from None
    if len(data) > info.file_size or inflater.unconsumed_tail:
        raise ZipRejected("file.zip_bomb", f"part {info.filename} inflates past its declared size")
    return data
