#!/usr/bin/env python3
"""The layers of checks/ link one way: no library uses a symbol that only a later layer defines.

    link_layering.py NM core=libjoindoctor_core.a input=libjoindoctor_input.a ...

Layers are given in order. A declaration in a lower folder implemented in a higher one passes the
include check (cmake/check_layering.cmake) but not this one.
"""
import subprocess
import sys


def symbols(nm, archive, *flags):
    out = subprocess.run([nm, "-C", *flags, archive], check=True, capture_output=True,
                         text=True).stdout
    for line in out.splitlines():
        parts = line.split(None, 1) if line.startswith(" ") else line.split(" ", 2)[1:]
        if len(parts) == 2 and "jd::" in parts[1]:
            yield parts[0], parts[1]


def main():
    nm, layers = sys.argv[1], [arg.split("=", 1) for arg in sys.argv[2:]]
    if len(layers) < 2:
        sys.exit(__doc__)
    defined, used = {}, {}
    for name, archive in layers:
        for kind, symbol in symbols(nm, archive, "--defined-only", "-g"):
            if kind != "U":
                defined.setdefault(symbol, set()).add(name)
        used[name] = {symbol for kind, symbol in symbols(nm, archive, "-u") if kind == "U"}
    order = [name for name, _ in layers]
    problems = []
    for rank, name in enumerate(order):
        for symbol in sorted(used[name]):
            where = defined.get(symbol, set())
            if where and all(order.index(w) > rank for w in where):
                problems.append(f"{name}/ uses {symbol}, defined only in {', '.join(sorted(where))}/")
    if problems:
        print("checks/ link layering:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print(f"checks/ link layering holds: {sum(map(len, used.values()))} uses of jd:: symbols "
          f"across {len(order)} layers")


if __name__ == "__main__":
    main()
