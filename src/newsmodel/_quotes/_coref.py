"""The cast of an article: who it names, and who "he", "Putin" or "the Russian president" is.

Names are collected in reading order ("Russian President Vladimir Putin" gives the
person "Vladimir Putin" with the role "Russian President"); a later mention is resolved
to the most recent person it can stand for: a pronoun to the latest person named as a
subject, a short name to the full name that ends (or starts) with it, a description to
the person whose role ends with its head noun.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from ._cues import (
    DOCUMENT_NOUNS,
    HONORIFICS,
    ORGANIZATION_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    ROLE_TITLES,
    SENTENCE_ADVERBS,
    SPEECH_FORMS,
    SPEECH_VERB_STEMS,
    STOP_CAPITALS,
    SUBJECT_LEADS,
    UNNAMED_NOUNS,
    WHOLE_NAME,
    is_stop_capital,
)
from ._gender import gender_of, is_first_name

__all__ = ["Cast", "Identity", "Person", "clean_name", "clean_span", "mention_kind"]

# a name as a whole word: the pattern opens with the capital's class, so a search skips from capital to capital
_NAME_RE = re.compile(WHOLE_NAME)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "former", "then"})
# a country or a union of states is an organisation here, not a person a pronoun could stand for
_STATE_WORDS = frozenset({"republic", "kingdom", "states", "emirates", "federation"})
# the words that make a name an organisation's or a state's wherever they stand in it
_BODY_WORDS = ORGANIZATION_WORDS | _STATE_WORDS
# countries that speak as states ("China warned", "Russia said"); names that are also first names
# (Jordan, Chad, Georgia, India) are left out
_COUNTRIES = frozenset(
    {"afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahrain",
     "bangladesh", "belarus", "belgium", "bolivia", "brazil", "britain", "bulgaria", "cambodia", "canada", "chile",
     "china", "colombia", "croatia", "cuba", "cyprus", "czechia", "denmark", "ecuador", "egypt", "england",
     "estonia", "ethiopia", "finland", "france", "germany", "ghana", "greece", "hungary", "iceland", "indonesia",
     "iran", "iraq", "ireland", "israel", "italy", "japan", "kazakhstan", "kenya", "kosovo", "kuwait", "latvia",
     "lebanon", "libya", "lithuania", "malaysia", "mexico", "moldova", "morocco", "myanmar", "nepal",
     "netherlands", "nigeria", "norway", "pakistan", "palestine", "peru", "philippines", "poland", "portugal",
     "qatar", "romania", "russia", "scotland", "serbia", "singapore", "slovakia", "slovenia", "somalia", "spain",
     "sudan", "sweden", "switzerland", "syria", "taiwan", "thailand", "tunisia", "turkey", "ukraine", "uruguay",
     "venezuela", "vietnam", "wales", "yemen", "zimbabwe"}
)  # fmt: skip
# the last word of a place's name ("the Gaza Strip", "Silicon Valley"): no one a pronoun stands for
_PLACE_HEADS = frozenset(
    {"strip", "valley", "river", "peninsula", "desert", "canyon", "mountains", "ocean", "coast", "gulf", "island",
     "islands", "province", "county", "airport", "avenue", "square", "boulevard", "district", "region", "territory",
     "territories", "city", "panhandle", "pole"}
)  # fmt: skip


# places a name may be: states of the US (those that are also people's names, such as Virginia, Georgia or
# Washington, left out), continents, and places of two words or more ("New York", "Los Angeles")
_PLACES = frozenset(
    {"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "hawaii",
     "idaho", "illinois", "iowa", "kansas", "kentucky", "louisiana", "maryland", "massachusetts", "michigan",
     "minnesota", "mississippi", "missouri", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania",
     "tennessee", "texas", "utah", "vermont", "wisconsin", "wyoming", "africa", "europe", "asia", "america",
     "antarctica", "new york", "new jersey", "new mexico", "new hampshire", "north carolina", "south carolina",
     "north dakota", "south dakota", "west virginia", "los angeles", "san francisco", "san diego", "san antonio",
     "san jose", "las vegas", "new orleans", "hong kong", "south africa", "new zealand", "saudi arabia",
     "north korea", "south korea", "sri lanka", "costa rica", "puerto rico", "el salvador", "northern ireland",
     "tel aviv", "buenos aires", "mexico city", "new delhi", "abu dhabi", "salt lake city", "kansas city",
     "oklahoma city", "capitol hill", "downing street", "wall street", "west bank", "latin america",
     "north america", "south america", "middle east"}
)  # fmt: skip
# "Southern California", "East Africa": a part of a place named by its direction
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upstate"}
)


def _home_after_name(tokens: list[str]) -> int:
    """Where "of" or "from" and a capitalised place or body follow a name of two words or more ("Greg Taylor of
    Indianapolis": 2), else 0."""
    for index in range(2, len(tokens) - 1):
        if tokens[index] in {"of", "from"} and tokens[index + 1][:1].isupper():
            return index
    return 0


def _is_place(name: str) -> bool:
    """Whether a name is a place's: a country, a state or city, a place of two words, or a name ending in a
    place's head word ("the Gaza Strip")."""
    tokens = name.split()
    bare = [_bare(token) for token in tokens]
    return (
        _names_place(tokens)
        or " ".join(bare) in _COUNTRIES
        or bare[-1] in _PLACE_HEADS
        or (len(bare) > 1 and bare[-1] in _COUNTRIES)
    )


def _names_place(tokens: list[str]) -> bool:
    """Whether a name's words name a place: "Texas", "New York", "Southern California", "East Africa"."""
    return _bare_names_place([_bare(t) for t in tokens])


def _bare_names_place(bare: list[str]) -> bool:
    """:func:`_names_place` for words already bare (lower case, no trailing comma)."""
    if " ".join(bare) in _PLACES:
        return True
    rest = " ".join(bare[1:])
    return len(bare) > 1 and bare[0] in _DIRECTIONS and (rest in _PLACES or rest in _COUNTRIES)


def opens_with_place(tokens: list[str]) -> bool:
    """Whether a name's first two or three words name a place: "New York Times", "New Zealand Herald"."""
    return any(_names_place(tokens[:size]) for size in (2, 3) if len(tokens) >= size)


def _names_body(tokens: list[str]) -> bool:
    """Whether a name's words name an organisation, a state or a place, not a person: an acronym ("BDA", "NHS")
    does too."""
    if len(tokens) == 1 and len(tokens[0]) > 1 and tokens[0].isupper() and tokens[0].isalpha():
        return True
    bare = [_bare(t) for t in tokens]  # (once: every test below reads the words bare)
    if len(bare) == 1 and bare[0] in _COUNTRIES:
        return True  # "China warned": a state
    if len(bare) < 4 and _bare_names_place(bare):
        return True  # "Texas sued", "Southern California": a place speaks as its government, never as "she"
    return bare[-1] in _PLACE_HEADS or not _BODY_WORDS.isdisjoint(bare)


# the last word of an occasion's name ("Decision Day", "the Video Game Awards")
_OCCASION_HEADS = frozenset({"day", "week", "awards", "festival", "games", "cup", "championship", "summit", "eve"})
_ROLE_WORDS = frozenset(ROLE_NOUNS) | ROLE_TITLES


# someone unnamed opening a sentence: "A woman", "One local mother", "An elderly man"
_SOMEONE_GENDER = {
    "woman": "f", "girl": "f", "mother": "f", "mum": "f", "mom": "f", "wife": "f", "daughter": "f",
    "grandmother": "f", "lady": "f", "man": "m", "boy": "m", "father": "m", "dad": "m", "husband": "m",
    "son": "m", "grandfather": "m",
}  # fmt: skip
#: How far before a pronoun the opening of its sentence is looked for (characters).
_SOMEONE_REACH = 200
#: How many mentions back the organisation "it" stands for is looked for.
_BODY_REACH = 8
_SOMEONE = re.compile(r"(?:A|An|One)(?:\s++[a-z][\w\-]*+){0,2}?\s++([a-z]+)(?![\w’'])")


_NATIONAL = re.compile(
    r"\A(?:[A-Z][a-z]+(?:an|ian|ese|ish|ic|i)|U\.S\.|US|UK|EU|U\.N\.|UN|GOP|Democratic|Republican)\Z"
)


@dataclass(frozen=True, slots=True)
class Identity:
    """What a mention resolves to."""

    name: str | None
    role: str | None = None
    organization: str | None = None
    kind: str = "unknown"


@dataclass(slots=True)
class Person:
    """Someone (or some organisation) the article names in full."""

    name: str
    role: str | None = None
    kind: str = "person"
    #: "m" or "f" when the text says which pronoun stands for the person (see ``_gender``)
    gender: str | None = None


# one capitalised word, then "I" (a run of two): the pronoun after a word, unless the word is a first name (a
# monarch's numeral, "Anne I")
_PRONOUN_TAIL = re.compile(r"\A[^\s]+ I\Z")
_LOWER_NEXT = frozenset(f" {c}" for c in "abcdefghijklmnopqrstuvwxyz")


# one word with a possessive, then the rest of the run: "Parata’s Harbourwai"
_OWNED = re.compile(r"(?P<owner>[^\s’']+)[’']s\s+(?P<owned>\S.*)\Z")


# a run that goes on with "to", "of", "for", "and": a title's words ("Cruz's Path to Nomination")
_TITLE_GOES_ON = re.compile(r"\s++(?:to|of|for|and|in|on)\s++[A-Z]")


# a preposition of place right before a name: "in (Harbour Bay)", "near (Port Vale)"
_PLACE_BEFORE = re.compile(r"(?<![\w’'])(?:[Ii]n|[Nn]ear|[Aa]cross|[Oo]utside|[Ii]nside|[Tt]hroughout)\s\Z")


# ", from (Eastfield)" after a name and its age or role: the person's home, not another person
_HOME_BEFORE = re.compile(r",\s++from\s\Z")


def _place_before(text: str, at: int) -> bool:
    """Whether a preposition of place stands right before the name at ``at``."""
    return _PLACE_BEFORE.search(text, max(0, at - 12), at) is not None


@dataclass(slots=True)
class Cast:
    """The people an article has named so far, with where each was mentioned."""

    people: dict[str, Person] = field(default_factory=dict)
    # (paragraph, offset) of each mention, in order, with the person and whether it is a subject
    places: list[tuple[int, int]] = field(default_factory=list)
    mentioned: list[Person] = field(default_factory=list)
    # the text of each scanned paragraph: whether a mention is a subject is worked out only when asked
    texts: dict[int, str] = field(default_factory=dict)
    by_token: dict[str, Person] = field(default_factory=dict)
    ends: list[int] = field(default_factory=list)
    # what a name (not a pronoun nor a description) resolves to: the same wherever it is written,
    # so worked out once per spelling until the next scan changes the cast
    named: dict[str, Identity] = field(default_factory=dict)
    # the article's text in one string, and whether it writes a word in lower case, found on first need
    joined: str | None = None
    written_lower: dict[str, bool] = field(default_factory=dict)
    lower_words: set[str] | None = None
    # names of two words or more written after an article ("the northern Harbour Vale", "a Harbour Downs
    # village"): a place, a work or a group, no one "he" or "she" stands for
    things: set[str] = field(default_factory=set)

    def scan(self, paragraph: int, text: str) -> None:
        """Register the names of one paragraph (quoted words already masked out)."""
        by_token = self.by_token
        self.named.clear()
        self.texts[paragraph] = text
        places, mentioned, ends = self.places, self.mentioned, self.ends
        for match in _NAME_RE.finditer(text):
            found = match.group()
            start, end = match.start(), match.end()
            # (`endswith` and `in` first: few runs end in "I" or hold a possessive, and the tests are far cheaper)
            if (
                found.endswith(" I")
                and _PRONOUN_TAIL.search(found)
                and text[end : end + 2] in _LOWER_NEXT
                and not is_first_name(found[:-2])
            ):
                found, end = found[:-2], end - 2  # "Nippers I was": a word, then the pronoun; "Anne I was" stays
            owned = _OWNED.match(found) if "’s" in found or "'s" in found else None
            if owned is not None and self._is_person(owned.group("owner")) and not _TITLE_GOES_ON.match(text, end):
                # "others like Parata’s Harbourwai": what a person named before has is its own name, not theirs
                found, start = owned.group("owned"), start + owned.start("owned")
            if (
                " " not in found
                and found not in by_token
                and not text[start - 2 : start - 1].islower()
                and (not _speaks(text, end) or found.lower() in UNNAMED_NOUNS)
                and not _lone_first_name(text, start, end)
            ):
                continue  # a lone capitalised word nobody was named by, with no role before it nor a cue after
            read = _read_name(found)
            if read is None or (start < 4 and is_dateline(text, start, end)):
                continue
            offset, role, name, kind, size, last, first = read
            if kind == "person" and _HOME_BEFORE.search(text, max(0, start - 8), start) is not None:
                continue  # "Tom Hale, 24, from Harbour’s Eastfield": where someone comes from, no one "he" means
            if role is None and self._wants_role(name, size):
                role = _role_before(text, start)
            # a known first name alone ("says Beth, who ...") is someone, as is a lone name before a cue
            named = size == 1 and (_speaks(text, end) or _lone_first_name(text, start, end))
            person = self._register(name, kind, size, last, first, role, named)
            if (
                person is not None
                and person.kind == "person"
                and size > 1
                and not is_first_name(first)
                and _after_article(text, start + offset)
            ):
                # "the northern Harbour Vale", "a Harbour Downs village"; not "the Ann Lee campaign": a known first
                # name opens a person's name even where the name qualifies a noun
                self.things.add(person.name)
            if person is not None:
                if person.gender is None and person.kind == "person":
                    person.gender = gender_of(found, person.role, person.name)
                places.append((paragraph, start + offset))
                mentioned.append(person)
                ends.append(end)

    def _is_person(self, token: str) -> bool:
        """Whether one word is the short name of a person the article has named."""
        known = self.by_token.get(token)
        return known is not None and known.kind == "person"

    def is_common_word(self, word: str) -> bool:
        """Whether a capitalised word is a common word: the article writes it in lower case too
        ("Insurance industry groups ..." where "insurance" appears mid-sentence), and names nobody."""
        return self._writes(word.lower()) and word not in self.by_token and word not in self.people

    def _named_in_words(self, person: Person) -> bool:
        """Whether a name is made of common words in capitals, no one a pronoun stands for: it opens with a word
        the article also writes in lower case ("Love Island", "Social Affairs"; a role word such as "Doctor" is
        none), ends in the name of an occasion ("Decision Day") or holds a sentence adverb ("Love Actually").
        Asked only of names of unknown gender."""
        words = person.name.split()
        if len(words) < 2:
            return False
        first = words[0].lower()
        if _bare(words[-1]) in _OCCASION_HEADS or any(_bare(word) in SENTENCE_ADVERBS for word in words[1:]):
            return True  # "Decision Day"; "Love Actually", a film: no name holds a sentence adverb
        return first.isalpha() and first not in _ROLE_WORDS and self._writes(first)

    def _writes(self, lower: str) -> bool:
        """Whether the article writes ``lower`` in lower case somewhere.

        The first few words asked are looked up where they occur (most articles ask only a few);
        past :data:`_LOOKUPS`, every lower-case word of the article is listed once, so an article
        that asks about many words costs one pass, not one pass per word.
        """
        if self.lower_words is not None:
            return lower in self.lower_words
        written = self.written_lower.get(lower)
        if written is None:
            if self.joined is None:
                self.joined = " ".join(self.texts.values())
            if len(self.written_lower) >= _LOOKUPS:
                self.lower_words = set(_LOWER_WORD.findall(self.joined))
                return lower in self.lower_words
            written = self.written_lower[lower] = _writes_lower(self.joined, lower)
        return written

    def knows(self, mention: str) -> bool:
        """Whether ``mention`` ("Trump", "Sen. Ted Cruz") names a person the article has named so far."""
        read = _read_name(clean_name(mention))
        if read is None:
            return False
        name = read[2]
        person = self.people.get(name) or self.by_token.get(name)
        return person is not None and person.kind == "person"

    def _wants_role(self, name: str, size: int) -> bool:
        """Whether a role written before a mention could still be kept: the person is new or has none yet."""
        known = (self.by_token if size == 1 else self.people).get(name)
        return known is None or not known.role

    def _register(
        self, name: str, kind: str, size: int, last: str, first: str, role: str | None, speaker: bool = False
    ) -> Person | None:
        if size == 1:
            known = self.by_token.get(name)
            if known is not None:
                if role and not known.role:
                    known.role = role
                return known
            if role is None and not speaker:
                return None  # "Moscow", "Sochi": a lone word is nobody until a full name backs it
        person = self.people.get(name) or (
            self._known_tail(name, kind) if size > 2 else self._after_participle(name, kind, first, last, size)
        )
        if person is None:
            person = Person(name, role, kind)
            self.people[name] = person
        elif role and not person.role:
            person.role = role
        if kind == "person" and size > 1:
            self.by_token[last] = person
            self.by_token.setdefault(first, person)
        return person

    def _after_participle(self, name: str, kind: str, first: str, last: str, size: int) -> Person | None:
        """A person already met by surname after a participle opening the sentence: "Hosting Cook at the fair"
        after "Tim Cook" is Tim Cook (a first name ending in "-ing", such as "Sterling", is kept)."""
        if size != 2 or not first.endswith("ing") or kind != "person" or is_first_name(first):
            return None
        known = self.by_token.get(last)
        return known if known is not None and known.kind == "person" and known.name != name else None

    def _known_tail(self, name: str, kind: str) -> Person | None:
        """A person already named by the last words of a longer name: "The Legendary Rick Perry" (a title) after
        "Rick Perry" is Rick Perry, not a new person whose surname would take over "Perry"."""
        words = name.split()
        for index in range(1, len(words) - 1):
            known = self.people.get(" ".join(words[index:]))
            if known is not None and known.kind == kind:
                return known
        return None

    def resolve(self, mention: str, paragraph: int, offset: int) -> Identity:
        """Resolve a mention at (paragraph, offset) to a canonical name, role and kind."""
        known = self.named.get(mention)
        if known is not None:
            return known
        contracted = _CONTRACTED.match(mention) if "’" in mention or "'" in mention else None
        words = [contracted.group(1)] if contracted is not None else mention.split()  # "he’d": "he"
        if not words:
            return Identity(None)  # white space alone (a separator control character the name rules keep)
        lower = [w.lower().strip(",;:") for w in words]  # _bare, written out: resolved for every source
        if len(words) == 1 and lower[0] in PRONOUNS:
            if lower[0] in {"he", "she"}:
                gender = "m" if lower[0] == "he" else "f"
                if self._someone_before(paragraph, offset, gender):
                    return Identity(None, kind="person")  # "A woman has been praised after she said": unnamed
                person = self._latest(paragraph, offset, gender=gender)
                if person is not None:
                    if person.gender is None:
                        person.gender = gender  # "Zelenskyy ... he said": a later "she" is someone else
                    return Identity(person.name, person.role, kind="person")
                return Identity(None, kind="person")
            return Identity(None, kind="unknown")
        if len(words) == 1 and lower[0] in UNNAMED_NOUNS:
            return Identity(None, kind="unnamed")
        if (
            len(words) > 1
            and lower[0] in _DETERMINERS
            and lower[0] not in {"a", "an"}
            and words[1][:1].isupper()
            and words[-1][:1].isupper()
        ):
            # "The Washington Post", "the Kremlin": a name after its article
            words, lower = words[1:], lower[1:]
        head = lower[-1]
        if words[0][:1].islower() or lower[0] in _DETERMINERS or lower[0] in {"one", "another", "two", "several"}:
            return self._describe(words, lower, paragraph, offset)
        identity = self._read_named(words, head)
        self.named[mention] = identity
        return identity

    def _someone_before(self, paragraph: int, offset: int, gender: str) -> bool:
        """Whether the sentence of a pronoun opens with someone unnamed of its sex ("A woman has been praised
        after she compared ...", "One father said he ..."): the pronoun stands for that person, no name."""
        text = self.texts.get(paragraph)
        if text is None:
            return False
        low = max(0, offset - _SOMEONE_REACH)
        start = max(text.rfind(". ", low, offset), text.rfind("? ", low, offset), text.rfind("! ", low, offset)) + 1
        if start == 0 and low > 0:
            return False  # no sentence opening near: a long sentence, or none at all
        while start < offset and text[start] in " \n":
            start += 1
        opening = _SOMEONE.match(text, start, offset)
        return opening is not None and _SOMEONE_GENDER.get(opening.group(1).lower()) == gender

    def _read_named(self, words: list[str], head: str) -> Identity:
        """Resolve a name ("Sen. Ted Cruz", "Trump", "the Kremlin" without its article): where it is does not matter."""
        role, name_tokens = split_role(words)
        name_tokens = _first_name_cased([t for t in name_tokens if _bare(t) not in HONORIFICS] or name_tokens)
        name_tokens = _without_post_nominals(name_tokens)
        cut = _home_after_name(name_tokens)
        home = self.people.get(" ".join(name_tokens[:cut])) if cut and is_first_name(_bare(name_tokens[0])) else None
        if home is not None and home.kind == "person":
            # "Greg Taylor of Indianapolis", "Kristy Whitson from Monroe County": a person named before, and where
            # they are from
            name_tokens = name_tokens[:cut]
        name = clean_name(" ".join(name_tokens))
        known = self.by_token.get(name) if len(name_tokens) == 1 else None
        if known is not None and (_bare(name) in _COUNTRIES or not _names_body(name_tokens)):
            # "Ireland" after "Meghan Ireland": the person's short name, though it is also a country's
            return Identity(known.name, role or known.role, kind=known.kind)
        if _names_body(name_tokens):
            return Identity(name, role, kind="organization")
        if len(name_tokens) == 1:
            return Identity(name, role, kind="person" if head not in DOCUMENT_NOUNS else "document")
        person = self.people.get(name)
        return Identity(name, role or (person.role if person else None), kind="person")

    def sole_person(self, paragraph: int, offset: int) -> tuple[Person, int, int] | None:
        """The one person a paragraph names before ``offset`` (and where, last), or None if several or none."""
        first = bisect.bisect_left(self.places, (paragraph, 0))
        last = bisect.bisect_left(self.places, (paragraph, offset))
        found: tuple[Person, int, int] | None = None
        if last - first > _SOLE_LIMIT:
            return None  # a paragraph naming that many is about more than one person
        for index in range(first, last):
            person = self.mentioned[index]
            if person.kind != "person" or _place_before(self.texts[paragraph], self.places[index][1]):
                continue  # "Earlier this year in Harbour Bay, a flood ...": a place, whoever the cast took it for
            if found is not None and found[0] is not person:
                return None
            found = (person, self.places[index][1], self.ends[index])
        return found

    def _describe(self, words: list[str], lower: list[str], paragraph: int, offset: int) -> Identity:
        """Resolve "the Russian president", "a spokeswoman for the campaign", "sources"."""
        text = " ".join(lower)
        for joiner in (" for ", " of ", " at ", " with ", " close to ", " familiar with "):
            if joiner in text:
                text, _, _organization = text.partition(joiner)
                org_words = " ".join(words)[len(text) + len(joiner) :]
                break
        else:
            org_words = None
        core = text.split()
        head = core[-1] if core else lower[-1]
        if len(core) == 1 and head in UNNAMED_NOUNS:
            return Identity(None, kind="unnamed")
        if head in DOCUMENT_NOUNS:
            return Identity(None, kind="document", organization=_clean_org(org_words))
        if head in UNNAMED_NOUNS or core[0] in {"a", "an", "one", "another", "two", "three", "several", "some", "many"}:
            return Identity(None, kind="unnamed", organization=_clean_org(org_words))
        modifiers = [w for w in core[:-1] if w not in _DETERMINERS]
        if core[0] == "the" and len(core) == 2 and head.endswith("-year-old"):
            # "The 56-year-old said ...": the age stands for the person the text is about, named just before
            person = self._latest(paragraph, offset)
            if person is not None:
                return Identity(person.name, person.role, kind="person")
        if core[0] in {"the", "his", "her", "their", "its"}:
            person = self._latest(paragraph, offset, role=(head, modifiers))
            if person is None and core[0] == "the" and len(core) == 2 and head in _LONE_ROLES:
                # "the actor said": no one was named an actor, so the person the text is about, named just before
                person = self._latest(paragraph, offset, gender=_ROLE_GENDER.get(head))
            if person is not None and not self._heads_another_body(org_words, person, paragraph, offset):
                return Identity(person.name, person.role, organization=_clean_org(org_words), kind="person")
        if core[0] == "the" and head in ORGANIZATION_WORDS:
            return Identity(None, kind="organization")
        return Identity(None, kind="person", organization=_clean_org(org_words))

    def _heads_another_body(self, org_words: str | None, person: Person, paragraph: int, offset: int) -> bool:
        """Whether a description names a body ("the president of the Harbour Farm Bureau") that the person it
        would stand for ("President" Tom Hale) was never named with: someone else holds that post. A state ("of
        the United States") is no other body, nor one whose own words ("Labour") stand in the paragraph of one of
        the person's mentions ("Labour leader Ann Lee")."""
        if not org_words:
            return False
        named = [word for word in org_words.split() if word[:1].isupper()]
        if not named or _bare(named[-1]) not in ORGANIZATION_WORDS or _bare(named[-1]) in _STATE_WORDS:
            return False
        own = [word for word in named if _bare(word) not in _BODY_WORDS] or named
        end = bisect.bisect_left(self.places, (paragraph, offset))
        for index in range(end - 1, max(-1, end - 60), -1):
            if self.mentioned[index] is person:
                text = self.texts[self.places[index][0]]
                if any(word in text for word in own):
                    return False
        return True

    def body_before(self, paragraph: int, offset: int) -> Identity | None:
        """The organisation a speaking "it" stands for ("The Harbour Council said ... It added"): the latest
        name before (paragraph, offset), in this paragraph or the one before, when it names an organisation
        that is no place ("Hong Kong", "the Gaza Strip" do not speak) and no person was named after it."""
        end = bisect.bisect_left(self.places, (paragraph, offset))
        for index in range(end - 1, max(-1, end - _BODY_REACH), -1):
            if self.places[index][0] < paragraph - 1:
                return None
            named = self.mentioned[index]
            if named.kind == "person":
                return None  # "Ann Lee, of the council, ... it": the person is nearer than any body
            if named.kind == "organization" and not _is_place(named.name):
                return Identity(named.name, kind="organization")
        return None

    def _latest(
        self,
        paragraph: int,
        offset: int,
        role: tuple[str, list[str]] | None = None,
        gender: str | None = None,
    ) -> Person | None:
        """The latest person mentioned before (paragraph, offset), preferring subjects (of ``gender`` if known)."""
        end = bisect.bisect_left(self.places, (paragraph, offset))
        fallback: Person | None = None
        for index in range(end - 1, max(-1, end - 60), -1):
            person = self.mentioned[index]
            if person.kind != "person" or (gender is not None and person.gender not in {None, gender}):
                continue
            if gender is not None and (
                person.name in self.things or _owned_thing(person.name) or _describes(person.name)
            ):
                continue  # "The northern Harbour Vale has seen ...", "Monday’s Budget": no one, however it reads
            if gender is not None and person.gender is None and not person.role and self._named_in_words(person):
                continue  # "Love Island", "Social Security": common words in capitals are no one "she" stands for
            if role is not None:
                head, modifiers = role
                if not person.role:
                    continue
                have = person.role.lower().split()
                if have[-1] != head and not (head == "president" and have[-1] == "president-elect"):
                    continue
                if all(m in have for m in modifiers):
                    return person
                fallback = fallback or person
                continue
            paragraph_at, offset_at = self.places[index]
            text = self.texts[paragraph_at]
            end_at = self.ends[index]
            if _speaks(text, end_at) or _credited_after(text, offset_at, end_at):
                # "... relationship coach Jo Hemmings says": a name before its verb is its subject; "..., said Tom
                # Hale, the council's engineer": a name after its verb is the speaker, whom a later "he" stands for
                return person
            if is_subject(text, offset_at):
                if gender is None:
                    return person
                # "“It is gone,” Tom Hale said in Eastwick, Harbourshire. He said ...": the speaker credited in the
                # sentence before outranks a later name of that sentence that credits nothing (a name in the
                # pronoun's own sentence, "After Ann Lee left, she ...", is kept)
                opening, since = self._sentences_before(paragraph, offset)
                if (paragraph_at, offset_at) < opening:
                    return self._credited_since(index, since, gender) or person
                return person
            fallback = fallback or person
        return fallback

    def _credited_since(self, index: int, since: tuple[int, int], gender: str) -> Person | None:
        """The latest person of ``gender`` credited with speech ("Tom Hale said", "said Tom Hale,") before the
        mention at ``index`` and not before ``since``."""
        for earlier in range(index - 1, max(-1, index - _CREDIT_REACH), -1):
            if self.places[earlier] < since:
                return None
            person = self.mentioned[earlier]
            if person.kind != "person" or person.gender not in {None, gender}:
                continue
            paragraph_at, offset_at = self.places[earlier]
            text, end_at = self.texts[paragraph_at], self.ends[earlier]
            if _speaks(text, end_at) or _credited_after(text, offset_at, end_at):
                return person
        return None

    def _sentences_before(self, paragraph: int, offset: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """Where the sentence holding (paragraph, offset) opens, and where the sentence before it opens (in the
        paragraph before when the sentence opens its paragraph)."""
        text = self.texts[paragraph]
        opening = _sentence_opening(text, offset)
        if opening > 0:
            return (paragraph, opening), (paragraph, _sentence_opening(text, opening - 2))
        before = self.texts.get(paragraph - 1)
        if before is None:
            return (paragraph, 0), (paragraph, 0)
        return (paragraph, 0), (paragraph - 1, _sentence_opening(before, len(before)))


#: How many mentions back :meth:`Cast._credited_since` looks for a credited speaker.
_CREDIT_REACH = 12
#: How far back (characters) the opening of a sentence is looked for.
_SENTENCE_REACH = 600
_SENTENCE_STOP = re.compile(r"[.?!][”\"’']?\s")


def _sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` opens (after the last stop and space before ``at``, within reach)."""
    low = max(0, at - _SENTENCE_REACH)
    opening = low
    for stop in _SENTENCE_STOP.finditer(text, low, max(low, at)):
        opening = stop.end()
    return opening


#: How many words :meth:`Cast._writes` looks up one by one before it lists every lower-case word.
_LOOKUPS = 32
_LOWER_WORD = re.compile(r"(?<![\w’'\-])[a-z][a-z\-]+(?![\w’'])")


def _writes_lower(text: str, lower: str) -> bool:
    """Whether ``lower`` is one of the words :data:`_LOWER_WORD` finds in ``text``: the pattern is tried only where
    the word occurs (the same answer as listing every lower-case word of the article, for the few words asked)."""
    at = text.find(lower)
    while at >= 0:
        match = _LOWER_WORD.match(text, at)
        if match is not None and match.group() == lower:
            return True
        at = text.find(lower, at + 1)
    return False


# the plainest verbs of speech, in the past and the third person ("Peele said", "Lee writes")
_SPEAKING_STEMS = ("say", "tell", "add", "write", "explain", "recall")
_SPEAKS = re.compile(
    " (?:"
    + "|".join(
        form
        for stem in _SPEAKING_STEMS
        for form in SPEECH_VERB_STEMS[stem]
        if form not in {stem, "written"} and not form.endswith("ing")
    )
    + r")\b"
)


_WHO_AFTER = re.compile(r"\*?,\s++(?:who|whose|\d{1,3},|an?\s++\d{1,3}-year-old)\s")


def _lone_first_name(text: str, start: int, end: int) -> bool:
    """Whether a lone first name is plainly someone: it follows a verb of speech ("says Beth, who ...") or a
    relative clause or an age follows it ("Beth, whose name has been changed", "Beth, 34, ...")."""
    if not is_first_name(text[start:end]):
        return False
    if _WHO_AFTER.match(text, end) is not None:
        return True
    space = text.rfind(" ", max(0, start - 20), start - 1)
    return start > 1 and text[space + 1 : start - 1] in SPEECH_FORMS


# the plainest verbs of speech before a name that is their subject ("..., said Tom Hale"); not "told", whose name
# is the one spoken to
_CREDITS = frozenset(
    form
    for stem in ("say", "add", "write", "explain")
    for form in SPEECH_VERB_STEMS[stem]
    if form not in {stem, "written"} and not form.endswith("ing")
)


def _credited_after(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` follows a verb of speech (or "according to") and closes its
    clause: "..., said Tom Hale, the council's engineer" (an inverted credit); not "he said Hale then left" nor "said
    Hale's plan"."""
    if end < len(text) and text[end] not in ",.;:" and not text.startswith(" (", end):
        return False
    word, punct, at = _word_before(text, start)
    if not punct and word == "to":
        word, punct, _ = _word_before(text, at)
        return not punct and word == "according"  # "According to Tom Hale, the pier ...": a credit too
    return not punct and word in _CREDITS


_ARTICLES = frozenset({"the", "a", "an"})


# a party or a nation's people closing a description ("an Iowa Republican", "a Kestrel American")
_AFFILIATIONS = frozenset(
    {"american", "americans", "republican", "republicans", "democrat", "democrats", "democratic", "independent",
     "conservative", "briton", "canadian", "australian", "european", "african", "asian", "latino", "latina"}
)  # fmt: skip


# a post closing a description ("the U.S. Secretary", "the Harbour Director"); not "King" or "Major", surnames too
_POSTS = frozenset(
    {"president", "secretary", "director", "minister", "chairman", "chairwoman", "spokesman", "spokeswoman",
     "governor", "senator"}
)  # fmt: skip


def _describes(name: str) -> bool:
    """Whether a name of two words is a description: a word, then a post ("Kestrel Secretary"), or a nation's or a
    place's adjective, then a party or a nation's people ("Israeli American", "Iowa Republican"); a known first
    name opens a person's name instead."""
    words = name.split()
    if len(words) != 2 or is_first_name(words[0]):
        return False
    if _bare(words[1]) in _POSTS:
        return True  # "U.S. Secretary", "Harbour Director": a post, its holder unnamed here
    if _bare(words[1]) not in _AFFILIATIONS:
        return False
    return _NATIONAL.match(words[0]) is not None or _bare_names_place([_bare(words[0])])


def _owned_thing(name: str) -> bool:
    """Whether a name holds a possessive before words that open with no known first name: "Monday’s Budget",
    "Ann Lee’s Corners" name a thing owned; "Harbour’s Ann Lee" names a person."""
    owned = _OWNED.match(name) if "’s " in name or "'s " in name else None
    return owned is not None and not is_first_name(owned.group("owned").split()[0])


def _after_article(text: str, start: int) -> bool:
    """Whether an article stands right before the name at ``start``, or an article and a direction ("the northern
    Harbour Vale"): people are named without one."""
    word, punct, at = _word_before(text, start)
    if not punct and word in _DIRECTIONS:
        word, punct, at = _word_before(text, at)
    return not punct and word in _ARTICLES


def _speaks(text: str, end: int) -> bool:
    """Whether a verb of speech follows the name ending at ``end``: "Peele said" names someone."""
    return text.startswith(" ", end) and _SPEAKS.match(text, end) is not None


_Read = tuple[int, str | None, str, str, int, str, str]
# capitalised small words inside a run of capitals: a title's, never a person's name
_WORK_WORDS = frozenset({"In", "Of", "The", "And", "For", "With", "On", "At", "To", "A", "An", "From", "Is"})
_TIME_WORDS = frozenset({"former", "late", "then", "ex", "outgoing", "incoming", "presumptive"})


@functools.lru_cache(maxsize=8192)
def _read_name(found: str) -> _Read | None:
    """What a capitalised run says on its own (names recur, so this is worked out once per spelling).

    Returns where the name starts in ``found`` (sentence-initial words such as "The" are skipped),
    the role written in it ("Russian President"), the canonical name, its kind, its number of
    words, and its last and first words (the keys a short name is found by); None for no name.
    """
    tokens = found.split()
    offset = 0
    head = _bare(tokens[0])
    if head == "dear" or head.replace("’", "'") in _IS_CONTRACTIONS:
        return None  # "Dear Reader", a letter's salutation; "Here’s Every ...", "It’s Glossier": a clause's start
    if 1 < len(tokens) < 4 and head in STOP_CAPITALS and _names_place(tokens):
        return 0, None, found, "organization", len(tokens), tokens[-1], tokens[0]  # "New York": "New" is no stop
    while tokens and is_stop_capital(_bare(tokens[0])) and _bare(tokens[0]) not in ROLE_TITLES:
        offset = found.index(tokens[0], offset) + len(tokens[0])
        tokens.pop(0)
    if not tokens:
        return None
    if any(t in _WORK_WORDS for t in tokens[1:-1]):
        return None  # "Made In Chelsea", "Game Of Thrones": a work's title, nobody a pronoun stands for
    role, name_tokens = split_role(tokens)
    name_tokens = [t for t in name_tokens if _bare(t) not in HONORIFICS]
    while len(name_tokens) > 1 and _bare(name_tokens[0]) in _TIME_WORDS:
        name_tokens.pop(0)  # "Former Obama", "Then Gov. Bush": the word belongs to a role, not the name
    if not name_tokens:
        return None
    name_tokens = _without_post_nominals(_owner(_first_name_cased(name_tokens)))
    name = clean_name(" ".join(name_tokens))
    if not name:
        return None
    name_tokens = name.split()  # "the European Union’s": the words of the name, without the possessive
    kind = "person"
    if _names_body(name_tokens):
        kind = "organization"
    return offset, role, name, kind, len(name_tokens), name_tokens[-1].rstrip(".,"), name_tokens[0].rstrip(".,")


def _first_name_cased(tokens: list[str]) -> list[str]:
    """A first name in capitals before a surname as usual is the same name: "KATIE Price" (a paper's style
    for an article's first words) is Katie Price, whom a later "Katie" or "Price" resolves to."""
    first = tokens[0] if len(tokens) > 1 else ""
    if len(first) > 2 and first.isupper() and first.isalpha() and tokens[1][1:2].islower() and is_first_name(first):
        return [first.title(), *tokens[1:]]
    return tokens


def _owner(tokens: list[str]) -> list[str]:
    """The owner in a run of capitals that names a body after a possessive ("Beth’s NHS [dental service]"):
    "Beth’s", the person; any other run is kept whole ("Rebel Moon’s Zack Snyder" is read by its role)."""
    for index, token in enumerate(tokens[:-1]):
        if token.endswith(_POSSESSIVE_ENDINGS) and _names_body([clean_name(t) for t in tokens[index + 1 :]]):
            return tokens[: index + 1]
    return tokens


def _clean_org(words: str | None) -> str | None:
    if not words:
        return None
    words = words.strip(" ,.")
    return words or None


#: "is" contracted after a pronoun or an adverb: never a name's first word.
_IS_CONTRACTIONS = frozenset({"it's", "here's", "there's", "that's", "what's", "who's", "where's", "let's"})


def _bare(token: str) -> str:
    return token.lower().strip(",;:")


_CONTRACTED = re.compile(r"\A(he|she|they|we|i|you|it|He|She|They|We|I|You|It)['’](?:d|ll|ve|re|m)\Z")


_POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")


#: Letters written after a person's name: a seat, a rank at the bar, an honour.
_POST_NOMINALS = frozenset({"MP", "MEP", "MSP", "QC", "KC", "OBE", "MBE", "CBE", "PhD"})


def _without_post_nominals(tokens: list[str]) -> list[str]:
    """A person's name without the letters after it ("Ann Lee MP", "Tom Hale QC" are Ann Lee, Tom Hale)."""
    while len(tokens) > 2 and tokens[-1].rstrip(",;:") in _POST_NOMINALS:
        tokens = tokens[:-1]
    return tokens


def clean_name(text: str) -> str:
    """A name without possessive endings, a pronoun's contraction ("She'd") or trailing punctuation."""
    text = text.strip(" ,;:")
    if text.endswith(_POSSESSIVE_ENDINGS):  # one test first: most names have none
        for suffix in _POSSESSIVE_ENDINGS:
            if text.endswith(suffix):
                text = text[: -len(suffix)]
                break
    elif len(text) <= 7 and ("'" in text or "’" in text):
        contracted = _CONTRACTED.match(text)
        if contracted is not None:
            # "She'd said", "They've said": the name pattern, which reads "O'Neill", took the contraction in
            text = contracted.group(1)
    return text.rstrip(" ,;:")


def clean_span(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The name written in ``text[start:end]`` without possessive endings or surrounding punctuation,
    with where it is: ``text[start:end]`` after the call is exactly the name."""
    while start < end and text[start] in " ,;:([":
        start += 1
    name = clean_name(text[start:end])
    return start, start + len(name), name


def split_role(tokens: list[str]) -> tuple[str | None, list[str]]:
    """Split "Russian President Vladimir Putin" into ("Russian President", ["Vladimir", "Putin"])."""
    last_title = -1
    for index, token in enumerate(tokens[:-1]):
        if _bare(token) in ROLE_TITLES:
            last_title = index
    if last_title < 0:
        if len(tokens) == 2 and _opening_role(_bare(tokens[0])) and is_first_name(_bare(tokens[1])):
            return tokens[0], tokens[1:]  # "Housecleaner Alyssa": a role and a first name alone
        if len(tokens) > 2 and _occupation_before_name(tokens):
            return tokens[0], tokens[1:]  # "Farmer Tom Hale", "Baker Ann Lee": no surname comes before a first name
        if len(tokens) > 2 and tokens[0][:1].isupper() and _opening_role(_bare(tokens[0])):
            # "Author Rushdiyah Narker", "Doctor Neeraj Nischal", "Oscar-winner Ann Lee": a role noun opening;
            # "Head Blender Joe Henry": every role word before the last two words
            count = 1
            while len(tokens) - count > 2 and _opening_role(_bare(tokens[count])):
                count += 1
            if tokens[count][:1].isupper():
                return " ".join(tokens[:count]), tokens[count:]
            return None, tokens  # "Lawyers for Ozy Media": a group of people, no role before a name
        return None, tokens
    start = last_title
    while start > 0 and (
        _bare(tokens[start - 1]) in ROLE_TITLES
        or _NATIONAL.match(tokens[start - 1])
        or (start > 1 and tokens[start - 1] == "of" and _bare(tokens[start - 2]) in ROLE_TITLES)
    ):
        start -= 1  # "U.S. Secretary of State", "Prime Minister": the titles and what joins them
    role_tokens = tokens[start : last_title + 1]
    if all(
        _bare(t) in {"former", "state", "first", "house", "senate", "press", "deputy", "assistant"} for t in role_tokens
    ):
        return None, tokens
    end = last_title + 1
    if all(_bare(t) in ORGANIZATION_WORDS for t in tokens[end:]):
        return None, tokens  # "Russia’s Defense Ministry", "the Justice Department": the title word names the body
    if len(tokens) - end >= 4 and tokens[end] in {"to", "of", "for", "at"} and tokens[end + 1][:1].isupper():
        end += 2  # "ambassador to Britain Liu Xiaming": the place belongs to the role
    return " ".join(tokens[:end]), tokens[end:]


#: Occupations that are common surnames too ("Baker", "Cook"): a role only right before a first name.
_SURNAME_ROLES = frozenset(
    {"baker", "cook", "farmer", "butcher", "carpenter", "mason", "porter", "taylor", "tailor", "fisher", "fisherman",
     "gardener", "hunter", "miller", "potter", "shepherd", "smith", "weaver", "painter", "driver", "builder",
     "plumber", "cleaner", "brewer", "fowler", "sawyer", "singer"}
)  # fmt: skip


def _occupation_before_name(tokens: list[str]) -> bool:
    """Whether a name opens with an occupation that is also a surname, before a first name ("Farmer Tom Hale"):
    English puts no surname before a first name, so the word is the role."""
    return (
        _bare(tokens[0]) in _SURNAME_ROLES and is_first_name(_bare(tokens[1])) and not is_first_name(_bare(tokens[0]))
    )


_ROLE_SET = frozenset(ROLE_NOUNS)
# occupations that open a name at the start of a sentence ("Psychoanalyst Ann Lee said", "Student Tom Hale"),
# beside the role nouns; words that are also common surnames (Baker, Cook, Farmer) are left out
_OPENING_ROLES = _ROLE_SET | frozenset(
    {"artist", "novelist", "poet", "playwright", "screenwriter", "filmmaker", "photographer", "designer", "musician",
     "composer", "comedian", "dancer", "broadcaster", "presenter", "blogger", "influencer", "student", "teacher",
     "lecturer", "academic", "scholar", "psychoanalyst", "psychologist", "psychiatrist", "therapist", "nurse",
     "surgeon", "dentist", "paramedic", "midwife", "pharmacist", "engineer", "entrepreneur", "investor",
     "banker", "campaigner", "volunteer", "housecleaner", "firefighter", "athlete", "coach", "winner", "nominee",
     "survivor", "victim", "mum", "mom", "dad", "grandmother", "grandfather", "councillor", "councilor",
     "councilman", "councilwoman", "assemblyman", "assemblywoman", "detective", "inspector", "trooper", "curator",
     "architect", "barrister", "solicitor", "chef", "owner", "biographer", "economist", "pastor", "guitarist",
     "keyboardist", "drummer", "bassist", "vocalist", "songwriter", "blender", "distiller", "brewer", "winemaker"}
)  # fmt: skip


# roles that stand for the one person a story is about ("the actor said"), when no one was given the role
_LONE_ROLES = frozenset(
    {"actor", "actress", "singer", "rapper", "star", "musician", "comedian", "author", "novelist", "artist"}
)
_ROLE_GENDER = {"actress": "f"}


def _opening_role(word: str) -> bool:
    """Whether a capitalised word opening a name of three words or more is a role ("Novelist", "Oscar-winner",
    "Singer-guitarists" before two names)."""
    last = word.rpartition("-")[2]
    return word in _OPENING_ROLES or last in _OPENING_ROLES or (last.endswith("s") and last[:-1] in _OPENING_ROLES)


# the last word of every role noun (of one word or two)
_ROLE_ENDS = frozenset(role.rsplit(None, 1)[-1] for role in _ROLE_SET)
_SOLE_LIMIT = 30
_BREAKS = ',;:—–(.!?"“”'
_BREAK_SET = frozenset(_BREAKS)


def _role_before(text: str, start: int) -> str | None:
    """A lowercase role right before a name: "investigative reporter Bob Woodward"."""
    piece = text[max(0, start - 60) : start].rstrip()
    if not piece[-1:].islower():
        return None  # every role noun ends in a lower-case letter right before the name
    if piece.rsplit(None, 1)[-1] not in _ROLE_ENDS:
        return None  # most words before a name end no role: one look-up turns them away
    words = piece.rsplit(None, 4)  # the last four words are all that is read
    if not words[-1].islower():
        return None
    if words[-1] in _ROLE_SET:
        size = 1
    elif len(words) > 1 and f"{words[-2]} {words[-1]}" in _ROLE_SET:
        size = 2
    else:
        return None
    kept = words[-size:]
    # keep the adjectives next to the noun, up to a determiner, a preposition or punctuation
    for word in reversed(words[-size - 2 : -size]):
        if not word.isalpha() or not word.islower() or word in PREPOSITIONS or word in _DETERMINERS:
            break
        if word in SUBJECT_LEADS or word in SPEECH_FORMS:
            break  # "said majority leader Abe Aiyash": the cue is no part of the role
        kept.insert(0, word)
    return " ".join(kept)


def _word_before(text: str, start: int) -> tuple[str, bool, int]:
    """The word before ``start``, whether punctuation sits between, and where the word starts."""
    piece = text[max(0, start - 40) : start]
    stripped = piece.rstrip()
    if not stripped:
        return "", True, 0
    if stripped[-1] in _BREAKS:
        return "", True, 0
    space = max(stripped.rfind(" "), stripped.rfind("\n"), stripped.rfind("\u00a0"))
    word = stripped[space + 1 :]
    if not _BREAK_SET.isdisjoint(word):
        return "", True, 0
    return word.lower(), False, max(0, start - 40) + space + 1


# (not before "who" or "which": "Ann Lee — who said ..." opens with a name and a relative clause)
_DATELINE_TAIL = re.compile(
    r"(?:,(?:\s+[A-Z][\w.]*){1,3})?\s*(?:\([^()]{1,40}\)\s*)?[—–-](?!\s*+(?:who|which)(?![\w’']))"
)


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a dateline: 'WASHINGTON (AP) —' opening the paragraph."""
    return not text[:start].strip() and _DATELINE_TAIL.match(text, end) is not None


def is_subject(text: str, start: int) -> bool:
    """Whether a mention at ``start`` opens a clause (so may be its subject)."""
    word, punct, at = _word_before(text, start)
    if punct or (not word and at == 0):
        return True
    if word in _DETERMINERS or word in HONORIFICS:  # "the Kremlin", "Dr Rina Lee" (no stop after "Dr")
        word, punct, at = _word_before(text, at)
        if punct or not word:
            return True
    if word in _ROLE_SET and _role_opens_clause(text, at):
        return True  # "Late-night host Stephen Colbert turned ...": a role noun and its adjective open the clause
    return word in SUBJECT_LEADS


def _role_opens_clause(text: str, at: int) -> bool:
    """Whether the role noun starting at ``at`` opens a clause, after at most a determiner and an adjective
    or a capitalised word ("Late-night host", "the veteran host", "Clinton spokesman")."""
    for _ in range(2):
        word, punct, at = _word_before(text, at)
        if punct or not word:
            return True
        if word not in _DETERMINERS and word not in _ROLE_ADJECTIVES and "-" not in word and text[at].islower():
            return False  # a capitalised word qualifies the role: "Clinton spokesman", "Country crooner"
    return False


# adjectives before a role noun that opens a clause ("Former host Ann Lee", "Longtime director Tom Hale")
_ROLE_ADJECTIVES = frozenset({"former", "longtime", "veteran", "new", "then", "acting", "interim", "retired"})


def mention_kind(mention: str) -> str:
    """A first guess at the kind of a source from its words alone."""
    lower = mention.lower().split()
    if not lower:
        return "unknown"
    if lower[-1] in DOCUMENT_NOUNS:
        return "document"
    if lower[-1] in UNNAMED_NOUNS:
        return "unnamed"
    if any(w in ORGANIZATION_WORDS for w in lower) or (len(lower) == 1 and _bare(lower[0]) in _COUNTRIES):
        return "organization"
    return "person"
