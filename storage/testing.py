"""A throwaway PostgreSQL server in a temporary directory, for tests: `TemporaryPostgres`."""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

_TRUST = "trust"


class PostgresMissingError(RuntimeError):
    """No PostgreSQL server binaries (initdb, pg_ctl, postgres) were found."""


def find_bindir() -> Path:
    """The directory of initdb/pg_ctl: `pg_config --bindir`, else /usr/lib/postgresql/*/bin."""
    candidates: list[Path] = []
    if shutil.which("pg_config"):
        found = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            candidates.append(Path(found.stdout.strip()))
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True)
    candidates += [Path(p) for p in versions]
    for bindir in candidates:
        if all((bindir / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return bindir
    raise PostgresMissingError(
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found: install "
        "postgresql (e.g. apt-get install postgresql) or put pg_config on PATH"
    )


def _version(path: str) -> float:
    try:
        return float(Path(path).parent.name)
    except ValueError:
        return 0.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class TemporaryPostgres:
    """initdb + pg_ctl start in a temporary directory (as `nobody` when run as root), trust
    authentication on 127.0.0.1, no fsync; `stop()` (also at exit) removes everything."""

    def __init__(self, root: Path | None = None, **settings: str) -> None:
        """`settings` are server settings for the command line (shared_buffers="1GB"). With a
        `root` the server lives there and is kept: started again on its data, never removed."""
        self.settings = settings
        self.bindir = find_bindir()
        self.port = _free_port()
        self.keep = root is not None
        self.root = root or Path(tempfile.mkdtemp(prefix="counterclaim-pg-"))
        self.data = self.root / "data"
        self._running = False

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bindir / tool), *args]
        if os.geteuid() == 0:  # initdb refuses root: run the server as nobody
            command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed: {(done.stderr or done.stdout).strip()[-500:]}")

    def start(self) -> TemporaryPostgres:
        self.root.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "nobody")
        if not (self.data / "PG_VERSION").exists():
            self._init()
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        options += "".join(f" -c {name}={value}" for name, value in self.settings.items())
        atexit.register(self.stop)
        self._running = True
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "start")  # fmt: skip
        return self

    def _init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", _TRUST, "--no-sync",
                  "-E", "UTF8", "--locale=C")  # fmt: skip

    def stop(self) -> None:
        """Stop the server and remove its directory (a kept one: stopped cleanly, left);
        safe to call twice."""
        if self._running:
            self._running = False
            mode = "fast" if self.keep else "immediate"
            with contextlib.suppress(RuntimeError):  # already gone
                self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def has_database(self, name: str) -> bool:
        import psycopg  # the driver: only when a database is asked about

        with psycopg.connect(self.url(), autocommit=True) as conn:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            return found.fetchone() is not None

    def create_database(self, name: str, template: str = "template0") -> str:
        """CREATE DATABASE `name` (a copy of `template`); returns its URL."""
        import psycopg  # the driver: only when a database is made

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)
