"""Readers: formats, metadata, and bad input that is reported with its file and line."""

from __future__ import annotations

import io
import json

import pytest

from eventcoder.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MalformedRecordError,
    NotEnglishError,
)
from eventcoder.ingest import read_inputs, read_path
from eventcoder.ingest.dates import normalise_date
from eventcoder.models import Article

BODY = "Israeli forces struck a building in Gaza on Saturday, the army said. Hamas said it would respond."


def _all(paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_text_headers(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(f"Title: Strike in Gaza\nDate: 3 February 2024\nWord Count: 17\n{BODY}\n")
    (a,) = _all([f])
    assert isinstance(a, Article)
    assert a.title == "Strike in Gaza"
    assert a.published == "2024-02-03"
    assert a.text.startswith("Israeli forces")
    assert "Word Count" not in a.text


def test_seed_article_headers(seed_path):
    (a,) = list(read_path(seed_path))
    assert a.title and a.title.startswith("Iran Maintains Support")
    assert a.text.startswith("In a recent meeting in Tehran")


def test_same_text_same_id(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").write_text(BODY + "\n")
    a, b = _all([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert a.id == b.id


def test_jsonl_records_and_bad_lines(tmp_path):
    f = tmp_path / "n.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": BODY, "published": "2024-02-03T10:00:00Z", "title": "T", "url": "http://e/1"}),
        "{not json",
        json.dumps({"id": "x2", "title": "no text"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"text": BODY + " More."}),
    ]
    f.write_text("\n".join(lines))
    items = _all([f])
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [a.id for a in good][0] == "x1"
    assert good[0].published == "2024-02-03" and good[0].url == "http://e/1"
    assert len(good) == 2 and good[1].id  # content-hash id
    assert [(type(b), b.line) for b in bad] == [
        (MalformedRecordError, 2), (MalformedRecordError, 3), (MalformedRecordError, 5)
    ]
    assert all(str(f) in str(b) for b in bad)


def test_csv(tmp_path):
    f = tmp_path / "n.csv"
    f.write_text('id,text,title,published\nc1,"' + BODY + '",T,2024-02-03\nc2,,T,2024-02-03\n')
    items = _all([f])
    assert isinstance(items[0], Article) and items[0].id == "c1"
    assert isinstance(items[1], EmptyInputError) and items[1].line == 3


def test_csv_without_text_column(tmp_path):
    f = tmp_path / "n.csv"
    f.write_text("id,body2\n1,hello\n")
    (e,) = _all([f])
    assert isinstance(e, MalformedRecordError)


def test_html(tmp_path):
    f = tmp_path / "p.html"
    para = " ".join([BODY] * 4)
    f.write_text(
        "<html><head><title>Gaza strike</title><script>var x=1;</script></head><body>"
        "<nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
        f"<article><h1>Gaza strike</h1><p>{para}</p><p>{para}</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    (a,) = _all([f])
    assert isinstance(a, Article)
    assert "Israeli forces" in a.text and "var x" not in a.text and "Copyright" not in a.text


@pytest.mark.parametrize(
    "content,error",
    [
        (b"", EmptyInputError),
        (b"   \n\n  ", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
        (b"caf\xe9 au lait \xff\xfe", BinaryInputError),
        ("Der Bundestag hat am Donnerstag mit großer Mehrheit ein neues Gesetz beschlossen, das die Regeln "
         "für die Bundeswehr ändert und mehr Geld für die Verteidigung vorsieht.".encode(), NotEnglishError),
    ],
)
def test_bad_text_files(tmp_path, content, error):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    (e,) = _all([f])
    assert isinstance(e, error)
    assert str(f) in str(e) and e.code.startswith("E2")


def test_too_large(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text(BODY * 200)
    (e,) = _all([f], max_bytes=1000)
    assert isinstance(e, InputTooLargeError)


def test_directory_recursive_and_missing(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").write_text(BODY + " Again.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = _all([tmp_path, tmp_path / "nope.txt"])
    assert sum(isinstance(i, Article) for i in items) == 2
    assert isinstance(items[-1], InputError) and "nope.txt" in str(items[-1])


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"id": "s1", "text": BODY}) + "\n"))
    (a,) = list(read_inputs(["-"]))
    assert a.id == "s1"
    monkeypatch.setattr("sys.stdin", io.StringIO(BODY))
    (b,) = list(read_inputs(["-"]))
    assert b.text == BODY


@pytest.mark.parametrize(
    "raw,iso",
    [("2024-02-03", "2024-02-03"), ("2024-02-03T23:10:00+02:00", "2024-02-03"), ("3 February 2024", "2024-02-03"),
     ("Feb 3, 2024", "2024-02-03"), ("February 3, 2024", "2024-02-03"), ("not a date at all", None), ("", None),
     ("2024-13-45", None)],
)
def test_normalise_date(raw, iso):
    assert normalise_date(raw) == iso
