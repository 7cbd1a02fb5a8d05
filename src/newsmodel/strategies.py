"""Hypothesis strategies that generate valid newsmodel objects, for your own tests.

``articles()`` fills every field and every block type, with awkward text: Markdown and
HTML metacharacters, quote marks of every kind, emoji, right-to-left scripts, very long
words, combining characters. Every article it draws passes the model's validators,
including quotes and attributions whose locations point into the body::

    from hypothesis import given
    import newsmodel as nm
    from newsmodel.strategies import articles

    @given(articles())
    def test_my_pipeline_keeps_headlines(article):
        assert my_store(article).headline == article.headline

Needs ``hypothesis`` (``pip install newsmodel[strategies]``).
"""

from __future__ import annotations

import string
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, TypeVar

from hypothesis import strategies as st

from ._errors import ModelError
from ._model import (
    Article,
    Attribution,
    Block,
    Blockquote,
    Cell,
    Code,
    Embed,
    Emphasis,
    Figure,
    Image,
    Inline,
    Link,
    ListBlock,
    ListItem,
    Location,
    Mark,
    Organization,
    Paragraph,
    Person,
    Preformatted,
    Quote,
    QuoteKind,
    RelatedPost,
    Section,
    Source,
    SourceKind,
    Strong,
    Table,
    check_marks,
    mark_sort_key,
    resolve_path,
)
from ._normal import normalize_preformatted, normalize_text

__all__ = [
    "articles",
    "blocks",
    "dates",
    "http_urls",
    "images",
    "inline_texts",
    "language_tags",
    "lines",
    "paragraphs",
    "people",
    "plain_text_articles",
    "related_posts",
    "sections",
]

T = TypeVar("T")

#: Strings that break naive writers and readers: markup of every format, quote marks,
#: entities, scripts, emoji, and characters that change under normalisation.
AWKWARD = (
    "*", "**", "_", "__", "#", "##", "1.", "2)", "-", "+", ">", "<", "</p>", "<b>", "[", "]", "](", "![",
    "`", "```", "~~~", "\\", "\\*", "|", "&", "&amp;", "&lt;", "&#39;", "&nbsp;", "=", "===", "---", "***",
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "—", "–", "…", "•",
    "we’ll", "Trump’s", "’90s", "said", "“Hi,” she said.",
    "😀", "👩‍👩‍👧", "🇫🇷", "שלום", "مرحبا بالعالم", "日本語", "Ελληνικά", "e\u0301", "ﬁ", "Å", "Ω",
    "x" * 120, "https://example.com/a?b=c&d=e", "<script>alert(1)</script>", "javascript:alert(1)",
    "{{x}}", "%s", "$1", "\u200b", "\u00ad",
)  # fmt: skip

_ALPHABET = st.characters(
    codec="utf-8",
    exclude_categories=("Cc", "Cs", "Co", "Cn"),
)


def _normalized(text: str, multiline: bool) -> str:
    return normalize_text(text, multiline=multiline)


@st.composite
def lines(draw: st.DrawFn, *, max_words: int = 12, multiline: bool = False) -> str:
    """A non-empty string of inline text in normal form (one line unless ``multiline``)."""
    words = draw(
        st.lists(
            st.one_of(
                st.text(string.ascii_letters + string.digits, min_size=1, max_size=10),
                st.sampled_from(AWKWARD),
                st.text(_ALPHABET, min_size=1, max_size=8),
            ),
            min_size=1,
            max_size=max_words,
        )
    )
    pieces: list[str] = []
    for index, word in enumerate(words):
        if index:
            pieces.append(draw(st.sampled_from(" \n" if multiline else " ")) if draw(st.booleans()) else " ")
        pieces.append(word)
    text = _normalized("".join(pieces), multiline)
    return text or draw(st.text(string.ascii_letters, min_size=1, max_size=8))


@st.composite
def http_urls(draw: st.DrawFn) -> str:
    """An absolute, ASCII http(s) URL with path, query and fragment characters."""
    scheme = draw(st.sampled_from(["https", "http"]))
    host = draw(st.sampled_from(["example.com", "news.example.org", "xn--bcher-kva.example", "127.0.0.1:8080"]))
    segment = st.text(string.ascii_letters + string.digits + "-._~%!$&'()*+,;=:@", min_size=0, max_size=12)
    path = "/".join(draw(st.lists(segment, max_size=3)))
    url = f"{scheme}://{host}/{path}"
    if draw(st.booleans()):
        url += "?" + draw(st.text(string.ascii_letters + string.digits + "=&/?-_.", max_size=12))
    if draw(st.booleans()):
        url += "#" + draw(st.text(string.ascii_letters + string.digits + "-_", max_size=8))
    return url


