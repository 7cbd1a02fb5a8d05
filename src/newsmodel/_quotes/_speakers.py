"""Who is speaking: the speaker and the cue next to a quote, and the medium of the words.

Every search runs on the paragraph with quoted words masked out (so a "said" inside a
quote is never a cue) and inside a bounded window next to the quote, so the work per
quote is bounded and the whole pass stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ._coref import is_dateline, is_subject, opens_with_place
from ._cues import (
    CLAIMING,
    CLOSED_MENTION,
    CUE,
    CUE_PARTICIPLES,
    DESCRIPTION,
    HONORIFIC,
    HONORIFICS,
    LOOSE_MENTION,
    MEDIA_WORDS,
    NAME,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_FORMS,
    SPEECH_VERB_STEMS,
    STANCE_NOUNS,
    STOP_CAPITALS,
    WEAK_CUES,
    is_stop_capital,
    taken_object,
    word_alternation,
)
from ._sentences import MEDIUM_HINTS, Masked, sentence_end, sentence_start

__all__ = [
    "NOUN_ADJECTIVES",
    "Found",
    "after_indefinite",
    "closes_relative_clause",
    "counted_noun",
    "in_appositive",
    "is_noun_use",
    "loose_subject",
    "medium_near",
    "mentions",
    "named_before_description",
    "opens_description",
    "relative_pronoun",
    "reported_from",
    "sentence_end",
    "sentence_start",
    "speaker_after",
    "speaker_before",
    "subject_before",
]

#: How far from a quote a speaker or cue is looked for.
WINDOW = 300
#: How much text may sit between a cue and the quote it introduces.
CUE_GAP = 90

_B = r"(?<![\w’'])"
_E = r"(?![\w’'])"
_ADVERBS = (
    r"(?:\s+(?:\w+ly|also|later|then|again|once|previously|has|have|had|was|is|would|will|did|does|not|never|often|"
    r"always|just|recently|repeatedly|since|still|even|first|further|simply)){0,3}"
)
#: The words in lower case a mention can open with: MENTION's determiners (a description), bare plurals and
#: pronouns; every other alternative opens with a capital (tests/test_quotes_cue_lists.py checks the list).
MENTION_LOWER_OPENERS = (
    "the", "a", "an", "one", "another", "two", "three", "several", "many", "some", "his", "her", "their", "its",
    "sources", "officials", "critics", "analysts", "experts", "reports", "aides", "polls", "supporters",
    "he", "she", "they", "we", "it",
)  # fmt: skip
# the look-ahead skips every position where no mention can start: a capital, or one of those words whole (a word
# in lower case, most of the text, is turned away by one pass over a trie instead of every alternative in turn)
# (not after a hyphen: "his anti-Muslim remarks" names nobody)
_MENTION_RE = re.compile(
    rf"(?<![\w’'\-])(?=[A-Z\u00C0-\u00DE]|{word_alternation(MENTION_LOWER_OPENERS)}{_E})(?:{CLOSED_MENTION}){_E}"
)
_CUE_RE = re.compile(rf"{_B}{CUE}{_E}")
_ACCORDING = re.compile(rf"{_B}According to{_E}")
_ACCORDING_SOURCE = re.compile(r"\s++(?P<m>[^,;.!?\s“”\"][^,;.!?“”\"]{0,100}?),\s*+(?:[“\"‘«]|\Z)")
# a few words may sit between a quote and its credit: “...” about the decision, said X
_AFTER_LEAD = r"(?:\s+[^,.!?\"“”\s][^,.!?\"“”]{0,50}?,)??[\s,—–\-]*"
# "spokesman Alex Conant said": a role noun without a determiner before a name stays out of the mention
_ROLE_LEAD = rf"(?:(?:{word_alternation(ROLE_NOUNS)})\s+(?=[A-Z]))?"
# the stops of an abbreviation inside a description end no sentence: "in Washington, D.C., said"
_DESCRIBED = r"(?:[^.!?]|\.(?=[A-Z,]))"
# where the speaker is from or works, after the name: "Ann Lee of the Harbour Council said", "Tom Hale from Westport"
_HOME = rf"(?P<h>\s++(?:of|from|at)\s++(?:the\s++)?{NAME}{_E})"
_AFTER_MENTION_CUE = re.compile(
    rf"{_AFTER_LEAD}{_ROLE_LEAD}(?P<m>{LOOSE_MENTION}){_E}{_HOME}?(?:\s*+\([^()]{{1,40}}\))?(?:\s*,(?P<a>{_DESCRIBED}{{1,160}}?),)?"
    rf"{_ADVERBS}\s+(?P<c>{CUE}){_E}"
)
# a preposition before an honorific makes the title's holder its object: "said a spokesman for Sen. Ann Lee"
_OBJECT_PREPOSITION = r"(?:for|to|of|with|at|from|by|on|in)"
# "said former Obama adviser David Axelrod", "said White House press secretary Josh Earnest": a few
# words ending in a role noun before a name stay out of the mention (the cast reads them as the role)
_ROLE_PHRASE = (
    rf"(?:(?:[\w’'\-]+\s+){{0,4}}?(?:{word_alternation(ROLE_NOUNS)})(?:\s+of\s+(?:state|defense|labor|the\s+\w+))?"
    rf"\s+(?=[A-Z])|(?:(?!{_OBJECT_PREPOSITION}\s)[\w’'\-]+\s+){{1,3}}?(?=(?:{HONORIFIC})\s)"
    # "said retired neurosurgeon Ben Carson", "said master of ceremonies Asab Al-Tabchi": a few lower-case
    # words (no article or preposition first) before a name
    r"|(?!(?:the|a|an|his|her|its|their|our|my|your|one|another|some|several|many|two|three|in|on|at|to|for|of|by"
    r"|with|after|before|during|that|this|and|but|or)\s)(?:(?:[a-z][\w’'\-]*|\d+-year-old)\s+){1,3}?(?=[A-Z][a-z]))?"
)
_AFTER_CUE_MENTION = re.compile(rf"{_AFTER_LEAD}(?P<c>{CUE}){_E}{_ADVERBS}\s+{_ROLE_PHRASE}(?P<m>{LOOSE_MENTION}){_E}")
_CREDIT_BEFORE = re.compile(rf"(?P<m>{NAME}|[Hh]e|[Ss]he|[Tt]hey){_ADVERBS}\s+(?:{CUE}){_E}\s*+,\s*+\Z")
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_NEXT_CUE = re.compile(rf"{_ADVERBS}\s+(?P<c>{CUE}){_E}")
_GAP_BEFORE_CUE = re.compile(rf"(?:\s*\([^()]{{1,40}}\))?(?:\s*,[^.!?]{{1,160}}?,|\s*,)?{_ADVERBS}\s*")
_READ_CREDIT = re.compile(
    r"\s*+(?P<c>read|reads)\s++(?P<m>(?:the|a|an|one|another|his|her|their|its)\s++[^,.;:!?“”\"]{1,60}?)"
    r"(?=\s*+[,.;:!?]|\s++(?:in|on|at|from|posted|written|signed)\s)"
)
# "..., but (has since) said", "... and later lamented": a second verb sharing the sentence's subject
_COORDINATED = re.compile(
    r"(?<![\w’'])(?:and|but)(?:\s++(?:has|have|had|also|later|since|then|now|again|would|will|did|does|not|never|"
    r"still|even|\w+ly))*+\s*+\Z"
)
# "Sanders, who (later) says": a named antecedent and its relative pronoun before a cue
# ", who (has in the past | on Friday, | - falsely -) said": a relative pronoun and what may stand between it and
# its verb (adverbs, auxiliaries, a short time or place phrase); ``rel`` is the pronoun
_GAP_PIECE = (
    r"\s*+[,—–-]?\s*+(?:\w+ly|also|later|then|again|once|previously|has|have|had|was|is|would|will|did|does|not|"
    r"never|often|always|just|recently|repeatedly|since|still|even|first|further|simply|"
    r"(?:in|on|at|during|after|before|over|last|earlier|this)\s++(?:[\w’'\-]+\s++){0,3}?[\w’'\-]+)"
)
RELATIVE_GAP = re.compile(rf"\s*+(?:,|[—–]|--)\s*+(?P<rel>who|which)(?:{_GAP_PIECE}){{0,4}}\s*+[,—–-]?\s*+")
# “...,” Hannity pressed. / “...!” beamed Donald Hartley / “...,” he reflects. / “...,” reflects Neil: any verb in
# the past, or in the present when the clause ends with it, next to a name right after a quote that ends in a
# comma, "!" or "?" (the sentence goes on, so what follows is its credit; not “Hail, Caesar!,” Brolin gets ...)
_AFTER_ANY_VERB = re.compile(
    rf"[\s,]*(?:(?P<m>{NAME}|{DESCRIPTION}|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?P<c>[a-z]{{2,}}ed|[a-z]{{2,}}[^s\W]s(?=\s*+[,.;:!?—–]|\s*+\Z))"
    rf"|(?P<c2>[a-z]{{2,}}(?:ed|[^s\W]s))\s+(?P<m2>{NAME}))(?=[\s,.;:!?—–]|\Z)"
)
# "Carl Bialik: “...”": a name and a colon right before the quote
_COLON_SPEAKER = re.compile(rf"(?P<m>{NAME})\s*:\s*\Z")
# "From the report: “...”", "More from Jones: “...”", "From Bush’s post: “...”": what the quote is taken from
_FROM_SOURCE = re.compile(
    rf"{_B}(?:[Ff]rom|[Mm]ore\s+from)\s++(?:(?P<m>(?:the|a|an|his|her|their|its)\s++[^,.;:!?“”\"]{{1,60}}?|{NAME})"
    rf"|(?P<o>{NAME})(?:’s|'s)\s++[^,.;:!?“”\"]{{1,40}}?)\s*+:\s*+\Z"
)
_MEDIA_OUTLETS = r"(?:CNN|MSNBC|Fox(?:\s+News)?|NBC|ABC|CBS|NPR|BBC|Twitter|Facebook|Instagram)"
_MEDIUM_NAMED = re.compile(
    rf"\b(?:interview|conversation|appearance|speaking|spoke|talking|talked)\s+(?:with|to|on)\s+(?P<a>{NAME})"
    rf"|\btold\s+(?P<b>{NAME})"
    rf"|\b(?:on|in)\s+(?P<c>{_MEDIA_OUTLETS}(?:’s|'s)?\b(?:\s+[A-Z][\w’']*){{0,3}})"
)
_MEDIUM_GENERIC = re.compile(
    r"\bin\s+(?P<d>an?\s+(?:[\w\-]+\s+){0,2}?(?:statement|tweet|post|op-ed|letter|speech|memo|email|interview|"
    r"press\s+release|press\s+conference|video|book|memoir|essay|column|article|message|note))\b"
    r"|\b(?P<e>[Aa]n?\s+(?:[\w\-]+\s+){0,2}?(?:book|report|memoir|study|letter|statement|article))\s+by\b"
)


@dataclass(frozen=True, slots=True)
class Found:
    """A speaker mention and a cue found next to a quote (offsets into the paragraph)."""

    mention: tuple[int, int] | None
    cue: tuple[int, int] | None


_KEPT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "one", "another", "some", "many"})


# a capitalised compound whose second part is lower case: an adjective, never a name ("Late-night", "Long-time")
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _word_before_is_stop(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim sentence-initial words such as "When" off a name; None when nothing is left."""
    while True:
        space = text.find(" ", start, end)
        first = text[start:end] if space < 0 else text[start:space]
        bare = first.lower().strip(",")
        if "-" in first and _COMPOUND_ADJECTIVE.fullmatch(first):
            pass  # "Late-night (host)", "Award-winning Ann Lee": a compound adjective opening the sentence
        elif not is_stop_capital(bare) or first.islower() or (space < 0 and bare in PRONOUNS):
            return (start, end)
        elif space >= 0 and opens_with_place(text[start:end].split(None, 3)[:3]):
            return (start, end)  # "New York Times", "New Zealand Herald": "New" names the place
        if (bare in _KEPT_DETERMINERS or bare in HONORIFICS) and space >= 0:
            # "The mayor", "The Washington Post", "Mr Lammy", "Dr Ann Vale": the article or the honorific
            # belongs to the mention as written
            return (start, end)
        if space < 0:
            return None
        start = space + 1


