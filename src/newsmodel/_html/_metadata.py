"""A page's metadata: one ``extract_<field>()`` per Article field, sources in order.

:func:`extract_metadata` gathers the page's metadata sources once (:class:`Sources`:
JSON-LD nodes, ``<meta>`` tags, microdata, links, visible header elements) with
selectolax CSS selectors, then asks each ``extract_<field>`` function, which tries its
sources in the order documented in docs/html-metadata.md and returns the first value
that survives cleaning. What ``to_html`` writes (the HTML contract) is read back
exactly: its JSON-LD comes first for every field it carries, and its ``<header>``
elements (``p.byline``, ``p.dateline``, ``p.dek``, ``p.category``,
``figure.lead-image``) give the rest.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from itertools import chain, islice
from typing import Any
from urllib.parse import urlsplit

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .._errors import NewsmodelError
from .._model import Figure, Image, Inline, Organization, Person
from .._normal import is_url, normalize_text, normalize_url
from ._classes import page_index
from ._document import Document, shown_text
from ._jsonld import ATTRIBUTIONS_KEY, QUOTES_KEY
from ._meta_jsonld import JsonLd, node_types
from ._meta_values import (
    ZONE_NAMES,
    byline_contributors,
    clean_line,
    clean_person_name,
    comparable,
    decode_references,
    decode_typographic,
    folded_search,
    is_by_alone,
    is_organization,
    is_role,
    looks_like_name,
    opens_with_by,
    parse_date,
    parse_language,
    parse_size,
    printed_byline,
    split_byline,
    split_joined_name,
    url_date,
)
from ._vocab import (
    BOILERPLATE_TEXT,
    COMMENT_WORDS,
    PERMALINK_TAIL,
    RELATED_LABEL,
    class_tokens,
    furniture_line,
    image_path,
)

__all__ = [
    "Metadata",
    "Sources",
    "extract_metadata",
]

#: JSON-LD types of an article, best first (schema.org Article and its news subtypes).
ARTICLE_TYPES = (
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "SatiricalArticle",
    "Article",
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Report",
    "TechArticle",
    "ScholarlyArticle",
    "Review",
)
#: JSON-LD types used when a page has no article node.
PAGE_TYPES = ("WebPage", "ItemPage", "AboutPage", "ProfilePage", "QAPage")
ORGANIZATION_TYPES = ("Organization", "NewsMediaOrganization", "Corporation", "OnlineBusiness", "LocalBusiness")

# Selectors and class vocabularies, one place (see STYLE.md). Each CSS query walks the
# whole tree (a fraction of a millisecond on a news page), and every part of a selector
# list costs about as much again, so the sources are gathered in two queries and sorted
# in Python: one by tag name, one by class words.
SEL_TAGS = "meta, script, link, title, h1, time, figure, [itemprop], a[rel]"
# The second is ``[class*=byline], [class*=Byline], [class*=uthor], [class*=authName],
# [class*=dateline], [class~=dek], [class*=standfirst], [class*=subhead], p.category``,
# answered from the page's class index (see ``_classes``: substring parts are dear in Lexbor).
SEL_CLASSES = ("byline", "Byline", "uthor", "authName", "dateline", "standfirst", "subhead")
SEL_CLASSES_CHECKED: tuple[tuple[str, str | None, str], ...] = (
    ("dek", None, "[class~=dek]"),
    ("category", "p", "p.category"),
)
#: Elements whose class speaks of a date, where a page prints its date line.
#: (``[class*=date], [class*=Date], [class*=publish], [class*=posted], [class*=timestamp]``.)
SEL_DATE_CLASSES = ("date", "Date", "publish", "posted", "timestamp")
_DATE_PHRASE = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
#: A clock printed beside a date ("10:00 PM", "3:28 p.m. EST", "17:23"), with its zone if it names one.
_CLOCK = r"(\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?\s?m\b\.?))?(?:\s+(?:" + "|".join(ZONE_NAMES) + r")\b)?)"
# (matched on the text after the date, from its start: \A keeps a search of it linear)
_CLOCK_AFTER = re.compile(r"\A[\s,]*+(?:(?i:at)\s+|[@|·•–-]\s*)?" + _CLOCK)
_CLOCK_BEFORE = re.compile(_CLOCK + r"[\s,]*(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?\Z")
#: Elements that make a byline a box of several parts (name, date, buttons).
SEL_BYLINE_PARTS = "time, div, p, ul, li, button, svg, img, span[class*=date], span[class*=time]"
#: Links to an author's page, by the URL words sites use for them.
SEL_AUTHOR_LINKS = (
    'a[href*="/author/"], a[href*="/authors/"], a[href*="/writer/"], a[href*="/writers/"], a[href*="/bios/"], '
    'a[href*="/staff/"], a[href*="/people/"], a[href*="/profile/"], a[href*="/contributor"], a[href*="/journalist"], '
    'a[href*="/reporter"], a[href*="/columnist"]'
)
#: Class words of a visible byline, and of author boxes and pictures that are not one.
BYLINE_CLASS = re.compile(r"byline|author|authName", re.IGNORECASE)
NOT_BYLINE_CLASS = re.compile(
    r"avatar|\bbio|box|image|img|photo|picture|about|social|follow|more-|-more|list|authority|wrap(?:per)?\b|descr",
    re.IGNORECASE,
)
DATELINE_CLASS = re.compile(r"dateline", re.IGNORECASE)
DEK_CLASS = re.compile(r"(?:^|\s)dek(?:\s|$)|standfirst|subhead", re.IGNORECASE)
PUBLISHED_TIME = re.compile(r"publish|posted|created|entry-date|(?:^|\s)date(?:\s|$)", re.IGNORECASE)
MODIFIED_TIME = re.compile(r"modif|updated", re.IGNORECASE)
# The tests of class values by the patterns above, faster (see ``folded_search``): a page asks dozens.
_says_not_byline = folded_search(NOT_BYLINE_CLASS)
_says_dateline = folded_search(DATELINE_CLASS)
_says_dek = folded_search(DEK_CLASS)
_says_published = folded_search(PUBLISHED_TIME)
_says_modified = folded_search(MODIFIED_TIME)
#: A preposition just before a date: the date is part of a sentence ("on Dec. 23, 2023").
_IN_SENTENCE = re.compile(
    r"\b(?i:on|since|from|until|till|before|after|in|of|through|between|and|to|as of)\s+"
    r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\Z"
)
#: Words printed before a date that make it the date of an update, not of publication.
UPDATE_LABEL = re.compile(r"\b(?:updated|modified|revised|refreshed)\b", re.IGNORECASE)

# <meta> keys (lower-cased name, property or itemprop) for each field, best first.
META_HEADLINE = ("og:title", "twitter:title", "dc.title", "dcterms.title", "sailthru.title", "parsely-title", "title")
META_DESCRIPTION = ("description", "og:description", "twitter:description", "dc.description", "dcterms.description")
META_AUTHOR = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "parsely-author",
    "byl",
    "citation_author",
    "cxenseparse:author",
)
META_PUBLISHED = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "og:published_time",
    "datepublished",
    "published_time",
    "published-date",
    "publish-date",
    "publishdate",
    "pubdate",
    "publication_date",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "date",
    "timestamp",
)
META_MODIFIED = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "modified_time",
    "last-modified",
    "lastmod",
    "article.updated",
    "dc.date.modified",
    "dcterms.modified",
)
META_SECTION = ("article:section", "og:article:section", "section", "parsely-section", "sailthru.section", "category")
META_KEYWORDS = ("article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags", "sailthru.tags")
META_SITE_NAME = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:app:name:iphone")
#: The page's own titles, which a site name never is.
_OWN_TITLES = ("og:title", "twitter:title")
META_LANGUAGE = ("content-language", "og:locale", "dc.language", "dcterms.language", "language", "inlanguage")
META_IMAGE = ("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src", "image")

_IMAGE_JUNK = ("logo", "avatar", "headshot", "favicon", "placeholder", "default-image", "blank.", "spacer", "sprite")
_SEPARATORS = (" | ", " || ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / ", ": ")
# The separators before a site's name when the name is not known ("Ferry runs again – My website", "... :: PIXNET ::");
# a hyphen is left out: it joins a headline's own parts too ("Spider-Man 2 - review").
_GUESSED_SEPARATORS = (" | ", " || ", " – ", " — ", " :: ")
# A byline element longer than this is an author box or a whole header, not a byline.
_BYLINE_MAX = 200
#: Words a byline prints between names ("By Jane Doe and John Roe").
_BYLINE_JOINERS = frozenset(("by", "and"))
_LEADING_JOINER = re.compile(r"\A\s*(?:and|&|,)\s+", re.IGNORECASE)


@attrs.frozen
class Metadata:
    """Every metadata field of an :class:`~newsmodel.Article`, as the page gives it."""

    headline: str | None = None
    alternative_headline: str | None = None
    description: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    categories: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    authors: tuple[Person, ...] = ()
    byline: str | None = None
    dateline: str | None = None
    publisher: Organization | None = None
    date_published: date | datetime | None = None
    date_modified: date | datetime | None = None
    language: str | None = None
    image: Figure | None = None


# --------------------------------------------------------------------------- sources


def _node_text(node: LexborNode) -> str:
    """The text of an element as printed: inline pieces joined as they are, <br> a space."""
    if node.css_first("br") is not None:
        # Work on a copy: the tree is shared with the body reader and must not change.
        copy = LexborHTMLParser(node.html or "")
        for br in copy.css("br"):
            br.replace_with(" ")
        body = copy.body
        return normalize_text((body.text(separator="") if body is not None else "") or "")
    return normalize_text(node.text(separator="") or "")


def _parts_text(node: LexborNode) -> str:
    """The text of an element with its parts kept apart by a space, none before punctuation."""
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", normalize_text(" ".join((node.text(separator=" ") or "").split())))


# (entered at the start of a run of white space only: a search from each of its spaces was quadratic)
_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<!\s)\s+([,.;:!?)\]])")


def _jsonld_text(node: LexborNode) -> str:
    return node.text(deep=True) or ""


def _is_logo_heading(node: LexborNode) -> bool:
    """Tell whether an ``<h1>`` is a site logo: its class or id says so (``topbar__logo__title``), or it shows
    only a picture (its text is an ``<svg>``'s title)."""
    attributes = node.attributes
    if "logo" in ((attributes.get("class") or "") + " " + (attributes.get("id") or "")).lower():
        return True
    if node.css_first("svg") is None:
        return False
    copy = LexborHTMLParser(node.html or "")
    for svg in copy.css("svg"):
        svg.decompose()
    body = copy.body
    return not normalize_text((body.text(separator=" ") if body is not None else "") or "")


def _home_link(node: LexborNode, text: str) -> bool:
    """Tell whether an ``<h1>`` is all one link to a site's home page (``<h1><a href="/">The Site</a></h1>``):
    the site's name in the masthead, not the article's headline."""
    links = node.css("a")
    if len(links) != 1:
        return False
    href = (links[0].attributes.get("href") or "").strip()
    if not _HOME.match(href):
        return False
    return normalize_text(links[0].text(separator="") or "") == text


# a site's home page: "/", "https://example.com", "//www.example.com/", "index.html"
_HOME = re.compile(r"(?:(?:https?:)?//[^/?#\s]+)?/?(?:index\.\w+)?\Z", re.IGNORECASE)


def _node_addresses(node: dict[str, Any], base: str | None) -> set[str]:
    """The addresses a JSON-LD node names itself by (``url``, ``@id``, ``mainEntityOfPage``), scheme, fragment
    and closing slash left out, so that a node over ``http:`` is one over ``https:``."""
    found: set[str] = set()
    for key in ("url", "@id", "mainEntityOfPage"):
        value = node.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and (address := _bare_address(value, base)):
            found.add(address)
    return found


def _bare_address(value: str, base: str | None) -> str | None:
    """An address without scheme, fragment or closing slash; None for a site's home page (it names every node
    of the site) or no address."""
    address = _url(value, base)
    if address is None:
        return None
    address = address.split("#", 1)[0].split("://", 1)[-1].rstrip("/")
    return address if "/" in address else None


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _in_aside(node: LexborNode) -> bool:
    """Tell whether a node sits in an ``<aside>`` or a related-posts box (not the article's own)."""
    parent = node.parent
    depth = 0
    while parent is not None and depth < 12:
        if parent.tag == "aside" or "related" in (parent.attributes.get("class") or ""):
            return True
        parent = parent.parent
        depth += 1
    return False


class Sources:
    """The metadata sources of one page, gathered once."""

    def __init__(self, doc: Document) -> None:
        """Collect ``<meta>`` tags, JSON-LD and microdata from ``doc``'s tree."""
        self.doc = doc
        tree = doc.tree
        self.meta: dict[str, list[str]] = {}
        self.microdata: dict[str, list[LexborNode]] = {}
        scripts: list[str] = []
        self.canonical: str | None = None
        self.title: str | None = None
        self.h1: list[str] = []
        self.h1_nodes: list[LexborNode] = []
        self.rel_authors: list[LexborNode] = []
        self.times: list[LexborNode] = []
        self.lead_figure: LexborNode | None = None
        title_in_head = False
        # The type and text of each JSON-LD script, once each in page order: the reader of the
        # newsmodel extension takes them from here (see ``_jsonld._jsonld_scripts``).
        jsonld_scripts: dict[int, tuple[str, str]] = {}
        # Lexbor lists an element once for each part of the selector it matches (an <h1 itemprop=headline>, a
        # <meta name=... itemprop=...> twice): each is read once.
        listed: set[int] = set()
        for node in tree.css(SEL_TAGS):
            key = node.mem_id
            if key in listed:
                continue
            listed.add(key)
            tag = node.tag
            attributes = node.attributes
            if "itemprop" in attributes:
                for prop in (attributes.get("itemprop") or "").split():
                    self.microdata.setdefault(prop, []).append(node)
            if tag == "meta":
                self._add_meta(attributes)
            elif tag == "script":
                kind = attributes.get("type") or ""
                if "ld+json" in kind.lower():
                    text = _jsonld_text(node)
                    scripts.append(text)
                    jsonld_scripts.setdefault(key, (kind, text))
            elif tag == "link" or tag == "a":
                rel = (attributes.get("rel") or "").lower().split()
                if "canonical" in rel and self.canonical is None and tag == "link":
                    self.canonical = _url(attributes.get("href") or "", doc.base_url)
                if "author" in rel:
                    self.rel_authors.append(node)
            elif tag == "title":
                # An <svg> has <title>s too; the page's own is in <head>.
                in_head = node.parent is not None and node.parent.tag == "head"
                if self.title is None or (in_head and not title_in_head):
                    self.title = clean_line(node.text())
                    title_in_head = in_head
            elif tag == "h1":
                text = _node_text(node)
                if text and not _is_logo_heading(node) and not _home_link(node, text):
                    self.h1.append(text)
                    self.h1_nodes.append(node)
            elif tag == "time":
                if "datetime" in attributes and not _in_aside(node):
                    self.times.append(node)
            elif (
                tag == "figure" and self.lead_figure is None and "lead-image" in (attributes.get("class") or "").split()
            ):
                self.lead_figure = node
        doc.cache["jsonld"] = list(jsonld_scripts.values())
        self.jsonld = JsonLd(scripts)
        self.article: dict[str, Any] = self._main_article()
        self.page: dict[str, Any] = next(self.jsonld.of_type(*PAGE_TYPES), {})
        #: The article node carries the newsmodel extension (``to_html`` wrote it): its values,
        #: and the header's, are the model's values written unaltered, so they are read as
        #: they are (no junk rules: "none" or "By x" there is the article's own text).
        self.exact: bool = QUOTES_KEY in self.article or ATTRIBUTIONS_KEY in self.article
        if not self.exact:
            self.article = self._with_twins(self.article)
        self.bylines: list[LexborNode] = []
        self.datelines: list[LexborNode] = []
        self.deks: list[LexborNode] = []
        self.categories: list[LexborNode] = []
        for node, classes in page_index(doc).select_values(SEL_CLASSES, SEL_CLASSES_CHECKED):
            if BYLINE_CLASS.search(classes):
                if not _says_not_byline(classes) and len(self.bylines) < 12:
                    self.bylines.append(node)
            elif _says_dateline(classes):
                self.datelines.append(node)
            elif _says_dek(classes):
                self.deks.append(node)
            elif node.tag == "p" and "category" in classes.split():
                self.categories.append(node)
        self.site_names: list[str] = self._site_names()
        self._visible_bylines: list[LexborNode] | None = None
        #: The page's date line (see ``_headline_date_line``), once read.
        self._date_line: tuple[LexborNode, str, re.Match[str]] | None = None
        self._date_line_read = False
        #: ``_shown_text`` of the elements read near the headline, by ``mem_id`` (the date,
        #: byline and editor readers walk the same elements; the tree does not change here).
        self.shown: dict[int, str | None] = {}
        self.holds_time: dict[int, bool] = {}

    def _add_meta(self, attributes: dict[str, str | None]) -> None:
        content = attributes.get("content")
        if content is None:
            content = attributes.get("value")
            if content is None:
                return
        for key_attribute in ("property", "name", "http-equiv"):
            key = attributes.get(key_attribute)
            if key:
                for token in key.lower().split():
                    if token.startswith(("dc:", "dcterms:")):
                        token = token.replace(":", ".", 1)  # RDFa's "dc:creator" is the "DC.creator" name
                    self.meta.setdefault(token, []).append(content)

    def _main_article(self) -> dict[str, Any]:
        """The JSON-LD node describing this article (its URL matching the page's, first)."""
        candidates = [node for node in self.jsonld.of_type(*ARTICLE_TYPES) if "headline" in node or "name" in node]
        if not candidates:
            candidates = list(self.jsonld.of_type(*ARTICLE_TYPES))
        if not candidates:
            return {}
        if len(candidates) > 1 and self.doc.url is not None:
            for node in candidates:
                for key in ("url", "mainEntityOfPage", "@id"):
                    value = node.get(key)
                    if isinstance(value, dict):
                        value = value.get("@id") or value.get("url")
                    if isinstance(value, str) and _url(value, self.doc.base_url) == self.doc.url:
                        return node
        # A list page carries many article nodes; the page's own one is usually the
        # one with a body or with the most fields.
        return max(candidates, key=lambda node: ("articleBody" in node, "datePublished" in node, len(node)))

    def _with_twins(self, article: dict[str, Any]) -> dict[str, Any]:
        """The article node with the fields only its twins give: other article nodes of the page for the same
        address (a theme's node and an SEO plugin's, one without keywords or section, one over ``http:``)."""
        own = _node_addresses(article, self.doc.base_url)
        if not own:
            return article
        merged = article
        for node in self.jsonld.of_type(*ARTICLE_TYPES):
            if node is article or not own.intersection(_node_addresses(node, self.doc.base_url)):
                continue
            missing = {key: value for key, value in node.items() if _empty(merged.get(key)) and not _empty(value)}
            if missing:
                merged = {**merged, **missing}
        return merged

    def metas(self, *keys: str) -> list[str]:
        """The values of the ``<meta>`` tags named ``keys``, in key order then page order."""
        out: list[str] = []
        for key in keys:
            out.extend(self.meta.get(key, ()))
        return out

    def micro(self, prop: str) -> list[str]:
        """The values of microdata property ``prop`` (content, datetime, href or text)."""
        out: list[str] = []
        for node in self.microdata.get(prop, ()):
            attributes = node.attributes
            value = attributes.get("content") or attributes.get("datetime")
            if value is None and node.tag in ("a", "link"):
                value = attributes.get("href")
            if value is None and node.tag in ("img", "source"):
                value = attributes.get("src")
            if value is None:
                value = node.text(separator=" ")
            if value:
                out.append(value)
        return out

    def ld(self, key: str) -> Any:
        """A property of the article node, else of the page node."""
        value = self.article.get(key)
        if value is None or value == "" or value == []:
            value = self.page.get(key)
        return value

    def _site_names(self) -> list[str]:
        """The site's names: the article's publisher, then the site's own (see ``other_site_names``)."""
        names: list[str] = []
        publisher = self.jsonld.resolve(self.article.get("publisher") or self.page.get("publisher"))
        if isinstance(publisher, list) and publisher:
            publisher = self.jsonld.resolve(publisher[0])
        if isinstance(publisher, dict):
            name = clean_line(publisher.get("name"), unescape=True)
            if name:
                names.append(name)
        elif isinstance(publisher, str) and (name := clean_line(publisher, unescape=True)):
            names.append(name)
        self.other_site_names: list[str] = self._own_names()
        return names + self.other_site_names

    def _own_names(self) -> list[str]:
        """The names the site gives itself (WebSite and Organization nodes, og:site_name, its host)."""
        names: list[str] = []
        for node in self.jsonld.of_type("WebSite", *ORGANIZATION_TYPES):
            name = clean_line(node.get("name"), unescape=True)
            if name:
                names.append(name)
        # the page's own title is no site name: some pages put it in application-name (a pinned site's label)
        titles = {comparable(title) for raw in self.metas(*_OWN_TITLES) if (title := clean_line(raw))}
        names.extend(
            name for raw in self.metas(*META_SITE_NAME) if (name := clean_line(raw)) and comparable(name) not in titles
        )
        url = self.doc.url or self.canonical
        if url:
            host = url.split("/")[2].split(":")[0].lower()
            parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "edition", "mobile")]
            if len(parts) >= 2 and not host.replace(".", "").isdigit():  # an IP address names no site
                names.append(parts[-3] if len(parts) >= 3 and len(parts[-2]) <= 3 else parts[-2])
        return names


