"""Reported speech without quote marks: "X said (that) ...", "..., a source said", "according to X, ...".

Each sentence of a paragraph (quoted words masked out) is tried against a few shapes,
in this order:

1. ``According to X, CONTENT.`` and ``CONTENT, according to X.``
2. ``CONTENT, X said.`` / ``CONTENT, said X.`` (the source and cue close the sentence)
3. ``X CUE (that) CONTENT`` (the cue's subject just before it), including
   ``a book by X claimed that ...`` and ``reports (say) that ...``

Spans are offsets into the paragraph; the content runs to the end of the sentence, or to
the end of its clause when the cue sits in a leading subordinate clause ("Although X
noted ..., ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ._coref import is_subject
from ._cues import (
    CLAIM_CUE,
    CLAIM_CUE_WORDS,
    CLAIM_ONLY_CUES,
    CLAIM_STANCE,
    CLAIM_STANCE_VERBS,
    CLAIMING,
    CLAUSE_OPENERS,
    CUE,
    CUE_PARTICIPLES,
    DESCRIPTION,
    DOCUMENT_NOUNS,
    LOOSE_MENTION,
    MENTION,
    NAME,
    OBJECT_CUES,
    OBJECT_PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    STANCE_NOUNS,
    STANCE_PARTICIPLES,
    STANCE_VERBS,
    TELLING,
    WEAK_CUES,
    taken_object,
    word_alternation,
)
from ._sentences import REACH, Masked
from ._speakers import (
    _ADVERBS,
    _AUXILIARIES,
    _COORDINATED,
    _GAP_BEFORE_CUE,
    _ROLE_PHRASE,
    NOUN_ADJECTIVES,
    WINDOW,
    _after_preposition,
    _in_relative_clause,
    closes_relative_clause,
    counted_noun,
    in_appositive,
    is_noun_use,
    loose_subject,
    mentions,
    named_before_description,
    opens_description,
    reported_from,
)

__all__ = ["Claim", "find_claims"]

_B = r"(?<![\w’'])"
_E = r"(?![\w’'])"
# `\b` then no apostrophe before: the same as _B before a letter, and one quick test at most positions; then one
# look-ahead over every listed word at once turns away the words in no list (most) before the three named tries
_VERB_WORDS = word_alternation((*CLAIM_CUE_WORDS, *STANCE_VERBS, *CLAIM_STANCE_VERBS, *STANCE_NOUNS))
_VERBS_RE = re.compile(
    rf"\b(?=[a-z])(?<![’'])(?={_VERB_WORDS}{_E})"
    rf"(?:(?P<cue>{CLAIM_CUE})|(?P<stance>{CLAIM_STANCE})|(?P<noun>{word_alternation(STANCE_NOUNS)})){_E}"
)
# cheap substring tests before the "reports say that" pattern runs at all
_REPORT_HINTS = ("eport", "ources", "fficials", "oll", "tudies", "esearch")
_ACCORDING_LEAD = re.compile(r"\s*(?P<c>[Aa]ccording\s+to)\s+(?P<m>[^,;.!?\s][^,;!?]{0,200}?),\s*")
# What may follow "X said" at the end of a sentence: a time, a place, an audience, a medium.
_TRAILER = (
    r"(?:\s+(?:to|in|on|at|by|during|last|this|after|before|from|for|with|via|through|reporters|earlier|later|recently|"
    r"late|early|overnight|"
    r"yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|afterward|afterwards|"
    r"privately|publicly|told)(?![\w’'])[^,;]{0,60}?)?"
    r"(?:(?<=told)(?:\s+(?!that(?![\w’']))[^\s,;]+){1,5}?)?"
)
# "..., according to Jane Hill, an analyst at Harbour Research.": the source, then its appositive
_ACCORDING_APPOSITIVE = re.compile(
    r"\s*(?P<c>according\s+to)\s+(?P<m>[^,;.!?\s][^,;!?]{0,200}?),\s*+(?:[^.!?;]|\.(?=\w|\s++[A-Z0-9])){1,200}+[.!?]*[\"”’»)]*\s*"
)
_ACCORDING_TAIL = re.compile(r"\s*(?P<c>according\s+to)\s+(?P<m>[^,;.!?\s][^,;!?]{0,200}?)[.!?]*[\"”’»)]*\s*")
#: Words without which no "In a poll ..., ..." opens a sentence (a cheap test before the pattern runs).
_IN_HINTS = ("poll", "survey", "study", "report", "nalysis", "count", "tally", "census")
# "In an NBC News/Wall Street Journal poll released Monday, ...": a poll or survey opening the sentence
_IN_DOCUMENT_LEAD = re.compile(
    r"\s*+(?P<c>In)\s++(?P<m>(?:an?|the|its|their|his|her)\s++[^,;.!?]{0,100}?"
    r"(?<![\w’'])(?:poll|polls|survey|surveys|study|report|analysis|count|tally|census)(?![\w’'])[^,;.!?]{0,60}?),\s*+"
)
# "X, according to Y (, an appositive), was ...": a source set off by commas inside the sentence
_ACCORDING_MIDDLE = re.compile(r"according\s+to\s+(?P<m>[^,;.!?\s][^,;!?]{0,100}?)(?:,[^,;.!?]{1,80}?)?,\s*")
# "Clinton leads by 271 delegates according to a count by the AP, but ...": no comma before the source
_ACCORDING_INSIDE = re.compile(r"according\s+to\s+(?P<m>[^,;.!?\s][^,;!?]{0,100}?)(?=[,;]|[.!?]*[\"”’»)]*\s*$)")
# "..., said the spokeswoman.": the verbs that stand before their subject
_INVERTED = (
    r"(?:said|says|say|added|adds|asked|wrote|writes|continued|explained|explains|noted|notes|insisted|argued|argues|"
    r"recalled|recalls|predicted|warned|concluded)"
)
# words that open a clause, not a source: "..., which he said.", "..., more than she said."
_NOT_SOURCE_WORD = (
    r"(?:and|but|or|so|as|if|which|who|whom|whose|that|what|when|where|how|why|than|because|while|whether|according|"
    r"not|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must)(?![\w’'])"
)
# a source closing its sentence may be any short phrase (", police said.", ", federal officials said."), and
# an inverted credit may put a role before the name (", said Democratic strategist Hank Sheinkopf.")
_TAIL_SOURCE = (
    rf"{LOOSE_MENTION}|(?!(?:and|but|or|so|as|if|which|who|that|when|because|while)(?![\w’']))"
    r"(?:[a-z][\w’'\-]*+\s++){0,2}[a-z][\w’'\-]*+"
    rf"|(?P<loose>(?:(?!{_NOT_SOURCE_WORD})[\w’'.\-]++\s++){{1,7}}?(?!{_NOT_SOURCE_WORD})[\w’'\-]++)"
)
# a short parenthesis after a name closing the sentence: a party and state ("Sen. Ann Lee (R-Kent) said."), a place
_NAME_PARENTHESIS = r"(?:\s*+\([^()\n]{1,40}\))?"
# after an inverted verb, a plural noun phrase opened by a determiner ("..., say some pilots.", "..., said the
# crews."): a group that is no name; no preposition, possessive or clause word inside, a plural last, and
# nothing after it but the sentence's end or an appositive's comma ("..., says the rise in fees shows ..."
# is a clause)
_GROUP_STOP = word_alternation((*PREPOSITIONS, "his", "her", "its", "their", "this", "thus", "plus", "us"))
_INVERTED_GROUP = (
    r"(?P<m3>(?:the|some|many|several|most|few|other|both|two|three|four|five)\s++"
    rf"(?:(?!{_NOT_SOURCE_WORD}|{_GROUP_STOP}(?![\w’']))[\w’'\-]++\s++){{0,3}}?"
    rf"(?!{_NOT_SOURCE_WORD}|{_GROUP_STOP}(?![\w’']))[\w\-]*[^\Wsu]s)(?=\s*+,|[.!?]*[\"”’»)]*\s*\Z)"
)
_TAIL = re.compile(
    rf"\s*(?:(?P<m>{_TAIL_SOURCE}){_E}{_NAME_PARENTHESIS}{_ADVERBS}\s+(?P<c>{CUE})|(?P<c2>{_INVERTED}){_E}\s+"
    rf"(?:{_ROLE_PHRASE}(?P<m2>{MENTION})|{_INVERTED_GROUP})){_E}{_NAME_PARENTHESIS}{_TRAILER}[.!?]*[\"”’»)]*\s*"
)
# "..., said Jeffery Hemsley, an assistant professor at Syracuse University.": the source, then its appositive
# (which may hold abbreviations and web addresses: "editor in chief of Mic.com.")
_TAIL_APPOSITIVE = re.compile(
    rf"\s*(?:(?P<m>{NAME}|{DESCRIPTION}){_E}{_ADVERBS}\s+(?P<c>{CUE})|(?P<c2>{_INVERTED}){_E}\s+(?:{_ROLE_PHRASE}"
    rf"(?P<m2>{MENTION})|{_INVERTED_GROUP})){_E}"
    r",\s*+(?:[^.!?;]|\.(?=\w|\s++[A-Z0-9])){1,200}+[.!?]*[\"”’»)]*\s*"
)
# what may end a content lead: a comma, "that"
_THAT = r"\s*+,?\s*+(?P<that>that(?:\s+|(?=,\s)))?"


def _lead(setting: int, words: int) -> re.Pattern[str]:
    """A content lead: a phrase of time or place (up to ``setting`` words), an object (up to ``words``), "that".
    No lead runs past a "that" ("said that even if one thinks that ...": the first opens the content), nor past a
    modal verb ("said the crew could return next week with that plan": the clause has begun, "that" is its word)."""
    stops = "is|was|are|were|would|will|can|could|may|might|must|should|has|have|had|it|he|she|they|we|I|you|there|that"
    return re.compile(
        r"(?:\s+(?:on|in|at|during|last|this|earlier|late|early|yesterday|today|recently|privately|publicly)"
        rf"(?:\s+[\w’'.\-\"“”]+){{0,{setting}}}?(?=\s*+,?\s*+that\b))?"
        rf"(?:(?:\s+(?!(?:{stops})(?![\w’']))"
        rf"[^\s,.;:!?\"“”]+){{1,{words}}}?(?=\s*+,?\s*+that\b))?" + _THAT
    )


_CONTENT_LEAD = _lead(10, 8)
# "told an audience at a literary festival in Houston last week that ...": an audience may take more words
_TELLING_LEAD = _lead(10, 12)
# without "that" ahead neither part before _THAT can match (both wait for it): the lead is _THAT alone
_CONTENT_LEAD_BARE = re.compile(_THAT)
_LEAD_REACH = 600
_CLAUSE_START = re.compile(
    r"(?:[\"“‘]?(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou|[Tt]here|[Tt]his|[Tt]hese|[Tt]hose|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|"
    r"[Tt]heir|[Oo]ur|[Ii]ts|[Ss]ome|[Mm]any|[Mm]ost|[Nn]o|[Nn]either|[Aa]ll|[Oo]nly|[0-9]+|[A-Z][\w’'.\-]*)\b)"
)
_REPORTS = re.compile(
    r"(?<![\w’'])(?P<m>[Rr]eports?|[Ss]ources|[Oo]fficials|[Pp]olls?|[Ss]tudies|[Rr]esearch)\s+"
    r"(?P<c>say|says|said|suggest|suggests|suggested|indicate|indicates|indicated|show|shows|showed|claim|claimed)?"
    r"\s*(?P<that>that)\s+"
)
_SUBORDINATE = frozenset(
    {"although", "though", "while", "because", "if", "as", "when", "since", "after", "before", "whereas", "even",
     "once", "until", "unless", "whether"}
)  # fmt: skip
# "... and one in four said ...", "... and Senate aides later said ...": a second source and its verb of speech
# (after the comma or the space that opens the match)
_SECOND_SOURCE = (
    r"(?:and|but)\s++(?!(?:that|what|how|why|if|whether)\s)(?:(?!(?:who|which|that)\s)[\w’'.\-]++\s++){1,4}?"
    r"(?:(?:also|later|then|have|has|had|[a-z]+ly)\s++)?(?:said|says|say|told|added|noted|argued|wrote)(?![\w’'])"
)
# Every match opens with a comma, a semicolon or a space, read first as one class of characters (so the search
# skips straight to the next one), then told apart by a look-behind; the branches and their order are those of
# the plain alternation ",... | ; | \s(dash)\s | ,... | ,\s++and ... | \s++and ... | ,?\s++and ... said | ,...".
_CLAUSE_BREAK = re.compile(
    r"[,;\s](?:(?<=,)(?:\s*(?:according\s+to|saying|adding|noting|arguing|explaining|claiming|stating)\b"
    # "..., pointing to the sale of ...": a participle of speech or stance after a comma is the source's own act
    rf"|\s*+{word_alternation(tuple(sorted(CUE_PARTICIPLES | set(STANCE_PARTICIPLES))))}\s"
    rf"|\s++(?:and|but)\s+(?:(?:he|she|they|it|we|I)\s+)?(?:also\s+)?{CUE}{_E}"
    rf"|\s++{_SECOND_SOURCE}"
    r"|\s*(?:but|while|meaning|then|whose|where|compared|adding|and)\s(?!\s*+that\s)"
    # "..., a move that ...", "..., which ...": an aside on the claim; not one closed by a comma before the verb of
    # the claim's subject ("the driver, a man from Westport, was arrested", "the ferry, which is old, would sink")
    r"|\s*(?:which|who|a)\s(?!\s*+that\s)(?![^,;.!?“”\"]{1,80},\s*+(?:was|were|is|are|has|had|have|will|would|could|"
    r"can|did|does|do|should|must|may|might)\s)"
    # "..., despite the storm warnings", "..., though she did not say": the reporter's frame after the claim;
    # not an aside closed by a comma soon after ("the ferry, despite its age, would") nor one right after "that"
    r"|(?<!\sthat,)\s*+(?:whereas|though|despite|whom|since|after)\s(?![^,;.!?]{1,30},))"
    r"|(?<=;)"
    rf"|(?<=\s)(?:(?:[—–]|--?)\s(?!\s*+(?:and|but|or)\s++that\s)|\s*+(?:and|but)\s+(?:(?:he|she|they|it|we|I)\s+)?(?:also\s+)?{CUE}{_E}"
    rf"|\s*+{_SECOND_SOURCE}))"
)
# "... and criticized the council": a verb of stance joined by "and" opens a claim of its own (searched only
# where " and " occurs: the alternation of verbs is long)
_AND_STANCE = re.compile(rf",?\s++and\s++(?:also\s++|later\s++|then\s++)?(?:{CLAIM_STANCE}){_E}")
# the object of a verb of stance ends at a comma, a subordinate clause or a second verb ("and has appeared");
# "and" alone joins objects ("opposed X and Y"); neither a comma inside a number ("$250,000") nor one that opens
# a list of examples ("a vast expansion, including ...") ends it; "during" does not ("pressed for a deal during the
# budget talks": the occasion is part of the stance)
_QUOTE_COMMA = re.compile(r"[,;][\"”’'»]++")
_QUOTE_MARK = re.compile(r"[\"“”«»]")
_DASH = re.compile(r"\s(?:[—–]|--?)\s")
# (a comma or a space read first as one class, as in _CLAUSE_BREAK; "(?<![a-z]ed\s)" after the space is
# "(?<![a-z]ed)" before it)
_PHRASE_BREAK = re.compile(
    r"[,\s](?:(?<=,)(?!\d|\s*+(?:including|especially|such\s+as|along\s+with)\s)"
    r"|(?<=\s)(?:(?:but|while|because|when)\s"
    r"|and\s+(?:has|have|had|is|was|were|will|would|then|also)\s"
    # "echoed the same themes and took the stage": a verb in the past after "and" opens a second predicate (not
    # right after a verb: "derided and insulted X" share their object)
    r"|(?<![a-z]ed\s)and\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|took|went|made|gave|said|told|met|won|lost|ran|came|began"
    r"|became|left|cast|goes|takes|makes|says)\s))"
)
# what every match of _CLAUSE_BREAK and of _PHRASE_BREAK holds: a span without any has no break
_CLAUSE_BREAK_HINTS = (",", ";", "—", "–", "-", "and", "but")
_PHRASE_BREAK_HINTS = (",", "and", "but", "while", "because", "when")


def _hinted_search(
    pattern: re.Pattern[str], hints: tuple[str, ...], masked: str, start: int, end: int
) -> re.Match[str] | None:
    """``pattern.search(masked, start, end)``, not run when the span holds none of the ``hints`` (substrings
    every match of the pattern holds): most contents hold no break, and `in` is far cheaper than the search."""
    piece = masked[start:end]
    if not any(hint in piece for hint in hints):
        return None
    return pattern.search(masked, start, end)


_MIN_WORDS = 3
# the complement of an object verb after the object's appositive: ", of being", ", for acting", ", to resign"
_COMPLEMENT = re.compile(r"(?<=,)\s++(?:of|for|to)\s")
_APPOSITIVE_REACH = 120
# an object that is a clause ("hoping that they can ..., ...", "wants to ...") runs to the clause end
_CLAUSE_OBJECT = re.compile(r"\s*+that\s")
# a form of "be" right before a verb: the verb is passive ("was accused", "has been described")
_PASSIVE = re.compile(r"(?<![\w’'])(?:was|were|been|be|is|are|being)\s+$")
#: Participles of belief and judgement that after a form of "be" are passive ("is regarded as", "was believed to";
#: the form of "be" read with _BEFORE_PASSIVE).
_PASSIVE_STANCE = frozenset({"believed", "regarded", "considered", "viewed", "seen", "thought", "rumored", "rumoured"})
# How many commas further back than the last a source with an appositive is looked for.
_APPOSITIVE_COMMAS = 3


@dataclass(frozen=True, slots=True)
class Claim:
    """One reported claim: content, source mention and cue as offsets into the paragraph."""

    content: tuple[int, int]
    mention: tuple[int, int] | None
    cue: tuple[int, int] | None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, and a final full stop or comma, off a content span."""
    while start < end and text[start] in " \n,":
        start += 1
    while end > start and text[end - 1] in " \n,;:—–":
        end -= 1
    if end > start and text[end - 1] in ".!?" and (end - 1 == start or text[end - 2] not in ".!?"):
        end -= 1
    return start, end


def _masked_share(masked: str, start: int, end: int) -> float:
    if end <= start:
        return 1.0
    return masked.count(" ", start, end) / (end - start)


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def find_claims(text: str, masked: Masked, speaks: Callable[[str], bool] | None = None) -> list[Claim]:
    """The claims of one paragraph: ``text`` as written, ``masked`` with quoted words blanked; ``speaks`` tells
    whether a one-word label in capitals ("TAPPER: ...") names a speaker in this article (a transcript's)."""
    claims: list[Claim] = []
    label = _speaker_label(text, masked, speaks)
    if label is not None:
        mention = label.mention
        if mention is None or not text[mention[0] : mention[1]].isupper():
            return [label]
        claims.append(label)  # a transcript's turn ("TAPPER: ... I think ..."): the claims inside it too
    # one pass of the verb pattern over the paragraph, handed out to the sentences
    nouns = list(_VERBS_RE.finditer(masked))
    # "a conference call": "call" is a verb only after a subject or an auxiliary (a noun in "his call for")
    verbs = [verb for verb in nouns if verb.group() not in _BARE_NOUN_VERBS or _bare_verb(masked, verb)]
    if "ll told" in masked:
        # "All told, the sale ...": "in all", no one told anything
        verbs = [verb for verb in verbs if not _all_told(masked, verb)]
    # "reports (say) that": "that" first, one test that most paragraphs fail
    reports = "that" in masked and any(hint in masked for hint in _REPORT_HINTS)
    according = "ccording" in masked or ("In " in masked and any(hint in masked for hint in _IN_HINTS))
    polled = " in " in masked and ("poll" in masked or "survey" in masked)
    index = 0
    for start, end in masked.sentences():
        here = []
        while index < len(verbs) and verbs[index].start() < end:
            if verbs[index].start() >= start:
                here.append(verbs[index])
            index += 1
        if (
            not here
            and not according
            and not polled
            and not reports
            and "sked" not in masked[start : start + 20]
            and masked.find(" that ", start, end) < 0
            and _OPENING_PARTICIPLE.match(masked, start, end) is None
        ):
            continue  # every shape needs a verb, "according to", a report word, "Asked ..., X ...", "that" or "Saying"
        claims.extend(_sentence_claims(text, masked, start, end, here, reports))
    if nouns:
        claims.extend(_noun_claims(text, masked, nouns))
    if "efus" in masked or "eclin" in masked:
        claims = _one_refusal(masked, claims)
    return _one_credit(claims)


