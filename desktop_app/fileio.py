"""Files the user chooses: read only regular files within a size limit; write without half a file.

Reading opens without blocking and checks what was opened (not the name, which may change in
between), so a FIFO, a device, a folder or a socket is refused at once instead of hanging the app
or filling its memory. Writing goes through a temporary file in the same folder and a rename.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.messages import Message

_CHUNK = 1024 * 1024
# O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever. Symlinks are followed on
# purpose: one that points to a regular file is that file to the user.
_PORTABLE = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _PORTABLE
_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _PORTABLE


class FileError(ReaderError):
    """A file the user chose that cannot be read or written; names that file and says what to do."""

    def __init__(self, path: str, problem: str, fix: str = "") -> None:
        super().__init__(problem, fix)
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {super().__str__()}"


class FileReadError(FileError):
    """A file that was not read: missing, not a regular file, too large, or unreadable."""


class FileWriteError(FileError):
    """A file that was not written: a folder or a device as the target, or the system refused."""


def megabytes(size: int) -> str:
    """``size`` in bytes as a short figure for messages ("64 MB", "1.5 MB", "0.00029 MB")."""
    value = size / 1024 / 1024
    return f"{value:.0f} MB" if value >= 10 else f"{value:.2g} MB"


# What the user's file is for, as callers name it ("transcript"): named in the messages, translated.
WHATS: dict[str, Message] = {
    "transcript": Message("file.what-transcript", "transcript"),
    "W3C annotation file": Message("file.what-w3c", "W3C annotation file"),
    "codebook": Message("file.what-codebook", "codebook"),
    "text to convert": Message("file.what-convert", "text to convert"),
    "recording": Message("file.what-recording", "recording"),
}
_NO_FILE = Message("file.missing", "The file does not exist.")
_CHECK_PATH = Message("file.check-path", "Check the path and try again.")
_CHECK_PERMISSIONS = Message("file.check-permissions", "Check its permissions.")
_FOLDER = Message("file.kind-folder", "a folder")
_SOCKET_OR_DEVICE = Message("file.kind-socket-or-device", "a socket or a device")


def _kind(mode: int) -> Message:
    if stat.S_ISDIR(mode):
        return _FOLDER
    if stat.S_ISFIFO(mode):
        return Message("file.kind-fifo", "a pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return Message("file.kind-socket", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message("file.kind-device", "a device")
    return Message("file.kind-special", "a special file")


def read_regular_file(path: str | os.PathLike[str], limit: int, what: str) -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes; ``what`` names it ("transcript").

    Raise FileReadError naming the file for anything else: it is missing, unreadable, a folder,
    a FIFO, a device or a socket, or larger than ``limit``. The limit is enforced while reading,
    so a file that grows (or lies about its size) is still refused after ``limit + 1`` bytes.
    """
    name = os.fspath(path)
    try:
        fd = os.open(name, _READ_FLAGS)
    except FileNotFoundError:
        raise FileReadError(name, _NO_FILE, _CHECK_PATH) from None
    except IsADirectoryError:
        raise _not_regular(name, _FOLDER, what) from None
    except OSError as e:
        if e.errno == errno.ENXIO:  # a socket (or a device without a driver) cannot be opened
            raise _not_regular(name, _SOCKET_OR_DEVICE, what) from None
        raise FileReadError(name, _cannot_read(e), _CHECK_PERMISSIONS) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(name, _kind(mode), what)
        return _read_at_most(fd, name, limit, what)
    finally:
        os.close(fd)


def check_regular_file(path: str | os.PathLike[str], what: str) -> None:
    """Raise FileReadError unless ``path`` is a regular file that can be opened for reading.

    For files Qt reads itself (a recording): the same refusals as :func:`read_regular_file`, nothing read.
    """
    name = os.fspath(path)
    try:
        fd = os.open(name, _READ_FLAGS)
    except FileNotFoundError:
        raise FileReadError(name, _NO_FILE, _CHECK_PATH) from None
    except IsADirectoryError:
        raise _not_regular(name, _FOLDER, what) from None
    except OSError as e:
        if e.errno == errno.ENXIO:
            raise _not_regular(name, _SOCKET_OR_DEVICE, what) from None
        raise FileReadError(name, _cannot_read(e), _CHECK_PERMISSIONS) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(name, _kind(mode), what)
    finally:
        os.close(fd)


def _cannot_read(error: OSError) -> Message:
    return Message("file.cannot-read", "The file cannot be read ({reason}).", reason=error.strerror)


def _not_regular(name: str, kind: str, what: str) -> FileReadError:
    return FileReadError(
        name,
        Message(
            "file.not-regular",
            "This is {kind}, not a regular file; a {what} must be a file.",
            kind=kind,
            what=WHATS.get(what, what),
        ),
        Message("file.choose-saved", "Choose a file saved on disk."),
    )


def _read_at_most(fd: int, name: str, limit: int, what: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        try:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
        except OSError as e:
            raise FileReadError(name, _cannot_read(e)) from None
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise FileReadError(
        name,
        Message(
            "file.too-large",
            "The file is larger than {limit}; a {what} can be up to {limit}.",
            limit=megabytes(limit),
            what=WHATS.get(what, what),
        ),
        Message("file.split", "Split it into several smaller files."),
    )


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    ``path`` may be new or an existing regular file (through a symlink, the file it points to is
    replaced and the symlink kept); a folder or a device is refused. A new file gets the user's
    usual permissions (0666 less the umask), a replaced one keeps its own. Raise FileWriteError,
    naming ``path`` (never the temporary file), when nothing was written; the temporary file is gone.
    """
    asked = os.fspath(path)
    target = Path(os.path.realpath(asked))
    existing_mode = _target_mode(target, asked)
    tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        # 0o666 here lets the umask decide, as for any file the user saves; mkstemp would force 0600.
        fd = os.open(tmp, _WRITE_FLAGS, 0o666)
    except OSError as e:
        raise _write_error(asked, e) from None
    try:
        try:
            if existing_mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, stat.S_IMODE(existing_mode))
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise _write_error(asked, e) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _target_mode(target: Path, asked: str) -> int | None:
    """The mode of the existing regular file at ``target`` (None if there is none); refuse the rest."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as e:
        raise _write_error(asked, e) from None
    if stat.S_ISDIR(mode):
        raise FileWriteError(
            asked,
            Message("file.write-folder", "This is a folder, not a file."),
            Message("file.name-inside", "Choose a file name inside it."),
        )
    if not stat.S_ISREG(mode):
        raise FileWriteError(
            asked,
            Message(
                "file.write-special", "This is {kind}; only a regular file can be written.", kind=_kind(mode)
            ),
            Message("file.other-name", "Choose another file name."),
        )
    return mode


def _write_error(asked: str, error: OSError) -> FileWriteError:
    if error.errno == errno.ENOSPC:
        return FileWriteError(
            asked,
            Message("file.disk-full", "The disk is full; nothing was written."),
            Message("file.free-space", "Free some space and try again."),
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileWriteError(
            asked, _cannot_write(error), Message("file.writable-folder", "Choose a folder you can write to.")
        )
    if error.errno == errno.ENOENT:
        return FileWriteError(
            asked,
            Message("file.no-folder", "The folder does not exist."),
            Message("file.existing-folder", "Choose an existing folder."),
        )
    return FileWriteError(asked, _cannot_write(error), Message("file.other-place", "Choose another place."))


def _cannot_write(error: OSError) -> Message:
    return Message("file.cannot-write", "The file cannot be written ({reason}).", reason=error.strerror)