# --------------------------------------------------------------------------- helpers


def _url(raw: str, base: str | None = None) -> str | None:
    """A URL in the model's form; one already in that form is kept exactly as written."""
    stripped = raw.strip()
    if is_url(stripped, mailto=True):
        return stripped
    return normalize_url(raw, base)


def _first_line(values: Any, *, unescape: bool = False) -> str | None:
    if isinstance(values, list):
        for value in values:
            text = _first_line(value, unescape=unescape)
            if text:
                return text
        return None
    if isinstance(values, dict):
        return _first_line(values.get("name") or values.get("@value"), unescape=unescape)
    return clean_line(values, unescape=unescape)


def _line(src: Sources, value: Any, *, unescape: bool = False) -> str | None:
    """One line of text: cleaned (junk refused), or on an exact page taken as written."""
    if src.exact:
        return value if isinstance(value, str) and value and normalize_text(value) == value else None
    return clean_line(value, unescape=unescape)


def _exact_lines(src: Sources, key: str) -> tuple[str, ...] | None:
    """The list of strings the exact article node states under ``key`` (None: not stated so)."""
    value = src.article.get(key) if src.exact else None
    if not isinstance(value, list):
        return None
    lines = [_line(src, item) for item in value]
    return tuple(line for line in lines if line is not None) if all(lines) else None


