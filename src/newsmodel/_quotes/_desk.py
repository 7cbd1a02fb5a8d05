"""The quote desk: quotes and claims of a run of paragraphs, on plain strings.

:func:`find_quotes` needs no article model, so it can be tested and benchmarked on any
text: it pairs the quote marks, tells speech from scare quotes and titles, finds each
quote's speaker and cue, finds the claims reported without quote marks, and resolves
every source to a canonical name with the article's cast.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ._attributions import find_claims, label_name
from ._coref import Cast, Identity, clean_span, mention_kind
from ._cues import (
    CLAIMING,
    CLAUSE_OPENERS,
    CUE,
    MEDIA_WORDS,
    NAME,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH_FORMS,
    SPEECH_VERB_STEMS,
    STANCE,
    TELLING,
    TITLE_LEADS,
    UNNAMED_NOUNS,
    taken_object,
    word_alternation,
)
from ._gender import is_first_name
from ._marks import Pair, Part, pair_marks
from ._sentences import Masked
from ._speakers import (
    WINDOW,
    Found,
    after_indefinite,
    is_noun_use,
    medium_near,
    mentions,
    passive_cue,
    relative_pronoun,
    sentence_end,
    sentence_start,
    speaker_after,
    speaker_before,
    subject_before,
)

__all__ = ["Claimed", "Findings", "Span", "Speaker", "Spoken", "find_quotes"]


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``paragraphs[paragraph][start:end]``."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote or claim comes from, as found in the text."""

    #: The mention as written, and where it is (None when the speaker is carried over).
    mention: str | None
    mention_span: Span | None
    name: str | None
    role: str | None = None
    organization: str | None = None
    medium: str | None = None
    #: "person", "organization", "document", "unnamed" or "unknown".
    kind: str = "unknown"


@dataclass(frozen=True, slots=True)
class Spoken:
    """A quote: its parts (one per paragraph), speaker, cue, and whether it is partial."""

    parts: tuple[Span, ...]
    speaker: Speaker | None
    cue: Span | None
    partial: bool = False


@dataclass(frozen=True, slots=True)
class Claimed:
    """A claim reported without quote marks."""

    content: Span
    source: Speaker
    cue: Span | None


@dataclass(frozen=True, slots=True)
class Findings:
    """Everything the desk found in a run of paragraphs, in text order."""

    quotes: tuple[Spoken, ...]
    claims: tuple[Claimed, ...]


@dataclass(frozen=True, slots=True)
class _Words:
    """Quoted words read as scare quotes: speech after all when a claim's content holds them; a name given
    (``named``: "what’s called the “harbour halo”") never is."""

    pair: Pair
    named: bool = False


# a verb of speech or stance, or "as" (described it as “...”), anywhere in the quote's sentence
_SAID_RE = re.compile(rf"\b(?:{CUE}|{STANCE})\b")
_SPEECH_RE = re.compile(rf"\b(?:{CUE})\b")
# the quote's own full stop, before its closing mark or a quote inside it closing too (“... say: ‘Smile.’” Bell)
_CLOSES_SENTENCE = re.compile(r"\.[’']?[”\"’']\s++[A-Z]")
# "on “Meet the Press”", "for “Dateline”": a title-case quote after these is a programme or a work
_THAT_AFTER = re.compile(r"\s*+,?\s*+that\s")
_TITLE_PREPOSITIONS = frozenset({"on", "for", "called", "named"})
_IN_WORK = frozenset({"in"})
# words that speak for a group, capitalised or not ("Some chanted", "Aides have suggested")
_GROUP_WORDS = PRONOUNS | UNNAMED_NOUNS | {"some", "another", "many", "most", "others", "both", "all", "few"}
_NICKNAME = re.compile(r" [A-Z][a-z]")
_FIRST_NAME = re.compile(r"(?<![\w’'])[A-Z][a-z]+ \Z")
_WORK_LEADS = frozenset({"of"})
# a footnote or an endnote ("[5] Ann Lee, “Harbour Works,” in ..."): its quote marks hold titles, not speech
_FOOTNOTE = re.compile(r"\s*+\[\d{1,3}\]\s")
# nouns of voiced words: what follows "chants of" is said ("chants of “Feel the Bern”")
_VOICE_NOUNS = frozenset(
    {"chant", "chants", "cry", "cries", "shout", "shouts", "call", "calls", "chorus", "choruses", "words"}
)
# words a title leaves in lower case ("The Nightly Show with Larry Wilmore")
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "by", "for", "with", "from", "into",
     "over", "upon", "about", "than", "as", "vs.", "is", "be"}
)  # fmt: skip
# how far from a quote or a mention a medium is looked for
_MEDIUM_REACH = 200
_WORD = re.compile(r"[\w’'\-]+")
# a paragraph that opens with a dash and a name credits the quote that closes the paragraph before
_DASH_CREDIT = re.compile(rf"\s*[-—–―]+\s*(?P<m>{NAME})(?![\w’'])")
# '“...” — Chief Justice John Roberts', '“...” ― Sonya Herridge “...”': a name after a dash closing the quote's
# paragraph or standing before the next quote credits the quote
_DASH_AFTER = re.compile(rf"\s*+[—–―]{{1,2}}\s*+(?P<m>{NAME})\s*+[.,;]?\s*+(?=\Z|[“\"][‘']?[A-Z])")
# "Beck, who later said": a relative pronoun between a named subject and its cue
# '“Pop-up art show strives to confront gentrification,” by DNAinfo’s Eddie Small': a piece's title and byline
_BYLINE_AFTER = re.compile(r"\s*+,?\s*+by\s++(?:the\s++)?[A-Z]")
# a credit that introduces a quote of its own: "writes back, “", "said: “"
_INTRODUCES = re.compile(r"(?:\s++(?:back|\w+ly))?\s*+[,:]\s*+[“\"‘«]")
# what may stand between a passive cue and the quote it names: "called “...”", "described as a “...”"
_QUOTE_AFTER_CUE = re.compile(r"\s*+(?:as\s++|to\s++be\s++)?(?:an?\s++|the\s++)?")
# the agent of a passive cue right after the quote: '“...” by residents', '“...” by the harbour master.'
_AGENT_AFTER = re.compile(r"\s*+by\s++(?P<m>[^,;:.!?“”\"‘’()]{1,60}?)\s*+(?:[,;:.!?]|\Z)")
# "It is", "It's", "It was", "It seems": an empty subject
_EXPLETIVE = re.compile(r"[Ii]t(?:’s|'s|\s++(?:is|was|seems|seemed|appears|remains|would\s++be|will\s++be)\b)")
# "on Sunday", "last week" closing a mention; a mention that is only a time ("Last month")
_TRAILING_TIME = re.compile(
    r"(?:\A|\s++(?:on|last|this|early|late)\s++)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
    r"month|year|night|morning|afternoon|evening)\Z|\A(?:[Ll]ast|[Tt]his|[Nn]ext)\s++(?:week|month|year)\Z"
)
# the words every match of _TRAILING_TIME ends with
_TIME_ENDS = ("day", "week", "month", "year", "night", "morning", "afternoon", "evening")
_PUNCT_END = frozenset(".,!?…;:—–")
#: The forms of the verbs of saying, announcing and warning after which "it" is an organisation speaking ("It
#: added", "it warned"); after other verbs "it" is often empty ("it seems", "it appears") and stays unnamed.
_SAYING_FORMS = frozenset(
    form
    for stem in ("say", "add", "tell", "announce", "state", "warn", "acknowledge", "confirm", "report", "note",
                 "explain", "reveal", "claim", "insist", "argue", "deny", "admit", "respond", "reply", "declare",
                 "disclose", "promise", "pledge", "write", "tweet", "post", "urge", "demand", "accuse", "allege")
    for form in SPEECH_VERB_STEMS[stem]
)  # fmt: skip
# Quoted words kept as speech without a cue only from this many words up.
_LONE_SPEECH_WORDS = 4


def _mask(text: str, parts: list[tuple[int, int]]) -> str:
    """Blank the quoted characters (keeping a final stop, which ends the sentence, and a quote inside the
    quote closing after it: “... say: ‘Smile.’”)."""
    if not parts:
        return text
    pieces = []
    last = 0
    for start, end in parts:
        keep = end
        if text[end - 1] in ".!?":
            keep = end - 1
        elif end - start > 1 and text[end - 1] in "’'" and text[end - 2] in ".!?":
            keep = end - 2
        pieces.append(text[last:start])
        pieces.append(" " * (keep - start))
        last = keep
    pieces.append(text[last:])
    return "".join(pieces)


# Two apostrophes typed as a double mark (''Like this,'' he said), as some newspapers print them
_DOUBLED = re.compile(r"(?<!['’])''(?!['’])")


