"""Opening a run store for the explorer: a store folder, or a corpus analysed into a temporary store."""
from __future__ import annotations

import shutil
import tempfile
import weakref
from pathlib import Path

from analysis.errors import ParameterError
from analysis.explore.query import Explorer


def open_explorer(store: str | Path = "", corpus: str | Path = "", run_id: str | None = None) -> Explorer:
    """An :class:`Explorer` of run ``run_id`` (default the latest) of the store at ``store``; when ``store``
    is empty, the articles at ``corpus`` are analysed into a new store in the system's temporary folder
    first (meant for a few articles: a large corpus belongs in a store that is kept, ``analyze --store``); that
    temporary store is removed when the explorer is no longer used or Python exits."""
    if str(store or "").strip():
        folder = Path(store).expanduser()
        if not (folder / "STORE.json").is_file():
            raise ParameterError("store", f"{folder} is not a run store (it has no STORE.json)",
                                 "a folder written by `python -m analysis analyze --store DIR` or by a "
                                 "report (reports/<run>/store)")
        return Explorer(folder, run_id)
    if not str(corpus or "").strip():
        raise ParameterError("store", "neither a store nor a corpus was given", "a run store folder, or corpus=")
    from analysis.corpus.stream import Stream
    from analysis.store import RunStore, analyze_into

    folder = Path(tempfile.mkdtemp(prefix="explore-store-"))
    try:
        analyze_into(RunStore(folder), Stream(str(corpus)))
        explorer = Explorer(folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    # The temporary store goes when the explorer does (or when Python exits): nothing piles up in /tmp.
    weakref.finalize(explorer, shutil.rmtree, folder, True)
    return explorer
