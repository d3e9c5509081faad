"""Opening exported pages in real headless Chromium (Debian's package) with the network cut
off: every request the browser tries goes to a local recording proxy, which refuses it."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

BROWSERS = ("chromium-headless-shell", "chromium", "chromium-browser")


def browser_path() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise AssertionError("headless Chromium is missing: `make test` installs Debian's "
                         "chromium-headless-shell; install it to run the export tests")


@dataclass
class RecordingProxy:
    """Accepts connections, notes the request line, answers 403 and hangs up."""

    requests: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    data = conn.recv(4096)
                except OSError:
                    data = b""
                if data:
                    self.requests.append(data.split(b"\r\n", 1)[0].decode("latin-1"))
                conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    def close(self) -> None:
        self.server.close()


@dataclass
class PageLoad:
    dom: str
    requests: list[str]
    console: str
    screenshot: Path | None


def load_page(page: Path, screenshot: Path | None = None, size=(1200, 800), wait_ms: int = 4000) -> PageLoad:
    proxy = RecordingProxy()
    common = [browser_path(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--disable-default-apps", "--metrics-recording-only", "--no-pings",
              f"--proxy-server=http://127.0.0.1:{proxy.port}", "--proxy-bypass-list=<-loopback>",
              f"--window-size={size[0]},{size[1]}", f"--virtual-time-budget={wait_ms}",
              "--enable-logging=stderr", "--v=0"]
    try:
        dumped = subprocess.run(common + ["--dump-dom", page.resolve().as_uri()], capture_output=True,
                                text=True, timeout=120, check=True)
        if screenshot is not None:
            subprocess.run(common + [f"--screenshot={screenshot}", page.resolve().as_uri()],
                           capture_output=True, timeout=120, check=True)
    finally:
        proxy.close()
    console = "\n".join(line for line in dumped.stderr.splitlines() if "CONSOLE" in line)
    return PageLoad(dumped.stdout, list(proxy.requests), console, screenshot)
