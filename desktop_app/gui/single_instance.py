"""One window per user and data folder: a second launch hands its file or link to the running one.

The running window listens on a :class:`QLocalServer` named after the user and the data folder. A new
launch first tries to connect: if a window answers, it sends what it was asked to open (a path or an
``interview-reader://`` link, or nothing) and exits. If nobody answers — no window, or the socket file
of one that crashed — it removes the stale name and becomes the listening window itself.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500  # a live window answers at once; a stale socket refuses at once
REPLY = b"ok\n"


def server_name(data_dir: Path) -> str:
    """The server's name: one per user and data folder (two folders, two windows)."""
    folder = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    user = "".join(c for c in getpass.getuser() if c.isalnum())[:32] or "user"
    return f"interview-reader-{user}-{folder}"


def hand_over(name: str, message: str) -> bool:
    """Send ``message`` to the window listening on ``name``; True when it took it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(message.encode("utf-8") + b"\n")
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    answered = socket.waitForReadyRead(2000) and bytes(socket.readAll().data()).startswith(REPLY)
    socket.disconnectFromServer()
    return bool(answered)


class Receiver(QObject):
    """Listens for later launches and passes each one's message on."""

    def __init__(self, name: str, on_message: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_message = on_message
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a crashed window's socket file: nobody answers it
            self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    @property
    def listening(self) -> bool:
        """True when later launches can reach this window."""
        return self.server.isListening()

    def _on_connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is None:
            return
        if not socket.canReadLine():
            socket.waitForReadyRead(1000)
        message = bytes(socket.readLine().data()).decode("utf-8", "replace").rstrip("\n")
        socket.write(REPLY)
        socket.flush()
        socket.disconnectFromServer()
        self._on_message(message)