def mentions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The speaker mentions in ``text[start:end]``, sentence-initial words trimmed off."""
    found: list[tuple[int, int]] = []
    for match in _MENTION_RE.finditer(text, start, end):
        span = _word_before_is_stop(text, match.start(), match.end())
        if span is not None and span[1] > span[0] and not (span[0] < 4 and is_dateline(text, *span)):
            if _modifies_role(text, span):
                continue  # "Country (crooner Jelly Roll)", "Labour (leader Keir Starmer)": the name follows
            head = _body_named_before(text, start, span[0])
            if head is not None:
                # "the Joint Committee on Trade and (Security)": the mention is the tail of the body's name
                found = [kept for kept in found if kept[1] <= head]
                span = (head, span[1])
            found.append(span)
    return found


# The head word of a public body's name that takes "of", "on" or "for" and more capitalised words
# ("Committee on Intelligence and Security", "Department of Health and Human Services", "Centers for Disease Control")
_BODY_HEADS = (
    "Committee",
    "Council",
    "Commission",
    "Department",
    "Ministry",
    "Institute",
    "Center",
    "Centre",
    "Centers",
    "Centres",
    "Office",
    "Bureau",
    "Board",
    "Agency",
    "Association",
    "Society",
    "Foundation",
    "Authority",
    "Academy",
)
# no body's name goes on with a day or a month ("the Security Council on Tuesday, Ann Lee ...")
_NO_BODY_WORDS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    "January|February|March|April|June|July|August|September|October|November|December"
)
_CAP_WORD = r"(?:(?:[A-Z]\.)++|[A-Z][\w’'\-]*+)"
_BODY_TAIL = re.compile(
    rf"(?:{_CAP_WORD}\s+)*(?:{'|'.join(_BODY_HEADS)})\s+(?:of|on|for)\s+(?:the\s+)?"
    rf"(?!(?:{_NO_BODY_WORDS})(?!\w))(?:{_CAP_WORD}\s+)*(?:(?:{_CAP_WORD}\s+)*{_CAP_WORD},\s+)*"
    rf"(?:(?:{_CAP_WORD}\s+)*{_CAP_WORD},?\s+and\s+)?(?:{_CAP_WORD}\s+)*\Z"
)
_BODY_TAIL_REACH = 120
# what every match of _BODY_TAIL holds: a body's head word and its preposition (most windows hold none, and this
# search skips from one capital letter of a head to the next where _BODY_TAIL tries each capitalised word)
_BODY_HEAD_LINK = re.compile(rf"(?:{'|'.join(_BODY_HEADS)})\s+(?:of|on|for)\s")
_AFTER_JOINER = re.compile(r"(?:\s(?:of|on|for|and|the)|,)\s\Z")


def _body_named_before(text: str, start: int, at: int) -> int | None:
    """Where the public body's name whose tail starts at ``at`` begins (not before ``start``), or None."""
    if not _AFTER_JOINER.search(text, max(start, at - 5), at):
        return None
    window = max(start, at - _BODY_TAIL_REACH)
    if _BODY_HEAD_LINK.search(text, window, at) is None:
        return None
    match = _BODY_TAIL.search(text, window, at)
    if match is None:
        return None
    trimmed = _word_before_is_stop(text, match.start(), at)
    if trimmed is None:
        return None
    before = trimmed[0] - 4 if text.startswith("the ", trimmed[0] - 4) else trimmed[0]
    # "Ann Lee, of the Harbour Institute for ...": a body after a preposition is no subject; left as it was
    return None if _after_preposition(text, before) else trimmed[0]


_ROLE_THEN_NAME = re.compile(r" ([a-z]+) [A-Z]")
_ROLE_NOUN_SET = frozenset(ROLE_NOUNS)


def _modifies_role(text: str, span: tuple[int, int]) -> bool:
    """Whether a one-word mention only qualifies the role noun and name after it ("Country crooner Jelly Roll",
    "Labour leader Keir Starmer", "Biden spokesman Andrew Bates")."""
    if " " in text[span[0] : span[1]] or not text.startswith(" ", span[1]):
        return False
    after = _ROLE_THEN_NAME.match(text, span[1])
    return after is not None and after.group(1) in _ROLE_NOUN_SET


