"""Finding the article's main content and pruning the boilerplate inside it.

General rules only (docs/html-body.md): elements that never hold article text go first;
page furniture by its HTML meaning (``nav``, ``aside``, page ``header``/``footer``,
forms, hidden elements) next. Then every paragraph of real prose votes for its
ancestors with its length, less its link text; a paragraph inside an element whose
class or id says boilerplate (comments, share bars, newsletters ...) before any that says
article body does not vote. The container that holds the most prose for the least other
text wins (semantic elements and body classes get a bonus), and climbs to the
``<article>``/``articleBody`` element around it. Inside the winner, elements with
boilerplate classes and blocks made of links are removed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from itertools import pairwise

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ._meta_values import folded_search
from ._vocab import (
    AUTHOR_BIO,
    BODY_CLASS,
    BODY_CLASS_KEYS,
    BOILERPLATE_TEXT,
    CAPTION_WORDS,
    COMMENT_WORDS,
    DECK_WORDS,
    DROP_TAGS,
    NEGATIVE,
    POSITIVE,
    RELATED_CLASS,
    RELATED_LABEL,
    TEASER_LABEL,
    class_tokens,
    furniture_line,
    image_path,
    notice_phrase,
)

__all__ = ["Content", "find_content"]

# RELATED_CLASS's test of a heading's class, faster (see ``folded_search``).
_says_related = folded_search(RELATED_CLASS)
# How far up a paragraph's vote goes: the body container is close to its paragraphs.
_MAX_UP = 8
# A paragraph shorter than this (characters) is a label, a caption or a teaser, not prose.
_MIN_PROSE = 25
# The weight of text in a container that is not prose (headings, lists, links, widgets).
_OTHER_TEXT = 0.3
_SEMANTIC_BONUS = 1.15
# The longest text (characters) of a teaser card: a list item holding more is the page's layout.
_MAX_TEASER = 800
# The longest block (characters) that a furniture line (dateline, credit, notice) may be.
_MAX_LINE = 200
# The longest paragraph (characters) that a site notice (affiliate disclosure, terms) may be.
_MAX_NOTICE = 500
# How many paragraphs at the end of the text may be the author's note.
_LAST_PARAGRAPHS = 3
# The share of the winner's prose an article-body element inside it must hold to replace it.
_DESCEND = 0.6
# A paragraph this long (characters) before the article-body element is a lead to keep.
_MIN_LEAD = 80
# Paragraphs of prose that make a hidden element the (paywalled) article rather than furniture.
_GATED_PROSE = 150
_FURNITURE_TAGS = frozenset({"nav", "aside", "form", "header", "menu"})
# FURNITURE_SELECTOR and <footer> asked of Lexbor in one walk, with tag and presence tests
# only: the value tests of its [role=...], [aria-hidden=true] and [style*=...] parts are
# dear in Lexbor (every element is compared with each), and are made here instead on the
# few elements that have such an attribute (``_hidden_or_role``; the same case-sensitive tests).
_FURNITURE_QUERY = "nav, aside, form, header, menu, footer, [role], [hidden], [aria-hidden], [style]"
_FURNITURE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
)
_HIDDEN_STYLES = ("display:none", "display: none", "visibility:hidden")
_MEDIA = "img, picture, video, audio, iframe, figure, table, blockquote"
_MEDIA_TAGS = frozenset({"img", "picture", "video", "audio", "iframe", "figure", "table", "blockquote"})
_LAYOUT_WORDS = frozenset({"has", "with", "no", "without", "show", "hide", "enable", "enabled", "disable", "is"})
_TITLE_WORDS = frozenset({"title", "headline"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_FIGURE_TAGS = frozenset({"figure", "figcaption"})
_ANCHOR_TAGS = _HEADINGS | {"span", "a"}
# The elements that the furniture-line rule reads.
_LINE_TAGS = frozenset({"p", "div", "span", "time", "small", "em", "strong", "b", "i"})
# One query for every element the pruning rules read (css() of a list of tags gives
# them in document order, as one query per tag would): the tree is walked once, not six times.
_PRUNE_QUERY = "p, div, span, time, small, em, strong, b, i, h1, h2, h3, h4, h5, h6, ul, ol"
# DROP_TAGS as one query.
_DROP_QUERY = ", ".join(DROP_TAGS)
_WORD = re.compile(r"\w+")


class Content:
    """The main content element and what the page's removed furniture held."""

    __slots__ = ("byline_seen", "headline_seen", "root")

    def __init__(self, root: LexborNode | None, *, headline_seen: bool, byline_seen: bool) -> None:
        self.root = root
        self.headline_seen = headline_seen
        self.byline_seen = byline_seen


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def judge(node: LexborNode, cache: dict[int, int]) -> int:
    """+1 for an element whose class or id says article body, -1 for boilerplate, else 0."""
    key = node.mem_id
    known = cache.get(key)
    if known is not None:
        return known
    attributes = node.attributes
    # The id of a heading (or of a span or link in it) is an anchor made from its words
    # ("#support-for-the-plan"), not a role.
    value = (attributes.get("class") or "") + " " + ("" if node.tag in _ANCHOR_TAGS else attributes.get("id") or "")
    verdict = 0
    if value.strip():
        if attributes.get("itemprop") in ("articleBody", "articlebody"):
            verdict = 1
        else:
            verdict, caption_first = _class_verdict(value, node.tag in _HEADINGS)
            if verdict < 0 and _heading_anchor(node):
                # The id of a section is its heading's words ("sharing-with-a-single-developer"), not a role.
                verdict, caption_first = _class_verdict((attributes.get("class") or "") + " ", False)
            if caption_first and _loose_caption(node):
                # A caption or photo credit outside <figure>: the picture's, not the article's text.
                verdict = -1
    elif node.tag == "article" or attributes.get("itemprop") in ("articleBody", "articlebody"):
        verdict = 1
    cache[key] = verdict
    return verdict


def _heading_anchor(node: LexborNode) -> bool:
    """Whether the id of a ``<div>`` or ``<section>`` is an anchor made from the words of the heading that opens
    it (documentation generators and wikis: ``<div class="section" id="sharing-with-a-single-developer"><h2>``),
    three words or more, each of them in the heading, a heading that is no widget's label ("Share this
    story", "You may also like": a box's id repeats its label too)."""
    if node.tag not in ("div", "section"):
        return False
    words = (node.attributes.get("id") or "").lower().split("-")
    if len(words) < 3:
        return False
    child = node.first_child
    while child is not None and child.tag in ("-text", "-comment"):
        child = child.next
    if child is None or child.tag not in _HEADINGS:
        return False
    heading = " ".join(child.text().split())
    lowered = heading.lower()
    if not all(word in lowered for word in words if word):
        return False
    return not any(label.match(heading) for label in (BOILERPLATE_TEXT, RELATED_LABEL, TEASER_LABEL))


@functools.lru_cache(maxsize=8192)
def _class_verdict(value: str, heading: bool) -> tuple[int, bool]:
    """What a class-and-id value says (+1 body, -1 boilerplate, 0), and whether a caption
    word comes before any boilerplate word (then a loose caption element is boilerplate).

    Pages repeat the same class values many times: the verdict is cached by value.
    """
    if _body_class(value):
        return 1, False
    tokens = class_tokens(value)
    caption_first = False
    for index, token in enumerate(tokens):
        if token in _TITLE_WORDS and heading:
            continue  # a sub-heading's class ("story-title") says what it is, not where
        if token in NEGATIVE and (index == 0 or tokens[index - 1] not in _LAYOUT_WORDS):
            return -1, caption_first
        if index + 1 < len(tokens) and token + tokens[index + 1] in NEGATIVE:
            # "read-more", "author-box", "most-read": a compound written in two words.
            return -1, caption_first
        if token in CAPTION_WORDS:
            caption_first = True
    return (1 if any(token in POSITIVE for token in tokens) else 0), caption_first


def _body_class(value: str) -> bool:
    """A class or id value that says article body (``BODY_CLASS``, after a cheap test of its words)."""
    lowered = value.lower()
    return any(key in lowered for key in BODY_CLASS_KEYS) and BODY_CLASS.search(value) is not None


def _loose_caption(node: LexborNode) -> bool:
    """A caption element that no figure reader takes: outside ``<figure>``, holding no picture.

    A ``<div class="wp-caption">`` around its image is a figure by another name and stays.
    """
    if node.tag in _FIGURE_TAGS or node.css_first(_MEDIA) is not None:
        return False
    parent = node.parent
    for _ in range(_MAX_UP):
        if parent is None:
            return True
        if parent.tag in _FIGURE_TAGS:
            return False
        parent = parent.parent
    return True