def _strings(value: Any) -> list[str]:
    """The strings in a JSON-LD value that may be a string, a list or a named node."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            out.extend(_strings(item))
        return out
    if isinstance(value, dict):
        name = value.get("name") or value.get("@value")
        return [name] if isinstance(name, str) else []
    return []


def _dedupe(values: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        key = value.casefold()
        if key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)


def _site_match(part: str, names: list[str]) -> bool:
    """Tell whether a title fragment is the site's name."""
    key = comparable(part).replace(" ", "")
    if not key:
        return False
    for name in names:
        other = comparable(name).replace(" ", "")
        if not other:
            continue
        if key == other:
            return True
        # "ESPN.com" for "ESPN", "POLITICO Logo" for "Politico"; or the first words of
        # a long site name ("The Daily World" for "The Daily World - Newspaper for ...").
        if len(other) >= 4 and (key.startswith(other) or key.endswith(other)) and len(key) - len(other) <= 8:
            return True
        if len(key) >= 4 and other.startswith(key) and len(other) > 2 * len(key):
            return True
    return False


def strip_site_name(title: str, names: list[str], h1: list[str], *, guess: bool = True) -> str:
    """Remove the site name from a title: "Title | The Site" and "The Site: Title".

    A title that is printed as a page heading is kept whole: the heading confirms it.
    Without a known site name, a short last part after " | ", a dash or " :: " is taken for one.
    """
    if any(title == heading for heading in h1):
        return title
    for separator in _SEPARATORS:
        if separator not in title:
            continue
        head, _, tail = title.rpartition(separator)
        if head and _site_match(tail, names):
            return strip_site_name(head.strip(), names, h1, guess=guess)
        first, _, rest = title.partition(separator)
        if rest and _site_match(first, names):
            return strip_site_name(rest.strip(), names, h1, guess=guess)
    for separator in _GUESSED_SEPARATORS if guess else ():
        if separator in title:
            head, _, tail = title.rpartition(separator)
            if head and len(tail.split()) <= 4 and len(head.split()) >= 3:
                return head.strip()
    return title


def _image_url(value: Any, base: str | None, *, exact: bool = False) -> str | None:
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or value.get("@id")
    if isinstance(value, str):
        return _url(value if exact else _escaped_url(value), base)
    return None


def _escaped_url(raw: str) -> str:
    """An address escaped for HTML once more than it should be ("a.jpg?w=640&amp;q=80", "?v&#x3D;1"), decoded:
    no address is meant with a character reference in it."""
    return html.unescape(raw) if "&amp;" in raw or "&#" in raw else raw


def _image_of(value: Any, base: str | None, *, exact: bool = False) -> Image | None:
    url = _image_url(value, base, exact=exact)
    if url is None:
        return None
    if isinstance(value, dict):
        alt = value.get("description") or value.get("alternateName")
        return Image(
            url,
            alt=(alt if isinstance(alt, str) and alt and normalize_text(alt) == alt else None)
            if exact
            else clean_line(alt, unescape=True),
            width=parse_size(value.get("width")),
            height=parse_size(value.get("height")),
        )
    return Image(url)


def _is_junk_image(url: str) -> bool:
    lowered = image_path(url).lower()
    return any(word in lowered for word in _IMAGE_JUNK) or lowered.endswith((".svg", ".ico"))


# --------------------------------------------------------------------------- fields


def _metadata_titles(src: Sources) -> list[str]:
    """Headline candidates from metadata, site name stripped, best source first."""
    candidates: list[Any] = [src.article.get("headline"), src.article.get("name")]
    candidates.extend(src.metas(*META_HEADLINE[:5]))
    candidates.extend(src.micro("headline"))
    candidates.append(src.title)
    out: list[str] = []
    for raw in candidates:
        text = _first_line(raw)
        if text and "&" in text:
            text = decode_typographic(text)
            if "&" in text and not any(text in heading for heading in src.h1):
                # Escaped twice by the CMS ("&amp;mdash;"): metadata only, the visible h1 wins anyway; a title the
                # page prints as it reads ("&amp; ..." in its h1) is meant as written.
                text = clean_line(html.unescape(text)) or text
        if text:
            out.append(strip_site_name(text, src.site_names, []))
    return out


def _usable_h1(text: str, src: Sources) -> bool:
    """An ``<h1>`` that can be the headline: not the site's name or logo, not a one-word label.

    A masthead may print the site's name shortened ("Minecraft News" for "Minecraft Update News"): an
    ``<h1>`` of two words or more, all of them words of a site name, is the masthead too.
    """
    if len(text) > 400 or _site_match(text, src.site_names):
        return False
    words = comparable(text).split()
    if len(words) >= 2 and any(set(words) <= set(comparable(name).split()) for name in src.site_names):
        return False
    return not (len(text.split()) == 1 and len(src.h1) > 1)


def _labels_around(heading: str, title: str) -> tuple[str, str]:
    """What a heading prints before and after ``title``: ("Opinion |", "| Editorial"), or ("", "")."""
    if heading.endswith(title):
        return heading[: -len(title)].rstrip(), ""
    start = heading.find(title)
    if start <= 0:
        return "", ""
    return heading[:start].rstrip(), heading[start + len(title) :].strip()


def _titled(node: LexborNode) -> bool:
    """Whether an element says by its class, id or itemprop that it holds the article's title."""
    attributes = node.attributes
    value = f"{attributes.get('class') or ''} {attributes.get('id') or ''} {attributes.get('itemprop') or ''}"
    lowered = value.lower()
    return "title" in lowered or "headline" in lowered


#: Words any two titles may share ("Information and Resources", "Superbugs: What They Are and How ..."): they
#: do not make an <h1> agree with a metadata title.
_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from", "is", "are", "was",
     "be", "it", "its", "this", "that", "how", "what", "why", "who", "you", "your", "we", "our", "s"}
)  # fmt: skip


def extract_headline(src: Sources) -> str | None:
    """The visible ``<h1>``, checked against JSON-LD headline, og:title, twitter:title, DC, microdata, <title>.

    The headline as printed is the page's ``<h1>`` (not the site's logo or a section
    label). Of several, the one a metadata title agrees with is taken; an ``<h1>`` that
    is a metadata title with a label in front ("Opinion | Title") gives the metadata
    title. Without a usable ``<h1>``, the first metadata title, site name stripped
    ("Title | The Site" -> "Title").
    """
    if src.exact:
        # our own page states the headline as written (no site name to take off: "Mozilla - Wikipedia" is it)
        return _line(src, src.article.get("headline"))
    titles = _metadata_titles(src)
    keys = {comparable(title) for title in titles}
    # a permalink sign closing an <h1> ("Setting up¶") is no word of it; our own pages print the headline as is
    printed = src.h1 if src.exact else [PERMALINK_TAIL.sub("", text) for text in src.h1]
    headings = [text for text in printed[:8] if text and _usable_h1(text, src)]
    for heading in headings:
        if comparable(heading) in keys:
            return heading
    for heading in headings:
        key = comparable(heading)
        for title in titles:
            other = comparable(title)
            # "Politics | Title": a short label in front of a title the metadata gives
            # (and maybe one after it: "Opinion | Title | Editorial").
            label, tail = _labels_around(heading, title)
            if (
                label
                and label[-1] in "|:-–—"
                and len(label.split()) <= 4
                and comparable(label) not in (comparable(title), "")
                and not _site_match(label.rstrip("|:-–— "), src.site_names)
                and (not tail or (tail[0] in "|:-–—" and len(tail.split()) <= 4))
            ):
                return title
            # "GOTY" over "GOTY: The Top 12 Games": a kicker printed as the h1.
            if key and other.startswith(key + " ") and len(key.split()) <= 2:
                return title
    if headings:
        if titles:
            words = set(" ".join(keys).split()) - _FUNCTION_WORDS

            def overlap(text: str) -> float:
                tokens = comparable(text).split()
                return sum(token in words for token in tokens) / len(tokens) if tokens else 0.0

            best = max(headings, key=overlap)
            if overlap(best) > 0:
                return best
            # no word of any metadata title in any <h1>: unless one is marked as the article's title (a class
            # or an id saying "title" or "headline": a printed headline the metadata replaced with another),
            # they are a section's or the site's labels ("Allergies Health Center"), and the headline is the
            # metadata's
            marked = [text for text, node in zip(printed, src.h1_nodes, strict=True) if _titled(node)]
            return next((text for text in headings if text in marked), titles[0])
        # The h1 is the headline as printed: kept whole (a site name is not printed there).
        return headings[0]
    if not titles:
        return None
    return _titled_head(src, titles[0]) or titles[0]


