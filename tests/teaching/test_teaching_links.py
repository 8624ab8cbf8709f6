"""Links from a lesson to its report: through the Jupyter server's /files/ URL when a server started the kernel
(found by its runtime file), a file:// link otherwise."""
import json
import os

from analysis.report.lab import links as jupyter_link
from analysis.teaching.helpers import lessons


def _server(tmp_path, monkeypatch, root, base_url="/", serves=False):
    """A server's runtime file for ``root``; whether it serves reports is answered by a stub (``serves``), so
    no test asks a real server that may be listening on the machine (port 8888 or any other)."""
    monkeypatch.setattr(jupyter_link, "serves_reports", lambda relative, info, timeout=2.0: serves)
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


def test_a_server_with_the_extension_gets_the_lesson_reports_link(tmp_path, monkeypatch):
    root = tmp_path / "lab"
    report = root / "teaching" / "work" / "reports" / "run"
    report.mkdir(parents=True)
    _server(tmp_path, monkeypatch, root, base_url="/user/ana/", serves=True)
    assert jupyter_link.report_url(report / "index.html") == (
        "/user/ana/lesson-reports/teaching/work/reports/run/index.html", True)
    assert 'href="/user/ana/lesson-reports/teaching/work/reports/run/index.html"' in lessons.report_link(report)


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
    for name in ("index.html", "manifest.json", "01_loaded_terms.html", "run.log"):
        (folder / name).write_text("x", encoding="utf-8")
    for name in ("img/chart.png", "tables/matches.csv", "browser/index.js", "store/parts/p/articles.parquet"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"x")
    return folder


def test_the_server_extension_serves_whole_report_folders_and_nothing_else(tmp_path):
    from analysis.report.lab.server import content_type, report_file

    root = tmp_path / "lab"
    report = _report(root / "work" / "reports" / "run")
    (root / "notes.html").write_text("not a report", encoding="utf-8")
    (root / "work" / "secret.csv").write_text("not a report", encoding="utf-8")
    (root / ".hidden").mkdir()
    _report(root / ".hidden" / "run")
    (report / ".env").write_text("x", encoding="utf-8")
    (tmp_path / "outside.html").write_text("x", encoding="utf-8")
    (report / "escape.csv").symlink_to(root / "work" / "secret.csv")
    for name in ("01_loaded_terms.html", "img/chart.png", "tables/matches.csv", "browser/index.js",
                 "manifest.json", "run.log", "store/parts/p/articles.parquet"):
        assert report_file(root, f"work/reports/run/{name}") == report / name, name
    assert content_type(report / "browser" / "index.js").startswith("text/javascript")
    assert content_type(report / "tables" / "matches.csv") == "text/plain; charset=utf-8"  # shown, not saved
    assert content_type(report / "run.log") == "text/plain; charset=utf-8"
    assert content_type(report / "manifest.json").startswith("application/json")
    assert content_type(report / "store" / "parts" / "p" / "articles.parquet") == "application/octet-stream"
    assert report_file(root, "notes.html") is None  # not inside a report folder
    assert report_file(root, "work/secret.csv") is None
    assert report_file(root, "work/reports/run/escape.csv") is None  # a link out of the report
    assert report_file(root, "work/reports/run/.env") is None
    assert report_file(root, ".hidden/run/index.html") is None
    assert report_file(root, "../outside.html") is None
    assert report_file(root, "work/reports/run/missing.html") is None


def test_a_report_key_opens_one_report_folder_and_only_under_this_servers_secret():
    from analysis.report.lab.server import report_key

    key = report_key("work/reports/run", b"secret one")
    assert len(key) == 32 and key == report_key("work/reports/run", b"secret one")
    assert key != report_key("work/reports/other", b"secret one")
    assert key != report_key("work/reports/run", b"secret two")  # another server (or a restart)


def test_every_report_page_says_how_to_open_it_where_its_links_work():
    from analysis.report.pages.opening import OPEN_HINT, with_hint

    page = with_hint('<html><head></head><body class="jp-Notebook"><h1>Report</h1></body></html>')
    assert page.index(OPEN_HINT) < page.index("<h1>") and "/lesson-reports/" in OPEN_HINT
    assert with_hint(page) == page  # once