def _outermost(nodes: list[LexborNode], stop: LexborNode | None = None) -> list[LexborNode]:
    """Nodes that are not inside another of them (``nodes`` shallowest first, or in document order: each after its
    ancestors)."""
    chosen: list[LexborNode] = []
    ids: set[int] = set()
    stop_id = stop.mem_id if stop is not None else None
    for node in nodes:
        parent = node.parent
        inside = False
        while parent is not None and parent.mem_id != stop_id:
            if parent.mem_id in ids:
                inside = True
                break
            parent = parent.parent
        if not inside:
            chosen.append(node)
            ids.add(node.mem_id)
    return chosen


def _remove_furniture(body: LexborNode, headline: str | None, byline: str | None) -> tuple[bool, bool]:
    """Remove navigation, page headers and footers, asides, forms and hidden elements.

    Returns whether the removed furniture held the headline (as a heading) and the byline,
    so that the body reader knows not to look for them again.
    """
    nodes: list[LexborNode] = []
    last = None
    for node in body.css(_FURNITURE_QUERY):
        key = node.mem_id
        if key == last:
            continue  # (Lexbor lists an element once for each part of the query it matches)
        last = key
        tag = node.tag
        if tag in _FURNITURE_TAGS:
            nodes.append(node)
            continue
        attributes = node.attributes
        if _hidden_or_role(attributes) and not _gated(node, attributes):
            nodes.append(node)
        elif tag == "footer":
            parent = node.parent
            if parent is None or parent.tag not in ("blockquote", "figure"):
                nodes.append(node)
    headline_seen = byline_seen = False
    headline_key = _key(headline) if headline else None
    byline_key = _key(byline) if byline else None
    headline_words = headline_key.split(" ") if headline_key else []
    byline_words = byline_key.split(" ") if byline_key else []
    # (``nodes`` are distinct and in document order, each after its ancestors, as _outermost needs them: what
    # depth order would add is a walk to the root from each)
    outer = _outermost(nodes, body)
    for node in outer:
        if (not headline_key or headline_seen) and (not byline_key or byline_seen):
            break
        text = node.text()
        # Each word of the headline (the byline) is in the element's text when one of its
        # headings is the headline (when its text holds the byline): a cheap test first.
        folded = text.casefold()
        if headline_key and not headline_seen and all(word in folded for word in headline_words):
            headline_seen = any(_key(h.text()) == headline_key for h in node.css("h1, h2, h3"))
        if byline_key and not byline_seen and all(word in folded for word in byline_words):
            byline_seen = byline_key in _key(text)
    for node in outer:
        node.replace_with(" ")  # a space, so that the text around it stays apart
    return headline_seen, byline_seen


def _kickers(body: LexborNode, headline: str | None) -> list[LexborNode]:
    """The section label printed right before the headline's ``<h1>`` ("Opinion", "World | Asia"): a short line,
    the element just before the headline in its parent, that is no sentence, heading or picture."""
    if not headline:
        return []
    key = _key(headline)
    found: list[LexborNode] = []
    for h1 in body.css("h1"):
        if _key(h1.text()) != key:
            continue
        before = h1.prev
        while before is not None and before.tag == "-text" and not before.text(strip=True):
            before = before.prev
        if before is None or before.tag in _HEADINGS or before.tag in ("-text", "img", "picture", "figure"):
            continue
        label = _short_words(before, _MAX_KICKER)
        if label and label[-1] not in _SENTENCE_END and before.css_first("img, picture, video, iframe") is None:
            found.append(before)
    return found


#: The longest section label over a headline.
_MAX_KICKER = 40


def _hidden_or_role(attributes: dict[str, str | None]) -> bool:
    """Whether an element of ``_FURNITURE_QUERY`` with these attributes, not of
    ``_FURNITURE_TAGS``, matches ``FURNITURE_SELECTOR``: hidden, or with a furniture role."""
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    if attributes.get("role") in _FURNITURE_ROLES:
        return True
    style = attributes.get("style")
    return style is not None and any(hidden in style for hidden in _HIDDEN_STYLES)


def _gated(node: LexborNode, attributes: dict[str, str | None]) -> bool:
    """A hidden element that holds the article: paywalled text the page ships hidden.

    Only an element hidden by its attributes (not navigation, an aside or a header: the
    caller asks of no other) that holds a paragraph of prose (a paywall ships each paragraph
    hidden); a hidden menu holds none, and a hidden box with a boilerplate class is pruned
    later with the content. ``attributes``: the element's.
    """
    if attributes.get("role"):
        return False
    if len(node.text()) < _GATED_PROSE:
        return False  # (a paragraph inside holds no more text than the whole element)
    return any(len(paragraph.text(strip=True)) >= _GATED_PROSE for paragraph in node.css("p"))


def _by_depth(nodes: list[LexborNode]) -> list[LexborNode]:
    """Distinct nodes, shallowest first, so that an ancestor comes before what it holds."""
    unique = {node.mem_id: node for node in nodes}
    depths: dict[int, int] = {}
    for key, node in unique.items():
        depth = 0
        parent = node.parent
        while parent is not None:
            depth += 1
            parent = parent.parent
        depths[key] = depth
    return sorted(unique.values(), key=lambda node: depths[node.mem_id])


def _prose_units(body: LexborNode) -> list[tuple[LexborNode, int]]:
    """Paragraphs with their length: ``<p>``/``<pre>``, and elements holding bare text (split by ``<br>``)."""
    units = [(unit, len(unit.text(strip=True))) for unit in body.css("p, pre")]
    for node in body.css("div, td, section, article, center, dd, span"):
        # Most such elements hold no bare text but the white space between their children: the length of
        # their text with blank pieces left out (read at C speed) rules them out before the pieces are stripped
        # one by one. It is never less than the stripped length when it is ASCII (pieces of an invalid UTF-8
        # sequence, each a replacement character when decoded apart, may decode to one character joined).
        bare = node.text(deep=False, skip_empty=True)
        if len(bare) < _MIN_PROSE and bare.isascii():
            continue
        direct = len(node.text(deep=False, strip=True))
        if direct >= _MIN_PROSE and (node.tag != "span" or direct >= 100):
            units.append((node, direct))
    return units


def _score_containers(body: LexborNode, cache: dict[int, int]) -> tuple[dict[int, float], dict[int, LexborNode], float]:
    """The votes of the page's prose for the elements around it (by ``mem_id``), those elements, and the
    weight of the paragraphs that stand in ``<body>`` itself (an old page's article, written straight in
    the body), which vote for no container."""
    votes: dict[int, float] = {}
    loose = 0.0
    nodes: dict[int, LexborNode] = {}
    body_id = body.mem_id
    # The ancestors a vote goes to, and the first verdict among them, by the element the
    # vote starts from: the paragraphs of an article share their container.
    chains: dict[int, tuple[list[LexborNode], int]] = {}
    # The weight of the paragraphs that vote from each element, summed before it goes up that element's chain:
    # each chain is climbed once, however many paragraphs share it. (The weights are whole numbers, so the order
    # of the sums changes no total; the elements are voted for in the same order.)
    weights: dict[int, float] = {}
    for unit, length in _prose_units(body):
        if length < _MIN_PROSE:
            continue
        paragraph = unit.tag in ("p", "pre")
        linked = _link_length(unit) if paragraph else 0
        if linked * 2 > length:
            continue
        weight = float(length - linked)
        # Bare text votes for the element that holds it; a paragraph for its container.
        start = unit.parent if paragraph else unit
        start_id = start.mem_id if start is not None else None
        known = chains.get(start_id) if start_id is not None else None
        if known is None:
            known = _chain(start, body_id, cache)
            if start_id is not None:
                chains[start_id] = known
        verdict = known[1]
        if verdict == 0:
            verdict = judge(unit, cache)
        if verdict < 0:
            continue
        if start_id == body_id:
            loose += weight
        if start_id is not None:
            weights[start_id] = weights.get(start_id, 0.0) + weight
    for start_id, weight in weights.items():
        for ancestor in chains[start_id][0]:
            key = ancestor.mem_id
            votes[key] = votes.get(key, 0.0) + weight
            nodes[key] = ancestor
    return votes, nodes, loose


def _link_length(node: LexborNode) -> int:
    """The length of the stripped text of the links in a small element (a paragraph): what
    ``sum(len(a.text(strip=True)) for a in node.css("a"))`` gives.

    Its few elements are walked rather than queried: each ``css()`` call parses its selector
    anew, which costs more than the walk of a paragraph.
    """
    return sum(len(element.text(strip=True)) for element in node.traverse() if element.tag == "a")


def _chain(start: LexborNode | None, body_id: int, cache: dict[int, int]) -> tuple[list[LexborNode], int]:
    """The elements a vote from ``start`` goes to (``start`` and its ancestors, at most
    ``_MAX_UP``, below the body), and the first of their verdicts that is not 0 (else 0)."""
    chain: list[LexborNode] = []
    verdict = 0
    node = start
    for _ in range(_MAX_UP):
        if node is None or node.mem_id == body_id:
            break
        chain.append(node)
        if verdict == 0:
            verdict = judge(node, cache)
        if verdict > 0 and _comment_thread(node):
            # a reader's comment marked up as an entry of its own ("entry-content" in a comment list's item):
            # the thread's words, not the article's, however long
            return chain, -1
        node = node.parent
    return chain, verdict


