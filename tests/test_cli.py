"""The command line: exit codes, outputs, messages for bad arguments."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from marsad.cli import EXIT_NOTHING, EXIT_PARTIAL, cli


def test_analyze_writes_database_json_and_report(seeds_dir, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["analyze", str(seeds_dir), "--db", str(out / "m.db"),
                                      "--json", str(out / "a.json"), "--html", str(out / "report"), "-q"])
    assert result.exit_code == 0, result.output
    doc = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "marsad.analysis.v1"
    for key in ("documents", "stories", "topics", "rejections"):
        assert key in doc
    first = doc["documents"][0]
    for key in ("id", "path", "outlet", "url", "title", "published", "published_from", "body", "removed",
                "duplicate_of", "wire_copies"):
        assert key in first
    assert (out / "report" / "index.html").exists()


def test_partial_batch_exits_3_and_names_the_rejected_file(seeds_dir, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(cli, ["analyze", str(seeds_dir), str(tmp_path / "empty.txt"),
                                      "--db", str(tmp_path / "m.db")])
    assert result.exit_code == EXIT_PARTIAL
    assert "empty.txt" in result.output


def test_nothing_usable_exits_4(tmp_path):
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "m.db"), "-q"])
    assert result.exit_code == EXIT_NOTHING


def test_unknown_setting_is_a_clear_error(seeds_dir, tmp_path):
    result = CliRunner().invoke(cli, ["analyze", str(seeds_dir), "--db", str(tmp_path / "m.db"),
                                      "--set", "story_treshold=0.5"])
    assert result.exit_code == 1
    assert "unknown setting 'story_treshold'" in result.output
    assert "story_threshold" in result.output


def test_every_command_and_setting_is_documented_in_the_readme():
    from pathlib import Path

    from marsad.settings import SETTINGS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"marsad {name}" in readme, name
    for s in SETTINGS:
        assert s.name in readme, s.name


def test_report_applies_settings_to_what_it_writes(seeds_dir, tmp_path):
    db = tmp_path / "m.db"
    assert CliRunner().invoke(cli, ["analyze", str(seeds_dir), "--db", str(db), "-q"]).exit_code == 0
    for n in (1, 3):
        out = tmp_path / f"a{n}.json"
        result = CliRunner().invoke(cli, ["report", "--db", str(db), "--json", str(out),
                                          "--set", f"summary_sentences={n}"])
        assert result.exit_code == 0, result.output
        stories = [s for s in json.loads(out.read_text(encoding="utf-8"))["summaries"] if s["scope"] == "story"]
        assert stories and max(len(s["sentences"]) for s in stories) == n


def test_python_dash_m_marsad_runs_the_command_line():
    import subprocess
    import sys

    from marsad import __version__

    out = subprocess.run([sys.executable, "-m", "marsad", "--version"], capture_output=True, text=True, check=True)
    assert __version__ in out.stdout


def test_the_analysis_json_is_replaced_only_once_written_whole(tmp_path):
    from marsad import analysis

    out = tmp_path / "out" / "analysis.json"
    analysis.write_json({"schema": "marsad.analysis.v1", "documents": [{"title": "العراق وأميركا"}]}, out)
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["title"] == "العراق وأميركا"
    # a write that fails half-way (here: a value JSON cannot hold) leaves the previous file as it was, and no debris
    with pytest.raises(TypeError):
        analysis.write_json({"schema": "marsad.analysis.v1", "documents": [object()]}, out)
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["title"] == "العراق وأميركا"
    assert [p.name for p in out.parent.iterdir()] == ["analysis.json"]
