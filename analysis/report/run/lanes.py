"""Kernels that serve several pages of a run: started before the analysis, warmed up, reused page after page.

Starting a kernel and importing pandas, matplotlib and the package costs about 1.2 s of CPU per kernel. A run
starts its :class:`Lanes` (one kernel each, as many as notebooks run at once) before it analyses the corpus, so
the kernels start and import while the runner analyses (on another core when there is one), and each kernel
then runs its share of the notebooks one after the other, biggest first. Before each notebook the kernel gets
the run's environment and an empty namespace (:data:`PREPARE`): a notebook sees no variable of the one before,
but every module is imported already and the corpus is read once per kernel (see
:func:`analysis.report.pages.session.load`). A kernel that died, or a notebook in another folder, gets a new
kernel.
"""
from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, wait, FIRST_COMPLETED
from pathlib import Path

from analysis.report.run import kernels as run_kernels
from analysis.report.run.kernels import (failure, forget_papermill_folder, ipc_kernel_manager, kill_kernels,
                                         resolve_trait_classes)

log = logging.getLogger("analysis.report.run.runner")

#: What a kernel imports while it waits for its first notebook: what the report's pages import.
WARM = ("import IPython.display, pandas, matplotlib.figure\n"
        "import analysis.display.charts, analysis.report.pages.evidence, analysis.report.pages.highlight\n"
        "import analysis.report.pages.session, analysis.report.pages.views, analysis.report.run.params\n"
        "import analysis.compare, analysis.compare.charts\n"
        "import gc; gc.collect(); gc.freeze()")
#: Run before every notebook: the run's environment (``{env!r}``), then an empty namespace, and the memory
#: the last page freed handed back to the system (glibc keeps freed memory otherwise). What is left (the
#: modules, the corpus the kernel read once) is then frozen (``gc.freeze``): Python's cyclic garbage
#: collector, which runs many times while a page makes its tables and charts, no longer walks it each time
#: (at 1,000 articles about a second of a kernel's CPU). Nothing frozen is ever garbage before the kernel
#: ends: a page's own objects are made after the freeze and collected as usual.
PREPARE = ("import os as _os; _os.environ.update({env!r}); get_ipython().reset(new_session=True, aggressive=False)\n"
           "import ctypes as _c, gc as _g, sys as _s; _g.collect(); _g.freeze()\n"
           "if _s.platform.startswith('linux'): _c.CDLL(None).malloc_trim(0)")
#: Seconds to wait for a kernel to answer one request.
ANSWER_SECONDS = 120


class Lane:
    """One kernel and the notebooks it runs (see the module docstring)."""

    def __init__(self, ipc: Path, kernels: list, folder: Path, stop: threading.Event):
        self.ipc, self.kernels, self.folder, self.stop = ipc, kernels, folder, stop
        self.km = None

    def start(self) -> None:
        """Start the kernel in ``folder`` and have it import what the pages use."""
        from jupyter_core.utils import run_sync

        self.km = ipc_kernel_manager(self.ipc, self.kernels, {})(kernel_name="python3")
        run_sync(self.km.start_kernel)(cwd=str(self.folder))
        run_sync(self._run)(WARM, quiet=True)

    def prepare(self, nb: Path, env: dict):
        """The kernel manager to run ``nb`` in, its namespace emptied and ``env`` set."""
        from jupyter_core.utils import run_sync

        if self.km is not None and (self.folder != nb.parent or not run_sync(self.km.is_alive)()):
            self.close()
        if self.km is None:
            self.folder = nb.parent
            self.start()
        run_sync(self._run)(PREPARE.format(env=dict(env)))
        return self.km

    async def _run(self, code: str, quiet: bool = False) -> None:
        """Run ``code`` in the kernel and wait for its answer; raise RuntimeError when it fails (unless
        ``quiet``: the warm-up's imports are tried again by the notebook, which then shows the error)."""
        kc = self.km.client()
        kc.start_channels()
        try:
            await kc.wait_for_ready(timeout=ANSWER_SECONDS)
            msg_id = kc.execute(code, silent=True, store_history=False)
            waited = 0
            while not self.stop.is_set() and waited < ANSWER_SECONDS:
                try:
                    reply = await kc.get_shell_msg(timeout=1)
                except Exception:  # noqa: BLE001 - queue.Empty: no answer yet
                    waited += 1
                    continue
                if reply["parent_header"].get("msg_id") == msg_id:
                    if reply["content"]["status"] != "ok" and not quiet:
                        raise RuntimeError(f"the kernel refused {code.split(';')[-1].strip()!r}: "
                                           f"{reply['content'].get('evalue', '')}")
                    return
            if not quiet:
                raise RuntimeError("the kernel did not answer")
        finally:
            self.after_notebook()

    def after_notebook(self) -> None:
        """Close the clients that talked to the kernel; the kernel stays up for the next notebook."""
        if self.km is None:
            return
        for kc in self.km.clients:
            kc.stop_channels()
        self.km.clients.clear()

    def close(self) -> None:
        """Shut the lane's kernel down (if it has one), at once: its notebooks ran and their outputs came
        back, so there is nothing left to ask it. A kernel asked to shut down empties its namespace and
        collects its garbage before it exits (IPython's ``atexit_operations``), about 2 s of CPU at 1,000
        articles spent on memory the exit frees anyway; the kernel is stopped instead (jupyter_client's
        ``shutdown_kernel(now=True)``), and its connection file and sockets removed as after a shutdown."""
        from jupyter_core.utils import run_sync

        km, self.km = self.km, None
        if km is None:
            return
        for kc in km.clients:
            kc.stop_channels()
        try:
            if run_sync(km.is_alive)():
                run_sync(km.shutdown_kernel)(now=True)
        except RuntimeError:  # already gone
            pass
        finally:
            run_sync(km.cleanup_resources)()


