"""Reporting verbs, source nouns and the other word lists the quote desk works from.

Every list is a named constant so that a rule can be read (and tuned) in one place.
The patterns built here are compiled once; each is linear by construction: bounded
repetitions of tokens that cannot overlap, alternations of literal words.
"""

from __future__ import annotations

import re

__all__ = [
    "CLAIMING",
    "CLAIM_CUE",
    "CLAIM_CUE_WORDS",
    "CLAIM_ONLY_CUES",
    "CLAIM_STANCE",
    "CLAIM_STANCE_VERBS",
    "CLAUSE_OPENERS",
    "CLOSED_MENTION",
    "CLOSED_NAME",
    "CUE",
    "CUE_PARTICIPLES",
    "CUE_PHRASES",
    "DESCRIPTION",
    "DOCUMENT_NOUNS",
    "HONORIFIC",
    "HONORIFICS",
    "LOOSE_MENTION",
    "MEDIA_WORDS",
    "MENTION",
    "NAME",
    "OBJECT_CUES",
    "OBJECT_PARTICLES",
    "ORGANIZATION_WORDS",
    "PREPOSITIONS",
    "PRONOUNS",
    "ROLE_NOUNS",
    "ROLE_TITLES",
    "SENTENCE_ADVERBS",
    "SPEECH_FORMS",
    "SPEECH_VERB_STEMS",
    "STANCE",
    "STANCE_NOUNS",
    "STANCE_PARTICIPLES",
    "STANCE_VERBS",
    "STOP_CAPITALS",
    "SUBJECT_LEADS",
    "TELLING",
    "TITLE_LEADS",
    "UNNAMED_NOUNS",
    "WEAK_CUES",
    "WHOLE_NAME",
    "is_stop_capital",
    "taken_object",
    "word_alternation",
]

