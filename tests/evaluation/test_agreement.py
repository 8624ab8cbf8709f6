"""Agreement statistics against values computed by hand (and one published value)."""
import math

import pytest

from analysis.evaluation import agreement
from analysis.errors import InputError

N = None


def test_cohen_kappa_of_the_textbook_yes_no_table():
    # 50 items: both yes 20, A yes / B no 5, A no / B yes 10, both no 15.
    # p_o = 35/50 = 0.7; A says yes 25/50, B 30/50; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = 0.2/0.5 = 0.4
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert agreement.observed_and_chance(a, b) == pytest.approx((0.7, 0.5))
    assert agreement.cohen_kappa(a, b) == pytest.approx(0.4)


def test_cohen_kappa_and_alpha_of_two_binary_annotators():
    # p_o = 6/10; A marks 2 of 10, B 4 of 10: p_e = 0.8*0.6 + 0.2*0.4 = 0.56; kappa = 0.04/0.44 = 1/11.
    # Coincidences: o_00 = 10, o_11 = 2, o_01 = o_10 = 4; n_0 = 14, n_1 = 6, n = 20;
    # alpha = 1 - (n - 1) * 8 / (2 * 14 * 6) = 1 - 152/168 = 2/21 (Krippendorff 2011 gives 0.095).
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert agreement.cohen_kappa(a, b) == pytest.approx(1 / 11)
    assert agreement.krippendorff_alpha([a, b]) == pytest.approx(2 / 21)


def test_krippendorff_alpha_of_the_published_example_with_missing_values():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 observers, 12 units, nominal 0.743.
    data = [[1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
            [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]]
    assert round(agreement.krippendorff_alpha(data), 3) == 0.743


def test_units_with_a_single_label_are_left_out_of_alpha():
    with_lone = [[0, 1, 1, 0, 1], [0, 1, 0, 0, N]]
    without = [[0, 1, 1, 0], [0, 1, 0, 0]]
    assert agreement.krippendorff_alpha(with_lone) == pytest.approx(agreement.krippendorff_alpha(without))
    assert agreement.krippendorff_alpha([[0, 1, float("nan")], [0, 1, 1]]) == pytest.approx(1.0)


def test_perfect_agreement_and_systematic_disagreement():
    assert agreement.cohen_kappa([0, 1, 0, 1], [0, 1, 0, 1]) == 1.0
    assert agreement.krippendorff_alpha([[0, 1, 0, 1], [0, 1, 0, 1], [0, 1, 0, 1]]) == 1.0
    # p_o = 0, p_e = 0.5: kappa = -0.5 / 0.5 = -1
    assert agreement.cohen_kappa([0, 1, 0, 1], [1, 0, 1, 0]) == -1.0


def test_no_variation_at_all_is_undefined_not_perfect():
    assert math.isnan(agreement.cohen_kappa([0, 0, 0], [0, 0, 0]))
    assert math.isnan(agreement.krippendorff_alpha([[0, 0, 0], [0, 0, 0]]))
    assert agreement.interpret(float("nan")).startswith("undefined")


def test_bad_shapes_are_refused():
    with pytest.raises(InputError):
        agreement.cohen_kappa([0, 1], [0])
    with pytest.raises(InputError):
        agreement.cohen_kappa([], [])
    with pytest.raises(InputError):
        agreement.krippendorff_alpha([[0, 1], [0]])
    with pytest.raises(InputError):
        agreement.krippendorff_alpha([[0, N], [N, 1]])


def test_interpret_uses_landis_and_koch_bands():
    assert agreement.interpret(-0.1) == "worse than chance"
    assert agreement.interpret(0.15) == "slight"
    assert agreement.interpret(0.421) == "moderate"
    assert agreement.interpret(0.7) == "substantial"
    assert agreement.interpret(0.95) == "almost perfect"


def test_pairwise_kappa_is_symmetric_with_ones_on_the_diagonal():
    import pandas as pd

    labels = pd.DataFrame({"a": [0, 1, 0, 0, 0, 0, 0, 0, 1, 0], "b": [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
                           "c": [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]})
    table = agreement.pairwise_kappa(labels)
    assert table.loc["a", "b"] == table.loc["b", "a"] == pytest.approx(1 / 11)
    assert table.loc["a", "c"] == 1.0
    assert list(table.values.diagonal()) == [1.0, 1.0, 1.0]


def test_mark_words_labels_every_occurrence_in_any_case():
    sentence = "The Regime said the regime won, said the regime."
    labels, missing = agreement.mark_words(sentence, ["regime", "tanks"])
    assert agreement.words(sentence) == "The Regime said the regime won said the regime".split()
    assert labels == [0, 1, 0, 0, 1, 0, 0, 0, 1]
    assert missing == ["tanks"]


def test_mark_words_matches_phrases_and_curly_quotes():
    labels, missing = agreement.mark_words("Washington’s top client state", ["Washington's", "client state"])
    assert labels == [1, 0, 1, 1]
    assert missing == []


def test_label_table_lines_annotators_up_word_by_word_with_int_or_text_keys():
    sentences = {"1": "A client state.", "2": "The regime fell."}
    table = agreement.label_table(sentences, {"ann": {1: ["client state"]}, "bob": {"2": "regime"}})
    assert list(table["word"]) == ["A", "client", "state", "The", "regime", "fell"]
    assert list(table["ann"]) == [0, 1, 1, 0, 0, 0]
    assert list(table["bob"]) == [0, 0, 0, 0, 1, 0]


def test_read_annotations_from_a_file_and_from_a_folder(tmp_path):
    (tmp_path / "a.csv").write_text("annotator,sentence,phrases\nAna,1,client state; regime\nAna,2,\n",
                                    encoding="utf-8")
    (tmp_path / "b.csv").write_text("annotator,sentence,phrases\nBo,1,regime\n", encoding="utf-8")
    ana = {"1": ["client state", "regime"], "2": []}
    assert agreement.read_annotations(tmp_path / "a.csv") == {"Ana": ana}
    assert agreement.read_annotations(tmp_path) == {"Ana": ana, "Bo": {"1": ["regime"]}}


def test_read_annotations_names_what_is_wrong(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,sentence\nAna,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="annotator, sentence and phrases"):
        agreement.read_annotations(bad)
    with pytest.raises(InputError, match="cannot be read"):
        agreement.read_annotations(tmp_path / "missing.csv")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no .csv file"):
        agreement.read_annotations(empty)
