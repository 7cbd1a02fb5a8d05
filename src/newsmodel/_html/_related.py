"""Related-post widgets: "Related Posts", "You may also like", "More from", "Read next".

A widget is found by its class or id (WordPress Jetpack ``jp-relatedposts``, YARPP,
``related-posts`` theme widgets and their like) or by a heading that labels it; its
items become :class:`~newsmodel.RelatedPost` (title, URL, and the image, date and
summary when the widget shows them), and the widget is removed from the page so that it
never reaches the body. ``<aside class="related-posts">``, which ``to_html`` writes, is
one such widget.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .._converter import parse_date
from .._model import Image, RelatedPost
from .._normal import normalize_text, normalize_url
from ._blocks import _image  # the same image reading as the body's
from ._classes import ClassIndex
from ._document import shown_text
from ._meta_values import folded_search
from ._vocab import RELATED_CLASS, RELATED_LABEL

__all__ = ["extract_related"]

# Most items a widget is read for: a longer list is a site index, not related posts.
_MAX_ITEMS = 50
_HEADINGS = "h2, h3, h4, h5, h6, .widget-title, .section-title"
# Its class parts (dear in Lexbor), answered from a class index: on a page without such an
# element (most), its tag parts alone list the same elements.
_HEADING_TAGS = "h2, h3, h4, h5, h6"
_HEADING_CLASSES = (("widget-title", None, ".widget-title"), ("section-title", None, ".section-title"))
# A cheap first cut of the elements whose class or id may name a widget: the selector
# ``_CANDIDATES``; its class parts are answered from a class index, and the whole selector
# is asked of Lexbor only on a page where an id holds one of its words (few do).
_CANDIDATES = (
    "[class*=elat], [id*=elat], [class*=yarpp], [id*=yarpp], [class*=ecommend], [class*=more], [class*=ead-next], "
    "[class*=also], [class*=recirc], [class*=rp4wp]"
)
_CANDIDATE_IDS = "[id*=elat], [id*=yarpp]"
_CANDIDATE_CLASSES = ("elat", "yarpp", "ecommend", "more", "ead-next", "also", "recirc", "rp4wp")
# RELATED_CLASS's test of a class and id, faster (see ``folded_search``).
_says_related = folded_search(RELATED_CLASS)
_ITEM_SELECTOR = "li, article, .jp-relatedposts-post, .yarpp-thumbnail, .related-post, .rp4wp-col"


def _line(text: str | None) -> str | None:
    value = normalize_text(text) if text else ""
    return value or None


def _date(times: list[LexborNode]) -> date | datetime | None:
    """The date of the first of ``times`` (an item's ``<time>`` elements) with a ``datetime``."""
    time = next((node for node in times if "datetime" in node.attrs), None)
    if time is None:
        return None
    raw = (time.attributes.get("datetime") or "").strip()
    try:
        return parse_date(raw)
    except (TypeError, ValueError):
        pass
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        return None


# A link's words that label the widget or the link, not a post ("Read Next", "Latest", "Popular"; "false" is a
# script's value printed as text).
_LABEL = re.compile(
    r"(?:read\s+(?:next|more)|latest|popular|most\s+(?:read|popular)|more|next|previous|see\s+(?:all|more)|"
    r"view\s+(?:all|more)|false|true)\W*",
    re.IGNORECASE,
)
# Words that make a path a listing's, not a post's, when they stand just before its last part (or the part before
# that) in a path of three parts or fewer: a tag, topic, section, author or profile page ("/tag/brexit/",
# "/profile/ann-lee/", "/post/category/analytics/").
_LISTINGS = frozenset(
    {"tag", "tags", "topic", "topics", "category", "categories", "author", "authors", "profile", "profiles", "people",
     "person", "writer", "writers", "contributor", "contributors", "section", "sections", "subject", "subjects",
     "keyword", "keywords", "latest"}
)  # fmt: skip


# what only a post's slug holds: a page's extension, or a number of four digits or more
_POST_SLUG = re.compile(r"\.s?html?$|\.php$|\d{4}")
#: Query keys that name one post on a site's home path ("/?p=123", "/?post_type=post&p=1", "?page_id=7").
_POST_KEYS = frozenset({"p", "page_id", "post", "id", "story", "article", "storyid", "articleid"})


def _listing(url: str) -> bool:
    """Whether a URL is a site's home page or one of its listings (tag, topic, author page), not a post."""
    parts = urlsplit(url)
    segments = [segment.lower() for segment in parts.path.split("/") if segment]
    if not segments:
        # "https://www.example.com", "/?source=navbar": the site (a network's footer of sister sites); "/?p=123" is
        # a post by its number
        keys = {pair.split("=", 1)[0].lower() for pair in parts.query.split("&")}
        return not keys & _POST_KEYS
    if parts.query and "search" in parts.path.lower():
        return True  # "/search?q=climate": a search's results
    # "/tag/brexit/", "/post/category/analytics/": a listing word before the last part of a short path, and that
    # part a name, not a post's slug ("/news/people/obama-speech-a7418181.html" is a post)
    if len(segments) > 3 or not any(segment in _LISTINGS for segment in segments[-3:-1]):
        return False
    slug = segments[-1]
    return not _POST_SLUG.search(slug) and len(re.split(r"[-_]", slug)) <= 4


def _post(item: LexborNode, base: str | None, own_url: str | None, *, exact: bool = False) -> RelatedPost | None:
    """One item of a widget: its first link with text is the post.

    Not on newsmodel's own pages (``exact``): a link whose words are a label ("Read Next") is passed over, and
    an item pointing at a listing (a tag, topic or author page, the site's home page) is no post.
    """
    # The elements read, from one query (each css() call parses its selector anew), by tag,
    # each kind in document order as its own query would list it.
    parts: dict[str | None, list[LexborNode]] = {"a": [], "img": [], "p": [], "time": []}
    for node in item.css("a, img, p, time"):
        kind = parts.get(node.tag)
        if kind is not None:
            kind.append(node)
    url: str | None = None
    title: str | None = None
    for anchor in parts["a"]:
        text = _line(shown_text(anchor))
        if not text or (not exact and _LABEL.fullmatch(text)):
            # A linked picture: the title is in another link or a heading. A label: the title follows it.
            continue
        href = anchor.attributes.get("href")
        candidate = normalize_url(href, base) if href else None
        if candidate is not None and not candidate.startswith("http"):
            candidate = None
        if candidate is None and href:
            continue
        url, title = candidate, text
        break
    if title is None:
        return None
    if own_url is not None and url == own_url:
        return None
    if not exact and url is not None and _listing(url):
        return None
    image: Image | None = None
    if parts["img"]:
        image = _image(parts["img"][0], base)
    summary = None
    for paragraph in parts["p"]:
        text = _line(paragraph.text())
        if text and paragraph.css_first("a") is None:
            summary = text
            break
    return RelatedPost(title, url, image, _date(parts["time"]), summary)


def _items(widget: LexborNode) -> list[LexborNode]:
    # css() matches the widget itself too.
    items = [item for item in widget.css(_ITEM_SELECTOR) if item.mem_id != widget.mem_id]
    if items:
        # The outermost items only (an <article> holding a <ul> of tags is one item).
        outer: list[LexborNode] = []
        ids: set[int] = set()
        for item in items:
            parent = item.parent
            inside = False
            while parent is not None and parent.mem_id != widget.mem_id:
                if parent.mem_id in ids:
                    inside = True
                    break
                parent = parent.parent
            ids.add(item.mem_id)
            if not inside:
                outer.append(item)
        return outer
    # No item elements: each link is an item.
    return [anchor for anchor in widget.css("a[href]") if anchor.mem_id != widget.mem_id]


def _within(node: LexborNode, ancestor_id: int) -> bool:
    """The node is the element of memory id ``ancestor_id`` or inside it."""
    current: LexborNode | None = node
    while current is not None:
        if current.mem_id == ancestor_id:
            return True
        current = current.parent
    return False


def _widgets(tree: LexborHTMLParser, *, exact: bool = False, index: ClassIndex | None = None) -> list[LexborNode]:
    """Widget elements, outermost first, found by class/id or by a labelling heading.

    ``exact`` (a page ``to_html`` wrote): headings are the article's own, never labels.
    ``index``: the class index of the whole unchanged tree, when the caller has it.
    """
    found: list[LexborNode] = []
    body = tree.body
    if body is None:
        return found
    if body.css_first(_CANDIDATE_IDS) is not None:
        candidates = body.css(_CANDIDATES)
    elif index is None:
        candidates = ClassIndex(body).select(_CANDIDATE_CLASSES)
    else:
        body_id = body.mem_id
        candidates = [node for node in index.select(_CANDIDATE_CLASSES) if _within(node, body_id)]
    for node in candidates:
        attributes = node.attributes
        value = (attributes.get("class") or "") + " " + (attributes.get("id") or "")
        if not _says_related(value):
            continue
        if node.tag in ("a", "li", "img", "span", "body", "html", "main") or node.css_first("a") is None:
            continue
        # An <aside> is side content by definition: its link share does not matter.
        if _too_big(node, 0.0 if node.tag == "aside" else 0.3):
            continue
        found.append(node)
    for heading in () if exact else _headings(body, index):
        text = heading.text()
        if len(text) > 80 or not RELATED_LABEL.match(normalize_text(text)):
            continue
        # The widget is the heading's nearest ancestor that also holds the list of links.
        container = heading.parent
        for _ in range(3):
            if container is None or container.tag in ("body", "html", "main", "article"):
                container = None
                break
            if len(container.css("a[href]")) >= 2:
                break
            container = container.parent
        boundary = container is None or container.tag in ("body", "html", "main", "article")
        if container is not None and not boundary and not _too_big(container, 0.5):
            found.append(container)
    return found


def _headings(body: LexborNode, index: ClassIndex | None) -> list[LexborNode]:
    """The elements of ``_HEADINGS`` in ``body``, as ``body.css(_HEADINGS)`` lists them.

    ``index``: the class index of the whole tree as it is, when the caller has it.
    """
    if index is not None and not index.select((), _HEADING_CLASSES):
        return body.css(_HEADING_TAGS)
    return body.css(_HEADINGS)


def extract_related(
    tree: LexborHTMLParser,
    base: str | None,
    own_url: str | None = None,
    *,
    exact: bool = False,
    index: ClassIndex | None = None,
) -> tuple[RelatedPost, ...]:
    """Read every related-posts widget of the page and remove it from the tree.

    ``exact``: the page carries the newsmodel extension (``to_html`` wrote it), so a
    section headed "Related" is the article's; only widgets marked by class are read.
    ``index``: the class index of ``tree`` as it is (``page_index``), to share its work.
    """
    widgets = _widgets(tree, exact=exact, index=index)
    if not widgets:
        return ()
    # Keep the outermost widgets only: a widget inside another is read with it.
    chosen: list[LexborNode] = []
    chosen_ids: set[int] = set()
    widgets.sort(key=_depth)
    for widget in widgets:
        parent = widget.parent
        inside = widget.mem_id in chosen_ids
        while not inside and parent is not None:
            if parent.mem_id in chosen_ids:
                inside = True
            parent = parent.parent
        if not inside:
            chosen.append(widget)
            chosen_ids.add(widget.mem_id)
    posts: list[RelatedPost] = []
    seen: set[str | None] = set()
    # In page order: the order of the widgets' positions in the document.
    for widget in chosen:
        # The same post in two widgets ("Related" and "Popular") is listed once.
        mine: set[str | None] = set()
        for item in _items(widget)[:_MAX_ITEMS]:
            post = _post(item, base, own_url, exact=exact)
            if post is not None and (post.url is None or post.url not in seen):
                mine.add(post.url)
                posts.append(post)
        seen |= mine
    for widget in chosen:
        widget.replace_with(" ")
    return tuple(posts)


def _too_big(node: LexborNode, link_share: float = 0.3) -> bool:
    """A widget holds short teasers, mostly links: long prose is the article, not a widget."""
    text = len(node.text(strip=True))
    if text > 6000:
        return True
    if sum(1 for p in node.css("p") if len(p.text()) > 200) >= 3:
        return True
    linked = sum(len(a.text(strip=True)) for a in node.css("a"))
    labels = sum(len(h.text(strip=True)) for h in node.css("h1, h2, h3, h4, h5, h6"))
    return linked < link_share * (text - labels)


def _depth(node: LexborNode) -> int:
    depth = 0
    parent = node.parent
    while parent is not None:
        depth += 1
        parent = parent.parent
    return depth