#: What parts a title as printed on the page from the rest of a metadata title ("Title - Chapter 1 - Author").
_TITLE_PARTS = (" - ", " – ", " — ", " | ", ": ", " :: ", " · ")


def _titled_head(src: Sources, title: str) -> str | None:
    """The page's title as printed in a ``<h2>`` marked as a title (a class or id saying title or headline), when
    the metadata title opens with it and goes on after a separator: the part the page shows as its heading.

    Pages without a usable ``<h1>`` (the site's logo in it) print their title lower and give a longer one in
    ``<title>`` ("Conversations with a Cryptid - Chapter 1 - Ann Lee - Fandom | Archive").
    """
    for node in src.doc.tree.css("h2")[:8]:
        if not _titled(node):
            continue
        text = _node_text(node)
        if text and len(text) < len(title) and title.startswith(text):
            rest = title[len(text) :]
            if rest.startswith(_TITLE_PARTS):
                return text
    return None


def extract_alternative_headline(src: Sources, headline: str | None) -> str | None:
    """JSON-LD alternativeHeadline, the visible dek (``p.dek``, ``.standfirst``), microdata."""
    near = src.h1_nodes[0].parent if src.h1_nodes else None
    if near is not None and near.parent is not None and near.tag not in ("header", "hgroup"):
        near = near.parent
    # A dek sits by the headline (a box elsewhere with a "subhead" class is not one).
    deks = [node for node in src.deks[:6] if _contains(near, node) if near is not None] if near else src.deks[:3]
    if not src.exact:
        # a "subhead" row of name and <time>s ("JANIE HAR Nov. 20, 2019 Updated: ...") is the byline's row, no dek
        rows = [node for node in deks if node.css_first("time") is not None]
        deks = [node for node in deks if not any(node.mem_id == row.mem_id or _contains(row, node) for row in rows)]
    visible = [text for node in deks[:3] if (text := _node_text(node)) and len(text) < 600]
    candidates: list[str | None] = [
        _line(src, src.article.get("alternativeHeadline"))
        if src.exact
        else _first_line(src.article.get("alternativeHeadline"), unescape=True)
    ]
    candidates.extend(_line(src, text) for text in visible)
    candidates.extend(clean_line(text) for text in src.micro("alternativeHeadline"))
    for dek in candidates:
        if dek and not src.exact and (RELATED_LABEL.match(dek) or BOILERPLATE_TEXT.match(dek) or furniture_line(dek)):
            # "More from Global News": a related-posts box's label in a subhead class, no dek; nor is a
            # newsletter's plug ("Sign up for the ... newsletter to get this ...")
            continue
        # A dek equal to the headline is a CMS repeating itself, unless the page shows it.
        if dek and (dek != headline or dek in visible):
            return dek
    return None


def extract_description(src: Sources) -> str | None:
    """JSON-LD description, meta description, og:description, twitter:description, Dublin Core.

    The site's name ("The Nation Magazine") or its tagline in one of them describes no article: the next is read.
    """
    candidates: list[Any] = [src.article.get("description")]
    if src.exact and (exact := _line(src, candidates[0])):
        return exact
    candidates.extend(src.metas(*META_DESCRIPTION))
    candidates.append(src.page.get("description"))
    for raw in candidates:
        text = _first_line(raw, unescape=True)
        if text and not _site_match(text, src.site_names) and not _is_tagline(text, src):
            return text  # (a site-wide meta holding the site's name or tagline describes no article)
    return None


def extract_url(src: Sources) -> str | None:
    """The caller's URL, JSON-LD url, og:url, twitter:url."""
    if src.doc.url:
        return src.doc.url
    # Not the canonical link: that is canonical_url's, and may differ from the page's URL.
    candidates: list[Any] = [src.article.get("url"), *src.metas("og:url", "twitter:url")]
    for raw in candidates:
        if isinstance(raw, str) and (url := _url(raw, src.doc.base_url)):
            return url
    return None


def extract_canonical_url(src: Sources) -> str | None:
    """``<link rel=canonical>``, JSON-LD mainEntityOfPage (its ``@id`` or URL)."""
    if src.canonical:
        return src.canonical
    value = src.article.get("mainEntityOfPage")
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if isinstance(value, str):
        return _url(value, src.doc.base_url)
    return None


def _breadcrumb(src: Sources, headline: str | None) -> list[str]:
    for node in src.jsonld.of_type("BreadcrumbList"):
        items = node.get("itemListElement")
        if not isinstance(items, list):
            continue
        names: list[str] = []
        last: dict[str, Any] = {}
        for item in items:
            item = src.jsonld.resolve(item)
            if not isinstance(item, dict):
                continue
            name = _first_line(item.get("name") or item.get("item"), unescape=True)
            if name:
                names.append(name)
                last = item
        if names and _is_the_article(names[-1], last, src, headline):
            names.pop()
        if len(names) >= 2:
            return names[-1:]
    return []


def _is_the_article(name: str, item: dict[str, Any], src: Sources, headline: str | None) -> bool:
    """Whether a breadcrumb's item is the article itself, not its section: it is the page's address, or its name
    is the headline (the site's name aside: "Title | The Site"), or holds nine in ten of the headline's words
    (a title the page had before: "... in August 2023" over "... in December 2023")."""
    target = item.get("item")
    if isinstance(target, dict):
        target = target.get("@id") or target.get("url")
    page = _bare_address(src.doc.url, src.doc.base_url) if src.doc.url else None
    if isinstance(target, str) and page is not None and _bare_address(target, src.doc.base_url) == page:
        return True
    if not headline:
        return False
    if comparable(strip_site_name(name, src.site_names, [])) == comparable(headline):
        return True
    words, own = set(comparable(name).split()), comparable(headline).split()
    return len(own) >= 4 and sum(word in words for word in own) >= 0.9 * len(own)


def extract_categories(src: Sources, headline: str | None) -> tuple[str, ...]:
    """JSON-LD articleSection, article:section and section metas, microdata, ``p.category``, breadcrumb."""
    exact = _exact_lines(src, "articleSection")
    if exact:
        return exact
    section = src.ld("articleSection")
    for values in (
        # One string joining several sections ("Apollo 8, NASA History") is split.
        _split_keywords(section) if isinstance(section, str) else _strings(section),
        src.metas(*META_SECTION),
        src.micro("articleSection"),
        [_node_text(node) for node in src.categories],
        _breadcrumb(src, headline),
    ):
        cleaned = [text for raw in values if (text := clean_line(raw, unescape=True)) and len(text) <= 300]
        if cleaned:
            # a label that names no topic is dropped; a source of nothing else has still said there is none
            return _dedupe([text for text in cleaned if comparable(text) not in _NO_TOPIC])
    return ()


#: Section labels that name no topic: a content type, the home page, a publishing flag, a CMS's default.
_NO_TOPIC = frozenset(
    comparable(label)
    for label in (
        "article", "articles", "post", "posts", "story", "stories", "featured", "all", "homepage",
        "home page", "front page", "front-page", "frontpage", "uncategorized", "uncategorised", "default", "none",
    )
)  # fmt: skip


def _split_keywords(raw: str) -> list[str]:
    raw = decode_references(raw)  # "Food &amp; Drink" is one item: the reference's ";" separates nothing
    separator = "," if "," in raw else (";" if ";" in raw else None)
    return raw.split(separator) if separator else [raw]


def extract_keywords(src: Sources) -> tuple[str, ...]:
    """JSON-LD keywords (a list, or a comma-separated string), article:tag, news_keywords, keywords."""
    exact = _exact_lines(src, "keywords")
    if exact:
        return exact
    value = src.ld("keywords")
    values: list[str] = []
    if isinstance(value, list):
        values = _strings(value)
    elif isinstance(value, str):
        values = _split_keywords(value)
    if not values:
        tags = src.metas("article:tag", "og:article:tag")
        values = [part for tag in tags for part in (_split_keywords(tag) if len(tags) == 1 else [tag])]
    if not values:
        for raw in src.metas("news_keywords", "keywords", "parsely-tags", "sailthru.tags"):
            values.extend(_split_keywords(raw))
            if values:
                break
    if not values:
        values = _micro_keywords(src)
    cleaned = [text for raw in values if (text := clean_line(raw, unescape=True)) and len(text) <= 300]
    return _dedupe(cleaned)


def _micro_keywords(src: Sources) -> list[str]:
    """Microdata ``keywords``: a ``content`` split at commas, else the tags an element links to (its label,
    "Tagged", "Tags:", left out), else its text split at commas."""
    values: list[str] = []
    for node in src.microdata.get("keywords", ()):
        content = node.attributes.get("content")
        if content is None and (links := node.css("a")):
            values.extend(link.text(separator=" ") for link in links)
        else:
            values.extend(_split_keywords(content if content is not None else node.text(separator=" ")))
    return values


def _person_from_node(src: Sources, value: Any) -> list[Person]:
    """People from a JSON-LD author value: a string, a node, a list, a nested name."""
    value = src.jsonld.resolve(value)
    if isinstance(value, list):
        out: list[Person] = []
        for item in value:
            out.extend(_person_from_node(src, item))
        return out
    if isinstance(value, str):
        if _url(value) is not None and value.strip().lower().startswith("http"):
            return []
        return [Person(name, role=role) for name, role in split_byline(value)]
    if not isinstance(value, dict):
        return []
    types = node_types(value)
    if types and set(types).intersection(ORGANIZATION_TYPES) and "Person" not in types:
        return []
    raw_name = value.get("name")
    if isinstance(raw_name, list) and len(names := [item for item in raw_name if isinstance(item, str)]) > 1:
        # One node for several people ("name": ["Jane Doe", "John Roe"]): each is an author.
        return [Person(name) for item in names if (name := clean_person_name(item)) is not None]
    if isinstance(raw_name, dict | list):
        raw_name = _first_line(raw_name)
    if not raw_name and (value.get("givenName") or value.get("familyName")):
        raw_name = f"{value.get('givenName') or ''} {value.get('familyName') or ''}"
    name = clean_person_name(raw_name)
    if name is None:
        return []
    if " | " in name:
        # "Jane Doe | The Daily Paper": a name with its outlet.
        head, _, tail = name.partition(" | ")
        if head and (is_organization(tail) or _site_match(tail, src.site_names)):
            name = head
    url = value.get("url") or value.get("sameAs")
    if isinstance(url, list):
        url = next((item for item in url if isinstance(item, str)), None)
    person_url = _url(url, src.doc.base_url) if isinstance(url, str) else None
    if person_url is not None and person_url.startswith("mailto:"):
        person_url = None
    role = clean_line(value.get("jobTitle"), unescape=True)
    names = split_joined_name(name)
    if len(names) > 1:
        return [Person(part) for part in names]
    return [Person(name, url=person_url, role=role)]


