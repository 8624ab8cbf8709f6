"""Links from a lesson to its report: through the Jupyter server's /files/ URL when a server started the kernel
(found by its runtime file), a file:// link otherwise."""
import json
import os

from analysis.report.lab import links as jupyter_link
from analysis.teaching.helpers import lessons


def _server(tmp_path, monkeypatch, root, base_url="/"):
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    info = {"pid": 4321, "root_dir": str(root), "base_url": base_url, "url": "http://127.0.0.1:8888/"}
    (runtime / "jpserver-4321.json").write_text(json.dumps(info), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv(jupyter_link.PARENT_ENV, "4321")


def test_a_report_under_the_servers_root_opens_through_files_in_a_new_tab(tmp_path, monkeypatch):
    root = tmp_path / "lab"
    report = root / "teaching" / "work" / "reports" / "2026 run"
    report.mkdir(parents=True)
    _server(tmp_path, monkeypatch, root)
    html = lessons.report_link(report)
    assert 'href="/files/teaching/work/reports/2026%20run/index.html"' in html
    assert 'target="_blank"' in html


def test_the_link_keeps_the_servers_base_url(tmp_path, monkeypatch):
    root = tmp_path / "lab"
    (root / "r").mkdir(parents=True)
    _server(tmp_path, monkeypatch, root, base_url="/user/ana/")
    assert jupyter_link.files_url(root / "r" / "index.html") == "/user/ana/files/r/index.html"


def test_without_a_server_or_outside_its_root_the_link_is_a_file_link(tmp_path, monkeypatch):
    report = tmp_path / "elsewhere"
    report.mkdir()
    monkeypatch.delenv(jupyter_link.PARENT_ENV, raising=False)
    assert f'href="{(report / "index.html").as_uri()}"' in lessons.report_link(report)
    _server(tmp_path, monkeypatch, tmp_path / "lab")
    assert jupyter_link.files_url(report / "index.html") is None
    assert "file://" in lessons.report_link(report)


def test_a_runtime_file_of_another_server_is_not_used(tmp_path, monkeypatch):
    _server(tmp_path, monkeypatch, tmp_path)
    monkeypatch.setenv(jupyter_link.PARENT_ENV, str(os.getpid()))
    assert jupyter_link.server_info() is None


def _report(folder):
    folder.mkdir(parents=True)
    for name in ("index.html", "manifest.json", "01_loaded_terms.html", "tables.csv"):
        (folder / name).write_text("x", encoding="utf-8")
    (folder / "img").mkdir()
    (folder / "img" / "chart.png").write_bytes(b"\x89PNG")
    return folder


def test_the_server_extension_serves_report_pages_and_nothing_else(tmp_path):
    from analysis.report.lab.server import report_file

    root = tmp_path / "lab"
    report = _report(root / "work" / "reports" / "run")
    (root / "notes.html").write_text("not a report", encoding="utf-8")
    (root / ".hidden").mkdir()
    _report(root / ".hidden" / "run")
    (tmp_path / "outside.html").write_text("x", encoding="utf-8")
    assert report_file(root, "work/reports/run/01_loaded_terms.html") == report / "01_loaded_terms.html"
    assert report_file(root, "work/reports/run/img/chart.png") == report / "img" / "chart.png"
    assert report_file(root, "work/reports/run/tables.csv") is None  # data files stay behind /files/
    assert report_file(root, "work/reports/run/manifest.json") is None
    assert report_file(root, "notes.html") is None  # not inside a report folder
    assert report_file(root, ".hidden/run/index.html") is None
    assert report_file(root, "../outside.html") is None
    assert report_file(root, "work/reports/run/missing.html") is None