def _comment_thread(node: LexborNode) -> bool:
    """An item of a list of readers' comments, or the list (``<li class="comment">``, ``<ol id="comments">``)."""
    if node.tag not in ("li", "ol", "ul"):
        return False
    attributes = node.attributes
    return _comment_value((attributes.get("class") or "") + " " + (attributes.get("id") or ""))


@functools.lru_cache(maxsize=1024)
def _comment_value(value: str) -> bool:
    """Whether a class-and-id value names comments ("comment", "comment-list", "commentlist", "comments")."""
    return any(token in COMMENT_WORDS for token in class_tokens(value))


def _length(node: LexborNode, lengths: dict[int, int]) -> int:
    """``len(node.text())``, read once: ``lengths`` holds those read (by ``mem_id``) while the tree is unchanged.

    The containers around the winner each hold the whole article, and several rules weigh the same ones.
    """
    key = node.mem_id
    length = lengths.get(key)
    if length is None:
        length = lengths[key] = len(node.text())
    return length


def _is_semantic(node: LexborNode, cache: dict[int, int]) -> bool:
    return node.tag in ("article", "main") or judge(node, cache) > 0


def _climb(best: LexborNode, votes: dict[int, float], body: LexborNode) -> LexborNode:
    """The ``<article>`` or ``articleBody`` element around ``best``, when it is one article."""
    node = best.parent
    body_id = body.mem_id
    best_votes = votes.get(best.mem_id, 0.0)
    for _ in range(6):
        if node is None or node.mem_id == body_id:
            break
        itemprop = node.attributes.get("itemprop")
        if node.tag == "article" or itemprop in ("articleBody", "articlebody"):
            if len(node.css("article")) <= 1 and votes.get(node.mem_id, 0.0) <= 3 * best_votes + 1:
                # it holds all of the winner's prose, though votes climb only _MAX_UP levels: an article whose
                # paragraphs sit deeper than that (blocks in grids in wrappers) has fewer votes than the winner
                # inside it, and _descend would then take one block of it for nearly all of it
                votes[node.mem_id] = max(votes.get(node.mem_id, 0.0), best_votes)
                return node
            break
        node = node.parent
    return best


#: How many levels above the winner a list of like items is looked for.
_LIST_REACH = 14
#: How many like items (the winner's branch among them) make a list.
_LIST_ITEMS = 3


def _list_around(best: LexborNode, body: LexborNode, lengths: dict[int, int]) -> LexborNode:
    """The list of items the winner is one of, when the article is such a list ("23 things to buy", each
    thing a block of its own under one wrapper, too deep for the paragraphs' votes to meet).

    Going up from the winner, the first element whose children include the winner's branch and at least two
    more elements of its tag and class, those like items holding twice the winner's text or more and nearly
    all of the element's text, four in five of them an item with a heading and prose (:func:`_list_item`),
    is taken. A page of several articles one after the other (each with its own ``<h1>``) is no list.
    ``lengths``: see ``_length``.
    """
    node = best
    body_id = body.mem_id
    own: int | None = None
    for _ in range(_LIST_REACH):
        parent = node.parent
        if parent is None or parent.mem_id == body_id:
            break
        kind = node.attributes.get("class")
        if kind:
            items = [
                child for child in parent.iter() if child.tag == node.tag and child.attributes.get("class") == kind
            ]
            if len(items) >= _LIST_ITEMS:
                if own is None:
                    own = _length(best, lengths)
                held = sum(_length(item, lengths) for item in items)
                listed = sum(1 for item in items if _list_item(item))
                if held >= 2 * own and held >= 0.8 * _length(parent, lengths) and listed >= max(3, 0.8 * len(items)):
                    return parent
        node = parent
    return best


#: How many levels above the winner the sections of a cut-up article are looked for.
_SECTIONS_REACH = 10
#: The votes (characters of prose) and the share of its own text that make a section of a cut-up article.
_SECTION_PROSE = 400.0
_SECTION_DENSITY = 0.4
#: The longest text (characters) between two sections that is never a list of links (a gallery's label).
_MAX_LINK_LABEL = 200


def _sections_around(
    best: LexborNode, votes: dict[int, float], body: LexborNode, lengths: dict[int, int]
) -> LexborNode:
    """The whole of an article cut into sections of one kind (a long read with full-width pictures between its
    parts): going up from the winner, the first element whose children include the winner's branch and another
    element of its tag and class is looked at. It is taken when two of those sections or more hold paragraphs
    of prose (``_SECTION_PROSE`` characters or more, nearly half of their text), with nothing but pictures,
    galleries or empty boxes between them (a list of links, "Further reading", ends an article: sections with
    prose after it are something else, and the element holding both is no article), and the sections hold half
    of the element's text or more. The winner is then the section with the most prose, and the others are as
    much the article's. ``lengths``: see ``_length``."""
    node = best
    body_id = body.mem_id
    for _ in range(_SECTIONS_REACH):
        parent = node.parent
        if parent is None or parent.mem_id == body_id:
            break
        kind = node.attributes.get("class")
        if kind:
            prose = _prose_sections(parent, node, kind, votes, lengths)
            if prose is not None:
                if len(prose) >= 2:
                    like = (child for child in parent.iter() if child.tag == node.tag)
                    held = sum(_length(child, lengths) for child in like if child.attributes.get("class") == kind)
                    if held >= 0.5 * _length(parent, lengths):
                        return parent
                return best  # like elements, not an article's sections: no need to look higher
        node = parent
    return best


def _prose_sections(
    parent: LexborNode, node: LexborNode, kind: str, votes: dict[int, float], lengths: dict[int, int]
) -> list[LexborNode] | None:
    """The children of ``parent`` of ``node``'s tag and class (``kind``) that hold prose, when nothing that ends
    an article stands between two of them; [] if something does; None if ``node`` has no like sibling."""
    prose: list[LexborNode] = []
    broken = like = False
    for child in parent.iter():
        if child.tag == node.tag and child.attributes.get("class") == kind:
            like = like or child.mem_id != node.mem_id
            if _prose_section(child, votes, lengths):
                if broken:
                    return []
                prose.append(child)
        elif prose and not broken:
            broken = _breaks_run(child, votes)
    return prose if like else None


def _breaks_run(node: LexborNode, votes: dict[int, float]) -> bool:
    """Whether an element between two sections ends the article: prose of its own, or a list of links."""
    if votes.get(node.mem_id, 0.0) >= _SECTION_PROSE:
        return True
    length = len(node.text(strip=True))
    if length < _MAX_LINK_LABEL:
        return False
    return 2 * sum(len(anchor.text(strip=True)) for anchor in node.css("a")) >= length


def _prose_section(section: LexborNode, votes: dict[int, float], lengths: dict[int, int]) -> bool:
    """Whether a section holds paragraphs of prose, nearly half of its text: its votes, or where they do not
    reach it (paragraphs deep in layout wrappers), the length of its paragraphs. ``lengths``: see ``_length``."""
    prose = votes.get(section.mem_id, 0.0)
    if prose < _SECTION_PROSE:
        paragraphs = (len(paragraph.text(strip=True)) for paragraph in section.css("p"))
        prose = sum(length for length in paragraphs if length >= _MIN_PROSE)
    return prose >= _SECTION_PROSE and prose >= _SECTION_DENSITY * _length(section, lengths)


def _list_item(item: LexborNode) -> bool:
    """Whether an element reads as one item of a list article: a heading of its own (no ``<h1>``, the
    headline of a page of its own) and a paragraph of prose."""
    return (
        item.css_first("h1") is None
        and item.css_first("h2, h3, h4") is not None
        and any(len(paragraph.text(strip=True)) >= _MIN_PROSE for paragraph in item.css("p"))
    )


def _out_of_table(best: LexborNode, body: LexborNode) -> LexborNode:
    """The element holding the table that won, when paragraphs of prose stand beside the table in it.

    A data table's cells of prose (a list of films, each with its description) can outvote the element
    around it, whose other text (a list of references, a navigation box) counts against it; the
    paragraphs that introduce the table are the article's too. (A layout table's winner is one of its
    cells, not the table.)
    """
    if best.tag not in ("table", "tbody"):
        return best
    table = best if best.tag == "table" else best.parent
    if table is None or table.tag != "table":
        return best
    parent = table.parent
    if parent is None or parent.mem_id == body.mem_id:
        return best
    prose = 0
    child = parent.first_child
    while child is not None:
        if child.tag == "p":
            length = len(child.text(strip=True))
            if length >= _MIN_PROSE:
                prose += length
        child = child.next
    return parent if prose >= _MIN_LEAD else best


