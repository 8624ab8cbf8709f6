"""A chart's PNG, written by analysis/display/png.py instead of Pillow: the same pixels as matplotlib's own
PNG of the same figure, the same size in pixels, the resolution and Software text kept, readable by Pillow."""
import io

import numpy as np
import pandas as pd
from PIL import Image

from analysis.display import charts
from analysis.display.png import png_bytes


def _pillow_png(fig, **kwargs) -> bytes:
    """The chart's PNG as matplotlib's Agg canvas writes it, with Pillow (``pil_kwargs`` hands it over)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=charts.DPI, pil_kwargs={"compress_level": 6}, **kwargs)
    assert Image.open(io.BytesIO(buffer.getvalue())).mode == "RGBA"  # Pillow wrote it
    return buffer.getvalue()


def _pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGBA"))


def _rates() -> pd.DataFrame:
    rates = pd.DataFrame({"anger": [1.5, 0.0, 3.25], "fear": [0.5, 2.0, 0.0], "all": [2.0, 2.0, 3.25]},
                         index=pd.Index(["fox-01", "cnn $ 02", "nyt-03"], name="article_id"))
    return rates


def test_hand_laid_chart_has_the_pixels_pillow_would_write():
    ours = charts.loaded_stacked(_rates())._repr_png_()
    theirs = _pillow_png(charts.loaded_stacked(_rates()))
    assert ours != theirs  # written differently ...
    assert np.array_equal(_pixels(ours), _pixels(theirs))  # ... the same picture
    image = Image.open(io.BytesIO(ours))
    assert image.mode == "RGB"  # every pixel opaque: no alpha channel written
    assert image.info["Software"].startswith("Matplotlib version")
    assert round(image.info["dpi"][0]) == charts.DPI


def test_tight_box_chart_has_the_pixels_pillow_would_write():
    fig = charts.Chart(figsize=(4, 3))
    assert fig.tight_bbox  # a chart not laid out by hand is cropped to its texts, as before
    ax = fig.add_subplot()
    ax.plot([0, 1, 2], [2, 0, 1], marker="o")
    ax.set_title("a title that sticks out of the axes a long way to the right")
    ours = fig._repr_png_()
    theirs = _pillow_png(fig, bbox_inches="tight")
    assert _pixels(ours).shape == _pixels(theirs).shape
    assert np.array_equal(_pixels(ours), _pixels(theirs))


def test_transparent_pixels_keep_their_alpha():
    rgba = np.zeros((3, 5, 4), dtype=np.uint8)
    rgba[..., 0] = 200
    rgba[1, 2] = (10, 20, 30, 128)
    data = png_bytes(rgba, 100.0, {"Software": "test", "Title": "café ✓"})
    image = Image.open(io.BytesIO(data))
    assert image.mode == "RGBA"
    assert np.array_equal(np.asarray(image), rgba)
    assert image.info["Title"] == "café ✓"


def test_savefig_to_a_file_and_with_pillow_options(tmp_path):
    fig = charts.loaded_stacked(_rates())
    fig.savefig(tmp_path / "ours.png", dpi=charts.DPI)
    fig.savefig(tmp_path / "pillow.png", dpi=charts.DPI, pil_kwargs={"compress_level": 9})
    assert np.array_equal(_pixels((tmp_path / "ours.png").read_bytes()),
                          _pixels((tmp_path / "pillow.png").read_bytes()))
    assert Image.open(tmp_path / "pillow.png").mode == "RGBA"  # Pillow wrote that one


def test_a_drawn_chart_keeps_no_copy_of_its_picture():
    fig = charts.loaded_stacked(_rates())
    canvas = fig.canvas
    fig._repr_png_()
    # the Agg canvas (and its width x height x 4 bytes) was for that drawing only, as matplotlib's own is:
    # a page's charts live as long as the page (the notebook's Out history)
    assert fig.canvas is canvas and not hasattr(fig.canvas, "renderer")
