"""The CLI end to end, as a user runs it (a real subprocess)."""
import json
import subprocess
import sys

from shared_paths import ROOT, SEED


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "frontwatch", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def test_bad_files_get_one_line_each_and_the_good_ones_are_analysed(tmp_path, shared):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    png = tmp_path / "picture.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("El ejército ucraniano negó el miércoles que Rusia hubiera tomado la aldea, "
                       "según declaró el portavoz.".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    result = run_cli("analyze", empty, SEED, png, missing, latin1, "--published", "2025-08-27", "--json")
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3, result.stderr
    assert "empty.txt" in errors[0] and "empty" in errors[0]
    assert "picture.png" in errors[1] and "PNG" in errors[1]
    assert "missing.txt" in errors[2] and "no such file" in errors[2]
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["document"]["id"] for o in outputs] == ["article", "latin1"]
    assert outputs[1]["document"]["language"] == "es"


def test_latin1_text_keeps_its_accents(tmp_path):
    latin1 = tmp_path / "frase.txt"
    latin1.write_bytes('"No nos rendiremos", declaró el ministro ucraniano el miércoles.'.encode("latin-1"))
    result = run_cli("analyze", latin1, "--published", "2025-08-27", "--json")
    assert result.returncode == 0, result.stderr
    analysis = json.loads(result.stdout)
    texts = [s["text"] for s in analysis["statements"]]
    assert texts == ["No nos rendiremos"]


def test_readable_report_lists_statements_and_events(shared):
    result = run_cli("analyze", SEED, "--published", "2025-08-27")
    assert result.returncode == 0, result.stderr
    assert "Statements (" in result.stdout and "Events (" in result.stdout
    assert "territory.capture" in result.stdout


def test_no_command_prints_usage_and_fails():
    result = run_cli()
    assert result.returncode == 2 and "usage" in result.stderr
