"""Read an application's accessibility tree over AT-SPI, as a screen reader does; run with Debian's
/usr/bin/python3 (pyatspi is not on PyPI in a usable form). Prints JSON: [[depth, role, name, showing], …].

    /usr/bin/python3 tests/app/atspi_reader.py APP_NAME [SECTION]

With SECTION, first chooses that item of the "Sections" list through AT-SPI's Selection interface, as a
screen reader user does, and reads the tree once it shows.
"""

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]  # Debian's, for /usr/bin/python3

LIMIT = 6000


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


def find(node, role, name):
    if node is None:
        return None
    try:
        if node.getRoleName() == role and node.name == name:
            return node
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return None
    for child in children:
        found = find(child, role, name)
        if found is not None:
            return found
    return None


def choose_section(app, section):
    sections = find(app, "list", "Sections")
    if sections is None:
        return False
    for i in range(sections.childCount):
        if (sections.getChildAtIndex(i).name or "").startswith(section):
            sections.querySelection().selectChild(i)
            time.sleep(1.5)  # the section is built and laid out
            return True
    return False


def main():
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    found = [a for a in apps if a is not None and sys.argv[1].lower() in (a.name or "").lower()]
    out: list[list[object]] = []
    chosen = None
    if found:
        if len(sys.argv) > 2:
            chosen = choose_section(found[0], sys.argv[2])
        walk(found[0], 0, out)
    print(json.dumps({"apps": [a.name for a in apps if a is not None], "tree": out, "chosen": chosen}))


main()