def _descend(best: LexborNode, votes: dict[int, float]) -> LexborNode:
    """The article-body element inside ``best`` when it holds nearly all of its prose.

    A winner that also holds a feed of other posts, or the hero and the share bar, gives
    way to the ``articleBody`` / ``entry-content`` element in it that has the article.
    """
    total = votes.get(best.mem_id, 0.0)
    if total <= 0:
        return best
    chosen = best
    articles = best.css("article")
    lone = articles[0].mem_id if len(articles) == 1 else None
    for node in best.css("[itemprop], [class], article"):
        if node.mem_id == best.mem_id or votes.get(node.mem_id, 0.0) < _DESCEND * total:
            continue
        attributes = node.attributes
        if (
            node.mem_id == lone
            or attributes.get("itemprop") in ("articleBody", "articlebody")
            or _body_class(attributes.get("class") or "")
        ):
            if not _prose_before(best, node):
                chosen = node
            break  # the outermost one: css() lists elements in document order, parents first
    return chosen


#: The vote each article of a feed holds at the least (a few paragraphs), and the share of the winner's vote
#: they hold together.
_FEED_PROSE = 1000.0
_FEED_SHARE = 0.8
#: The share of the winner's vote that makes an article of a few one of a feed, whatever its length.
_FEED_EACH = 0.15


def _first_of_feed(best: LexborNode, votes: dict[int, float], headlines: int) -> LexborNode:
    """The first article of a feed: a winner holding two or more ``<article>`` elements side by side, each
    with a good share of its prose, on a page of two ``<h1>`` headlines or more (``headlines``, counted before
    any was removed), is the page's article followed by the next ones (an endless scroll, each with its
    headline). Under one headline the articles are the posts of a live blog, all of them the page's."""
    total = votes.get(best.mem_id, 0.0)
    if total <= 0 or headlines < 2:
        return best
    articles = [node for node in best.css("article") if node.mem_id != best.mem_id]
    if len(articles) < 2:
        return best
    outer = _outermost(articles, best)
    if len(outer) < 2:
        return best
    parent = outer[0].parent
    if any(node.parent is None or parent is None or node.parent.mem_id != parent.mem_id for node in outer):
        return best
    shares = [votes.get(node.mem_id, 0.0) for node in outer]
    # a few articles, each a good share of the prose; or many, each of a few paragraphs, holding nearly all of it
    if min(shares) >= _FEED_EACH * total or (min(shares) >= _FEED_PROSE and sum(shares) >= _FEED_SHARE * total):
        return outer[0]
    return best


def _prose_before(container: LexborNode, node: LexborNode) -> bool:
    """Whether paragraphs of prose (the start of the article) come before ``node`` in ``container``.

    One paragraph (a standfirst) does not count: it is given up with the furniture around it.
    """
    node_id = node.mem_id
    found = 0
    for paragraph in container.css("p"):
        parent = paragraph.parent
        while parent is not None and parent.mem_id != node_id and parent.mem_id != container.mem_id:
            parent = parent.parent
        if parent is not None and parent.mem_id == node_id:
            return False  # reached the article body
        if len(paragraph.text(strip=True)) >= _MIN_LEAD:
            found += 1
            if found >= 2:
                return True
    return False


def _best_container(
    votes: dict[int, float], nodes: dict[int, LexborNode], cache: dict[int, int], lengths: dict[int, int]
) -> LexborNode:
    """The container that holds the most prose for the least other text.

    Its score: its votes (times the bonus of a semantic element), less a share of its
    text that is not prose; among equal scores the first container voted for wins. A
    container never scores more than its votes with the bonus: the containers are scored
    in the order of that bound, and once it is below the best score found, none left can
    win and their text (an article's wrappers all hold the whole of it) is not read.
    ``lengths``: the length of each text read, by ``mem_id`` (``_length``: the rules after it weigh the same
    containers, and the pruning reads the winner's).
    """
    top = max(votes.values())
    # (bound, order voted in, node, votes, bonus)
    bounds: list[tuple[float, int, LexborNode, float, float]] = []
    for order, (key, vote) in enumerate(votes.items()):
        if vote < 0.4 * top:
            continue
        node = nodes[key]
        bonus = _SEMANTIC_BONUS if _is_semantic(node, cache) else 1.0
        bounds.append((vote * bonus, order, node, vote, bonus))
    bounds.sort(key=lambda item: (-item[0], item[1]))
    best = bounds[0][2]
    best_score = float("-inf")
    best_order = len(votes)
    for bound, order, node, vote, bonus in bounds:
        if bound < best_score:
            break
        length = lengths[node.mem_id] = len(node.text())
        other = max(length - vote, 0.0)
        score = vote * bonus - _OTHER_TEXT * other
        if score > best_score or (score == best_score and order < best_order):
            best, best_score, best_order = node, score, order
    return best


def find_content(
    tree: LexborHTMLParser, headline: str | None = None, byline: str | None = None, *, exact: bool = False
) -> Content:
    """Find the main content of the page (the tree is changed: boilerplate is removed).

    ``exact``: the page carries the newsmodel extension (``to_html`` wrote it), so every
    block of its body is the article's own text. The rules that judge a block by its
    words alone (datelines, credits, notices, author notes, widget labels, shouted links)
    are not applied: "©" or "By Jane Roe" there is a paragraph the article holds. The
    rules by HTML meaning and by class still are.
    """
    body = tree.body
    if body is None:
        return Content(None, headline_seen=False, byline_seen=False)
    # The elements that never hold article text, taken out of the tree (not destroyed: what
    # they hold may be listed after them) in one walk, where strip_tags walks it once a tag.
    # <head> (one of them) goes first and whole: the rest are looked for in the body alone,
    # not one by one among the page's <meta>, <link> and <script> elements (the parser puts
    # every element in one or the other).
    # the page's <h1> headlines before any is removed: several stand for a feed of articles (_first_of_feed)
    headlines = len(body.css("h1"))
    head = tree.head
    if head is not None:
        head.decompose(recursive=False)
    for node in body.css(_DROP_QUERY):
        node.decompose(recursive=False)
    headline_seen, byline_seen = _remove_furniture(body, headline, byline)
    if not exact:
        for node in _kickers(body, headline):
            node.replace_with(" ")
    # Teaser lists go before the vote: a long list of summaries would outvote a short article.
    for node in _outermost(_by_depth(_teaser_lists(body)), body):
        node.replace_with(" ")
    cache: dict[int, int] = {}
    lengths: dict[int, int] = {}
    written = body.css_first("article") if exact else None
    if written is not None:
        # our own page: its <article> holds the body whole, whatever the density of its parts (a list of tiny
        # items around one long item would otherwise vote for the long item alone)
        _prune(written, cache, exact=exact, length=None)
        return Content(written, headline_seen=headline_seen, byline_seen=byline_seen)
    votes, nodes, loose = _score_containers(body, cache)
    best = _best_container(votes, nodes, cache, lengths) if votes else None
    if best is not None:
        best = _list_around(_descend(_climb(_out_of_table(best, body), votes, body), votes), body, lengths)
        best = _first_of_feed(_sections_around(best, votes, body, lengths), votes, headlines)
        if loose > votes.get(best.mem_id, 0.0):
            # More prose stands in the body itself than in the winner (a quoted passage, a box of readers'
            # letters): the article is written straight in the body, the winner one part of it.
            best = body
    else:
        for selector in ("[itemprop=articleBody]", "[itemprop=articlebody]", "article", "main", "[role=main]"):
            best = body.css_first(selector)
            if best is not None:
                break
        if best is None:
            best = body
    _prune(best, cache, exact=exact, length=lengths.get(best.mem_id))
    if not exact:
        _take_key_points(best)
    return Content(best, headline_seen=headline_seen, byline_seen=byline_seen)


def _take_key_points(best: LexborNode) -> None:
    """Put the list of a "Key Points" box standing right before the content at the content's head.

    News sites print the article's key points as a short labelled list just above its text, in an element of
    its own beside the body's ("<div><div>Key Points</div><ul>...</ul></div><div class=body>..."): the
    points are the article's, the label is not. The content or an ancestor of which it opens the text
    (``_KEY_POINTS_UP`` levels at most) may be the element right after the box.
    """
    node: LexborNode | None = best
    for _ in range(_KEY_POINTS_UP):
        if node is None or node.tag in ("body", "html"):
            return
        before = _sibling_element_before(node)
        if before is not None:
            points = _key_points(before)
            if points is not None:
                first = best.child
                if first is None:
                    best.insert_child(points)
                else:
                    first.insert_before(points)  # (a copy: the box outside the content is left as it is)
                return
        if before is not None or _words_before(node):
            return  # the parent does not open with the content
        node = node.parent


