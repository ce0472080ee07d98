"""`switchwijzer web` as a real process on a free port: started, waited for (polled, with a limit) and stopped."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

START_SECONDEN = 30


@dataclass
class WebServer:
    proces: subprocess.Popen[bytes]
    poort: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.poort}/"

    def wizards(self) -> list[int]:
        """The process ids of the wizards this server runs now (one per open tab)."""
        return [
            pid
            for pid in _nakomelingen(self.proces.pid)
            if "switchwijzer" in _opdracht(pid) and " -c " not in _opdracht(pid)
        ]

    def stop(self) -> tuple[int, str, str]:
        """Ctrl+C, as a person would; returns the exit code and what the server printed."""
        if self.proces.poll() is None:
            self.proces.send_signal(signal.SIGINT)
        try:
            uit, fout = self.proces.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.proces.kill()
            uit, fout = self.proces.communicate()
        return self.proces.returncode, uit.decode(), fout.decode()


def _nakomelingen(pid: int) -> list[int]:
    """Child processes, their children, and so on (Linux /proc)."""
    kinderen: dict[int, list[int]] = {}
    for naam in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{naam}/stat") as f:
                ouder = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        kinderen.setdefault(ouder, []).append(int(naam))
    uit, te_doen = [], [pid]
    while te_doen:
        for kind in kinderen.get(te_doen.pop(), []):
            uit.append(kind)
            te_doen.append(kind)
    return uit


def _opdracht(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(*opties: str, poort: int | None = None) -> WebServer:
    poort = poort or vrije_poort()
    proces = subprocess.Popen(
        [sys.executable, "-m", "switchwijzer", "web", "--port", str(poort), *opties],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=os.environ.copy(),
    )
    server = WebServer(proces, poort)
    grens = time.monotonic() + START_SECONDEN
    while time.monotonic() < grens:
        if proces.poll() is not None:
            code, uit, fout = server.stop()
            raise AssertionError(f"the server stopped at once ({code}): {uit} {fout}")
        try:
            with urllib.request.urlopen(server.url, timeout=2) as antwoord:
                if antwoord.status == 200:
                    return server
        except OSError:
            time.sleep(0.1)  # polling interval, not a wait for something to happen
    server.stop()
    raise AssertionError(f"the server did not answer within {START_SECONDEN} s")


@pytest.fixture
def web_server() -> Iterator[Callable[..., WebServer]]:
    """Start `switchwijzer web` with the given options; every server is stopped after the test."""
    gestart: list[WebServer] = []

    def starten(*opties: str) -> WebServer:
        server = start_server(*opties)
        gestart.append(server)
        return server

    yield starten
    for server in gestart:
        code, uit, fout = server.stop()
        assert code == 130 and "Traceback" not in uit + fout, (code, uit, fout)  # open tabs too: a quiet stop