def _mail_urls() -> st.SearchStrategy[str]:
    return st.builds(lambda user: f"mailto:{user}@example.com", st.text(string.ascii_lowercase, min_size=1, max_size=8))


@st.composite
def marks_for(
    draw: st.DrawFn, text: str, *, allow: tuple[type, ...] = (Link, Emphasis, Strong, Code)
) -> tuple[Mark, ...]:
    """Valid marks over ``text``: random ranges, kept when they satisfy the mark rules."""
    if not text.strip():
        return ()
    chosen: list[Mark] = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, min(len(text), start + 40)))
        kind = draw(st.sampled_from(allow))
        mark: Mark
        if kind is Link:
            target = draw(st.one_of(http_urls(), _mail_urls()))
            title = draw(st.none() | lines(max_words=3))
            mark = Link(start, end, target, title)
        else:
            mark = kind(start, end)
        candidate = sorted([*chosen, mark], key=mark_sort_key)
        try:
            check_marks("draw", text, tuple(candidate))
        except ModelError:
            continue
        chosen = candidate
    return tuple(chosen)


@st.composite
def inline_texts(draw: st.DrawFn, *, multiline: bool = True) -> Inline:
    """Inline text with marks (a caption, a citation)."""
    text = draw(lines(multiline=multiline))
    return Inline(text, draw(marks_for(text)))


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    text = draw(lines(max_words=30, multiline=True))
    return Paragraph(text, draw(marks_for(text)))


@st.composite
def list_blocks(draw: st.DrawFn, depth: int = 0) -> ListBlock:
    items = []
    for _ in range(draw(st.integers(1, 4))):
        children: tuple[ListBlock, ...] = ()
        if depth < 2 and draw(st.integers(0, 4)) == 0:
            children = (draw(list_blocks(depth + 1)),)
        text = draw(lines(multiline=True)) if not children or draw(st.booleans()) else ""
        items.append(ListItem(text, draw(marks_for(text)) if text else (), children))
    ordered = draw(st.booleans())
    start = draw(st.sampled_from([1, 1, 0, 3, 10])) if ordered else 1
    return ListBlock(tuple(items), ordered, start)


@st.composite
def cells(draw: st.DrawFn) -> Cell:
    if draw(st.integers(0, 5)) == 0:
        return Cell()
    text = draw(lines(max_words=5))
    return Cell(text, draw(marks_for(text)))


@st.composite
def tables(draw: st.DrawFn) -> Table:
    width = draw(st.integers(1, 4))
    row = st.lists(cells(), min_size=width, max_size=width).map(tuple)
    header = draw(st.lists(row, min_size=0, max_size=2))
    body = draw(st.lists(row, min_size=0 if header else 1, max_size=3))
    caption = draw(st.none() | inline_texts(multiline=False))
    return Table(tuple(header), tuple(body), caption)


@st.composite
def images(draw: st.DrawFn) -> Image:
    size = st.none() | st.integers(1, 4000)
    return Image(draw(http_urls()), draw(st.none() | lines(max_words=5)), draw(size), draw(size))


@st.composite
def figures(draw: st.DrawFn) -> Figure:
    return Figure(draw(images()), draw(st.none() | inline_texts()), draw(st.none() | lines(max_words=4)))


@st.composite
def embeds(draw: st.DrawFn) -> Embed:
    provider = draw(st.none() | st.sampled_from(["YouTube", "X", "Instagram", "TikTok", "Vimeo"]) | lines(max_words=2))
    return Embed(draw(http_urls()), provider, draw(st.none() | lines(multiline=True)))


@st.composite
def preformatted(draw: st.DrawFn) -> Preformatted:
    raw_lines = draw(
        st.lists(
            st.one_of(
                st.text(_ALPHABET | st.sampled_from(" \t`~<>&*#"), max_size=30),
                st.sampled_from(["```", "~~~", "    indented", "\tTab", "<pre>", "</code>", "  ", "`x`"]),
            ),
            min_size=1,
            max_size=5,
        )
    )
    text = normalize_preformatted("\n".join(raw_lines))
    if not text:
        text = "code"
    language = draw(st.none() | st.sampled_from(["python", "js", "c++", "html", "objective-c"]))
    return Preformatted(text, language)