def _words_before(node: LexborNode) -> bool:
    """Whether a text node with words stands before ``node`` among its siblings."""
    before = node.prev
    while before is not None:
        if before.tag == "-text" and (before.text_content or "").strip():
            return True
        before = before.prev
    return False


def _sibling_element_before(node: LexborNode) -> LexborNode | None:
    """The element before ``node`` among its siblings; blank text, comments and elements with no text and no
    picture skipped (an ad slot); None when text or nothing stands there."""
    before = node.prev
    while before is not None:
        tag = before.tag
        if tag == "-text":
            if (before.text_content or "").strip():
                return None
        elif tag not in ("_comment", "-comment") and (before.text(strip=True) or before.css_first(_MEDIA) is not None):
            return before
        before = before.prev
    return None


def _key_points(box: LexborNode) -> LexborNode | None:
    """The list of a key-points box: one flat list of ``_MIN_POINTS`` to ``_MAX_POINTS`` items of prose (not
    links to other stories), with nothing before it but a label such as "Key Points" and nothing after it."""
    raw = box.text()
    if len(raw) > _MAX_KEY_POINTS or box.css_first(_MEDIA) is not None:
        return None
    lists = box.css("ul, ol")
    if len(lists) != 1:
        return None
    points = lists[0]
    items = points.css("li")
    if not _MIN_POINTS <= len(items) <= _MAX_POINTS:
        return None
    listed = points.text()
    at = raw.find(listed)
    if at < 0 or raw[at + len(listed) :].strip() or _KEY_POINTS_LABEL.match(raw[:at]) is None:
        return None
    linked = sum(len(anchor.text(strip=True)) for anchor in points.css("a"))
    if linked > 0.5 * len(listed.strip()):
        return None  # headlines of other stories
    return points


#: A key-points box's label (the whole text before its list).
_KEY_POINTS_LABEL = re.compile(
    r"\A\W*+(?:key\s+(?:points|takeaways|facts)|highlights|summary|at\s+a\s+glance|in\s+brief)\W*+\Z", re.IGNORECASE
)
_MIN_POINTS = 2
_MAX_POINTS = 8
_MAX_KEY_POINTS = 2000
#: How many levels above the content the key-points box may stand.
_KEY_POINTS_UP = 3


def _words(node: LexborNode) -> str:
    """The element's text with its white space collapsed (text nodes kept apart)."""
    return " ".join(node.text().split())