def _one_credit(claims: list[Claim]) -> list[Claim]:
    """One claim for one content: when two verbs credit the same words ("maintains its own monitor and reported
    Wednesday that ...", "The staff member who reported the call recalled that ..."), the verb nearest before them
    holds them (the other one reached past it)."""
    if len(claims) < 2:
        return claims
    nearest: dict[tuple[int, int], int] = {}
    for claim in claims:
        if claim.cue is not None and claim.cue[1] <= claim.content[0]:
            nearest[claim.content] = max(nearest.get(claim.content, -1), claim.cue[0])
    kept = []
    for claim in claims:
        best = nearest.get(claim.content)
        if best is not None and claim.cue is not None and claim.cue[1] <= claim.content[0] and claim.cue[0] < best:
            continue
        kept.append(claim)
    return kept


def _all_told(masked: str, verb: re.Match[str]) -> bool:
    """Whether a verb is the "told" of "all told," (in all; "they all told the council ..." is speech)."""
    return (
        verb.group() == "told"
        and masked[verb.end() : verb.end() + 1] == ","
        and masked[max(0, verb.start() - 4) : verb.start()] in {"All ", "all "}
    )


#: Words after which "call" is a verb ("Critics call it ...", "they call", "would call"); after any other word
#: it is a noun ("a conference call", "roll call", "his call for").
_CALL_LEADS = frozenset(
    {"i", "we", "you", "they", "would", "will", "could", "can", "should", "might", "may", "must", "do", "did",
     "don’t", "didn’t", "don't", "didn't", "also", "often", "still", "now", "and", "percent", "more", "some", "many",
     "most", "people", "here"}
)  # fmt: skip
#: Words in "-s" that are no plural subject before "call".
_NOT_PLURAL = frozenset({"his", "its", "this", "is", "was", "has", "as", "us", "series"})
#: What follows "call" as a verb of naming or of demand ("call it a ...", "call themselves ...", "call for a
#: ban", "call on Congress"), not a telephone call ("call 311", "call out", "call or text").
_CALL_OBJECT = re.compile(
    r"\s++(?:it|him|her|them|themselves|himself|herself|itself|this|that|these|those|us|me|for|on)(?![\w’'])"
)


#: Base forms of verbs that are as often a noun ("a conference call", "a reference point to make"): read as
#: verbs only after a subject (:func:`_bare_verb`).
_BARE_NOUN_VERBS = frozenset({"call", "point to"})


def _bare_verb(masked: str, verb: re.Match[str]) -> bool:
    """Whether "call" or "point to" is a verb: after a subject pronoun, an auxiliary or a plural noun ("critics
    point to", "they call"); "call" also only before a pronoun object, "for" or "on"."""
    at = verb.start()
    if verb.group() == "call" and _CALL_OBJECT.match(masked, at + 4) is None:
        return False
    before = masked[max(0, at - 30) : at].split()
    if not before:
        return False
    word = before[-1].lower()
    if word in _CALL_LEADS:
        return True
    return word.endswith("s") and word not in _NOT_PLURAL and not word.endswith(("’s", "'s"))


# the possessor right before a noun of stance
_POSSESSOR = re.compile(
    rf"(?:(?P<own>(?<![\w’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))|(?P<name>{NAME})(?:’s|'s|’|'))"
    r"(?:\s++(?:own|latest|new|early|strong|repeated|public|sharp|fierce|vocal|recent|continued))?\s++\Z"
)
#: How far before a noun of stance its possessor is looked for (characters).
_POSSESSOR_REACH = 60
_STANCE_NOUN_SET = frozenset(STANCE_NOUNS)
_NOUN_FIRST_WORDS = frozenset(noun.split()[0] for noun in STANCE_NOUNS)
_FOLLOWING_WORD = re.compile(r"\s++([a-z]++)(?![\w’'])")


def _noun_claims(text: str, masked: Masked, verbs: list[re.Match[str]]) -> list[Claim]:
    """``his attacks on Sanders``, ``Sessions’s endorsement of Trump``: the object of a noun of stance, held by
    its possessor. The nouns come from the paragraph's one verb scan: a noun of its own ("criticism of"), or a
    verb form and the word after it ("support" "for", "attacks" "on")."""
    found: list[Claim] = []
    sentences: list[tuple[int, int]] | None = None
    index = 0
    for verb in verbs:
        if verb.group("noun") is None and verb.group() not in _NOUN_FIRST_WORDS:
            continue
        noun_start, noun_end = verb.start(), verb.end()
        if verb.group("noun") is None:
            following = _FOLLOWING_WORD.match(masked, noun_end)
            if following is None or f"{verb.group()} {following.group(1)}" not in _STANCE_NOUN_SET:
                continue
            noun_end = following.end()
        window = max(0, noun_start - _POSSESSOR_REACH)
        before = masked[window:noun_start]
        owner = _POSSESSOR.search(before)
        if owner is None:
            continue
        group = "own" if owner.group("own") else "name"
        if sentences is None:
            sentences = masked.sentences()
        while sentences[index][1] <= noun_end and index + 1 < len(sentences):
            index += 1
        is_that = masked.endswith("that", noun_start, noun_end)
        content_end = _clause_end(masked, noun_end, sentences[index][1], noun_start, noun_start)
        brk = _hinted_search(_PHRASE_BREAK, _PHRASE_BREAK_HINTS, masked, noun_end, content_end)
        if brk is not None and not is_that:
            content_end = brk.start()
        main = _MAIN_VERB.search(masked, noun_end, content_end)
        if main is not None and not is_that:
            content_end = main.start()  # "Sessions’s endorsement of Trump is not good news": the phrase ends
        if masked[noun_end:content_end].strip(" .,;") in _NO_CONTENT:
            continue  # "did not respond to the Harbour Times’ request for comment": the reporter's formula
        content = _good(text, masked, noun_end, content_end, 1)
        if content is not None:
            mention = (window + owner.start(group), window + owner.end(group))
            found.append(Claim(content, mention, (noun_start, noun_end)))
    return found


#: What a request asks for in the reporter's formulas ("a request for comment"): nothing anyone holds.
_NO_CONTENT = frozenset({"comment", "comments", "an interview", "interviews", "a statement"})


