"""`astegni-devserver`: serve the imitation Astegni API on loopback."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys

import uvicorn
from sqlalchemy.exc import SQLAlchemyError

from .app import ServerOptions, create_app
from .config import parse_defects
from .db import DatabaseURLError
from .faults import KINDS, FaultPlan
from .runner import bind_socket
from .seed import DEMO_STUDENT, DEMO_TUTOR


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="astegni-devserver",
        description="A local imitation of the Astegni tutor API (CONTRACT.md), for demos and client tests.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to bind (default: 8000; 0 picks a free one)")
    p.add_argument(
        "--db",
        default="sqlite:///astegni-devserver.db",
        help="SQLAlchemy URL: sqlite:///file.db (default) or postgresql+psycopg://user:pw@host/db",
    )
    p.add_argument(
        "--seed",
        choices=("demo", "empty", "none"),
        default="demo",
        help="data for a new database: demo world, only the two demo accounts, or nothing",
    )
    p.add_argument(
        "--deployed-defects",
        nargs="?",
        const="all",
        default=None,
        metavar="D2,D4",
        help="reproduce the deployed server's defects (CONTRACT.md §10): all, or a comma list",
    )
    p.add_argument(
        "--same-ids",
        action="store_true",
        help="seed the demo student with profile id = the demo tutor's user id (CONTRACT.md §13)",
    )
    p.add_argument(
        "--faults",
        default=None,
        metavar="SPEC",
        help=f"inject faults, e.g. rate=0.2,kinds=drop_after+500,seed=7 (kinds: {'+'.join(KINDS)})",
    )
    p.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    return p


def fail(message: str) -> int:
    print(f"astegni-devserver: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        defects = parse_defects(args.deployed_defects)
        faults = FaultPlan.parse(args.faults) if args.faults else None
    except ValueError as exc:
        return fail(str(exc))
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        return fail(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    try:
        app = create_app(
            ServerOptions(
                db_url=args.db, seed=args.seed, defects=defects, faults=faults, same_ids=args.same_ids
            )
        )
    except DatabaseURLError as exc:
        sock.close()
        return fail(str(exc))
    except SQLAlchemyError as exc:
        sock.close()
        first = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return fail(f"cannot open database {args.db}: {first}")
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Astegni dev server on http://{host}:{port}  (database: {args.db})")
    if defects:
        print(f"Reproducing deployed defects: {', '.join(sorted(defects, key=lambda d: int(d[1:])))}")
    if faults:
        print(f"Injecting faults: rate={faults.rate} kinds={'+'.join(faults.kinds)} seed={faults.seed}")
    if args.seed != "none":
        print("Demo accounts (password after the slash):")
        print(f"  tutor    {DEMO_TUTOR[0]} / {DEMO_TUTOR[1]}   (also holds the student role)")
        print(f"  student  {DEMO_STUDENT[0]} / {DEMO_STUDENT[1]}")
    sys.stdout.flush()
    config = uvicorn.Config(
        app,
        log_level=args.log_level,
        loop="asyncio",
        http="httptools",
        ws="websockets-sansio",
        lifespan="off",
        timeout_graceful_shutdown=2,
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(uvicorn.Server(config).serve(sockets=[sock]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
