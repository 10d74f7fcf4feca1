"""The rules are general: no string in the package's code names an actor of the registry.

Names belong in the data (the registry, language files, the gazetteer). Docstrings and
comments may cite examples; string literals that the code compares or emits may not. The one
exception: recognising Ukraine's own outline in third-party map data (the Crimea fix).
"""
import ast
import re

from frontwatch.resolve.actors import ActorRegistry

from shared_paths import ROOT

ALLOWED = {("frontwatch/serve/assets.py", "Ukraine"), ("frontwatch/gazetteer/commands.py", "Ukraine")}


def registry_names() -> set[str]:
    registry = ActorRegistry.load()
    registry.get("peskov")  # parses the files
    data = registry.data
    names = {n for a in data.actors.values() for n in (a.name, *a.names) if len(n) > 3}
    return names | {m for a in data.actors.values() for bucket in a.metonyms.values() for m in bucket}


def literals(tree: ast.AST) -> list[ast.Constant]:
    docstrings = {id(node.value) for node in ast.walk(tree)
                  if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
    return [node for node in ast.walk(tree) if isinstance(node, ast.Constant)
            and isinstance(node.value, str) and id(node) not in docstrings]


def test_no_string_literal_names_a_registry_actor():
    names = registry_names()
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")
    leaks = []
    for path in sorted((ROOT / "frontwatch").rglob("*.py")):
        rel = str(path.relative_to(ROOT))
        for node in literals(ast.parse(path.read_text(encoding="utf-8"))):
            for hit in pattern.findall(node.value):
                if (rel, hit) not in ALLOWED:
                    leaks.append(f"{rel}:{node.lineno}: {hit!r}")
    assert leaks == []