_AUXILIARIES = frozenset(
    {"also", "later", "then", "again", "once", "previously", "has", "have", "had", "would", "will", "did", "does",
     "not", "never", "often", "always", "just", "recently", "repeatedly", "since", "still", "even", "first",
     "further", "simply", "reportedly", "allegedly", "publicly", "privately", "can", "could", "may", "might",
     "should", "must", "shall", "who", "which", "now"}
) | frozenset(
    # negated auxiliaries: "Capcom didn’t (want)", "I don’t (think)"
    f"{stem}{apostrophe}t"
    for stem in ("didn", "doesn", "don", "won", "can", "couldn", "wouldn", "hasn", "haven", "hadn", "shouldn", "isn",
                 "wasn", "aren", "weren")
    for apostrophe in ("’", "'")
)  # fmt: skip
_NO_SUBJECT = frozenset(
    {"is", "was", "are", "were", "be", "been", "being", "it’s", "it's", "that", "this", "and", "or"}
)
_LEADS = frozenset(
    {"and", "but", "that", "while", "as", "when", "although", "though", "because", "after", "before", "since", "so",
     "if", "whereas", "yet", "where", "which", "who", "whom", "then", "also"}
)  # fmt: skip


_TOKEN = re.compile(r"\S+")


def _is_adverb(text: str, tokens: list[tuple[int, int]]) -> bool:
    """Whether the last token is an adverb in "-ly" ("repeatedly"), not a noun after a determiner ("the rally")."""
    word = text[tokens[-1][0] : tokens[-1][1]]
    if not word.endswith("ly") or not word.islower():
        return False
    return len(tokens) < 2 or text[tokens[-2][0] : tokens[-2][1]].lower() not in _NOUN_LEADS


# what follows a verb that leads a phrase ("recorded himself", "promoting a memoir", "led by")
_OBJECT_LEADS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "him", "them", "himself", "herself",
     "themselves", "itself", "by", "to", "with", "for", "on", "in", "at", "from", "up", "out"}
)  # fmt: skip
# reporting verbs in the past, "says", and common irregular past forms
_LEADING_VERBS = frozenset(
    [forms[2] for forms in SPEECH_VERB_STEMS.values() if len(forms) > 2]
    + ["says", "made", "took", "gave", "got", "led", "met", "meet", "won", "lost", "ran", "left", "held", "kept"]
    + ["spoke", "came", "went", "saw", "sat", "stood", "worked"]
    # "and began talking about", "but do believe": a verb (or auxiliary) going on from an earlier subject
    + ["began", "begun", "started", "tried", "do", "did", "does"]
)


# the past forms of the verbs of speech, and "says": what was said follows them
_SPEECH_PAST = frozenset([forms[2] for forms in SPEECH_VERB_STEMS.values() if len(forms) > 2] + ["says"])
# the words that close the outer speaker's part of a loose phrase: a verb of speech, or "do" as an auxiliary
# ("the Democrats do (not want)")
_REPORTING = _SPEECH_PAST | {"do", "did", "does"}


def reported_from(text: str, start: int, end: int) -> int:
    """Where the words after the last verb of speech between ``start`` and ``end`` begin ("He said the report
    (shows)": at "the"), else ``start``."""
    for match in reversed(list(_TOKEN.finditer(text, start, end))):
        if match.group() in _SPEECH_PAST:
            return min(end, match.end() + 1)
    return start


