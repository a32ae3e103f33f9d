"""Package layout (issue 15): no import cycles among credgate modules, no command imports another command.

Imports are read with :mod:`ast` (nothing is imported), at module top and inside functions alike: an import
inside a function still ties the two modules together.  ``if TYPE_CHECKING:`` blocks are left out (they
never run)."""
from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "credgate"


def _modules() -> dict[str, Path]:
    mods = {}
    for p in sorted(PKG.rglob("*.py")):
        parts = p.relative_to(PKG.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = p
    return mods


def _runtime_imports(tree: ast.AST) -> list[ast.AST]:
    out: list[ast.AST] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for o in child.orelse:
                    visit(o)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                out.append(child)
            visit(child)

    visit(tree)
    return out


def import_graph() -> dict[str, set[str]]:
    """Each credgate module and the credgate modules it imports."""
    mods = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        is_pkg = path.name == "__init__.py"
        targets: set[str] = set()
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                cands = [a.name for a in node.names]
            else:
                base = node.module or ""
                if node.level:
                    pkg = name.split(".") if is_pkg else name.split(".")[:-1]
                    pkg = pkg[: len(pkg) - node.level + 1]
                    base = ".".join(pkg + ([node.module] if node.module else []))
                cands = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base for a in node.names]
            for c in cands:
                while c and c not in mods:
                    c = c.rpartition(".")[0]
                if c and c != name:
                    targets.add(c)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    x = stack.pop()
                    on.discard(x)
                    comp.append(x)
                    if x == v:
                        break
                if len(comp) > 1:
                    found.append(sorted(comp))
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_imports_inside_functions() -> None:
    g = import_graph()
    assert "credgate.sources.git.changes" in g["credgate.hooks.githooks"]
    assert "credgate.linter.engine" in g["credgate.scan"]  # imported inside make_engine


def test_no_import_cycles_among_credgate_modules() -> None:
    assert cycles(import_graph()) == []


def test_no_command_imports_another_command() -> None:
    g = import_graph()
    offenders = {m: sorted(t for t in ts if t.startswith("credgate.commands.") or t == "credgate.commands")
                 for m, ts in g.items() if m.startswith("credgate.commands.")}
    assert {m: ts for m, ts in offenders.items() if ts} == {}


def test_iac_does_not_import_the_engine() -> None:
    g = import_graph()
    assert not {m for m, ts in g.items() if m.startswith("credgate.iac") and "credgate.linter.engine" in ts}


def _spawns_git(path: Path) -> bool:
    """A list or tuple literal that starts with "git" (a command line handed to subprocess)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.List, ast.Tuple)) and node.elts:
            first = node.elts[0]
            if isinstance(first, ast.Constant) and first.value == "git":
                return True
    return False


# one-line lookups (HEAD for a report header, the top level for `credgate init`, CodeBuild's checkout
# checks) that predate credgate.sources.git; nothing may join them
GIT_OUTSIDE_SOURCES = {"credgate.report.common", "credgate.ci.codebuild", "credgate.commands.init"}


def test_git_is_run_only_by_credgate_sources_git() -> None:
    spawning = {m for m, p in _modules().items() if not m.startswith("credgate.sources.git") and _spawns_git(p)}
    assert "credgate.audit.collectors.codecommit" not in spawning  # clones go through sources.git.mirror
    assert spawning <= GIT_OUTSIDE_SOURCES, sorted(spawning - GIT_OUTSIDE_SOURCES)


def _function_level_imports(tree: ast.AST) -> list[str]:
    """Modules imported inside functions (``if TYPE_CHECKING:`` left out)."""
    out: list[str] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if in_function and isinstance(child, ast.Import):
                out.extend(a.name for a in child.names)
            elif in_function and isinstance(child, ast.ImportFrom):
                out.append("." * child.level + (child.module or ""))
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(tree, False)
    return out


# Imports of credgate modules that stay inside a function, each for a reason given at the import:
# credgate.main is the command boundary (a command's modules load only when it runs); the rest keep
# code off the hook path (`python -X importtime -m credgate hook pre-commit` must not load more).
LAZY_CREDGATE_IMPORTS = {
    ("credgate.main", "credgate.hooks.githooks"),
    ("credgate.main", "credgate.hooks.policy"),
    ("credgate.main", "credgate.report"),
    ("credgate.main", "credgate.safety"),
    ("credgate.commands.hook", "credgate.hooks"),  # `from credgate.hooks import receive`: the server's hook only
    ("credgate.iac", "credgate.iac.runner"),  # IaC analysis only for IaC content
    ("credgate.iac.names", "credgate.linter.validators"),
    ("credgate.linter.engine", "credgate.linter.awspair"),
    ("credgate.linter.engine", "credgate.linter.validators"),
    ("credgate.linter.engine", "credgate.linter"),  # `from credgate.linter import cfgview`: YAML with an embedded config only
    ("credgate.linter.decode", "credgate.linter.validators"),  # hex_password: only for a hex dump file
    ("credgate.linter.ruleset", "credgate.linter.validators"),
    ("credgate.linter.ruleset", "credgate.iac.rules"),  # ids of the IaC checks: only when disabled_rules is set
    ("credgate.linter.shellflow", "credgate.iac.commands"),  # only for a shell script with literal variables
    ("credgate.linter.shellflow", "credgate.iac.rules"),  # the rule's data: only when a flow is found
    ("credgate.scan", "credgate.linter.baseline"),  # --baseline only
    ("credgate.scan", "credgate.verify"),  # --verify only
    ("credgate.scan", "credgate.report.text"),  # --output only
    ("credgate.commands.git", "credgate"),  # `from credgate import progress`: history audits only
    ("credgate.commands.git", "credgate.sources.git.remote"),  # URL parsing: `git URL`/--repos-file only
    ("credgate.iac", "credgate.iac"),  # `from credgate.iac import rules` on first use: a hook only sniffs
    ("credgate.scan", "credgate.sources.archives"),  # history audits only (off the hook path)
    ("credgate.scan", "credgate.sources.git.archived"),  # history audits only
    ("credgate.scan", "credgate.sources.git.blobcache"),  # history audits only
    ("credgate.scan", "credgate.sources.git.exposure"),  # history audits only
    ("credgate.scan", "credgate.sources.git.history"),  # history audits only
    ("credgate.scan", "credgate.sources.git.remote"),  # remote audits only
    ("credgate.scan", "credgate.sources.git.run"),  # history audits only
    ("credgate.triage", "credgate"),  # `from credgate import verify`: --verify only
    ("credgate.sources.git.changes", "credgate.sources.git.history"),  # ranges of thousands of commits only
}


def test_credgate_modules_are_imported_at_module_top() -> None:
    found = set()
    for name, path in _modules().items():
        for target in _function_level_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if target == "credgate" or target.startswith(("credgate.", ".")):
                found.add((name, target))
    assert found - LAZY_CREDGATE_IMPORTS == set(), "import these at module top (or say why not, here and there)"
    assert LAZY_CREDGATE_IMPORTS - found == set(), "no longer lazy: drop from LAZY_CREDGATE_IMPORTS"