def _doubled_as_double(text: str) -> str:
    """Read each pair of apostrophes as one straight double mark, keeping every offset.

    An opening pair (before a word) becomes a space and the mark, a closing one the mark and a
    space, so the mark stays next to the quoted words and the quoted words keep their offsets.
    """
    if "''" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        after = text[match.end() : match.end() + 1]
        before = text[match.start() - 1 : match.start()]
        opens = bool(after) and not after.isspace() and (not before or before.isspace() or before in "([—–-")
        return ' "' if opens else '" '

    return _DOUBLED.sub(one, text)


def find_quotes(paragraphs: Sequence[str]) -> Findings:
    """Find the quotes and claims of consecutive paragraphs (offsets into each paragraph)."""
    originals = paragraphs
    paragraphs = [_doubled_as_double(text) for text in paragraphs]
    pairs = pair_marks(paragraphs)
    by_paragraph: dict[int, list[Pair]] = {}
    quoted: dict[int, list[tuple[int, int]]] = {}
    for pair in pairs:
        by_paragraph.setdefault(pair.parts[-1].paragraph, []).append(pair)
        for part in pair.parts:
            quoted.setdefault(part.paragraph, []).append((part.start, part.end))
    masked = [Masked(_mask(text, sorted(quoted.get(i, [])))) for i, text in enumerate(paragraphs)]
    cast = Cast()
    for index, blanked in enumerate(masked):
        cast.scan(index, blanked)
    quotes: list[Spoken] = []
    claims: list[Claimed] = []
    previous: Speaker | None = None
    # the speaker each paragraph hands to the next (a quote over several paragraphs takes the
    # one handed to the paragraph it opens in)
    handed: list[Speaker | None] = []
    # the last quote's speaker in each paragraph: a quote opening there and closing later goes on with it
    opened: list[Speaker | None] = []
    labels: _Labels | None = None
    for index, text in enumerate(paragraphs):
        handed.append(previous)
        here = by_paragraph.get(index, [])
        words: list[Pair] = []
        last_close = 0
        paragraph_speaker: Speaker | None = None
        for number, pair in enumerate(here):
            following = _following(text, here, number)
            start = pair.parts[0].paragraph
            before = previous if start == index else handed[start]
            own = paragraph_speaker if start == index else paragraph_speaker or opened[start]
            spoken = _judge(paragraphs, masked, cast, pair, last_close, following, own, before)
            if spoken is not None:
                # a title or a name in marks is no speech: the credit of the next quote may lie before it
                # ("Sam Lee, who wrote “The Harbour,” told me, “...”")
                last_close = pair.close_mark + 1
            if isinstance(spoken, _Words):
                if not spoken.named:
                    words.append(spoken.pair)
                continue
            if spoken is None:
                continue
            quotes.append(spoken)
            if spoken.speaker is not None:
                paragraph_speaker = spoken.speaker
        opened.append(paragraph_speaker)
        speaks = None
        if ":" in text[:60]:
            labels = labels or _Labels(masked)
            speaks = labels.names_someone
        for claim in find_claims(text, masked[index], speaks):
            if _offer_to_reader(text, claim.cue, claim.content):
                continue  # "Harbour Pro offers you all the information you need": a sales pitch, no speech
            label = claim.mention if claim.cue is None else None
            if label is not None and text.startswith(":", label[1]):
                labels = labels or _Labels(masked)
                if not labels.names_someone(text[label[0] : label[1]]):
                    continue  # "NEW DELHI: ...", "Apples: Cut into slices", "Star Wars Jedi: Fallen Order is ..."
            mention = _antecedent(text, claim.mention)
            source = _speaker(paragraphs, masked, cast, index, mention, claim.content[0], claim.cue)
            if source is None and mention is not None and _opens_clause(text, *mention):
                # "Despite challenging X, Tom Hale said ...": the subject of the sentence's main clause
                main = _main_clause_subject(masked[index], mention[0])
                source = _speaker(paragraphs, masked, cast, index, main, claim.content[0])
            if source is None or _opens_no_source(source.mention):
                continue
            if source.mention in _LET_US and source.mention_span is not None:
                source = _let_us(source, source.mention_span)
            elif _named_by_common_word(paragraphs[index], cast, source):
                # "Police said ...", "Reviewers say ...": a description in capitals, no name
                source = replace(source, name=None, kind="unnamed")
            cue = Span(index, *claim.cue) if claim.cue else None
            claims.append(Claimed(Span(index, *claim.content), source, cue))
            paragraph_speaker = paragraph_speaker or source
        _reclaim(quotes, claims, index)
        claims.extend(_framed(text, masked[index], index, quotes, claims))
        quotes.extend(_claimed_words(words, claims))
        previous = _lead_in(paragraphs, masked, cast, index) or paragraph_speaker
    quotes.sort(key=lambda q: (q.parts[0].paragraph, q.parts[0].start))
    claims.sort(key=lambda c: (c.content.paragraph, c.content.start))
    if any(a is not b for a, b in zip(originals, paragraphs, strict=True)):
        claims = [_whole_marks(originals, claim) for claim in claims]
    return Findings(tuple(quotes), tuple(claims))


# words that open a sentence's clause, question or the writer's aside, never a source: "There’s a saying that ...",
# "What’s more, ... offering", "Did you write that ...", "It’s worth noting that ...", "Whether they agree ..."
_NO_SOURCE_OPENERS = frozenset({"there’s", "there's", "what", "what’s", "what's", "did", "can’t", "can't", "whether"})
_WORTH = re.compile(r"[Ii]t[’']s\s++worth\Z")


_SPACED_WORD = re.compile(r"[^\s]++")
_ANTECEDENT_OPENERS = frozenset(
    {"a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "one"}
)
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "be", "been", "will", "would", "can"})
_NOUN_LINKS = frozenset({"of", "from", "by"})
_NO_HEADS = frozenset({"that", "which", "what", "who", "whom", "whose"})
_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
     "night", "today", "yesterday", "tonight", "earlier", "later", "recently"}
)  # fmt: skip


def _antecedent(text: str, mention: tuple[int, int] | None) -> tuple[int, int] | None:
    """The noun phrase a relative "that" closing a loose source refers to: "Tom Hale was praised for a report
    that (showed ...)" -> "a report", "Tom Hale provides harbour results that (show ...)" -> "harbour results".
    Read back from "that" to a determiner (kept; on past "of", "from" or "by": "a letter from his doctor"), or to
    a preposition before a word in lower case, an auxiliary or a verb after a name (left out); a time before
    "that" is left out ("a letter from his doctor Friday afternoon that")."""
    if mention is None or not text.endswith(" that", mention[0], mention[1]):
        return mention
    words = [match.span() for match in _SPACED_WORD.finditer(text, mention[0], mention[1] - 5)]
    while len(words) > 1 and text[words[-1][0] : words[-1][1]].lower() in _TIME_WORDS:
        words.pop()
    if not words:
        return mention
    start, head = words[0][0], len(words) - 1
    for at in range(len(words) - 1, -1, -1):
        word = text[words[at][0] : words[at][1]]
        low = word.lower()
        if low in _ANTECEDENT_OPENERS or low.endswith(("’s", "'s")):
            start = words[at][0]
            if (
                at < 2
                or text[words[at - 1][0] : words[at - 1][1]] not in _NOUN_LINKS
                or not text[words[at - 2][0] : words[at - 2][1]].isalpha()
                or text[words[at - 2][0] : words[at - 2][1]].lower() in _NO_HEADS
            ):
                break  # "finds that of the organizations that": no noun before the preposition
            head = at - 2  # "a letter from his doctor": the phrase goes on before the preposition
            continue
        if at >= head:
            continue  # the noun before "that" (or before "of", "from", "by") itself
        after = text[words[at + 1][0]]
        name_before = at > 0 and text[words[at - 1][0]].isupper() and word.islower() and low not in PREPOSITIONS
        if low in _AUXILIARIES or (low in PREPOSITIONS and after.islower()) or name_before:
            start = words[at + 1][0]
            break
    else:
        start = words[0][0] if head < len(words) - 1 else start  # "letters from his doctor": back to the start
    return (start, words[-1][1])


def _opens_no_source(mention: str | None) -> bool:
    """Whether a claim's source opens with a word that no source opens with (a clause's or a question's)."""
    if not mention or not mention[:1].isupper():
        return False  # "asked whether anyone ...": a clause inside a sentence may still hold its source
    return mention.split(None, 1)[0].lower() in _NO_SOURCE_OPENERS or _WORTH.match(mention) is not None