@st.composite
def blockquotes(draw: st.DrawFn) -> Blockquote:
    return Blockquote(
        tuple(draw(st.lists(paragraphs(), min_size=1, max_size=3))),
        draw(st.none() | inline_texts(multiline=False)),
    )


def blocks() -> st.SearchStrategy[Block]:
    """Any block type, paragraphs most often."""
    return st.one_of(
        paragraphs(),
        paragraphs(),
        list_blocks(),
        tables(),
        blockquotes(),
        figures(),
        embeds(),
        preformatted(),
    )


@st.composite
def sections(draw: st.DrawFn, *, first: bool = False) -> Section:
    """A section; with ``first=True`` it may have no heading."""
    if first and draw(st.booleans()):
        return Section(None, 1, tuple(draw(st.lists(blocks(), min_size=1, max_size=4))))
    return Section(
        draw(lines(max_words=8)),
        draw(st.integers(2, 6)),
        tuple(draw(st.lists(blocks(), min_size=0, max_size=4))),
    )


@st.composite
def dates(draw: st.DrawFn) -> date | datetime:
    """A date, a naive datetime, or a datetime with a fixed-offset zone."""
    day = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
    kind = draw(st.sampled_from(["date", "naive", "aware", "utc"]))
    if kind == "date":
        return day
    moment = datetime(
        day.year, day.month, day.day, draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59))
    )
    if draw(st.integers(0, 5)) == 0:
        moment = moment.replace(microsecond=draw(st.integers(0, 999_999)))
    if kind == "naive":
        return moment
    if kind == "utc":
        return moment.replace(tzinfo=UTC)
    minutes = draw(st.integers(-14 * 60, 14 * 60).filter(bool))
    return moment.replace(tzinfo=timezone(timedelta(minutes=minutes)))


def language_tags() -> st.SearchStrategy[str]:
    return st.sampled_from(
        ["en", "en-US", "en-GB", "de", "fr-CA", "pt-BR", "zh-Hant", "zh-Hans-CN", "ar", "he", "es-419"]
    )


@st.composite
def people(draw: st.DrawFn) -> Person:
    return Person(draw(lines(max_words=3)), draw(st.none() | http_urls()), draw(st.none() | lines(max_words=3)))


@st.composite
def organizations(draw: st.DrawFn) -> Organization:
    return Organization(draw(lines(max_words=3)), draw(st.none() | http_urls()), draw(st.none() | images()))


@st.composite
def related_posts(draw: st.DrawFn) -> RelatedPost:
    return RelatedPost(
        draw(lines(max_words=10)),
        draw(st.none() | http_urls()),
        draw(st.none() | images()),
        draw(st.none() | dates()),
        draw(st.none() | lines(max_words=15)),
    )


def _unique(strategy: st.SearchStrategy[T], max_size: int) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, max_size=max_size, unique=True).map(tuple)


def _containers(section_list: tuple[Section, ...]) -> list[tuple[int, int, tuple[int, ...], str]]:
    """Every text in the body a location can point into, with its place."""
    found: list[tuple[int, int, tuple[int, ...], str]] = []
    for s_index, section in enumerate(section_list):
        for b_index, block in enumerate(section.blocks):
            for path in _paths(block):
                text = resolve_path(block, path)
                if text:
                    found.append((s_index, b_index, path, text))
    return found


def _paths(block: Block) -> list[tuple[int, ...]]:
    if isinstance(block, Paragraph | Preformatted):
        return [()]
    if isinstance(block, Figure):
        return [()] if block.caption is not None else []
    if isinstance(block, Embed):
        return [()] if block.text is not None else []
    if isinstance(block, Blockquote):
        return [(index,) for index in range(len(block.paragraphs))]
    if isinstance(block, Table):
        return [(r, c) for r, row in enumerate(block.all_rows) for c in range(len(row))]
    paths: list[tuple[int, ...]] = []

    def walk(lst: ListBlock, prefix: tuple[int, ...]) -> None:
        for i_index, item in enumerate(lst.items):
            paths.append((*prefix, i_index))
            for c_index, child in enumerate(item.children):
                walk(child, (*prefix, i_index, c_index))

    assert isinstance(block, ListBlock)
    walk(block, ())
    return paths