def _visible_bylines(src: Sources) -> list[LexborNode]:
    if src._visible_bylines is None:
        src._visible_bylines = _outermost_short(src.bylines)
    return src._visible_bylines


def _outermost_short(nodes: list[LexborNode]) -> list[LexborNode]:
    out: list[LexborNode] = []
    for node in nodes:
        text = node.text(separator=" ")
        if not text or not text.strip() or len(text) > _BYLINE_MAX * 2:
            continue
        if any(_contains(outer, node) for outer in out):
            continue
        out.append(node)
        if len(out) >= 6:
            break
    return out


def _contains(outer: LexborNode, node: LexborNode) -> bool:
    # Compare by memory id: LexborNode equality compares serialised HTML (slow).
    target = outer.mem_id
    parent = node.parent
    depth = 0
    while parent is not None and depth < 50:
        if parent.mem_id == target:
            return True
        parent = parent.parent
        depth += 1
    return False


def _drop_organizations(
    people: list[Person], src: Sources, dropped: set[str] | None = None, *, structured: bool = False
) -> list[Person]:
    """Drop the site or publisher named as an author, names in ``dropped``, and repeats.

    ``structured`` people (JSON-LD) are kept as listed, repeats included: the page's
    own data says so.
    """
    out: list[Person] = []
    seen: set[str] = set(dropped or ())
    for person in people:
        key = comparable(person.name) or person.name.casefold()
        if key in seen and (not structured or key in (dropped or ())):
            continue
        # The brief's rule: an author equal to the publisher's or the site's name is the
        # organisation, not a person (pages type "USA TODAY" as a Person).
        if _site_match(person.name, src.site_names):
            continue
        seen.add(key)
        out.append(person)
    return out


def _byline_box(node: LexborNode) -> int | None:
    """The id of the outermost element near ``node`` whose class says byline, or None."""
    found: int | None = None
    parent = node.parent
    for _level in range(5):
        if parent is None:
            break
        if BYLINE_CLASS.search(parent.attributes.get("class") or ""):
            found = parent.mem_id
        parent = parent.parent
    return found


def _grouped(nodes: list[LexborNode]) -> list[LexborNode]:
    """The first node and the nodes beside it (same parent, or same byline box): one article's co-authors."""
    if not nodes:
        return []
    first_parent = nodes[0].parent
    parent_id = first_parent.mem_id if first_parent is not None else None
    box = _byline_box(nodes[0])
    beside = [node for node in nodes if node.parent is not None and node.parent.mem_id == parent_id]
    if box is not None:
        ids = {node.mem_id for node in beside}
        beside = [node for node in nodes if node.mem_id in ids or _byline_box(node) == box]
    return beside or nodes[:1]


def _visible_people(src: Sources) -> tuple[list[Person], set[str]]:
    """People named by the visible byline, and the contributors it names apart."""
    stated = _authors_stated(src)
    people: list[Person] = []
    contributors: set[str] = set()
    for node in _visible_bylines(src):
        raw = node.text(separator="\n")
        if not raw or len(raw) > _BYLINE_MAX * 2:
            continue
        contributors.update(comparable(name) for name in byline_contributors(normalize_text(raw)))
        # Block boundaries inside a byline separate a name from an affiliation line.
        for line in raw.split("\n"):
            line = _LEADING_JOINER.sub("", line)
            for name, role in split_byline(line):
                if looks_like_name(name) and not is_organization(name):
                    people.append(Person(name, role=role))
        if people or stated:
            # The page's structured data named its authors (perhaps only its desk, "CNBC.com staff"): its
            # byline is the first one shown; those further down sign teasers of other stories.
            break
    return people, contributors


def _authors_stated(src: Sources) -> bool:
    """Whether the structured data or the metas name an author (a person, or only the site's desk)."""
    return bool(src.ld("author") or src.ld("creator") or any(src.metas(key) for key in META_AUTHOR))


def _element_before(node: LexborNode) -> LexborNode | None:
    """The element just before ``node`` among its siblings (text, comments and inline CSS skipped)."""
    sibling = node.prev
    while sibling is not None and sibling.tag in ("-text", "-comment", "style", "script"):
        sibling = sibling.prev
    return sibling


def _in_picture_caption(link: LexborNode) -> bool:
    """Tell whether a link sits in a picture's caption (a photo credit, "By Jane Doe").

    A caption is a ``<figure>``/``<figcaption>``, or an element right after an image that
    holds more text than the link (the caption's words).
    """
    size = len(link.text() or "")
    node = link.parent
    for _level in range(3):
        if node is None:
            return False
        if node.tag in ("figure", "figcaption"):
            return True
        before = _element_before(node)
        if before is not None and before.tag in ("img", "picture") and len(node.text() or "") > size + 40:
            return True
        node = node.parent
    return False


def _author_links(src: Sources) -> list[Person]:
    """People from links to author pages (``/author/jane-doe``), when nothing else names them."""
    nodes = [
        node
        for node in src.doc.tree.css(SEL_AUTHOR_LINKS)
        if looks_like_name(normalize_text(node.text(separator=" ") or ""))
    ]
    nodes = [node for node in nodes if not _in_picture_caption(node)] or nodes
    out: list[Person] = []
    for node in _grouped(nodes):
        url = _url(node.attributes.get("href") or "", src.doc.base_url)
        out.append(Person(normalize_text(node.text(separator=" ") or ""), url=url))
    return out


def _exact_person(src: Sources, value: Any) -> Person | None:
    if not isinstance(value, dict) or "Person" not in node_types(value):
        return None
    name, url, role = value.get("name"), value.get("url"), value.get("jobTitle")
    if not isinstance(name, str):
        return None
    try:
        return Person(name, url=url, role=role)  # the model checks every part
    except (NewsmodelError, TypeError):
        return None


def _exact_people(src: Sources) -> tuple[Person, ...] | None:
    """The exact article node's ``author`` list as written (None: not stated, or not model data)."""
    value = src.article.get("author") if src.exact else None
    if not isinstance(value, list):
        return None
    people = [_exact_person(src, item) for item in value]
    return tuple(person for person in people if person is not None) if all(people) else None


def extract_authors(src: Sources) -> tuple[Person, ...]:
    """JSON-LD author (and creator), author metas, microdata, rel=author links, visible bylines, author links.

    Names only: "By", dates, e-mail addresses, credentials and roles are taken off;
    "A and B" and "A, B" are split; the site or publisher named as author is left out,
    and so are contributors the byline names apart ("Contributions from ..."). When
    the visible byline names everyone a structured source gives and more, its list is
    used (structured data often holds the first author only).

    On an exact page (see :class:`Sources`) the article node's ``author`` list is the
    answer, as written: an empty list means no authors, whatever the byline says.
    """
    exact = _exact_people(src)
    if exact is not None:
        return exact
    visible, contributors = _visible_people(src)
    people = _drop_organizations(
        _person_from_node(src, src.ld("author") or src.ld("creator")), src, contributors, structured=True
    )
    if not people:
        for key in META_AUTHOR:
            # a repeated meta names one author each ("Kooman, F." then "Jong, Michiel de")
            found_here: list[Person] = []
            for raw in src.metas(key):
                if raw.strip().lower().startswith(("http://", "https://", "www.")):
                    continue
                raw = _given_name_first(raw) if key in _SURNAME_FIRST else raw
                found_here.extend(Person(name, role=role) for name, role in split_byline(raw))
            people = _drop_organizations(found_here, src, contributors)  # repeats dropped there
            if people:
                break
    if not people:
        found: list[Person] = []
        for node in _grouped([*src.microdata.get("author", ()), *src.microdata.get("creator", ())]):
            names = [n.text(separator=" ") for n in node.css('[itemprop~="name"]')] or [
                node.attributes.get("content") or node.text(separator=" ")
            ]
            for name_text in names:
                if name_text and len(name_text) <= _BYLINE_MAX:
                    found.extend(Person(name, role=role) for name, role in split_byline(name_text))
        people = _drop_organizations(found, src, contributors)
    if not people:
        found = []
        for node in _grouped([node for node in src.rel_authors if (node.text() or "").strip()]):
            text = node.text(separator=" ")
            if text and len(text) <= 100:
                href = node.attributes.get("href")
                url = _url(href, src.doc.base_url) if href else None
                found.extend(
                    Person(name, url=url if url and not url.startswith("mailto:") else None)
                    for name, _ in split_byline(text)[:1]
                )
        people = _drop_organizations(found, src, contributors)
    if not people:
        people = _drop_organizations(visible, src, contributors)
    elif visible:
        known = {comparable(person.name) for person in people}
        shown = {comparable(person.name) for person in visible}
        if known < shown:
            people = _drop_organizations([*people, *visible], src, contributors)
    # The guesses below (links to author pages, a dateline's name) stand in for a page that names no author;
    # a page whose structured data or metas name only its desk ("CNBC.com staff") has told who wrote it.
    stated = _authors_stated(src)
    if not people and not stated:
        people = _drop_organizations(_author_links(src), src, contributors)
    if not people and not stated:
        people = _drop_organizations(_date_line_people(src), src, contributors)
    if not people and (name := _lead_name(src)) is not None:
        # (the article's own text, no teaser: read even where the structured data names only the desk)
        people = _drop_organizations([Person(name)], src, contributors)
    return tuple(_without_editors(people, src))


#: An editor's or a reviewer's credit printed under a headline, and the capitalised words after it.
_EDITOR_CREDIT = re.compile(
    r"\b(?i:edited|reviewed|fact[- ]?checked|copy[- ]?edited)\s+(?i:by)\s*:?\s+((?:[A-Z][\w'’.-]*\s*){1,5})"
)


def _without_editors(people: list[Person], src: Sources) -> list[Person]:
    """People without those the header credits as editors or reviewers ("Edited by Jane Doe").

    Structured data often lists everyone who worked on a page as its ``author``; the
    lines under the headline say who wrote it and who edited or reviewed it. Nothing
    is dropped when no author would remain.
    """
    if len(people) < 2:
        return people
    credited: list[str] = []
    for _node, text in islice(_nodes_after_headline(src, with_times=True), 6):
        credited.extend(comparable(match.group(1)) for match in _EDITOR_CREDIT.finditer(text))
    if not credited:
        return people
    kept = [
        person
        for person in people
        if not any(f"{credit} ".startswith(f"{comparable(person.name)} ") for credit in credited)
    ]
    return kept or people