class _Labels:
    """What tells a paragraph's label before a colon for a speaker: a transcript's "TAPPER: ..." opens more than
    one paragraph, "Ann Lee: ..." opens with a first name, and "Asake: ..." names someone the running text names
    too; a dateline ("NEW DELHI: ..."), a fact box's or a recipe's heading ("Killed: ...", "Apples: ...") or a
    title's first half ("Star Wars Jedi: Fallen Order is ...") is none of these."""

    def __init__(self, masked: Sequence[str]) -> None:
        self.masked = masked
        self.opening: dict[str, int] = {}
        self._written: set[str] | None = None
        self.transcript: bool | None = None
        for text in masked:
            name = label_name(text)
            if name is not None:
                self.opening[name] = self.opening.get(name, 0) + 1

    @property
    def written(self) -> set[str]:
        """The capitalised words the running text writes inside a sentence, not before a colon: listed on first
        need (a label that opens with a first name, the most common, never asks)."""
        if self._written is None:
            self._written = set()
            for text in self.masked:
                for word in _CAPITALISED.finditer(text):
                    before = text[max(0, word.start() - 4) : word.start()].rstrip()[-1:]
                    if not text.startswith(":", word.end()) and before not in _SENTENCE_ENDS:
                        self._written.add(word.group())
        return self._written

    def names_someone(self, name: str) -> bool:
        words = name.split()
        if name.isupper():
            return self._in_transcript(words)
        if is_first_name(words[0].strip(".")) or self.opening.get(name, 0) > 1:
            return True
        return words[-1] in self.written

    def _in_transcript(self, words: list[str]) -> bool:
        """A label in capitals: "JAKE TAPPER:" (a first name), "JOEL BENENSON:" when "BENENSON:" opens another
        paragraph, or one opening more than one paragraph; in a transcript (an article holding such a label of two
        words or more) also any full name, and one word that opens more than one paragraph, ends such a label or
        is a name the running text writes ("TRUMP:" beside "Trump")."""
        name = " ".join(words)
        many = self.opening.get(name, 0) > 1
        if len(words) > 1:
            return is_first_name(words[0].strip(".")) or many or words[-1] in self.opening or self._transcript()
        word = words[0]
        named = many or word.title() in self.written or any(label.endswith(" " + word) for label in self.opening)
        return named and self._transcript()

    def _transcript(self) -> bool:
        """Whether the article is a transcript: a label in capitals opens with a first name, or its last word opens
        a paragraph alone ("JOEL BENENSON: ...", then "BENENSON: ...")."""
        if self.transcript is None:
            self.transcript = any(
                " " in label
                and label.isupper()
                and (is_first_name(label.split()[0].strip(".")) or label.split()[-1] in self.opening)
                for label in self.opening
            )
        return self.transcript


# a capitalised word as written; one inside a sentence, not before a colon, is a name the running text gives
_CAPITALISED = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]*+")


def _reads_before(found: Found | None, quote_text: str, close_text: str) -> bool:
    """Whether the credit before a quote can count, given the credit found after it.

    A named credit after a quote keeps it unless the quote ends its sentence ("“... over.” He added") or the
    credit introduces a quote of its own ("Mills then writes back, “...”"); only then (or with no named credit
    after the quote) is the text before the quote read.
    """
    if found is None or found.mention is None or quote_text[-1:] == ".":
        return True
    return found.cue is not None and _INTRODUCES.match(close_text, found.cue[1]) is not None


def _following(text: str, here: list[Pair], number: int) -> int:
    """Where the text that may credit pair ``number`` ends: at the next pair, past names in title case.

    '“It went well,” Ada Brill, who wore a “Save the Port” badge, said': the badge's words do not end
    the first quote's credit.
    """
    reach = here[number].close_mark + WINDOW  # no credit is read further than this
    for index in range(number + 1, len(here)):
        later = here[index]
        if len(later.parts) > 1 or later.open_mark > reach:
            return later.open_mark
        part = later.parts[0]
        tokens = text[part.start : part.end].split()
        if not 0 < len(tokens) <= 4 or not all(t[:1].isupper() or len(t) <= 3 for t in tokens):
            return later.open_mark
        if not tokens[0][:1].isupper() or text[part.end - 1 : part.end] in ".,!?:;":
            return later.open_mark
    return len(text)


def _whole_marks(paragraphs: Sequence[str], claim: Claimed) -> Claimed:
    """A claim's content never cuts a pair of apostrophes read as one mark in two."""
    span = claim.content
    text = paragraphs[span.paragraph]
    start = span.start - 1 if text[span.start - 1 : span.start + 1] == "''" else span.start
    end = span.end + 1 if text[span.end - 1 : span.end + 1] == "''" else span.end
    if (start, end) == (span.start, span.end):
        return claim
    return Claimed(Span(span.paragraph, start, end), claim.source, claim.cue)


# "that" opening the clause of a verb right after it
_THAT_AFTER = re.compile(r"\s++that\s")


def _judge(
    paragraphs: Sequence[str],
    masked: list[Masked],
    cast: Cast,
    pair: Pair,
    last_close: int,
    following: int,
    own: Speaker | None,
    previous: Speaker | None,
) -> Spoken | _Words | None:
    """Decide whether a pair of marks holds speech; find its speaker and cue.

    ``own`` is the last speaker of this paragraph, ``previous`` the last of the one before:
    a quote without a cue of its own goes to ``own``, else to the one person the paragraph
    names before it, else (when the paragraph names nobody before it) to ``previous``.
    """
    carried = own
    if carried is None:
        sole = cast.sole_person(pair.parts[0].paragraph, pair.open_mark)
        if sole is not None:
            person, start, end = sole
            start, end, mention = clean_span(paragraphs[pair.parts[0].paragraph], start, end)
            carried = Speaker(
                mention,
                Span(pair.parts[0].paragraph, start, end),
                person.name,
                person.role,
                kind="person",
            )
        elif not _names_anyone(cast, pair.parts[0].paragraph, pair.open_mark):
            carried = previous
    first, last = pair.parts[0], pair.parts[-1]
    open_para, close_para = first.paragraph, last.paragraph
    open_text, close_text = masked[open_para], masked[close_para]
    words = sum(len(_WORD.findall(paragraphs[p.paragraph], p.start, p.end)) for p in pair.parts)
    quote_text = paragraphs[last.paragraph][last.start : last.end]
    first_text = paragraphs[first.paragraph][first.start : first.end]
    window_start = last_close if open_para == close_para else 0
    sentence = _quote_sentence(open_text, window_start, pair.open_mark)
    titled = words <= _TITLE_WORDS and quote_text[-1:] not in ".!?" and title_case_quote(first_text)
    found: Found | None = speaker_after(close_text, pair.close_mark + 1, following, quote_text[-1:] in ",!?", titled)
    if found is not None and quote_text[-1:] == "." and found.mention is not None:
        mention_text = close_text[found.mention[0] : found.mention[1]]
        if mention_text[:1].islower():
            found = None  # “... over.” he said: a new sentence would not start in lower case
        elif found.cue is not None and _THAT_AFTER.match(close_text, found.cue[1]) is not None:
            found = None  # “... over.” Ann Lee argued that ...: a new sentence whose verb has a clause of its own
    if found is None and close_text.startswith((" —", "—", " ―", "―", " –"), pair.close_mark + 1):
        # read in the text itself: the next quote's first letter is blanked in the masked one
        dash = _DASH_AFTER.match(paragraphs[close_para], pair.close_mark + 1)
        if dash is not None:
            found = Found(dash.span("m"), None)
    if (
        len(pair.parts) == 1
        and words <= _TITLE_WORDS + 2
        and quote_text[-1:] not in "!?"
        and _given_name(paragraphs[open_para], pair)
    ):
        return _Words(pair, named=True)  # its naming verb is no cue for a later quote ("called “X” because “Y”")
    if len(pair.parts) == 1 and (
        _is_programme(paragraphs[open_para], pair, words, first_text)
        or _is_work(paragraphs[open_para], pair, words, first_text, quote_text)
        or (found is None and _is_title(paragraphs[open_para], pair, words, first_text, quote_text))
        or (
            found is None
            and first_text.lstrip("'‘’")[:1].isupper()
            and _BYLINE_AFTER.match(paragraphs[open_para], pair.close_mark + 1) is not None
        )
    ):
        return None
    if len(pair.parts) == 1 and _is_name(paragraphs[open_para], pair, words, first_text, quote_text):
        return None
    before = (
        speaker_before(open_text, sentence, pair.open_mark, cast.knows)
        if _reads_before(found, quote_text, close_text)
        else None
    )
    spans_para = close_para
    if (
        found is not None
        and quote_text[-1:] == "."
        and before is not None
        and before.mention is not None
        and before.cue is not None
    ):
        found = None  # “... over.” He added, ...: the credit after a full stop opens the next sentence
    if (
        found is not None
        and found.cue is not None
        and before is not None
        and before.mention is not None
        and before.cue is not None
        and _INTRODUCES.match(close_text, found.cue[1]) is not None
    ):
        found = None  # X responds with, “...?” Mills then writes back, “...”: that credit is the next quote's
    if found is None or (found.mention is None and before is not None):
        found, spans_para = before, open_para
    if (
        found is not None
        and found.mention is None
        and found.cue is not None
        and spans_para == close_para
        and open_para == close_para
        and _QUOTE_AFTER_CUE.fullmatch(close_text, found.cue[1], pair.open_mark) is not None
        and passive_cue(close_text, found.cue)
    ):
        # "the storm was called “unprecedented” by residents": the passive cue's agent follows the quote
        agent = _AGENT_AFTER.match(close_text, pair.close_mark + 1)
        if agent is not None:
            named = mentions(close_text, agent.start("m"), agent.end("m"))
            if named and named[0][0] == agent.start("m"):
                found = Found(named[0], found.cue)
    if found is None and pair.close_mark >= len(close_text.rstrip()) - 1 and close_para + 1 < len(masked):
        # a quote closing its paragraph, credited by the next one: '“...”' / '- Bernie Sanders.'
        credit = _DASH_CREDIT.match(masked[close_para + 1])
        if credit is not None:
            found, spans_para = Found(credit.span("m"), None), close_para + 1
    lead_gap = open_text[before.cue[1] : pair.open_mark] if before and before.cue else ""
    partial = first_text[:1].islower() or (
        found is before and before is not None and bool(_WORD.search(lead_gap)) and "that" in lead_gap.split()
    )
    if found is None:
        said = _sentence_has_cue(open_text, sentence, pair, following)
        verb = _sentence_verb(open_text, sentence, pair, following) if said else None
        acted = open_text[verb[0] : verb[1]] if verb is not None and titled and verb[0] > pair.close_mark else None
        if acted is not None and acted not in SPEECH_FORMS and acted.endswith("ed"):
            # "known as “Harbour Mum,” became a household name when she welcomed twins": a name, then an act
            said, verb = False, None
        if not said and _is_scare(pair, words, first_text, quote_text):
            return _Words(pair)
        if not said and _is_subhead(paragraphs[open_para], pair, words):
            return None
        speaker = carried
        if open_para == close_para:
            # a quote inside a sentence with its own subject ("Romney fired back, attacking Trump for “...”")
            whole = sentence if window_start == 0 else sentence_start(open_text, 0, pair.open_mark)
            subject = _sentence_subject(open_text, whole, pair.open_mark, cast)
            if subject is not None:
                speaker = _speaker(paragraphs, masked, cast, open_para, subject, pair.open_mark) or speaker
        cue: Span | None = None
        if verb is not None:
            # the quote sits in a sentence that reports speech or stance: credit the verb's subject
            subject = subject_before(open_text, sentence, verb[0])
            if subject is not None:
                speaker = _speaker(paragraphs, masked, cast, open_para, subject, pair.open_mark, verb) or speaker
                cue = Span(open_para, *verb)
                partial = True
    else:
        speaker = _speaker(paragraphs, masked, cast, spans_para, found.mention, pair.open_mark, found.cue)
        if speaker is None and carried is not None and found.mention is None:
            speaker = carried
        cue = Span(spans_para, *found.cue) if found.cue else None
    parts = tuple(Span(p.paragraph, p.start, p.end) for p in pair.parts)
    if speaker is not None and _common_capital(paragraphs, cast, speaker, cue is None):
        # "Happiness is “...”": the word names nobody; "Federal labor organizations have ...": the phrase it opens
        speaker = _phrase_opened(paragraphs, speaker)
    if speaker is not None and speaker.medium is None:
        medium = _medium(masked, open_para, sentence, pair, following if open_para == close_para else None)
        if medium is not None:
            speaker = _with_medium(speaker, medium)
    return Spoken(parts, speaker, cue, partial and words < 25)