# "JAKE TAPPER: Donald Trump released a video ...", "Matthews: Well, ...": a transcript's speaker label
_LABEL = re.compile(rf"\s*+(?P<m>{NAME}):\s++(?=\S)")
#: Labels that name no speaker ("Related: ...", "UPDATE: ...").
_NOT_SPEAKERS = frozenset(
    {"related", "update", "updated", "note", "editor", "editors", "source", "sources", "photo", "photos", "read",
     "watch", "click", "see", "also", "more", "video", "listen", "correction", "disclosure", "full", "text",
     "transcript", "abstract", "summary", "background", "question", "answer", "q", "a", "ap", "bottom", "line",
     "warning", "breaking", "exclusive", "opinion", "analysis", "advertisement", "share", "follow", "subscribe",
     # a letter's salutation names who is written to; a possessive opens a heading ("Our Standards: ...")
     "dear", "our", "my", "your", "its", "their",
     # a schedule or a fact box: "Date: Tuesday, Dec. 19", "Friday: Earnings from ...", "Cost: $60"
     "date", "time", "cost", "price", "today", "tomorrow", "tonight", "yesterday", "next", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday", "disclaimer"}
)  # fmt: skip
#: A word in lower case; speech has at least two, a list of names or figures ("Cost: $60", "Referee: Ann Lee
#: (Harbourton)", "Main: 48MP f/1.8") fewer, and a figure, a comma or a bracket ("Ann Lee: Why I Left" may be a
#: headline of hers).
_LOWER_WORD = re.compile(r"(?<![\w@#])[a-z]{2,}(?!\w)")
_LIST_MARK = re.compile(r"[\d,;(]")
#: How many lower-case words make a label's content speech.
_LABEL_LOWER_WORDS = 2
#: How many words a speaker label may have.
_LABEL_WORDS = 4


def label_name(masked: str) -> str | None:
    """The name a paragraph opens with before a colon ("TAPPER: ...", "Ann Lee: ..."), else None."""
    if ":" not in masked[:60]:
        return None
    label = _LABEL.match(masked)
    return None if label is None else label.group("m")


def _speaker_label(text: str, masked: str, speaks: Callable[[str], bool] | None = None) -> Claim | None:
    """``TAPPER: Do you think ...``: a paragraph opening with a name and a colon is what that person said."""
    if ":" not in masked[:60]:
        return None
    label = _LABEL.match(masked)
    if label is None:
        return None
    words = label.group("m").split()
    if len(words) > _LABEL_WORDS or any(word.lower().strip(".") in _NOT_SPEAKERS for word in words):
        return None
    if len(words) == 1 and words[0].isupper() and (speaks is None or not speaks(words[0])):
        return None  # "WASHINGTON: ...": a dateline, not a speaker (but a transcript's "TAPPER: ...")
    content = _good(text, masked, label.end(), min(len(masked), label.end() + REACH))
    if content is None or not _speech_like(masked, *content):
        return None
    return Claim(content, (label.start("m"), label.end("m")), None)


def _speech_like(masked: str, start: int, end: int) -> bool:
    """Whether a label's content reads as something said: a line-up, a price or a spec sheet has fewer than two
    words in lower case, and a figure, a comma or a bracket."""
    words = _LOWER_WORD.finditer(masked, start, end)
    if next(words, None) is not None and next(words, None) is not None:
        return True
    return _LIST_MARK.search(masked, start, end) is None


def _good(text: str, masked: str, start: int, end: int, least: int = _MIN_WORDS) -> tuple[int, int] | None:
    start, end = _trim(text, start, end)
    if _words(text, start, end) < least or text[start:end].lower() in _PARTICLES_ALONE:
        return None  # "(what you’re looking) for", "(the people who seem) to": a particle alone holds nothing
    # blanked words are quoted: a content that is mostly a quote is a quote already
    spaces = text.count(" ", start, end)
    if _masked_share(masked, start, end) - spaces / max(1, end - start) > 0.6:
        return None
    return start, end


#: Words that are no content on their own: the particle of a verb whose object is elsewhere.
_PARTICLES_ALONE = frozenset(
    {"to", "for", "of", "at", "on", "in", "with", "about", "from", "by", "up", "out", "and", "or"}
)


# what may stand before "According to X, ..." at the start of a sentence: a parenthesis, a conjunction, or a
# short phrase and a colon ("And it went unnoticed: According to ...")
_ACCORDING_OPENING = re.compile(
    r"\s*+(?:[(\[]\s*+|(?:And|But|So|Yet|Still|Now|Instead|Also)\s++|[^:;.!?]{1,80}?:\s++)(?=[Aa]ccording\s)"
)
#: How far into a sentence its opening "According to" is looked for (characters).
_ACCORDING_OPENING_REACH = 100


def _according_opening(masked: str, start: int, end: int) -> re.Match[str] | None:
    """``But according to X, ...``, ``(According to X, ...)``, ``...: According to X, ...``: the credit opens
    the sentence (or its part after a colon) behind a conjunction, a parenthesis or a colon."""
    opening = _ACCORDING_OPENING.match(masked, start, min(end, start + _ACCORDING_OPENING_REACH))
    if opening is None:
        return None
    return _ACCORDING_LEAD.match(masked, opening.end(), end)


def _sentence_claims(
    text: str, masked: str, start: int, end: int, verbs: list[re.Match[str]], reports: bool, opened: bool = True
) -> list[Claim]:
    """The claims of one sentence; ``opened`` is false for the rest of a sentence after its opening credit."""
    lead = None
    opening = masked[start : start + 16]
    if "ccording" in opening:
        lead = _ACCORDING_LEAD.match(masked, start, end)
    elif "In " in opening:
        lead = _IN_DOCUMENT_LEAD.match(masked, start, end)
    if lead is None and "ccording" in masked[start : start + _ACCORDING_OPENING_REACH]:
        lead = _according_opening(masked, start, end)
    if lead is not None:
        close = end
        if masked[start : lead.start()].lstrip().startswith("("):
            paren = masked.find(")", lead.end(), end)
            close = paren if paren >= 0 else end  # "(According to X, ...)": the parenthesis holds the claim
        content = _good(text, masked, lead.end(), close)
        if content is not None:
            credit = Claim(content, (lead.start("m"), lead.end("m")), (lead.start("c"), lead.end("c")))
            if not opened:
                return [credit]  # a second credit right after the first: its claim alone, read no deeper
            # "According to X, Y wrote that ...": a claim inside the credited one is a claim too
            inner = [verb for verb in verbs if verb.start() >= lead.end()]
            return [credit, *_sentence_claims(text, masked, lead.end(), end, inner, reports, opened=False)]
    found: list[Claim] = []
    participle = _OPENING_PARTICIPLE.match(masked, start, end)
    if participle is not None:
        claim = _opening_participle_claim(text, masked, start, end, participle)
        if claim is not None:
            found.append(claim)
    cued = False
    for verb in verbs:
        if verb.group("cue") is not None:
            cued = True
            # a claim inside a claim ("X said Y claimed that ...") is a claim too
            claim = (
                _as_claim(text, masked, start, end, verb)
                or _middle_claim(text, masked, start, end, verb)
                or _cue_claim(text, masked, start, end, verb, start)
            )
            if claim is not None:
                found.append(claim)
    # every closing credit holds a cue ("..., X said.", "..., according to X.", "..., new reports show.")
    cues = _cue_starts(verbs) if cued else []
    tail = _tail_claim(text, masked, start, end, cues) if cued else None
    if tail is None and cued:
        semicolon = masked.find(";", start, end)
        if semicolon > 0:
            # "..., analysts say; in 2012 ...": the credit closes the clause before the semicolon
            tail = _tail_claim(text, masked, start, semicolon, cues)
    if "sked" in masked[start : start + 20]:
        asked = _asked_claim(text, masked, start, end, verbs)
        if asked is not None:
            found.append(asked)
    if tail is not None:
        middle = any(claim.cue == tail.cue and claim.content[0] == start for claim in found)
        if not middle and not (found and found[0].cue and found[0].cue[0] < tail.content[1]):
            return [tail]
    claimed = {claim.cue for claim in found} if found else set()
    for verb in verbs:
        if verb.group("stance") is not None or (
            (verb.group() in OBJECT_CUES or verb.group() in _SPOKEN_STANCES)
            and (verb.start(), verb.end()) not in claimed
        ):
            claim = _stance_claim(text, masked, start, end, verb)
            if claim is not None:
                found.append(claim)
    if masked.find(" that ", start, end) >= 0:
        found.extend(_that_claims(text, masked, start, end, found))
    if masked.find(" in ", start, end) >= 0 and (
        masked.find("poll", start, end) >= 0 or masked.find("survey", start, end) >= 0
    ):
        poll = _in_poll_claim(text, masked, start, end)
        if poll is not None and not found:
            found.append(poll)
    if not reports or masked.find("that", start, end) < 0:
        return found  # every shape "reports (say) that" needs a report word and "that"
    for match in _REPORTS.finditer(masked, start, end):
        relative = _REPORT_RELATIVE_CUE.match(masked, match.end()) if match.group("c") is None else None
        if relative is not None:
            # "based on polls that show him leading": the report is the subject of the relative clause's verb
            _relative_report(text, masked, start, end, match, relative, found)
            continue
        if match.group("c") is None and any(
            claim.cue == match.span("m") or claim.content[0] in (match.start("that"), match.start("m"))
            for claim in found
        ):
            # "The Gazette reports that ...", "noted in a 2022 report that ...": the verb's claim holds the clause
            # with its true source; "reports" is no second source of it; nor when a verb's claim opens with the
            # report ("Ann Lee cited reports that ...": what she cited holds the reports and their clause)
            continue
        if match.group("c") is not None and any(claim.cue == match.span("c") for claim in found):
            continue  # "Reports say that ...": the verb's own claim ("that ...") holds the clause; no second one
        if match.group("c") is None and _report_no_source(masked, start, match):
            continue
        content = _good(text, masked, match.end(), _clause_end(masked, match.end(), end, start, match.start()))
        if content is not None:
            said = (match.start("c"), match.end("c")) if match.group("c") else None
            found.append(Claim(content, (match.start("m"), match.end("m")), said))
    return found


# "report" as a verb: after a modal, "to", a negation or a pronoun ("we can report that ...", "didn’t report that")
_REPORT_VERB = re.compile(
    r"(?<![\w’'])(?:can|could|will|would|may|might|must|should|to|not|n[’']t|did|do|does|we|I|you|they|he|she)"
    r"\s++\Z"
)
# a relative "that" and a verb of speech or evidence: "polls that show ...", "a report that found ..."
_REPORT_RELATIVE_CUE = re.compile(
    r"(?P<c>say|says|said|suggest|suggests|suggested|indicate|indicates|indicated|show|shows|showed|found|claim|"
    r"claims|claimed)\s++(?:that\s++)?"
)
# a relative "that" and the report's own verb with its object ("studies that illustrate this trade-off", "polls
# that get so much coverage", "reports that come out", "sources that either contain ..."): a that-clause opens
# with its subject instead, a determiner, a pronoun, a name or a number ("reports that the ferry ...")
_RELATIVE_VERB = re.compile(
    r"(?:(?:also|either|often|still|never|now|already|all|both|may|even)\s++)?(?P<v>[a-z][a-z\-]*+)\s++"
    r"(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|him|them|us|me|so|to|out|up)(?![\w’'])"
)
# words that open a that-clause's subject before a determiner ("reports that half the ...", "nearly a third")
_NOT_RELATIVE_VERBS = frozenset(
    {"half", "both", "all", "each", "every", "even", "just", "almost", "about", "over", "under", "up", "nearly",
     "some", "only", "more", "most", "many", "much", "none", "one", "two", "three", "once", "when", "if", "while",
     "after", "before", "since", "because", "though", "although", "despite", "in", "on", "at", "for", "of", "by",
     "with", "from", "during", "among", "unlike", "like", "as", "there", "here", "then", "not", "no", "whoever"}
)  # fmt: skip
# an adverb that stands before a verb, then a verb: "sources that either contain ...", "studies that often find"
_ADVERB_VERB = re.compile(
    r"(?:either|also|often|still|never|already|usually|typically|sometimes|rarely|generally|mostly)\s++[a-z]"
)
# a relative "that": the report's own verb follows ("a report that could raise ...", "sources that have grown")
_RELATIVE_THAT = re.compile(r"(?:could|would|will|may|might|can|should|must|has|have|had|is|are|was|were)(?![\w’'])")


def _relative_report(
    text: str, masked: str, start: int, end: int, report: re.Match[str], verb: re.Match[str], found: list[Claim]
) -> None:
    """The claim of a report's relative clause ("polls that show him leading"): the report speaks, whether the
    verb's own claim was found (with a longer subject, "Tom Hale pointed to polls that") or not."""
    for index, claim in enumerate(found):
        if claim.cue == verb.span("c"):
            found[index] = Claim(claim.content, report.span("m"), claim.cue)
            return
    content = _good(text, masked, verb.end(), _clause_end(masked, verb.end(), end, start, report.start()))
    if content is not None:
        found.append(Claim(content, report.span("m"), verb.span("c")))


def _report_no_source(masked: str, sentence: int, match: re.Match[str]) -> bool:
    """Whether "report(s) that ..." credits no claim to the report: "report" is a verb, or "that" opens a relative
    clause. (A report after a preposition still speaks: "amid reports that ...", "aligns with reports that ...",
    "apologized for a report that ..." each tell what the reports said.)"""
    before = max(sentence, match.start("m") - 40)
    if match.group("m") == "report" and _REPORT_VERB.search(masked, before, match.start("m")) is not None:
        return True
    if _RELATIVE_THAT.match(masked, match.end()) is not None or _ADVERB_VERB.match(masked, match.end()) is not None:
        return True
    verb = _RELATIVE_VERB.match(masked, match.end())
    return verb is not None and verb.group("v") not in _NOT_RELATIVE_VERBS and not verb.group("v").endswith("ly")


# a verb of refusal and "to" right before a verb: "declined to comment on", "refused at first to endorse"
_REFUSAL = re.compile(r"(?<![\w’'])(?:declin|refus)(?:e|es|ed|ing)\s++(?:\w++\s++){0,2}?to\s++\Z")


def _spoken(verb: str) -> bool:
    """Whether a verb reports speech ("say", "answer", "comment"), not a stance ("endorse", "discuss")."""
    return verb in CLAIM_CUE_WORDS or verb.startswith("comment")


def _one_refusal(masked: str, claims: list[Claim]) -> list[Claim]:
    """One claim for a refusal and the verb refused. Speech refused ("Ann Lee declined to comment on the report",
    "refused to say whether ...") says nothing: the refusal's claim ("to comment on the report") is the one. A
    stance refused ("refused to endorse Tom Hale") has its object: the refused verb's claim, cued by the whole
    phrase ("refused to endorse"), is the one."""
    refusals: dict[int, tuple[int, int]] = {}  # where a refusal's verb starts -> the cue of the verb it refuses
    for claim in claims:
        if claim.cue is not None:
            match = _REFUSAL.search(masked, max(0, claim.cue[0] - 40), claim.cue[0])
            if match is not None:
                refusals[match.start()] = claim.cue
    refused = {claim.cue[0] for claim in claims if claim.cue is not None and claim.cue[0] in refusals}
    if not refused:
        return claims
    spoken = {refusals[at] for at in refused if _spoken(masked[slice(*refusals[at])])}
    stances = {refusals[at][0]: at for at in refused if refusals[at] not in spoken}
    kept = []
    for claim in claims:
        if claim.cue in spoken:
            continue  # speech refused: nothing said
        if claim.cue is not None and claim.cue[0] in refused and refusals[claim.cue[0]] not in spoken:
            continue  # the refused stance's claim holds the refusal's
        if claim.cue is not None and claim.cue[0] in stances:
            claim = Claim(claim.content, claim.mention, (stances[claim.cue[0]], claim.cue[1]))
        kept.append(claim)
    return kept


# "... in the latest CNN poll", "... in most surveys": a poll named after the clause it credits (a short phrase,
# then a comma or the sentence end)
_IN_POLL = re.compile(
    # (a look behind for the space before "in", not a run of spaces to match: a long run, as a blanked quote
    # leaves in the masked text, would be matched again from each of its spaces, quadratic in its length)
    r"(?<=\s)(?P<c>in)\s++(?P<m>(?:the|a|an|its|their|most|many|several|some|recent|public|national|state|early|"
    r"[A-Z0-9][^\s,;]*+)(?:\s++(?!(?:to|after|before|of|in|on|at|for|with|by|from|that|which|who)\s)[^\s,;.!?]++){0,6}?"
    r"\s*+(?:poll|polls|survey|surveys|polling|average\s++of\s++polls))"
    r"(?![\w’'])"
)
# what opens the clause a poll credits: a comma, or a conjunction ("while Clinton leads ..., she trails ...")
_POLL_CLAUSE_OPENING = re.compile(r"(?:,|(?<![\w’'])(?:while|although|though|but|But|with|as|and))\s++")
#: Words that make "in ... poll" one poll: "in the latest poll", "in the same survey".
_NAMED_POLL_WORDS = frozenset({"latest", "new", "same", "recent", "this", "that", "last", "its", "their"})
#: How far before "in ... poll" the clause it credits may open (characters).
_POLL_REACH = 200


def _in_poll_claim(text: str, masked: str, start: int, end: int) -> Claim | None:
    """``Trump has a decisive lead in the latest polls``: the clause before "in ... poll", credited to the poll."""
    poll = _IN_POLL.search(masked, start, end)
    if poll is None:
        return None
    words = poll.group("m").split()
    if not any(word[:1].isupper() or word[:1].isdigit() or word in _NAMED_POLL_WORDS for word in words):
        return None  # "in the polls", "in national polls": no one poll named
    before = poll.start()  # where the white space before "in" opens
    while before > start and masked[before - 1].isspace():
        before -= 1
    first = max(start, before - _POLL_REACH)
    for opening in _POLL_CLAUSE_OPENING.finditer(masked, first, before):
        first = opening.end()
    content = _good(text, masked, first, before)
    if content is None:
        return None
    head = masked[content[0] : content[1]].split()[0].lower()
    if head in _SUBORDINATE or head in {"who", "which", "where", "despite", "depending"}:
        return None  # "when Sanders began closing on Clinton in national polls": no finding, a time
    return Claim(content, (poll.start("m"), poll.end("m")), (poll.start("c"), poll.end("c")))


# any verb form right before a "that" that opens a clause: "The campaign projects that ...", "X calculates that"
_VERB_THAT = re.compile(
    r"(?<![\w’'])(?P<v>[a-z]{2,}(?:ed|es|s|ing))(?:\s++(?:out|up|clear|repeatedly|publicly|privately))?"
    r"\s++(?P<that>that)\s++(?=(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|this|these|those|some|"
    r"many|most|no|[A-Z0-9“\"])(?![\w’']))"
)
#: Words before "that" that are no verb reporting a clause.
_NOT_THAT_VERBS = frozenset(
    {"was", "is", "has", "does", "goes", "as", "this", "thus", "less", "unless", "yes", "its", "his", "hers", "ours",
     "yours", "plus", "times", "days", "years", "weeks", "months", "things", "ways", "means", "gets", "makes",
     "seems", "ensures", "ensured", "ensuring", "so", "such", "now", "given", "except", "provided", "assuming",
     "turns", "meaning", "grows", "surprised", "guarantees"}
)  # fmt: skip


def _that_claims(text: str, masked: str, start: int, end: int, found: list[Claim]) -> list[Claim]:
    """``The campaign projects that ...``: a verb outside the lists, a subject before it and a clause after
    "that"."""
    out: list[Claim] = []
    for match in _VERB_THAT.finditer(masked, start, end):
        verb = match.group("v")
        that = match.start("that")
        if verb in _NOT_THAT_VERBS or any(c.content[0] <= that < c.content[1] or c.content[0] == that for c in found):
            continue
        at = match.start("v")
        if verb.endswith("ing"):
            if not masked[max(start, at - 3) : at].rstrip().endswith(","):
                continue
            subject = _sentence_subject(masked, start, at)
        elif verb.endswith("ed"):
            subject = _subject_mention(masked, max(start, at - 160), at) or loose_subject(masked, start, at)
        else:
            # "projects", "calculates": a present form only after a mention ("the issues that" is a relative)
            subject = _subject_mention(masked, max(start, at - 160), at)
        if subject is None:
            continue
        content = _good(text, masked, that, _clause_end(masked, that, end, start, subject[0]))
        if content is not None:
            out.append(Claim(content, subject, (at, match.end("v"))))
    return out


# "As Ann Lee noted (on Tuesday)": "as", a source and a cue, then a comma or the sentence end
_AS_SOURCE = re.compile(rf"(?<![\w’'])[Aa]s\s++(?P<m>{LOOSE_MENTION}){_ADVERBS}\s++\Z")
_AS_AFTER = re.compile(rf"{_TRAILER}\s*+(?:(?P<comma>,)|[.!?]*[\"”’»)]*\s*\Z)")


def _as_claim(text: str, masked: str, start: int, end: int, cue: re.Match[str]) -> Claim | None:
    """``As Ann Lee noted, CONTENT.`` and ``CONTENT, as Ann Lee noted.``: the clause the credit leads or closes."""
    window = max(start, cue.start() - 100)
    if masked.find(" as ", max(0, window - 1), cue.start()) < 0 and masked.find("As ", window, cue.start()) < 0:
        return None  # no "as" before the cue: the pattern need not run
    passive = _as_passive_claim(text, masked, start, end, cue)
    if passive is not None:
        return passive
    source = _AS_SOURCE.search(masked, window, cue.start())
    if source is None:
        return None
    after = _AS_AFTER.match(masked, cue.end(), end)
    if after is None:
        return None
    return _as_credited(text, masked, start, end, cue, source.start(), after, source.span("m"))


# "As (first) reported by The Daily Star, ...", "..., as noted by the council.": "as", a participle, "by" and the
# source, then a comma or the sentence end
_AS_PASSIVE = re.compile(r"(?<![\w’'])[Aa]s\s++(?:(?:first|previously|earlier|originally|also)\s++)?\Z")
_BY_SOURCE = re.compile(r"\s++by\s++(?P<m>[^\s,;:.!?][^,;:!?]{0,80}?)(?:(?P<comma>\s*+,)|[.!?]*[\"”’»)]*\s*\Z)")


def _as_passive_claim(text: str, masked: str, start: int, end: int, cue: re.Match[str]) -> Claim | None:
    """``As reported by X, CONTENT.`` and ``CONTENT, as reported by X.``: the passive credit."""
    if not cue.group().endswith("ed"):
        return None
    credit = _AS_PASSIVE.search(masked, max(start, cue.start() - 20), cue.start())
    source = _BY_SOURCE.match(masked, cue.end(), end) if credit is not None else None
    if credit is None or source is None:
        return None
    return _as_credited(text, masked, start, end, cue, credit.start(), source, source.span("m"))


def _as_credited(
    text: str,
    masked: str,
    start: int,
    end: int,
    cue: re.Match[str],
    opening: int,
    after: re.Match[str],
    source: tuple[int, int],
) -> Claim | None:
    """The claim of an "as" credit opening at ``opening`` and read up to ``after`` (whose group "comma" says
    whether a comma follows it): the clause after it when it leads the sentence ("As Ann Lee noted, ..."), the
    clause before its comma when it closes the sentence ("..., as noted by the council.")."""
    before = masked[start:opening].strip(" ,")
    if after.group("comma") and before in {"", "But", "And", "So", "Yet", "Still"}:
        content = _good(text, masked, after.end(), _clause_end(masked, after.end(), end, start, start))
    elif not after.group("comma") and masked[start:opening].rstrip().endswith(","):
        content = _good(text, masked, start, masked.rindex(",", start, opening))
    else:
        return None
    mention = _mention_in(masked, *source)
    if content is None or mention is None:
        return None
    return Claim(content, mention, (cue.start(), cue.end()))


#: Verbs of speech that are verbs of stance too: without a clause after them their object is the stance
#: ("agreed to pay", "vowed to fight", "promised a recount").
#: Verbs of belief and evidence: a stance only with a mention right before them.
_OWN_SUBJECT_RULE = frozenset({"believe", "believes", "believed", "think", "thinks", "thought", "showed", "shown"})
#: Verbs of speech and evidence whose object is what the source holds ("acknowledged the error", "warned of a
#: storm"), each kept at precision >= 0.6 on PolNeAR train (verbs of belief keep their own rule: a subject
#: right before them).
_SPOKEN_STANCES = (
    frozenset(STANCE_VERBS)
    | frozenset(CLAIM_STANCE_VERBS)
    | frozenset(
        {"reports", "learned",
         "answer", "answered", "answering", "claim", "claims", "claimed", "indicated", "read", "argued", "recalling",
         "pledge", "tweeting", "estimates", "announced", "warned", "wonder", "agrees", "suggesting", "admitted",
         "admitting", "complained", "insisted", "boasted", "boasts", "reveal", "promises", "describing",
         "acknowledged", "believe", "believes", "believed", "think", "thinks", "thought"}
    )
)  # fmt: skip


# ", Mr. DiPietro said, ..." / ", said the spokeswoman, ...": a credit between commas inside the sentence
_MIDDLE = re.compile(
    rf",\s*+(?:(?P<m>{LOOSE_MENTION}){_E}{_ADVERBS}\s+(?P<c>{CUE})|(?P<c2>{_INVERTED}){_E}\s+(?P<m2>{MENTION})){_E}"
    rf"{_TRAILER}\s*+,"
)


_APPOSITIVE_LEAD = re.compile(
    r"\s*+(?:a|an|the|of|from|who|which|one|now|then|[a-z]+(?:man|woman|person|er|or|ist))(?![\w’'])"
)

#: Words that make a clause of what follows an inverted credit ("The plan, said Ann Lee, is dead."): without any of
#: them, the rest of the sentence describes the source (", said Ann Lee, founding director of Harbour Watch.").
_CLAUSE_SIGNS = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
     "must", "should", "shall", "do", "does", "did", "that", "there", "he", "she", "it", "they", "we", "i", "you",
     "isn’t", "wasn’t", "won’t", "can’t", "don’t", "doesn’t", "didn’t"}
)  # fmt: skip
#: How many words a description after an inverted credit may have.
_DESCRIPTION_WORDS = 16


def _describes_source(masked: str, start: int, end: int) -> bool:
    """Whether the rest of a sentence after an inverted credit and its comma is a description of the source, not
    more of the claim: a short run of words with no verb of a clause ("of the Harbour Council", "founding director
    of Harbour Watch", "PG&E’s principal meteorologist")."""
    words = masked[start:end].split()
    if not words or len(words) > _DESCRIPTION_WORDS:
        return False
    first = words[0]
    if first.islower() and first.endswith("s") and not first.endswith(("ss", "us", "’s", "'s")):
        return False  # ", said Ann Lee, needs more work": a verb in "-s" goes on with the sentence's subject
    return not any(word.strip(",.!?;:()\"“”‘’'").lower() in _CLAUSE_SIGNS for word in words)


# a participle of speech right after a credit between commas: the credit closes the claim before it; so does a
# second credit ("..., the commission said, according to Reuters.")
_GOES_ON = re.compile(
    r"\s*+(?:adding|saying|noting|explaining|arguing|insisting|stating|continuing|citing|according\s++to)(?![\w’'])"
)
#: How far into its sentence a credit between commas may sit (characters).
_MIDDLE_REACH = 300


#: Verbs whose "-s" form reads as a noun elsewhere ("his notes"): between a source and a comma right after them they
#: are verbs ("Voters, Ann Lee notes, want ...").
_MIDDLE_WEAK = frozenset({"notes", "adds", "note", "add"})


def _middle_claim(text: str, masked: str, start: int, end: int, cue: re.Match[str]) -> Claim | None:
    """``In any case, X said, the industry was ...``: a credit set off by commas inside a sentence; the claim is
    the whole sentence around it (one span: the credit stays inside it)."""
    if cue.group() in WEAK_CUES and (cue.group() not in _MIDDLE_WEAK or not masked.startswith(",", cue.end())):
        return None  # "the books add to her work, ...": a weak verb credits only with the comma right after it
    if masked.find(",", cue.end(), cue.end() + 80) < 0:
        return None  # a credit set off by commas has one after its cue
    comma = masked.rfind(",", max(start, cue.start() - 120), cue.start())
    if comma < 0 or comma - start > _MIDDLE_REACH or masked[start:comma].count(",") > 1:
        return None
    match = _MIDDLE.match(masked, comma, end)
    if match is None or match.end() >= end - 1 or match.start("c" if match.group("c") else "c2") != cue.start():
        return None
    if masked[comma - 1] in "”\"’»'" or (
        cue.group() in WEAK_CUES and not (match.group("c") and cue.group() in _MIDDLE_WEAK)
    ):
        return None  # "“...,” he said, ...": the quote desk has it
    # "The plan, he says, is dead.": two plain words after a credit in subject-verb order make a clause; a quote
    # after it ("..., he said, “...”") is the quote desk's, and after "said X," two words are an appositive
    least = 2 if match.group("c") and not _QUOTE_MARK.search(text, match.end(), end) else 3
    if _words(masked, start, comma) < 2 or _words(masked, match.end(), end) < least:
        return None
    if _GOES_ON.match(masked, match.end(), end):
        # "..., Spicer said, adding, “...”": the credit closes the claim, the participle opens what follows
        content = _good(text, masked, start, comma)
    elif match.group("c2") and (
        _APPOSITIVE_LEAD.match(masked, match.end(), end) or _describes_source(masked, match.end(), end)
    ):
        return None  # "..., said Jane Hill, a professor at ...": an appositive of the source, not more content
    else:
        content = _good(text, masked, start, _clause_end(masked, match.end(), end, start, start))
    m = "m" if match.group("m") else "m2"
    mention = _mention_in(masked, match.start(m), match.end(m))
    if content is None or mention is None:
        return None
    return Claim(content, mention, (cue.start(), cue.end()))


