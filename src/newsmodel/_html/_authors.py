"""The article's authors printed in its body: byline lines and the author's note.

The metadata names the article's authors. Pages print them again where the body reader
looks: a byline line above the text ("Ann Lee", "By Ann Lee, senior editor", "Ann Lee5 hours
ago", a date glued on by the layout), a name over the author's box at the end, and that box's
note ("Ann Lee is the harbour editor for ...", "Ann Lee's latest book is ..."). None of them is
the article's text. The words alone would not say so ("Ann Lee" may be anyone); that the
name is one of the article's authors does.

The checks run on the built sections, after the furniture rules: one look at each paragraph,
with the names tried at its start only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._model import Block, Paragraph, Section

__all__ = ["drop_author_lines"]

#: The longest paragraph that can be a byline line (a name, a role or a date).
_MAX_BYLINE = 80
#: The longest author's note, and how many of the body's last paragraphs may be one.
_MAX_NOTE = 800
_LAST_PARAGRAPHS = 3
#: The longest line between a byline line and the author's note that is the author's role ("News Editor").
_MAX_ROLE = 40
#: A name counts when it is two words or more (a one-word "name" is often a desk or a newsroom).
_MIN_NAME = 5

# "By " before the names, or "By" glued to them by the layout ("ByAnn Lee")
_BY = re.compile(r"(?:by|BY|By)(?:\s+|(?=[A-Z]))")
# between two names: a comma, "and", "&"
# (Anchored at the start and possessive, here and below: linear on long runs of white space.)
_JOIN = re.compile(r"\A\s*+(?:,\s*+(?:and\s++)?|(?<=\s)and\s++|&\s*+)")
# after the names, a role or a date set apart: "Ann Lee, senior editor", "Ann Lee | 2 hours ago"
_SET_APART = re.compile(r"\A\s*+[,|/·•–—-]")
# after a name opening the author's note: "Ann Lee is ...", "was", "has", "writes", "covers", "Ann Lee's
# latest book", "Ann Lee (she/her) is ...", "Ann Lee, a former harbour master, is ..."
_NOTE_VERB = re.compile(r"\A(?:\s++(?:is|was|has|writes|covers)\b|[’']s\s|\s++\(|,[^.]{1,150}?,\s+(?:is|was)\s)")
# a bullet or a dash opening the note ("• Ann Lee is ...", "— Ann Lee is ...")
_NOTE_MARK = re.compile(r"[•*·–—-]\s*")
_SENTENCE_END = frozenset('.!?"”')


def drop_author_lines(sections: list[Section], authors: Sequence[str]) -> list[Section]:
    """The sections without the byline lines naming the article's ``authors`` and, among the last paragraphs,
    the author's note (with the role line between it and a byline line). A section left empty by them goes
    with its heading ("About the author")."""
    names = sorted(
        {" ".join(name.split()) for name in authors if " " in name.strip() and len(name.strip()) >= _MIN_NAME},
        key=len,
        reverse=True,
    )
    if not names:
        return sections
    paragraphs = [
        (index, position, block)
        for index, section in enumerate(sections)
        for position, block in enumerate(section.blocks)
        if isinstance(block, Paragraph)
    ]
    doomed: set[tuple[int, int]] = set()
    for index, position, block in paragraphs:
        if _byline_line(block.text, names):
            doomed.add((index, position))
    for index, position, block in paragraphs[-_LAST_PARAGRAPHS:]:
        if _note(block.text, names):
            doomed.add((index, position))
            _role_before(sections[index].blocks, index, position, doomed)
    if not doomed and not any(section.heading and _byline_line(section.heading, names) for section in sections):
        return sections
    kept: list[Section] = []
    for index, section in enumerate(sections):
        blocks = tuple(block for position, block in enumerate(section.blocks) if (index, position) not in doomed)
        if section.heading is not None and _byline_line(section.heading, names):
            # a byline written as a heading: what it heads goes on with the section before
            if kept:
                kept[-1] = Section(kept[-1].heading, kept[-1].level, kept[-1].blocks + blocks)
            elif blocks:
                kept.append(Section(None, 1, blocks))
        elif len(blocks) == len(section.blocks):
            kept.append(section)
        elif blocks:
            kept.append(Section(section.heading, section.level, blocks))
        # else the section held the author's lines alone: it goes, its heading ("About the author") with it
    return kept


def _names_at(text: str, names: list[str]) -> str | None:
    """What follows the authors' names opening ``text`` ("Ann Lee and Tom Hale, staff" gives ", staff"), or
    None when it does not open with one."""
    rest = text
    found = False
    while True:
        name = next((name for name in names if rest.startswith(name)), None)
        if name is None:
            return rest if found else None
        found = True
        rest = rest[len(name) :]
        join = _JOIN.match(rest)
        if join is None or not any(rest.startswith(other, join.end()) for other in names):
            return rest
        rest = rest[join.end() :]


def _byline_line(text: str, names: list[str]) -> bool:
    """A line naming the authors and nothing more but a role or a date set apart, or glued on ("Ann Lee2 hours
    ago"): words going on after the name ("Ann Lee said ...") make it a sentence of the article."""
    if len(text) > _MAX_BYLINE:
        return False
    text = " ".join(text.split())
    by = _BY.match(text)
    rest = _names_at(text[by.end() :] if by else text, names)
    if rest is None:
        return False
    if not rest or rest[0].isdigit() or rest[0].isupper():
        return True
    return _SET_APART.match(rest) is not None and rest[-1] not in _SENTENCE_END


def _note(text: str, names: list[str]) -> bool:
    """The author's note: a paragraph opening with an author's name and what they are ("is", "writes", "'s")."""
    if len(text) > _MAX_NOTE:
        return False
    text = " ".join(text.split())
    mark = _NOTE_MARK.match(text)
    if mark:
        text = text[mark.end() :]
    name = next((name for name in names if text.startswith(name)), None)
    return name is not None and _NOTE_VERB.match(text[len(name) :]) is not None


def _role_before(blocks: tuple[Block, ...], index: int, position: int, doomed: set[tuple[int, int]]) -> None:
    """The short line between a byline line and the author's note right after it (the author's role)."""
    if position < 2 or (index, position - 2) not in doomed:
        return
    role = blocks[position - 1]
    text = role.text if isinstance(role, Paragraph) else None
    if text is not None and len(text) <= _MAX_ROLE and text.rstrip()[-1:] not in _SENTENCE_END:
        doomed.add((index, position - 1))