_NOT_SUBJECTS = frozenset(
    {"there", "here", "nothing", "something", "everything", "anything", "nobody", "everyone", "someone", "no",
     "not", "yes", "then", "now", "today", "yesterday", "still", "yet", "also", "even", "just", "only", "good",
     "bad", "more", "most", "less", "few", "many", "much", "all", "both", "each", "every", "this", "that",
     "these", "those", "what", "which", "who", "how", "why", "where", "so", "but", "and", "or", "instead"}
)  # fmt: skip
_NOUN_DETERMINERS = frozenset({"the", "a", "an"})
_SUBORDINATORS = frozenset(
    {"as", "when", "while", "after", "before", "although", "though", "if", "because", "since", "under", "in",
     "on", "at", "from", "for", "with", "during", "despite", "unlike", "like", "once", "until", "whether"}
)  # fmt: skip


def _quote_sentence(text: Masked, start: int, quote: int) -> int:
    """Where the sentence a quote is read in starts.

    A quote that opens its own sentence is read with the sentence before it when that one
    reports speech ("Trump isn't a conservative, he said. “He's a liberal!”"), not when it only
    holds a verb of stance ("... made the film seem unrealistic. “I just didn't ...”").
    """
    sentence = sentence_start(text, start, quote)
    if sentence > start and not text[sentence:quote].strip():
        previous = sentence_start(text, start, sentence - 1)
        if _SPEECH_RE.search(text, previous, sentence) is not None:
            return previous
    return sentence


def _sentence_subject(text: Masked, sentence: int, quote: int, cast: Cast) -> tuple[int, int] | None:
    """The mention opening the main clause of the quote's sentence (past a leading subordinate clause).

    A lone capital opening a sentence that cannot be a noun ("Between 2001 and 2007", "Citing
    ...", "There") is no subject.
    """
    start = sentence
    while start < quote and text[start] == " ":
        start += 1
    if start >= quote:
        return None
    first = text[start : start + 15].split(" ", 1)[0].lower().strip(",")
    if first in _SUBORDINATORS:
        comma = text.find(",", start, quote)
        if comma < 0:
            return None
        start = comma + 1
        while start < quote and text[start] == " ":
            start += 1
    found = mentions(text, start, quote)
    if not found or found[0][0] != start:
        return None
    words = text[found[0][0] : found[0][1]].split()
    lone = words[0].lower().strip(",")
    if len(words) == 1 and (lone in _NOT_SUBJECTS or lone.endswith(("ing", "ly")) or lone in PREPOSITIONS):
        return None
    if lone in {"it", "it’s", "it's"} and _EXPLETIVE.match(text, found[0][0]) is not None:
        return None  # "It is strange that Trump would denounce “...”": no one speaks as "it"
    if len(words) == 1 and lone not in PRONOUNS and _opens_adverbial(text, found[0][1]) and not cast.knows(words[0]):
        return None  # "Soon, Prada was pitching ...", "Along the way, ...": a capital nobody was named by
    return found[0]


def _opens_adverbial(text: str, end: int) -> bool:
    """Whether the lone word ending at ``end`` is followed by a comma, an article or a preposition."""
    if text[end : end + 1] == ",":
        return True
    follower = text[end : end + 12].split(" ", 2)
    return len(follower) > 1 and (follower[1] in _NOUN_DETERMINERS or follower[1] in PREPOSITIONS)


_GAP_WORDS = frozenset({"that", "then", "again", "also", "back", "later", "once", "too", "as", "in", "on"})
# whom a thing was told ("told me, “...”", "told reporters, “...”"): no claim beside the quote
_TOLD_GAP_WORDS = _GAP_WORDS | {"me", "us", "him", "her", "them", "you", "reporters"}


def _claimed_words(words: list[Pair], claims: list[Claimed]) -> list[Spoken]:
    """Quoted words inside a claim's content are its source's words: a partial quote.

    "… agree that those earning more should pay “a lot” more in taxes, the poll found".
    """
    found = []
    for pair in words:
        part = pair.parts[0]
        for claim in reversed(claims):
            content = claim.content
            if content.paragraph != part.paragraph:
                break
            if content.start <= part.start and part.end <= content.end:
                span = Span(part.paragraph, part.start, part.end)
                found.append(Spoken((span,), claim.source, claim.cue, partial=True))
                break
    return found


def _reclaim(quotes: list[Spoken], claims: list[Claimed], index: int) -> None:
    """Give a quote found without a speaker the source of the claim that holds it.

    "Starr said Clinton's situation reminds him of the book, explaining, “...”": the quote is
    part of what Starr said, though no credit stands next to it. The innermost claim of a
    named source around the quote wins; quotes of several paragraphs are left alone.
    """
    if not quotes or quotes[-1].parts[0].paragraph != index:
        return  # no quote opens in the paragraph (most paragraphs)
    mine = [claim for claim in _paragraph_claims(claims, index) if claim.source.name]
    if not mine:
        return
    for number in range(len(quotes) - 1, -1, -1):
        quote = quotes[number]
        part = quote.parts[0]
        if part.paragraph != index:
            break
        if quote.speaker is not None or len(quote.parts) > 1:
            continue
        holding = [c for c in mine if c.content.start <= part.start and part.end <= c.content.end]
        if holding:
            inner = max(holding, key=lambda claim: claim.content.start)
            quotes[number] = Spoken(quote.parts, inner.source, quote.cue or inner.cue, quote.partial)