# ", who (on Tuesday) endorsed": a relative pronoun as the subject, its antecedent before it
_RELATIVE_BEFORE = re.compile(
    r"(?<![\w’'])(?P<rel>who|which)(?:\s++(?:\w+ly|also|later|then|once|had|has|have|would|will|did|does|not|never|"
    r"on\s++\w+day|last\s++\w+|in\s++\d{4}))*\s*+$"
)
# "About three-quarters (of voters) support", "19 percent of college students want": a share as the subject
_QUANTITY = re.compile(
    r"\s*+(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Oo]nly|[Jj]ust|[Ss]ome|[Oo]ver|[Mm]ore\s+than|[Ff]ewer\s+than|"
    r"[Ll]ess\s+than|[Aa]t\s+least|[Aa]round)\s+)?(?:\d[\d,.]*+(?:\s+percent|%)?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|"
    r"[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Hh]alf|[Mm]ost|[Mm]any|[Ff]ew|(?:[Aa]|[Tt]he)\s+(?:majority|plurality|third|quarter)|"
    r"[Mm]ajorities|(?:two|three)-(?:thirds|quarters))(?![\w’'])"
)
_MAIN_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might)(?![\w’'])")
# a verb of speech or belief in the present, followed by "that": the main verb after a relative clause
_SPOKEN_AFTER = re.compile(
    r"\s(?:say|says|said|argue|argues|argued|believe|believes|believed|think|thinks|thought|claim|claims|claimed|"
    r"insist|insists|insisted|warn|warns|warned|contend|contends|contended)\s++that(?![\w’'])"
)
#: How far before its verb a share is looked for (characters).
_QUANTITY_REACH = 200
#: How many words a share that is a verb's subject may have ("about 6 in 10 white men").
_QUANTITY_WORDS = 14


# what ends a phrase that is a time, not an antecedent ("this year, who"); the words of a phrase
_TIME_HEADS = ("day", "week", "month", "year", "night", "morning", "afternoon", "evening", "time")
_PHRASE_WORD = re.compile(r"[\w’'\-]+")
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"}
)  # fmt: skip


def _relative_subject(masked: str, start: int, verb: int) -> tuple[int, int] | None:
    """``X, who endorsed Y``: the person the relative pronoun stands for, else the short noun phrase before it
    ("critics who say"), else the pronoun."""
    window = masked[max(start, verb - 60) : verb]
    if "who" not in window and "which" not in window:
        return None
    relative = _RELATIVE_BEFORE.search(masked, max(start, verb - 60), verb)
    if relative is None:
        return None
    before = mentions(masked, max(start, relative.start() - 100), relative.start())
    if before and masked[before[-1][1] : relative.start()].strip() in {",", "—", "–", "--", ""}:
        return before[-1]
    pronoun = (relative.start("rel"), relative.end("rel"))
    end = relative.start()
    while end > start and masked[end - 1] == " ":
        end -= 1
    if relative.group("rel") == "which" and masked[end - 1 : end] == ",":
        return pronoun  # "..., which suggests": often the whole clause before, no phrase to name
    end -= masked[end - 1 : end] == ","
    phrase = _short_noun_phrase(masked, start, end)
    if phrase is None or masked[phrase[0] : phrase[1]].endswith(_TIME_HEADS):
        return pronoun  # "Portman this year, who endorsed": a time is no antecedent
    words = list(_PHRASE_WORD.finditer(masked, phrase[0], phrase[1]))
    for index in range(len(words) - 2, 0, -1):
        if words[index].group().lower() in PREPOSITIONS:
            if words[index + 1].group().lower() in _DETERMINERS:
                return phrase[0], words[index - 1].end()  # "that person in your life who": before the preposition
            # "a practical gift for someone who loves", "stories of students who understood": the last noun
            return words[index + 1].start(), phrase[1]
    # "counter-protesters who have vowed", "a campaign group which advocates": the unnamed antecedent
    return phrase


#: Heads of a subject that holds a belief as a group ("Kasich's team thinks", "few believe").
_GROUP_HEADS = frozenset(
    {"team", "campaign", "camp", "staff", "few", "many", "most", "some", "both", "others", "party", "leadership",
     "administration", "committee", "majority"}
)  # fmt: skip


def _group_subject(masked: str, start: int, verb: int) -> tuple[int, int] | None:
    """The loose subject of a verb of belief when its head is a group or a plural ("Kasich's team thinks",
    "Clinton strategists think", "many officials on the island believe", "few believe")."""
    subject = loose_subject(masked, start, verb)
    if subject is None:
        return None
    head = masked[subject[0] : subject[1]].rsplit(None, 1)[-1].lower()
    if head in _GROUP_HEADS or (head.endswith("s") and not head.endswith(("’s", "'s", "ss")) and len(head) > 3):
        return subject
    return None


# a verb reporting a that-clause right before "that" ("suggest", "are showing", "is"), not a noun ("one that")
_CLAUSE_VERB_BEFORE = re.compile(rf"(?:(?<![\w’'])(?:is|was|are|were)|{CLAIM_CUE})\Z")


def _quantity_subject(masked: str, start: int, verb: int) -> tuple[int, int] | None:
    """``About two-thirds of voters support``: a share opening the clause of the verb."""
    start = max(start, verb - _QUANTITY_REACH)
    clause = max(start, masked.rfind(",", start, verb) + 1)
    for word in (" while ", " but ", " and ", "; "):
        found = masked.rfind(word, clause, verb)
        if found >= 0:
            clause = found + len(word)
    that = masked.rfind(" that ", clause, verb)
    opened = that >= 0 and _CLAUSE_VERB_BEFORE.search(masked, max(clause, that - 30), that) is not None
    if opened:
        clause = that + 6  # "Many reports suggest that harbour pilots ...": the that-clause opens the verb's clause
    if _QUANTITY.match(masked, clause, verb) is None or len(masked[clause:verb].split()) > _QUANTITY_WORDS:
        return None
    if opened and _SHARE_VERB.search(masked, clause, verb) is not None:
        return None  # "... show that 70 percent said they would vote for her or (leaning)": no share alone
    return _trim(masked, clause, verb)


# a verb inside what would be a share: "is", "was", or a verb of speech ("one of his weaknesses is ...")
_SHARE_VERB = re.compile(rf"(?<![\w’'])(?:is|was|are|were|{CLAIM_CUE})(?![\w’'])")


#: Participles of stance that describe the noun right before them ("a super PAC backing Bush").
_NOUN_PARTICIPLES = frozenset(
    {"supporting", "backing", "opposing", "endorsing", "talking about", "referring to", "criticizing", "attacking",
     "calling for", "urging", "demanding", "praising", "denouncing", "condemning", "defending", "pushing for"}
)  # fmt: skip
# what the object of such a participle opens with: a determiner, a pronoun or a capital
_OBJECT_START = re.compile(r"\s++(?:the|a|an|his|her|their|its|this|these|those|him|them|[A-Z])")


# a short noun phrase ending right before a participle: "a group", "the super PAC", "pastors"
_SHORT_NOUN_PHRASE = re.compile(
    r"(?:(?<![\w’'])(?:the|a|an|his|her|their|its|this|that|one|two|three|many|some)\s++(?:[\w’'\-]++\s++){0,3}?"
    r"|(?<![\w’']))[\w’'\-]*[A-Za-z]\s*+\Z"
)


def _short_noun_phrase(masked: str, start: int, verb: int) -> tuple[int, int] | None:
    """A determiner and up to four words, or one plural or capitalised word, right before ``verb``."""
    window = max(start, verb - 60)
    match = _SHORT_NOUN_PHRASE.search(masked[window:verb])
    if match is None:
        return None
    phrase = match.group().split()
    if len(phrase) == 1 and not (phrase[0][:1].isupper() or phrase[0].endswith("s")):
        return None
    if phrase[-1].lower() in PREPOSITIONS or phrase[-1].lower() in _SUBORDINATE:
        return None
    return _trim(masked, window + match.start(), verb)


# a preposition tying a name to the noun before it: "officials in (Harbour Bay)", "Tom Hale at (Harbour Money)"
_PLACE_TIE = re.compile(r"(?<=[\w.])\s++(?:based\s++)?(?:in|at|from|with|near)\s++(?:the\s++)?\Z")


def _holder_of_place(masked: str, start: int, found: list[tuple[int, int]], index: int) -> tuple[int, int] | None:
    """The subject mention ``found[index]``, unless it only says where the subject is or works ("Health
    officials in Harbour Bay confirmed", "Tom Hale at Harbour Money suggests"): then the name right before
    the preposition, or the noun phrase that holds both; the place itself when there is none."""
    span = found[index]
    tie = _PLACE_TIE.search(masked, max(start, span[0] - 16), span[0])
    if tie is None:
        return named_before_description(masked, found, index)
    if index > 0 and found[index - 1][1] == tie.start() and masked[found[index - 1][0]].isupper():
        return found[index - 1]
    if index > 0 and masked[found[index - 1][0]].isupper():
        # "Ann Lee, a visiting fellow at the Harbour Institute, said": the name the description follows
        between = masked[found[index - 1][1] : tie.start()]
        closed = masked.startswith(",", span[1])
        words = between.split()
        described = _DESCRIBED.fullmatch(between) and len(words) <= _HOLDER_WORDS and words[1] not in PREPOSITIONS
        if closed and described:
            return found[index - 1]
    head = masked[max(start, tie.start() - 20) : tie.start()].rsplit(None, 1)[-1].lower()
    if head.endswith(_NOT_A_NOUN_HEAD):
        return span  # "writing in", "wounded in", "particularly in": no noun the place qualifies; as before
    # "officials with the Harbour Council (made clear)": the whole phrase, else the place as before
    phrase = loose_subject(masked, start, span[1])
    if phrase is None or phrase[0] >= tie.start():
        return span
    words = masked[phrase[0] : tie.start()].split()
    if len(words) > _HOLDER_WORDS or any(word.lower().endswith(_NOT_A_NOUN_HEAD) for word in words):
        return span  # "citing data from", "The routine begins with": a clause, not a noun phrase
    return phrase


# a description set off by commas after a name: ", a visiting fellow (at ...),", ", principal analyst (at ...),"
_DESCRIBED = re.compile(r",\s++(?:(?:a|an|the)\s)?[a-z][a-z\s\-]*+")
# endings of a word before "in"/"at" that is no noun: a participle, a past form, an adverb
_NOT_A_NOUN_HEAD = ("ing", "ed", "ly", "spent", "was", "were", "is", "are", "been", "be", "begins", "has", "have")
#: How many words the noun phrase before the place may have ("the executive team from ...").
_HOLDER_WORDS = 4


def _joined_after_preposition(masked: str, start: int, mention: int) -> bool:
    """Whether a mention is the second of two names after a preposition: "between Putin and Trump"."""
    before = masked[max(start, mention - 40) : mention].split()
    return (
        len(before) > 2
        and before[-1] in {"and", "or"}
        and before[-2][:1].isupper()
        and before[-2][-1:].isalpha()
        and before[-3] != "to"
        and before[-3].lower() in PREPOSITIONS
    )


def _coordinated_subject(masked: str, sentence: int, verb: int) -> tuple[int, int] | None:
    """The subject of a verb joined to the sentence's first verb by "and" or "but": the sentence's first
    mention in subject position."""
    joined = _COORDINATED.search(masked, max(sentence, verb - 40), verb)
    if joined is None:
        return None
    first = next((span for span in mentions(masked, sentence, verb) if is_subject(masked, span[0])), None)
    if first is None:
        return _opening_phrase_subject(masked, sentence, joined.start())
    subject_start, subject_end = first
    word = masked[subject_start:subject_end]
    for contraction in ("’re", "'re", "’ve", "'ve", "’ll", "'ll", "’d", "'d"):
        if word.endswith(contraction):
            subject_end -= len(contraction)  # "They’re less hostile ... and agree": the pronoun alone
            break
    return subject_start, subject_end


#: Words opening a sentence that are no part of a noun phrase subject: linking adverbs, conjunctions and
#: subordinators ("However the council ..."). Not _cues.SENTENCE_ADVERBS: those are capitals that open no name.
_NO_SUBJECT_OPENERS = frozenset(
    {"however", "now", "given", "but", "and", "so", "still", "yet", "meanwhile", "instead", "also", "then", "even",
     "later", "earlier", "today", "here", "there", "thus", "indeed", "after", "before", "when", "while", "as", "if"}
)  # fmt: skip


def _opening_phrase_subject(masked: str, sentence: int, joined: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence before its first verb, when no name or pronoun is its subject ("The
    council also announced ... and said ...": "The council"); none after a sentence adverb, across a comma or a
    verb in "-ed"."""
    opening = _VERBS_RE.search(masked, sentence, joined)
    if opening is None or masked.startswith(",", opening.end()):
        return None  # "All told, the sale ...": a verb closed by a comma is no verb of the sentence's subject
    subject = _noun_phrase_subject(masked, sentence, opening.start())
    if subject is None or masked[sentence : subject[0]].strip(" “\"‘'(") or "," in masked[subject[0] : opening.start()]:
        return None
    words = masked[subject[0] : subject[1]].split()
    if words[0].lower() in _NO_SUBJECT_OPENERS or any(word.endswith("ed") for word in words[1:]):
        return None  # "However, ...", "The town released a statement ...": no noun phrase of its own
    return subject


def _opens_appositive(masked: str, named: tuple[int, int]) -> bool:
    """Whether a mention opens with a capitalised word that is no article ("Tom Hale", not "The ...") and an
    aside follows it (", a scientist at ...", ", 45, of ...", ", part of ..."), not a clause (a vocative's "Folks, if
    you ...")."""
    at = named[0]
    word = masked[at : at + 12].split(None, 1)[0] if masked[at : at + 12].strip() else ""
    return word[:1].isupper() and word not in _ARTICLE_WORDS and _CLAUSE_AFTER.match(masked, named[1]) is None


_CLAUSE_AFTER = re.compile(
    rf",\s++(?:{word_alternation((*CLAUSE_OPENERS, 'and', 'but', 'or', 'so', 'I', *(PRONOUNS - {'i'})))})(?![\w’'])"
)


_ARTICLE_WORDS = frozenset({"The", "A", "An", "This", "That", "These", "Those"})


def _latest_mention(masked: str, start: int, verb: int) -> tuple[int, int] | None:
    """The mention that ends right before ``verb`` (one space between)."""
    found = mentions(masked, max(start, verb - 80), verb)
    if found and not masked[found[-1][1] : verb].strip():
        return found[-1]
    return None


def _noun_phrase_subject(masked: str, start: int, verb: int) -> tuple[int, int] | None:
    """A noun phrase right before a verb of stance: "the campaign (refused)", "Both candidates (sought)"."""
    word = masked[verb : verb + 20].split(None, 1)[0]
    if word in _NOUN_LIKE_VERBS or _BY_AFTER.match(masked, verb + len(word)):
        return None  # "His harsh attacks on ...", "a staffer backed by the senator": no verb of the phrase
    if _MAIN_VERB.match(masked, verb + len(word)):
        return None  # "the tax plan would ...": the word is a noun, the verb comes after it
    subject = loose_subject(masked, start, verb)
    if subject is None or _joined_after_preposition(masked, start, subject[0]):
        return None  # "the dialogue between Putin and Trump signals": the phrase ends a longer subject
    subject = _after_speech_verb(masked, subject)
    if subject is None:
        return None
    words = masked[subject[0] : subject[1]].split()
    if len(words) > _NOUN_PHRASE_WORDS or any(w.lower() in _NOT_IN_NOUN_PHRASE for w in words):
        return None  # "Emanuel continues to face (questions)": a clause, not a noun phrase
    if len(words) > 1 and words[-1].endswith(("n’t", "n't")):
        # "The union didn’t (endorse)": the negated auxiliary is no part of the source
        return subject[0], masked.rindex(words[-2], subject[0], subject[1]) + len(words[-2])
    return subject


#: Prepositions that open no share ("about 20 people", "over half" are subjects).
_PREPOSITIONS_NO_SHARE = PREPOSITIONS - {"about", "over", "around"}


def _after_speech_verb(masked: str, subject: tuple[int, int]) -> tuple[int, int] | None:
    """A loose subject without the verb of speech (and what stands before it) that opens the clause it heads:
    "said nearly every pilot" -> "nearly every pilot"; None when nothing follows the verb, or a preposition does
    ("he said of the harbour master": whom it was said of, not the subject)."""
    words = list(_WORD_SPAN.finditer(masked, *subject))
    for index in range(len(words) - 1, -1, -1):
        if words[index].group().lower() in _SPEECH_BEFORE_SUBJECT:
            after = index + 1
            if (
                words[index].group().lower() in {"told", "tells"}
                and after < len(words) - 1
                and words[after].group().lower() in {"me", "him", "her", "us", "them", "you"}
            ):
                after += 1  # "he told me he (hoped)": the audience is no part of the subject
            if after == len(words) or words[after].group().lower() in _PREPOSITIONS_NO_SHARE:
                return None
            return words[after].start(), subject[1]
    return subject


#: Verb forms that are mostly nouns: after a phrase that is no mention they are read as nouns.
_NOUN_LIKE_VERBS = frozenset(
    {"support", "attacks", "calls", "views", "offers", "demands", "favor", "vote", "compared", "focused", "embraced"}
)
_BY_AFTER = re.compile(r"\s++(?:by|with|as)(?![\w’'])")
#: How many words a noun phrase that is the subject of a verb of stance may have.
_NOUN_PHRASE_WORDS = 6
_NOT_IN_NOUN_PHRASE = frozenset(
    {"to", "is", "are", "was", "were", "has", "have", "had", "be", "been", "would", "will", "did", "does", "do",
     "could", "should", "must", "can", "may", "might", "not", "-", "—", "–", "i", "you", "what", "there", "it"}
)  # fmt: skip
#: Verbs of speech that open the clause said: a subject found across one starts after it ("said nearly every pilot
#: (wants)": "nearly every pilot").
_SPEECH_BEFORE_SUBJECT = frozenset(
    {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "noted", "notes"}
)


# the particle after a verb of stance ("called for a ban")
_PARTICLE = re.compile(r"\s+(\w+)\s")


# a time closing the object of a verb of stance: "endorsed Cruz last week", "backed him on Tuesday"
_TIME_AFTER = re.compile(
    r"(?:,?\s++(?:(?:(?:earlier|later)\s++)?(?:last|this|next|early|late|earlier|later)\s++(?:week|month|year|night|"
    r"weekend|spring|summer|fall|"
    r"winter|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:on\s++)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s++(?:night|morning|afternoon|evening))?|in\s++(?:19|20)\d\d|yesterday|today|tonight))++[.!?]?\Z"
)
_TIME_WORDS = ("day", "week", "month", "year", "night", "19", "20")


def _before_time(masked: str, start: int, end: int) -> int:
    """Where an object ends before a time that closes it ("Cruz last week" -> "Cruz"); ``start`` when the time is
    all there is."""
    tail = max(start, end - 40)
    piece = masked[tail:end]
    if not any(word in piece for word in _TIME_WORDS):
        return end
    if tail == start and start > 0 and masked[start - 1].isspace():
        tail -= 1  # the object opens with the time: the space before it opens the time phrase
    match = _TIME_AFTER.search(masked, tail, end)
    if match is None:
        return end
    # the whole object a time ("a vehicle, which Bezos announced earlier this year"): the object came before
    return max(start, match.start())


# a pronoun or a name as the whole object, then where, when or how the stance was taken: "endorsed Mr. Lee at a
# rally", "praised her after the rescue", "backed Lee in March"
_SETTING_OBJECT = re.compile(
    r"\s*+(?:him|her|it|them|this|those|these|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s++)?[A-Z][\w’'\-]*+"
    r"(?:\s++[A-Z][\w’'\-]*+){0,2})(?=\s++(?:at|in|after|from|during|through)\s)"
)


def _before_setting(masked: str, start: int, end: int) -> int:
    """Where an object that is a pronoun or a name ends before the setting of the stance ("Lee at a rally")."""
    match = _SETTING_OBJECT.match(masked, start, end)
    return match.end() if match is not None else end


# what follows "appeared" when someone showed up somewhere: a place, a programme, company
_APPEARANCE = re.compile(
    r"\s++(?:at|on|in|before|with|alongside|onstage|together|during|from|beside|via|live|briefly|outside|inside)(?![\w’'])"
)


# "pledged delegates", "pledged superdelegates": the delegates bound to a candidate
_DELEGATES = re.compile(r"\s++(?:super)?delegates?(?![\w’'])")

# "looking to expand", "looking for a deal", "looking forward to the race", "looking into the deal": an aim, a
# hope, an inquiry; "looking at the figures", "looking back", "looking stunning" is a glance or a look, no stance
_LOOKING_AIM = re.compile(r"(?:\s++\w+ly)?\s++(?:to|for|forward|ahead|out|past|elsewhere|instead|into)(?![\w’'])")


# "what’s called", "it’s dubbed", "that’s also called": a contracted "is" (no "has": "he’s called Tom Hale a liar")
_CONTRACTED_IS = re.compile(r"(?<![\w’'])(?:[Ww]hat|[Ii]t|[Tt]hat)[’']s\s++(?:(?:also|now|often|\w+ly)\s++)?\Z")
#: Participles whose object comes before their complement ("accused Tom Hale of theft", "praised the crew for
#: ..."): with the complement right after them ("accused of theft", "praised for ...") they are passive, whatever
#: stands before them ("he's", "stands", "the skipper").
_OBJECT_FIRST = frozenset(
    {"accused", "praised", "criticized", "criticised", "condemned", "faulted", "blasted", "slammed", "commended",
     "rebuked", "thanked", "lambasted", "chided", "scolded", "berated", "castigated", "reprimanded", "pilloried"}
)  # fmt: skip
_COMPLEMENT_NO_OBJECT = re.compile(r"\s++(?:of|for)\s")
# what stands before such a participle when it is passive: a form of "be" or "stand" ("he's accused", "stands
# accused", "was also accused"), or a noun the participle describes ("the skipper accused of ...")
_BEFORE_PASSIVE = re.compile(
    r"(?:(?<![\w’'])(?:is|are|was|were|be|been|being|stands?|stood|standing)|[’'](?:s|re)|(?<![\w’'])(?P<n>[a-z]+))"
    r"\s++(?:(?:also|now|widely|since|later|then|once|\w+ly)\s++)?\Z"
)
#: Words before the participle that are no noun it describes: its subject ("the man she accused of ...") or
#: an auxiliary of the active ("whom she has accused of ...").
_NOT_DESCRIBED = PRONOUNS | frozenset(
    {"has", "have", "had", "who", "whom", "that", "which", "and", "or", "me", "us", "him", "her", "them", "not",
     "never"}
)  # fmt: skip


def _passive_participle(masked: str, start: int, verb: re.Match[str]) -> bool:
    """Whether a participle whose object comes before its complement has none: "accused of", "praised for"
    right after a form of "be" or "stand" or after the noun they describe."""
    if _COMPLEMENT_NO_OBJECT.match(masked, verb.end()) is None:
        return False
    before = _BEFORE_PASSIVE.search(masked, max(start, verb.start() - 30), verb.start())
    return before is not None and (before.group("n") is None or before.group("n") not in _NOT_DESCRIBED)


#: Adjectives that hold a stance after a linking verb ("ready to", "proud of").
_STANCE_ADJECTIVES = frozenset(
    {"open", "proud", "hostile", "aware", "nervous", "upbeat", "committed", "ready", "reluctant", "prepared",
     "hesitant", "unwilling", "opposed", "adamant", "concerned", "satisfied", "unhappy", "excited"}
)  # fmt: skip
# a linking verb right before such an adjective: "stands ready to", "seems reluctant to", "Get ready to"
_LINKING_BEFORE = re.compile(
    r"(?<![\w’'])(?:stand|stands|stood|seem|seems|seemed|appear|appears|appeared|look|looks|looked|remain|remains|"
    r"remained|feel|feels|felt|get|gets|got|Get|become|becomes|became)\s++(?:\w+ly\s++)?\Z"
)


def _stance_claim(text: str, masked: str, start: int, end: int, verb: re.Match[str]) -> Claim | None:
    """``X wants to ...``, ``X endorsed Y``: a named subject right before a verb of stance."""
    at = verb.start()
    participle = verb.group() in STANCE_PARTICIPLES
    if participle or verb.group().split()[0].endswith("ing"):
        # "Clinton is calling for ...", "he’s hoping ...": after a form of "be" the participle is the finite verb
        aux = _progressive(masked, start, verb.start())
        if aux is not None:
            at, participle = aux, False
    elif masked[verb.start() - 2 : verb.start() - 1].isalpha():
        # "who can support ...", "Lee could endorse ...": the subject stands before the modal
        modal = _MODAL.search(masked, max(start, verb.start() - 30), verb.start())
        if modal is not None:
            at = modal.start()
    if at == verb.start() and not participle:
        at = _aspect(masked, start, at)
    if at == verb.start() and verb.group().split()[0] in _STANCE_ADJECTIVES:
        linking = _LINKING_BEFORE.search(masked, max(start, at - 24), at)
        if linking is not None:
            if not masked[start : linking.start()].strip():
                return None  # "Get ready to enjoy ...": an imperative, no one holds the stance
            at = linking.start()  # "the council stands ready to", "seems ready to": the subject is before the verb
    if verb.group().startswith("appear") and _APPEARANCE.match(masked, verb.end()):
        return None  # "Trump appeared at the debate": a person showing up, not how a thing seemed
    if verb.group() == "looking" and not _LOOKING_AIM.match(masked, verb.end()):
        return None  # "you are looking at 300 miles", "she is looking stunning": no aim held
    if masked[verb.start() - 1 : verb.start()] == "-" or (
        at == verb.start()
        and (
            (is_noun_use(masked, verb.start()) and _object_verb(masked, at, verb.group()) is None)
            or _preposition_noun(masked, verb.start(), verb.group())
        )
    ):
        return None  # "so-called", "Mr. Hannity's plans", "the continued withdrawals", "amid reports": no verb
    if at == verb.start() and (taken := _object_verb(masked, at, verb.group())) is not None:
        if masked[taken - 1 : taken] == "-" or _PREPOSITION_BEFORE.search(masked, max(0, taken - 12), taken):
            return None  # "despite unprecedented attacks", "employer-sponsored plans": an adjective, a noun phrase
        held = _VERBS_RE.match(masked, taken)
        if held is not None and (held.group("stance") is not None or held.group() in OBJECT_CUES):
            return None  # "Ann Lee cited reports that ...": the verb of stance's own claim holds the reports
        if verb.group() == "reports" and masked.startswith(" that ", verb.end()):
            return None  # "Ann Lee denied reports that ...": the reports speak (below), not the one who denied them
        at = taken  # "He scrapped plans to ...", "Clinton faced questions about ...": the subject of the verb holds it
    be = (
        _BEFORE_PASSIVE.search(masked, max(start, verb.start() - 30), verb.start())
        if verb.group() in _PASSIVE_STANCE
        else None
    )
    if be is not None and be.group("n") is None:
        return None  # "It is also regarded as ...", "is widely believed to have ...": a passive credits no one
    if verb.group() in _OBJECT_FIRST and _passive_participle(masked, start, verb):
        return None  # "he's accused of theft", "the skipper accused of theft": a passive, its subject said nothing
    if verb.group() == "pledged" and _DELEGATES.match(masked, verb.end()):
        return None  # "leads by 271 pledged delegates": an adjective, not a pledge
    if verb.group() in CLAIMING and taken_object(masked, verb.end() + 1, end):
        return None  # "claimed the nomination", "a fire claimed a home": a thing taken, no stance
    subject = None
    if participle:
        # "..., citing the report": a participle after a comma hangs on the subject of the sentence
        if masked[max(start, verb.start() - 3) : verb.start()].rstrip().endswith(","):
            subject = _sentence_subject(masked, start, verb.start())
        elif _PARTICIPLE_LEAD.search(masked, max(start, verb.start() - 8), verb.start()):
            # "by talking about ...", "After praising ..., Lee ...": after a preposition likewise
            subject = _sentence_subject(masked, start, verb.start()) or _main_subject(masked, start, verb.start(), end)
        elif verb.group() in _NOUN_PARTICIPLES and _OBJECT_START.match(masked, verb.end()):
            # "a group backing Bush", "Democrats supporting Mrs. Clinton": the participle describes the noun
            subject = _latest_mention(masked, start, verb.start()) or _short_noun_phrase(masked, start, verb.start())
        else:
            return None
    else:
        found = mentions(masked, max(start, at - 80), at)
        for index in range(len(found) - 1, -1, -1):
            span = found[index]
            if _in_relative_clause(masked, start, span[0]):
                continue  # "Trump, who defeated Kamala Harris, also indicated": Harris is not the subject
            if _joined_after_preposition(masked, start, span[0]):
                break  # "dialogue between Putin and Trump signals": the subject is the phrase around them
            if masked.startswith(",", span[1]) and _after_preposition(masked, span[0]):
                # "Tom Hale, a scientist at the Harbour Institute, cited": the body closes the appositive of a name
                # ("The leader of the Harbour Party, Tom Hale, condemned": the name itself, as before)
                named = _subject_mention(masked, max(start, at - 160), at)
                if named is not None and named[0] < span[0] and _opens_appositive(masked, named):
                    subject = named
                    break
            if _GAP_BEFORE_CUE.fullmatch(masked, span[1], at):
                subject = _holder_of_place(masked, start, found, index)
            break
        if subject is None and at != verb.start():
            subject = _contracted_subject(masked, start, at)
        if subject is None and verb.group() in _OWN_SUBJECT_RULE:
            return None  # "I think ...", "the poll showed ...": their own rules in the speech reading
        if subject is None:
            subject = (
                _relative_subject(masked, start, at)
                or _quantity_subject(masked, start, at)
                or _coordinated_subject(masked, start, at)
                or _noun_phrase_subject(masked, start, at)
                or _appositive_subject(masked, start, at)
            )
    if subject is None:
        return None
    if masked[max(start, subject[0] - 9) : subject[0]].rstrip().endswith((" if", " whether", "If", "Whether")):
        return None  # "When asked if he was open to talks": a question put to him, not a stance he holds
    if verb.group() in OBJECT_CUES:
        before = masked[max(start, subject[0] - 20) : subject[0]].split()[-3:]
        passive = at == verb.start() and (
            _PASSIVE.search(masked, max(start, verb.start() - 8), verb.start())
            or _CONTRACTED_IS.search(masked, max(start, verb.start() - 24), verb.start())
        )
        if passive or "what" in before:
            return None  # "he was accused of", "what aide Kevin Phillips called": not the source's stance
    content_start = verb.end()
    if masked.startswith(",", content_start):
        # "Ann Lee responded, pointing out that ...", "romantic, threatening, or both": no object after the verb
        return None
    shared = _SHARED_OBJECT.match(masked, content_start, end) if verb.group().endswith("ed") else None
    if shared is not None:
        content_start = shared.end()  # "liked and respected them": the two verbs share their object
    particle = _PARTICLE.match(masked[content_start : content_start + 12])
    if particle is not None and particle.group(1) in OBJECT_PARTICLES:
        content_start += particle.end(1)  # "called for a ban": the object follows "for"
    if verb.group() in _TELLING_STANCE:
        told = _TOLD_THAT.match(masked, content_start, end)
        whom = masked[content_start : told.start("that")] if told is not None else ""
        words = whom.split()
        # "assured the public on Monday, in a letter, that the risks were low": whom, then what was told (not a
        # relative or a determiner "that": "persuaded the state to cut fees that ...", "assured of ... in that")
        if (
            told is not None
            and words
            and words[0] != "of"
            and words[-1] not in PREPOSITIONS
            and "to" not in whom.split(",")[0].split()
        ):
            content_start = told.start("that")
    content_end = _clause_end(masked, content_start, end, start, subject[0])
    # the object of a verb of stance is a phrase: it ends at the next comma or coordinated verb
    brk = _hinted_search(_PHRASE_BREAK, _PHRASE_BREAK_HINTS, masked, content_start, content_end)
    if brk is not None and brk.group() == "," and verb.group() in OBJECT_CUES:
        # "accused Cruz, the senator from Texas, of being ...": the object's appositive, then its complement
        complement = _COMPLEMENT.search(masked, brk.end(), min(content_end, brk.end() + _APPOSITIVE_REACH))
        if complement is not None:
            brk = _hinted_search(_PHRASE_BREAK, _PHRASE_BREAK_HINTS, masked, complement.end(), content_end)
    while brk is not None and brk.group() == "," and _between_adjectives(masked, brk.start(), content_end):
        # "agree to large, specific purchases", "a joint, international cluster": a comma between adjectives
        brk = _hinted_search(_PHRASE_BREAK, _PHRASE_BREAK_HINTS, masked, brk.end(), content_end)
    if brk is not None and brk.group() == "," and _list_goes_on(masked, brk.start(), content_end):
        brk = None  # "citing low growth, unemployment and rising inequality": one object, a list
    if brk is not None and _CLAUSE_OBJECT.match(masked, content_start) is None:
        content_end = brk.start()
    closing = _QUOTE_COMMA.search(text, content_start, content_end)
    if closing is not None:
        content_end = closing.end()  # 'called the plan “a disgrace,” adding ...': the comma inside the quote
    described = verb.group() in _NOUN_PARTICIPLES and not masked[subject[1] : verb.start()].strip()
    if (
        described
        or masked[subject[0] : subject[1]] in {"who", "which"}
        or (
            (
                "who" in masked[max(start, verb.start() - 60) : verb.start()]
                or "which" in masked[max(start, verb.start() - 60) : verb.start()]
            )
            and _RELATIVE_BEFORE.search(masked, max(start, verb.start() - 60), verb.start())
        )
    ):
        # "the respondents who support Sanders are in college": the relative clause ends at the main verb, an
        # auxiliary or a verb of speech ("those who oppose the fee argue that ...")
        main = _MAIN_VERB.search(masked, content_start, content_end)
        if main is not None:
            content_end = main.start()
        spoken = _SPOKEN_AFTER.search(masked, content_start, content_end)
        if spoken is not None:
            content_end = spoken.start()
    content_end = _before_setting(masked, content_start, _before_time(masked, content_start, content_end))
    if verb.group() in _NAMING and _name_given(masked, start, verb.start(), verb.end(), content_end):
        return None
    content = _good(text, masked, content_start, content_end, 1)
    if content is None:
        return None
    return Claim(content, subject, (verb.start(), verb.end()))


# a participle opening what follows a verb and its comma: "..., noting that", "..., asking for"
_PARTICIPLE_AT = re.compile(r"\s*+[a-z]{2,}ing(?![\w’'])")
# a second verb in the past joined to a verb of stance in the past by "and" or "or": the object after it is both
# verbs' object ("liked and respected them")
_SHARED_OBJECT = re.compile(r"\s++(?:and|or)\s++(?:\w+ly\s++)?[a-z]{2,}ed(?=\s++\S)")

# an adjective by its ending, and a word after it: "specific agricultural", "international computing"
_ADJECTIVE_NEXT = re.compile(
    r"\s++(?!(?:nevertheless|nonetheless|regardless|meanwhile|instead)\s)"
    r"[a-z]{2,}(?:al|ic|ive|ous|ful|able|ible|ent|ant|ary|less|ish)\s++[a-z]"
)
#: Words after which a single word and a comma are a modifier, not a whole noun phrase ("a joint, ...").
_MODIFIER_LEADS = frozenset(
    {"a", "an", "the", "to", "of", "for", "in", "on", "with", "its", "their", "his", "her", "our", "my", "your",
     "this", "that", "these", "those"}
)  # fmt: skip


def _between_adjectives(masked: str, comma: int, end: int) -> bool:
    """Whether a comma stands between two adjectives of one noun: one word after a determiner or a preposition
    before it, an adjective and another word after it ("agree to large, specific purchases", "a joint,
    international cluster")."""
    if _ADJECTIVE_NEXT.match(masked, comma + 1, end) is None:
        return False
    before = masked[max(0, comma - 40) : comma].split()
    return len(before) >= 2 and before[-1].isalpha() and before[-1].islower() and before[-2].lower() in _MODIFIER_LEADS


#: How many words an item of a list in an object may have (the last holds two: "the levy and the new harbour tax").
_LIST_ITEM_WORDS = 8


def _list_goes_on(masked: str, comma: int, end: int) -> bool:
    """Whether a comma in an object is one of a list's that runs to the end of the object: short items with no verb
    of a clause, "and" or "or" in the last ("low growth, unemployment and rising inequality")."""
    items = masked[comma + 1 : end].split(",")
    last = items[-1].split()
    if "and" not in last and "or" not in last:
        return False
    for item in items:
        words = item.split()
        if not set(words) - {"and", "or"} or len(words) > _LIST_ITEM_WORDS or _PARTICIPLE_AT.match(item):
            return False
        if any(word.lower() in _CLAUSE_SIGNS or word.lower() in _NOT_LIST_WORDS for word in words):
            return False
    return True


#: Words that open or hold a clause or an aside, never an item of a list in an object.
_NOT_LIST_WORDS = frozenset({"which", "who", "whom", "whose", "while", "because", "although", "though", "but", "so"})


#: Verbs of stance whose object is whom they told, before a "that" clause of what they told them.
_TELLING_STANCE = frozenset({"assured", "assures", "assure", "convinced", "persuaded"})
# whom they told (a short phrase, asides set off by commas allowed), then "that"
_TOLD_THAT = re.compile(r"\s++[^.;:!?“”\"]{1,120}?(?:,\s*+|\s++)(?P<that>that)\s")


#: Verbs that may give a name rather than call a thing something.
_NAMING = frozenset({"named", "called", "dubbed", "nicknamed"})
_NAME_AT = re.compile(rf"\s*+(?:{NAME}|[“\"‘](?=\s))")
#: An indefinite article: "a son named ...", "another town called ..."
_INDEFINITE = frozenset({"a", "an", "another"})
#: How many words before the verb of naming may stand between the article and it ("a fledgling psychologist").
_NAMED_NOUN_WORDS = 4


def _name_given(masked: str, sentence: int, verb: int, start: int, end: int) -> bool:
    """``a son named Apollo``, ``a small, rainy town called Harbourton``, ``a club called “Harbour Friends”``, ``a
    local named Ann Lee told ...``: after a noun brought in by an indefinite article, the verb followed by a name
    (or a name in quote marks) gives the name and reports nothing ("Lee called Tom Hale a liar", "the council named
    Ann Lee", "Ann Lee, a harbour pilot, called Tom Hale a liar": the appositive closed by its comma, stay)."""
    if _NAME_AT.match(masked, start, end) is None:
        return False
    words = masked[max(sentence, verb - 60) : verb].split()[-_NAMED_NOUN_WORDS:]
    return bool(words) and not words[-1].endswith(",") and any(word.lower() in _INDEFINITE for word in words)


def _cue_starts(verbs: list[re.Match[str]]) -> list[int]:
    """Where the sentence's cues of speech start (:data:`CUE`'s words: the claim-only ones left out).

    The paragraph's one verb scan finds every cue: a cue is a :data:`CLAIM_CUE` word, tried before the
    stances, and no listed word holds a comma nor, after its first word, a cue that is not the listed word
    itself (tests/test_quotes_cue_lists.py checks the lists). So a cue follows a comma of the sentence
    exactly when one of these starts after it (what a search of :data:`CUE` after the comma would say).
    """
    return [verb.start() for verb in verbs if verb.group("cue") is not None and verb.group() not in CLAIM_ONLY_CUES]


def _cue_between(cues: list[int], comma: int, end: int) -> bool:
    """Whether a cue starts after ``comma`` and before ``end`` (no cue holds the comma, a full stop or a
    semicolon that ends the span, so one that starts inside ends inside)."""
    return any(comma < cue < end for cue in cues)


def _tail_claim(text: str, masked: str, start: int, end: int, cues: list[int]) -> Claim | None:
    """``CONTENT, X said.`` / ``CONTENT, according to X.``: the source closes the sentence.

    ``cues`` are where the sentence's cues start (:func:`_cue_starts`).
    """
    comma = masked.rfind(",", start, end)
    if comma < 0 or comma - start < 10:
        return None
    # a credit "X said" holds a cue: without one after the comma the credit patterns need not run
    cued = _cue_between(cues, comma, end)
    # "..., according to a report by X": the credit is "according to" (the closing credit pattern would read "a
    # report" as a verb with "according to a" for its subject)
    credited = masked.startswith("according to ", comma + 2)
    match = _TAIL.fullmatch(masked, comma + 1, end) if cued and not credited else None
    m, c = "m", "c"
    if match is None:
        match = _ACCORDING_TAIL.fullmatch(masked, comma + 1, end)
    if match is None:
        words = masked[comma + 1 : end]
        if any(verb in words for verb in _EVIDENCE_VERBS):  # "..., new reports show.": a verb of evidence
            match = _EVIDENCE_TAIL.fullmatch(masked, comma + 1, end)
    if match is None:
        # the source may carry an appositive: look one or two commas further back
        last = comma
        for _ in range(_APPOSITIVE_COMMAS):
            comma = masked.rfind(",", start, comma)
            if comma < 0 or comma - start < 10:
                break
            cued = cued or _cue_between(cues, comma, end)
            match = (_TAIL_APPOSITIVE.fullmatch(masked, comma + 1, end) if cued else None) or (
                _ACCORDING_APPOSITIVE.fullmatch(masked, comma + 1, end)
            )
            if match is not None:
                break
        if match is None:
            # "..., Ann Lee, MD, a study author at the Harbour Institute, told Harbour News.": the name, its
            # appositive (commas and all), then the cue
            found = _apposed_tail(masked, start, last, end) if _cue_between(cues, last, end) else None
            if found is None:
                return None
            comma, match = found
    if (match.re is _TAIL or match.re is _TAIL_APPOSITIVE) and not match.group("m"):
        m, c = "m2" if match.group("m2") else "m3", "c2"
    if masked[comma - 1] in '”"’»':
        return None  # the content is a quote: the quote desk has it
    if match.re is _TAIL and _CLAUSE_AFTER_CUE.match(masked, match.end(c)):
        return None  # "..., Cornyn told reporters this was the only chance": a clause follows, not a trailer
    if (
        match.re is not _EVIDENCE_TAIL
        and match.group(c) in WEAK_CUES
        and match.group(c) not in {"added", "wrote", "tweeted", "told", "reported"}
    ):
        return None
    if _before_time(masked, start, comma) == start:
        return None  # "Later in the day, Tom Hale testified.": a time, nothing credited
    content = _good(text, masked, start, comma)
    if content is None:
        return None
    if m == "m3" or (match.re is _TAIL and match.group("loose")):
        # "Dutch port officials", "some Kent pilots": the phrase, not the name inside it
        mention: tuple[int, int] | None = match.span("m3" if m == "m3" else "loose")
    else:
        mention = _mention_in(masked, match.start(m), match.end(m))
    if mention is not None:
        mention = _without_auxiliaries(masked, *mention)
    if mention is None:
        return None
    return Claim(content, mention, (match.start(c), match.end(c)))


# "..., Ann Lee, a study author at the Harbour Institute, said.": a name, its appositive, and the cue closing the
# sentence (the part after the name's comma)
_APPOSED_TAIL = re.compile(
    rf"\s*+(?P<m>{NAME}),\s*+(?:[^.!?;“”\"]|\.(?=\w|\s++[A-Z0-9])){{1,200}}?,\s*+(?P<c>{CUE}){_E}{_TRAILER}"
    r"[.!?]*[\"”’»)]*\s*"
)
#: How many commas back from the cue the name of an apposed tail is looked for ("Ann Lee, MD, MSc, a researcher").
_APPOSED_COMMAS = 7


def _apposed_tail(masked: str, start: int, last: int, end: int) -> tuple[int, re.Match[str]] | None:
    """The comma before the name of a tail credit whose appositive stands between the name and the cue, and the
    match of :data:`_APPOSED_TAIL` after it; ``last`` is the comma right before the cue."""
    comma = last
    for _ in range(_APPOSED_COMMAS):
        comma = masked.rfind(",", start, comma)
        if comma < 0 or comma - start < 10:
            return None
        match = _APPOSED_TAIL.fullmatch(masked, comma + 1, end)
        if match is None or _LETTERS_AFTER_NAME.fullmatch(match.group("m")):
            continue
        if _SECOND_NAME.search(masked, match.end("m"), match.start("c")):
            return None  # "Kurt Volker, a former envoy, and Tim Morrison, an aide, testified": two subjects
        if _AND_APPOSITIVE.match(masked, match.end("m") + 1) or _QUOTE_MARK.search(masked, match.end("c"), end):
            # "..., in Munich, Germany, and co-author of ..., said": the place closes the appositive of a name
            # further back; "..., told The Times “...”": the quote is what was told
            continue
        return comma, match
    return None


# an appositive opened by "and" or "or": the second part of the appositive before it
_AND_APPOSITIVE = re.compile(r"\s*+(?:and|or)\s")
# a second name joined to the first one's appositive: "..., and Tim Morrison"
_SECOND_NAME = re.compile(r",?\s++(?:and|or)\s++[A-Z]")
# letters after a name, read as a name of their own: "MD", "MSc", "PhD", "RDN" (short, two capitals or more)
_LETTERS_AFTER_NAME = re.compile(r"(?=\w{2,4}\Z)(?:[a-z]*[A-Z]){2}\w*")


# an audience and then a clause after a closing cue: "told reporters this was ...", "told CNN he would ..."
_CLAUSE_AFTER_CUE = re.compile(
    r"\s++(?:[\w’'.\-]++\s++){0,4}?(?:this|he|she|they|it|we|I|there)\s++(?:was|is|were|are|would|will|had|has|"
    r"have|could|should|might|must|did|does|can|[a-z]{3,}ed|[a-z]{3,}s)(?![\w’'])"
)


def _without_auxiliaries(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """A source phrase without the auxiliaries it ends in ("..., you may have wondered?": "you"); None when only
    the reader is left, who is no source."""
    words = [match.span() for match in _WORD_SPAN.finditer(masked, start, end)]
    while len(words) > 1 and masked[slice(*words[-1])].lower() in _AUXILIARIES:
        words.pop()
    if words:
        start, end = words[0][0], words[-1][1]
    if masked[start:end].lower() == "you":
        return None
    return start, end


_WORD_SPAN = re.compile(r"\S++")


def _mention_in(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The first mention in a span, or the whole span trimmed ("the results", "a new poll")."""
    found = mentions(masked, start, end)
    if found:
        first = found[0]
        if _POSTMODIFIER.match(masked, first[1], end) is not None:
            start = first[0]  # "two people familiar with the matter": the phrase after the mention is part of it
        elif _POSTMODIFIER.search(masked, max(start - 1, 0), first[0]) is None:
            return first
        # else "people close to Ann Lee": the name is inside the source's phrase, which is the whole span
    while start < end and not masked[start].isalnum():
        start += 1
    while end > start and not masked[end - 1].isalnum():
        end -= 1
    return (start, end) if end > start else None


# what follows a mention and belongs to it: "people familiar with the matter", "a person briefed on the talks"
_POSTMODIFIER = re.compile(
    r"\s++(?:familiar|briefed|close|involved|knowledgeable|aware|with\s++(?:direct\s++)?knowledge)(?![\w’'])"
)


#: Participles that report speech after a comma even without "that" ("..., saying the plan was late").
_HANGING_WITHOUT_THAT = frozenset(
    {"saying", "adding", "noting", "arguing", "explaining", "claiming", "insisting", "stating", "telling"}
)
#: Verbs of belief: a claim without "that" when their subject is a name or a pronoun ("I think it is").
_BELIEFS = frozenset({"think", "thinks", "thought", "believe", "believes", "believed"})
#: Verbs of evidence: a claim without "that" when their subject is a document ("a new poll showed a lead").
_EVIDENCE = frozenset({"show", "shows", "showed", "shown", "found", "finds"})
_EVIDENCE_SOURCES = DOCUMENT_NOUNS | {"search", "surveys", "studies", "results", "figures", "numbers", "polling"}
_EVIDENCE_VERBS = _EVIDENCE | {"suggest", "suggests", "suggested", "indicate", "indicates", "indicated"}
# "..., new fundraising reports show.": a document phrase and a verb of evidence close the sentence
_EVIDENCE_TAIL = re.compile(
    r"\s*(?P<m>(?:[\w’'.\-]+\s+){0,8}?(?:"
    + "|".join(sorted(_EVIDENCE_SOURCES, key=len, reverse=True))
    + r"))\s+(?P<c>"
    + "|".join(sorted(_EVIDENCE_VERBS, key=len, reverse=True))
    + r")[.!?]*[\"”’»)]*\s*"
)
#: How many words a document phrase opening a sentence may have ("FEC records from the 2008 cycle show").
_EVIDENCE_WORDS = 16
#: How many mentions back a cue's subject is looked for (past an appositive: "Sanders, who ... Canova, said").
_SUBJECT_TRIES = 3


#: Forms of "ask": what is asked is the question after them ("asked Trump whether he ...").
_ASKING = frozenset({"ask", "asks", "asked", "asking"})
# "asked (the candidate) if/whether/how/about ...": up to three words of audience, then the question
_QUESTION_LEAD = re.compile(
    r"(?:\s++[^\s,.;:!?\"“”]++){0,3}?\s++(?P<q>if|whether|how|why|what|when|where|whom|who|which|about)(?![\w’'])"
)


# "Asked (on Fox News) whether he ..., the candidate said ...": the question opens the sentence
_ASKED_LEAD = re.compile(
    r"\s*+(?:[Ww]hen\s+|[Aa]fter\s+being\s+|[Ii]f\s+)?[Aa]sked\s+(?:[^,;:.!?]{0,60}?\s)?"
    r"(?P<q>if|whether|how|why|what|when|where|whom|who|which|about)(?![\w’'])"
)


def _asked_claim(text: str, masked: str, start: int, end: int, verbs: list[re.Match[str]]) -> Claim | None:
    """``Asked whether ..., X said ...``: the question is a claim, credited to the subject of the answer's cue
    (who was asked, when no asker is named)."""
    lead = _ASKED_LEAD.match(masked, start, end)
    if lead is None or lead.group("q") == "about":
        return None  # "Asked about the harbour, Ann Lee said ...": a topic, no question put in words, nothing claimed
    comma = masked.find(",", lead.end(), end)
    if comma < 0:
        return None
    answer = next((v for v in verbs if v.start() > comma and v.group("cue") is not None), None)
    if answer is None:
        # "Asked whether ..., Johnson demurred.": whoever opens the answer's clause was asked
        first = mentions(masked, comma, min(end, comma + 60))
        subject = first[0] if first and not masked[comma + 1 : first[0][0]].strip() else None
    else:
        subject = _subject_mention(masked, comma, answer.start()) or loose_subject(masked, comma, answer.start())
    # "When asked why, Sembler responded ...": the question word alone stands for the question
    least = 1 if lead.group("q") in {"why", "how"} and lead.end() == comma else 2
    content = _good(text, masked, lead.start("q"), comma, least)
    if content is None or subject is None:
        return None
    return Claim(content, subject, None)


def _question_claim(text: str, masked: str, start: int, end: int, cue: re.Match[str]) -> Claim | None:
    """``X asked (Y) whether ...``: the question is the content, X the source."""
    lead = _QUESTION_LEAD.match(masked, cue.end(), end)
    if lead is None:
        return None
    subject = _subject_mention(masked, max(start, cue.start() - 160), cue.start())
    if subject is None and masked[max(start, cue.start() - 6) : cue.start()].strip().lower() == "when":
        # "Le Pen told CNN when asked which candidate she would back": the subject of the sentence was asked
        subject = _sentence_subject(masked, start, cue.start())
    if subject is None:
        return None
    content_start = lead.start("q")
    content = _good(text, masked, content_start, _clause_end(masked, content_start, end, start, subject[0]), 2)
    if content is None:
        return None
    return Claim(content, subject, (cue.start(), cue.end()))


# "Ann Lee on Tuesday said", "the council last week said": a time between the subject and its cue
_TIME_BEFORE_CUE = re.compile(
    r"\s++(?:on|last|this|early|late|earlier|later)\s++(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|night|morning|afternoon|"
    r"evening|weekend|[A-Z][a-z]++\s++\d{1,2})(?:\s++(?:morning|afternoon|evening|night))?\s*+\Z"
)


# "Wilcox, whose education ... was paid for by the military, said", "Humphrey, who calls Trump a “...,” said":
# the name opening the sentence, then a long appositive that ends in a comma or a closing quote mark
_APPOSITIVE_SUBJECT = re.compile(
    rf"\s*+(?:(?:But|And|Yet|So|Still)\s++)?(?P<m>{NAME}),\s++(?:who|whose|a|an|the|citing|whom)\s"
    rf"[^.!?;]{{1,300}}(?<=[,”\"’])(?:\s++(?:\w+ly|also|later|then|again|once))?\s*+\Z"
)


def _appositive_subject(masked: str, sentence: int, cue: int) -> tuple[int, int] | None:
    """The name that opens a sentence and is the subject of its cue past a long appositive."""
    if cue - sentence > _APPOSITIVE_SUBJECT_REACH or masked.find(",", sentence, cue) < 0:
        return None
    match = _APPOSITIVE_SUBJECT.match(masked, sentence, cue)
    if match is None:
        return None
    return match.span("m")


#: How far after the opening of its sentence a cue may sit for the name opening it to be its subject.
_APPOSITIVE_SUBJECT_REACH = 340


_TIME_ENDINGS = ("day ", "week ", "month ", "year ", "night ", "morning ", "noon ", "evening ")


def _timed_subject(masked: str, start: int, cue: int) -> tuple[int, int] | None:
    """The subject of a cue with a time between them: "Hillary Clinton on Tuesday said that ..."."""
    if not masked.endswith(_TIME_ENDINGS, start, cue) and not masked[max(start, cue - 4) : cue - 1].isdigit():
        return None
    time = _TIME_BEFORE_CUE.search(masked, max(start, cue - 40), cue)
    if time is None:
        return None
    return _subject_mention(masked, max(start, time.start() - 160), time.start())


def _sentence_subject(masked: str, sentence: int, cue: int) -> tuple[int, int] | None:
    """The first mention of a sentence that opens a clause (its subject), within :data:`WINDOW` of the cue."""
    found = mentions(masked, max(sentence, cue - WINDOW), cue)
    for index, span in enumerate(found):
        if is_subject(masked, span[0]):
            later = found[index + 1] if index + 1 < len(found) else None
            if later is not None and _ROLE_BETWEEN.fullmatch(masked, span[1], later[0]):
                return later  # "Trump campaign spokesman Steven Cheung": the name after the role
            return span
    return None


# lower-case words ending in a role between two names: "(Trump) campaign spokesman (Steven Cheung)"
_ROLE_BETWEEN = re.compile(rf"\s++(?:[a-z][\w’'\-]*+\s++){{0,2}}(?:{word_alternation(ROLE_NOUNS)})\s++")


def _document_subject(masked: str, sentence: int, cue: int) -> tuple[int, int] | None:
    """A document phrase that opens the sentence and is the subject of a verb of evidence: "FEC records
    from the 2008 cycle (show)", "Early results of exit polls conducted by ... (show)"."""
    if cue - sentence > 20 * _EVIDENCE_WORDS:
        return None
    after = reported_from(masked, sentence, cue)  # "He said the report shows": the report
    words = masked[after:cue].split()
    if after > sentence and words and (words[0].lower() in PREPOSITIONS or "that" in words):
        return None  # "said in the interview that she found": no document opens the clause
    sentence = after
    if not 0 < len(words) <= _EVIDENCE_WORDS or any(w[-1] in ",;:" for w in words):
        return None
    if not any(word.lower() in _EVIDENCE_SOURCES for word in words):
        return None
    if len(words) > 1 and words[-1] in _ADVERBS_BEFORE_VERB:
        cue = masked.rindex(words[-1], sentence, cue)  # "the report also (shows)": the adverb is no part
    return _trim(masked, sentence, cue)


#: Words that open a document phrase inside a sentence ("For instance, a poll ...").
_DOCUMENT_OPENERS = frozenset({"a", "an", "the", "every", "each", "this", "these", "those", "new", "recent", "its"})


def _later_document(masked: str, sentence: int, verb: int) -> tuple[int, int] | None:
    """A document phrase opening the clause of a verb of evidence after a comma or "that" ("For instance, a
    poll last week (showed)", "the third week that the poll (has shown)"): an article first, no relative pronoun."""
    comma = masked.rfind(", ", sentence, verb)
    that = masked.rfind(" that ", sentence, verb)
    opening = max(comma + 2 if comma >= 0 else sentence, that + 6 if that >= 0 else sentence)
    if opening <= sentence:
        return None
    words = masked[opening:verb].lower().split()
    if not words or words[0] not in _DOCUMENT_OPENERS or "who" in words or "which" in words:
        return None
    return _document_subject(masked, opening, verb)


#: Adverbs between a subject and its verb ("the report also shows").
_ADVERBS_BEFORE_VERB = frozenset({"also", "now", "still", "even", "further", "again", "clearly", "only"})


#: Prepositions whose object, after a noun, is no subject of the verb that follows the phrase.
_PHRASE_PREPOSITIONS = frozenset({"of", "against", "for", "by", "about", "from", "with"})


def _object_in_phrase(masked: str, start: int, at: int) -> bool:
    """Whether the mention at ``at`` is the object of a preposition after a noun ("Supporters of [Tom Hale]",
    "The complaint against [Tom Hale]", "filed on behalf of [Harbour Media]"): the noun phrase is the subject."""
    before = masked[max(start, at - 40) : at].split()
    return len(before) >= 2 and before[-1] in _PHRASE_PREPOSITIONS and before[-2][-1:].isalpha()


_INDEFINITE_BEFORE = re.compile(r"(?<![\w’'])[Aa]n?\s++\Z")


def _description_start(masked: str, start: int, at: int) -> int:
    """Where the description at ``at`` opens: a mention in lower case opens one there; a capitalised noun opens one
    at "a" or "an" before it (a kind, no one: "a Democrat"); -1 for a name."""
    if masked[at].islower():
        return at
    article = _INDEFINITE_BEFORE.search(masked, max(start, at - 4), at)
    return -1 if article is None else article.start()


def _subject_mention(masked: str, start: int, cue: int) -> tuple[int, int] | None:
    """The mention that is the subject of a cue: the latest one joined to it by nothing but an appositive,
    a parenthesis or adverbs."""
    fallback = place = None
    tries = 0
    found = mentions(masked, start, cue)
    for index in range(len(found) - 1, -1, -1):
        span = found[index]
        # "Trump, who defeated Kamala Harris, also said", "Tom Hale, a Republican who called himself a Catholic, said":
        # a mention inside a relative clause is not the subject
        relative = _in_relative_clause(masked, start, span[0]) or closes_relative_clause(masked, start, span)
        if masked.startswith(",", span[1]) and _after_preposition(masked, span[0]):
            # "a teacher in Columbus, Ohio, said": a place closing an appositive, not the subject (nor one closing a
            # relative clause: "The study, which was published in Nature, shows")
            if not relative:
                place = place or span
            continue
        if relative:
            continue
        if _object_in_phrase(masked, start, span[0]):
            continue  # "Supporters of Tom Hale said", "The complaint against Tom Hale alleges": the phrase speaks
        if in_appositive(masked, found, index):
            continue
        tries += 1
        if tries > _SUBJECT_TRIES:
            break
        if _GAP_BEFORE_CUE.fullmatch(masked, span[1], cue):
            opening = _description_start(masked, start, span[0])
            if opening >= 0 and opens_description(masked, start, opening):
                # "Ruth Hale, a veteran reporter, asked": the description is an appositive of the subject; so is
                # a capitalised noun after "a" ("Tom Hale, a Democrat, said", "Ann Lee, an Englishwoman, said")
                fallback = fallback or span
                continue
            if _PLACE_TIE.search(masked, max(start, span[0] - 16), span[0]):
                # "Health officials in Harbour Bay said": the place is no subject; a name right before it is
                return _holder_of_place(masked, start, found, index)
            return span
    if fallback is None and place is not None and _GAP_BEFORE_CUE.fullmatch(masked, place[1], cue):
        # "A teacher in Columbus, Ohio, said": the phrase the place closes, else the place as a last resort
        phrase = loose_subject(masked, start, cue)
        if phrase is not None and phrase[0] < place[0] and masked[phrase[1] : place[0]].strip() == ",":
            return phrase[0], place[1]
        return place
    return fallback


def _according_inside(text: str, masked: str, start: int, end: int, cue: re.Match[str]) -> Claim | None:
    """``X, according to Y, was ...`` and ``X leads according to a count by Y, but ...``: "according to" inside a
    sentence (the shapes that open or close it are read before)."""
    before = masked[max(start, cue.start() - 3) : cue.start()].rstrip()
    if before.endswith(","):
        comma = masked.rfind(",", start, cue.start())
        middle = _ACCORDING_MIDDLE.match(masked, cue.start(), end)
        if middle is None or masked[start:comma].count(",") > 1 or _words(masked, middle.end(), end) < 3:
            return None
        if _APPOSITIVE_LEAD.match(masked, middle.end(), end) and masked.find(",", middle.end(), end) < 0:
            return None  # "..., according to Jane Hill, an analyst at ...": the source's appositive ends it
        content = _good(text, masked, start, _clause_end(masked, middle.end(), end, start, start))
        source = middle
    else:
        inside = _ACCORDING_INSIDE.match(masked, cue.start(), end)
        if inside is None or not before or before[-1] in "“\"‘'(":
            return None
        clause = max(start, masked.rfind(",", max(start, cue.start() - REACH), cue.start()) + 1)
        content = _good(text, masked, clause, cue.start())
        source = inside
    if content is None:
        return None
    return Claim(content, (source.start("m"), source.end("m")), (cue.start(), cue.start() + len("according to")))


#: Plain verbs of saying: a long noun phrase opening the sentence may be their subject.
_SAYING = frozenset({"say", "says", "said"})
# what a content opens with when its subject is a long phrase: a pronoun, "that", "there"
_PLAIN_CLAUSE = re.compile(r"(?:that|he|she|they|it|we|I|there|the|his|her|their)(?!\w)")
#: How many words a noun phrase that opens the sentence and is the subject of "say" may have.
_OPENING_WORDS = 24


# a one-word answer after "said": "yes", "no", "so", closing its clause
_ANSWER = re.compile(r"(?P<a>yes|no|so)(?=\s*+[.,;!?]|\s++(?:in|at|on|to|when|after|before)\s)")


def _opening_subject(masked: str, sentence: int, cue: re.Match[str], lead: re.Match[str]) -> tuple[int, int] | None:
    """``Democrats trying to regain control of the Senate in November say they ...``: the whole phrase that
    opens the sentence is the subject, when what follows the verb is plainly a clause."""
    # the lead may be a setting ("said on Friday he ..."), which has no "that" of its own
    plain = lead.groupdict().get("that") is not None or _PLAIN_CLAUSE.match(masked, lead.end()) is not None
    if not plain or cue.start() - sentence > 12 * _OPENING_WORDS:
        return None
    words = masked[sentence : cue.start()].split()
    if words and words[0] in {"But", "And", "Yet", "Still", "So", "Now", "Meanwhile"}:
        sentence = masked.index(words[0], sentence) + len(words[0])
        words = words[1:]
    if not 0 < len(words) <= _OPENING_WORDS or not words[0][:1].isalpha():
        return None
    if words[-1] in {"and", "but", "or"}:
        return None  # "Okafor called the mayor a “bully,” and said": a second verb of the first subject
    if (
        words[0].lower() in _SUBORDINATE
        or words[0].lower() in PREPOSITIONS
        or masked.count(",", sentence, cue.start()) % 2
    ):
        return None  # "Although ..., X said", "In June, ...": not one noun phrase
    return _trim(masked, sentence, cue.start())


# "Several Democrats cautioned against ...": a short phrase opening the sentence, then a verb in the past
_PAST_SUBJECT = re.compile(r"\s*+(?P<s>[A-Z][\w’'\-]*+(?:\s++[\w’'.\-]++){0,5}?)\s++(?:also\s++)?[a-z]{3,}ed(?![\w’'])")


def _past_subject(masked: str, sentence: int, cue: int) -> tuple[int, int] | None:
    """The subject of a sentence whose main verb is in the past and whose subject is no mention: "Several
    Democrats cautioned ..., saying ..."."""
    match = _PAST_SUBJECT.match(masked, sentence, cue)
    if match is None:
        return None
    first = match.group("s").split()[0].lower()
    if first in _SUBORDINATE or first in PREPOSITIONS or first in PRONOUNS or "," in match.group("s"):
        return None
    return match.start("s"), match.end("s")


# a form of "be" (and adverbs) right before a participle: "is saying", "’s also praising", "were quietly hoping"
_PROGRESSIVE = re.compile(
    r"(?:(?<![\w’'])(?:is|are|was|were|am|be|been|(?:is|are|was|were)n[’']t)|(?<=\w)(?:’s|'s|’re|'re|’m|'m))"
    r"(?:\s++(?:\w+ly|also|still|now|already|just|not|again|all|both))*\s++\Z"
)


# a preposition or subordinator right before a participle: "by talking about", "after saying", "while praising"
_PARTICIPLE_LEAD = re.compile(
    r"(?<![\w’'])(?:and|or|[Bb]y|[Aa]fter|[Bb]efore|[Ww]hile|[Ii]n|[Ww]ithout|[Ss]ince|[Ww]hen)\s++\Z"
)


def _main_subject(masked: str, sentence: int, verb: int, end: int) -> tuple[int, int] | None:
    """The subject opening the main clause after a leading participle clause ("After saying ..., the man ...")."""
    if masked[sentence:verb].strip().count(" ") > 1:
        return None  # the participle clause does not open the sentence
    comma = masked.find(",", verb, min(end, verb + REACH))
    if comma < 0:
        return None
    found = mentions(masked, comma + 1, min(end, comma + 80))
    if found and not masked[comma + 1 : found[0][0]].strip():
        return found[0]
    return None


# a modal (and adverbs) right before a verb: "can support", "could not endorse", "might also back"
_MODAL = re.compile(
    r"(?<![\w’'])(?:can|could|should|may|might|must|shall)(?:n[’']t)?(?:\s++(?:not|also|still|never|\w+ly))*\s++\Z"
)


def _before_aside(masked: str, sentence: int, verb: int) -> int:
    """Where an aside between dashes right before a verb opens ("Many speakers — including ... — said"), or the
    verb itself."""
    closing = verb - 1
    while closing > sentence and masked[closing] == " ":
        closing -= 1
    if closing <= sentence or masked[closing] not in "—–":
        return verb
    opening = masked.rfind(masked[closing], max(sentence, closing - 200), closing)
    return opening if opening > sentence else verb


# a verb of aspect, effort, will or readiness and "to" right before a verb: "continue to warn", "went on to
# criticize", "tried to explain", "declined to comment on", "would like to see": its subject is the cue's
_ASPECT = re.compile(
    r"(?<![\w’'])(?:continue[sd]?|continuing|(?:went|goes|go|going)\s++on|began|begins?|beginning|started|starts?|"
    r"starting|tried|tries|try|trying|used|managed|needs?|needed|has|have|had|seem(?:s|ed)?|appear(?:s|ed)?|"
    r"tend(?:s|ed)?|likely|expected|able|quick|careful|yet|wants?|wanted|plan(?:s|ned)?|decided|refused|vowed|"
    r"promised|agreed|hope[sd]|intends|like|ready|willing|set|going|about|moved|chose|declined|failed|helped)"
    r"\s++to\s++\Z"
)


def _aspect(masked: str, sentence: int, verb: int) -> int:
    """Where the subject's own verb starts when a verb of aspect carries the cue ("Republicans continue to warn
    that ...", "he is continuing to insist ..."): the verb of aspect (or its form of "be"), else the cue."""
    window = max(sentence, verb - 30)
    if "to" not in masked[window:verb]:
        return verb
    match = _ASPECT.search(masked, window, verb)
    if match is None:
        return verb
    return _progressive(masked, sentence, match.start()) or match.start()


def _progressive(masked: str, sentence: int, verb: int) -> int | None:
    """Where the form of "be" before a participle starts ("Clinton is calling for", "He’s hoping"), or None."""
    window = max(sentence, verb - 40)
    match = _PROGRESSIVE.search(masked[window:verb])
    if match is None:
        return None
    aux = window + match.start()
    if masked[aux] in "’'" and _contracted_subject(masked, sentence, aux) is None:
        return None  # "Trump’s backing of the plan": a possessive, not "is"
    return aux


def _contracted_subject(masked: str, sentence: int, aux: int) -> tuple[int, int] | None:
    """The pronoun a contracted "be" hangs on: "He’s hoping", "they’re saying"."""
    if masked[aux : aux + 1] not in "’'":
        return None
    word = masked[max(sentence, aux - 5) : aux].split()
    if not word or word[-1].lower() not in PRONOUNS:
        return None
    return aux - len(word[-1]), aux


def _content_lead(masked: str, start: int, end: int, far: bool = False) -> re.Match[str] | None:
    """:data:`_CONTENT_LEAD` at ``start``; its simple last part alone when no "that" follows (the same match)."""
    # the lead's look-aheads cross at most ten words without a stop: a "that" further on cannot be theirs (and a
    # search to the paragraph's end would make long paragraphs quadratic)
    if masked.find("that", start, min(end, start + _LEAD_REACH)) < 0:
        return _CONTENT_LEAD_BARE.match(masked, start, end)
    pattern = _TELLING_LEAD if far else _CONTENT_LEAD
    return pattern.match(masked, start, end)


_ARTICLE_BEFORE = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he)\s\Z")
# a preposition right before a cue word makes it a noun ("amid reports that", "with reports that"; not "to", "quick
# to report"); a verb in "-ed" makes a plural its object ("Ann Lee cited reports that", "announced plans to"), though
# not after an article ("the accused says") nor a number ("a hundred"), and not a bare form ("those surveyed say")
_PREPOSITION_BEFORE = re.compile(rf"(?<![\w’'])(?:{'|'.join(sorted(PREPOSITIONS - {'to'}))}|amid|amidst|despite)\s\Z")
_VERB_BEFORE = re.compile(r"(?<![\w’'])(?<!\b[Tt]he\s)(?<!\b[Aa]n\s)(?<!\b[Aa]\s)(?!hundred\s)[a-z]{2,}[^e\W]ed\s\Z")


def _noun_after_lead(masked: str, cue: int, word: str) -> bool:
    """Whether the cue word ``word`` at ``cue`` (no "-d" or "-ing" form: those are verbs or participles) is a noun
    by the word before it: no verb stands right after a preposition, nor a plural after a verb in "-ed"."""
    return _preposition_noun(masked, cue, word) or _object_verb(masked, cue, word) is not None


def _preposition_noun(masked: str, cue: int, word: str) -> bool:
    """Whether the cue word ``word`` at ``cue`` stands right after a preposition ("amid reports that")."""
    if word.endswith(("d", "ing")) or " " in word:
        return False
    return _PREPOSITION_BEFORE.search(masked, max(0, cue - 12), cue) is not None


_ADJECTIVE_BEFORE = re.compile(rf"(?<![\w’'])(?:{word_alternation(sorted(NOUN_ADJECTIVES))})\s\Z")


def _object_verb(masked: str, cue: int, word: str) -> int | None:
    """Where the verb in "-ed" starts whose object is the plural cue word ``word`` at ``cue`` ("He scrapped plans
    to ...", "Ann Lee cited reports that ..."), or None."""
    if not word.endswith("s") or " " in word:
        return None
    verb = _VERB_BEFORE.search(masked, max(0, cue - 30), cue)
    if verb is None and (adjective := _ADJECTIVE_BEFORE.search(masked, max(0, cue - 20), cue)) is not None:
        verb = _VERB_BEFORE.search(masked, max(0, adjective.start() - 30), adjective.start())  # "raised new questions"
    if verb is None or _PASSIVE.search(masked, max(0, verb.start() - 8), verb.start()) is not None:
        return None  # "The senator who was indicted says ...": a passive takes no object
    return verb.start()


def _cue_noun(masked: str, cue: re.Match[str]) -> bool:
    """Whether a cue word in its bare or "-s" form is a noun: after an article ("in a report
    that"), or right before another cue verb ("a council report argued that"), which then is the verb."""
    word = cue.group()
    if word.endswith("d") or " " in word or word in CUE_PARTICIPLES:
        return False  # "said", "noted", "told": only verbs
    if _ARTICLE_BEFORE.search(masked, max(0, cue.start() - 5), cue.start()) is not None:
        return True
    if masked.startswith("think tank", cue.start()):
        return True  # "the Harbour Council think tank told ...": the compound is the source
    before = masked[max(0, cue.start() - 20) : cue.start()].split()
    if before and masked[cue.start() - 1 : cue.start()] == " " and before[-1].lower() in NOUN_ADJECTIVES:
        return True  # "false claims that ...", "similar claims from ...": an adjective qualifies a noun
    if _noun_after_lead(masked, cue.start(), word):
        return True  # "amid reports that", "Ann Lee cited reports that"
    if masked[cue.end() : cue.end() + 1] != " " or masked.endswith(" to ", 0, cue.start()):
        return False  # "quick to report claims that ...": after "to" a verb
    following = _VERBS_RE.match(masked, cue.end() + 1)
    # a finite verb, not a participle: "they argue embracing it ..." keeps "argue" a verb
    return following is not None and following.group("noun") is None and not following.group().endswith("ing")


# "it was revealed in March that ...": the clause is the passive's own subject, what was revealed
_IT_PASSIVE = re.compile(r"(?<![\w’'])[Ii]t\s++(?:(?:has|had)\s++been|was|is|be)\s++\Z")


def _passive_object(masked: str, sentence: int, cue: re.Match[str], lead: re.Match[str]) -> bool:
    """Whether a cue in the passive has words of its own before "that" ("Tom Hale was praised for a report that
    showed ..."): "that" then opens a relative clause of those words, and the subject is no speaker. ("It was
    revealed in March that ..." keeps its claim.)"""
    if not cue.group().endswith("ed") or not masked[cue.end() : lead.start("that")].strip(" ,"):
        return False
    if _PASSIVE.search(masked, max(sentence, cue.start() - 8), cue.start()) is None:
        return False
    return _IT_PASSIVE.search(masked, max(sentence, cue.start() - 16), cue.start()) is None


def _cue_claim(text: str, masked: str, start: int, end: int, cue: re.Match[str], sentence: int) -> Claim | None:
    """``X CUE (that) CONTENT``: the cue's subject right before it, the content after it."""
    word = cue.group()
    if word == "according to":
        return _according_inside(text, masked, start, end, cue)
    if word in _ASKING:
        return _question_claim(text, masked, start, end, cue)
    named = None
    # '“king of debt,” noting ...': the comma is inside the quote (blanked in ``masked``)
    quoted_comma = (
        word in CUE_PARTICIPLES and _COMMA_CLOSE.search(text, max(sentence, cue.start() - 6), cue.start()) is not None
    )
    if not quoted_comma and masked[max(sentence, cue.start() - 4) : cue.start()].rstrip().endswith(_CLOSING_MARKS):
        # "“...,” said X": the cue credits the quote before it, unless the quote sits in an aside after the name
        # opening the sentence ("Tom Hale, who calls the plan “a scandal,” said ...")
        named = _aside_quote_subject(masked, sentence, cue.start())
        if named is None:
            return None
    if counted_noun(masked, cue.start()):
        return None  # "two reports say": a plural noun, the subject of the next verb
    if _cue_noun(masked, cue):
        return None  # "noted in a report that", "a council report argued that": the verb after it speaks
    lead = _content_lead(masked, cue.end(), end, word in TELLING)
    if lead is None:
        return None
    has_that = lead.group("that") is not None
    if not has_that and masked.startswith(",", cue.end()) and _PARTICIPLE_AT.match(masked, lead.end(), end):
        return None  # "Tom Hale chimed in, noting that ...": the participle is a claim of its own, not the content
    if has_that and _passive_object(masked, sentence, cue, lead):
        return None  # "Tom Hale was praised for a report that ...": the subject of a passive said nothing
    if word == "saying" and (share := _share_claim(text, masked, start, end, cue, lead)) is not None:
        return share
    # "..., saying (that) ...": a participle after a comma reports what the subject of the sentence said
    hanging = quoted_comma or (
        word in CUE_PARTICIPLES and masked[max(sentence, cue.start() - 3) : cue.start()].rstrip().endswith(",")
    )
    # "by talking about ...", "after saying ...": a participle after a preposition hangs on the sentence's subject
    if word in CUE_PARTICIPLES and not hanging:
        hanging = _PARTICIPLE_LEAD.search(masked, max(sentence, cue.start() - 8), cue.start()) is not None
    # "Trump is saying ...", "she was telling ...": a participle after a form of "be" is the finite verb; its
    # subject stands before the auxiliary
    at = _progressive(masked, sentence, cue.start()) if word in CUE_PARTICIPLES and not hanging else None
    progressive = at is not None
    at = cue.start() if at is None else at
    answer = _ANSWER.match(masked, lead.end(), end) if not has_that and word in _SAYING else None
    if answer is not None:
        # "the candidate said no.", "half said so in the earlier poll": a one-word answer
        subject = _subject_mention(masked, max(start, cue.start() - 160), cue.start()) or loose_subject(
            masked, start, cue.start()
        )
        if subject is None:
            return None
        return Claim((answer.start("a"), answer.end("a")), subject, (cue.start(), cue.end()))
    if not has_that:
        if hanging:
            if word not in _HANGING_WITHOUT_THAT:
                return None
        elif word in _BELIEFS or word in _EVIDENCE:
            pass  # "I think it is ...", "the poll shows a lead ...": only with the right subject (below)
        elif word in WEAK_CUES or (word in CUE_PARTICIPLES and not progressive):
            return None
        if word in TELLING and not masked[cue.end() : lead.end()].strip():
            # "told CNN the plan would fail": the audience, then what was said
            audience = _AUDIENCE.match(masked, cue.end(), end)
            if audience is None or _CLAUSE_START.match(masked, audience.end() + 1, end) is None:
                return None
            if masked[audience.start() : audience.end()].split()[-1].lower() in PREPOSITIONS:
                return None  # "told a crowd in Berea": a place, not what was said
            lead = _content_lead(masked, audience.end(), end) or lead
        elif (setting := _setting(masked, cue.end(), end, word)) is not None:
            lead = setting  # "said on Friday he would ...": a time, a place or a medium, then the clause
        elif not _clause_start(masked, lead.end(), end) and not _quote_leads(text, masked, lead.end(), end):
            return None
        if word in CLAIMING and taken_object(masked, lead.end(), end):
            return None  # "a fire claimed a home", "the storm claimed the lives of six": a taking, not a claim
        gap = masked[cue.end() : lead.end()]
        if gap.strip(" ,") != "" and "," not in gap and word not in TELLING and lead.re is not _SETTING:
            return None
    if not hanging and not progressive:
        at = _aspect(masked, sentence, at)  # read only now: most cues without "that" are turned away above
    subject = None
    if named is not None:
        subject = named
    elif hanging:
        subject = (
            _sentence_subject(masked, sentence, at)
            or _past_subject(masked, sentence, at)
            or _main_subject(masked, sentence, at, end)
        )
        if subject is None:
            return None
    else:
        at = _before_aside(masked, sentence, at)
        subject = (
            _subject_mention(masked, max(start, at - 160), at)
            or _timed_subject(masked, start, at)
            or (_contracted_subject(masked, sentence, at) if progressive else None)
        )
    if subject is None and not has_that and word in _BELIEFS:
        # "Clinton, who believes an unborn baby ...": the relative pronoun; "Kasich's team thinks he ...": a
        # group; else no claim
        subject = _relative_subject(masked, start, at) or _group_subject(masked, start, at)
        if subject is None:
            return None
    if subject is None:
        subject = loose_subject(masked, start, at)
        if subject is not None and masked[subject[1] - 1 : subject[1]].isdigit():
            # "Clinton has won 503 pledged delegates": after a number the participle is an adjective, unless the
            # number is a share saying something ("More than six in 10 said they ...")
            subject = _quantity_subject(masked, start, at) if word in _SAYING else None
            if subject is None:
                return None
    if subject is None:
        # "Ted Cruz, who said he would ...": the relative pronoun stands for the name before it
        subject = _relative_subject(masked, start, at)
    if subject is None:
        subject = _appositive_subject(masked, sentence, at)
    if subject is None and word in _SAYING:
        subject = _quantity_subject(masked, start, at) or _opening_subject(masked, sentence, cue, lead)
    if not has_that and word in _EVIDENCE:
        head = masked[subject[0] : subject[1]].rsplit(None, 1)[-1].lower() if subject is not None else ""
        if head not in _EVIDENCE_SOURCES:
            subject = _document_subject(masked, sentence, at) or _later_document(masked, sentence, at)
            if subject is None:
                return None  # "the jury found him", "she showed them around": not a finding reported
    if subject is None:
        # "He said ... and said that ...", "..., but has since said ...": the subject of the first verb
        subject = _coordinated_subject(masked, sentence, at)
    if subject is None:
        return None
    if "who" in masked[sentence : subject[0]]:
        # "Many of those who oppose the fee argue that ...": the noun with its relative clause, not its last words
        subject = _relative_head(masked, sentence, subject, at) or subject
    if (
        not has_that
        and masked[max(sentence, subject[0] - 4) : subject[0]].rstrip().endswith(_CLOSING_MARKS)
        and _NO_CLAIM_AFTER_CREDIT.match(masked, lead.end(), end) is not None
    ):
        return None  # "“...,” Trump said late last week": the cue credits the quote before its subject
    content_start = lead.start("that") if has_that else lead.end()
    if not has_that:
        # "said Friday the pier would close", "tweeted Monday that ...": the day is when it was said, not what
        opening_time = _TIME_OPENING.match(masked, content_start)
        if opening_time is not None:
            content_start = opening_time.end()
    if not has_that and "," in masked[cue.end() : content_start] and _RELATIVE_WORD.match(masked, content_start):
        return None  # "Tom Hale said, which surprised the council": the clause speaks of the saying
    content_end = _clause_end(masked, content_start, end, start, subject[0])
    if _relative_in_subject(masked, start, cue.start()):
        content_end = _relative_close(masked, content_start, content_end)
    elif _IN_RELATIVE.search(masked, max(start, cue.start() - 80), cue.start()) is not None:
        # "On her blog, which the council has since said it is reviewing, Ann Lee praised ...": the relative
        # clause closes at its comma, before the sentence's own clause
        closing = _RELATIVE_END.search(masked, content_start, content_end) or _PREDICATE_AFTER.search(
            masked, content_start, content_end
        )
        if closing is not None and closing.start() > content_start:
            content_end = closing.start()
    if _before_time(masked, content_start, content_end) == content_start:
        return None  # "which Bezos announced earlier this year": what was announced came before
    least = 2 if _ELLIPTIC.fullmatch(masked[content_start:content_end].strip(" .")) else _MIN_WORDS
    content = _good(text, masked, content_start, content_end, least)
    if content is None:
        return None
    return Claim(content, subject, (cue.start(), cue.end()))


# a noun phrase opening the sentence and a relative clause on it, up to the verb ("Many of those who oppose the fee")
_RELATIVE_HEAD = re.compile(
    r"\s*+(?:(?:But|And|Yet|So)\s++)?(?P<np>[A-Za-z][^,;:()“”\"–—]{0,60}?\swho\s++[^\s,;:()“”\"–—]++\s++[^,;:()“”\"–—]{1,80}?)"
    r"(?:\s++(?:has|have|had|is|are|was|were|will|would|also|then|later))*\s*+\Z"
)


def _relative_head(masked: str, sentence: int, subject: tuple[int, int], cue: int) -> tuple[int, int] | None:
    """The subject of a cue that opens the sentence with a relative clause on it: "Many of those who oppose the fee
    (argue)", "Crews who work the night shift (say)"; None when a verb of speech stands before the relative clause
    ("Ann Lee said crews who ...") or the subject found is not inside it. The relative clause has two words or more
    ("A student who police say ...": "police" is the cue's own subject)."""
    match = _RELATIVE_HEAD.match(masked, sentence, cue)
    if match is None or not match.start("np") <= subject[0] < match.end("np"):
        return None
    who = masked.find(" who ", match.start("np"), match.end("np"))
    head = masked[match.start("np") : who]
    if _VERBS_RE.search(head) is not None or _MAIN_VERB.search(head) is not None:
        return None
    clause = masked[who + 5 : match.end("np")].split(None, 1)[-1]
    if _MAIN_VERB.search(f" {clause} ") is not None or _CLAUSE_TURN.search(clause) is not None:
        return None  # "A man who made hoax calls has been jailed after a judge (warned)": the main clause began
    return match.start("np"), match.end("np")


# words that end a relative clause and open another ("... after a judge warned")
_CLAUSE_TURN = re.compile(r"(?<![\w’'])(?:after|before|when|while|because|since|until|as|and|but)(?![\w’'])")


# the sentence's subject, then a relative clause set off by a comma, up to its verb ("Tom Hale, who has said")
_RELATIVE_OPENING = re.compile(r"\s*+(?P<a>[^,;:.!?]{1,80}?),\s++(?:who|which)(?:\s++[a-z]++){0,2}?\s*+\Z")
#: Words that open the sentence's subject before a relative clause set off by a comma ("Tom Hale, who said ...").
_ANTECEDENT_WORDS = 6
# the sentence's own verb after a relative clause closes: a comma, perhaps an adverb or an auxiliary, then a verb
# in the past ("-ed" or a common irregular form) or in "-s" ("Hale, who said X, recounted ...", "..., also says")
# a relative clause set off by a comma, opened by "which" or "whom" and holding the cue's subject: ", which the
# council has since (said)", ", whom the board (accused)"
_IN_RELATIVE = re.compile(r",\s++(?:which|whom)\s++[^,;:.!?“”\"]{1,60}\Z")
# what closes such a relative clause: a colon or a semicolon, or a comma before the sentence's own subject and verb
# (", Ann Lee praised"; a verb right after the comma is _PREDICATE_AFTER's: ", was published")
_RELATIVE_END = re.compile(
    r"[:;]|,\s++(?:(?:[A-Z][\w’'\-]*+\s++){1,3}|(?:he|she|they|it|we|I)\s++)(?:[a-z]{2,}ed|said|told|took|made|was|is)\s"
)
_PREDICATE_AFTER = re.compile(
    r",\s++(?:(?:also|then|later|now|still|never|has|have|had|will|would|is|was)\s++)?"
    r"(?:[a-z]{2,}ed|[a-z]{2,}[^suy’'\W]s|said|says|told|tells|left|went|made|took|gave|came|met|ran|spoke|wrote|won|"
    r"lost|put|kept|held|sent|became|began|found|knew|thought|brought|stood|is|was|has|had|will|would|can|could|did|"
    r"does|must|should|may|might)(?![\w’'])"
)


def _relative_in_subject(masked: str, sentence: int, cue: int) -> bool:
    """Whether the cue stands in a relative clause on the sentence's own subject ("Tom Hale, who said ..., left
    early"): the sentence's verb follows once the clause closes."""
    relative = _RELATIVE_OPENING.match(masked, sentence, cue)
    return relative is not None and len(relative.group("a").split()) <= _ANTECEDENT_WORDS


def _relative_close(masked: str, content_start: int, content_end: int) -> int:
    """Where a relative clause on the sentence's subject ends: at the comma before the sentence's own verb."""
    predicate = _PREDICATE_AFTER.search(masked, content_start, content_end)
    return content_end if predicate is None else predicate.start()


# "with 30 percent of voters", "left 62 percent of them", "with three in 10": a share after "with" or "left",
# right before "saying"
_WITH_SHARE = re.compile(r"(?<![\w’'])(?:with|left)\s++(?P<m>[^,;:.!?]{1,80}?)\s++\Z")
#: How far before "saying" the share and its "with" are looked for (characters).
_WITH_SHARE_REACH = 100
#: How many words such a share may have ("about 6 in 10 white voters under 30").
_SHARE_WORDS = 8


def _share_saying(masked: str, sentence: int, cue: int) -> tuple[int, int] | None:
    """``with 30 percent of voters saying ...``: the share that says the clause after "saying"."""
    window = max(sentence, cue - _WITH_SHARE_REACH)
    found = _WITH_SHARE.search(masked[window:cue])
    if found is None or len(found.group("m").split()) > _SHARE_WORDS:
        return None
    if _QUANTITY.match(masked, window + found.start("m"), window + found.end("m")) is None:
        return None
    return window + found.start("m"), window + found.end("m")


def _share_claim(text: str, masked: str, start: int, end: int, cue: re.Match[str], lead: re.Match[str]) -> Claim | None:
    """``with 30 percent of voters saying they ...``: the share is the source, the clause what it said."""
    share = _share_saying(masked, start, cue.start())
    has_that = lead.group("that") is not None
    if share is None or not (has_that or _clause_start(masked, lead.end(), end)):
        return None
    content_start = lead.start("that") if has_that else lead.end()
    content = _good(text, masked, content_start, _clause_end(masked, content_start, end, start, share[0]))
    return None if content is None else Claim(content, share, (cue.start(), cue.end()))


# a comma and a closing mark right before a word: '“king of debt,” noting': a participle after a quoted phrase
# hangs on the sentence's subject (no credit of the quote is a participle)
_COMMA_CLOSE = re.compile(r",[”\"’'»]++\s*+\Z")
#: How long an aside holding a quote may be between the name opening the sentence and its verb (characters).
_ASIDE_REACH = 150


def _aside_quote_subject(masked: str, sentence: int, cue: int) -> tuple[int, int] | None:
    """``Tom Hale, who calls the plan “a scandal,” said ...``: the name opening the sentence, when the quote
    before the cue sits in an aside set off by the comma after that name."""
    if cue - sentence > _ASIDE_REACH + 60:
        return None
    found = mentions(masked, sentence, cue)
    if not found or masked[sentence : found[0][0]].strip():
        return None
    name = found[0]
    comma = masked.find(",", name[1], cue)
    opening = max(masked.rfind(mark, comma, cue) for mark in ("“", '"', "‘", "«")) if comma >= 0 else -1
    if comma != name[1] or opening < 0 or masked.find(",", comma + 1, opening) >= 0:
        return None  # no comma right after the name, no opening mark, or a second comma before the quote
    return name


# "Noting that ...", "Saying ...": a participle of speech opening the sentence (the verb pattern reads lower case
# words only)
_OPENING_PARTICIPLE = re.compile(
    r"\s*+(?P<cue>Noting|Saying|Adding|Arguing|Explaining|Claiming|Insisting|Stating)(?![\w’'])"
)


def _opening_participle_claim(text: str, masked: str, sentence: int, end: int, cue: re.Match[str]) -> Claim | None:
    """``Noting that ..., Tom Hale said ...``: a participle of speech opening the sentence reports its clause, up
    to the comma; the subject of the main clause after the comma said it."""
    lead = _content_lead(masked, cue.end(), end)
    if lead is None:
        return None
    has_that = lead.group("that") is not None
    if not has_that and not _clause_start(masked, lead.end(), end):
        return None
    subject = _main_subject(masked, sentence, cue.start(), end)
    if subject is None:
        return None
    content_start = lead.start("that") if has_that else lead.end()
    comma = masked.rfind(",", content_start, subject[0])
    content = _good(text, masked, content_start, comma) if comma > content_start else None
    return None if content is None else Claim(content, subject, (cue.start("cue"), cue.end("cue")))


# a time right after a cue, then the claim opening with "that", a determiner, a name or a number ("said Friday the
# pier would close"; not "said Monday was the deadline")
_TIME_OPENING = re.compile(
    r"(?:on\s++)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s++(?:night|morning|afternoon|evening))?|yesterday"
    r"|today|tonight|(?:last|this)\s++(?:week|month|year|night|weekend))\s++"
    r"(?=(?:that|the|a|an|his|her|their|its|our|my|your|there|this|these|those)\s|[A-Z\d])"
)
# a relative pronoun opening a clause
_RELATIVE_WORD = re.compile(r"(?:which|who|whom|whose)(?![\w’'])")
#: Marks that close a quote.
_CLOSING_MARKS = ("”", '"', "'", "’", "»")
# what follows the credit of a quote and is no claim: a time or an occasion ("said late last week", "said
# Monday in an interview", "said this week at an event")
_NO_CLAIM_AFTER_CREDIT = re.compile(
    r"(?:late|early|last|this|earlier|later|during|on|in|at|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?![\w’'])"
)


# "said he would.": a pronoun and an auxiliary stand for the clause asked about
_ELLIPTIC = re.compile(
    r"(?:he|she|they|it|we|I)\s++(?:would|will|did|could|does|do|had|has|have|was|is|were|can|should|might|may)"
    r"(?:\s++not|n[’']t)?"
)


#: Verbs of speech whose clause may follow a time, a place or a medium without "that" ("said on Friday he ...").
_SET_SPEECH = frozenset(
    {"say", "says", "said", "added", "wrote", "writes", "argued", "argues", "insisted", "insists", "noted", "notes",
     "announced", "acknowledged", "conceded", "predicted", "warned", "claimed", "claims", "suggested", "stressed",
     "explained", "complained"}
)  # fmt: skip
# "said on Friday he would", "said in a statement Thursday night they", "said last week it was": a phrase of
# time, place or medium (no comma, up to eight words), then a clause opened by a pronoun and its verb
_SETTING = re.compile(
    r"\s++(?:on|in|at|during|via|through|to|last|this|earlier|late|early|yesterday|today|tonight"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?![\w’'])"
    r"(?:\s++(?!(?:after|as|when|before|while|because|since|if|until|where)(?![\w’']))[^\s,;:.!?\"“”]++){0,7}?\s++"
    r"(?=(?:he|she|they|we|I|it|there)\s++(?!(?:and|or|of|in|on|at|to|for|with|by|from|as|who|that)(?![\w’']))[a-z]{2,}(?![\w’']))"
)


def _setting(masked: str, cue_end: int, end: int, word: str) -> re.Match[str] | None:
    """The phrase of time, place or medium between a verb of speech and its clause ("said on Friday he ...")."""
    if word not in _SET_SPEECH:
        return None
    return _SETTING.match(masked, cue_end, end)


# whom a thing was told: a pronoun, a name, or a short noun phrase ("the crowd", "a local radio station")
_AUDIENCE = re.compile(
    rf"\s++(?:him|her|them|us|me|you|reporters|journalists|supporters|voters|{NAME}"
    r"|(?:the|a|an|his|her|their)\s++(?:[\w’'\-]++\s++){0,3}?[\w’'\-]++"
    r"(?=\s++(?:(?:the|a|an|he|she|they|it|we|I|his|her|their|there|this)(?![\w’'])|[A-Z0-9])))(?![\w’'])"
)


def _quote_leads(text: str, masked: str, start: int, end: int) -> bool:
    """Whether a quote opens the content and the sentence goes on after it ("said “it gets me mad” every time
    he thinks about ..."): the quote is part of what was said."""
    if start >= end or masked[start] not in "“\"‘'«":
        return False
    close = start + 1
    while close < end and masked[close] == " ":
        close += 1
    if close >= end or masked[close] not in "”\"’'»" or text[close - 1] in ",.!?;:…":
        return False  # "saying “I think we’ll speak,” when ...": a whole utterance is the quote alone
    words = masked[close + 1 : min(end, close + 60)].split()
    # the sentence goes on with lower-case words that are no credit ("“...” he said" is one)
    return len(words) >= 3 and words[0].isalpha() and words[0].islower() and words[0] not in PRONOUNS


_NOT_CLAUSE = PREPOSITIONS | {
    "to", "so", "and", "or", "but", "not", "yes", "no", "nothing", "anything", "something", "goodbye", "hello",
    "thanks", "sorry", "as",
}  # fmt: skip


# a share or a count that opens a clause: "(said) about half of ...", "(reported) at least six planes ...",
# "(said) nearly every pilot ..."
_QUANTITY_CLAUSE = re.compile(
    r"(?:(?:about|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than|at\s+least|over|some)\s++"
    r"(?:\d[\d,.]*+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|half|a\s+third|a\s+quarter)"
    r"|(?:nearly|almost|virtually)\s++(?:every|all|each|no))(?![\w’'])"
)


_FIRST_WORD = re.compile(r"[\w’'\-]+")


def _clause_start(masked: str, start: int, end: int) -> bool:
    """Whether a clause can start at ``start`` (a content after 'said' without 'that')."""
    match = _CLAUSE_START.match(masked, start, end)
    if match is not None or _QUANTITY_CLAUSE.match(masked, start, end) is not None:
        return True  # "reported at least six planes flew ...": a share or a count opens the clause
    word = _FIRST_WORD.match(masked[start : start + 40])
    if word is None:
        return False
    lower = word.group().lower()
    return lower not in _NOT_CLAUSE and not lower.endswith("ly")


def _clause_end(masked: str, content_start: int, end: int, sentence: int, subject: int) -> int:
    """Where the content ends: the sentence end, or the clause end after a leading subordinate clause."""
    # a content is at most REACH characters long: the work per cue stays bounded
    end = min(end, content_start + REACH)
    first = masked[sentence : min(subject, sentence + 24)].split()
    if first and first[0] in {"And", "But", "Yet", "So"}:
        first = first[1:]  # "And while he said ..., he ...": the subordinate clause still leads
    if (
        first
        and first[0].lower() in _SUBORDINATE
        and content_start - sentence < REACH
        and masked.find(",", sentence, content_start) < 0
    ):
        comma = masked.find(",", content_start, end)
        if comma >= 0:
            return comma
    brk = _hinted_search(_CLAUSE_BREAK, _CLAUSE_BREAK_HINTS, masked, content_start, end)
    while brk is not None and brk.group().strip() in {"—", "–", "-", "--"}:
        # a pair of dashes sets off an aside ("authorities – and not the government – are"): read past it
        closing = _DASH.search(masked, brk.end(), end)
        if closing is None:
            break
        brk = _hinted_search(_CLAUSE_BREAK, _CLAUSE_BREAK_HINTS, masked, closing.end(), end)
    stop = brk.start() if brk is not None else end
    if masked.find(" and ", content_start, stop) >= 0:
        joined = _AND_STANCE.search(masked, content_start, stop)
        if joined is not None:
            stop = joined.start()
    return stop