def _before_reporting_verb(text: str, kept: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The name before a verb of speech inside a loose phrase: "He said the government (pledged)" is what
    "He" said, "Denicola recalled a nurse (asking)" what Denicola recalled: the outer speaker holds the rest;
    "the Democrats do (not want)": the subject before its auxiliary. Only capitalised words (after "the")
    make such a name: "Most of the developers I spoke with" is one phrase."""
    for index in range(1, len(kept)):
        a, b = kept[index]
        if text[a:b] in _REPORTING:
            words = [text[x:y] for x, y in kept[:index]]
            if words[0].lower() == "the":
                words = words[1:]
            return kept[:index] if words and all(word[:1].isupper() for word in words) else kept
    return kept


# the head words of the noun cues ("questions about", "a claim that", "no comment"), singular
_NOUN_CUE_HEADS = frozenset(noun.split()[0].removesuffix("s") for noun in STANCE_NOUNS) | frozenset(
    {"answer", "comment", "mention", "outline", "report", "question", "fear", "worry", "worrie", "doubt", "claim"}
)


def _noun_cue(text: str, cue: int) -> bool:
    """Whether the cue at ``cue`` is a noun ("(raising) questions", "(made no) comment"), not a verb."""
    word = text[cue : cue + 16].split(None, 1)
    return bool(word) and word[0].lower().removesuffix("s") in _NOUN_CUE_HEADS


def _after_speech_verb(text: str, kept: list[tuple[int, int]]) -> bool:
    """Whether a loose phrase is a verb of speech and a plain noun phrase after it ("said the council",
    "said Tom Hale"), not one going on with a preposition ("wrote Ann Lee in a report")."""
    if len(kept) < 2 or text[kept[0][0] : kept[0][1]] not in _SPEECH_PAST:
        return False
    return not any(text[a:b].lower() in PREPOSITIONS for a, b in kept[1:])


def _verb_led(text: str, kept: list[tuple[int, int]]) -> bool:
    """Whether a loose phrase opens with a verb, so is no noun phrase: "wrote Fadem in a ...", "responded",
    "made the arrest", "recorded himself" ("elected officials", "housing advocates" are noun phrases)."""
    first = text[kept[0][0] : kept[0][1]]
    if not first.islower():
        return False
    if first in _LEADING_VERBS or first in _FINITE:
        return True  # "(who) was indicted", "(who) has served": a verb phrase
    if not first.endswith(("ed", "ing")) or first.endswith("thing"):
        return False  # "everything", "nothing": pronouns, not participles
    if len(kept) == 1:
        return True
    second = text[kept[1][0] : kept[1][1]]
    return second in _OBJECT_LEADS or second[:1].isupper()


# subject pronouns: a phrase between commas that opens with one is a clause ("we need ..."), no appositive
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


def _is_clause(text: str, tokens: list[tuple[int, int]]) -> bool:
    """Whether the words between two commas are a clause ("we need the forecasts"), not an appositive."""
    return bool(tokens) and text[tokens[0][0] : tokens[0][1]].lower() in _SUBJECT_PRONOUNS


def _named_before(text: str, start: int, phrase: tuple[int, int]) -> tuple[int, int]:
    """The name a description stands next to ("David Savidge, a former officer"), else the description."""
    comma = phrase[0] - 2
    if comma <= start or text[comma : phrase[0]] != ", " or text[phrase[0]] not in "at":
        return phrase
    named = mentions(text, max(start, comma - 80), comma)
    if named and named[-1][1] == comma and text[named[-1][0]].isupper():
        return named[-1]
    return phrase


def loose_subject(
    text: str, start: int, cue: int, speaker: bool = False, relative: bool = False
) -> tuple[int, int] | None:
    """The noun phrase right before a cue, back to a clause boundary: 'Other Asian leaders' said.

    Before a relative clause ("the officer who made the arrest said", "the senator who was indicted
    says") the antecedent is taken. For a quote's ``speaker`` the phrase must also be a noun phrase:
    one opening with a verb ("recorded himself", "made the arrest") is none; claims keep that wider
    reading (a participle's clause still locates their content). A clause between commas ("Later, he
    echoed the comment, recalling ...") gives its subject pronoun, except where the phrase is the antecedent of a
    ``relative`` pronoun ("..., he met Ann Hale, who was ...": a noun, never the clause's subject).
    """
    tokens = [m.span() for m in _TOKEN.finditer(text, max(start, cue - 240), cue)]
    which = False
    while tokens and (text[tokens[-1][0] : tokens[-1][1]].lower() in _AUXILIARIES or _is_adverb(text, tokens)):
        which = which or text[tokens[-1][0] : tokens[-1][1]].lower() == "which"
        tokens.pop()
    if tokens and text[tokens[-1][1] - 1] == ",":
        if which:
            return None  # "Ann Lee, a spokeswoman for Harbour Power, which runs ...": "which" stands for the thing
        # an appositive: "Harvey, a delegate from Houston, Texas, said"
        for index in range(len(tokens) - 2, max(-1, len(tokens) - 30), -1):
            if text[tokens[index][1] - 1] == "," and (index > 0 or cue - 240 <= start):
                if not relative and _is_clause(text, tokens[index + 1 :]):
                    # "Later, he echoed the comment, recalling ...": a clause, whose subject the phrase shares
                    return tokens[index + 1]
                head = tokens[: index + 1]
                last = head[-1]
                head[-1] = (last[0], last[1] - 1)
                tokens = head
                break
        else:
            return None
    kept: list[tuple[int, int]] = []
    for a, b in reversed(tokens):
        token = text[a:b]
        if token[-1:] in ',;:—–("“”' or token.lower() in _LEADS or token[:1] in '"“”':
            if token == "who" and kept and _verb_led(text, kept):
                # "the officer who made the arrest said": the subject is the relative clause's antecedent,
                # or the name it describes ("David Savidge, a former officer who responded, said")
                antecedent = loose_subject(text, start, a, speaker, relative=True)
                return _named_before(text, start, antecedent) if antecedent is not None else None
            break
        kept.insert(0, (a, b))
        if len(kept) == 8:
            break
    if not kept or len(kept) == 8:
        return None
    if _after_speech_verb(text, kept):
        # "said the council was willing", "said Tom Hale, calling ...": the words after the verb of speech are
        # the subject (of the reported clause, or of the inverted cue)
        kept = kept[1:]
    if _verb_led(text, kept) and (speaker or not _noun_cue(text, cue)):
        # "made people (feel)", "signed an open letter (calling)": a verb phrase is no noun phrase, so no source;
        # before a noun cue a claim keeps it ("raising (questions about)": the light verb locates the content)
        return None
    kept = _before_reporting_verb(text, kept)
    final = text[kept[-1][0] : kept[-1][1]].lower()
    if final in _NO_SUBJECT or final in PREPOSITIONS:
        return None
    if len(kept) > 1 and final in _SUBJECT_PRONOUNS:
        # "someone he (learned from)", "the best we (hoped for)": the pronoun is the subject of a clause inside a
        # noun phrase, no source; a capitalised one opens a sentence run on from a heading ("Business We (know)")
        pronoun = text[kept[-1][0] : kept[-1][1]]
        return kept[-1] if pronoun[0].isupper() and pronoun != "I" else None
    finite = next((index for index, (a, b) in enumerate(kept) if _is_finite(text[a:b], index == len(kept) - 1)), None)
    if finite is not None:
        # "The council has long (maintained)": the subject before its auxiliary; "there were 300 cases (reported)",
        # "it’s absolutely a highly (...)": a clause, no noun phrase
        rest = [text[a:b].lower() for a, b in kept[finite + 1 :]]
        if finite == 0 or not all(word in _AFTER_AUXILIARY or word.endswith("ly") for word in rest):
            return None
        kept = kept[:finite]
        spoken = [index for index, (a, b) in enumerate(kept) if text[a:b] in _SPEECH_PAST]
        if spoken:
            # "he suggested US companies had already (expressed)": the subject follows the verb of speech
            kept = kept[spoken[-1] + 1 :]
            if not kept:
                return None
    first = text[kept[0][0] : kept[0][1]]
    if first.lower() in PREPOSITIONS or (len(kept) == 1 and first.lower() in _NOUN_LEADS):
        return None
    end = kept[-1][1]
    while end > kept[0][0] and text[end - 1] in ".,;:" and not _ABBREVIATED.fullmatch(text, kept[-1][0], end):
        end -= 1  # "U.S." keeps its last period
    return (kept[0][0], end) if end > kept[0][0] else None


# an abbreviation with periods inside it ("U.S.", "D.C."): its last period is part of it
_ABBREVIATED = re.compile(r"(?:[A-Z]\.){2,}")


# finite verbs: a noun phrase before a cue holds none ("he was once part of the so-called ...")
_FINITE = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "would", "did", "does", "could", "should", "must"}
)


# a pronoun with a contracted verb: the subject and the verb of a clause ("it’s", "they’re", "there’s")
_CONTRACTED_CLAUSE = re.compile(r"(?:it|he|she|they|we|you|i|there|that)[’'](?:s|re|ve|m|d|ll)", re.IGNORECASE)


# adverbs between an auxiliary and its verb ("has long maintained", "had already said", "have all acknowledged")
_AFTER_AUXILIARY = frozenset({"already", "long", "now", "also", "still", "just", "never", "all", "both", "since"})


def _is_finite(word: str, last: bool) -> bool:
    """Whether a word of a loose phrase is a finite verb ("were", "has") or, not ``last``, a pronoun with one
    ("it’s absolutely ..."; "you’d (want)" is the subject and its auxiliary)."""
    return word in _FINITE or (not last and _CONTRACTED_CLAUSE.fullmatch(word) is not None)


def _holds_finite_verb(text: str, span: tuple[int, int]) -> bool:
    """Whether a loose subject is a clause, not a noun phrase: "Mr. Rubio had at last" (described)."""
    return any(word in _FINITE for word in text[span[0] : span[1]].split())


_NOUN_LEADS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"})


#: Adjectives that qualify a noun and never stand before a verb: "false claims", "tough questions", "the common view",
#: "logistical support", "follow-up calls". (No noun among them: "the official claims", "the public thinks".)
NOUN_ADJECTIVES = frozenset(
    {"false", "similar", "tricky", "specific", "tough", "new", "optimistic", "pessimistic", "robust", "common",
     "logistical", "single", "unobstructed", "serious", "fresh", "bold", "unfounded", "baseless", "dubious",
     "competing", "conflicting", "unverified", "unsubstantiated", "outlandish", "lavish", "ambitious", "hard",
     "difficult", "pointed", "probing", "awkward", "uncomfortable", "legitimate", "spurious", "bogus", "misleading",
     "opposing", "prevailing", "widespread", "conventional", "dominant", "mainstream", "long-term", "short-term",
     "follow-up", "strong", "broad", "bipartisan", "financial", "technical", "emotional", "moral", "grassroots",
     "unanimous", "overwhelming", "tepid", "lukewarm", "unwavering", "full", "partial", "such", "wild", "grand",
     "sweeping", "vague", "formal", "informal", "tentative"}
)  # fmt: skip

#: Words whose "’s" is "is" or "has", not a possessive ("it’s said", "she’s claimed", "nobody’s denied").
_CONTRACTING = frozenset(
    {"it", "he", "she", "that", "what", "there", "who", "where", "here", "how", "let", "everyone", "everybody",
     "nobody", "someone", "somebody", "one", "this", "which", "when", "why"}
)  # fmt: skip


def is_noun_use(text: str, cue: int) -> bool:
    """Whether the cue word at ``cue`` is a noun ("Ford’s plans", "his claim", "tough questions", "GOP state
    leaders", "a think tank"), not a verb."""
    if text.startswith("think tank", cue):
        return True  # "the Harbour Council think tank told ...": the compound names the source
    if (
        text.startswith("stat", cue)
        and _BARE_STATE.match(text, cue) is not None
        and _STATE_VERB.match(text, cue) is None
    ):
        return True  # "state" speaks only before what is stated: "officials state that", "states: “...”"
    if cue < 2 or text[cue - 1] != " ":
        return False
    low = max(0, cue - 30)
    space = text.rfind(" ", low, cue - 1)
    word = text[space + 1 if space >= 0 else low : cue - 1]
    if not word:
        return False
    if word.endswith(("’s", "'s", "s’", "s'")) and (word[:1].isupper() or word[:-2].lower() not in _CONTRACTING):
        return True  # "Ford’s plans", "a friend’s comment" ("it’s claimed", "she’s said": "is" and "has")
    lower = word.lower()
    if lower in _PLURAL_COUNTS:
        return counted_noun(text, cue)
    return lower in _NOUN_LEADS or lower in NOUN_ADJECTIVES


def counted_noun(text: str, cue: int) -> bool:
    """Whether the cue word at ``cue`` is a plural noun after a counting word ("several questions", "two
    reports say"): a verb in "-s" never follows a plural count."""
    if cue < 2 or text[cue - 1] != " ":
        return False
    space = text.rfind(" ", max(0, cue - 16), cue - 1)
    if text[space + 1 : cue - 1].lower() not in _PLURAL_COUNTS:
        return False
    return text[cue : cue + 30].split(" ", 1)[0].rstrip(".,;:").endswith("s")


# counting words before a plural noun: "dodged several questions on", "two reports say" is a plural verb
_PLURAL_COUNTS = frozenset(
    {"several", "many", "few", "numerous", "various", "multiple", "two", "three", "four", "five", "countless"}
)


_BASE_FORM = re.compile(r"[a-z]+(?<![sd])(?<!ing)\b")
# past forms that look like a base form: "a spokesman wrote" is a verb
_IRREGULAR_PAST = frozenset({"wrote", "written", "spoke", "knew", "saw", "thought", "felt", "sought", "shown", "were"})
# words after which a base form is still a verb: counting words ("a few note that") and helpers ("a
# spokesperson did suggest", "a chance to comment")
_KEEPS_VERB = frozenset(
    {"few", "handful", "number", "lot", "couple", "majority", "minority", "third", "quarter", "half", "to", "not",
     "do", "did", "does", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "cannot"}
)  # fmt: skip


def after_indefinite(text: str, cue: int) -> bool:
    """Whether a cue in its base form follows "a"/"an" and one or two modifiers: "on a serious note: “...”".

    A verb in its base form cannot follow "a serious": the word is a noun there. Counting words and
    helpers keep the verb ("a few note that", "a spokesperson did suggest"), and so do words that are not
    lower case. Only a quote's cue is read so: a claim's stance noun counts ("a leading advocate for").
    """
    form = _BASE_FORM.match(text, cue)
    if cue < 2 or text[cue - 1] != " " or form is None or form.group() in _IRREGULAR_PAST:
        return False
    end = cue - 1
    for _ in range(3):
        start = text.rfind(" ", max(0, end - 20), end)
        word = text[start + 1 : end]
        if word in {"a", "an"}:
            return True
        if start < 0 or not word.replace("-", "").isalpha() or not word.islower() or word in _KEEPS_VERB:
            return False
        end = start
    return False


_RELATIVE = re.compile(r",\s*(?:who|which|whose|whom|that)\s[^,]*\Z")


def _in_relative_clause(text: str, start: int, at: int) -> bool:
    """Whether ``at`` sits inside a relative clause opened after a comma (", who has a lead in ...")."""
    return _RELATIVE.search(text, max(start, at - 120), at) is not None


# "who" right after a noun opens a relative clause with no comma before it ("a Republican who called himself ...")
_BARE_RELATIVE = re.compile(r"(?<=[\w’'])\s++(?:who|whose|whom)\s[^,]*\Z")


def closes_relative_clause(text: str, start: int, span: tuple[int, int]) -> bool:
    """Whether the mention ``span`` ends a relative clause opened by "who" after a noun, a comma closing it ("Tom
    Hale, a Republican who called himself a Catholic, said": not "Catholic"; a verb inside the clause keeps its
    subject: "people who I know")."""
    return text.startswith(",", span[1]) and _BARE_RELATIVE.search(text, max(start, span[0] - 120), span[0]) is not None


def _next_to(text: str, end: int, start: int) -> bool:
    """Whether a mention at ``start`` follows ``end`` with at most a space or an article between."""
    return start - end <= 2 or text[end:start].strip().lower() in {"the", "a", "an"}


def _after_preposition(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a preposition ("in Washington").

    A place after a place that follows a preposition counts too ("in Columbus, Ohio"), and so does
    a name whose first word was trimmed ("of New York" read as "York") and one after an article and a compound
    adjective ("at the government-funded Harbour Institute"); at most a few words back.
    """
    for _ in range(_PREPOSITION_HOPS):
        if start < 2 or text[start - 1] != " ":
            return False
        low = max(0, start - 20)
        space = text.rfind(" ", low, start - 1)
        word = text[space + 1 if space >= 0 else low : start - 1]
        if word.lower() in PREPOSITIONS:
            return True
        if space > 0 and word.islower() and "-" in word:
            return _COMPOUND_AFTER.search(text, max(0, space - 16), space + 1) is not None
        if not (word[:1].isupper() and space > 0 and (word.lower() in STOP_CAPITALS or word.endswith(","))):
            return False
        if word.endswith(",") and word[:-1].lower() in _TIMES:
            return False  # "In a letter in May, Tom Hale, the ...": a time, then the subject
        start = space + 1
    return False


_PREPOSITION_HOPS = 4
# a preposition and an article before a compound adjective: "at the (government-funded Harbour Institute)"
_COMPOUND_AFTER = re.compile(rf"(?<![\w’'])(?:{'|'.join(sorted(PREPOSITIONS))})\s++(?:the|a|an)\s\Z")
#: Months and days: "in May," closes a phrase of time, not a place that a place follows.
_TIMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip


_BARE_STATE = re.compile(r"states?(?![\w’'])")
_STATE_VERB = re.compile(r"states?\s*+(?:that\b|to\b|[,:]|[“\"‘])")
# "state(s)" crediting a quote before it when a place or a stop follows ("“...,” the Saudis state in the white
# paper.", "“...,” the council states."), not an object ("the Saudis state their case")
_STATE_AFTER = re.compile(r"states?(?:\s++(?:in|on|at|during|through)(?![\w’'])|\s*+[.;])")
_NOUN_PREPOSITIONS = frozenset({"in", "of", "with", "at", "among", "across", "from", "into"})


def _plural_after_preposition(text: str, match: re.Match[str]) -> bool:
    """Whether a cue word is a plural noun after a preposition ("contests in states with", "of reports")."""
    if not match.group().endswith("s") or " " in match.group():
        return False
    before = text[max(0, match.start() - 12) : match.start()].split()
    return bool(before) and before[-1].lower() in _NOUN_PREPOSITIONS


_ASK_FORMS = frozenset({"ask", "asks", "asked", "Ask", "Asks", "Asked"})
# "asked to meet her", "asks to be heard": "to" and a verb, not "to the room" nor "to Ann Lee"
_ASK_TO_DO = re.compile(
    r"\s++to\s++(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|me|him|them|us|you|reporters)"
    r"(?![\w’']))[a-z]"
)


# "I remember him saying", "we heard her say": the one perceived speaks, not the one who perceives
_PERCEIVER = re.compile(
    r"(?:I|We|You|He|She|They)\s++(?:can\s++|could\s++|still\s++)?"
    r"(?:remember|remembers|recall|recalls|heard|hear|hears|saw|see|watched|imagine)\s++(?=\S)"
)


def speaker_after(text: str, start: int, limit: int, goes_on: bool = False, titled: bool = False) -> Found | None:
    """A speaker and cue right after a quote: ', Putin remarked', ', said the spokeswoman'.

    ``goes_on``: the quote ends in a comma, "!" or "?", so its sentence goes on; then any
    past-tense verb next to a name counts as the cue ("“...,” Hannity pressed"). ``titled``: the
    quote reads as a name in title case ("“Black Water,”"); then a verb that is no verb of speech,
    followed by its object, is an act, no credit ("Simmons teed up the cameo").
    """
    found = _speaker_after(text, start, limit, goes_on, titled)
    if found is not None and found.mention is not None:
        return Found(_past_perceiver(text, found.mention), found.cue)
    return found


def _past_perceiver(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The mention without a perceiver opening it: "I remember him [saying]" is "him"."""
    perceiver = _PERCEIVER.match(text, span[0], span[1])
    return span if perceiver is None else (perceiver.end(), span[1])


def _speaker_after(text: str, start: int, limit: int, goes_on: bool, titled: bool) -> Found | None:
    end = min(limit, start + WINDOW)
    for pattern in (_AFTER_MENTION_CUE, _AFTER_CUE_MENTION):
        match = pattern.match(text, start, end)
        if match is None:
            continue
        if pattern is _AFTER_CUE_MENTION and match.group("c") in CUE_PARTICIPLES:
            continue  # “...,” saying the city ...: what follows a participle is what was said
        if (
            pattern is _AFTER_MENTION_CUE
            and match.start("m") - start > 3
            and _CUE_RE.search(text, start, match.start("m"))
        ):
            continue  # “...,” said Abraham Aiyash, a Democrat who said: the lead holds the credit itself
        span = _word_before_is_stop(text, match.start("m"), match.end("m"))
        if span is None or span[0] != match.start("m"):
            continue
        if pattern is _AFTER_MENTION_CUE and match.group("h") is not None and text[span[0]].islower():
            span = (span[0], match.end("h"))  # "analysts at Harbour Bank wrote": the place is part of a description
        cue = match.span("c")
        if pattern is _AFTER_MENTION_CUE:
            verb = _NEXT_CUE.match(text, cue[1], end)
            if verb is not None:
                # “...,” the congressional report said: "report" was a noun of the mention
                span, cue = (span[0], cue[1]), verb.span("c")
        word = text[cue[0] : cue[1]]
        if (
            titled
            and pattern is _AFTER_MENTION_CUE
            and word not in SPEECH_FORMS
            and word not in _OBJECT_CUES
            and _ACT_OBJECT.match(text, cue[1], end) is not None
        ):
            continue  # “Harbour Lights,” she welcomed a set of twins: no verb of speech, an act done to something
        if word in _ASK_FORMS and _ASK_TO_DO.match(text, cue[1]) is not None:
            continue  # “...” Bell would later ask to meet her: a request to do something, not a question asked
        if (
            word in WEAK_CUES
            and word not in {"added", "wrote", "tweeted", "told", "asked"}
            and not (
                pattern is _AFTER_CUE_MENTION and goes_on and cue[0] - start <= 2 and text[match.start("m")].isupper()
            )
            and not (
                # “...,” he notes: a pronoun right after a quote that goes on makes the weak word a verb
                pattern is _AFTER_MENTION_CUE
                and goes_on
                and span[0] - start <= 2
                and text[span[0] : span[1]].lower() in _SPEAKING_PRONOUNS
            )
            and not (
                # “...,” the Saudis state in the white paper: "state" before a place or a stop is the verb
                pattern is _AFTER_MENTION_CUE
                and goes_on
                and span[0] - start <= 2
                and _STATE_AFTER.match(text, cue[0]) is not None
                and text[span[0] : span[1]].split()[-1].lower() not in _NOUN_LEADS  # "the council of the state."
            )
        ):
            continue  # a weak verb credits only inverted, right after a quote that goes on: “...,” agrees Ann Lee
        if pattern is _AFTER_MENTION_CUE and match.group("a") is not None and _described(text, span):
            named = _APPOSED_BEFORE_CUE.fullmatch(text, *match.span("a"))
            if named is not None:
                # “...,” the mayor, Ann Lee, said: the name set off after the description is the speaker
                return Found(named.span("n"), cue)
        if pattern is _AFTER_CUE_MENTION and text[span[0]].isupper():
            held = _HOLDER_AFTER.match(text, span[1], end)
            if held is not None and held.group("w") not in _NOT_OCCUPATIONS:
                # “...,” said Westport fisherman Tom Hale: a place, an occupation, then the name
                return Found(held.span("n"), cue)
        if pattern is _AFTER_CUE_MENTION and _described(text, span):
            named = _APPOSED_NAME.match(text, span[1], end)
            if named is not None:
                # “...,” said the country’s foreign minister, Dmytro Kuleba: the name after the description
                return Found(named.span("n"), cue)
        return Found(span, cue)
    if goes_on:
        # “...,” read the sign / “...,” reads a Wednesday editorial: a text quoted, credited to what it is on
        read = _READ_CREDIT.match(text, start, end)
        if read is not None:
            return Found((read.start("m"), read.end("m")), (read.start("c"), read.end("c")))
        match = _AFTER_ANY_VERB.match(text, start, end)
        if match is not None:
            m, c = ("m", "c") if match.group("m") is not None else ("m2", "c2")
            first = match.group(m).split(None, 1)[0]
            if first[:1].isupper() and first.lower() in _NOUN_LEADS:
                return None  # “...?” Her critics cited it: a capital determiner opens a new sentence
            if titled and c == "c" and _ACT_OBJECT.match(text, match.end(c), end) is not None:
                return None  # “Black Water,” Simmons teed up the cameo: an act done to something, no credit
            span = _word_before_is_stop(text, match.start(m), match.end(m))
            if span is not None and span[0] == match.start(m):
                return Found(span, (match.start(c), match.end(c)))
    return None


# an object right after a verb that is no verb of speech ("teed up the cameo", "welcomed a set of twins",
# "fixed Ann Lee’s car"): the name before the verb did something to it, and said nothing
_ACT_OBJECT = re.compile(
    r"\s++(?:(?:up|out|off|down|over|back)\s++)?(?:(?:a|an|the|his|her|their|its|my|our|your|this|these|those)\s"
    r"|[A-Z][\w\-]*+(?:\s++[A-Z][\w\-]*+)?(?:’s|'s)\s)"
)


# one word in lower case, then a name closing the credit: "said Westport fisherman Tom Hale"
_HOLDER_AFTER = re.compile(rf"\s++(?P<w>[a-z][a-z\-]++)\s++(?P<n>{NAME})(?=\s*+(?:[.,;!?]|\Z))")
# words between two names that make the second no holder of the first's occupation ("asked Tom Hale whether Ann
# Lee ...", "said Tom Hale and Ann Lee")
_NOT_OCCUPATIONS = (
    PREPOSITIONS
    | SPEECH_FORMS
    | PRONOUNS
    | frozenset(
        {"and", "or", "but", "nor", "whether", "if", "why", "how", "what", "who", "whom", "where", "when", "that",
         "than", "as", "while", "because", "since", "so", "then", "not", "is", "was", "are", "were", "has", "had",
         "have", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "the",
         "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "vs", "versus"}
    )
)  # fmt: skip

# a name alone between the commas of an appositive: "the mayor, Ann Lee, said"
_APPOSED_BEFORE_CUE = re.compile(rf"\s*+(?P<n>{NAME})\s*+")


def _described(text: str, span: tuple[int, int]) -> bool:
    """Whether a mention is a description (lower case, "the mayor") or opens with a possessive ("Lee's lawyer")."""
    return text[span[0]].islower() or text[span[1] - 2 : span[1]] in {"’s", "'s"}


# ", Dmytro Kuleba." after a description ("the country’s foreign minister", "Ukraine’s [foreign minister]"):
# the name the description stands for, closing the credit; the name closes the sentence, or its appositive goes on
# with a description, a relative clause or the setting of the saying ("said the mayor, Ann Lee, on Monday", "...,
# Ann Lee, in a statement", "..., Ann Lee, adding")
_APPOSED_NAME = re.compile(
    rf"(?:\s++[a-z][\w\-]*+){{0,4}}\s*+,\s*+(?P<n>{NAME})"
    r"(?=\s*+(?:[.;!?]|,\s++(?:who|a|an|the|on|in|at|during|after|adding|speaking|according)\s|\Z))"
)


# cues whose next noun is the one spoken to, not the speaker ("..., told her supporters, “...”")
_OBJECT_CUES = frozenset(
    {"told", "tell", "tells", "asked", "ask", "asks", "urged", "reminded", "assured", "informed", "warned", "thanked"}
)


# "will say", "should reiterate", "’ll call": a cue that reports no speech yet
_MODAL_BEFORE = re.compile(r"(?<![\w’'])(?:will|would|should|could|might|may|must|can|shall|’ll|'ll)(?:\s++not)?\s++\Z")


def _reported(text: str, cues: list[re.Match[str]], modal: re.Match[str], low: int, quote: int) -> re.Match[str] | None:
    """The cue of speech already made that holds a modal one: 'Obama said Americans will say “no”'.

    The quote is what the earlier, reporting cue's subject said about the future; None when
    no such cue stands in the same sentence before the modal one.
    """
    for match in reversed(cues):
        if match.start() >= modal.start() or is_noun_use(text, match.start()):
            continue
        gap = text[match.end() : quote]
        if (
            not any(ch in gap for ch in ".!?;")
            and _MODAL_BEFORE.search(text, max(low, match.start() - 20), match.start()) is None
        ):
            return match
    return None


def named_before_description(masked: str, found: list[tuple[int, int]], index: int) -> tuple[int, int]:
    """The subject mention ``found[index]``, or the name it describes: in "Tom Kirk, a music journalist,
    offered" the description between commas stands beside the name, which is the subject."""
    span = found[index]
    if index == 0 or not masked[span[0]].islower() or not masked.startswith(",", span[1]):
        return span
    name = found[index - 1]
    if masked[name[0]].isupper() and masked[name[1] : span[0]].strip() == ",":
        return name
    return span


def speaker_before(text: str, start: int, quote: int, known: Callable[[str], bool] | None = None) -> Found | None:
    """A cue (and its speaker) before a quote in the same sentence: 'Putin said, “...'.

    ``known`` tells a mention of someone the article has named as a person: a participle's
    clause subject ("After the Paris attacks, Trump released an ad calling it ...") is the
    first such mention in subject position, if any.
    """
    window = max(start, quote - WINDOW)
    low = max(window, quote - CUE_GAP - 40)
    cues = list(_CUE_RE.finditer(text, low, quote))
    if "According to" in text[low:quote]:
        # the cue list is lower case; "According to X, “...”" opens a sentence
        cues = sorted(cues + list(_ACCORDING.finditer(text, low, quote)), key=lambda m: m.start())
    cue: re.Match[str] | None = None
    for match in reversed(cues):
        if (
            is_noun_use(text, match.start())
            or _plural_after_preposition(text, match)
            or after_indefinite(text, match.start())
        ):
            continue  # "Ford’s plans", "contests in states with", "on a serious note:": nouns, not cues
        if match.group().lower() in CLAIMING and taken_object(text, match.end() + 1, quote):
            continue  # "a fire claimed a home, likely caused by an “...”": a thing taken, no speech
        gap = text[match.end() : quote]
        if len(gap) <= CUE_GAP and not any(ch in gap for ch in ".!?"):
            cue = match
            break
    if cue is not None and _MODAL_BEFORE.search(text, max(low, cue.start() - 20), cue.start()) is not None:
        cue = _reported(text, cues, cue, low, quote) or cue
    if cue is None:
        source = (
            _FROM_SOURCE.search(text, max(window, quote - 80), quote)
            if "rom" in text[max(0, quote - 80) : quote]
            else None
        )
        if source is not None:
            # "From the report: “...”": the text quoted from; "From Bush’s Facebook post:": its owner
            return Found(source.span("m" if source.group("m") else "o"), None)
        # the pattern needs a colon: most windows have none, and the name pattern is tried at every position
        near = max(window, quote - 60)
        colon = _COLON_SPEAKER.search(text, near, quote) if text.find(":", near, quote) >= 0 else None
        if colon is not None:
            span = _word_before_is_stop(text, colon.start("m"), colon.end("m"))
            if span is not None:
                return Found(span, None)
        if text[window:quote].rstrip().endswith(":"):
            # "President Clinton released the following statement: “...”": the subject of the sentence
            # the last subject: "When Wallace died, President Clinton released the following statement:"
            found = mentions(text, window, quote)
            for index in range(len(found) - 1, -1, -1):
                if is_subject(text, found[index][0]):
                    return Found(named_before_description(text, found, index), None)
        return None
    word = cue.group().lower()
    if word == "according to":
        # "According to the newspaper, “...”": whatever stands between the phrase and its comma is the source
        source = _ACCORDING_SOURCE.match(text, cue.end(), quote)
        if source is not None:
            named = mentions(text, source.start("m"), source.end("m"))
            if named and named[-1][1] == source.end("m"):
                return Found(named[-1], (cue.start(), cue.end()))  # "the Harbour Gazette": the name
            return Found((source.start("m"), source.end("m")), (cue.start(), cue.end()))
    if word.endswith(_PAST_ENDINGS):
        # "described by the Times as “...”", "As explained by the agency, ... “...”": the agent of a passive
        agent = _BY_AGENT.match(text, cue.end(), quote)
        if agent is not None:
            named = mentions(text, agent.start("m"), agent.end("m"))
            if named and named[-1][1] == agent.end("m"):
                return Found(named[-1], (cue.start(), cue.end()))
    if _PASSIVE_BEFORE.search(text, max(window, cue.start() - 24), cue.start()) and word.endswith(_PAST_ENDINGS):
        return Found(None, (cue.start(), cue.end()))  # "Doctors have been urged to “...”": told, not telling
    lead = text[max(window, cue.start() - 3) : cue.start()].strip()
    if (
        word not in CUE_PARTICIPLES
        and word not in _OBJECT_CUES
        and (lead.endswith(",") or cue.start() <= window or not lead)
    ):
        # an inverted credit opening its clause: '..., explained Rosenberg, “...”', 'Said Dorothy Poynter, “...”'
        after = [m for m in mentions(text, cue.end(), quote) if m[0] - cue.end() <= 2]
        if after and text[after[0][1] : after[0][1] + 1] in {",", ":"}:
            return Found(after[0], (cue.start(), cue.end()))
    candidates = mentions(text, window, cue.start())
    if word not in CUE_PARTICIPLES:
        apposed = _apposed_subject(text, candidates, cue.start()) if len(candidates) > 1 else None
        if apposed is not None:
            # "Gil Hoffman, the executive director of Honest Reporting, a media watchdog, says, “...”"
            return Found(apposed, (cue.start(), cue.end()))
        # the latest mention joined to the cue by an appositive at most ("Sanders, who ... Canova, said")
        fallback = None
        for index in range(len(candidates) - 1, max(-1, len(candidates) - 4), -1):
            span = candidates[index]
            antecedent = _antecedent(text, candidates, span, cue.start())
            if antecedent is not None:
                # "Sanders, who says it's “...”", "from Mike Lee, who declared": the antecedent
                return Found(antecedent, (cue.start(), cue.end()))
            if _after_preposition(text, span[0]) or _in_relative_clause(text, window, span[0]):
                continue  # "The complaint, filed in Washington, alleged": a place, not the subject
            if in_appositive(text, candidates, index):
                continue  # "Tom Hale, spokesman for the Harbour Council, said": the council is Hale's description
            if _GAP_BEFORE_CUE.fullmatch(text, span[1], cue.start()) is not None:
                if text[span[0]].islower() and opens_description(text, window, span[0]):
                    fallback = fallback or span  # "Ruth Hale, a veteran reporter, said": an appositive
                    continue
                return Found(span, (cue.start(), cue.end()))
        if fallback is not None:
            return Found(fallback, (cue.start(), cue.end()))
        if word != "according to" and not text[max(window, cue.start() - 5) : cue.start()].rstrip().endswith(
            ("and", "but")
        ):
            loose = loose_subject(text, window, cue.start(), speaker=True)
            if loose is not None and not _holds_finite_verb(text, loose):
                return Found(loose, (cue.start(), cue.end()))
    if word == "according to":
        after = [m for m in mentions(text, cue.end(), quote) if _next_to(text, cue.end(), m[0])]
        if after:
            return Found(after[0], (cue.start(), cue.end()))
    # a participle ("Romney went after Trump, calling it ...") hangs on the subject of the clause
    participle = word in CUE_PARTICIPLES
    if participle and candidates:
        # "..., with Sen. John McCain calling it a “...”": the participle's own subject, after "with"
        last = candidates[-1]
        between = text[last[1] : cue.start()].split()
        if all(word.endswith("ly") for word in between) and text[max(window, last[0] - 6) : last[0]].rstrip().endswith(
            ("with", "With")
        ):
            return Found(last, (cue.start(), cue.end()))
        # "..., Nefzi said, adding, “...”": the participle goes on from the credit right before it
        credit = _CREDIT_BEFORE.search(text, max(window, cue.start() - 60), cue.start())
        if credit is not None and last[1] == credit.end("m"):
            return Found(last, (cue.start(), cue.end()))
    ordered = candidates if participle else list(reversed(candidates))
    subjects = [span for span in ordered if is_subject(text, span[0])]
    if participle and known is not None:
        for span in subjects:
            if known(text[span[0] : span[1]]):
                return Found(span, (cue.start(), cue.end()))
    if subjects:
        return Found(subjects[0], (cue.start(), cue.end()))
    return Found(None, (cue.start(), cue.end()))


# a form of "be" right before a past participle: the subject is the one spoken to ("were urged", "was told")
_PASSIVE_BEFORE = re.compile(r"(?<![\w’'])(?:was|were|been|be|being|is|are)(?:\s++[a-z]+ly)?\s++\Z")
_PAST_ENDINGS = ("ed", "told")


def passive_cue(text: str, cue: tuple[int, int]) -> bool:
    """Whether a cue is a passive past participle ("was described as", "were told")."""
    word = text[cue[0] : cue[1]].lower()
    return word.endswith(_PAST_ENDINGS) and _PASSIVE_BEFORE.search(text, max(0, cue[0] - 24), cue[0]) is not None


# the agent of a passive cue, up to a comma, "as" or the quote ("described by the Times as", "explained by the
# agency (CISA),")
_BY_AGENT = re.compile(
    r"\s++by\s++(?P<m>[^,;:.!?“”\"‘’()]{1,80}?)(?:\s*+\([^()]{1,20}\))?\s*+(?:,|(?<![\w’'])as(?![\w’'])|(?=[“\"‘']))"
)


# the rest of a description ("the Chamber’s chief [political strategist], who added")
_DESCRIBED_GAP = re.compile(rf"(?:\s++[a-z][\w’'\-]*+){{0,3}}?{RELATIVE_GAP.pattern}")


# "Scott Reed, the Chamber’s chief strategist, who added": an appositive between the name and the pronoun
_APPOSED_RELATIVE = re.compile(
    rf"\s*+,\s*+(?:the|a|an|his|her|their|its|[A-Z][\w.\-]*(?:’s|'s))\s[^,.;:!?“”\"]{{1,80}}?{RELATIVE_GAP.pattern}"
)


def relative_pronoun(text: str, end: int, verb: int) -> tuple[int, int] | None:
    """The relative pronoun between a name ending at ``end`` and its ``verb`` ("Beck, who said"), if any."""
    if "wh" not in text[end:verb]:
        return None  # no "who" or "which" between: the common case, decided without a pattern
    match = RELATIVE_GAP.fullmatch(text, end, verb) or _APPOSED_RELATIVE.fullmatch(text, end, verb)
    if match is None:
        # "the Associated Press report, which notes": the rest of the thing's name, then the pronoun
        match = _DESCRIBED_GAP.fullmatch(text, end, verb)
        if match is not None and match.group("rel") != "which":
            match = None
    return match.span("rel") if match is not None else None


def _antecedent(
    text: str, candidates: list[tuple[int, int]], span: tuple[int, int], verb: int
) -> tuple[int, int] | None:
    """The name a relative pronoun between ``span`` and ``verb`` stands for, or None when there is none.

    "Sanders, who says": Sanders; "Scott Reed, the Chamber’s strategist, who added": Scott Reed, the
    name the description is in apposition to.
    """
    if text[span[0]].isupper():
        if RELATIVE_GAP.fullmatch(text, span[1], verb) is not None:
            return span
        # "the Associated Press report, which notes": a thing named after its maker
        gap = _DESCRIBED_GAP.fullmatch(text, span[1], verb)
        return span if gap is not None and gap.group("rel") == "which" else None
    if _DESCRIBED_GAP.fullmatch(text, span[1], verb) is None:
        return None
    index = candidates.index(span)
    if index > 0:
        name = candidates[index - 1]
        if text[name[0]].isupper() and text[name[1] : span[0]].strip() == ",":
            return name
    return None


# ", the president of the Federal Reserve Bank of New York, ", ", the U.S. attorney for ...,": a description set off by
# commas after a name
_APPOSITION = re.compile(r"(?:\s*+,\s*+(?:the|a|an)\s[^,!?;:“”\"]{1,160}?){1,2},\s*+")


# ", president of the", ", a spokeswoman for", ", of the": a description opening an appositive, up to the preposition
# whose object follows
_APPOSITIVE_TO_OBJECT = re.compile(
    r",\s*+(?:(?:a|an|the)\s++)?(?:[a-z][\w’'-]*+\s++){0,4}(?:of|for|at|with|from|in|on|to)\s++(?:(?:the|a|an)\s++)?\Z"
)


def opens_description(text: str, start: int, at: int) -> bool:
    """Whether a description at ``at`` follows a comma or an "and" ("Ruth Hale, a veteran reporter, said"; "Tom
    Hale, the president of the fund and a former mayor, said"): an appositive of a subject before it."""
    before = text[max(start, at - 5) : at]
    return before.rstrip().endswith(",") or before.endswith(" and ")


def in_appositive(masked: str, found: list[tuple[int, int]], index: int) -> bool:
    """Whether the mention ``found[index]`` closes an appositive of the mention before it ("Tom Hale, president
    of [the Harbour Fund], which ..., said"; "Ann Lee, a spokeswoman for [the Harbour Council], said"): the
    earlier mention is the subject."""
    span = found[index]
    return (
        index > 0
        and masked.startswith(",", span[1])
        and _APPOSITIVE_TO_OBJECT.search(masked, found[index - 1][1], span[0]) is not None
    )


def _apposed_subject(text: str, candidates: list[tuple[int, int]], verb: int) -> tuple[int, int] | None:
    """The name before a description set off by commas right before the verb ("X, the president of Y, said").

    The names inside the description ("New York") are not the subject; a name after a preposition is no
    subject either ("officials in Boston, the state capital, said" is left to the other readings).
    """
    for span in candidates[-4:-1]:
        if _APPOSITION.fullmatch(text, span[1], verb) is not None:
            if _after_preposition(text, span[0]) or not text[span[0]].isupper():
                return None
            return span
    return None


def subject_before(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """The subject right before a verb (a mention, or a loose noun phrase), within the window."""
    window = max(start, verb - WINDOW)
    candidates = mentions(text, window, verb)
    if len(candidates) > 1:
        apposed = _apposed_subject(text, candidates, verb)
        if apposed is not None:
            return apposed
    for index in range(len(candidates) - 1, max(-1, len(candidates) - 4), -1):
        span = candidates[index]
        antecedent = _antecedent(text, candidates, span, verb)
        if antecedent is not None:
            return antecedent  # "Sanders, who calls it “...”": the antecedent of the relative pronoun
        if _in_relative_clause(text, window, span[0]) or _after_preposition(text, span[0]):
            # "Trump, who has a lead in delegates, mocked ...": the delegates are not the subject;
            # "The lawsuit, filed in the District of New York, seeks": nor is a place after a preposition
            continue
        if in_appositive(text, candidates, index):
            continue  # "Tom Hale, spokesman for the Harbour Council, told": the council is Hale's description
        if _GAP_BEFORE_CUE.fullmatch(text, span[1], verb) is not None:
            return span
        break
    if _COORDINATED.search(text, max(window, verb - 40), verb) is not None:
        # "She greeted them ... and told them that ...", "..., but now said": the subject of the first verb
        for span in candidates:
            if is_subject(text, span[0]):
                return span
        return None
    loose = loose_subject(text, window, verb, speaker=True)
    return None if loose is None else _past_perceiver(text, loose)


def medium_near(text: Masked, start: int, end: int) -> tuple[str, int] | None:
    """The medium named between ``start`` and ``end``: 'NBC News' in 'in an interview with NBC News'."""
    # substring tests first: most sentences name no medium, and `in` is far cheaper than a regex
    # (and first of all on the whole paragraph, once: most paragraphs name none)
    piece = text[start:end]
    patterns = []
    if text.names_medium and any(hint in piece for hint in MEDIUM_HINTS):
        patterns.append(_MEDIUM_NAMED)
    if "in a" in piece or " by" in piece:
        patterns.append(_MEDIUM_GENERIC)
    # a named outlet ("NBC News") beats a kind of medium ("an interview")
    for pattern in patterns:
        for match in pattern.finditer(text, start, end):
            group = match.lastgroup
            if group is None:
                continue
            value = match.group(group)
            if group == "b" and not _is_media(value):
                continue
            value = value.rstrip(",.;: ").removesuffix("’s").removesuffix("'s")
            if value[:2] in {"A ", "An"}:
                value = value[0].lower() + value[1:]
            return value, match.start(group)
    return None


def _is_media(name: str) -> bool:
    words = name.lower().replace("’s", "").split()
    return any(w in MEDIA_WORDS for w in words) or (name.isupper() and 2 <= len(name) <= 6)