def _framed(text: str, masked: Masked, index: int, quotes: list[Spoken], claims: list[Claimed]) -> list[Claimed]:
    """Claims framing a quote: "Carson called [the political system “rotten to the core.”]".

    A quote whose cue sits before it in the same sentence, with words between (an object, a
    "that"), reports more than its own words: the claim runs from after the cue to the closing
    mark. Claims already found there are kept instead.
    """
    found: list[Claimed] = []
    taken: list[tuple[int, int]] | None = None  # the contents of the paragraph's claims, read when first needed
    for quote in reversed(quotes):
        part = quote.parts[0]
        if part.paragraph != index:
            break
        cue = quote.cue
        if quote.speaker is None or cue is None or len(quote.parts) > 1:
            continue
        if cue.paragraph == index and cue.start >= part.end:
            lead = _lead_frame(text, masked, part) if _credit_closes(text, masked, part.end, cue.start) else None
            if lead is not None:
                if taken is None:
                    taken = _paragraph_contents(claims, index)
                if not any(a < lead[1] and lead[0] < b for a, b in taken):
                    found.append(Claimed(Span(index, *lead), quote.speaker, cue))
                    taken.append(lead)
            continue
        if cue.paragraph != index or cue.end > part.start:
            continue
        if text[cue.start : cue.end].lower().startswith("according"):
            continue  # "According to the newspaper, “...”": the words between are the source, not a claim
        start = cue.end
        while start < part.start and text[start] in " ,:":
            start += 1
        if masked.startswith("by ", start):
            continue  # "described by the Times as “...”": the words between name the speaker, no claim
        gap = masked[start : part.start].rstrip(" \"“”‘’'«»„")
        if len(gap) > 80 or any(ch in gap for ch in ".!?"):
            continue
        allowed = _TOLD_GAP_WORDS if text[cue.start : cue.end].lower() in TELLING else _GAP_WORDS
        if not [w for w in gap.replace(",", " ").split() if not w.endswith("ly") and w not in allowed]:
            continue  # only "simply," or "that" (or "told me,") between: the quote is the whole claim already
        end = _framed_end(text, masked, part.end)
        if taken is None:
            taken = _paragraph_contents(claims, index)
        if any(a < end and start < b for a, b in taken):
            continue
        found.append(Claimed(Span(index, start, end), quote.speaker, cue))
        taken.append((start, end))
    return found


#: How many words of the reporter's own must lead into a quote for the sentence to frame it.
_LEAD_WORDS = 3


#: How many words may stand between a quote's closing mark and its cue for the credit to close the quote.
_CREDIT_WORDS = 6


def _credit_closes(text: str, masked: Masked, quote_end: int, cue: int) -> bool:
    """Whether the credit right after a quote closes it (“...,” Hill said; “...,” said Ann Hill): a few words,
    no sentence end between."""
    if quote_end == 0 or text[quote_end - 1] in ".!?":
        return False  # “... denied.” He announced: the quote closed its sentence, the credit opens the next
    between = masked[quote_end + 1 : cue]
    return len(between.split()) <= _CREDIT_WORDS and not any(stop in between for stop in ".!?;")


def _lead_frame(text: str, masked: Masked, part: Span) -> tuple[int, int] | None:
    """The claim a sentence makes when it leads into a quote credited after it ("Lee's plan may be “a
    mistake,” Hill said"): from the sentence start to the closing mark, or None when the quote opens the
    sentence or the words before it are few, end in a colon or comma, or hold a quote of their own."""
    opening = part.start - 1
    if opening <= 0:
        return None
    sentence = sentence_start(masked, 0, opening)
    lead = text[sentence:opening].rstrip()
    if not lead or lead[-1] in ",:;—–-" or len(lead.split()) < _LEAD_WORDS:
        return None
    if any(mark in lead for mark in '“”"«»'):
        return None
    return sentence, min(len(text), part.end + 1)


def _paragraph_claims(claims: list[Claimed], index: int) -> list[Claimed]:
    """The claims of paragraph ``index``, which close the list (claims are found in paragraph order): the
    walk back stops at the first claim of an earlier paragraph, so a long article is not read again for
    each paragraph."""
    first = len(claims)
    while first > 0 and claims[first - 1].content.paragraph == index:
        first -= 1
    return claims[first:]


def _paragraph_contents(claims: list[Claimed], index: int) -> list[tuple[int, int]]:
    """The content spans of the claims of paragraph ``index`` (see :func:`_paragraph_claims`)."""
    return [(c.content.start, c.content.end) for c in _paragraph_claims(claims, index)]


# what ends a framing claim that runs on after its quote: a comma, a semicolon, a dash
_FRAME_BREAK = re.compile(r"[,;]|\s[—–-]\s")


def _framed_end(text: str, masked: Masked, quote_end: int) -> int:
    """Where a framing claim ends: at the closing mark, or, when the quote is a phrase inside a longer clause
    ("warned of a “ferocious” battle ahead that could split the party"), at the end of that clause."""
    close = min(len(text), quote_end + 1)
    if quote_end == 0 or text[quote_end - 1] in ".,!?;:…":
        return close  # the quote ends in its own punctuation: an utterance, the claim ends with it
    following = masked[close : close + 30].split(None, 1)
    if not following or not following[0][:1].islower() or following[0].lower() in PRONOUNS:
        return close
    end = sentence_end(masked, close, len(masked))
    brk = _FRAME_BREAK.search(masked, close, end)
    end = brk.start() if brk is not None else end
    while end > close and masked[end - 1] in " .!?":
        end -= 1
    return end


def _lead_in(paragraphs: Sequence[str], masked: list[Masked], cast: Cast, index: int) -> Speaker | None:
    """The speaker a paragraph ending in a colon hands to the next one: 'Cruz continued:' / '“...”'."""
    text = masked[index]
    end = len(text.rstrip())
    if end == 0 or text[end - 1] != ":":
        return None
    found = speaker_before(text, sentence_start(text, 0, end - 1), end, cast.knows)
    if found is None or found.mention is None:
        return None
    return _speaker(paragraphs, masked, cast, index, found.mention, end)


def _names_anyone(cast: Cast, paragraph: int, offset: int) -> bool:
    """Whether the paragraph names a person before ``offset``."""
    first = bisect.bisect_left(cast.places, (paragraph, 0))
    return bisect.bisect_left(cast.places, (paragraph, offset)) > first


def _common_capital(paragraphs: Sequence[str], cast: Cast, speaker: Speaker, no_cue: bool) -> bool:
    """Whether a speaker is one capitalised common word: "Happiness is “...”", "Additionally, ...".

    Only a word the article also writes in lower case, and (as a cue's subject may be the first word
    of a longer phrase, "Band member Flea shared") only with no cue, or when the word is an adverb
    or stands before a comma.
    """
    mention, span = speaker.mention, speaker.mention_span
    if mention is None or span is None or " " in mention or not mention[:1].isupper() or mention.isupper():
        return False
    if mention.lower() in _GROUP_WORDS:
        return False
    after = paragraphs[span.paragraph][span.end : span.end + 1]
    if not (no_cue or mention.endswith("ly") or after == ","):
        return False
    return cast.is_common_word(mention)


#: An order with the writer as its object, read as a name: "Let us", "Let me".
_LET_US = frozenset({"Let us", "Let me"})


