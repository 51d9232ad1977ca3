"""Headless Chromium, for the screenshot of the web page and the test that renders it."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

# Debian's package installs `chromium`; Ubuntu's and some others `chromium-browser`.
CHROMIUM_COMMANDS = ("chromium", "chromium-browser")
TIMEOUT = 120  # seconds: a cold start in a slow CI container takes a few
SCREEN = (1280, 2000)


class BrowserError(RuntimeError):
    """Chromium failed, timed out or wrote nothing."""


def find_chromium() -> str | None:
    """The path of the Chromium command on PATH, or None when there is none."""
    for name in CHROMIUM_COMMANDS:
        found = shutil.which(name)
        if found:
            return found
    return None


def headless(chromium: str, page: Path, *args: str, user_data_dir: Path) -> str:
    """Open the local `page` in headless Chromium with `args`; return what it printed.

    A throwaway profile (`user_data_dir`) keeps runs from sharing state or locking each other
    out. --no-sandbox because CI runs as root, where Chromium's sandbox refuses to start; the
    page is our own local file.
    """
    command = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1",
        f"--user-data-dir={user_data_dir}", *args, page.resolve().as_uri(),
    ]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise BrowserError(f"chromium took more than {TIMEOUT} s on {page}") from None
    if done.returncode != 0:
        # Chromium logs a lot (D-Bus, GPU) even when it works: show only the end of it.
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise BrowserError(f"chromium exited with {done.returncode} on {page}:\n{tail}")
    return done.stdout


def dump_dom(chromium: str, page: Path, *, user_data_dir: Path) -> str:
    """The page's DOM as serialised after load, once its scripts have run."""
    return headless(chromium, page, "--dump-dom", user_data_dir=user_data_dir)


def screenshot(
    chromium: str, page: Path, png: Path, *, user_data_dir: Path, size: tuple[int, int] = SCREEN
) -> None:
    """A PNG of the page in a `size` window, written atomically: a failed run keeps the old one."""
    # Chromium picks the image format by the file's suffix: the temporary name ends in .png.
    fd, name = tempfile.mkstemp(prefix=f".{png.stem}.", suffix=".tmp.png", dir=png.parent)
    os.close(fd)
    temp = Path(name)
    try:
        temp.unlink()  # so an empty file cannot pass for Chromium's
        headless(
            chromium,
            page,
            f"--screenshot={temp}",
            f"--window-size={size[0]},{size[1]}",
            user_data_dir=user_data_dir,
        )
        if not temp.is_file() or temp.stat().st_size == 0:
            raise BrowserError(f"chromium wrote no screenshot of {page}")
        os.replace(temp, png)
    finally:
        temp.unlink(missing_ok=True)