def _short_words(node: LexborNode, limit: int) -> str | None:
    """``_words(node)`` when it is at most ``limit`` characters long, else None.

    A long text is told long from a prefix: the words of a prefix are never longer than
    the whole text's, so the white space of a whole article is not collapsed to learn that.
    """
    raw = node.text()
    if len(raw) > limit:
        # A short prefix first: prose is rarely more than a fifth white space.
        for size in (limit + limit // 5, 4 * limit):
            if len(" ".join(raw[:size].split())) > limit:
                return None
    if raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
        text = raw  # what the split and join give (a printable text's only white space is " ")
    else:
        text = " ".join(raw.split())
    return text if len(text) <= limit else None


def _notice(node: LexborNode, text: str, notices: dict[str, bool]) -> bool:
    """A paragraph (or a division holding no other) that is the site's notice.

    ``notices``: whether each text read so far holds a notice's phrase (nested elements often hold the same).
    """
    tag = node.tag
    if tag != "p" and tag != "div":
        return False
    phrase = notices.get(text)
    if phrase is None:
        phrase = notices[text] = notice_phrase(text)
    return phrase and (tag == "p" or _is_leaf(node))


def _is_leaf(node: LexborNode) -> bool:
    """No paragraph or division inside (css() matches the node itself, hence the count)."""
    return len(node.css("p, div")) == (1 if node.tag in ("p", "div") else 0)


def _shouted_links(paragraphs: list[LexborNode], links: _Links, words: dict[int, str | None]) -> list[LexborNode]:
    """Paragraphs that are one link written in capitals: a teaser for another story.

    ``links``: the links inside each element of the content; ``words``: see ``_known_words``.
    """
    found: list[LexborNode] = []
    for paragraph in paragraphs:
        if not links.hrefs.get(paragraph.mem_id, 0):
            continue  # (what paragraph.css_first("a[href]") finds: none)
        text = _known_words(paragraph, words, _MAX_LINE)
        if text is None or len(text.split()) < 3 or not any(c.isalpha() for c in text) or text != text.upper():
            continue
        linked = sum(len(_words(a)) for a in paragraph.css("a"))
        if linked >= 0.8 * len(text):
            found.append(paragraph)
    return found


def _labelled_link_lists(paragraphs: list[LexborNode], links: _Links, words: dict[int, str | None]) -> list[LexborNode]:
    """A list of headlines under a paragraph that only labels it ("Related content:"): every item a link.

    The label goes as furniture text; the list after it (empty elements between, such as ad slots, skipped)
    is no part of the article either. A list with words of its own outside the links is the article's.
    ``words``: see ``_known_words``.
    """
    found: list[LexborNode] = []
    for paragraph in paragraphs:
        label = _known_words(paragraph, words, 60)
        if not label or links.hrefs.get(paragraph.mem_id, 0) or not RELATED_LABEL.match(label):
            continue
        after = paragraph.next
        while after is not None and after.tag not in ("ul", "ol") and not after.text(strip=True):
            after = after.next
        if after is not None and after.tag == "p":
            found += _linked_run(after, links)
            continue
        if after is None or after.tag not in ("ul", "ol") or not links.hrefs.get(after.mem_id, 0):
            continue
        items = [item for item in after.iter() if item.tag == "li"]
        if items and all(len(item.text(strip=True)) <= links.length.get(item.mem_id, 0) + 2 for item in items):
            found.append(after)
    return found


def _linked_run(first: LexborNode, links: _Links) -> list[LexborNode]:
    """The paragraphs from ``first`` on that are each one link and nothing more (a list of headlines written
    as paragraphs under its label), empty elements between them skipped; none unless two or more."""
    run: list[LexborNode] = []
    node: LexborNode | None = first
    while node is not None:
        if node.tag == "p" and _all_linked(node, links):
            run.append(node)
        elif node.tag != "-text" and node.text(strip=True):
            break
        node = node.next
    return run if len(run) >= _LINKED_RUN else []


def _all_linked(node: LexborNode, links: _Links) -> bool:
    """Whether an element's text is all in its links (a couple of characters aside)."""
    key = node.mem_id
    return bool(links.hrefs.get(key, 0)) and len(node.text(strip=True)) <= links.length.get(key, 0) + 2


#: How many paragraphs of one link each under a label make a list of headlines.
_LINKED_RUN = 2


def _author_notes(paragraphs: list[LexborNode], words: dict[int, str | None]) -> list[LexborNode]:
    """The author's note among the last paragraphs ("Jane Roe is a reporter for ..."). ``words``: see
    ``_known_words``."""
    found: list[LexborNode] = []
    for paragraph in paragraphs[-_LAST_PARAGRAPHS:]:
        text = _known_words(paragraph, words, _MAX_NOTICE)
        if text is not None and AUTHOR_BIO.match(text):
            found.append(paragraph)
    return found


def _stray_labels(headings: list[LexborNode]) -> list[LexborNode]:
    """Widget labels ("Don't miss", "Related") left as headings right before prose.

    The widget they labelled is gone; the heading alone would put the rest of the article
    under a furniture label, which the block reader leaves out with its section.
    """
    found: list[LexborNode] = []
    for heading in headings:
        label = " ".join(heading.text().split())
        if not label or len(label) > 60 or not (RELATED_LABEL.match(label) or BOILERPLATE_TEXT.match(label)):
            continue
        after = heading.next
        while after is not None and (after.tag == "-text" and not after.text(strip=True)):
            after = after.next
        if after is None or after.tag != "p":
            continue
        text = after.text(strip=True)
        linked = sum(len(a.text(strip=True)) for a in after.css("a"))
        if len(text) >= _MIN_LEAD and linked * 2 < len(text):
            found.append(heading)
    return found


def _labelled_boxes(root: LexborNode, headings: list[LexborNode]) -> list[LexborNode]:
    """Boxes of other stories opened by a heading whose class names them (``relatedposts-title``):
    the heading labels the element it opens, however much text that element holds (teasers of
    whole paragraphs). The content itself, and an element holding a ``<h1>`` (the article's
    headline), are never such a box."""
    found: list[LexborNode] = []
    root_id = root.mem_id
    for heading in headings:
        value = heading.attributes.get("class")
        if not value or not _says_related(value):
            continue
        box = heading.parent
        if box is None or box.mem_id == root_id or _first_element(box) != heading.mem_id:
            continue
        if box.css_first("h1") is None:
            found.append(box)
    return found


def _first_element(node: LexborNode) -> int | None:
    """The ``mem_id`` of the first element child of ``node`` (text and comments skipped)."""
    child = node.first_child
    while child is not None and child.tag in ("-text", "-comment"):
        child = child.next
    return child.mem_id if child is not None else None


def _furniture_lines(root: LexborNode, nodes: list[LexborNode], words: dict[int, str | None]) -> list[LexborNode]:
    """Short blocks that are furniture by their words: datelines, bylines, credits, notices.

    A ``<p>`` or ``<div>`` whose whole text is one; an inline element only when it is the
    whole text of its block (a date inside a sentence stays). ``nodes``: the elements of
    ``_LINE_TAGS`` in ``root`` (itself included), in document order; ``words``: ``_block_words(root, nodes)``
    (more are added).
    """
    found: list[LexborNode] = []
    root_id = root.mem_id
    # Nested elements often hold the same text (a <div> around one <p>, a <strong> that is
    # a whole paragraph): each element's words, and each text's verdict, are found once.
    # (None: longer than _MAX_NOTICE, the longest text any element here may have.)
    verdicts: dict[str, bool] = {}
    notices: dict[str, bool] = {}
    for node in nodes:
        key = node.mem_id
        if key == root_id:
            continue
        tag = node.tag
        block = tag == "p" or tag == "div"
        if block:
            if key in words:
                text = words[key]
            else:
                text = words[key] = _short_words(node, _MAX_NOTICE)
            if not text:
                continue
        else:
            # An inline element counts only as the whole text of its block: the block's words are read first
            # (most inline elements are in a paragraph too long to be a line, and then their own are not read).
            parent = node.parent
            if parent is None or parent.tag not in ("p", "div", "li"):
                continue
            parent_key = parent.mem_id
            if parent_key in words:
                text = words[parent_key]
            else:
                text = words[parent_key] = _short_words(parent, _MAX_NOTICE)
            if not text or len(text) > _MAX_LINE or _short_words(node, _MAX_LINE) != text:
                continue
        line = verdicts.get(text)
        if line is None:
            line = verdicts[text] = len(text) <= _MAX_LINE and furniture_line(text)
        # (An inline element is never a notice: only a <p> or a <div> is.)
        if not line and not (block and _notice(node, text, notices)):
            continue
        if _holds(node, _MEDIA_TAGS):
            continue  # a picture with its gallery count or credit: the figure reader's
        if _inside(node, ("pre", "code")):
            continue  # program text is taken as written
        found.append(node)
    return found


def _block_words(root: LexborNode, nodes: list[LexborNode]) -> dict[int, str | None]:
    """``_short_words(node, _MAX_NOTICE)`` of each ``<p>`` and ``<div>`` of ``nodes`` (but
    ``root``), by ``mem_id``, and None for every element around one that is too long.

    An element's words are never shorter than those of an element inside it, so the
    deepest blocks are read first, and the wrappers around a long one (an article's
    containers) are known to be long without their whole text being read.
    """
    root_id = root.mem_id
    words: dict[int, str | None] = {}
    for node in reversed(nodes):  # (document order reversed: what an element holds comes first)
        key = node.mem_id
        if key == root_id or key in words or (node.tag != "p" and node.tag != "div"):
            continue
        text = words[key] = _short_words(node, _MAX_NOTICE)
        if text is None:
            parent = node.parent
            while parent is not None and parent.mem_id not in words:
                words[parent.mem_id] = None
                if parent.mem_id == root_id:
                    break
                parent = parent.parent
    return words


def _known_words(node: LexborNode, words: dict[int, str | None], limit: int) -> str | None:
    """``_short_words(node, limit)`` (``limit`` at most ``_MAX_NOTICE``), from ``words`` (``_block_words``) when
    it holds the node: the rules that read a paragraph's words share one reading of them."""
    key = node.mem_id
    if key not in words:
        return _short_words(node, limit)
    text = words[key]
    return text if text is not None and len(text) <= limit else None


def _inside(node: LexborNode, tags: tuple[str, ...]) -> bool:
    """The node is within an element of one of ``tags``."""
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _teaser_lists(
    root: LexborNode, lists: list[LexborNode] | None = None, links: _Links | None = None
) -> list[LexborNode]:
    """Lists of teaser cards: each item a linked headline with a picture, heading, date or summary.

    A card is short (a page laid out in list items holds the article in one of them).
    Empty items (an ad slot kept for a script) do not count either way. ``lists``: the
    lists of ``root`` when the caller has them, with ``links``, the links inside each
    element of ``root`` (:class:`_Links`).
    """
    found: list[LexborNode] = []
    root_id = root.mem_id
    for node in root.css("ul, ol") if lists is None else lists:
        if node.mem_id == root_id:
            continue
        items: list[tuple[LexborNode, str]] = []  # each with its text
        for child in node.iter():
            if child.tag == "li":
                text = child.text(strip=True)
                if text or _holds(child, _IMG):
                    items.append((child, text))
        if len(items) >= 2 and all(
            len(text) <= _MAX_TEASER
            and _has_link(item, links)
            # a card's parts: a heading, a picture, a date, a summary (in a paragraph, or cut short: "...")
            and (_cut_short(item, text, links) or _holds(item, _CARD_PARTS))
            and _links_away(item)
            for item, text in items
        ):
            found.append(node)
    return found


#: The parts of a teaser card (a heading, a picture, a date, a summary), and a picture.
_CARD_PARTS = frozenset({"h2", "h3", "h4", "h5", "h6", "img", "time", "p"})
_IMG = frozenset({"img"})


def _holds(node: LexborNode, tags: frozenset[str]) -> bool:
    """Whether ``node`` is or holds an element of one of ``tags``: ``node.css_first(<tags>)`` for a small
    element (a list item), walked rather than queried (each ``css()`` call parses its selector anew)."""
    return any(element.tag in tags for element in node.traverse())


def _anchors(node: LexborNode) -> Iterator[LexborNode]:
    """The links with an ``href`` in a small element, in document order (``node.css("a[href]")``, walked)."""
    return (element for element in node.traverse() if element.tag == "a" and "href" in element.attrs)


#: The ends of a link to a picture's own file (a picture opening at full size), in lower case.
_PICTURE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg")


def _links_away(item: LexborNode) -> bool:
    """Whether a link of ``item`` leads away from the page: a picture linking to its own file at full size (a
    list of the article's points, each with its screenshot) is no teaser's link to another story."""
    for anchor in _anchors(item):
        href = image_path(anchor.attributes.get("href") or "").lower()
        if not href.endswith(_PICTURE_FILES):
            return True
    return False


#: The fewest cards in a grid of teaser cards, and the longest text (characters) of a card outside its links:
#: a one-sentence blurb under a linked headline.
_MIN_CARDS = 3
_MAX_BLURB = 160


def _card_grids(root: LexborNode, divs: list[LexborNode], links: _Links) -> list[LexborNode]:
    """Grids of teaser cards laid out in ``<div>``s rather than a list: three or more children of one tag and
    class (a heading may label them), each a linked headline (links of 10 characters or more) with at most a
    one-sentence blurb (``_MAX_BLURB`` characters) outside its links. A list article's items hold more prose.
    """
    found: list[LexborNode] = []
    root_id = root.mem_id
    for node in divs:
        if node.mem_id == root_id or links.hrefs.get(node.mem_id, 0) < _MIN_CARDS:
            continue
        cards = [child for child in node.iter() if child.tag not in _HEADINGS]
        if len(cards) < _MIN_CARDS:
            continue
        shape = (cards[0].tag, cards[0].attributes.get("class"))
        if shape[1] is None or any((card.tag, card.attributes.get("class")) != shape for card in cards):
            continue
        if all(_card(card, links) for card in cards):
            found.append(node)
    return found


def _card(card: LexborNode, links: _Links) -> bool:
    """A teaser card: a linked headline, and outside its links no more than a short blurb."""
    linked = links.length.get(card.mem_id, 0)
    if linked < 10:
        return False
    text = len(card.text(strip=True))
    return text - linked <= _MAX_BLURB and text <= _MAX_TEASER


#: How a teaser's summary ends when it is cut short.
_CUT_SHORT = ("...", "…")
#: How many characters a teaser's summary has outside its links, at the least.
_MIN_SUMMARY = 40


def _cut_short(item: LexborNode, text: str, links: _Links | None) -> bool:
    """Whether a list item ends with a summary cut short ("... may soon...") written outside its links (a
    linked headline cut short is a link list's item, which the link-density rules judge)."""
    if not text.endswith(_CUT_SHORT):
        return False
    if links is None:
        linked = sum(len(anchor.text(strip=True)) for anchor in item.css("a"))
    else:
        linked = links.length.get(item.mem_id, 0)
    return len(text) - linked >= _MIN_SUMMARY


def _has_link(node: LexborNode, links: _Links | None) -> bool:
    """``node.css_first("a[href]") is not None``, from ``links`` when given."""
    if links is None:
        return next(_anchors(node), None) is not None
    return links.hrefs.get(node.mem_id, 0) > 0


class _Links:
    """For each element of a root (the root included), what ``node.css("a")`` would give: how many links
    it holds (itself included when it is one), how many of them have an ``href``, and the length of their
    stripped text; an element holding none is not listed.

    One query for the links, then the totals summed up the tree: each link counts for itself, and each
    element's totals are added to its parent's once its own are complete (deepest first). The work grows
    with the elements above the links, not with links times depth (a page nesting thousands deep with
    thousands of links costs no more than its size), and every ``css()`` call spared would parse its
    selector anew.
    """

    __slots__ = ("count", "hrefs", "length")

    def __init__(self, root: LexborNode) -> None:
        count: dict[int, int] = {}
        hrefs: dict[int, int] = {}
        length: dict[int, int] = {}
        parent_of: dict[int, int | None] = {}
        # Every element listed before those it holds: each link's new ancestors from the top down, then the link
        # (an ancestor met by no earlier link holds none of the earlier links). Read backwards, it lists each
        # element after all those it holds, as summing up the tree needs, with no sort by depth.
        order: list[int] = []
        root_id = root.mem_id
        for anchor in root.css("a"):
            key = anchor.mem_id
            count[key] = count.get(key, 0) + 1
            hrefs[key] = hrefs.get(key, 0) + ("href" in anchor.attrs)
            length[key] = length.get(key, 0) + len(anchor.text(strip=True))
            node: LexborNode | None = anchor
            new: list[int] = []
            while node is not None and node.mem_id not in parent_of:
                up = node.parent if node.mem_id != root_id else None
                parent_of[node.mem_id] = up.mem_id if up is not None else None
                new.append(node.mem_id)
                node = up
            new.reverse()
            order += new
        for key in reversed(order):
            up_key = parent_of[key]
            if up_key is None:
                continue
            count[up_key] = count.get(up_key, 0) + count.get(key, 0)
            hrefs[up_key] = hrefs.get(up_key, 0) + hrefs.get(key, 0)
            length[up_key] = length.get(up_key, 0) + length.get(key, 0)
        self.count, self.hrefs, self.length = count, hrefs, length


def _deepest_first(parent_of: dict[int, int | None]) -> list[int]:
    """The keys of a tree given by each key's parent (None above the top), each after every key below it."""
    depth: dict[int, int] = {}
    for key in parent_of:
        path: list[int] = []
        at: int | None = key
        while at is not None and at not in depth:
            path.append(at)
            at = parent_of[at]
        base = depth[at] if at is not None else -1
        for offset, step in enumerate(reversed(path), 1):
            depth[step] = base + offset
    return sorted(parent_of, key=depth.__getitem__, reverse=True)


class _Elements:
    """The elements of a root (itself included) that the pruning rules read, by kind, each
    kind in document order: from one query and one look at each element's tag."""

    __slots__ = ("divs", "headings", "lines", "lists", "paragraphs")

    def __init__(self, root: LexborNode) -> None:
        self.lines: list[LexborNode] = []  # those of _LINE_TAGS
        self.divs: list[LexborNode] = []
        self.paragraphs: list[LexborNode] = []
        self.headings: list[LexborNode] = []
        self.lists: list[LexborNode] = []  # ul and ol
        for node in root.css(_PRUNE_QUERY):
            tag = node.tag
            if tag in _LINE_TAGS:
                self.lines.append(node)
                if tag == "div":
                    self.divs.append(node)
                elif tag == "p":
                    self.paragraphs.append(node)
            elif tag in _HEADINGS:
                self.headings.append(node)
            else:
                self.lists.append(node)


def _prune(root: LexborNode, cache: dict[int, int], *, exact: bool = False, length: int | None = None) -> None:
    """Remove boilerplate inside the content: elements with boilerplate classes, link blocks.

    ``length``: ``len(root.text())`` when the caller read it.
    """
    total = (len(root.text()) if length is None else length) or 1
    root_id = root.mem_id
    doomed: list[LexborNode] = []
    last = None
    # css() matches the root itself too: it is never removed.
    for node in root.css("[class], [id]"):
        key = node.mem_id
        if key == last:
            continue  # (Lexbor lists an element with both a class and an id twice)
        last = key
        if key == root_id or judge(node, cache) >= 0 or node.tag in ("html", "body"):
            continue
        if _titled_heading_part(node) or _titled_prose(node) or _mid_sentence(node):
            continue
        if node.tag not in ("ul", "ol") and len(node.text()) > 0.6 * total:
            # A wrapper of the article whose class happens to hold a boilerplate word. (A list is no wrapper:
            # a gallery's captions or a thread of comments can outweigh a short article.)
            continue
        doomed.append(node)
    # Shopping buttons go first and one by one (none holds another): short blocks, however many.
    for node in _buy_buttons(root):
        node.replace_with(" ")
    elements = _Elements(root)
    links = _Links(root)
    # Link blocks: only <div>s (a <section> or a list of links in the text is content). Their links' text is
    # part of theirs (a link holds no link), so more than 2,000 characters of it settles the length unread.
    blocks = [
        node
        for node in elements.divs
        if node.mem_id != root_id and links.count.get(node.mem_id, 0) >= 3 and links.length[node.mem_id] <= 2000
    ]
    # each block's text is read from the page, unless reading it block by block would read the page over and
    # over (a page nesting thousands of blocks deep): then all lengths are summed up the tree in one walk
    lengths = _stripped_lengths(root) if len(blocks) * total > _READ_BUDGET else None
    for node in blocks:
        key = node.mem_id
        text = lengths.get(key, 0) if lengths is not None else len(node.text(strip=True))
        if text == 0 or text > 2000:
            continue
        if links.length[key] >= 0.7 * text:
            doomed.append(node)
    doomed += _teaser_lists(root, elements.lists, links)
    doomed += _card_grids(root, elements.divs, links)
    doomed += _labelled_boxes(root, elements.headings)
    if not exact:
        words = _block_words(root, elements.lines)
        doomed += _furniture_lines(root, elements.lines, words)
        doomed += _stray_labels(elements.headings)
        doomed += _author_notes(elements.paragraphs, words)
        doomed += _shouted_links(elements.paragraphs, links, words)
        doomed += _labelled_link_lists(elements.paragraphs, links, words)
        doomed += _tweet_buttons(root)
        doomed += _picture_link_buttons(root)
        doomed += _player_clocks(root)
    for node in _outermost(_by_depth(doomed), root):
        node.replace_with(" ")
    _unhead_decks(elements.headings)


def _titled_heading_part(node: LexborNode) -> bool:
    """A part of a heading (a ``<span class="item-title-text">``) judged boilerplate for its title word
    alone: like the heading's own class, the word says what the text is, not where it stands."""
    if node.tag in _HEADINGS or node.tag not in _INLINE_TAGS:
        return False
    value = (node.attributes.get("class") or "") + " "  # (an id inside a heading is not read)
    if _class_verdict(value, True)[0] < 0:
        return False
    parent = node.parent
    for _ in range(_HEADING_REACH):
        if parent is None:
            return False
        if parent.tag in _HEADINGS:
            return True
        parent = parent.parent
    return False


def _titled_prose(node: LexborNode) -> bool:
    """A paragraph of prose (``<p class="title">`` of a sentence or more: a lead written in the article body)
    judged boilerplate for its title word alone: a teaser's title is a short line, not a paragraph."""
    if node.tag != "p":
        return False
    attributes = node.attributes
    value = (attributes.get("class") or "") + " " + (attributes.get("id") or "")
    verdict, caption_first = _class_verdict(value, True)
    if verdict < 0 or caption_first:
        return False  # boilerplate for another word, or a caption
    text = _short_words(node, _MAX_NOTICE)
    return text is not None and len(text) >= _TITLED_PROSE and text[-1] in _SENTENCE_END


#: The shortest paragraph (characters) that is prose rather than a title, and how a sentence ends.
_TITLED_PROSE = 120
_SENTENCE_END = frozenset('.!?"”’)')


def _mid_sentence(node: LexborNode) -> bool:
    """An inline element inside a sentence of its paragraph ('on that point <a class="popup">my judgment was
    sound.</a> Yes', 'lift sanctions on <a class="meta-loc">Sudan</a>.', '<a class="meta-org">Yahoo</a>’s
    sale'): whatever its class says (a popup note, a topic link, an affiliate link), its words are part of the
    sentence, and leaving them out would change what it says. Words before it and any text after it, or a
    sentence going on right after it ("’s", a comma, a word in lower case); a label before a link that ends
    the paragraph ("Read more: <a>...</a>") is no sentence."""
    if node.tag not in _INLINE_TAGS:
        return False
    parent = node.parent
    if parent is None or parent.tag not in _RUNNING_TEXT:
        return False
    after = _text_beside(node, before=False)
    if not after:
        return False
    if any(character.isalnum() for character in _text_beside(node, before=True)):
        return True
    return _GOES_ON.match(after) is not None


def _text_beside(node: LexborNode, *, before: bool) -> str:
    """The first text of the paragraph next to ``node`` (before it, or after it) in its siblings, stripped;
    "" if a <br>, a picture or a block comes first (the sentence does not run across it)."""
    sibling = node.prev if before else node.next
    for _ in range(_SIBLINGS_READ):
        if sibling is None:
            return ""
        if sibling.tag == "-text" or sibling.tag in _INLINE_TAGS:
            text = sibling.text().strip()
            if text:
                return text
        elif sibling.tag != "-comment":
            return ""
        sibling = sibling.prev if before else sibling.next
    return ""


# a sentence going on after a word that opens the paragraph: "’s", a comma, a word in lower case
_GOES_ON = re.compile(r"[’']s\b|[,;:]|[a-z]")


#: The elements whose text runs in sentences around inline elements.
_RUNNING_TEXT = frozenset({"p", "li", "dd", "blockquote", "td"})
#: How many siblings are read on each side of an inline element for words (empty text nodes between).
_SIBLINGS_READ = 4
#: How many levels above an inline element its heading is looked for.
_HEADING_REACH = 3
_INLINE_TAGS = frozenset({"span", "a", "strong", "b", "em", "i"})


def _buy_buttons(root: LexborNode) -> list[LexborNode]:
    """Shopping buttons: the largest short block around a link marked ``rel="sponsored"``
    whose text is all such links ("View On Amazon $29", "$19 $14 at Glossier"), none inside another.

    A sponsored link inside a sentence stays: the block around it holds other words.
    """
    found: list[LexborNode] = []
    # Blocks already taken, and blocks known not to be buttons (each read once, however
    # many sponsored links it holds).
    seen: set[int] = set()
    refused: set[int] = set()
    for anchor in root.css("a[rel]"):
        if not _sponsored(anchor):
            continue
        chosen: LexborNode | None = None
        node = anchor.parent
        for _ in range(_MAX_UP):
            if node is None or node.mem_id == root.mem_id or node.mem_id in refused:
                break
            if node.mem_id in seen:
                chosen = None  # taken whole with an earlier link
                break
            text = node.text(strip=True)
            if len(text) > _MAX_BUTTONS or sum(len(a.text(strip=True)) for a in node.css("a[rel]") if _sponsored(a)) < (
                0.8 * len(text)
            ):
                refused.add(node.mem_id)
                break
            if node.tag in ("div", "p", "li", "span"):
                chosen = node
            node = node.parent
        if chosen is not None:
            seen.add(chosen.mem_id)
            found.append(chosen)
    return found


def _tweet_buttons(root: LexborNode) -> list[LexborNode]:
    """The button of a "click to tweet" box: the element whose whole text is "Click To Tweet" or "Tweet
    this", set after the sentence it offers ("<span>The quote.</span><span>Click To Tweet</span>").

    The quote stays; the label would glue onto it. The label is written as a button's (capitalised), and
    only the elements that hold nothing but it are taken, climbing from its text at most ``_MAX_UP`` levels.
    """
    found: list[LexborNode] = []
    root_id = root.mem_id
    for piece in root.traverse(include_text=True):
        if piece.tag != "-text":
            continue
        text = piece.text_content or ""
        if len(text) > _MAX_TWEET_LABEL or _TWEET_LABEL.match(text) is None:
            continue
        button: LexborNode | None = None
        node = piece.parent
        for _ in range(_MAX_UP):
            if node is None or node.mem_id == root_id or not _holds_only(node, text):
                break
            button = node
            node = node.parent
        if button is not None:
            found.append(button)
    return found


def _picture_link_buttons(root: LexborNode) -> list[LexborNode]:
    """A button's label laid over a linked picture: a short ``<span>`` whose class says ``button`` or ``btn``
    inside a link that holds a picture ("<a href><img><span class="image-button">Learn more</span></a>").
    The label is the link's call to click, not the article's text."""
    found: list[LexborNode] = []
    for span in root.css("a span[class]"):
        if not _BUTTON_WORDS.intersection(class_tokens(span.attributes.get("class") or "")):
            continue
        anchor = span.parent
        while anchor is not None and anchor.tag != "a":
            anchor = anchor.parent
        if anchor is None or anchor.css_first("img, picture, amp-img") is None:
            continue
        if len(span.text(strip=True)) <= _MAX_BUTTON_LABEL:
            found.append(span)
    return found


_BUTTON_WORDS = frozenset({"button", "btn"})


def _player_clocks(root: LexborNode) -> list[LexborNode]:
    """A video's length or a player's position ("05:39", "00:00:00"): a ``<span>`` or ``<time>`` holding a clock
    reading alone (no a.m./p.m.) inside an element whose class says video or player, a few levels up.
    A live report's time stamp stands in no player, and stays."""
    found: list[LexborNode] = []
    for node in root.css("span, time"):
        child = node.child
        # a lone text child: reading it costs nothing, however deep the spans nest
        if child is None or child.tag != "-text" or child.next is not None:
            continue
        if not _CLOCK.fullmatch(node.text(strip=True)):
            continue
        parent: LexborNode | None = node
        for _ in range(_MAX_PLAYER_UP):
            if parent is None:
                break
            if _PLAYER_WORDS.intersection(class_tokens(parent.attributes.get("class") or "")):
                found.append(node)
                break
            parent = parent.parent
    return found


_CLOCK = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}")
_PLAYER_WORDS = frozenset({"video", "vid", "player", "duration"})
_MAX_PLAYER_UP = 6
_MAX_BUTTON_LABEL = 40