def _date_line_people(src: Sources) -> list[Person]:
    """The names printed just before the date on the date line ("Jane Doe Dec 05, 2023"), without "By".

    The last resort: a page that marks its byline by nothing at all. Every name must
    read as a person's (two to five capitalised words, no furniture or desk words).
    """
    line = _headline_date_line(src)
    if line is None:
        return []
    _node, text, match = line
    head = normalize_text(text[: match.start()]).rstrip(" ,|·•–—-")
    if not head or len(head) > 100:
        return []
    people = [Person(name) for name, _role in split_byline(head)]
    if not people or any(not looks_like_name(p.name) or is_organization(p.name) for p in people):
        return []
    # The names must be all the line prints before the date (no sentence, place or label).
    printed = [word for word in comparable(head).split() if word not in _BYLINE_JOINERS]
    named = [word for person in people for word in comparable(person.name).split()]
    return people if printed == named else []


def _lead_name(src: Sources) -> str | None:
    """A name in bold alone in the first paragraph after the headline (``<p><strong>Ann Lee</strong></p>``), the
    byline of a page that marks it by nothing else; the article's text must follow it."""
    if src.exact or not src.h1_nodes:
        return None
    # The first two paragraphs with words, among the first 12 of the 400 elements after the headline (read
    # lazily: the walk stops at the 12th paragraph, or at the second with words).
    paragraphs = (node for node in islice(_elements_after(src.h1_nodes[0]), 400) if node.tag == "p")
    worded = ((node, normalize_text(node.text(separator=" ") or "")) for node in islice(paragraphs, 12))
    texts = list(islice(((node, text) for node, text in worded if text), 2))
    if len(texts) < 2 or len(texts[1][1]) < 80:
        return None
    node, text = texts[0]
    bold = [child for child in node.iter() if child.tag in ("strong", "b")]
    if len(bold) != 1 or normalize_text(bold[0].text(separator=" ") or "") != text:
        return None
    return text if looks_like_name(text) and len(text.split()) <= 4 and not is_organization(text) else None


def _elements_after(node: LexborNode) -> Iterator[LexborNode]:
    """The elements after ``node`` in document order (not those inside it)."""
    current: LexborNode | None = node
    while current is not None:
        following = current.next
        while following is None:
            current = current.parent
            if current is None:
                return
            following = current.next
        current = following
        if current.tag not in ("-text", "-comment"):
            yield from current.traverse()  # itself, then the elements inside it


def extract_byline(src: Sources, authors: Sequence[Person] = ()) -> str | None:
    """The byline as printed: the first visible byline element (``p.byline``, ``.byline`` ...).

    With the ``authors`` known, an element that names none of them and does not open with "By" is passed over:
    a photo credit, another story's author, a form's message in a byline class.
    """
    for node in _visible_bylines(src):
        if src.exact:
            printed = _printed_byline(src, node)
            if printed is not None:
                return printed
            continue
        if _in_form_or_comments(node):
            # a form's field or its answer ("Name *", "Thanks for contacting us"), a reader's name over a comment
            continue
        printed = _printed_byline(src, node)
        if printed is not None and is_by_alone(printed):
            # "By" in an element of its own (<span class="byline-prefix">By</span>), the names beside it
            parent = node.parent
            printed = printed_byline(shown_text(parent, " ")) if parent is not None else None
            if printed is not None and (len(printed) > _BYLINE_MAX or is_by_alone(printed)):
                printed = None
        if printed is None or _WEB_ADDRESS.match(printed):
            continue
        if authors and not opens_with_by(printed) and not _names_one_of(printed, authors):
            continue
        return printed
    lead = _lead_name(src) if len(authors) == 1 else None
    return lead if lead is not None and comparable(lead) == comparable(authors[0].name) else None


def _names_one_of(text: str, authors: Sequence[Person]) -> bool:
    """Whether a byline holds a word of one of the authors' names ("Ann Lee, Staff Writer" for Ann Lee)."""
    folded = text.casefold()
    return any(len(word) > 2 and word in folded for person in authors for word in person.name.casefold().split())


# A web address alone ("blog.example.com", "https://example.com/"): an author box's link, no byline.
# (Matched at the start only: anchored, a search never re-reads a long run of words and dots from each of them.)
_WEB_ADDRESS = re.compile(r"\A(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?\Z", re.IGNORECASE)


def _printed_byline(src: Sources, node: LexborNode) -> str | None:
    """The byline a byline element prints (None: none that fits)."""
    # (A CSS query on a node also matches the node itself: compare ids.)
    if all(part.mem_id == node.mem_id for part in node.css(SEL_BYLINE_PARTS)):
        # Plain text: printed exactly as it is.
        text = _node_text(node)
        if text and src.exact:
            return _line(src, text)
        if text and len(text) <= _BYLINE_MAX:
            if is_by_alone(text):
                return _line(src, text)  # "By" in an element of its own: the caller reads the element around it
            # printed as it is, up to where a date, "Updated" or a button begins ("By Ann Lee March 3, 2024")
            return printed_byline(text)
        return None
    # A byline box (name, date, buttons in their own elements): its first part.
    printed = printed_byline(shown_text(node, " "))
    return printed if printed and len(printed) <= _BYLINE_MAX else None


#: The elements that make a thread of readers' comments (with a class or id of ``COMMENT_WORDS``).
_THREAD_TAGS = frozenset({"li", "ol", "ul", "section", "aside"})


def _in_form_or_comments(node: LexborNode) -> bool:
    """Whether ``node`` is or sits in a ``<form>`` or a thread of readers' comments (at most 12 levels up)."""
    element: LexborNode | None = node
    for _ in range(12):
        if element is None:
            return False
        if element.tag == "form":
            return True
        if element.tag in _THREAD_TAGS:
            # (only a list or its item: pages flag whole wrappers "comments-enabled")
            attributes = element.attributes
            value = (attributes.get("class") or "") + " " + (attributes.get("id") or "")
            if value.strip() and any(token in COMMENT_WORDS for token in class_tokens(value)):
                return True
        element = element.parent
    return False


def extract_dateline(src: Sources) -> str | None:
    """The dateline as printed (``p.dateline``, ``.dateline``)."""
    for node in src.datelines[:2]:
        # the parts of a date line are read apart ("December 23, 2023" and "11:08 AM UTC" in elements of their own
        # run together when joined as they are); our own pages print it in one piece
        text = _node_text(node) if src.exact else _parts_text(node)
        if text and not src.exact:
            # a separator the element closes or opens with ("Computerworld |") belongs to the row, not the line;
            # what is left must say something, and not only the site's name
            text = _LABEL_LEFT_EMPTY.sub("", text.strip(_ROW_SEPARATORS))
            if not any(char.isalnum() for char in text) or _site_match(text, src.site_names):
                continue
        if text and (src.exact or len(text) <= _BYLINE_MAX):
            return _line(src, text)
    return None


#: A label closing a date line with nothing after it: the script that writes its time did not run
#: ("March 4, 2024 12:45 PM UTC Updated ago").
#: (A run of white space is entered at its start only: a search does not read a long run again from each of its
#: characters.)
_LABEL_LEFT_EMPTY = re.compile(r"(?<!\s)\s+(?:updated|published|posted|modified)(?:\s+ago)?[\s:]*\Z", re.IGNORECASE)
#: Characters that part the items of a row of metadata ("Author | Date · 3 min read") with the spaces around them.
_ROW_SEPARATORS = " |·•"


def extract_publisher(src: Sources) -> Organization | None:
    """JSON-LD publisher (a node, a list, an ``@id`` reference or a name), else og:site_name."""
    base = src.doc.base_url
    value = src.jsonld.resolve(src.ld("publisher"))
    if src.exact and isinstance(value, dict) and (name := _line(src, value.get("name"))):
        url = value.get("url")
        try:
            logo = _image_of(value.get("logo"), base, exact=True)
            return Organization(name, url=url if isinstance(url, str) and _url(url) == url else None, logo=logo)
        except (NewsmodelError, TypeError):
            pass  # not model data after all: the ordinary rules below
    if isinstance(value, list) and value:
        value = src.jsonld.resolve(value[0])
    if isinstance(value, dict):
        name = _organization_name(_first_line(value.get("name") or value.get("legalName"), unescape=True))
        if name and _is_tagline(name, src):
            # the site's own name where it states one, else the node's other name; the tagline if there is none
            named = [clean_line(raw, unescape=True) for raw in src.metas("og:site_name")]
            named += [_site_name_of(src), _first_line(value.get("alternateName"), unescape=True)]
            name = next((own for raw in named if (own := _organization_name(raw))), name)
        if name:
            url = value.get("url")
            logo = _image_of(src.jsonld.resolve(value.get("logo")), base)
            if logo is not None and not urlsplit(logo.url).path.strip("/"):
                logo = None  # the site's home page given as its logo: no picture
            return Organization(name, url=_url(url, base) if isinstance(url, str) else None, logo=logo)
    if isinstance(value, str) and (name := _organization_name(clean_line(value, unescape=True))):
        return Organization(name)
    for raw in src.metas("og:site_name", "dc.publisher", "dcterms.publisher", "publisher"):
        name = _organization_name(clean_line(raw, unescape=True))
        if name:
            return Organization(name)
    return None


def _is_tagline(name: str, src: Sources) -> bool:
    """Whether a publisher's name is the site's tagline: a ``WebSite`` node's description ("Where Hope Finally
    Made a Comeback"), which a site's settings may also have put in its ``Organization`` node's name."""
    key = comparable(name)
    return any(
        isinstance(node.get("description"), str) and comparable(node["description"]) == key
        for node in src.jsonld.of_type("WebSite")
    )


def _site_name_of(src: Sources) -> str | None:
    """The ``WebSite`` node's name, unless that too is its tagline."""
    for node in src.jsonld.of_type("WebSite"):
        name = _organization_name(clean_line(node.get("name"), unescape=True))
        if name and not _is_tagline(name, src):
            return name
    return None


def _organization_name(name: str | None) -> str | None:
    """A publisher's name as a site states it, without what it adds after " | " ("The Harbour Times |
    HarbourTimes.com", "Site | By: Ann Lee") or a tagline after a dash; an address alone ("http://www.example.com")
    is no name."""
    if name is None or name.lower().startswith(("http://", "https://", "www.")):
        return None
    head = name.split(" | ", 1)[0].strip()
    for dash in (" — ", " – "):
        # a tagline after a dash: "news.com.au — Australia's leading news site"
        before, _, tagline = head.partition(dash)
        if before.strip() and len(tagline.split()) >= 3:
            head = before.strip()
    return head or name