@st.composite
def _spans(draw: st.DrawFn, containers: list[tuple[int, int, tuple[int, ...], str]]) -> tuple[Location, str]:
    s_index, b_index, path, text = draw(st.sampled_from(containers))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return Location(s_index, b_index, start, end, path), text[start:end]


@st.composite
def _sources(draw: st.DrawFn, containers: list[tuple[int, int, tuple[int, ...], str]]) -> Source:
    name = draw(st.none() | lines(max_words=3))
    mention: str | None
    if draw(st.booleans()):
        location, mention = draw(_spans(containers))
        mention_location: Location | None = location
        if normalize_text(mention) != mention or not mention:
            mention_location, mention = None, draw(lines(max_words=3))
    else:
        mention_location, mention = None, draw(lines(max_words=3)) if name is None or draw(st.booleans()) else None
    return Source(
        name,
        mention,
        mention_location,
        draw(st.sampled_from(SourceKind)),
        draw(st.none() | lines(max_words=3)),
        draw(st.none() | lines(max_words=3)),
        draw(st.none() | lines(max_words=3)),
    )


@st.composite
def _cue(
    draw: st.DrawFn, containers: list[tuple[int, int, tuple[int, ...], str]]
) -> tuple[str | None, Location | None]:
    choice = draw(st.integers(0, 2))
    if choice == 0:
        return None, None
    if choice == 1:
        return draw(lines(max_words=2)), None
    location, text = draw(_spans(containers))
    if normalize_text(text) != text or not text:
        return draw(lines(max_words=2)), None
    return text, location


@st.composite
def _quotes(draw: st.DrawFn, containers: list[tuple[int, int, tuple[int, ...], str]]) -> Quote:
    parts = [draw(_spans(containers)) for _ in range(draw(st.sampled_from([1, 1, 1, 2])))]
    cue, cue_location = draw(_cue(containers))
    return Quote(
        "\n\n".join(text for _, text in parts),
        tuple(location for location, _ in parts),
        draw(st.none() | _sources(containers)),
        cue,
        cue_location,
        draw(st.sampled_from(QuoteKind)),
    )


@st.composite
def _attributions(draw: st.DrawFn, containers: list[tuple[int, int, tuple[int, ...], str]]) -> Attribution:
    location, content = draw(_spans(containers))
    cue, cue_location = draw(_cue(containers))
    return Attribution(draw(_sources(containers)), content, location, cue, cue_location)


@st.composite
def articles(draw: st.DrawFn, *, quotes: bool = True) -> Article:
    """Any valid article: every field may be set, every block type appears.

    Args:
        quotes: also draw quotes and attributions located in the body.
    """
    section_list = [draw(sections(first=True))]
    section_list += draw(st.lists(sections(), max_size=3))
    body = tuple(section_list)
    containers = _containers(body)
    quote_list: tuple[Quote, ...] = ()
    attribution_list: tuple[Attribution, ...] = ()
    if quotes and containers:
        quote_list = tuple(draw(st.lists(_quotes(containers), max_size=3)))
        attribution_list = tuple(draw(st.lists(_attributions(containers), max_size=2)))
    optional_line: Callable[..., Any] = lambda words=8: draw(st.none() | lines(max_words=words))  # noqa: E731 - local shorthand
    return Article(
        headline=optional_line(12),
        alternative_headline=optional_line(20),
        description=optional_line(25),
        url=draw(st.none() | http_urls()),
        canonical_url=draw(st.none() | http_urls()),
        categories=draw(_unique(lines(max_words=3), 3)),
        keywords=draw(_unique(lines(max_words=3), 4)),
        authors=tuple(draw(st.lists(people(), max_size=3))),
        byline=optional_line(6),
        dateline=optional_line(3),
        publisher=draw(st.none() | organizations()),
        date_published=draw(st.none() | dates()),
        date_modified=draw(st.none() | dates()),
        language=draw(st.none() | language_tags()),
        image=draw(st.none() | figures()),
        sections=body,
        quotes=quote_list,
        attributions=attribution_list,
        related_posts=tuple(draw(st.lists(related_posts(), max_size=3))),
    )


# --------------------------------------------------------------------------- plain text