#: Verbs that report speech or a claim, by stem; each is expanded to its forms below.
SPEECH_VERB_STEMS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "state": ("state", "states", "stated", "stating"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "note": ("note", "notes", "noted", "noting"),
    "remark": ("remark", "remarks", "remarked", "remarking"),
    "respond": ("respond", "responds", "responded", "responding"),
    "reply": ("reply", "replies", "replied", "replying"),
    "answer": ("answer", "answers", "answered", "answering"),
    "ask": ("ask", "asks", "asked", "asking"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "post": ("posted",),
    "declare": ("declare", "declares", "declared", "declaring"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "report": ("report", "reports", "reported", "reporting"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "continue": ("continued", "continues"),
    "conclude": ("conclude", "concluded", "concludes"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "contend": ("contend", "contends", "contended"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "maintain": ("maintain", "maintains", "maintained"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "promise": ("promise", "promises", "promised", "promising"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "pledge": ("pledge", "pledges", "pledged"),
    "boast": ("boast", "boasts", "boasted", "boasting"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "joke": ("joke", "jokes", "joked", "joking"),
    "quip": ("quip", "quips", "quipped"),
    "shout": ("shout", "shouts", "shouted", "shouting"),
    "yell": ("yelled",),
    "chant": ("chant", "chants", "chanted", "chanting"),
    "exclaim": ("exclaimed",),
    "observe": ("observed", "observes"),
    "point": ("pointed out", "points out", "pointing out"),
    "mention": ("mention", "mentions", "mentioned", "mentioning"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "deny": ("deny", "denies", "denied", "denying"),
    "testify": ("testify", "testifies", "testified"),
    "believe": ("believe", "believes", "believed"),
    "think": ("think", "thinks", "thought"),
    "accuse": ("accused", "accuses", "accusing"),
    "charge": ("charged",),
    "emphasize": ("emphasized", "emphasised", "emphasizes", "stressed", "stresses"),
    "urge": ("urged", "urges", "urging"),
    "call": ("called", "calls", "calling"),
    "describe": ("described", "describes", "describing"),
    "hint": ("hinted",),
    "indicate": ("indicated", "indicates"),
    "estimate": ("estimated", "estimates"),
    "find": ("found", "finds"),
    "show": ("showed", "shows", "shown"),
    "learn": ("learned", "has learned"),
    "read": ("read", "reads"),
    "blast": ("blasted",),
    "slam": ("slammed",),
    "praise": ("praised",),
    "counter": ("countered",),
    "retort": ("retorted", "retorts"),
    "concede": ("concede", "conceded", "concedes"),
    "muse": ("mused", "muses"),
    "whisper": ("whispered", "whispers"),
    "scream": ("screamed",),
    "agree": ("agreed", "agrees"),
    "concur": ("concurred", "concurs"),
    "disclose": ("disclosed",),
    "caution": ("cautioned", "cautions"),
    "proclaim": ("proclaimed", "proclaims"),
    "recount": ("recounted", "recounts"),
    "reiterate": ("reiterate", "reiterated", "reiterates"),
    "elaborate": ("elaborated",),
    "speculate": ("speculate", "speculated", "speculates"),
    "demand": ("demanded",),
    "add-on": ("went on",),
    "confess": ("confess", "confessed", "confesses"),
    "yell-more": ("yelling", "yells"),
    "scream-more": ("screaming", "screams"),
    "exclaim-more": ("exclaims", "exclaiming"),
    "echo": ("echoed", "echoes"),
    "imagine": ("imagined",),
    "wonder": ("wonder", "wondered", "wonders"),
    "quote": ("quoted",),
    "recall-more": ("reminded", "reminds"),
    "put": ("put it", "puts it"),
    "retort-more": ("shot back", "fired back", "hit back", "snapped back", "shoots back", "fires back", "hits back"),
    "chime": ("chimed in", "chimes in"),
    "mock": ("mocks",),
    "interject": ("interjected", "interjecting", "interjects"),
    "manner": (
        "deadpanned",
        "intoned",
        "groused",
        "grumbled",
        "fumed",
        "gushed",
        "raved",
        "marveled",
        "marvelled",
        "scoffed",
        "sniped",
        "griped",
        "ranted",
        "opined",
        "hollered",
    ),
    "manner-weak": ("snapped", "barked", "texted", "emailed", "mouthed", "teased", "sighed"),
}

#: Every form of the verbs of speech ("say", "said", "tells").
SPEECH_FORMS: frozenset[str] = frozenset(form for forms in SPEECH_VERB_STEMS.values() for form in forms)

#: The forms of "tell": an audience stands between them and what was told ("told CNN the plan ...", "told me, “...”").
TELLING: frozenset[str] = frozenset(SPEECH_VERB_STEMS["tell"])

#: Participles that hang a quote on the subject of the main clause ("..., saying, “...”").
CUE_PARTICIPLES: frozenset[str] = frozenset(
    form for forms in SPEECH_VERB_STEMS.values() for form in forms if form.endswith("ing")
)

#: Phrases that credit a claim without a verb of their own.
CUE_PHRASES: tuple[str, ...] = ("according to", "in the words of", "as quoted by")

# Verbs whose sense is speech only with a "that"-clause or a quote (not "called him", "found it").
WEAK_CUES: frozenset[str] = frozenset(
    {
        "call",
        "called",
        "calls",
        "calling",
        "snapped",
        "barked",
        "texted",
        "emailed",
        "mouthed",
        "teased",
        "sighed",
        "described",
        "describes",
        "describing",
        "found",
        "finds",
        "showed",
        "shows",
        "shown",
        "read",
        "reads",
        "thought",
        "think",
        "thinks",
        "believe",
        "believes",
        "believed",
        "hinted",
        "indicated",
        "indicates",
        "accused",
        "accuses",
        "accusing",
        "charged",
        "urged",
        "urges",
        "urging",
        "praised",
        "blasted",
        "slammed",
        "agreed",
        "agrees",
        "concurred",
        "concurs",
        "demanded",
        "estimated",
        "estimates",
        "predict",
        "ask",
        "asks",
        "asked",
        "asking",
        "answer",
        "answers",
        "answered",
        "answering",
        "post",
        "posted",
        "report",
        "reports",
        "reporting",
        "promising",
        "warning",
        "writing",
        "tweet",
        "state",
        "states",
        "note",
        "notes",
        "remarks",
        "claims",
        "continued",
        "continues",
        "add",
        "adds",
        "went on",
        "learned",
        "mention",
        "reveal",
        "confirm",
        "deny",
        "vow",
        "pledge",
        "joke",
        "chant",
        "chants",
        "shout",
        "shouts",
        "written",
    }
)

#: Verbs of stance, wish and belief: their object is what the source holds ("X wants to ...",
#: "X endorsed Y", "X seemed to ...").
STANCE_VERBS: tuple[str, ...] = (
    "want", "wants", "wanted", "seem", "seems", "seemed", "appear", "appears", "appeared", "declined", "refused",
    "refuses", "refuse", "sought", "seeks", "seek", "seeking", "support", "supports", "supported", "backed", "backs",
    "endorsed", "endorses", "endorse", "opposed", "opposes", "oppose", "criticized", "criticizes", "criticised",
    "defended", "defends", "proposed", "proposes", "hope", "hopes", "hoped", "plan", "plans", "planned", "expect",
    "expects", "expected", "fear", "fears", "feared", "feel", "feels", "felt", "know", "knows", "knew", "see",
    "sees", "saw", "view", "views", "viewed", "prefer", "prefers", "preferred", "blamed", "blames", "rejected",
    "rejects", "dismissed", "dismisses", "denounced", "denounces", "decried", "condemned", "condemns", "attacked",
    "attacks", "questioned", "questions", "cited", "cites", "pointed to", "points to", "referred to", "talked about",
    "point to",
    "talks about", "discussed", "discusses", "thanked", "mocked", "challenged", "worried", "favor", "favors",
    "lamented", "highlighted", "echoed", "would like", "wondered", "wonders", "doubted", "doubts", "welcomed",
    "welcomes", "embraced", "recommended", "recommends", "demands", "requested", "opposed", "railed against",
    "expressed", "vowed", "pledged", "promised", "threatened", "threatens", "intends", "intended", "wished",
    "wishes", "imagined", "predicted", "pushed for", "advocated", "advocates", "championed", "touted", "touts",
    "lauded", "hailed", "applauded", "blasted", "slammed", "praised", "questioned", "agreed", "disagreed",
)  # fmt: skip

#: Verbs of stance for claims only (the quote desk's judgement of speech does not use them): phrasal verbs
#: (the object follows the particle) and verbs of decision and consideration.
CLAIM_STANCE_VERBS: tuple[str, ...] = (
    "spoke about", "spoke out against", "spoke out about", "spoke of", "responded to", "respond to", "responds to",
    "voted for", "voted against", "vote for", "vote against", "votes for", "focused on", "focuses on",
    "advocated for", "advocates for", "agreed with", "agree with", "agrees with", "sided with", "sides with",
    "argued for", "argued against", "warned of", "warned against", "warned about", "commented on", "weighed in on",
    "came out against", "came out for", "complained about", "bragged about", "boasted about", "worried about",
    "apologized for", "railed at", "lashed out at", "took aim at", "takes aim at", "pushes for", "pushed back on",
    "reacted to", "objected to", "insisted on", "called out",
    "decided", "decides", "considered", "considers", "consider", "agree", "made clear", "makes clear", "offered",
    "offers",
    # verbs of judgement, emphasis and recollection: their object is what the source holds or says
    "discuss", "discussed", "recognize", "recognized", "recognizes", "deemed", "invoked", "encouraged",
    "addressed", "eviscerated", "describe", "blame", "advocate", "favored", "compared", "portrayed", "referenced",
    "outlined", "outline", "voiced", "implied", "likened", "lambasted", "assailed", "derided", "rebuked",
    "underscored", "underscore", "downplayed", "articulated", "signaled", "disavowed", "envisioned", "realized",
    "remembers", "remembered", "understands", "foresee", "foresees", "concede", "conclude", "cite", "criticize",
    "emphasize", "express", "congratulated", "knocked", "projected", "assured", "liked", "loved",
    # verbs of reproach and praise: "ripped Comey for acting as ...", "chided the press for ..."
    "ripped", "chided", "scolded", "faulted", "bashed", "berated", "castigated", "excoriated", "upbraided",
    "reprimanded", "admonished", "commended", "pilloried",
    # verbs of decision, understanding and feeling: "the court ruled that ...", "ordered a recount",
    # "Lee understood the risk", "voters worry that ..."
    "ordered", "ruled", "struck down", "identified", "ignored", "accept", "accepting", "laid out", "noticed",
    "retweeted", "promoting", "expecting", "refusing", "considering", "envision", "understand", "understood",
    "worry", "worries", "suspected", "suspects", "admire", "admires", "regret", "regrets", "regretted", "fearing",
    "assume", "hated", "hates", "dislike", "dislikes", "loves", "trusted", "blasting", "wondering",
    "believing", "bemoaned", "challenging", "discussing", "highlighting", "indicate", "refers to", "remember",
    "repeated", "talk about", "point out", "reaffirmed", "proposing", "identify",
    # verbs of naming, pleading, mockery and leaning: "named Lee his deputy", "pleaded for calm", "jabbed at",
    # "is supportive of", "remains critical of"
    "named", "listed", "pleaded", "convinced", "forecast", "slams", "slamming", "detailing", "brushed off",
    "balked at", "reminding", "regarded", "jabbed", "teases", "praising", "supportive of", "enamored of",
    "critical of", "mention", "misled", "warning",
    # stances held in a phrase: "made it clear", "distanced himself from", "are against", "in favor of", and
    # adjectives of belief before "that" ("confident that", "worried that")
    "made it clear", "makes it clear", "skeptical of", "skeptical about", "wary of", "wrote about", "writes about",
    "vouched for", "trumpeting", "touched on", "distanced himself from", "distanced herself from",
    "made the case", "makes the case", "emphasizing", "documented", "sparred over", "are against", "is against",
    "was against", "opposition to", "in favor of", "concerned about", "worried that", "confident that",
    "hopeful that", "convinced that", "certain that", "aware that", "optimistic that",
    # verbs of will, intention, advocacy and feeling, each kept at precision >= 0.6 on PolNeAR train: "is
    # willing to run", "is determined to win", "is planning to", "pressed Lee to act", "sounded a warning"
    "willing", "determined", "planning", "looking", "sounded", "pressed", "pushed", "push", "demand",
    "encourage", "persuaded", "offering", "accepted", "reject", "defend", "ignore", "love", "hate", "thinking",
    "learn", "comment", "addressing", "outlining", "comparing", "congratulating", "attributed", "showing",
    "lists",
    # more forms of the verbs above ("worries about", "is advocating for", "disagrees", "pledging"), and
    # "voting for", "welcome", "champion", "trust", "pressing", "addresses"
    "voting for", "welcome", "champion", "championing", "trust", "pressing", "addresses", "worry about",
    "worries about", "convince", "convincing", "persuading", "rebuke", "assails", "condemn",
    "encourages", "advocating", "advocating for", "declining", "pledging", "expressing", "recommend",
    "embracing", "hints", "deciding", "signals", "disagree", "disagrees", "intend", "disliked", "maintaining",
    "repeat", "regards", "apologize for", "make clear", "favoring", "focusing on", "threaten", "wish",
    "wanting", "highlight", "implying", "referencing", "invoking", "recognizing", "assures", "thank",
    "viewing", "leaning", "instructed", "opted", "perceived", "discovered",
    # stances held in a phrasal verb or an adjective ("is open to a deal", "proud of", "spoke out", "fought for")
    "open to", "proud of", "hostile to", "thinking about", "fought for", "fighting for", "spoke out",
    "aware of", "vouching for", "speaks of", "nervous about", "upbeat about", "talked up", "alluding to",
    "commenting on", "critic of", "concerned with", "spoken about", "hints at", "reflecting on",
    "committed to", "ready to", "reluctant to", "prepared to", "hesitant to", "unwilling to", "opposed to",
    "adamant that", "concerned that", "satisfied with", "unhappy with", "excited about",
    # more verbs of belief, complaint and praise, each adding found attributions on PolNeAR train: "guessed
    # (that) ...", "laments the loss of ...", "decrying the cuts", "praises the crew", "contradicted his account"
    "guess", "guessed", "lament", "laments", "lamenting", "decrying", "chiding", "crediting", "credited",
    "praises", "contradicted",
)  # fmt: skip

#: Reporting verbs whose object is what the source holds when no "that"-clause follows: "X accused Y of
#: ...", "X urged Y to ...", "X praised Y", "X called for Y", "X described Y". They are cues (a quote or a
#: clause may follow); without a clause they take the stance treatment.
OBJECT_CUES: frozenset[str] = frozenset(
    {
        "accused", "accuses", "accusing", "urged", "urges", "urging", "praised", "blasted", "slammed",
        "demanded", "described", "describes", "call", "called", "calls", "calling", "asked", "asks",
        "criticized", "criticizes", "criticised", "rebuked", "ripped", "chided", "scolded", "faulted", "lambasted",
        "bashed", "berated", "castigated", "excoriated", "upbraided", "reprimanded", "admonished", "commended",
        "pilloried", "thanked", "attacked", "condemned", "denounced",
    }
)  # fmt: skip
#: After these the object starts one word later: "called for a ban", "called on Congress to act".
OBJECT_PARTICLES: frozenset[str] = frozenset({"for", "on"})

#: Nouns of stance with the preposition that opens their object: "his attacks on Sanders", "Sessions’s
#: endorsement of Trump". A claim when a possessor names who holds the stance.
STANCE_NOUNS: tuple[str, ...] = (
    "support for", "support of", "opposition to", "criticism of", "criticisms of", "critique of", "attack on",
    "attacks on", "attacks against", "endorsement of", "endorsements of", "embrace of", "rejection of",
    "praise for", "defense of", "concerns about", "concern about", "doubts about", "questions about",
    "complaints about", "view of", "views on", "views of", "position on", "positions on", "stance on",
    "comments about", "comments on", "remarks about", "remarks on", "call for", "calls for", "plea for",
    "demand for", "demands for", "proposal for", "proposals for", "promise of", "pledge of", "push for",
    "advocacy of", "vision of", "case for", "contention that", "claim that", "claims that", "insistence on",
    "insistence that", "belief that", "assertion that", "argument that", "warning that", "warnings about",
    "hostility to", "hostility toward", "disdain for", "admiration for", "fondness for", "enthusiasm for",
    # nouns of will and of statement with their complement ("her decision to run", "Lee's refusal to
    # testify", "his suggestion that ..."), kept at train precision >= 0.6
    "decision to", "refusal to", "plan to", "plans to", "plan for", "commitment to", "proposal to", "promise to",
    "desire to", "pledge to", "vow to", "statement that", "suggestion that", "accusation that",
    "accusations that", "fear that", "concerns that", "charge that", "complaints that",
    "response to", "reaction to", "support to", "message of", "appeal to", "assessment of", "thoughts on",
    "opinion on", "comments to", "remarks to", "request for", "vision for", "praise of", "jabs at", "ideas for",
    "proposals on", "understanding of",
)  # fmt: skip

#: Participles of stance that follow a comma and hang on the subject of the sentence ("..., citing the poll").
STANCE_PARTICIPLES: tuple[str, ...] = (
    "supporting", "citing", "talking about", "referring to", "backing", "hoping", "denouncing", "criticizing",
    "attacking", "questioning", "blaming", "praising", "calling for", "pointing to", "urging", "demanding",
    "defending", "rejecting", "dismissing", "opposing", "endorsing", "promising", "vowing", "threatening",
    "welcoming", "condemning", "accusing", "mocking", "touting", "pushing for",
    # participles of reference: "..., Ann Lee said, quoting the harbour rules"
    "referencing", "paraphrasing", "underscoring", "crediting",
)  # fmt: skip
STANCE_VERBS = (*STANCE_VERBS, *STANCE_PARTICIPLES)

_FORMS = sorted({form for forms in SPEECH_VERB_STEMS.values() for form in forms}, key=len, reverse=True)


_Trie = dict[str, "_Trie"]


def word_alternation(words: list[str] | tuple[str, ...]) -> str:
    """An alternation of literal words, written as a trie (shared prefixes factored out).

    The regex engine then reads each character of a candidate once instead of trying every
    word in turn. Where one word is a prefix of another the longer is tried first (an optional
    group is greedy), as in an alternation sorted longest first, so the matches are the same.
    """
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")"


def _trie_pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


#: A reporting verb or phrase as one alternation of whole words.
CUE = word_alternation((*CUE_PHRASES, *_FORMS))
#: Verbs that report a claim without quote marks only: "polls show Sanders ahead" (a quote after
#: "show" is more often a title: "the reality show “Cake Boss”").
CLAIM_ONLY_CUES: tuple[str, ...] = ("show", "call")
#: The cues of a claim: every cue and the claim-only ones.
#: The words and phrases of :data:`CLAIM_CUE`.
CLAIM_CUE_WORDS: tuple[str, ...] = (*CUE_PHRASES, *_FORMS, *CLAIM_ONLY_CUES)
CLAIM_CUE = word_alternation(CLAIM_CUE_WORDS)
#: A verb of stance as one alternation.
STANCE = word_alternation(STANCE_VERBS)
#: Every verb of stance a claim can hang on.
CLAIM_STANCE = word_alternation((*STANCE_VERBS, *CLAIM_STANCE_VERBS))

#: Personal pronouns that can be a speaker.
PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "it", "you"})

#: Words opening a subordinate clause, whose subject follows ("Whenever a programmer thinks", "once the report").
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"whenever", "wherever", "when", "if", "because", "although", "though", "while", "unless", "once", "after",
     "before", "since", "until", "whereas"}
)  # fmt: skip

#: Nouns that describe a person by what they do ("the spokeswoman", "a senior official").
ROLE_NOUNS: tuple[str, ...] = (
    "president",
    "president-elect",
    "vice president",
    "prime minister",
    "minister",
    "chancellor",
    "senator",
    "congressman",
    "congresswoman",
    "lawmaker",
    "legislator",
    "representative",
    "governor",
    "mayor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "source",
    "sources",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "candidate",
    "nominee",
    "reporter",
    "journalist",
    "correspondent",
    "editor",
    "columnist",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "strategist",
    "strategists",
    "pollster",
    "economist",
    "lawyer",
    "attorney",
    "attorneys",
    "judge",
    "justice",
    "prosecutor",
    "prosecutors",
    "sheriff",
    "chief",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "executive",
    "ceo",
    "leader",
    "leaders",
    "general",
    "commander",
    "ambassador",
    "diplomat",
    "diplomats",
    "envoy",
    "king",
    "queen",
    "prince",
    "pope",
    "speaker",
    "manager",
    "campaign manager",
    "operative",
    "activist",
    "activists",
    "organizer",
    "professor",
    "scientist",
    "researcher",
    "researchers",
    "author",
    "writer",
    "historian",
    "critic",
    "critics",
    "supporter",
    "supporters",
    "opponent",
    "opponents",
    "voter",
    "voters",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "businessman",
    "businesswoman",
    "billionaire",
    "mogul",
    "host",
    "anchor",
    "star",
    "actor",
    "actress",
    "singer",
    "rapper",
    "officer",
    "officers",
    "police",
    "agent",
    "agents",
    "investigator",
    "investigators",
    "doctor",
    "physician",
    "employee",
    "employees",
    "staffer",
    "staffers",
    "member",
    "members",
    "delegate",
    "delegates",
    "chairperson",
    "head",
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "woman",
    "man",
    "people",
    "person",
    "insider",
    "insiders",
    "observer",
    "observers",
    "surrogate",
    "surrogates",
    "ally",
    "allies",
    "rival",
    "rivals",
    "challenger",
    "incumbent",
    "mogul",
    "veteran",
    "pundit",
    "pundits",
    "commentator",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "conservative",
    "conservatives",
    "liberal",
    "liberals",
)

#: Capitalised titles that can stand before a name ("Russian President Vladimir Putin").
ROLE_TITLES: frozenset[str] = frozenset(
    {
        "president",
        "president-elect",
        "vice",
        "prime",
        "minister",
        # British and European titles: "Labour MP Ann Lee", "PM Tom Hale"
        "mp",
        "pm",
        "mep",
        "chancellor",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "gov.",
        "mayor",
        "secretary",
        "judge",
        "justice",
        "general",
        "gen.",
        "chairman",
        "chairwoman",
        "director",
        "speaker",
        "leader",
        "ambassador",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "candidate",
        "nominee",
        "attorney",
        "chief",
        "commissioner",
        "lt.",
        "col.",
        "sgt.",
        "capt.",
        "adm.",
        "dr.",
        "prof.",
        "rev.",
        "sheriff",
        "officer",
        "agent",
        "spokesman",
        "spokeswoman",
        "ceo",
        "founder",
        "host",
        "anchor",
        "coach",
        "deputy",
        "assistant",
        "press",
        "state",
        "treasury",
        "defense",
        "foreign",
        "former",
        "first",
        "lady",
        "majority",
        "minority",
        "house",
        "senate",
    }
)

#: Honorifics dropped from a canonical name ("Mr. Putin" is "Putin").
HONORIFICS: frozenset[str] = frozenset(
    {"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "miss", "mx.", "rt.", "rt", "hon.", "hon"}
)

#: Nouns that make a source unnamed ("sources", "a person familiar with ...").
UNNAMED_NOUNS: frozenset[str] = frozenset(
    {
        # groups named by what they are, capitalised only when they open a sentence ("Authorities said")
        "authorities",
        "detectives",
        "prosecutors",
        "lawyers",
        "attorneys",
        "men",
        "women",
        "parents",
        "doctors",
        "scientists",
        "economists",
        "activists",
        "protesters",
        "fans",
        "users",
        "patients",
        "students",
        "teachers",
        "workers",
        "citizens",
        "americans",
        "scholars",
        "historians",
        "executives",
        "respondents",
        "source",
        "sources",
        "official",
        "officials",
        "aide",
        "aides",
        "people",
        "person",
        "insider",
        "insiders",
        "critics",
        "analysts",
        "experts",
        "observers",
        "reports",
        "witnesses",
        "residents",
        "voters",
        "supporters",
        "staffers",
        "employees",
        "investigators",
        "members",
        "allies",
        "others",
        "some",
        "many",
        "several",
        "democrats",
        "republicans",
        "conservatives",
        "liberals",
        "pundits",
        "officers",
        "agents",
        "strategists",
        "advisers",
        "advisors",
        "lawmakers",
        "diplomats",
        "researchers",
        "polls",
        "studies",
    }
)

#: Nouns that make a source a document ("a recent book", "the report", "a statement").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "book",
        "report",
        "reports",
        "statement",
        "study",
        "poll",
        "survey",
        "letter",
        "memo",
        "filing",
        "lawsuit",
        "complaint",
        "email",
        "emails",
        "document",
        "documents",
        "analysis",
        "article",
        "story",
        "editorial",
        "op-ed",
        "column",
        "tweet",
        "post",
        "release",
        "indictment",
        "ruling",
        "transcript",
        "records",
        "data",
        "video",
        "ad",
        "advertisement",
        "speech",
        "interview",
        "investigation",
        "audit",
        "review",
        "paper",
        "polls",
        "sign",
        "signs",
        "banner",
        "poster",
        "placard",
        "caption",
        "headline",
    }
)

#: Words that mark a capitalised name as an organisation.
ORGANIZATION_WORDS: frozenset[str] = frozenset(
    {
        "party",
        "department",
        "campaign",
        "committee",
        "post",
        "times",
        "news",
        "network",
        "agency",
        "inc.",
        "inc",
        "corp.",
        "corp",
        "company",
        "university",
        "college",
        "school",
        "academy",
        "hospital",
        "clinic",
        "museum",
        "library",
        "insurance",
        "trust",
        "charity",
        "authority",
        "services",
        "institution",
        "corporation",
        "images",
        "ministry",
        "kremlin",
        "house",
        "pentagon",
        "congress",
        "senate",
        "court",
        "council",
        "commission",
        "bureau",
        "fbi",
        "cia",
        "nsa",
        "office",
        "institute",
        "foundation",
        "association",
        "union",
        "journal",
        "tribune",
        "herald",
        "reuters",
        "cnn",
        "nbc",
        "abc",
        "cbs",
        "fox",
        "msnbc",
        "npr",
        "bbc",
        "ap",
        "press",
        "group",
        "center",
        "centre",
        "administration",
        "government",
        "police",
        "army",
        "navy",
        "service",
        "board",
        "bank",
        "fund",
        "organization",
        "organisation",
        "coalition",
        "alliance",
        "league",
        "magazine",
        "breitbart",
        "politico",
        "guardian",
        "daily",
        "gazette",
        "telegraph",
        "wikileaks",
        "twitter",
        "facebook",
        "google",
        "media",
        "tv",
        "radio",
        "channel",
        "club",
        "society",
        "team",
        "staff",
        # company names ("Home Depot", "Delta Air Lines", "Moderna Therapeutics")
        "depot",
        "airlines",
        "airways",
        "motors",
        "technologies",
        "systems",
        "labs",
        "studios",
        "records",
        "holdings",
        "partners",
        "pharmaceuticals",
        "therapeutics",
        "brands",
        "foods",
        "industries",
        "enterprises",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        # utilities, economists, forums and missions: "Pacific Gas & Electric", "Harbour Economics", "the Harbour
        # Forum", "Rest City Mission", "Harbour Hospitals"
        "gas",
        "electric",
        "energy",
        "economics",
        "forum",
        "mission",
        "hospitals",
        # sports clubs: "Harbour FC", "Ferry Town United"
        "fc",
        "afc",
        "united",
        "rovers",
        "wanderers",
        "hotspur",
    }
)

#: Media names and words that make a name a medium ("told CNN", "an interview with NBC News").
MEDIA_WORDS: frozenset[str] = frozenset(
    {
        "news",
        "times",
        "post",
        "journal",
        "tribune",
        "herald",
        "reuters",
        "cnn",
        "nbc",
        "abc",
        "cbs",
        "fox",
        "msnbc",
        "npr",
        "bbc",
        "ap",
        "press",
        "magazine",
        "radio",
        "tv",
        "television",
        "politico",
        "guardian",
        "gazette",
        "telegraph",
        "breitbart",
        "axios",
        "bloomberg",
        "network",
        "channel",
        "today",
        "hill",
        "examiner",
        "globe",
        "daily",
        "weekly",
        "review",
        "wire",
        "podcast",
        "show",
        "insider",
        "observer",
        "atlantic",
    }
)

#: Prepositions: a name right after one is rarely the subject of the clause.
PREPOSITIONS: frozenset[str] = frozenset(
    {
        "in",
        "at",
        "on",
        "with",
        "of",
        "to",
        "from",
        "by",
        "for",
        "about",
        "against",
        "over",
        "under",
        "into",
        "onto",
        "than",
        "like",
        "toward",
        "towards",
        "between",
        "among",
        "before",
        "after",
        "during",
        "without",
        "through",
        "across",
        "behind",
        "near",
        "upon",
        "via",
        "within",
        "beside",
        "besides",
        "including",
    }
)

#: Words after which a mention starts a clause (so may be its subject).
SUBJECT_LEADS: frozenset[str] = frozenset(
    {
        "and",
        "but",
        "while",
        "as",
        "when",
        "although",
        "though",
        "because",
        "after",
        "before",
        "since",
        "so",
        "then",
        "that",
        "yet",
        "whereas",
        "if",
        "once",
        "until",
        "where",
        "also",
        "later",
        "now",
        "meanwhile",
        "still",
        "instead",
        "however",
        "indeed",
        "already",
        "even",
        "only",
    }
)

#: Capitalised words that start sentences but are never names.
#: Sentence adverbs ("Perhaps Christa said ...", "Sadly Lee ..."): a capital that opens no name.
SENTENCE_ADVERBS = frozenset(
    {"perhaps", "maybe", "hopefully", "sadly", "luckily", "unfortunately", "fortunately", "eventually",
     "ultimately", "finally", "nonetheless", "nevertheless", "otherwise", "thus", "hence", "therefore",
     "besides", "moreover", "furthermore", "additionally", "similarly", "likewise", "alternatively",
     "apparently", "clearly", "obviously", "surely", "certainly", "definitely", "probably", "possibly",
     "actually", "basically", "essentially", "frankly", "honestly", "interestingly", "ironically", "notably",
     "curiously", "tellingly", "understandably", "predictably", "inevitably", "naturally", "initially",
     "originally", "previously", "recently", "currently", "subsequently", "afterwards", "afterward",
     "usually", "often", "sometimes", "typically", "generally", "overall"}
)  # fmt: skip

#: Adjectives that open a sentence before a name or a role ("Top Biden aides said", "Longtime Ada Brill fans").
_LEADING_ADJECTIVES = frozenset(
    {"top", "senior", "leading", "fellow", "prominent", "longtime", "certain", "various", "current", "vintage"}
)  # fmt: skip

# months cut short ("the Oct. 7 attack"); "Jan", "Mar" and "Jun" without a stop are also first names
_MONTH_ABBREVIATIONS = frozenset(
    {"jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept",
     "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec."}
)  # fmt: skip

STOP_CAPITALS: frozenset[str] = frozenset(
    {
        "imagine",
        "consider",
        "remember",
        "picture",
        "look",
        "take",
        "listen",
        "meet",
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "so",
        "if",
        "when",
        "while",
        "although",
        "though",
        "because",
        "after",
        "before",
        "since",
        "as",
        "at",
        "in",
        "on",
        "of",
        "for",
        "from",
        "with",
        "by",
        "to",
        "during",
        "speaking",
        "asked",
        "still",
        "yet",
        "also",
        "however",
        "meanwhile",
        "instead",
        "indeed",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "then",
        "now",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "what",
        "who",
        "whom",
        "which",
        "where",
        "why",
        "how",
        "not",
        "no",
        "yes",
        "some",
        "many",
        "most",
        "more",
        "much",
        "one",
        "two",
        "three",
        "every",
        "each",
        "all",
        "both",
        "even",
        "just",
        "only",
        "last",
        "next",
        "first",
        "later",
        "earlier",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "according",
        "given",
        "pressed",
        "seconds",
        "minutes",
        "moments",
        "hours",
        "days",
        "weeks",
        "months",
        "years",
        "decades",
        "despite",
        "unlike",
        "like",
        "once",
        "until",
        "whether",
        "over",
        "under",
        "about",
        "among",
        "against",
        "within",
        "without",
        "upon",
        "into",
        "through",
        "read",
        "watch",
        "see",
        "click",
        "sign",
        "follow",
        "update",
        "updated",
        "photo",
        "video",
        "image",
        "related",
        "advertisement",
        "is",
        "was",
        "are",
        "were",
        "be",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "should",
        "might",
        "must",
        "let",
        "mr",
        "mrs",
        "ms",
        "dr",
        "says",
        "said",
        "saying",
        "however,",
        "whose",
        "such",
        "other",
        "another",
        "any",
        "few",
        "several",
        "former",
        "new",
        "old",
        "well",
        "oh",
        "ok",
        "okay",
    }
    | SENTENCE_ADVERBS
    | _LEADING_ADJECTIVES
    | _MONTH_ABBREVIATIONS
    | frozenset(f for forms in SPEECH_VERB_STEMS.values() for f in forms)
)


# endings no name has, only adverbs: "Gradually", "Accordingly", "Presently" open a sentence, never a name
_ADVERB_ENDINGS = ("ually", "ically", "ently", "antly", "ingly", "ously", "edly", "ately", "ively", "fully", "lessly")


def is_stop_capital(bare: str) -> bool:
    """Whether a capitalised word (lower-cased, bare) is a sentence's opening word, never part of a name."""
    return bare in STOP_CAPITALS or (len(bare) > 6 and bare.isalpha() and bare.endswith(_ADVERB_ENDINGS))


#: Words before a quoted phrase that make it a title or a name, not speech.
TITLE_LEADS: frozenset[str] = frozenset(
    {
        "book",
        "film",
        "movie",
        "song",
        "show",
        "series",
        "titled",
        "entitled",
        "headlined",
        "dubbed",
        "nicknamed",
        "album",
        "episode",
        "play",
        "program",
        "programme",
        "documentary",
        "column",
        "article",
        "essay",
        "poem",
        "novel",
        "segment",
        "hashtag",
        # works of music, print and screen
        "single",
        "track",
        "anthem",
        "musical",
        "sitcom",
        "miniseries",
        "docuseries",
        "slogan",
        "term",
        "word",
        "words",
        "phrase",
        "label",
        "motto",
        "so-called",
        "name",
        "named",
        "brand",
        "initiative",
        "operation",
        "campaign",
        "ad",
        "video",
        "headline",
        "memoir",
        "report",
        "magazine",
        "newsletter",
        "podcast",
        "website",
        "site",
        "blog",
        "app",
        "game",
        "sign",
        "signs",
        "banner",
        "t-shirt",
        "shirt",
        "hat",
        "hats",
    }
)

# --------------------------------------------------------------------------- mention grammar

_UPPER = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE]"
_WORDCH = r"[\w'’\-]"
# A capitalised word; a full stop ends it only as an initial or a short abbreviation ("J.", "Jr.")
# "U.S. Attorney Erin Cox", "U.N. Ambassador Nikki Haley": a dotted abbreviation keeps its last full stop before
# a capitalised title (anywhere else "U.S." may end a sentence, so its last stop is left out)
_TITLE_CAPS = word_alternation(sorted(t.capitalize() for t in ROLE_TITLES if t.isalpha()))
_ABBREVIATION = rf"(?:{_UPPER}\.){{2,}}(?=\s+(?:{_TITLE_CAPS})(?![\w’']))"
_CAP = rf"(?:{_ABBREVIATION}|{_UPPER}\.|(?:Jr|Sr|St|Mt|Ft)\.|{_UPPER}(?:{_WORDCH}|\.(?=\w))*)"
_PARTICLE = r"(?:de|da|di|del|der|den|van|von|bin|al|el|la|le|du|dos|ben|ibn|St\.)"
# a name may hold two particles in a row: "Maria de la Cruz", "Jan van der Berg", "Ana de los Santos"
_PARTICLES = rf"(?:{_PARTICLE}\s+(?:(?:{_PARTICLE}|los|las)\s+)?)"
_HONORIFIC_WORDS = (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Prof", "Rev", "Sec", "Amb",
    "Pres", "Supt", "Cmdr", "Maj",
)  # fmt: skip
# "Rt. Hon.", "Hon.": the style of a privy counsellor or a member of parliament, before a name
_HONOR = rf"(?:(?:Rt\.?\s+)?Hon\.|(?:{'|'.join(_HONORIFIC_WORDS)})\.)"
#: An abbreviated title before a name ("Gov.", "Sen."), as a pattern.
HONORIFIC = _HONOR

#: A proper name: capitalised words, initials and name particles (at most eight tokens).
NAME = rf"(?:{_HONOR}\s+)?{_CAP}(?:\s+{_PARTICLES}?{_CAP}){{0,6}}"

_ROLE_ALT = word_alternation(ROLE_NOUNS)
# no relative word inside a description: "a storm that experts (described)" is a storm, then experts
_NO_RELATIVE = r"(?!(?:that|which|who|whom|whose|what)\s)"
_DESC_HEAD = rf"(?:{_ROLE_ALT})"
#: A description of a person: "the Russian president", "a senior administration official".
DESCRIPTION = (
    rf"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    rf"\s+(?:{_NO_RELATIVE}[\w’'\-]+\s+){{0,4}}?{_DESC_HEAD}s?\b"
    rf"(?:\s+(?:for|of|at|with|to|close\s+to|familiar\s+with)\s+(?:the\s+)?{NAME})?"
)
#: A bare plural source: "sources", "officials", "critics", "analysts".
BARE_PLURAL = (
    r"(?:[Ss]ources|[Oo]fficials|[Cc]ritics|[Aa]nalysts|[Ee]xperts|[Rr]eports|[Aa]ides|[Pp]olls|[Ss]upporters)"
)
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)"

#: Any mention of a speaker: a name, a description, a bare plural or a pronoun.
MENTION = rf"(?:{DESCRIPTION}|{NAME}|{BARE_PLURAL}|{_PRONOUN})"

# The same name and mention for patterns that end them at a word's end (``(?![\w’'])`` right after): a word's
# letters are read possessively (a single-character loop instead of an alternation tried at each letter). The
# matches are the same: the engine would take a word back only when all that follows it fails, and after a word
# read to its end the look-ahead holds (the next character is no letter, apostrophe or hyphen).
_CLOSED_CAP = rf"(?:{_ABBREVIATION}|{_UPPER}\.|(?:Jr|Sr|St|Mt|Ft)\.|{_UPPER}{_WORDCH}*+(?:\.(?=\w){_WORDCH}*+)*+)"
#: :data:`NAME` for patterns where it is followed by ``(?![\w’'])`` (the same matches, found faster).
CLOSED_NAME = rf"(?:{_HONOR}\s+)?{_CLOSED_CAP}(?:\s+{_PARTICLES}?{_CLOSED_CAP}){{0,6}}"


def _honorific_rest() -> str:
    """An honorific less its capital, read after it: a look-behind on the capital picks the rest ("r", "rs")."""
    by_capital: dict[str, list[str]] = {}
    for word in _HONORIFIC_WORDS:
        by_capital.setdefault(word[0], []).append(word[1:])
    capitals = "".join(sorted(by_capital))
    rests = "|".join(f"(?<={capital})(?:{'|'.join(rest)})" for capital, rest in sorted(by_capital.items()))
    return rf"(?<=[{capitals}])(?:{rests})\."


#: :data:`CLOSED_NAME` as a whole word (no letter nor apostrophe before it or after it), written to open with its
#: capital as a class of characters: a search then skips from one capital to the next instead of trying a match at
#: every position (a pattern opening with a look-around gets no such skip). Every alternative of CLOSED_NAME opens
#: with one capital; here the capital is read first and the rest of each alternative after it, in the same order
#: (a look-behind on the capital picks the rest of an honorific or of "Jr."), so the matches are the same.
WHOLE_NAME = (
    rf"{_UPPER}(?<![\w’'].)"
    rf"(?:{_honorific_rest()}\s+{_CLOSED_CAP}"
    rf"|\.(?:{_UPPER}\.)+(?=\s+(?:{_TITLE_CAPS})(?![\w’']))|\.|(?=[rt]\.)(?:(?<=J)r|(?<=S)[rt]|(?<=[MF])t)\."
    rf"|{_WORDCH}*+(?:\.(?=\w){_WORDCH}*+)*+)"
    rf"(?:\s+{_PARTICLES}?{_CLOSED_CAP}){{0,6}}(?![\w’'])"
)
_CLOSED_DESCRIPTION = (
    rf"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    rf"\s+(?:{_NO_RELATIVE}[\w’'\-]++\s++){{0,4}}?{_DESC_HEAD}s?\b"
    rf"(?:\s+(?:for|of|at|with|to|close\s+to|familiar\s+with)\s+(?:the\s+)?{CLOSED_NAME})?"
)
#: :data:`MENTION` for patterns where it is followed by ``(?![\w’'])`` (the same matches, found faster).
CLOSED_MENTION = rf"(?:{_CLOSED_DESCRIPTION}|{CLOSED_NAME}|{BARE_PLURAL}|{_PRONOUN})"

_DETERMINER = (
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|"
    r"[Oo]ther|[Mm]ost|[Bb]oth)"
)
#: A looser mention, for places where only a source can stand (", the airline said."):
#: any short phrase after a determiner, besides the forms of :data:`MENTION`.
# (a determiner before capitalised words takes them all: "the New Zealand Herald", not "the New")
LOOSE_MENTION = (
    rf"(?:{DESCRIPTION}|{_DETERMINER}\s+{NAME}(?![\w’'\-])|{_DETERMINER}\s+(?:[\w’'\-]+\s+){{0,4}}?[\w’'\-]+|{NAME}"
    rf"|{BARE_PLURAL}|{_PRONOUN})"
)


#: "claim" as a verb that takes a thing as well as a clause ("claimed victory", "claimed the lives of").
CLAIMING = frozenset({"claim", "claims", "claimed"})
# a noun phrase after the verb, up to a comma or the sentence's end, with no verb of a clause in it: "claimed
# a home in Brunswick, ...", "claimed the lives of six people." (not "claimed the vote was rigged")
_TAKEN_OBJECT = re.compile(
    r"(?:an?|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s++"
    r"(?:(?!(?:is|was|were|are|has|have|had|will|would|could|can|should|may|might|must|did|does|do|won|lost|"
    r"stole|made|took|knew|told|said|got|gave|ran|left|paid|sent|broke|hid|kept|sold|bought|spent|led|met|"
    r"[\w’'\-]+ed)(?![\w’'\-]))[\w’'.\-]++\s*+){1,10}?(?:[,;]|\Z)",
    re.IGNORECASE,
)


def taken_object(masked: str, start: int, end: int) -> bool:
    """Whether the words after a form of "claim" are a thing taken, not a clause: a determiner, then nouns
    and modifiers and no auxiliary, up to a comma or the end."""
    return _TAKEN_OBJECT.match(masked, start, end) is not None
