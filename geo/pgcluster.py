"""A throwaway PostgreSQL + PostGIS cluster for tests, benchmarks and trying the team store.

    python -m geo.pgcluster start [--dir DIR]   prints the STRIKEMAP_DB url of a new cluster
    python -m geo.pgcluster stop DIR            stops it and deletes DIR

The cluster lives in a temporary folder, listens on a Unix socket in that folder only
(no TCP port), and runs as an unprivileged user: PostgreSQL refuses to run as root, so
when we are root (CI, containers) the server runs as the ``postgres`` system user that
Debian's package creates (else ``nobody``), through ``runuser``. No system service, no
Docker. Debian's binaries live in /usr/lib/postgresql/<version>/bin (not on PATH).
"""
from __future__ import annotations

import argparse
import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

DBNAME = "strikemap"
SUPERUSER = "strikemap"


class ClusterError(RuntimeError):
    """PostgreSQL could not be started (not installed, initdb failed ...)."""


def bin_dir() -> Path:
    """The folder of initdb/pg_ctl: the newest Debian /usr/lib/postgresql/N/bin, else PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    which = shutil.which("pg_ctl")
    if which:
        return Path(which).resolve().parent
    raise ClusterError("PostgreSQL is not installed: run `bash scripts/setup.sh --dev` "
                       "(Debian packages postgresql and postgis)")


def postgis_available() -> bool:
    """True when the PostGIS extension files of this PostgreSQL are installed."""
    try:
        out = subprocess.run([str(bin_dir() / "pg_config"), "--sharedir"], capture_output=True,
                             text=True, check=True).stdout.strip()
    except (ClusterError, OSError, subprocess.CalledProcessError):
        out = ""
    shares = ([Path(out)] if out else []) + [Path(p) for p in glob.glob("/usr/share/postgresql/*")]
    return any((s / "extension" / "postgis.control").exists() for s in shares)


def _run_user() -> str | None:
    """The user the server runs as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise ClusterError("running as root and neither a 'postgres' nor a 'nobody' user exists")


def _as_user(cmd: list[str], user: str | None) -> list[str]:
    if user is None:
        return cmd
    runuser = shutil.which("runuser") or "/usr/sbin/runuser"
    return [runuser, "-u", user, "--"] + cmd


@dataclass
class Cluster:
    dir: Path               # holds data/ and the socket
    user: str | None        # OS user the server runs as (None: ourselves)

    @property
    def data(self) -> Path:
        return self.dir / "data"

    @property
    def socket_dir(self) -> Path:
        return self.dir

    def url(self, dbname: str = DBNAME) -> str:
        """The STRIKEMAP_DB url of a database of this cluster (Unix socket, trust auth)."""
        return f"postgresql://{SUPERUSER}@/{dbname}?host={self.socket_dir}"

    def _pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = _as_user([str(bin_dir() / "pg_ctl"), "-D", str(self.data), *args], self.user)
        return subprocess.run(cmd, capture_output=True, text=True, check=check,
                              stdin=subprocess.DEVNULL)

    def running(self) -> bool:
        return self._pg_ctl("status", check=False).returncode == 0

    def stop(self, remove: bool = True) -> None:
        if (self.data / "postmaster.pid").exists():
            self._pg_ctl("stop", "-m", "immediate", "-w", "-t", "30", check=False)
        if remove:
            shutil.rmtree(self.dir, ignore_errors=True)

    def psql(self, sql: str, dbname: str = DBNAME) -> str:
        """Run SQL as the superuser through psycopg (no psql binary needed)."""
        import psycopg
        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname=dbname,
                             autocommit=True) as conn:
            cur = conn.execute(sql)
            return "" if cur.description is None else "\n".join(
                "|".join(str(v) for v in row) for row in cur.fetchall())

    def create_database(self, name: str, template: str = DBNAME) -> str:
        """A new database copied from ``template`` (PostGIS already created there); its url."""
        self.psql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"', dbname="postgres")
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', dbname="postgres")


def start(directory: str | Path | None = None, postgis: bool = True) -> Cluster:
    """initdb + start a new cluster in ``directory`` (default: a new temporary folder),
    with a database ``strikemap`` holding the PostGIS extension."""
    user = _run_user()
    folder = Path(directory) if directory else Path(tempfile.mkdtemp(prefix="strikemap-pg-", dir="/tmp"))
    folder.mkdir(parents=True, exist_ok=True)
    if len(str(folder)) > 80:
        raise ClusterError(f"{folder}: too long a path for a Unix socket")
    cluster = Cluster(folder, user)
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        os.chmod(folder, 0o755)
    initdb = _as_user([str(bin_dir() / "initdb"), "-D", str(cluster.data), "-U", SUPERUSER,
                       "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], user)
    done = subprocess.run(initdb, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise ClusterError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
    options = (f"-c listen_addresses='' -k {folder} -c fsync=off -c synchronous_commit=off "
               f"-c full_page_writes=off -c max_connections=100 -c shared_buffers=128MB")
    log = folder / "server.log"
    started = cluster._pg_ctl("start", "-w", "-t", "60", "-l", str(log), "-o", options, check=False)
    if started.returncode != 0:
        text = log.read_text(errors="replace")[-2000:] if log.exists() else started.stderr
        cluster.stop()
        raise ClusterError(f"PostgreSQL did not start: {text.strip()}")
    try:
        cluster.psql(f'CREATE DATABASE "{DBNAME}"', dbname="postgres")
        if postgis:
            cluster.psql("CREATE EXTENSION IF NOT EXISTS postgis")
    except Exception as exc:
        cluster.stop()
        raise ClusterError(f"PostGIS could not be created: {exc} "
                           "(install the Debian postgis packages: bash scripts/setup.sh --dev)") from None
    return cluster


def attach(directory: str | Path) -> Cluster:
    """The cluster started earlier in ``directory``."""
    return Cluster(Path(directory), _run_user())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m geo.pgcluster", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("start", help="start a throwaway cluster; prints its STRIKEMAP_DB url")
    s.add_argument("--dir", help="folder for the cluster (default: a new one under /tmp)")
    t = sub.add_parser("stop", help="stop the cluster in DIR and delete DIR")
    t.add_argument("dir")
    args = p.parse_args(argv)
    try:
        if args.command == "start":
            cluster = start(args.dir)
            print(cluster.url())
            print(f"# stop with: python -m geo.pgcluster stop {cluster.dir}", file=sys.stderr)
        else:
            attach(args.dir).stop()
    except ClusterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
