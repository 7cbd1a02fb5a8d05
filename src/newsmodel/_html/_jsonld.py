"""The JSON-LD ``NewsArticle`` that ``to_html`` writes, and the newsmodel extension read back.

The object uses schema.org terms only (see docs/html.md for the mapping), plus two keys
that are absolute IRIs, which JSON-LD keeps as they are without a context entry:

* ``"https://newsmodel.dev/ns#quotes"``: the article's quotes, in the model's JSON form
  (the cattrs converter's), with their locations in the body;
* ``"https://newsmodel.dev/ns#attributions"``: the attributions, likewise.

Both keys are always written, empty lists included, so that a reader knows that the page
states its quotes (none) rather than leaving them to be found by the quote extractor.
Quotes are also given as schema.org ``Quotation`` objects under ``hasPart`` for other
consumers; newsmodel reads only the extension back.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .._converter import converter, format_date
from .._model import Article, Attribution, Figure, Image, Organization, Person, Quote, Source, SourceKind
from .._normal import is_url

__all__ = [
    "ATTRIBUTIONS_KEY",
    "QUOTES_KEY",
    "article_jsonld",
    "dumps_jsonld",
    "read_extension",
    "safe_url",
]

#: The extension key under which quotes are written (an absolute IRI, valid JSON-LD).
QUOTES_KEY = "https://newsmodel.dev/ns#quotes"
#: The extension key under which attributions are written.
ATTRIBUTIONS_KEY = "https://newsmodel.dev/ns#attributions"

# The only URLs a page we write may hold. The model refuses other URLs already; this is
# checked again because a writer must not trust its input to be validated (objects can
# be built with validators disabled, or changed with object.__setattr__).
_SAFE_URL = re.compile(r"\A(?:https?://[A-Za-z0-9\-._~%!$&'()*+,;=:@\[\]]+(?:[/?#][!-~]*)?|mailto:[!-~]+)\Z")


def safe_url(value: object, *, mailto: bool = False) -> str | None:
    """Return ``value`` when it is an absolute ASCII http(s) (or mailto) URL, else None.

    Only lowercase ``http://``, ``https://`` and, with ``mailto``, ``mailto:`` are
    accepted, with printable ASCII only (no whitespace, no control characters), so that
    ``javascript:``, ``data:``, ``vbscript:`` in any case or disguise never pass.
    """
    if not isinstance(value, str) or not _SAFE_URL.match(value) or not is_url(value, mailto=mailto):
        return None
    if value.startswith("mailto:") and not mailto:
        return None
    return value


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _image(image: Image, *, caption: str | None = None, credit: str | None = None) -> dict[str, Any] | None:
    url = safe_url(image.url)
    if url is None:
        return None
    data: dict[str, Any] = {"@type": "ImageObject", "url": url}
    for key, value in (("width", image.width), ("height", image.height)):
        if isinstance(value, int) and not isinstance(value, bool):
            data[key] = value
    if caption is not None:
        data["caption"] = caption
    if credit is not None:
        data["creditText"] = credit
    if _text(image.alt) is not None:
        data["description"] = image.alt
    return data


def _figure(figure: Figure) -> dict[str, Any] | None:
    caption = figure.caption.text if figure.caption is not None else None
    return _image(figure.image, caption=_text(caption), credit=_text(figure.credit))


def _person(person: Person) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Person", "name": person.name}
    url = safe_url(person.url)
    if url is not None:
        data["url"] = url
    if _text(person.role) is not None:
        data["jobTitle"] = person.role
    return data


def _organization(organization: Organization) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Organization", "name": organization.name}
    url = safe_url(organization.url)
    if url is not None:
        data["url"] = url
    if organization.logo is not None:
        logo = _image(organization.logo)
        if logo is not None:
            data["logo"] = logo
    return data


def _quotation(quote: Quote) -> dict[str, Any]:
    """A quote as a schema.org ``Quotation``: its words and, where it fits, who said them."""
    data: dict[str, Any] = {"@type": "Quotation", "text": quote.text}
    speaker = _speaker(quote.speaker)
    if speaker is not None:
        data.update(speaker)
    return data


def _speaker(source: Source | None) -> dict[str, Any] | None:
    if source is None:
        return None
    name = source.name or source.mention
    if not name:
        return None
    if source.kind is SourceKind.PERSON:
        return {"spokenByCharacter": {"@type": "Person", "name": name}}
    if source.kind is SourceKind.ORGANIZATION:
        return {"spokenByCharacter": {"@type": "Organization", "name": name}}
    if source.kind is SourceKind.DOCUMENT:
        # A report or a filing is not a speaker; the quote is drawn from it.
        return {"isBasedOn": {"@type": "CreativeWork", "name": name}}
    # Unnamed and unknown sources ("officials") are neither a Person nor an Organization.
    return None


def _web_page(article: Article) -> dict[str, Any] | None:
    """The page the article is the main entity of: its canonical URL and related links.

    ``relatedLink`` belongs to ``WebPage`` in schema.org, not to ``NewsArticle``, so the
    related posts' URLs go on this node, whose ``@id`` is the canonical URL.
    """
    data: dict[str, Any] = {"@type": "WebPage"}
    canonical = safe_url(article.canonical_url)
    if canonical is not None:
        data["@id"] = canonical
    related = [url for post in article.related_posts if (url := safe_url(post.url)) is not None]
    if related:
        data["relatedLink"] = related
    return data if len(data) > 1 else None


def article_jsonld(article: Article) -> dict[str, Any]:
    """The JSON-LD ``NewsArticle`` object for ``article`` (plain data, keys in a fixed order)."""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    for key, value in (
        ("headline", article.headline),
        ("alternativeHeadline", article.alternative_headline),
        ("description", article.description),
    ):
        if _text(value) is not None:
            data[key] = value
    url = safe_url(article.url)
    if url is not None:
        data["url"] = url
    page = _web_page(article)
    if page is not None:
        data["mainEntityOfPage"] = page
    if article.categories:
        data["articleSection"] = list(article.categories)
    if article.keywords:
        data["keywords"] = list(article.keywords)
    # Always written, an empty list included: the page states that it names no authors
    # (a reader then takes no author from the printed byline).
    data["author"] = [_person(person) for person in article.authors]
    if article.publisher is not None:
        data["publisher"] = _organization(article.publisher)
    if article.date_published is not None:
        data["datePublished"] = format_date(article.date_published)
    if article.date_modified is not None:
        data["dateModified"] = format_date(article.date_modified)
    if _text(article.language) is not None:
        data["inLanguage"] = article.language
    if article.image is not None:
        image = _figure(article.image)
        if image is not None:
            data["image"] = image
    if article.quotes:
        data["hasPart"] = [_quotation(quote) for quote in article.quotes]
    conv = converter()
    data[QUOTES_KEY] = conv.unstructure(article.quotes, tuple[Quote, ...])
    data[ATTRIBUTIONS_KEY] = conv.unstructure(article.attributions, tuple[Attribution, ...])
    return data


# Characters that could end the <script> element or open a comment in it, and the two
# line terminators that JavaScript (unlike JSON) refuses in strings. They appear only
# inside JSON strings, where a \u escape means the same character.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


def dumps_jsonld(data: dict[str, Any]) -> str:
    """Serialise JSON-LD for a ``<script>`` element: indented, and never able to close it."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda match: _JSON_ESCAPES[match.group()], text)