def _dates_from(values: list[Any], *, fuzzy: bool = False) -> date | datetime | None:
    for raw in values:
        if isinstance(raw, list):
            raw = raw[0] if raw else None
        if isinstance(raw, dict):
            raw = raw.get("@value")
        value = parse_date(raw, fuzzy=fuzzy)
        if value is not None:
            return value
    return None


#: Author metas whose convention is the surname first ("Jong, Michiel de", "Lee, Ann").
_SURNAME_FIRST = frozenset({"dc.creator", "dcterms.creator", "citation_author"})
#: "Surname, Given names": one word (after its particles) before the comma, one to three after it.
_INVERTED_NAME = re.compile(  # (anchored: it is only ever matched whole, and a search stays linear)
    r"\A\s*((?:(?:de|van|von|der|den|da|di|du|la|le|del|dos)\s+)*[A-Z][\w'’-]+),\s*"
    r"([A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|den|da|di|du|la|le|del|dos)){0,2})\s*",
)


def _given_name_first(raw: str) -> str:
    """A surname-first author meta in reading order ("Lee, Ann" -> "Ann Lee"); any other value as it is."""
    match = _INVERTED_NAME.fullmatch(raw)
    if match is None or is_organization(match.group(2)) or is_role(match.group(2)):
        return raw
    return f"{match.group(2)} {match.group(1)}"


def _micro_date(src: Sources, prop: str) -> date | datetime | None:
    """A microdata date: its ``content`` or ``datetime``, else its text read as visible text, words around the
    date skipped ("Updated: Sat 8:31 PM, Feb 17, 2018")."""
    for node in src.microdata.get(prop, ()):
        attributes = node.attributes
        raw = attributes.get("content") or attributes.get("datetime")
        value = parse_date(raw) if raw is not None else parse_date(node.text(separator=" "), fuzzy=True)
        if value is not None:
            return value
    return None


def _time_value(node: LexborNode) -> str | None:
    return node.attributes.get("datetime") or node.attributes.get("content")


def _is_published_time(node: LexborNode) -> bool:
    attributes = node.attributes
    if "pubdate" in attributes or "datePublished" in (attributes.get("itemprop") or ""):
        return True
    classes = attributes.get("class") or ""
    return _says_published(classes) and not _says_modified(classes)


_MINUTE = timedelta(minutes=1)
_QUARTER = timedelta(minutes=15)
_MAX_OFFSET = timedelta(hours=14)


def _zone_shown(shown: date | datetime | None, found: datetime) -> tzinfo | None:
    """The zone in which a printed moment ``shown`` is the instant ``found``, or None.

    ``shown`` may carry its own zone (the same instant, to the minute) or be a bare
    clock, which must differ from UTC by a whole number of quarter hours (to the minute:
    pages print minutes, metadata seconds) and at most 14 hours.
    """
    if not isinstance(shown, datetime):
        return None
    if shown.tzinfo is not None:
        return shown.tzinfo if abs(shown - found) < _MINUTE else None
    shift = shown - found.astimezone(UTC).replace(tzinfo=None)
    whole = round(shift / _QUARTER) * _QUARTER
    if abs(shift - whole) >= _MINUTE or abs(whole) > _MAX_OFFSET:
        return None
    return timezone(whole) if whole else UTC


def _local_twin(found: datetime, src: Sources) -> datetime | None:
    """The same moment as ``found`` in the zone the page prints it in, or None.

    The date line a reader sees comes first: when it prints the same instant (to the
    minute) in another zone, that zone is the page's, whatever zone the metadata gave.
    A moment given in UTC is also given in the zone of a local form of it elsewhere (a
    ``<meta>``, a ``<time>`` or its text): same instant, more of what the page said.
    """
    if not src.exact:
        for shown in _visible_moments(src, first=3):
            zone = _zone_shown(shown, found)
            if zone is not None:
                return found.astimezone(zone)
    if found.utcoffset() != timedelta(0):
        return None
    raws: list[Any] = [*src.metas(*META_PUBLISHED), *src.micro("datePublished")]
    raws.extend(_time_value(node) for node in src.times[:4])
    # Read one at a time: the first local form ends the search (reading dates is dear).
    values = chain(
        (parse_date(raw) for raw in raws),
        (parse_date(node.text(separator=" "), fuzzy=True) for node in src.times[:4]),
    )
    for value in values:
        zone = _zone_shown(value, found)
        if zone is not None and zone.utcoffset(None):
            return found.astimezone(zone)
    return None


def _printed_moment(text: str, *, clock_only: bool = False) -> date | datetime | None:
    """The first date phrase of a line, with the clock (and zone) printed beside it if any.

    ``clock_only``: a date printed without a clock is not read (None).
    """
    match = _DATE_PHRASE.search(text)
    if match is None:
        return None
    day = match.group(0)
    clock = _CLOCK_AFTER.match(text[match.end() :]) or _CLOCK_BEFORE.search(
        text, max(0, match.start() - 40), match.start()
    )
    if clock is not None and (value := parse_date(f"{day} {clock.group(1)}")) is not None:
        return value
    return None if clock_only else parse_date(day, fuzzy=True)


def _date_class_lines(src: Sources) -> Iterator[str]:
    """The text of elements whose class speaks of dates, near the top of the page."""
    for node, classes in page_index(src.doc).select_values(SEL_DATE_CLASSES)[:12]:
        text = node.text(separator=" ")
        if not text or len(text) > 200 or _says_modified(classes):
            continue
        if node.css_first("time") is not None or _in_aside(node):
            continue  # <time> elements were read already; asides date other articles
        yield text


def _shown_text(node: LexborNode) -> str | None:
    """The text a reader sees in an element: without the CSS of inline ``<style>`` elements.

    (CSS-in-JS pages put a ``<style>`` before every element.) A large element is not
    cleaned: its text is too long to be a date line anyway.
    """
    text: str | None = node.text(separator=" ")
    if text and len(text) > 300 and node.css_first("style, script") is not None:
        if _least_shown(node, text) > 300:
            return None  # too long without its CSS too: a copy of it need not be cleaned
        markup = node.html or ""
        if len(markup) > 20_000:
            return None
        copy = LexborHTMLParser(markup)
        for junk in copy.css("style, script"):
            junk.decompose()
        body = copy.body
        text = body.text(separator=" ") if body is not None else None
    return text


def _least_shown(node: LexborNode, text: str) -> int:
    """At least how long ``node``'s text is without its ``<style>`` and ``<script>`` elements (``text`` is its
    whole text): its characters other than white space, less theirs. (Parsing its markup again, as
    ``_shown_text`` does, keeps every character of its text but ASCII white space.)"""
    junk = 0
    for part in node.css("style, script"):
        junk += _solid_length(part.text() or "")  # (one inside another is taken twice: still at least)
    # Only the first characters are counted, enough to pass 300 when the text is mostly words: a count
    # of the whole (page-long texts) would cost what it saves. A shortfall only sends the text to the parser.
    return _solid_length(text[: 2 * (junk + 300)]) - junk


def _solid_length(text: str) -> int:
    """The number of characters of ``text`` other than ASCII white space."""
    return len(text) - sum(map(text.count, _ASCII_SPACE))


# the characters an HTML parser may drop from a text (in a table, after a <pre>): all of ASCII white space
_ASCII_SPACE = (" ", "\t", "\n", "\r", "\f")


def _nodes_after_headline(
    src: Sources, *, levels: int = 4, with_times: bool = False
) -> Iterator[tuple[LexborNode, str]]:
    """The elements just after a headline (its next elements, then its parents'), with their text.

    ``with_times``: elements holding a ``<time>`` are read too (by default they are left
    to the ``<time>`` reader).
    """
    for heading in src.h1_nodes[:3]:
        node: LexborNode | None = heading
        for _level in range(levels):
            if node is None:
                break
            sibling = node.next
            seen = 0
            while sibling is not None and seen < 8:
                if sibling.tag not in ("-text", "-comment", "script", "style") and (
                    with_times or not _holds_time(src, sibling)
                ):
                    seen += 1
                    key = sibling.mem_id
                    if key in src.shown:
                        text = src.shown[key]
                    else:
                        text = src.shown[key] = _shown_text(sibling)
                    if text and len(text) <= 300:
                        yield sibling, text
                sibling = sibling.next
            node = node.parent


def _holds_time(src: Sources, node: LexborNode) -> bool:
    """Whether ``node`` holds a ``<time>`` (or is one), found once per element."""
    key = node.mem_id
    held = src.holds_time.get(key)
    if held is None:
        held = src.holds_time[key] = node.css_first("time") is not None
    return held


def _lines_after_headline(src: Sources, *, levels: int = 4) -> Iterator[str]:
    """The text of the elements just after a headline, ``<time>`` holders left out."""
    for _node, text in _nodes_after_headline(src, levels=levels):
        yield text


def _day(value: date | datetime, zone: tzinfo | None = None) -> date:
    """The calendar day of a value, in ``zone`` when both are datetimes with a zone."""
    if isinstance(value, datetime):
        if zone is not None and value.tzinfo is not None:
            value = value.astimezone(zone)
        return value.date()
    return value


def _marked_update(node: LexborNode, phrase: str) -> bool:
    """Tell whether ``phrase`` is printed in a ``<time>`` the markup marks as an update."""
    times = [node] if node.tag == "time" else node.css("time")
    for time in times:
        attributes = time.attributes
        marks = f"{attributes.get('class') or ''} {attributes.get('itemprop') or ''}"
        if _says_modified(marks) and phrase in (time.text(separator=" ") or ""):
            return True
    return False


def _headline_date_line(src: Sources) -> tuple[LexborNode, str, re.Match[str]] | None:
    """The page's date line: the first element after the headline that prints a date, and that date.

    Elements just after the headline come first (in page order, ``<time>`` elements
    included); without a headline, the page's first ``<time>`` elements that print a
    date (not those marked as an update). Found once per page (dates and authors ask).
    """
    if not src._date_line_read:
        src._date_line = _find_date_line(src)
        src._date_line_read = True
    return src._date_line


def _find_date_line(src: Sources) -> tuple[LexborNode, str, re.Match[str]] | None:
    for node, text in _nodes_after_headline(src, with_times=True):
        match = _DATE_PHRASE.search(text)
        if match is not None:
            return node, text, match
    if src.h1_nodes:
        return None
    for node in src.times[:4]:
        if _says_modified(node.attributes.get("class") or ""):
            continue
        text = node.text(separator=" ") or ""
        match = _DATE_PHRASE.search(text)
        if match is not None:
            return node, text, match
    return None


