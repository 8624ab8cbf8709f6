"""The Document an article was split into is kept with its analysis, so nothing splits the text again."""
from analysis import analyze
from analysis.corpus import Article


def test_the_analysis_keeps_the_document_its_spans_point_into():
    text = "Officials said the occupation was illegal. Critics called it a dirty war."
    result = analyze(Article(id="a", text=text))
    doc = result.document
    assert doc is not None and doc.text == text
    assert result.n_words == doc.n_words and result.n_sentences == len(doc.sentences)
    spans = result.spans()
    assert spans, "expected at least the loaded terms 'illegal' and 'dirty war'"
    assert all(doc.text[s.start:s.end] == s.text for s in spans)