# --------------------------------------------------------------------------- reading back


# A backslash-u escape of a character of either extension key.
_KEY_ESCAPE = re.compile(
    r"\\u00(?:" + "|".join(sorted({f"{ord(char):02x}" for char in QUOTES_KEY + ATTRIBUTIONS_KEY})) + ")",
    re.IGNORECASE,
)


def _jsonld_scripts(doc: Any) -> list[tuple[str, str]]:
    """The type and text of each JSON-LD ``<script>`` in order (those of another type may be
    among them): what the metadata reader kept (``doc.cache``), else read from the tree."""
    cache = getattr(doc, "cache", None)
    if isinstance(cache, dict):
        scripts = cache.get("jsonld")
        if isinstance(scripts, list):
            return scripts
    found: list[tuple[str, str]] = []
    for node in getattr(doc, "tree", doc).css("script"):
        kind = node.attributes.get("type") or ""
        if _is_jsonld(kind):
            found.append((kind, node.text(deep=True)))
    return found


def _is_jsonld(kind: str) -> bool:
    """A script of this ``type`` is JSON-LD."""
    return kind.strip().lower().split(";")[0].strip() == "application/ld+json"


def _candidates(value: Any) -> list[dict[str, Any]]:
    """The objects of one JSON-LD script that may hold the extension (top level and @graph)."""
    found: list[dict[str, Any]] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if not isinstance(item, dict):
            continue
        found.append(item)
        graph = item.get("@graph")
        if isinstance(graph, list):
            found.extend(entry for entry in graph if isinstance(entry, dict))
    return found


def _may_hold_key(text: str) -> bool:
    r"""Whether a JSON text may hold either extension key (False: it does not).

    A key is written as it is, with its slashes escaped (``https:\/\/``), or with a
    ``\u`` escape of one of its characters: the last sends the text to the parser.
    """
    if "\\" not in text:
        return QUOTES_KEY in text or ATTRIBUTIONS_KEY in text
    if _KEY_ESCAPE.search(text) is not None:
        return True
    text = text.replace("\\/", "/")
    return QUOTES_KEY in text or ATTRIBUTIONS_KEY in text


def read_extension(doc: Any) -> tuple[tuple[Quote, ...], tuple[Attribution, ...]] | None:
    """Read the newsmodel extension (quotes and attributions) from a loaded page.

    Args:
        doc: the page as ``_html._document.Document`` (anything with a selectolax
            ``tree``), or a selectolax parser itself.

    Returns:
        The quotes and attributions of the first JSON-LD object that holds either
        extension key (a missing key counts as empty), or None when no object holds one
        or when what it holds is not valid model data. The locations are not checked
        against a body here: the caller checks that they point at the same text in the
        body it extracted, and runs the quote extractor otherwise.
    """
    conv = converter()
    for kind, text in _jsonld_scripts(doc):
        if not _is_jsonld(kind) or not _may_hold_key(text):
            continue
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            continue
        for item in _candidates(value):
            if QUOTES_KEY not in item and ATTRIBUTIONS_KEY not in item:
                continue
            try:
                quotes = conv.structure(item.get(QUOTES_KEY, []), tuple[Quote, ...])
                attributions = conv.structure(item.get(ATTRIBUTIONS_KEY, []), tuple[Attribution, ...])
            except Exception:
                # Whatever is wrong with the data (cattrs validation groups, ModelError,
                # TypeError ...), it is not usable: the caller falls back to extraction.
                return None
            return quotes, attributions
    return None
