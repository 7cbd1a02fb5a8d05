"""Reading news pages into articles: ``from_html``.

The steps, each on the one parsed tree (see docs/html-body.md):

1. :func:`~newsmodel._html._document.load_document` decodes and parses the page;
2. :func:`~newsmodel._html._metadata.extract_metadata` reads every metadata field, and
   :func:`~newsmodel._html._jsonld.read_extension` the quotes a newsmodel page states;
3. :func:`~newsmodel._html._related.extract_related` reads and removes related-post widgets;
4. :func:`~newsmodel._html._content.find_content` removes the furniture and finds the main
   content; :func:`~newsmodel._html._blocks.build_sections` turns it into sections;
5. quotes: those the page states when the article validates with them, else the quote
   extractor's.

Nothing is fetched. Every error is a :class:`~newsmodel.NewsmodelError`.
"""

from __future__ import annotations

import re

import attrs

from .._errors import ModelError, ParseError
from .._limits import Limits, check_size
from .._model import Article, Figure, Image, RelatedPost, Section
from .._quotes import extract_quotes
from ._blocks import BodyOptions, build_sections
from ._classes import page_index
from ._content import find_content
from ._document import load_document
from ._jsonld import read_extension
from ._metadata import Metadata, extract_metadata
from ._nesting import MAX_NESTING, check_nesting
from ._related import extract_related
from ._vocab import image_path

__all__ = ["MAX_NESTING", "from_html"]


def assemble(
    meta: Metadata, sections: tuple[Section, ...], related: tuple[RelatedPost, ...], *, exact: bool = False
) -> Article:
    """The article of a page's metadata, body sections and related posts (before quotes).

    ``exact``: the page is newsmodel's own (its values are taken as written).
    """
    return Article(
        headline=meta.headline,
        alternative_headline=meta.alternative_headline,
        description=meta.description,
        url=meta.url,
        canonical_url=meta.canonical_url,
        categories=meta.categories,
        keywords=meta.keywords,
        authors=meta.authors,
        byline=meta.byline,
        dateline=meta.dateline,
        publisher=meta.publisher,
        date_published=meta.date_published,
        date_modified=meta.date_modified,
        language=meta.language,
        image=meta.image if exact else lead_as_shown(meta.image, sections),
        sections=sections,
        related_posts=related,
    )


def lead_as_shown(image: Figure | None, sections: tuple[Section, ...]) -> Figure | None:
    """The lead image, with the caption and credit the body shows it with when its metadata gives neither.

    The picture is known by its file name (query and size suffix aside: ``ferry-1200x630.jpg`` is the
    ``ferry.jpg`` the body shows); the first figure of the body showing it with a caption or credit lends them.
    """
    if image is None or image.caption is not None or image.credit is not None:
        return image
    key = _picture_key(image.image.url)
    if key is None:
        return image
    for section in sections:
        for block in section.blocks:
            if isinstance(block, Figure) and (block.caption or block.credit) and _picture_key(block.image.url) == key:
                shown = Image(
                    image.image.url,
                    alt=image.image.alt or block.image.alt,
                    width=image.image.width,
                    height=image.image.height,
                )
                return Figure(shown, caption=block.caption, credit=block.credit)
    return image


def _picture_key(url: str) -> str | None:
    """A picture's file name without query, fragment or size suffix, in lower case; None when too short to
    tell pictures apart ("1.jpg")."""
    name = image_path(url).rstrip("/").rsplit("/", 1)[-1].lower()
    name = _SIZE_SUFFIX.sub("", name)
    return name if len(name) >= 8 else None


#: The size a CMS writes into the name of a resized copy ("-1200x630", "_800x450") before the extension.
_SIZE_SUFFIX = re.compile(r"[-_]\d{2,5}x\d{2,5}(?=\.\w+$)")


def from_html(
    html: str | bytes,
    url: str | None = None,
    *,
    encoding: str | None = None,
    limits: Limits | None = None,
    quotes: bool = True,
) -> Article:
    """Read a news page into an :class:`~newsmodel.Article`.

    Args:
        html: the page, as text or bytes (the charset is found: BOM, ``encoding``,
            ``<meta charset>``, then detection).
        url: the page's URL; relative links resolve against it (or ``<base href>``).
            Never fetched.
        encoding: the charset of ``html`` when it is bytes and the caller knows it.
        limits: size limits (default: ``newsmodel.Limits()``).
        quotes: find quotes and attributions (or read those the page states); ``False``
            leaves them empty.

    Raises:
        InputTooLargeError: the page is larger than ``limits.max_input_bytes``.
        ParseError: the input is not a page (binary data, pathological nesting).
    """
    if not isinstance(html, str | bytes):
        raise ParseError(f"expected the page as str or bytes, got {type(html).__name__}", format="html")
    check_size(html, "html", limits)
    check_nesting(html)
    doc = load_document(html, url, encoding=encoding)
    meta = extract_metadata(doc)
    stated = read_extension(doc)
    related = extract_related(doc.tree, doc.base_url, doc.url, exact=stated is not None, index=page_index(doc))
    content = find_content(doc.tree, meta.headline, meta.byline, exact=stated is not None)
    sections: tuple[Section, ...] = ()
    if content.root is not None:
        options = BodyOptions(
            doc.base_url,
            meta.headline,
            meta.byline,
            skip_headline=not content.headline_seen,
            skip_byline=not content.byline_seen,
            exact=stated is not None,
            authors=tuple(author.name for author in meta.authors),
        )
        sections = build_sections(content.root, options)
    article = assemble(meta, sections, related, exact=stated is not None)
    if not quotes:
        return article
    if stated is not None:
        stated_quotes, attributions = stated
        try:
            return attrs.evolve(article, quotes=stated_quotes, attributions=attributions)
        except ModelError:
            pass  # the stated quotes point at text this reading did not find: find them anew
    try:
        return extract_quotes(article)
    except ModelError:
        # The extractor produced a quote the article refuses (a location off by a
        # character): the body and metadata stand; quotes are left empty rather than lost
        # with the whole page.
        return article