def _republished(found: date | datetime, src: Sources, modified: date | datetime | None) -> date | datetime:
    """The date the page presents as its publication date, when it is the modified one.

    Pages brought out again (evergreen guides, shopping lists, updated stories) keep
    their first date in the metadata's datePublished and the new one in dateModified,
    and print the new one, without an "Updated" word or mark, as the article's date.
    When the page's date line prints the modified day so, and not the metadata's
    published day, the modified moment is the date of publication the page shows. A
    date printed as an update ("Updated Dec. 12, 2023", ``<time class=updated>``) stays
    the modified date only.
    """
    zone = found.tzinfo if isinstance(found, datetime) else None
    if modified is None or _day(modified, zone) <= _day(found):
        return found
    line = _headline_date_line(src)
    if line is None:
        return found
    node, text, match = line
    if UPDATE_LABEL.search(text, max(0, match.start() - 40), match.start()) or _marked_update(node, match.group(0)):
        return found
    if _IN_SENTENCE.search(text, max(0, match.start() - 20), match.start()):
        return found  # "On Dec. 23, 2023, the council voted": a date the story tells, not the page's
    shown = parse_date(match.group(0), fuzzy=True)
    if shown is None or _day(shown) not in (_day(modified), _day(modified, zone)):
        return found
    published_day = _day(found)
    for other in _DATE_PHRASE.finditer(text):
        value = parse_date(other.group(0), fuzzy=True)
        if value is not None and _day(value) == published_day:
            return found
    return modified


def _visible_moments(src: Sources, *, first: int | None = None) -> Iterator[date | datetime]:
    """The dates printed on the page's date lines, top first, each with its clock if printed.

    Elements whose class speaks of dates come first, then the elements just after a
    headline. ``first``: only the first lines that print a date are read, and only the
    moments printed with a clock are given (a zone can be read from those alone).
    """
    left = first
    for text in chain(_date_class_lines(src), _lines_after_headline(src, levels=2 if first else 4)):
        if left is not None:
            if _DATE_PHRASE.search(text) is None:
                continue
            if left == 0:
                return
            left -= 1
        value = _printed_moment(text, clock_only=first is not None)
        if value is not None:
            yield value


def extract_date_published(src: Sources, modified: date | datetime | None = None) -> date | datetime | None:
    """JSON-LD datePublished (dateCreated), published-time metas, microdata, ``<time>``, visible date, the URL.

    ``<time>`` elements: a published one (``pubdate``, ``.published``, itemprop) first,
    then the first ``<time datetime>`` of the page. A date printed in an element whose
    class speaks of dates (or just after a headline) comes next, with its clock if printed,
    and a date in the URL last. A page that prints its later modified day as its date
    (not as an update) gives that moment (see ``_republished``). A moment with a zone
    is given in the zone the page's date line prints it in, and one in UTC in the page's
    own zone when the page prints that elsewhere (same instant).
    """
    if src.exact:
        # our own page states the article's date, or that it has none: a date in its body or its URL is not it
        return _dates_from([src.article.get("datePublished")])
    found = _dates_from([src.article.get("datePublished"), src.article.get("dateCreated")])
    found = found or _dates_from(src.metas(*META_PUBLISHED))
    found = found or _micro_date(src, "datePublished")
    found = found or _dates_from([src.page.get("datePublished")])
    published = [node for node in src.times if _is_published_time(node)]
    found = found or _dates_from([_time_value(node) for node in published[:3]])
    unmarked = [node for node in src.times if not _says_modified(node.attributes.get("class") or "")]
    found = found or _dates_from([_time_value(node) for node in unmarked[:3]])
    if found is not None and not src.exact:
        found = _republished(found, src, modified)
    if isinstance(found, datetime) and found.tzinfo is not None:
        found = _local_twin(found, src) or found
    if found is None:
        found = next(_visible_moments(src), None)
    if found is None:
        found = url_date(src.doc.url) or url_date(src.canonical)
    return found


def extract_date_modified(src: Sources) -> date | datetime | None:
    """JSON-LD dateModified, modified-time metas, microdata, ``<time class=modified>``."""
    found = _dates_from([src.article.get("dateModified")])
    if src.exact:
        return found
    found = found or _dates_from(src.metas(*META_MODIFIED))
    found = found or _micro_date(src, "dateModified")
    found = found or _dates_from([src.page.get("dateModified")])
    modified = [node for node in src.times if _says_modified(node.attributes.get("class") or "")]
    found = found or _dates_from([_time_value(node) for node in modified[:2]])
    return found


def extract_language(src: Sources) -> str | None:
    """JSON-LD inLanguage, ``<html lang>``, ``http-equiv=content-language``, og:locale, Dublin Core."""
    value = src.ld("inLanguage")
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    candidates: list[Any] = [value]
    html = src.doc.tree.root
    if html is not None:
        candidates.append(html.attributes.get("lang") or html.attributes.get("xml:lang"))
    candidates.extend(src.metas(*META_LANGUAGE))
    for raw in candidates:
        tag = parse_language(raw)
        if tag:
            return tag
    return None


def _lead_figure(src: Sources) -> tuple[LexborNode, str] | None:
    node = src.lead_figure
    if node is None:
        return None
    img = node.css_first("img[src]")
    if img is None:
        return None
    url = _url(img.attributes.get("src") or "", src.doc.base_url)
    return (node, url) if url else None


def _figure_caption(figure: LexborNode) -> tuple[Inline | None, str | None]:
    caption_node = figure.css_first("figcaption")
    if caption_node is None:
        return None, None
    credit_node = caption_node.css_first("small.credit")
    credit = clean_line(credit_node.text(separator=" ")) if credit_node is not None else None
    caption = _inline_caption(caption_node)
    return caption, credit


def _inline_caption(caption_node: LexborNode) -> Inline | None:
    """The caption's plain text, credit left out (used when the body reader is not there)."""
    clone = caption_node.html or ""
    from selectolax.lexbor import LexborHTMLParser

    fragment = LexborHTMLParser(clone).css_first("figcaption")
    if fragment is None:
        return None
    for credit in fragment.css("small.credit"):
        credit.decompose()
    text = normalize_text(fragment.text(separator="") or "", multiline=True)
    return Inline(text) if text else None


def extract_image(src: Sources) -> Figure | None:
    """JSON-LD image (ImageObject with caption and credit), og:image, twitter:image, microdata.

    Logos (the publisher's, or a URL that says so), avatars and author headshots are
    skipped. When the page shows the image as ``figure.lead-image``, its caption (with
    its marks), credit, alt and size are used.
    """
    base = src.doc.base_url
    excluded: set[str] = set()
    publisher = src.jsonld.resolve(src.ld("publisher"))
    if isinstance(publisher, dict) and (logo := _image_url(src.jsonld.resolve(publisher.get("logo")), base)):
        excluded.add(logo)
    author = src.jsonld.resolve(src.ld("author"))
    for person in author if isinstance(author, list) else [author]:
        person = src.jsonld.resolve(person)
        if isinstance(person, dict) and (headshot := _image_url(person.get("image"), base)):
            excluded.add(headshot)
    figure: Figure | None = None
    value = src.jsonld.resolve(src.ld("image") or src.ld("thumbnailUrl"))
    for item in value if isinstance(value, list) else [value]:
        item = src.jsonld.resolve(item)
        image = _image_of(item, base, exact=src.exact)
        if image is None or image.url in excluded or (_is_junk_image(image.url) and not src.exact):
            continue
        caption = credit = None
        if isinstance(item, dict) and src.exact:
            text = _line(src, item.get("caption"))
            caption = Inline(text) if text else None
            credit = _line(src, item.get("creditText"))
        elif isinstance(item, dict):
            text = _first_line(item.get("caption"), unescape=True)
            caption = Inline(text) if text else None
            credit = _first_line(item.get("creditText") or item.get("copyrightHolder"), unescape=True)
        figure = Figure(image, caption=caption, credit=credit)
        break
    if figure is None:
        for raw in [*src.metas(*META_IMAGE), *src.micro("image")]:
            url = _url(_escaped_url(raw), base)
            if url is None or url in excluded or _is_junk_image(url):
                continue
            widths, heights = src.metas("og:image:width"), src.metas("og:image:height")
            width = parse_size(widths[0]) if widths else None
            height = parse_size(heights[0]) if heights else None
            alt = _first_line(src.metas("og:image:alt", "twitter:image:alt"), unescape=True)
            figure = Figure(Image(url, alt=alt, width=width, height=height))
            break
    lead = _lead_figure(src)
    if lead is not None:
        node, url = lead
        if figure is None or figure.image.url == url:
            shown = _body_figure(node, base)
            if shown is None or shown.image.url != url:
                img = node.css_first("img[src]")
                attributes = img.attributes if img is not None else {}
                caption, credit = _figure_caption(node)
                shown = Figure(
                    Image(
                        url,
                        alt=clean_line(attributes.get("alt")),
                        width=parse_size(attributes.get("width")),
                        height=parse_size(attributes.get("height")),
                    ),
                    caption=caption,
                    credit=credit,
                )
            image = Image(
                url,
                alt=shown.image.alt or (figure.image.alt if figure else None),
                width=shown.image.width or (figure.image.width if figure else None),
                height=shown.image.height or (figure.image.height if figure else None),
            )
            figure = Figure(
                image,
                caption=shown.caption or (figure.caption if figure else None),
                credit=shown.credit or (figure.credit if figure else None),
            )
    return figure


def _body_figure(node: LexborNode, base: str | None) -> Figure | None:
    """The figure as the body reader reads one (caption with its marks), when it is there."""
    import importlib

    try:
        module = importlib.import_module("._blocks", __package__)
    except ImportError:
        return None
    reader = getattr(module, "figure_of", None)
    if reader is None:
        return None
    try:
        result = reader(node, base)
    except Exception:  # the body reader failing must not lose the lead image
        return None
    return result if isinstance(result, Figure) else None


def extract_metadata(doc: Document) -> Metadata:
    """Every metadata field of the page, each from its first source that gives one."""
    src = Sources(doc)
    headline = extract_headline(src)
    modified = extract_date_modified(src)
    authors = extract_authors(src)
    return Metadata(
        headline=headline,
        alternative_headline=extract_alternative_headline(src, headline),
        description=extract_description(src),
        url=extract_url(src),
        canonical_url=extract_canonical_url(src),
        categories=extract_categories(src, headline),
        keywords=extract_keywords(src),
        authors=authors,
        byline=extract_byline(src, authors),
        dateline=extract_dateline(src),
        publisher=extract_publisher(src),
        date_published=extract_date_published(src, modified),
        date_modified=modified,
        language=extract_language(src),
        image=extract_image(src),
    )
