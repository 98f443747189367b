"""Read an application's accessibility tree over AT-SPI, as a screen reader does; run with Debian's
/usr/bin/python3 (pyatspi is not on PyPI in a usable form). Prints JSON: [[depth, role, name, showing], …].

    /usr/bin/python3 tests/app/atspi_reader.py APP_NAME
"""

import json
import sys

import pyatspi  # type: ignore[import-not-found]  # Debian's, for /usr/bin/python3

LIMIT = 4000


def walk(node, depth, out):
    if node is None or len(out) >= LIMIT:
        return
    try:
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
        out.append([depth, node.getRoleName(), node.name or "", showing])
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a node that went away while being read
        return
    for child in children:
        walk(child, depth + 1, out)


def main():
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    found = [a for a in apps if a is not None and sys.argv[1].lower() in (a.name or "").lower()]
    out: list[list[object]] = []
    if found:
        walk(found[0], 0, out)
    print(json.dumps({"apps": [a.name for a in apps if a is not None], "tree": out}))


main()