class Lanes:
    """``count`` lanes, their kernels started (in threads) when the ``with`` block starts; :meth:`run` runs a
    run's notebooks on them; leaving the block shuts the kernels down (:meth:`join` waits until they are)."""

    def __init__(self, ipc: Path, count: int, folder: Path):
        self.stop, self.kernels, self.lock = threading.Event(), [], threading.Lock()
        self.lanes = [Lane(ipc / f"k{n}", self.kernels, folder, self.stop) for n in range(1, max(1, count) + 1)]
        self.queue: list = []
        self.closing: list = []  # (code, future): run by the first lane that has no page left
        self.ready = threading.Event()
        self.threads: list[threading.Thread] = []

    def __enter__(self) -> "Lanes":
        forget_papermill_folder()
        resolve_trait_classes()
        for lane in self.lanes:
            thread = threading.Thread(target=self._loop, args=(lane,), daemon=True)
            thread.start()
            self.threads.append(thread)
        return self

    def __exit__(self, kind, exc, tb) -> None:
        """Stopped or failed: kill the kernels at once. Otherwise each lane shuts its kernel down in its own
        thread (about a second) while the run goes on to write its pages; :meth:`join` waits for them."""
        self.stop.set()
        self.ready.set()
        with self.lock:
            for _, future in self.closing:
                future.cancel()
        if kind is not None:
            kill_kernels(self.kernels)

    def join(self) -> None:
        """Wait until every lane's kernel is shut down."""
        for thread in self.threads:
            thread.join()

    def _loop(self, lane: Lane) -> None:
        try:
            try:
                lane.start()
            except Exception as exc:  # noqa: BLE001 - the notebook then starts a kernel itself, or says why
                log.info("a kernel could not be started ahead: %s", exc)
                lane.close()
            self.ready.wait()
            while not self.stop.is_set():
                with self.lock:
                    if not self.queue:
                        closing = self.closing.pop(0) if self.closing else None
                        if closing is None:
                            return
                    else:
                        closing, (nb, out, params, env, future) = None, self.queue.pop(0)
                if closing is not None:
                    self._close_with(lane, *closing)
                    continue
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(run_kernels.execute(nb, out, params, lane.ipc, self.kernels, env,
                                              km=lane.prepare(nb, env), after=lane.after_notebook))
                except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
                    future.set_exception(exc)
        finally:
            lane.close()

    def then(self, code: str) -> Future:
        """Have the first kernel that has no page left run ``code`` before it stops (a kernel has pandas,
        matplotlib and the package imported already: the runner need not import them for one more chart).
        The future's result is None once the code ran, its error if it failed or no kernel could run it; one
        left when the lanes stop is cancelled."""
        future: Future = Future()
        with self.lock:
            self.closing.append((code, future))
        return future

    @staticmethod
    def _close_with(lane: Lane, code: str, future: Future) -> None:
        from jupyter_core.utils import run_sync

        if not future.set_running_or_notify_cancel():
            return
        try:
            if lane.km is None:
                raise RuntimeError("no kernel")
            run_sync(lane._run)(code)
            future.set_result(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, who does the work itself
            future.set_exception(exc)

    def run(self, notebooks: list[Path], per_notebook: dict, folder: Path, env: dict, say, finished=None):
        """Run the notebooks into ``folder``, the biggest first so that the short ones fill the gaps, each in
        the environment ``env``; ``finished(nb)`` is called (in this thread) for each notebook that ran, as
        soon as it did. Returns (results in suite order, the first failure as (notebook, error) or None)."""
        jobs = {nb: Future() for nb in notebooks}
        with self.lock:
            for nb in sorted(notebooks, key=lambda p: -p.stat().st_size):
                self.queue.append((nb, folder / f"{nb.stem}.ipynb", per_notebook[nb.stem], env, jobs[nb]))
        self.ready.set()
        outcome, pending = {}, set(jobs.values())
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for nb in [nb for nb, f in jobs.items() if f in done]:
                outcome[nb] = _outcome(nb, jobs[nb])
                if outcome[nb][1] is None and finished is not None:
                    finished(nb)
        results, failed = [], None
        for i, nb in enumerate(notebooks, 1):
            result, exc = outcome[nb]
            results.append(result)
            if exc is None:
                say(f"[{i}/{len(notebooks)}] {nb.stem} ok ({result['seconds']} s)")
                log.info("%s ok in %s s", nb.stem, result["seconds"])
            else:
                failed = failed or (nb, exc)
                log.error("%s failed: %s", nb.stem, failure(exc)[2])
                say(f"[{i}/{len(notebooks)}] {nb.stem} FAILED")
        return results, failed


def _outcome(nb: Path, future: Future) -> tuple[dict, BaseException | None]:
    try:
        return future.result(), None
    except Exception as exc:  # noqa: BLE001 - any failure (error, dead kernel) fails the run
        return {"notebook": nb.stem, "status": "failed"}, exc

