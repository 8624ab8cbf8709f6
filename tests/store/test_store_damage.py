"""A damaged store is named, not fatal (issue 25, item 2): each file of a store is damaged in each way (random
bytes over it, random bytes inside it, truncated, deleted) and `analyze --store` then either sets the damaged
part aside (moved, never deleted), analyses its articles again and says which part, or refuses the store with
exit code 2 and what to do. Never a traceback."""
from __future__ import annotations

import os
import shutil

import pytest

from analysis.__main__ import main
from analysis.errors import StoreError
from analysis.paths import SEED_ARTICLES
from analysis.store import RunStore, RunTables, Stream, analyze_into
from analysis.store.folder import MANIFEST


def damage(path, how: str) -> None:
    size = path.stat().st_size
    if how == "deleted":
        path.unlink()
    elif how == "truncated":
        os.truncate(path, size // 2)
    elif how == "random bytes over it":
        path.write_bytes(os.urandom(size))
    else:  # random bytes inside: same size, header and footer intact
        data = bytearray(path.read_bytes())
        middle = size // 2
        data[middle - 8:middle + 8] = os.urandom(16)
        path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A store of the seed articles (one run, one part) and the tables a fresh run gives."""
    folder = tmp_path_factory.mktemp("pristine")
    store = RunStore(folder / "store")
    analyze_into(store, Stream(SEED_ARTICLES))
    with RunTables(store) as run:
        fresh = {t: run.table(t) for t in ("articles", "sentences", "matches", "actors")}
    files = sorted(str(p.relative_to(store.path)) for p in store.path.rglob("*") if p.is_file())
    return store.path, files, fresh


FILES = ["STORE.json", ".lock", "runs", "parts/articles", "parts/sentences", "parts/matches", "parts/actors",
         "parts/voices"]
WAYS = ["random bytes over it", "random bytes inside it", "truncated", "deleted"]


def find(files, name):
    if name in ("STORE.json", ".lock"):
        return name
    folder, _, table = name.partition("/")
    return next(f for f in files if f.startswith(folder + "/") and (not table or f.endswith(f"/{table}.parquet")))


@pytest.mark.parametrize("how", WAYS)
@pytest.mark.parametrize("name", FILES)
def test_each_damaged_file_is_repaired_or_refused_with_a_message(pristine, tmp_path, capsys, name, how):
    source, files, fresh = pristine
    store = tmp_path / "store"
    shutil.copytree(source, store)
    target = store / find(files, name)
    if how == "random bytes inside it" and target.stat().st_size < 32:
        pytest.skip("file too small to damage inside")
    damage(target, how)
    code = main(["analyze", str(SEED_ARTICLES), "--store", str(store), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if name == "STORE.json":
        assert code == 2, err
        assert f"run store {store}" in err and "delete the folder and run again" in err
        return
    assert code == 0, err
    manifest = RunStore(store).manifest()
    with RunTables(store) as run:
        for table, frame in fresh.items():
            assert run.table(table).equals(frame), table
    if name.startswith("parts/"):
        part = target.parent.name
        assert f"part {part} (3 articles) is damaged" in err
        assert part not in {p["id"] for p in manifest["parts"]}
        assert manifest["runs"][-1]["analysed"] == 3
        if how != "deleted":
            assert (store / "damaged" / part / target.name).is_file()  # kept, not deleted
    elif name == "runs":
        assert f"the article list of run {target.stem} is damaged" in err
        assert manifest["runs"][-1]["reused"] == 3  # the parts are still good
    else:
        assert manifest["runs"][-1]["reused"] == 3


@pytest.mark.parametrize("how", WAYS)
def test_a_reader_names_the_damaged_part(pristine, tmp_path, how):
    source, files, _ = pristine
    store = tmp_path / "store"
    shutil.copytree(source, store)
    target = store / find(files, "parts/matches")
    damage(target, how)
    with pytest.raises(StoreError, match=f"part {target.parent.name} is damaged") as caught:
        with RunTables(store) as run:
            run.table("matches")
    assert "moved to damaged/ and its articles analysed again" in caught.value.fix


def test_articles_left_unscored_are_not_analysed_again_by_every_run(tmp_path):
    from analysis.corpus import Article

    german = Article(id="de", text="Die Regierung hat gestern neue Gesetze beschlossen.", language="de")
    store = RunStore(tmp_path / "store")
    analyze_into(store, [german])
    assert analyze_into(store, [german])["reused"] == 1
    with RunTables(store) as run:
        assert run.count("not_scored") == 1


def test_a_missing_manifest_beside_parts_is_a_damaged_store(pristine, tmp_path):
    source, _, _ = pristine
    shutil.copytree(source, tmp_path / "store")
    (tmp_path / "store" / MANIFEST).unlink()
    with pytest.raises(StoreError, match="STORE.json is missing") as caught:
        RunStore(tmp_path / "store")
    assert "delete the folder and run again" in caught.value.fix
