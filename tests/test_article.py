import datetime as dt

import pytest

from events.article import ArticleError, iter_article_paths, parse_article, read_article


def test_seeds_parse_with_header(seeds_dir):
    paths = sorted(seeds_dir.glob("*.txt"))
    assert len(paths) == 5
    for p in paths:
        art = read_article(p)
        assert art.name == p.stem
        assert art.published is not None and art.published_source == "header"
        assert art.title
        assert not art.body.startswith("url:")
        assert "---" not in art.body.split("\n", 1)[0]
    a3 = read_article(seeds_dir / "003_7592f84b2a617c0c.txt")
    assert a3.published == dt.date(2015, 9, 18)
    assert a3.url.startswith("https://")


def test_no_header_is_all_body():
    art = parse_article("Russian jets struck Idlib.\nMore text.", name="x")
    assert art.body.startswith("Russian jets") and art.published is None and art.header == {}


def test_published_argument_is_fallback_only():
    art = parse_article("published: 2015-10-01\n---\nText.", published="2016-01-01")
    assert art.published == dt.date(2015, 10, 1)
    art = parse_article("title: T\n---\nText.", published="2016-01-01")
    assert art.published == dt.date(2016, 1, 1) and art.published_source == "argument"


def test_malformed_header_date_warns_and_keeps_article():
    art = parse_article("published: 30/09/2015\n---\nText.", name="bad")
    assert art.published is None
    assert any("malformed date" in w for w in art.warnings)


@pytest.mark.parametrize("data,msg", [
    (b"", "empty"), (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
])
def test_bad_input_clear_errors(data, msg):
    with pytest.raises(ArticleError, match=msg):
        parse_article(data, name="f")


def test_huge_file_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_MAX_ARTICLE_BYTES", "1000")
    p = tmp_path / "big.txt"
    p.write_text("a" * 2000)
    with pytest.raises(ArticleError, match="too large"):
        read_article(p)


def test_non_utf8_is_read_with_warning():
    art = parse_article("Caf\xe9 strike in Homs.".encode("cp1252"), name="w")
    assert "Café" in art.body and art.warnings


def test_html_is_reduced_to_text():
    art = parse_article(b"<html><head><title>T1</title><script>alert(1)</script></head>"
                        b"<body><p>Jets struck Idlib.</p></body></html>", name="h")
    assert "alert" not in art.body and "Jets struck Idlib." in art.body and art.title == "T1"


def test_same_bytes_same_id():
    assert parse_article(b"a text").id == parse_article(b"a text").id != parse_article(b"b text").id


def test_iter_paths(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("y")
    (tmp_path / ".hidden").write_text("z")
    assert [p.name for p in iter_article_paths([tmp_path])] == ["a.txt", "b.txt"]