def _ends_in_common_noun(name: str) -> bool:
    """Whether a name is capitalised words and then one in lower case: a description ("Israeli courts", "Both
    companies", "Health bosses"), as no name ends so. A reflexive, an adverb, a quantifier or a verb after a name
    ("Sanders himself", "Carter however", "Clinton all", "Axelrod tried") and a phrase with other words in lower
    case ("Trump at the time") are left as they are."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1]
    if not (last.isalpha() and last.islower()) or last in _NAME_TAILS or last.endswith(("ly", "ed")):
        return False
    return all(word[:1].isupper() for word in words[:-1])


#: Words that may follow a name in a mention without making it a description.
_NAME_TAILS = frozenset(
    {"himself", "herself", "themselves", "itself", "however", "sometimes", "almost", "too", "also", "again",
     "instead", "though", "meanwhile", "alone", "first", "last", "then", "now", "still", "later", "once", "both",
     "all", "each", "soon", "began", "cannot", "are", "is", "means", "avoids", "spews", "rebut"}
)  # fmt: skip


def _let_us(source: Speaker, span: Span) -> Speaker:
    """ "Let us know ...", "Let me say ...": the writer speaks; "us" or "me" is the source, with no name."""
    mention = source.mention[4:] if source.mention else None
    return replace(source, mention=mention, mention_span=Span(span.paragraph, span.start + 4, span.end), name=None)


def _named_by_common_word(text: str, cast: Cast, source: Speaker) -> bool:
    """Whether a source's name is its mention, one capitalised word opening a sentence that the article also
    writes in lower case ("Police said ...", "Reviewers say ..."): a common noun, not a name. A newspaper's word
    ("Times") and a word inside a sentence ("according to Harbour") may be names."""
    mention, span = source.mention, source.mention_span
    if mention is None or span is None or source.name != mention or " " in mention or mention.isupper():
        return False
    if not mention[:1].isupper() or mention.lower() in _GROUP_WORDS or mention.lower() in MEDIA_WORDS:
        return False
    if text[: span.start].rstrip()[-1:] not in _SENTENCE_ENDS:
        return False
    return cast.is_common_word(mention)


#: What stands before a sentence's first word: nothing, a stop, a closing quote or a colon.
_SENTENCE_ENDS = frozenset({"", ".", "!", "?", ":", ";", "”", '"', "’", "—", "("})


_PHRASE_END = re.compile(
    r"(?:\s++[a-z][\w\-]*+){1,3}?(?=\s++(?:have|has|had|are|is|were|was|will|would|can|could|say|said|says)\b)"
)


def _phrase_opened(paragraphs: Sequence[str], speaker: Speaker) -> Speaker | None:
    """The noun phrase a capitalised common word opens, up to its verb, as an unnamed speaker; else None."""
    span = speaker.mention_span
    if span is None:
        return None
    text = paragraphs[span.paragraph]
    rest = _PHRASE_END.match(text, span.end)
    if rest is None:
        return None
    return Speaker(text[span.start : rest.end()], Span(span.paragraph, span.start, rest.end()), None, kind="unnamed")


def _sentence_verb(text: Masked, sentence: int, pair: Pair, following: int) -> tuple[int, int] | None:
    """The verb of speech or stance nearest the quote in its sentence: the last before it, else the first after."""
    before = None
    for match in _SAID_RE.finditer(text, sentence, pair.open_mark):
        if is_noun_use(text, match.start()) or after_indefinite(text, match.start()):
            continue
        if match.group().lower() in CLAIMING and taken_object(text, match.end() + 1, pair.open_mark):
            continue  # "a fire claimed a home, likely caused by an “...”": a thing taken, no speech
        if _THAT_AFTER.match(text, match.end(), pair.open_mark):
            # "Reeves wrote that the text of the law showed it to be “...”": the outer verb holds the quote
            return match.start(), match.end()
        before = match
    if before is not None:
        return before.start(), before.end()
    after = _verb_after(text, pair, following)
    return (after.start(), after.end()) if after is not None else None


def _closes_sentence(text: str, close_mark: int) -> bool:
    """Whether a quote ends its sentence with a full stop of its own, a new sentence opening after it."""
    if _CLOSES_SENTENCE.match(text, close_mark - 1) is not None:
        return True
    return text[close_mark - 1 : close_mark] in {"’", "'"} and _CLOSES_SENTENCE.match(text, close_mark - 2) is not None


def _verb_after(text: Masked, pair: Pair, following: int) -> re.Match[str] | None:
    """The first verb of speech or stance after the quote in its sentence (not a noun: "his demands")."""
    if len(pair.parts) > 1 or _closes_sentence(text, pair.close_mark):
        return None  # “... quiet luxury.” The idea ...: the quote's full stop ends its sentence
    for match in _SAID_RE.finditer(text, pair.close_mark + 1, sentence_end(text, pair.close_mark + 1, following)):
        if not is_noun_use(text, match.start()) and not after_indefinite(text, match.start()):
            return match
    return None


def _sentence_has_cue(text: Masked, sentence: int, pair: Pair, following: int) -> bool:
    """Whether the quote's sentence holds a verb of speech or stance (up to the next quote)."""
    if text[max(0, pair.open_mark - 4) : pair.open_mark].strip().lower() == "as":
        return True  # described it as “...”
    if _SAID_RE.search(text, sentence, pair.open_mark) is not None:
        return True
    return _verb_after(text, pair, following) is not None


# "titles like “...”", "headlines such as “...”": the words before a name given as an example
_NAMES_LIKE = ("titles", "headlines", "slogans", "names", "titles such", "headlines such", "slogans such", "names such")
# words before "called" that make it a verb of speech, not a thing's name: "what he called “...”"
_CALLING_SUBJECTS = frozenset(
    {"he", "she", "they", "i", "we", "you", "it", "who", "which", "that", "what", "also", "once"}
)


# the words that give a thing its name right before a quote: "so-called", "(now) known as", "what’s called", "is
# called", "a planet called" (a noun after a determiner), then maybe an article or a first name in marks and "or"
# ("is called the “harbour ray effect,” or “ghost effect.”"); no speaker is credited with the name
# no word of the noun phrase before "called": "the massacre, which he called “...”" reports speech
_NOT_NOUN_WORDS = word_alternation(
    ("which", "who", "whom", "that", "what", "he", "she", "they", "it", "we", "i", "you", "also", "has", "have",
     "had", "was", "were", "is", "are", "once", "then", "later", "never", "not", "repeatedly", "publicly")
)  # fmt: skip
_GIVEN_NAME = re.compile(
    r"(?:(?<![\w’'\-])so-called"
    r"|(?<![\w’'])known(?:\s++[a-z]++){0,3}?\s++as"
    r"|(?<![\w’'])(?:nickname|moniker|sobriquet)(?:\s++of)?"
    r"|(?<![\w’'])(?:(?:is|are|was|were|be|been|being)|(?:[Ww]hat|[Ii]t|[Tt]hat)(?:[’']s|\s++is|\s++was))"
    r"(?:\s++(?:also|now|often|sometimes|usually|commonly|widely|locally|popularly|then|first))?\s++(?:called|named|dubbed|nicknamed|termed)"
    r"|(?<![\w’'])(?:[Aa]n?|[Aa]nother|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)"
    rf"(?:\s++(?!{_NOT_NOUN_WORDS}(?![\w’']))[a-z][a-z\-]*+,?){{1,3}}\s++(?:called|named|dubbed|nicknamed|termed))"
    r"\s++(?:(?:the|a|an)\s++)?(?:[“\"‘'][^“”\"\n]{1,60}[”\"’']\s*+(?:or|and)\s++(?:the\s++|a\s++|an\s++)?)?\Z"
)
_AGENT_NEXT = re.compile(r"\s*+,?\s*+by\s")
_GIVEN_NAME_REACH = 120
#: Words of a noun phrase before "called" that make it a verb of speech: "what the mayor called “...”"
_RELATIVE_LEADS = frozenset({"what", "which", "who", "whom", "whose"})


# a capitalised word and a comma or an opening bracket right before a nickname: 'Ann Lee, “The Harbour Queen,” said'
_NAMED_BEFORE = re.compile(r"(?<![\w’'])[A-Z][\w’'\-]*+\s*+[,(]\s*+\Z")
#: Most words a nickname after a name may hold.
_NICKNAME_WORDS = 4


def _nickname(text: str, pair: Pair) -> bool:
    """A nickname in title case set off right after a name ('Ann Lee, “The Harbour Queen,” said ...', 'Tom Hale
    (“Captain Tom”) said ...'): closed by a comma or a bracket, it names the person before it."""
    first = pair.parts[0]
    quoted = text[first.start : first.end]
    if len(_WORD.findall(quoted)) > _NICKNAME_WORDS or not title_case_quote(quoted):
        return False
    if _NAMED_BEFORE.search(text, max(0, pair.open_mark - 40), pair.open_mark) is None:
        return False
    return quoted.endswith(",") or text.startswith((",", ")"), pair.close_mark + 1)


def _given_name(text: str, pair: Pair) -> bool:
    """A name given right before the quote ("a genre now known as “drift racing,”", "the glow is what’s called the
    “harbour halo”", "a club called “Harbour Friends”", 'Ann Lee, “The Harbour Queen,” said'), not words said ("what
    the mayor called “...”", "was called “unprecedented” by residents")."""
    if _nickname(text, pair):
        return True
    given = _GIVEN_NAME.search(text, max(0, pair.open_mark - _GIVEN_NAME_REACH), pair.open_mark)
    if given is None or _AGENT_NEXT.match(text, pair.close_mark + 1) is not None:
        return False
    lead = text[max(0, given.start() - 12) : given.start()].split()
    return not lead or lead[-1].lower() not in _RELATIVE_LEADS