def _holds_only(node: LexborNode, label: str) -> bool:
    """Whether ``node``'s text is ``label`` alone (an icon beside it is no text): its children are read,
    never its whole text, so an element holding the article is told apart at no cost."""
    seen = False
    for child in _child_nodes(node):
        if child.tag == "-text":
            words = (child.text_content or "").strip()
            if not words:
                continue
            if seen or words != label.strip():
                return False
            seen = True
        elif child.tag == "_comment" or (child.tag in ("i", "svg", "img", "br") and child.child is None):
            continue
        elif child.tag in _INLINE_BUTTON_TAGS and _holds_only(child, label) and not seen:
            seen = True
        else:
            return False
    return seen


def _child_nodes(node: LexborNode) -> Iterator[LexborNode]:
    child = node.child
    while child is not None:
        yield child
        child = child.next


#: A tweet button's label, as a button writes it (a capital first letter: "tweet this" in a sentence stays).
_TWEET_LABEL = re.compile(r"\A\s*+(?-i:[CT])(?i:lick\s+to\s+tweet|weet\s+this(?:\s+quote)?|weet\s+(?:it|that))\W*+\Z")
_MAX_TWEET_LABEL = 40
_INLINE_BUTTON_TAGS = frozenset({"span", "a", "strong", "b", "em"})


