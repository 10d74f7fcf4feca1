"""A real server and a real browser for the browser tests (and the screenshots in docs/img).

The server is ``python -m frontwatch serve`` in a subprocess (uvicorn on 127.0.0.1 and a free
port); the browser is Debian's Chromium driven by Playwright (``playwright install`` is never
needed: the browser is ``/usr/bin/chromium``). Without either, the tests skip and say why.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from serve_ledgers import ROOT, TOKEN

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 860}
# Recorded in the page before any of its scripts run: what the Content-Security-Policy blocked.
WATCH_POLICY = """
window.__blocked = [];
document.addEventListener("securitypolicyviolation",
                          (e) => window.__blocked.push(`${e.violatedDirective} ${e.blockedURI}`));
"""


def browser_unavailable() -> str | None:
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM}: apt-get install -y chromium (CI installs it)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed: pip install -e '.[test]'"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(base: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"frontwatch serve exited ({process.returncode}):\n{log.read_text()}")
        try:
            if httpx.get(f"{base}/api/status", timeout=30).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"frontwatch serve did not answer within {timeout} s:\n{log.read_text()}")


@contextmanager
def live_server(db: Path, home: Path, assets: Path) -> Iterator[str]:
    """``frontwatch serve --db DB`` on a free port, with the test token; its base URL."""
    port = free_port()
    settings = home / "serve-settings.toml"
    settings.write_text("# the test server's settings: the environment below, nothing from the user's file\n")
    # FRONTWATCH_HOME stays as it is: the gazetteer lives there, built once (minutes), shared with
    # the other tests. The user's own settings file is kept out by naming an empty one.
    env = {**os.environ, "FRONTWATCH_SETTINGS": str(settings), "FRONTWATCH_SERVE_ASSETS": str(assets),
           "FRONTWATCH_SERVE_TOKEN": TOKEN}
    log = home / f"serve-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "frontwatch", "serve", "--db", str(db), "--port", str(port)],
                                   stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process, log)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@dataclass
class Visit:
    """A page of the app, with what it did that it should not have."""

    page: Any
    base: str
    errors: list[str] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)  # requests that left the server

    def open(self, fragment: str = "") -> Any:
        self.page.goto(f"{self.base}/{fragment}")
        # A selector, not wait_for_function: that evaluates a string, which the page's policy forbids.
        self.page.wait_for_selector("body[data-ready='true']", state="attached", timeout=30_000)
        return self.page

    def blocked(self) -> list[str]:
        return list(self.page.evaluate("window.__blocked"))


def visit(browser: Any, base: str) -> Visit:
    page = browser.new_page(viewport=VIEWPORT)
    seen = Visit(page, base)
    page.add_init_script(WATCH_POLICY)
    page.on("pageerror", lambda err: seen.errors.append(str(err)))
    page.on("console", lambda msg: seen.errors.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda req: None if req.url.startswith((base, "data:")) else seen.elsewhere.append(req.url))
    return seen


def save_screenshot(page: Any, name: str) -> None:
    """Into $FRONTWATCH_SCREENSHOTS (docs/img for the docs: scripts/screenshots.sh), when it is set."""
    folder = os.environ.get("FRONTWATCH_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / name))