def _is_title(text: str, pair: Pair, words: int, first_text: str, quote_text: str) -> bool:
    """A title: "the book “Fear”", "CNN’s “New Day”"."""
    lead = text[max(0, pair.open_mark - 30) : pair.open_mark].split()
    if not lead:
        return False
    word = lead[-1].lower().strip(",:")
    tokens = first_text.split()
    named = all(t[:1].isupper() or len(t) <= 3 for t in tokens)
    title_case = named and quote_text[-1:] not in ".!?"
    if word in {"like", "as"} and " ".join(lead[-3:-1]).lower().endswith(_NAMES_LIKE) and first_text[:1].isupper():
        return True  # "posts with titles like “Solidarity with Prisoners!”": names given as examples
    if word in {"called", "named"} and len(lead) > 1 and first_text.lstrip("'‘")[:1].isupper() and words <= 8:
        before = lead[-2].strip(",")
        if before.islower() and before not in _CALLING_SUBJECTS:
            return True  # "issued fresh advice today called ‘Preparing for Crises’": a thing and its name
    if word in TITLE_LEADS:
        # "the Trump campaign, “The speech will be ...”": after a comma or colon, a clause of four
        # words or more that is not in title case is words said, not a name
        if first_text[:1].islower() and not named and word not in _TERM_LEADS:
            return False  # "the report “wasn’t good.”": a title opens with a capital (a term need not)
        return named or words < 4 or not lead[-1].endswith((",", ":"))
    if word.endswith(("’s", "'s")) and lead[-1][:1].isupper() and words <= 8:
        return sum(1 for t in tokens if t[:1].isupper()) >= 0.5 * len(tokens)
    if title_case_quote(first_text) and words <= 10 and _FOOTNOTE.match(text) is not None:
        return True  # "[5] Ann Lee, “Harbour Works,” pp. 7–8": a work cited in a note
    if (
        word in _WORK_LEADS
        and (2 <= words <= 10 or (words == 1 and first_text[1:2].isupper()))
        and "!" not in first_text
        and "?" not in first_text
        and (len(lead) < 2 or lead[-2].lower() not in _VOICE_NOUNS)
    ):
        # "the author of “Destiny and Power,”", "the founder of “Indian Americans for Hillary 2008.”": a work's
        # or a group's name after "of", in title case to its last word (not a chant: "chants of “Trump, Trump”")
        tokens = [t for t in first_text.strip("'‘’").rstrip(",.'‘’").replace(",", "").split() if t[:1].isalnum()]
        bare = [t for t in tokens if t.lower() not in _TITLE_SMALL_WORDS]
        return (
            bool(bare)
            and len(set(tokens)) == len(tokens)
            and tokens[0][:1].isupper()
            and all(t[:1].isupper() or t[:1].isdigit() for t in bare)
        )
    return title_case and words <= 8 and word in _TITLE_PREPOSITIONS


#: Most words a quote in title case may hold to read as a name ("“Hard Hats for the Harbour,”").
_TITLE_WORDS = 6


def title_case_quote(first_text: str) -> bool:
    """Whether a quote's words are in title case: each word but the small ones ("of", "the") opens with a capital
    or a digit."""
    tokens = [t for t in first_text.strip("'‘’").rstrip(",.'‘’").split() if t[:1].isalnum()]
    bare = [t for t in tokens if t.lower() not in _TITLE_SMALL_WORDS]
    return bool(bare) and tokens[0][:1].isupper() and all(t[:1].isupper() or t[:1].isdigit() for t in bare)


# what a work's name does as the subject of its clause: '“Drag Race” has become mainstream', '“The Iron Claw” tells'
_WORK_VERBS = frozenset(
    {"is", "was", "has", "had", "will", "would", "became", "becomes", "remains", "remained", "tells", "told",
     "follows", "followed", "stars", "starred", "features", "featured", "premiered", "premieres", "aired", "airs",
     "debuted", "debuts", "opens", "opened", "won", "wins", "earned", "earns", "grossed", "sold"}
)  # fmt: skip


def _is_work(text: str, pair: Pair, words: int, first_text: str, quote_text: str) -> bool:
    """The name of a work, whatever credit may follow it.

    In title case after "in" ('In “The House of Hidden Meanings,” he describes', 'seen in “The Iron
    Claw.”'), or of two words or more with no stop of its own and followed by its verb ('“Drag Race” has
    become mainstream').
    """
    tokens = first_text.split()
    if not tokens or not tokens[0][:1].isupper() or words > 8 or quote_text[-1:] in "!?":
        return False
    if not all(t[:1].isupper() or len(t) <= 3 for t in tokens):
        return False
    lead = text[max(0, pair.open_mark - 4) : pair.open_mark].split()
    if lead and lead[-1].lower() in _IN_WORK:
        return True
    if (
        words <= 3
        and _NICKNAME.match(text, pair.close_mark + 1)
        and _FIRST_NAME.search(text, max(0, pair.open_mark - 40), pair.open_mark)
    ):
        return True  # a nickname inside a name: 'Jame “Buffalo Bill” Gumb', 'John “Tig” Tiegen'
    if len(tokens) < 2 or quote_text[-1:] in ".,;:" or not all(t[:1].isupper() for t in tokens):
        return False
    after = text[pair.close_mark + 1 : pair.close_mark + 20].split(None, 1)
    return bool(after) and text[pair.close_mark + 1 : pair.close_mark + 2] == " " and after[0] in _WORK_VERBS


def _is_programme(text: str, pair: Pair, words: int, first_text: str) -> bool:
    """A programme's or a work's name after its owner or a medium: "on ABC’s “This Week,” Carson said"."""
    if words > 6 or first_text[-1:] in "!?":
        return False
    lead = text[max(0, pair.open_mark - 30) : pair.open_mark].split()
    if not lead:
        return False
    word = lead[-1]
    if not word.endswith(("’s", "'s")) and word.lower() not in ("on", "with"):
        return False
    tokens = first_text.rstrip(",.").split()
    return bool(tokens) and all(t[:1].isupper() or (len(t) <= 3 and t.isalpha()) for t in tokens)


# words that name a term rather than a work: what follows them is mentioned, not said ("the term “pivot”")
_TERM_LEADS = frozenset(
    {"term", "terms", "phrase", "phrases", "word", "words", "so-called", "slogan", "slogans", "hashtag", "label",
     "name", "names", "moniker", "nickname"}
)  # fmt: skip


_NOT_NOUNS = frozenset(
    {"and", "or", "but", "is", "was", "are", "were", "has", "had", "have", "that", "which", "who", "in", "on", "at",
     "for", "to", "of", "by", "with", "from", "as", "said", "says", "would", "will", "could", "can", "did", "does"}
)  # fmt: skip
_NAME_LEADS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "of", "from", "on"})


def _is_name(text: str, pair: Pair, words: int, first_text: str, quote_text: str) -> bool:
    """A name in quote marks after an article or a possessive: 'the “Never Trump” movement', 'ABC’s “This Week”'."""
    if words > 5 or quote_text[-1:] in "!?" or quote_text.rstrip(",")[-1:] == ".":
        return False
    lead = text[max(0, pair.open_mark - 20) : pair.open_mark].split()
    word = lead[-1] if lead else ""
    led = word.lower() in _NAME_LEADS or (word.endswith(("’s", "'s")) and word[:1].isupper())
    if not led and words < 2:
        return False
    tokens = first_text.split()
    if not (all(t[:1].isupper() or len(t) <= 3 for t in tokens) and tokens[0][:1].isupper()):
        return False
    after = text[pair.close_mark + 1 : pair.close_mark + 30].split()
    # the name qualifies the noun after it: 'the “Never Trump” movement', 'his “Miss Universe” pageant',
    # 'the American “Drag Race” programs, but ...'
    noun = after[0].rstrip(",;:.") if after else ""
    return (
        noun.isalpha()
        and noun.islower()
        and noun not in _NOT_NOUNS
        and _SAID_RE.fullmatch(noun) is None
        and (led or _qualifies(noun, quote_text))
    )


_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "these", "those", "his", "her", "their", "its", "my", "our", "your", "some", "any",
     "many", "several", "multiple", "more", "most", "all", "each", "every", "no"}
)  # fmt: skip


def _qualifies(word: str, quote_text: str) -> bool:
    """Whether a name in quote marks with no article before it qualifies the noun after it ('“Ted Cruz” pins')."""
    return (
        quote_text[-1:].isalnum()
        and word not in PRONOUNS
        and word not in _DETERMINERS
        and not word.endswith(("ly", "ed"))
    )


def _is_subhead(text: str, pair: Pair, words: int) -> bool:
    """A short paragraph that is nothing but a quote is a subhead ('Relationships that last.')."""
    return len(pair.parts) == 1 and words <= 6 and pair.open_mark <= 1 and pair.close_mark >= len(text) - 2


def _is_scare(pair: Pair, words: int, first_text: str, quote_text: str) -> bool:
    """Scare-quoted words or a name in quote marks, in a sentence that reports no speech."""
    if len(pair.parts) > 1:
        return False
    if words >= _LONE_SPEECH_WORDS and (first_text[:1].isupper() or quote_text[-1:] in _PUNCT_END):
        return False
    if quote_text[-1:] in ".!?" and words >= 2:
        return False
    if words <= 3:
        return True
    tokens = first_text.split()
    capitals = sum(1 for t in tokens if t[:1].isupper())
    return capitals == len(tokens) or (capitals >= 0.7 * len(tokens) and quote_text[-1:] not in _PUNCT_END)


def _medium(masked: list[Masked], paragraph: int, sentence: int, pair: Pair, following: int | None) -> str | None:
    """The medium named in the quote's sentence (up to its end or the next quote) or in the sentence before."""
    text = masked[paragraph]
    end = sentence_end(text, pair.open_mark, len(text) if following is None else following)
    found = medium_near(text, max(sentence, pair.open_mark - _MEDIUM_REACH), min(end, pair.open_mark + _MEDIUM_REACH))
    if found is None and sentence > 0:
        before = max(0, sentence - _MEDIUM_REACH)
        found = medium_near(text, sentence_start(text, before, max(before, sentence - 2)), sentence)
    return found[0] if found else None