_PLAIN_WORDS = (
    "the", "council", "said", "on", "Monday", "budget", "vote", "after", "a", "long", "debate", "in", "city",
    "hall", "Mayor", "Ana", "López", "über", "Straße", "niños", "année", "“quoted”", "it’s", "2024", "—", "and",
)  # fmt: skip
_PLAIN_NAMES = ("Jane Doe", "John Roe", "Ana María López", "Jürgen Weiß", "Li Wei", "Amara Okafor")
_PLAIN_DATELINES = ("WASHINGTON (AP) —", "BERLIN —", "BOCA RATON, Fla. —", "LONDON (Reuters) -", "SAN JUAN, P.R. —")


@st.composite
def _plain_sentence(draw: st.DrawFn, *, end: str = ".") -> str:
    words = draw(st.lists(st.sampled_from(_PLAIN_WORDS), min_size=3, max_size=14))
    text = " ".join(words)
    return text[0].upper() + text[1:] + end


@st.composite
def _plain_paragraph(draw: st.DrawFn) -> Paragraph:
    sentences = draw(st.lists(_plain_sentence(end=draw(st.sampled_from(".?!"))), min_size=1, max_size=4))
    return Paragraph(draw(st.sampled_from([" ", "\n"])).join(sentences))


@st.composite
def _plain_list(draw: st.DrawFn) -> ListBlock:
    items = tuple(
        ListItem(draw(_plain_sentence(end=draw(st.sampled_from(["", "."]))))) for _ in range(draw(st.integers(1, 4)))
    )
    ordered = draw(st.booleans())
    return ListBlock(items, ordered, draw(st.sampled_from([1, 1, 2, 5])) if ordered else 1)


@st.composite
def _natural_plain_articles(draw: st.DrawFn) -> Article:
    """Articles shaped like real plain-text news: what from_text reads without escapes."""
    headings = st.lists(st.sampled_from(_PLAIN_WORDS[:16]), min_size=2, max_size=6).map(
        lambda words: " ".join(word.capitalize() for word in words)
    )
    section_list = []
    if draw(st.booleans()):
        section_list.append(Section(None, 1, tuple(draw(st.lists(_plain_paragraph(), min_size=1, max_size=3)))))
    for _ in range(draw(st.integers(0 if section_list else 1, 3))):
        blocks = draw(
            st.lists(st.one_of(_plain_paragraph(), _plain_paragraph(), _plain_list()), min_size=1, max_size=3)
        )
        section_list.append(Section(draw(headings), 2, tuple(blocks)))
    names = draw(st.lists(st.sampled_from(_PLAIN_NAMES), max_size=2, unique=True))
    has_meta = bool(names) or draw(st.booleans())
    return Article(
        headline=draw(_plain_sentence(end="")),
        alternative_headline=draw(st.none() | _plain_sentence()) if has_meta else None,
        categories=draw(st.sampled_from([(), ("International",), ("Politics", "Europe")])),
        authors=tuple(Person(name) for name in names),
        byline="By " + " and ".join(names) if names else None,
        dateline=draw(st.none() | st.sampled_from(_PLAIN_DATELINES)),
        date_published=draw(st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
        if has_meta
        else None,
        sections=tuple(section_list),
        related_posts=tuple(RelatedPost(title) for title in draw(st.lists(_plain_sentence(end=""), max_size=3))),
    )


@st.composite
def plain_text_articles(draw: st.DrawFn) -> Article:
    """Articles in the plain-text domain: ``from_text(to_text(a)) == a`` holds for each.

    Plain text carries the headline, dek, categories, authors' names, byline, dateline,
    published and modified dates, sections with their headings and levels, paragraphs
    (with line breaks), lists (nested, numbered), preformatted text and the titles of
    related posts; not marks, URLs, images or the other metadata (see docs/plaintext.md).
    Quotes and attributions are what the quote extractor finds in the body, as
    ``from_text`` returns them. Half the articles are shaped like real news text; the
    others are any article reduced to what plain text carries, awkward text included.
    """
    from ._plaintext_writer import plain_form
    from ._quotes import extract_quotes

    natural = draw(st.booleans())
    article = draw(_natural_plain_articles()) if natural else plain_form(draw(articles(quotes=False)))
    try:
        return extract_quotes(article)
    except ModelError:
        return article  # what from_text returns (with a warning) when the extractor fails
