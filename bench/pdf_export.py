"""PDF export of 20 pages × 1,000 pressure strokes, against `xournalpp --create-pdf` on the same strokes.

Budget: at most half of xournalpp's time. The benchmark writes the same strokes as an .xopp file (Xournal++'s
gzipped XML, per-segment widths carrying the pressure) and runs both. Needs the Debian package `xournalpp`
(run under xvfb-run when no display is available). Prints JSON.
Usage: python bench/pdf_export.py [--pages 20] [--strokes 1000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from astegni_desktop.canvas.export import export_pdf  # noqa: E402
from astegni_desktop.canvas.render import CURVE  # noqa: E402
from astegni_desktop.ink import Board, Page  # noqa: E402
from astegni_desktop.ink.geometry import widths  # noqa: E402
from bench._ink import strokes  # noqa: E402


def build_board(pages: int, per_page: int) -> Board:
    board = Board(title="bench", pages=[])
    for i in range(pages):
        page = Page(title=f"Page {i + 1}")
        page.add_many(strokes(per_page, seed=100 + i))
        board.pages.append(page)
    return board


def write_xopp(board: Board, path: Path) -> None:
    parts = [
        '<?xml version="1.0" standalone="no"?>\n<xournal creator="Xournal++ 1.1.3" fileversion="4">\n'
        "<title>Xournal++ document - see https://github.com/xournalpp/xournalpp</title>\n"
    ]
    for page in board.pages:
        parts.append(
            f'<page width="{page.width:.0f}" height="{page.height:.0f}">\n'
            '<background type="solid" color="#ffffffff" style="plain"/>\n<layer>\n'
        )
        for s in page:
            w = widths(s.points, s.width, CURVE, True)
            seg = [(w[i] + w[i + 1]) / 2 for i in range(len(w) - 1)]
            width_attr = " ".join(f"{v:.2f}" for v in [s.width, *seg])
            coords = " ".join(f"{x:.2f} {y:.2f}" for x, y in s.points[:, :2].tolist())
            parts.append(f'<stroke tool="pen" color="{s.color}ff" width="{width_attr}">{coords}</stroke>\n')
        parts.append("</layer>\n</page>\n")
    parts.append("</xournal>\n")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--strokes", type=int, default=1000)
    args = parser.parse_args()
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    board = build_board(args.pages, args.strokes)
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "ours.pdf"
        t = time.perf_counter()
        export_pdf(board, ours)
        ours_s = time.perf_counter() - t
        result: dict[str, object] = {
            "benchmark": "pdf_export",
            "pages": args.pages,
            "strokes_per_page": args.strokes,
            "astegni_seconds": round(ours_s, 2),
            "astegni_pdf_kb": ours.stat().st_size // 1024,
        }
        xopp_bin = shutil.which("xournalpp")
        if xopp_bin is None:
            result["xournalpp"] = "not installed (apt-get install xournalpp)"
        else:
            source = Path(tmp) / "same.xopp"
            write_xopp(board, source)
            theirs = Path(tmp) / "xournalpp.pdf"
            cmd = [xopp_bin, f"--create-pdf={theirs}", str(source)]
            if not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
                cmd = ["xvfb-run", "-a", *cmd]
            t = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
            theirs_s = time.perf_counter() - t
            ok = done.returncode == 0 and theirs.exists()
            result.update(
                {
                    "xournalpp_seconds": round(theirs_s, 2),
                    "xournalpp_ok": ok,
                    "xournalpp_pdf_kb": theirs.stat().st_size // 1024 if ok else None,
                    "ratio": round(ours_s / theirs_s, 2) if ok else None,
                    "budget_ratio": 0.5,
                    "ok": ok and ours_s <= 0.5 * theirs_s,
                }
            )
            if not ok:
                result["xournalpp_error"] = (done.stderr or done.stdout)[-300:]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