def _with_medium(speaker: Speaker, medium: str) -> Speaker:
    return Speaker(
        speaker.mention,
        speaker.mention_span,
        speaker.name,
        speaker.role,
        speaker.organization,
        medium,
        speaker.kind,
    )


def _speaker(
    paragraphs: Sequence[str],
    masked: list[Masked],
    cast: Cast,
    paragraph: int,
    mention: tuple[int, int] | None,
    near: int,
    cue: tuple[int, int] | None = None,
) -> Speaker | None:
    """Turn a mention span into a speaker with its canonical name, role and medium.

    When a relative pronoun stands between the mention and the ``cue`` ("Beck, who said"),
    the pronoun is the mention as written and the name it stands for its canonical name.
    """
    if mention is None:
        return None
    text = paragraphs[paragraph]
    start, end, stripped = clean_span(text, *mention)
    # every time the pattern cuts ends the mention: a cheap test first (a search tries every position)
    time = _TRAILING_TIME.search(stripped) if " " in stripped and stripped.endswith(_TIME_ENDS) else None
    if time is not None:
        # "Russia’s Defense Ministry on Sunday": the day is no part of it; "Last month" is nobody
        end -= len(stripped) - time.start()
        stripped = stripped[: time.start()]
    if not stripped or stripped.isspace():
        return None  # (a line break alone: "[<br>.outline the plan" read "\n" as the subject of "outline")
    opened = _after_opener(text, start, end)
    if opened is None:
        return None
    start, stripped = opened, text[opened:end]
    if _order_word(text, cast, start, end, cue):
        return None
    identity: Identity = cast.resolve(stripped, paragraph, start)
    if identity.name is None and stripped.lower() == "it" and cue is not None:
        verb = text[cue[0] : cue[1]].lower()
        if verb in _SAYING_FORMS:
            identity = cast.body_before(paragraph, start) or identity  # "It added", "it said": not "it seems"
    if identity.name is not None and (_ends_in_common_noun(identity.name) or identity.name.islower()):
        # "Middle East observers", "Both companies", "Health bosses": a description opening in capitals, no name;
        # "Harbour Council's chief executive": the words after a title word ("chief") in lower case name nobody
        identity = Identity(None, identity.role, identity.organization, "unnamed")
    kind = identity.kind if identity.kind != "unknown" else mention_kind(stripped)
    if identity.name is None and stripped.lower().partition("'")[0].partition("’")[0] in {"it", "they", "we", "i"}:
        kind = "unknown"  # "they’ll" too; "it" standing for an organisation named before keeps its kind
    sentence = sentence_start(masked[paragraph], max(0, start - _MEDIUM_REACH), start)
    medium = medium_near(masked[paragraph], sentence, min(len(text), end + 1))
    if cue is not None and identity.name is not None and cue[0] > end:
        relative = relative_pronoun(masked[paragraph], end, cue[0])
        if relative is not None:
            start, end = relative
            stripped = text[start:end]
    return Speaker(
        stripped,
        Span(paragraph, start, end),
        identity.name,
        identity.role,
        identity.organization,
        medium[0] if medium else None,
        kind,
    )


# prepositions whose object is no subject: "Despite the attacks", "Amid the protests"
_OBJECT_OPENERS = frozenset({"despite", "amid", "amidst"})
# what a noun phrase opens with when its first word is in lower case
_PHRASE_OPENERS = _ANTECEDENT_OPENERS | PRONOUNS | frozenset({"some", "many", "most", "all", "each", "every", "no"})
_SPACE_RUN = re.compile(r"\s++")
_POSSESSIVE_AFTER = ("’s", "'s", "’ ", "' ")


def _opens_clause(text: str, start: int, end: int) -> bool:
    """Whether a mention opens with a subordinator or a preposition whose object is no subject ("Despite")."""
    first = text[start:end].split(None, 1)[0].lower() if text[start:end].strip() else ""
    return first in CLAUSE_OPENERS or first in _OBJECT_OPENERS


_MAIN_REACH = 240


def _main_clause_subject(masked: Masked, opener: int) -> tuple[int, int] | None:
    """The subject of the main clause around a clause opened at ``opener``: the subject before it in the sentence
    ("House Speaker Tom Hale, R-Vt., despite admitting that ...": House Speaker Tom Hale), else the mention right
    after the next comma ("Despite challenging the board, Tom Hale said ...": Tom Hale)."""
    sentence = sentence_start(masked, 0, opener)
    if opener > sentence and (before := subject_before(masked, sentence, opener)) is not None:
        return before
    comma = masked.find(",", opener, opener + _MAIN_REACH)
    if comma < 0:
        return None
    found = mentions(masked, comma + 1, min(len(masked), comma + 80))
    if found and not masked[comma + 1 : found[0][0]].strip():
        return found[0]
    return None


def _after_opener(text: str, start: int, end: int) -> int | None:
    """Where a mention starts once a subordinator or a preposition opening it is left out, or None when no source is
    left. "Whenever a programmer (thinks)": "a programmer"; "Despite (attacks)", "despite unprecedented (attacks)":
    none, the preposition's object is no subject, unless it owns a cue noun ("Despite Tom Hale’s insistence that")."""
    first = text[start:end].split(None, 1)[0].lower()
    if first not in CLAUSE_OPENERS and first not in _OBJECT_OPENERS:
        return start
    space = _SPACE_RUN.search(text, start, end)
    if space is None:
        return None  # the opener alone: "Whenever (asked about ...)"
    rest = space.end()
    head = text[rest:end].split(None, 1)[0]
    if head.islower() and head.lower() not in _PHRASE_OPENERS:
        return None  # "despite unprecedented": an adjective, no noun phrase
    if head.lower() in _ANTECEDENT_OPENERS and " " not in text[rest:end].strip():
        return None  # "Despite the": a determiner alone
    if first in _OBJECT_OPENERS and not text.startswith(_POSSESSIVE_AFTER, end):
        return None
    return rest


# particles and prepositions after an order's verb: "Stir in", "Add to", "Mix with", "Whisk together"
_PARTICLES = frozenset(
    {"in", "into", "to", "with", "together", "up", "down", "out", "off", "over", "through", "onto", "around", "away",
     "back", "on"}
)  # fmt: skip
_ADVERB_OPENERS = frozenset({"along", "back", "later", "then", "now", "here", "there", "once", "away", "together"})
_NO_ONE = frozenset({"nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "none"})
_NEXT_WORD = re.compile(r"\s++([a-z]++)(?![\w’'])")


def _order_word(text: str, cast: Cast, start: int, end: int, cue: tuple[int, int] | None) -> bool:
    """Whether a mention is one capitalised word opening a sentence before a particle or a preposition ("Stir in
    the lemon juice, adding ...", "Mix with ..."): a recipe's or a guide's order, no one. A word the article names
    someone or something by elsewhere, a first name, a group or a medium stay, as does the subject of a finite
    cue ("Hale on Monday said", "Lee in March writes"): an order's cue is a participle or a bare verb ("Build on
    and support ...")."""
    if cue is None or _finite_cue(text[cue[0] : cue[1]]):
        return False
    word = text[start:end]
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    if text[:start].rstrip()[-1:] not in _SENTENCE_ENDS:
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1) not in _PARTICLES:
        return False
    lower = word.lower()
    if lower.endswith(("ing", "ed")) or (lower.endswith("s") and not lower.endswith("ss")):
        return False  # "Walking through ...", "Keeps saying ...": a participle or a verb with an unwritten subject
    if lower in _NO_ONE or lower in PREPOSITIONS or lower in _ADVERB_OPENERS:
        return False  # "Nobody", "Along with", "Back in": a pronoun, a preposition, an adverb
    if lower in _GROUP_WORDS or lower in MEDIA_WORDS or lower in UNNAMED_NOUNS or is_first_name(word):
        return False
    return word not in cast.by_token and word not in cast.people


_IRREGULAR_PAST = frozenset(
    {"said", "told", "wrote", "thought", "felt", "knew", "saw", "found", "spoke", "gave", "made", "took", "held",
     "put", "meant", "heard", "understood", "taught", "swore", "forecast", "bet", "read", "led", "brought"}
)  # fmt: skip


def _finite_cue(cue: str) -> bool:
    """Whether a cue is a verb in the past or the third person ("said", "claimed", "argues"), no order's verb."""
    verb = cue.split(None, 1)[0].lower() if cue.strip() else ""
    return verb in _IRREGULAR_PAST or verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss"))


def _offer_to_reader(text: str, cue: tuple[int, int] | None, content: tuple[int, int]) -> bool:
    """Whether a claim is "offer(s) you ...": what a product gives the reader, no speech ("offered the crowd an
    apology" and "offers a plan" stay claims)."""
    if cue is None or text[cue[0] : cue[1]].lower() not in _OFFER_FORMS:
        return False
    return text.startswith(("you ", "You "), content[0])


_OFFER_FORMS = frozenset({"offer", "offers"})


_ = (Part,)