def _sponsored(anchor: LexborNode) -> bool:
    """A link marked ``rel="sponsored"`` (a paid or affiliate link)."""
    return "sponsored" in (anchor.attributes.get("rel") or "").lower().split()


# The longest text (characters) of a block of shopping buttons.
_MAX_BUTTONS = 120

#: How many characters the link-block rule may read block by block before it sums the lengths in one walk.
_READ_BUDGET = 20_000_000


def _stripped_lengths(root: LexborNode) -> dict[int, int]:
    """``len(node.text(strip=True))`` for every element of ``root`` (by ``mem_id``; none for an element
    without text): each text node's stripped length, summed up the tree, deepest first."""
    length: dict[int, int] = {}
    parent_of: dict[int, int | None] = {}
    root_id = root.mem_id
    for node in root.traverse(include_text=True):
        key = node.mem_id
        if node.tag == "-text":
            up = node.parent
            if up is not None:
                length[up.mem_id] = length.get(up.mem_id, 0) + len((node.text_content or "").strip())
            continue
        up = node.parent if key != root_id else None
        parent_of[key] = up.mem_id if up is not None else None
    for key in _deepest_first(parent_of):
        up_key = parent_of[key]
        if up_key is not None and key in length:
            length[up_key] = length.get(up_key, 0) + length[key]
    return length


def _unhead_decks(headings: list[LexborNode]) -> None:
    """A heading whose class names it the standfirst is a paragraph of the text, not a section.

    ``headings``: the content's headings as they were before the pruning (one removed
    since is unwrapped where it now lies, outside the content, to no effect).
    """
    for node in headings:
        if node.tag == "h1":
            continue
        attributes = node.attributes
        tokens = class_tokens((attributes.get("class") or "") + " " + (attributes.get("id") or ""))
        if any(token in DECK_WORDS for token in tokens) or any(a + b in DECK_WORDS for a, b in pairwise(tokens)):
            node.unwrap()
