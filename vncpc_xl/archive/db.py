"""Opening an archive: the database URL, the engine (SQLite tuned for several writers) and its migrations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from vncpc_xl import __version__
from vncpc_xl.archive.location import default_url
from vncpc_xl.errors import BilingualError

_BUSY_TIMEOUT_S = 60
_PG_LOCK = 0x56_4E_43_50  # "VNCP": the advisory lock that serialises migrations and writes on PostgreSQL


class ArchiveError(BilingualError):
    """The archive cannot be opened, read or written; the message says what to do."""


def display_url(url: str | URL) -> str:
    """Return `url` (text, or an engine's `URL`) with its password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return str(url)


def open_engine(url: str | None = None) -> Engine:
    """Return an engine on the archive at `url` (default: `default_url`), its schema upgraded to the head.

    SQLite files are opened in WAL mode with a busy timeout and every transaction begins IMMEDIATE, so
    several `archive add` runs at once wait for each other instead of failing. Raises `ArchiveError` for
    an unusable URL or a server that cannot be reached.
    """
    url = url or default_url()
    engine = _create(url)
    try:
        upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise _unreachable(url, exc) from None
    return engine


def _create(url: str) -> Engine:
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(url, parsed.database)
        if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in (
            "psycopg2",
            "postgresql",
        ):
            parsed = parsed.set(drivername=_postgresql_driver())
        return create_engine(parsed, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as exc:
        raise ArchiveError(
            f"Địa chỉ kho dữ liệu '{display_url(url)}' không dùng được ({exc}). Hãy ghi một địa chỉ SQLAlchemy,"
            " ví dụ sqlite:///C:/VNCPC/kho.sqlite hoặc postgresql://nguoidung:matkhau@may-chu/vncpc.",
            f"The archive URL '{display_url(url)}' is not usable ({exc}). Give an SQLAlchemy URL such as"
            " sqlite:///C:/VNCPC/archive.sqlite or postgresql://user:password@server/vncpc.",
        ) from None


def _postgresql_driver() -> str:
    """Return the SQLAlchemy driver name of psycopg 3, the driver shipped (ImportError when it is missing)."""
    import psycopg  # noqa: F401

    return "postgresql+psycopg"


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": _BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _unreachable(url: str, exc: DBAPIError) -> ArchiveError:
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    return ArchiveError(
        f"Không mở được kho dữ liệu {display_url(url)}: {detail}. Hãy kiểm tra địa chỉ, máy chủ và quyền truy cập.",
        f"Cannot open the archive {display_url(url)}: {detail}. Check the URL, the server and your access rights.",
    )


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """Yield a connection in one transaction that no other archive writer runs beside (commit at the end)."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        yield connection


def _alembic_config(connection: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("vncpc_xl.archive") / "migrations"))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the shipped Alembic migrations to `engine`'s database up to `revision` (default: the head)."""
    from alembic import command
    from alembic.util import CommandError

    with writing(engine) as connection:
        config = _alembic_config(connection)
        stored = _stored_revision(connection)
        if stored is not None and not _known(config, stored):
            raise _newer(engine, stored)
        try:
            command.upgrade(config, revision)
        except CommandError as exc:
            raise ArchiveError(
                f"Không nâng cấp được kho dữ liệu {display_url(engine.url)}: {exc}.",
                f"Cannot upgrade the archive {display_url(engine.url)}: {exc}.",
            ) from None


def _stored_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _known(config, revision: str) -> bool:  # type: ignore[no-untyped-def]
    from alembic.script import ScriptDirectory

    return revision in {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def _newer(engine: Engine, revision: str) -> ArchiveError:
    return ArchiveError(
        f"Kho dữ liệu {display_url(engine.url)} đã được một phiên bản vncpc-xl mới hơn nâng lên bản sửa đổi {revision},"
        f" mà phiên bản {__version__} trên máy này không biết. Hãy cập nhật vncpc-xl trên máy này (kho không bị"
        " thay đổi).",
        f"The archive {display_url(engine.url)} was upgraded to revision {revision} by a newer vncpc-xl, which version"
        f" {__version__} on this machine does not know. Update vncpc-xl on this machine (the archive is unchanged).",
    )


def current_revision(engine: Engine) -> str | None:
    """Return the Alembic revision the database is at (None before any)."""
    with engine.connect() as connection:
        return _stored_revision(connection)


def head_revision() -> str:
    """Return the newest revision shipped in the package."""
    from alembic.script import ScriptDirectory

    config = _alembic_config(None)  # type: ignore[arg-type]
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head
